from __future__ import annotations

import json
import re
from typing import Any

import pytest
from django.test import Client as HttpClient
from django.urls import reverse

from selfled.audit.models import AuditEvent
from selfled.parts.models import Kind, Part, PartComment, PartRelation
from selfled.parts.services import parts as service
from selfled.parts.services import relations
from tests.conftest import World, grant_break_glass


def make(world: World, name: str, kind: str = Kind.MANAGER, **extra: Any) -> Part:
    return service.create_part(
        client=world.client, by=world.client_user, values={"name": name, "kind": kind, **extra}
    )


def test_client_creates_a_part_through_the_form(world: World, http_as: Any) -> None:
    http = http_as("client")
    response = http.post(
        reverse("parts:create"),
        {
            "name": "The Critic",
            "kind": "manager",
            "color": "#aa3355",
            "role": "points out mistakes",
            "fears": "being laughed at",
        },
    )
    part = Part.objects.get()
    assert response["Location"] == reverse("parts:detail", args=[part.pk])
    assert (part.name, part.kind, part.color, part.role) == (
        "The Critic",
        "manager",
        "#aa3355",
        "points out mistakes",
    )
    page = http.get(reverse("parts:detail", args=[part.pk]))
    assert b"points out mistakes" in page.content


def test_bad_input_keeps_what_was_typed(world: World, http_as: Any) -> None:
    response = http_as("client").post(
        reverse("parts:create"), {"name": "x" * 80, "kind": "manager", "role": "my words stay"}
    )
    assert response.status_code == 200
    assert b"my words stay" in response.content
    assert b"Please keep the name to 60 characters" in response.content
    assert not Part.objects.exists()


def test_html_in_a_name_is_shown_as_text(world: World, http_as: Any) -> None:
    make(world, "<img src=x onerror=alert(1)>")
    for url in (reverse("parts:map"),):
        body = http_as("client").get(url).content.decode()
        assert "<img src=x" not in body
        assert "&lt;img src=x onerror=alert(1)&gt;" in body


def _map_queries(http: HttpClient) -> tuple[int, Any]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        response = http.get(reverse("parts:map"))
    return len(captured.captured_queries), response


def test_map_shows_parts_and_links_and_constant_queries(world: World, http_as: Any) -> None:
    from selfled.parts import mapcache

    http = http_as("client")
    critic = make(world, "Critic")
    mapcache.clear()
    one, _ = _map_queries(http)
    exile, numb = make(world, "Little", Kind.EXILE), make(world, "Numb", Kind.FIREFIGHTER)
    relations.relate(source=critic, target=exile, kind="protects", by=world.client_user)
    relations.relate(source=numb, target=exile, kind="protects", by=world.client_user)
    mapcache.clear()
    three, response = _map_queries(http)
    assert three == one
    body = response.content.decode()
    assert "<svg" in body and "Little" in body
    assert body.count('data-move-url="') == 3
    assert body.count("<li>") >= 2 and "Numb protects Little" in body
    cached, again = _map_queries(http)

    def picture(r: Any) -> str:
        text = r.content.decode()
        return text[text.index("<svg") : text.index("</table>")]

    assert cached < three and picture(again) == picture(response)
    # the picture and the table are joined into the page in place of their markers
    for page in (body, again.content.decode()):
        assert "selfled:map-" not in page
        assert page.index("<svg") < page.index("</svg>") < page.index("<table")


def test_splice_refuses_a_page_without_exactly_one_of_each_marker() -> None:
    from selfled.parts import mapcache

    svg, table = mapcache.SVG_MARK.encode(), mapcache.TABLE_MARK.encode()
    assert mapcache.splice(b"a" + svg + b"b" + table + b"c", (b"S", b"T")) == b"aSbTc"
    for page in (b"no markers", svg + svg + table, svg):
        with pytest.raises(ValueError, match="once each"):
            mapcache.splice(page, (b"S", b"T"))


@pytest.mark.parametrize("change", ["rename", "move", "private", "remove", "unlink", "status"])
def test_any_change_shows_at_once_despite_the_cache(
    world: World, http_as: Any, change: str
) -> None:
    http = http_as("client")
    critic, exile = make(world, "Critic"), make(world, "Little", Kind.EXILE)
    link = relations.relate(source=critic, target=exile, kind="protects", by=world.client_user)

    def picture() -> bytes:
        # the map and its table (the rest of the page differs anyway: a new CSRF token)
        page = http.get(reverse("parts:map")).content
        return page[page.index(b"<svg") : page.index(b"</table>")]

    before = picture()
    assert picture() == before
    by = world.client_user
    if change == "rename":
        service.update_part(
            part=critic, by=by, base_version=critic.version, values={"name": "Renamed"}
        )
    elif change == "move":
        service.move_part(part=critic, x=0.11, y=0.12, by=by)
    elif change == "private":
        service.set_privacy(part=critic, private=True, private_fields=[], by=by)
    elif change == "remove":
        service.remove_part(part=critic, by=by)
    elif change == "unlink":
        relations.unrelate(relation=link, by=by)
    else:
        service.set_status(part=critic, status="befriended", by=by)
    assert picture() != before


