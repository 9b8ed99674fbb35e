"""The crisis page: reachable by anyone, with a way back that stays on this site."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from tests.conftest import World


def test_crisis_page_links_back_only_within_the_site(world: World, http_as: Any) -> None:
    http = http_as("client")
    url = reverse("core:crisis")
    came_from = "http://testserver" + reverse("parts:map")
    page = http.get(url, HTTP_REFERER=came_from).content.decode()
    assert f'href="{came_from}">Go back' in page
    page = http.get(url, HTTP_REFERER="https://evil.example/phish").content.decode()
    assert "evil.example" not in page and f'href="{reverse("core:home")}">Go back' in page


def test_after_a_save_the_way_back_leads_to_what_was_saved(world: World, http_as: Any) -> None:
    http = http_as("client")
    target = reverse("selfenergy:mine")
    page = http.get(reverse("core:crisis"), {"back": target}).content.decode()
    assert f'href="{target}">Go back' in page
    assert "What you wrote is saved" in page  # no need to carry on at once
    plain = http.get(reverse("core:crisis")).content.decode()
    assert "What you wrote is saved" not in plain
    assert "You do not have to go through this alone" in plain  # not sent by a message
    page = http.get(reverse("core:crisis"), {"back": "//evil.example/x"}).content.decode()
    assert "evil.example" not in page
    assert "What you wrote is saved" not in page  # an unsafe `back` names no saved writing


def test_a_client_page_keeps_a_crisis_link_in_view_and_staff_pages_do_not(
    world: World, http_as: Any
) -> None:
    float_link = f'<a class="crisis-float" href="{reverse("core:crisis")}"'
    assert float_link in http_as("client").get(reverse("parts:map")).content.decode()
    assert float_link not in http_as("client").get(reverse("core:crisis")).content.decode()
    staff_page = http_as("clinician").get(reverse("care:clinician_home")).content.decode()
    assert float_link not in staff_page


@pytest.mark.django_db
def test_before_sign_in_an_installation_of_one_practice_shows_its_own_resources() -> None:
    from django.test import Client as HttpClient

    from selfled.accounts.models import Practice

    Practice.objects.create(
        name="Harbour Clinic",
        slug="harbour",
        crisis_resources=[{"label": "Call 999", "detail": "Emergency", "href": "tel:999"}],
    )
    anyone = HttpClient()
    crisis = anyone.get(reverse("core:crisis")).content.decode()
    sign_in = anyone.get(reverse("accounts:login")).content.decode()
    assert "Call 999" in crisis and "Call 911" not in crisis
    assert "Call 999" in sign_in and "<strong>911</strong>" not in sign_in  # the footer
    # two practices on one installation: no way to know whose client this is
    Practice.objects.create(name="Other", slug="other")
    assert "Call 911" in anyone.get(reverse("core:crisis")).content.decode()


def test_a_label_and_a_link_alone_make_a_resource() -> None:
    from selfled.core.crisis import parse_lines

    assert parse_lines("Emergency | tel:999") == [
        {"label": "Emergency", "detail": "", "href": "tel:999"}
    ]
    with pytest.raises(ValueError, match="Line 1: write “tel:000”"):
        parse_lines("Emergency | police, fire, ambulance | 000")


def test_numbers_are_kept_as_phones_dial_them() -> None:
    from selfled.core.crisis import ResourceLinesError, parse_lines

    rows = parse_lines(
        "Clinic | office hours | tel:+44 (0) 20 7946 0958\nText us | any time | sms:85258?&body=HI"
    )
    assert [r["href"] for r in rows] == ["tel:+442079460958", "sms:85258?&body=HI"]
    assert parse_lines("Emergency | tel:000")[0]["href"] == "tel:000"
    with pytest.raises(ResourceLinesError) as raised:
        parse_lines("Emergency | 999\nSamaritans | free | 116 123")
    assert raised.value.problems == [
        "Line 1: write “tel:999” to make 999 a number to call.",
        "Line 2: write “tel:116 123” to make 116 123 a number to call.",
    ]


@pytest.mark.parametrize(
    "link", ["tel:988, press 1", "tel:1-800-FLOWERS", "tel:0800 123 4567 ext. 2", "tel:???"]
)
def test_a_number_that_is_not_only_a_number_is_refused_never_rewritten(link: str) -> None:
    from selfled.core.crisis import ResourceLinesError, parse_lines

    with pytest.raises(ResourceLinesError, match="write only the number after “tel:”"):
        parse_lines(f"Crisis line | any time | {link}")


def test_a_number_is_shown_as_the_admin_wrote_it_and_dialled_as_digits(world: World) -> None:
    from selfled.core.crisis import parse_lines, resources_for, to_lines

    rows = parse_lines("Samaritans | call free, any time | tel:116 123\nEmergency | tel:999")
    assert rows[0] == {
        "label": "Samaritans",
        "detail": "call free, any time",
        "href": "tel:116123",
        "written": "116 123",
    }
    assert "written" not in rows[1]  # nothing to keep where it is the digits already
    world.practice.crisis_resources = rows
    shown = resources_for(world.practice)
    assert shown[0].number == "116 123" and shown[0].href == "tel:116123"
    # the settings form shows the admin's own spacing again, and saving it changes nothing
    assert to_lines(world.practice).splitlines()[0] == (
        "Samaritans | call free, any time | tel:116 123"
    )
    assert parse_lines(to_lines(world.practice)) == rows


def test_a_hash_in_a_number_is_kept_as_part_of_it() -> None:
    from selfled.core.crisis import parse_lines

    assert parse_lines("Short code | dial it | tel:*123#")[0]["href"] == "tel:*123%23"


def test_help_comes_before_what_was_just_saved(world: World, http_as: Any) -> None:
    """A part saved with crisis words: the crisis page leads with the help, and the
    confirmation of the save comes under it, not above it in green."""
    http = http_as("client")
    response = http.post(
        reverse("parts:create"),
        {"name": "Tired one", "kind": "manager", "color": "#6c8ea4", "fears": "I want to die"},
        follow=True,
    )
    page = response.content.decode()
    assert "If you need help right now" in page
    assert page.index("Call 988") < page.index("is on the map.") < page.index("Go back")
    # why the client was sent here is said before the buttons, not below the fold
    assert page.index("What you wrote sounds like") < page.index("Call 988")
    assert page.count("What you wrote sounds like") == 1
    assert 'href="https://988lifeline.org/"' in page  # the Lifeline's chat, as a link