def test_clinician_sees_map_without_private_parts_and_no_dragging(
    world: World, http_as: Any
) -> None:
    make(world, "Critic")
    secret = make(world, "Secret one")
    service.set_privacy(part=secret, private=True, private_fields=[], by=world.client_user)
    body = http_as("clinician").get(reverse("parts:client_map", args=[world.client.pk])).content
    assert b"Critic" in body and b"Secret one" not in body
    assert b"data-move-url" not in body
    assert http_as("clinician").get(reverse("parts:detail", args=[secret.pk])).status_code == 404
    api = http_as("clinician").get(f"/api/clients/{world.client.pk}/parts").json()
    assert [p["name"] for p in api] == ["Critic"]


def test_the_client_sees_which_of_their_parts_are_private(world: World, http_as: Any) -> None:
    make(world, "Critic")
    secret = make(world, "Secret one")
    service.set_privacy(part=secret, private=True, private_fields=[], by=world.client_user)

    body = http_as("client").get(reverse("parts:map")).content.decode()

    assert body.count('class="private-mark"') == 1
    assert "Secret one, manager, Noticed, private to you" in body
    assert "A padlock marks a part you keep private" in body


def test_the_part_form_speaks_to_whoever_fills_it_in(world: World, http_as: Any) -> None:
    mine = http_as("client").get(reverse("parts:create")).content.decode()
    theirs = http_as("clinician").get(reverse("parts:client_create", args=[world.client.pk]))
    page = theirs.content.decode()

    assert "Where do you feel it?" in mine and "hoping to do for you?" in mine
    assert "Where does the client feel it?" in page and "hoping to do for the client?" in page
    assert "The client&#x27;s own word for it" in page or "The client's own word for it" in page
    assert "Where do you feel it?" not in page and "my care team" not in page


def test_clinician_adds_a_part_in_session_and_comments(world: World, http_as: Any) -> None:
    http = http_as("clinician")
    response = http.post(
        reverse("parts:client_create", args=[world.client.pk]),
        {"name": "Worrier", "kind": "manager"},
    )
    part = Part.objects.get()
    assert response.status_code == 302 and part.added_by_clinician
    page = http.get(reverse("parts:detail", args=[part.pk])).content.decode()
    assert "Casey Client can read comments on their parts" in page  # said before writing one
    http.post(reverse("parts:comment", args=[part.pk]), {"text": "Came up around work"})
    assert PartComment.objects.get().text == "Came up around work"
    client_page = http_as("client").get(reverse("parts:detail", args=[part.pk]))
    assert (
        b"Came up around work" in client_page.content and b"added in session" in client_page.content
    )


def test_a_part_page_names_whose_part_it_is_for_the_care_team(world: World, http_as: Any) -> None:
    part = make(world, "Worrier")
    team = http_as("clinician").get(reverse("parts:detail", args=[part.pk])).content.decode()
    assert "<title>Worrier · Casey Client · SelfLed</title>" in team
    assert "a part of Casey Client" in team and "Casey Client's parts map" in team
    own = http_as("client").get(reverse("parts:detail", args=[part.pk])).content.decode()
    assert "<title>Worrier · SelfLed</title>" in own and "a part of Casey Client" not in own


def test_drag_saves_clamped_position(world: World, http_as: Any) -> None:
    part = make(world, "Critic")
    response = http_as("client").post(
        reverse("parts:move", args=[part.pk]),
        data=json.dumps({"x": 1.7, "y": 0.25}),
        content_type="application/json",
    )
    assert response.json() == {"x": 0.94, "y": 0.25}
    part.refresh_from_db()
    assert (part.map_x, part.map_y) == (0.94, 0.25)
    bad = http_as("client").post(
        reverse("parts:move", args=[part.pk]), data="nonsense", content_type="application/json"
    )
    assert bad.status_code == 400
    # dropped on the Self: set just above it, and the page's script is told where
    on_self = http_as("client").post(
        reverse("parts:move", args=[part.pk]),
        data=json.dumps({"x": 0.5, "y": 0.5}),
        content_type="application/json",
    )
    assert on_self.json() == {"x": 0.5, "y": 0.39}
    # another part dropped there too is set beside the Self where no part is
    other = make(world, "Drifter")
    again = (
        http_as("client")
        .post(
            reverse("parts:move", args=[other.pk]),
            data=json.dumps({"x": 0.5, "y": 0.5}),
            content_type="application/json",
        )
        .json()
    )
    assert again != {"x": 0.5, "y": 0.39}
    assert abs((again["x"] - 0.5) ** 2 + (again["y"] - 0.5) ** 2 - 0.11**2) < 1e-3


def test_relation_to_a_removed_part_gives_a_clear_message(world: World, http_as: Any) -> None:
    critic, exile = make(world, "Critic"), make(world, "Little", Kind.EXILE)
    http = http_as("client")
    service.remove_part(part=exile, by=world.client_user)
    response = http.post(
        reverse("parts:relate", args=[critic.pk]),
        {"kind": "protects", "target": str(exile.pk)},
        follow=True,
    )
    assert b"not available any more" in response.content
    assert not PartRelation.objects.exists()


def test_edit_in_two_tabs_tells_the_user(world: World, http_as: Any) -> None:
    part = make(world, "Critic", role="old job")
    http = http_as("client")
    base = {"name": "Critic", "kind": "manager", "color": part.color, "version": part.version}
    first = http.post(reverse("parts:edit", args=[part.pk]), {**base, "role": "tab one job"})
    assert "Saved the details of “Critic”." in http.get(first["Location"]).content.decode()
    response = http.post(
        reverse("parts:edit", args=[part.pk]),
        {**base, "role": "tab two job", "fears": "new fear"},
        follow=True,
    )
    part.refresh_from_db()
    assert part.role == "tab two job" and part.fears == "new fear"
    page = response.content.decode()
    assert "changed elsewhere while you edited" in page and "Earlier versions" in page
    assert "Your version of what it does replaced theirs" in page  # the page words
    assert "Saved the details" not in page  # the warning says what happened instead
    assert "tab one job" not in page  # messages live in the session: no clinical words there
    # the words this save replaced are kept, to copy back
    versions = http.get(reverse("parts:versions", args=[part.pk])).content.decode()
    assert "tab one job" in versions and "tab two job" in versions and "old job" in versions
    # a third tab, still on the first version, changes only how old it seems
    third = http.post(
        reverse("parts:edit", args=[part.pk]), {**base, "role": "old job", "age": "seven"}
    )
    page = http.get(third["Location"]).content.decode()
    assert "Changes made elsewhere to its fears and what it does were kept too." in page
    part.refresh_from_db()
    assert (part.role, part.fears, part.age) == ("tab two job", "new fear", "seven")


def test_earlier_versions_never_show_the_team_words_written_while_private(
    world: World, http_as: Any
) -> None:
    part = make(world, "Critic")

    def save(**values: str) -> None:
        part.refresh_from_db()
        service.update_part(
            part=part, by=world.client_user, base_version=part.version, values=values
        )

    save(fears="SHARED-FEAR")
    service.set_privacy(part=part, private=False, private_fields=["fears"], by=world.client_user)
    save(fears="SECRET-FEAR")
    save(fears="LATER-FEAR")
    service.set_privacy(part=part, private=True, private_fields=[], by=world.client_user)
    save(role="WHOLE-PART-SECRET")
    service.set_privacy(part=part, private=False, private_fields=[], by=world.client_user)
    save(role="SHARED-ROLE")

    theirs = http_as("clinician").get(reverse("parts:versions", args=[part.pk])).content.decode()
    mine = http_as("client").get(reverse("parts:versions", args=[part.pk])).content.decode()

    assert "SHARED-FEAR" in theirs and "SHARED-ROLE" in theirs
    for secret in ("SECRET-FEAR", "LATER-FEAR", "WHOLE-PART-SECRET"):
        assert secret not in theirs and secret in mine
    assert "(before: not shown, the client kept it private then)" in theirs


def test_a_parts_timeline_shows_its_links_naming_only_parts_the_viewer_may_see(
    world: World, http_as: Any
) -> None:
    critic, little = make(world, "Critic"), make(world, "Little", Kind.EXILE)
    relations.relate(source=critic, target=little, kind="protects", by=world.clinician)
    mine = http_as("client").get(reverse("parts:detail", args=[critic.pk])).content.decode()
    theirs = http_as("client").get(reverse("parts:detail", args=[little.pk])).content.decode()
    assert f"Linked: protects “Little”</strong> · {world.clinician}" in mine
    assert "Linked: “Critic” protects it" in theirs
    service.set_privacy(part=little, private=True, private_fields=[], by=world.client_user)
    team = http_as("clinician").get(reverse("parts:detail", args=[critic.pk])).content.decode()
    assert "Linked:" not in team and "Little" not in team  # not even that a hidden part exists


def test_versions_saved_before_privacy_was_recorded_never_show_old_words_to_the_team(
    world: World, http_as: Any
) -> None:
    import json

    from selfled.parts.models import PartRevision

    part = make(world, "OLD-PRIVATE-NAME")
    for revision in PartRevision.objects.filter(part=part):  # as saved by older code
        data = json.loads(revision.data)
        data.pop("_private"), data.pop("_private_fields")
        revision.data = json.dumps(data)
        revision.save()
    part.refresh_from_db()
    service.update_part(
        part=part, by=world.client_user, base_version=part.version, values={"name": "Critic"}
    )

    theirs = http_as("clinician").get(reverse("parts:versions", args=[part.pk])).content.decode()

    assert "OLD-PRIVATE-NAME" not in theirs and "Critic" in theirs
    assert "What changed is not shown" in theirs  # the first version, saved by older code
    assert "(before: not shown, the client kept it private then)" in theirs


def test_earlier_versions_take_the_same_queries_for_one_save_or_many(
    world: World, http_as: Any
) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    part = make(world, "Critic")
    http = http_as("clinician")
    url = reverse("parts:versions", args=[part.pk])

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert http.get(url).status_code == 200
        return len(captured.captured_queries)

    one = queries()
    for n in range(4):
        part.refresh_from_db()
        service.update_part(
            part=part, by=world.clinician, base_version=part.version, values={"role": f"job {n}"}
        )
    assert queries() == one


def test_earlier_versions_show_what_each_save_changed_and_hide_private_details(
    world: World, http_as: Any
) -> None:
    part = make(world, "Critic", role="keeps me safe")
    service.update_part(
        part=part,
        by=world.client_user,
        base_version=part.version,
        values={"name": "Critic", "role": "keeps me small", "fears": "being <seen>"},
    )
    service.set_privacy(part=part, private=False, private_fields=["fears"], by=world.client_user)

    mine = http_as("client").get(reverse("parts:versions", args=[part.pk])).content.decode()
    theirs = http_as("clinician").get(reverse("parts:versions", args=[part.pk])).content.decode()

    assert mine.index(">Saved ") < mine.index(">Added ")  # newest first
    assert '<del><span class="visually-hidden">Before: </span>keeps me safe</del>' in mine
    assert '<ins><span class="visually-hidden">After: </span>keeps me small</ins>' in mine
    assert "being &lt;seen&gt;" in mine
    assert "keeps me small" in theirs and "being" not in theirs  # a private detail
    assert AuditEvent.objects.filter(action="part.versions_view").count() == 2
    # the part's timeline leads there from each edit
    detail = http_as("client").get(reverse("parts:detail", args=[part.pk])).content.decode()
    versions = reverse("parts:versions", args=[part.pk])
    assert f'<a href="{versions}">Details edited</a>' in detail


POSTS = [
    ("parts:status", {"status": "befriended"}),
    ("parts:comment", {"text": "sneaky"}),
    ("parts:privacy", {"private": "on"}),
    ("parts:remove", {"confirm": "yes"}),
]


@pytest.mark.parametrize(
    "persona", ["colleague", "other_practice_clinician", "other_client", "admin"]
)
@pytest.mark.parametrize(("name", "data"), POSTS)
def test_out_of_scope_writes_are_404_and_change_nothing(
    world: World, http_as: Any, persona: str, name: str, data: dict[str, str]
) -> None:
    part = make(world, "Critic")
    http = http_as(persona)
    before = AuditEvent.objects.exclude(action="access.not_found").count()
    response = http.post(reverse(name, args=[part.pk]), data)
    assert response.status_code == 404
    part.refresh_from_db()
    assert part.status == "noticed" and not part.private and part.removed_at is None
    assert not PartComment.objects.exists()
    assert AuditEvent.objects.exclude(action="access.not_found").count() == before


def test_break_glass_reader_cannot_write(world: World, http_as: Any) -> None:

    part = make(world, "Critic")
    grant_break_glass(world)
    http = http_as("colleague")
    page = http.get(reverse("parts:detail", args=[part.pk]))
    assert page.status_code == 200
    body = page.content.decode()
    # read-only access is offered nothing to change (no form that would only fail)
    for name in ("parts:comment", "parts:status", "parts:merge", "parts:remove", "parts:edit"):
        assert reverse(name, args=[part.pk]) not in body, name
    assert http.post(reverse("parts:comment", args=[part.pk]), {"text": "x"}).status_code == 404
    # the care team still sees every control
    team = http_as("clinician").get(reverse("parts:detail", args=[part.pk])).content.decode()
    assert reverse("parts:comment", args=[part.pk]) in team


def test_api_parts_roundtrip(world: World, http_as: Any) -> None:
    http = http_as("client")
    created = http.post(
        f"/api/clients/{world.client.pk}/parts",
        data={"name": "Planner", "kind": "manager"},
        content_type="application/json",
    )
    assert created.status_code == 201
    part_id = created.json()["id"]
    bad = http.post(
        f"/api/clients/{world.client.pk}/parts", data={"name": ""}, content_type="application/json"
    )
    assert bad.status_code == 422
    patched = http.patch(
        f"/api/parts/{part_id}",
        data={"version": 1, "role": "makes lists"},
        content_type="application/json",
    )
    assert patched.json()["part"]["role"] == "makes lists"
    exile = http.post(
        f"/api/clients/{world.client.pk}/parts",
        data={"name": "Little", "kind": "exile"},
        content_type="application/json",
    ).json()["id"]
    link = http.post(
        "/api/part-links",
        data={"source": part_id, "target": exile, "kind": "protects"},
        content_type="application/json",
    )
    assert link.status_code == 201
    assert len(http.get(f"/api/clients/{world.client.pk}/part-links").json()) == 1
    assert http_as("colleague").get(f"/api/parts/{part_id}").status_code == 404
    # a status changed meanwhile is not undone by a caller that saw an older one
    status = f"/api/parts/{part_id}/status"
    moved = http.post(status, data={"status": "befriended"}, content_type="application/json")
    assert moved.json()["status"] == "befriended"
    stale = http.post(
        status, data={"status": "witnessed", "was": "noticed"}, content_type="application/json"
    )
    assert stale.status_code == 422 and "Meanwhile" in stale.json()["detail"]
    same = http.post(
        status, data={"status": "befriended", "was": "noticed"}, content_type="application/json"
    )
    assert same.status_code == 200  # already there: nothing to refuse


def test_a_new_clients_home_offers_a_first_step_with_parts(world: World, http_as: Any) -> None:
    http = http_as("client")
    first = http.get(reverse("care:client_home")).content.decode()
    assert "A good first step" in first and f'href="{reverse("parts:create")}"' in first
    assert first.index('id="parts-card-heading"') < first.index('id="se-card-heading"')
    # a Self-energy check-in is activity, but the map is still empty: the first step stays
    from selfled.selfenergy.models import SelfEnergyCheckIn
    from selfled.selfenergy.qualities import QUALITY_KEYS

    SelfEnergyCheckIn.objects.create(
        client=world.client, recorded_by=world.client_user, **dict.fromkeys(QUALITY_KEYS, 6)
    )
    after_energy = http.get(reverse("care:client_home")).content.decode()
    assert "A good first step" in after_energy
    make(world, "Critic")
    later = http.get(reverse("care:client_home")).content.decode()
    assert "A good first step" not in later and "Open your parts map" in later


def test_client_home_shows_recent_parts_activity(world: World, http_as: Any) -> None:
    critic = make(world, "Critic")
    service.set_status(part=critic, status="befriended", by=world.client_user)
    service.add_comment(part=critic, by=world.clinician, text="nice work")
    body = http_as("client").get(reverse("care:client_home")).content.decode()
    assert "You noticed “Critic”" in body
    assert "“Critic”: Befriended" in body
    assert f"{world.clinician} commented on “Critic”" in body
    service.add_comment(part=critic, by=world.client_user, text="thank you")
    body = http_as("client").get(reverse("care:client_home")).content.decode()
    assert "You commented on “Critic”" in body  # the client's own page speaks to them


def test_merge_needs_a_chosen_part_and_a_ticked_confirmation(world: World, http_as: Any) -> None:
    from selfled.parts.services import parts as part_service

    keep = part_service.create_part(client=world.client, by=world.client_user, values={"name": "A"})
    other = part_service.create_part(
        client=world.client, by=world.client_user, values={"name": "B"}
    )
    http = http_as("client")
    page = http.get(reverse("parts:detail", args=[keep.pk])).content.decode()
    assert "— choose a part —" in page
    url = reverse("parts:merge", args=[keep.pk])
    unconfirmed = http.post(url, {"other": str(other.pk)}, follow=True).content.decode()
    assert "Tick the box to confirm the merge" in unconfirmed
    other.refresh_from_db()
    assert other.merged_into is None
    http.post(url, {"other": str(other.pk), "confirm": "on"})
    other.refresh_from_db()
    assert other.merged_into == keep


def test_merge_offers_only_parts_of_the_same_privacy(world: World, http_as: Any) -> None:
    from selfled.parts.services import parts as part_service

    def new(name: str, private: bool) -> Any:
        return part_service.create_part(
            client=world.client, by=world.client_user, values={"name": name}, private=private
        )

    shared, hidden, other_shared = new("Shared", False), new("Hidden", True), new("Also", False)
    http = http_as("client")
    page = http.get(reverse("parts:detail", args=[shared.pk])).content.decode()
    merge_form = page[page.index(reverse("parts:merge", args=[shared.pk])) :]
    assert f'value="{other_shared.pk}"' in merge_form
    assert f'value="{hidden.pk}"' not in merge_form.split("</form>")[0]
    assert "Private parts cannot be merged into a shared one" in page
    # posting the private one anyway is refused by the form, as a part not offered
    refused = http.post(
        reverse("parts:merge", args=[shared.pk]),
        {"other": str(hidden.pk), "confirm": "on"},
        follow=True,
    ).content.decode()
    assert "Choose another part to merge with." in refused
    hidden.refresh_from_db()
    assert hidden.merged_into is None
    # a private part with no private partner offers no merge at all
    page = http.get(reverse("parts:detail", args=[hidden.pk])).content.decode()
    assert reverse("parts:merge", args=[hidden.pk]) not in page
    assert "Only other private parts can be merged into this one" in page


def test_taking_a_part_off_the_map_needs_a_ticked_confirmation(world: World, http_as: Any) -> None:
    part = make(world, "Critic")
    http = http_as("client")
    url = reverse("parts:remove", args=[part.pk])
    page = http.post(url, {}, follow=True).content.decode()
    assert "Tick the box to confirm" in page
    part.refresh_from_db()
    assert part.removed_at is None
    http.post(url, {"confirm": "yes"})
    part.refresh_from_db()
    assert part.removed_at is not None


def test_recent_activity_names_a_merged_part_by_the_name_it_had(world: World, http_as: Any) -> None:
    from selfled.parts.services.relations import merge_parts
    from selfled.parts.services.timeline import recent_activity

    keep, absorb = make(world, "Critic"), make(world, "Judge")
    merge_parts(keep=keep, absorb=absorb, by=world.client_user)
    texts = [a.text for a in recent_activity(world.client, world.client_user)]
    assert "You noticed “Judge”" in texts and "You noticed “Critic”" in texts


@pytest.mark.parametrize("how", ["removed", "merged"])
def test_editing_a_part_removed_meanwhile_shows_back_what_was_typed(
    world: World, http_as: Any, how: str
) -> None:
    from selfled.parts.services.relations import merge_parts

    part, other = make(world, "Critic"), make(world, "Judge")
    base = {"name": "Critic", "kind": "manager", "color": part.color, "version": part.version}
    if how == "removed":
        service.remove_part(part=part, by=world.client_user)
    else:
        merge_parts(keep=other, absorb=part, by=world.client_user)

    response = http_as("client").post(
        reverse("parts:edit", args=[part.pk]),
        {**base, "role": "Keeps me <b>small</b>, a long paragraph I typed"},
    )

    page = response.content.decode()
    assert response.status_code == 409
    assert "Nothing you typed was saved" in page
    assert "Keeps me &lt;b&gt;small&lt;/b&gt;, a long paragraph I typed" in page
    assert ("merged into" in page) is (how == "merged")
    # another client, or the care team for a private part, learns nothing
    assert (
        http_as("other_client").post(reverse("parts:edit", args=[part.pk]), base).status_code == 404
    )


def test_a_status_changed_meanwhile_is_not_undone_by_a_stale_page(
    world: World, http_as: Any
) -> None:
    part = make(world, "Critic")
    http = http_as("client")
    page = http.get(reverse("parts:detail", args=[part.pk])).content.decode()
    assert '<input type="hidden" name="was" value="noticed"' in page
    service.set_status(part=part, status="witnessed", by=world.client_user)  # another tab

    stale = http.post(
        reverse("parts:status", args=[part.pk]),
        {"status": "getting_to_know", "was": "noticed"},
        follow=True,
    ).content.decode()

    part.refresh_from_db()
    assert part.status == "witnessed"
    assert "Meanwhile this part was marked “Witnessed”. Nothing was changed" in stale
    done = http.post(
        reverse("parts:status", args=[part.pk]),
        {"status": "befriended", "was": "witnessed"},
        follow=True,
    ).content.decode()
    part.refresh_from_db()
    assert part.status == "befriended"
    assert "Saved: now at “Befriended” (it was at “Witnessed”)." in done


def test_recent_activity_says_who_added_a_part_in_a_session(world: World, http_as: Any) -> None:
    from selfled.parts.services.timeline import recent_activity

    http_as("clinician").post(
        reverse("parts:client_create", args=[world.client.pk]), {"name": "Guard", "kind": "manager"}
    )
    make(world, "Critic")

    for_client = [a.text for a in recent_activity(world.client, world.client_user)]
    for_clinician = [a.text for a in recent_activity(world.client, world.clinician)]
    for_colleague = [a.text for a in recent_activity(world.client, world.colleague)]

    assert f"{world.clinician} added “Guard” in a session" in for_client
    assert "You noticed “Critic”" in for_client and "You noticed “Guard”" not in for_client
    assert "You added “Guard”" in for_clinician and "“Critic” noticed" in for_clinician
    assert f"{world.clinician} added “Guard” in a session" in for_colleague
    # a status the clinician set reads as theirs on the client's home
    guard = Part.objects.get(added_by_clinician=True)
    service.set_status(part=guard, status="befriended", by=world.clinician)
    texts = [a.text for a in recent_activity(world.client, world.client_user)]
    assert f"“Guard”: Befriended (marked by {world.clinician})" in texts


def test_a_comment_that_cannot_be_saved_keeps_its_text(world: World, http_as: Any) -> None:
    part = make(world, "Critic")
    text = "Thinking about this part a lot. " * 70  # over the 2,000-character limit
    response = http_as("clinician").post(reverse("parts:comment", args=[part.pk]), {"text": text})
    page = response.content.decode()
    assert response.status_code == 200 and "Please keep this to 2,000 characters" in page
    assert "Thinking about this part a lot." in page  # what was typed is still there
    assert not PartComment.objects.exists()


def test_linking_two_parts_again_says_they_were_already_linked(world: World, http_as: Any) -> None:
    critic, exile = make(world, "Critic"), make(world, "Little", Kind.EXILE)
    http = http_as("client")
    url = reverse("parts:relate", args=[critic.pk])
    first = http.post(url, {"target": str(exile.pk), "kind": "protects"}, follow=True)
    assert "Link saved." in first.content.decode()
    again = http.post(url, {"target": str(exile.pk), "kind": "protects"}, follow=True)
    assert "already linked" in again.content.decode()
    assert PartRelation.objects.count() == 1


def test_long_text_fields_state_their_limit_instead_of_cutting_pasted_text(
    world: World, http_as: Any
) -> None:
    part = make(world, "Critic")
    page = http_as("client").get(reverse("parts:detail", args=[part.pk])).content.decode()
    assert "Up to 2,000 characters." in page
    form = page[page.index('name="text"') - 200 : page.index('name="text"') + 200]
    assert "maxlength" not in form
    new_form = http_as("client").get(reverse("parts:create")).content.decode()
    assert "maxlength" not in new_form.replace('maxlength="7"', "")  # names too: not cut off
    long_name = "The one who always keeps watch at night when everyone else sleeps"
    refused = http_as("client").post(
        reverse("parts:create"), {"name": long_name, "kind": "manager"}
    )
    page = refused.content.decode()
    assert refused.status_code == 200 and Part.objects.count() == 1
    assert f"Please keep the name to 60 characters (it has {len(long_name)})." in page
    assert f'value="{long_name}"' in page


def test_a_second_part_with_the_same_name_is_refused_without_revealing_private_ones(
    world: World, http_as: Any
) -> None:
    make(world, "Watcher")
    response = http_as("client").post(
        reverse("parts:create"), {"name": " watcher ", "kind": "manager"}
    )
    assert response.status_code == 200
    assert "There is already a part called “Watcher”" in response.content.decode()
    assert Part.objects.filter(client=world.client).count() == 1
    # a private part's name is no obstacle for the care team, and is not mentioned to them
    service.set_privacy(
        part=Part.objects.get(), private=True, private_fields=[], by=world.client_user
    )
    made = http_as("clinician").post(
        reverse("parts:client_create", args=[world.client.pk]),
        {"name": "Watcher", "kind": "manager"},
    )
    assert made.status_code == 302 and Part.objects.filter(client=world.client).count() == 2


def test_renaming_a_part_to_a_name_already_taken_is_refused(world: World) -> None:
    make(world, "Watcher")
    critic = make(world, "Critic")
    with pytest.raises(service.PartError, match="already a part called “Watcher”"):
        service.update_part(
            part=critic, by=world.client_user, values={"name": "WATCHER"}, base_version=1
        )
    critic.refresh_from_db()
    assert critic.name == "Critic"
    # the same part keeping its own name (a change of case) is not a clash
    result = service.update_part(
        part=critic, by=world.client_user, values={"name": "critic"}, base_version=1
    )
    assert result.part.name == "critic"


def test_the_owner_sees_which_details_are_private(world: World, http_as: Any) -> None:
    part = make(world, "Critic", fears="being laughed at", age="nine")
    service.set_privacy(part=part, private=False, private_fields=["fears"], by=world.client_user)
    page = http_as("client").get(reverse("parts:detail", args=[part.pk])).content.decode()
    assert re.search(r"<dt>Its fears <span class=\"badge warn\">private</span></dt>", page)
    assert "<dt>How old it seems</dt>" in page  # shared details carry no mark
    assert "Details marked private are kept from your care team." in page
    team = http_as("clinician").get(reverse("parts:detail", args=[part.pk])).content.decode()
    assert "being laughed at" not in team and "keeps 1 detail of this part private" in team


def test_recent_activity_says_how_each_check_in_ended(world: World, http_as: Any) -> None:
    from selfled.parts.models import Encounter
    from selfled.parts.services import checkin
    from selfled.parts.services.timeline import recent_activity

    one, two = make(world, "Sentry"), make(world, "Drifter")
    first = checkin.start_checkin(client=world.client, by=world.client_user, part=one)
    checkin.stop(encounter=first, by=world.client_user, step="find")
    checkin.start_checkin(client=world.client, by=world.client_user, part=two)
    assert Encounter.objects.count() == 2
    texts = [a.text for a in recent_activity(world.client, world.client_user)]
    assert "Check-in with “Sentry” (ended early)" in texts
    assert not [t for t in texts if "Drifter”" in t and "Check-in" in t]  # not over yet


def test_a_check_in_about_something_new_that_ended_early_can_be_found_again(
    world: World, http_as: Any
) -> None:
    from selfled.parts.models import Encounter
    from selfled.parts.services import checkin

    enc = checkin.start_checkin(client=world.client, by=world.client_user, part=None)
    checkin.stop(encounter=enc, by=world.client_user, step="find", draft={"what": "a tightness"})
    assert Encounter.objects.get().part is None
    home = http_as("client").get(reverse("care:client_home")).content.decode()
    step = reverse("parts:checkin_step", args=[enc.pk])
    assert f'<a href="{step}">Check-in about something new (ended early)</a>' in home
    assert http_as("client").get(step).status_code == 200
    team = http_as("clinician").get(reverse("care:client", args=[world.client.pk]))
    answers = reverse("parts:checkin_answers", args=[enc.pk])
    assert f'<a href="{answers}">Check-in about something new (ended early)</a>' in (
        team.content.decode()
    )
    assert http_as("clinician").get(answers).status_code == 200


def test_a_parts_page_offers_a_check_in_with_that_part(world: World, http_as: Any) -> None:
    from selfled.parts.models import Encounter

    part = make(world, "Sentry")
    page = http_as("client").get(reverse("parts:detail", args=[part.pk])).content.decode()
    assert f'action="{reverse("parts:checkin")}"' in page
    assert f'name="part" value="{part.pk}"' in page and "Check in with Sentry</button>" in page
    team = http_as("clinician").get(reverse("parts:detail", args=[part.pk])).content.decode()
    assert reverse("parts:checkin_in_session", args=[world.client.pk]) in team
    assert "Guided check-in with Sentry (in session)" in team
    http_as("client").post(reverse("parts:checkin"), {"part": str(part.pk)})
    assert Encounter.objects.filter(part=part).exists()


def test_emergency_access_is_marked_on_every_page_it_opens(world: World, http_as: Any) -> None:
    part = make(world, "Sentry")
    grant_break_glass(world)
    http = http_as("colleague")
    banner = "Emergency read-only access. It is recorded and the care team can see it."
    for url in (
        reverse("care:client", args=[world.client.pk]),
        reverse("parts:client_map", args=[world.client.pk]),
        reverse("parts:detail", args=[part.pk]),
        reverse("insight:client_insight", args=[world.client.pk]),
    ):
        page = http.get(url).content.decode()
        assert banner in page, url
    # the care team's own clinician is not on emergency access
    own = http_as("clinician").get(reverse("parts:detail", args=[part.pk])).content.decode()
    assert banner not in own


def test_the_saved_message_names_the_part_by_its_new_name(world: World, http_as: Any) -> None:
    http = http_as("client")
    part = make(world, "The Rager")
    http.post(
        reverse("parts:edit", args=[part.pk]),
        {"name": "Fierce One", "kind": "manager", "color": part.color, "version": part.version},
    )
    page = http.get(reverse("parts:detail", args=[part.pk])).content.decode()
    assert "Saved the details of “Fierce One”." in page


def test_a_comment_on_a_part_made_private_meanwhile_is_shown_back_not_lost(
    world: World, http_as: Any
) -> None:
    part = make(world, "Critic")
    clinician = http_as("clinician")
    assert clinician.get(reverse("parts:detail", args=[part.pk])).status_code == 200
    service.set_privacy(part=part, private=True, private_fields=[], by=world.client_user)
    before = AuditEvent.objects.exclude(action="access.not_found").count()
    typed = "Noticed the <b>critic</b> softening when we talked about work"
    response = clinician.post(reverse("parts:comment", args=[part.pk]), {"text": typed})
    assert response.status_code == 404
    page = response.content.decode()
    assert "Your comment was not saved" in page
    assert "Noticed the &lt;b&gt;critic&lt;/b&gt; softening" in page  # shown as text
    assert "Critic" not in page.replace("critic", "")  # nothing of the part itself
    assert (
        not PartComment.objects.exists()
        and AuditEvent.objects.exclude(action="access.not_found").count() == before
    )
    # a part that never was the clinician's to see gives the very same page
    other = service.create_part(
        client=world.other_client, by=world.other_client_user, values={"name": "Guard"}
    )
    elsewhere = clinician.post(reverse("parts:comment", args=[other.pk]), {"text": typed})
    assert elsewhere.status_code == 404

    def main(html: str) -> str:
        return html[html.index("<main") : html.index("</main>")]

    assert main(elsewhere.content.decode()) == main(page)


NOTICED = "SelfLed noticed something in"


def test_saving_details_that_open_suggestions_says_so_with_a_link(
    world: World, http_as: Any
) -> None:
    part = make(world, "Critic", role="old job")
    http = http_as("client")
    base = {"name": "Critic", "kind": "manager", "color": part.color, "version": part.version}
    fears = "A part of me is scared that if I stop worrying I will get careless and get hurt."
    page = http.post(
        reverse("parts:edit", args=[part.pk]), {**base, "fears": fears}, follow=True
    ).content.decode()
    assert "Saved the details of “Critic”." in page
    assert f"{NOTICED} what you wrote" in page and "See the suggestions" in page
    part.refresh_from_db()
    plain = http.post(
        reverse("parts:edit", args=[part.pk]),
        {**base, "version": part.version, "fears": fears, "role": "keeps a list"},
        follow=True,
    ).content.decode()
    assert NOTICED not in plain  # nothing new was noticed in this save


def test_a_comment_that_opens_suggestions_says_so(world: World, http_as: Any) -> None:
    part = make(world, "Critic")
    http = http_as("client")
    noticed = http.post(
        reverse("parts:comment", args=[part.pk]),
        {"text": "I was drinking again on Friday, three nights in a row now."},
        follow=True,
    ).content.decode()
    assert "Comment added." in noticed and f"{NOTICED} your comment" in noticed
    plain = http.post(
        reverse("parts:comment", args=[part.pk]), {"text": "Quiet week."}, follow=True
    ).content.decode()
    assert "Comment added." in plain and NOTICED not in plain


def test_a_new_part_whose_words_open_suggestions_says_so(world: World, http_as: Any) -> None:
    page = (
        http_as("client")
        .post(
            reverse("parts:create"),
            {
                "name": "Worrier",
                "kind": "manager",
                "color": "#aa3355",
                "fears": "If I'm not anxious I'll stop being careful, then something bad happens.",
            },
            follow=True,
        )
        .content.decode()
    )
    assert "“Worrier” is on the map." in page and f"{NOTICED} what you wrote" in page


def test_the_map_picture_downloads_as_a_dated_file(world: World, http_as: Any) -> None:
    make(world, "Critic")
    http = http_as("clinician")
    page = http.get(reverse("parts:client_map", args=[world.client.pk])).content.decode()
    url = reverse("parts:map_svg", args=[world.client.pk])
    assert f'href="{url}" download>' in page
    response = http.get(url)
    assert response["Content-Type"] == "image/svg+xml"
    disposition = response["Content-Disposition"]
    assert disposition.startswith('attachment; filename="parts-map-') and disposition.endswith(
        '.svg"'
    )
    assert "Critic" in response.content.decode()


def test_recent_activity_includes_self_energy_check_ins(world: World, http_as: Any) -> None:
    from selfled.selfenergy.qualities import QUALITY_KEYS
    from selfled.selfenergy.services import record_check_in

    scores = dict.fromkeys(QUALITY_KEYS, 6)
    record_check_in(client=world.client, by=world.client_user, scores=scores, note="", request=None)
    home = http_as("client").get(reverse("care:client_home")).content.decode()
    assert f'href="{reverse("selfenergy:mine")}">Self-energy check-in</a>' in home
    team = http_as("clinician").get(reverse("care:client", args=[world.client.pk]))
    chart = reverse("selfenergy:client", args=[world.client.pk])
    assert f'href="{chart}">Self-energy check-in</a>' in team.content.decode()


def test_recent_activity_says_who_edited_details_but_not_what(world: World, http_as: Any) -> None:
    part = make(world, "Critic")
    service.update_part(
        part=part,
        by=world.client_user,
        values={"fears": "being found out"},
        base_version=part.version,
    )
    home = http_as("client").get(reverse("care:client_home")).content.decode()
    assert "“Critic”: details edited</a>" in home
    assert "being found out" not in home
    part.refresh_from_db()
    service.update_part(
        part=part, by=world.clinician, values={"role": "keeps watch"}, base_version=part.version
    )
    team = http_as("clinician").get(reverse("care:client", args=[world.client.pk])).content.decode()
    assert "“Critic”: details edited</a>" in team  # the clinician's own edit, no name
    home = http_as("client").get(reverse("care:client_home")).content.decode()
    assert f"“Critic”: details edited by {world.clinician}</a>" in home


def test_marking_an_exile_unburdened_before_its_protectors_agree_is_saved_with_a_word(
    world: World, http_as: Any
) -> None:
    exile = make(world, "Little One", Kind.EXILE)
    guard = make(world, "The Rager", Kind.FIREFIGHTER)
    relations.relate(source=guard, target=exile, kind="protects", by=world.client_user)
    http = http_as("client")

    page = http.post(
        reverse("parts:status", args=[exile.pk]), {"status": "unburdened"}, follow=True
    ).content.decode()

    exile.refresh_from_db()
    assert exile.status == "unburdened"  # the client's record is theirs to mark
    assert "The Rager has not said it&#x27;s okay yet to go toward Little One" in page
    # a step before the exile's own work, or a protector that has agreed: no such word
    relations.record_permission(
        protector=guard, exile=exile, granted=True, by=world.client_user, source="test"
    )
    page = http.post(
        reverse("parts:status", args=[exile.pk]), {"status": "witnessed"}, follow=True
    ).content.decode()
    assert "not said it" not in page
