from __future__ import annotations

import json
import re
from typing import Any

import pytest
from django.urls import reverse

from selfled.insight import services
from selfled.insight.models import SafetyEvent, Suggestion, SuggestionState, Tag, TextInsight
from selfled.lib.insight import ANALYZER_VERSION
from selfled.parts.models import Part
from selfled.parts.services import parts as part_service
from tests.conftest import World
from tests.insight.helpers import save_writing as _save

CRISIS_TEXT = (
    "Honestly everyone would be better off without me. I've started giving my things away."
)


def test_analysis_is_stored_with_version_and_changes_nothing_yet(world: World) -> None:
    critic = part_service.create_part(
        client=world.client, by=world.clinician, values={"name": "Inner Critic", "kind": "manager"}
    )
    outcome = services.analyze_text(
        client=world.client,
        text="A part of me, my inner critic, was loud. I felt calm after.",
        source_type="test.entry",
        source_id=7,
        by=world.client_user,
    )
    assert outcome.insight is not None and not outcome.crisis
    assert outcome.insight.analyzer_version == ANALYZER_VERSION
    stored = json.loads(TextInsight.objects.get().result)
    assert {entry["label"] for entry in stored["labels"]} >= {"parts", "self"}
    labels = {s.label for s in outcome.suggestions}
    assert {"parts", "self"} <= labels
    link = next(s for s in outcome.suggestions if s.label == "parts")
    assert link.matched_part == critic
    assert not Tag.objects.exists()  # nothing changes until a person confirms


def test_accepting_links_or_adds_the_part_and_dismissing_records_no(world: World) -> None:
    outcome = services.analyze_text(
        client=world.client,
        text="My inner critic was loud today.",
        source_type="test.entry",
        source_id=1,
        by=world.client_user,
    )
    suggestion = next(s for s in outcome.suggestions if s.label == "parts")
    assert suggestion.matched_part is None
    tag = services.accept(suggestion=suggestion, by=world.client_user)
    assert tag.part is not None and tag.part.name.lower() == "inner critic"
    assert Part.objects.filter(client=world.client).count() == 1
    suggestion.refresh_from_db()
    assert suggestion.state == SuggestionState.ACCEPTED
    other = services.analyze_text(
        client=world.client,
        text="I feel calm and clear.",
        source_type="test.entry",
        source_id=2,
        by=world.client_user,
    )
    services.dismiss(suggestion=other.suggestions[0], by=world.client_user)
    assert Tag.objects.count() == 1


def test_reanalysis_supersedes_open_suggestions(world: World) -> None:
    first = services.analyze_text(
        client=world.client,
        text="I feel calm and clear.",
        source_type="test.entry",
        source_id=3,
        by=world.client_user,
    )
    services.analyze_text(
        client=world.client,
        text="I feel calm and curious.",
        source_type="test.entry",
        source_id=3,
        by=world.client_user,
    )
    first.suggestions[0].refresh_from_db()
    assert first.suggestions[0].state == SuggestionState.SUPERSEDED
    assert Suggestion.objects.filter(state=SuggestionState.OPEN).count() >= 1


def test_crisis_in_a_private_part_still_reaches_the_care_team(world: World, http_as: Any) -> None:
    client = http_as("client")
    response = client.post(
        reverse("parts:create"),
        {"name": "The Heavy One", "kind": "exile", "private": "on", "description": CRISIS_TEXT},
        follow=True,
    )
    landed = response.redirect_chain[-1][0]
    assert landed.split("?")[0] == reverse("core:crisis") and "back=%2Fparts%2F" in landed
    body = response.content.decode()
    assert "988" in body and "911" in body and "741741" in body
    assert "You don&#x27;t have to carry this alone" in body or "carry this alone" in body
    # it says when the care team will see it, and that no one is watching right now
    assert "the next time they open your record" in body and "not watched around" in body
    assert "go through this alone" not in body  # said once, by the message above
    part = Part.objects.get()
    assert part.private
    event = SafetyEvent.objects.get()
    assert event.client == world.client
    home = http_as("clinician").get(reverse("care:clinician_home")).content.decode()
    assert "Crisis language" in home and "Casey Client" in home
    assert "a part&#x27;s details" in home or "a part's details" in home
    assert 'class="badge danger"' in home  # the caseload row is flagged too
    assert "The Heavy One" not in home and "better off" not in home
    # Another practice's clinician cannot acknowledge it; the care team can.
    assert (
        http_as("other_practice_clinician")
        .post(reverse("insight:acknowledge", args=[event.pk]))
        .status_code
        == 404
    )
    http_as("clinician").post(reverse("insight:acknowledge", args=[event.pk]))
    event.refresh_from_db()
    assert event.acknowledged_by == world.clinician
    assert (
        "Crisis language"
        not in http_as("clinician").get(reverse("care:clinician_home")).content.decode()
    )


def test_clinician_writing_is_not_analyzed(world: World) -> None:
    part_service.create_part(
        client=world.client,
        by=world.clinician,
        values={"name": "Worrier", "description": CRISIS_TEXT},
    )
    assert not TextInsight.objects.exists() and not SafetyEvent.objects.exists()


def test_suggestions_page_highlights_the_clients_words_escaped(world: World, http_as: Any) -> None:
    services.analyze_text(
        client=world.client,
        text="<b>x</b> my inner critic showed up",
        source_type="test.entry",
        source_id=9,
        by=world.client_user,
    )
    body = http_as("client").get(reverse("insight:suggestions")).content.decode()
    assert "<mark>" in body and "&lt;b&gt;x&lt;/b&gt;" in body
    assert "This sounds like a part" in body
    assert "Yes keeps it as a tag on your record that your care team can see" in body


def test_the_suggestions_page_says_when_more_are_waiting_than_it_shows(
    world: World, http_as: Any, monkeypatch: Any
) -> None:
    from selfled.insight import views

    monkeypatch.setattr(views, "SHOWN_SUGGESTIONS", 1)
    for n, text in enumerate(["my inner critic showed up again", "a part of me is so tired"]):
        services.analyze_text(
            client=world.client,
            text=text,
            source_type="test.entry",
            source_id=n,
            by=world.client_user,
        )
    assert Suggestion.objects.filter(client=world.client).count() >= 2
    body = http_as("client").get(reverse("insight:suggestions")).content.decode()
    assert body.count('class="card suggestion"') == 1
    assert "These are the newest 1. Older suggestions are waiting too" in body


def test_one_client_cannot_answer_anothers_suggestion(world: World, http_as: Any) -> None:
    outcome = services.analyze_text(
        client=world.client,
        text="I feel calm and clear.",
        source_type="test.entry",
        source_id=5,
        by=world.client_user,
    )
    suggestion = outcome.suggestions[0]
    response = http_as("other_client").post(reverse("insight:accept", args=[suggestion.pk]))
    assert response.status_code == 404
    suggestion.refresh_from_db()
    assert suggestion.state == SuggestionState.OPEN


def test_highlight_handles_overlaps_and_edges() -> None:
    assert services.highlight("abcdef", [(1, 3), (2, 5), (10, 12)]) == [
        ("a", False),
        ("bc", True),
        ("de", True),
        ("f", False),
    ]
    assert services.highlight("", []) == []


def test_practice_crisis_resources_replace_the_default(world: World, http_as: Any) -> None:
    world.practice.crisis_resources = [
        {"label": "Call Samaritans", "detail": "116 123", "href": "tel:116123"}
    ]
    world.practice.save()
    body = http_as("client").get(reverse("core:crisis")).content.decode()
    assert "Samaritans" in body and "tel:116123" in body
    assert "Call Samaritans · 116123" in body  # the number is shown, not only linked
    assert "Outside the United States" not in body
    # The footer of every page follows the practice too, not the US numbers.
    home = http_as("client").get(reverse("care:client_home")).content.decode()
    footer = home[home.index('<footer class="foot">') :]
    assert "Call Samaritans" in footer and "911" not in footer


def test_admin_sets_crisis_resources_and_bad_lines_are_explained(
    world: World, http_as: Any
) -> None:
    admin = http_as("admin")
    form = admin.get(reverse("accounts:practice_settings")).content.decode()
    assert "replaces them entirely, so put your local emergency number first" in form
    bad = admin.post(
        reverse("accounts:practice_settings"),
        {"crisis_resources": "Call us | any time | javascript:alert(1)"},
    )
    assert bad.status_code == 200 and b"links start with tel: (call)" in bad.content
    assert b"javascript:alert(1)" in bad.content  # what was typed is kept
    # every line's problem at once, each saying what to write instead
    two = admin.post(
        reverse("accounts:practice_settings"),
        {"crisis_resources": "Emergency | 999 | 999\nSamaritans | free | 116 123"},
    ).content.decode()
    assert "Line 1: write “tel:999” to make 999 a number to call." in two
    assert "Line 2: write “tel:116 123” to make 116 123 a number to call." in two
    admin.post(
        reverse("accounts:practice_settings"),
        {
            "crisis_resources": "Call Lifeline | 13 11 14 | tel:131114",
            "parts_private_by_default": "on",
        },
    )
    world.practice.refresh_from_db()
    assert world.practice.parts_private_by_default
    assert world.practice.crisis_resources == [
        {"label": "Call Lifeline", "detail": "13 11 14", "href": "tel:131114"}
    ]
    assert b"tel:131114" in http_as("client").get(reverse("core:crisis")).content


def test_clinician_adds_own_tag_and_everyone_on_the_record_sees_it(
    world: World, http_as: Any
) -> None:
    part = part_service.create_part(
        client=world.client, by=world.client_user, values={"name": "Watcher", "kind": "manager"}
    )
    http_as("clinician").post(reverse("insight:tag_part", args=[part.pk]), {"label": "fear:safety"})
    tag = Tag.objects.get()
    assert tag.by_clinician and tag.part == part and tag.label == "fear:safety"
    page = http_as("client").get(reverse("parts:detail", args=[part.pk])).content.decode()
    assert "Protector fear: safety" in page and "added by Cleo Clinician" in page
    assert (
        http_as("colleague")
        .post(reverse("insight:tag_part", args=[part.pk]), {"label": "self"})
        .status_code
        == 404
    )
    bad = http_as("clinician").post(
        reverse("insight:tag_part", args=[part.pk]), {"label": "nonsense"}, follow=True
    )
    assert b"Choose one of the listed tags" in bad.content
    # nothing is chosen until the clinician chooses (no tag is one careless click away)
    form = http_as("clinician").get(reverse("parts:detail", args=[part.pk])).content.decode()
    assert '<select id="tag-label" name="label" required><option value="">Choose a tag…' in form
    twice = http_as("clinician").post(
        reverse("insight:tag_part", args=[part.pk]), {"label": "fear:safety"}, follow=True
    )
    assert b"That tag is already there" in twice.content
    assert Tag.objects.count() == 1


def _old_pattern_confirmed_in_a_comment(world: World) -> Part:
    """The client comments on a new part "Rager" with an old pattern and confirms it."""
    part = part_service.create_part(
        client=world.client, by=world.client_user, values={"name": "Rager", "kind": "firefighter"}
    )
    comment = part_service.add_comment(
        part=part, by=world.client_user, text="Back to drinking every night this week."
    )
    suggestion = Suggestion.objects.get(
        insight__source_type="parts.comment",
        insight__source_id=str(comment.pk),
        label="old-pattern",
        state=SuggestionState.OPEN,
    )
    services.accept(suggestion=suggestion, by=world.client_user)
    return part


def test_a_clinician_cannot_repeat_a_tag_the_client_confirmed_on_the_part(
    world: World, http_as: Any
) -> None:
    part = _old_pattern_confirmed_in_a_comment(world)
    again = http_as("clinician").post(
        reverse("insight:tag_part", args=[part.pk]), {"label": "old-pattern"}, follow=True
    )
    assert b"That tag is already there" in again.content
    assert Tag.objects.filter(part=part, label="old-pattern").count() == 1


def test_a_confirmed_tag_from_writing_about_a_part_shows_on_that_part(
    world: World, http_as: Any
) -> None:
    part = _old_pattern_confirmed_in_a_comment(world)

    assert Tag.objects.get(label="old-pattern").part == part
    page = http_as("client").get(reverse("parts:detail", args=[part.pk])).content.decode()
    assert "No tags yet" not in page
    # the client sees the words the tag came from; so does the care team, who may read that
    # comment (on a shared part)
    quote = re.search(r"<q>([^<]*)</q>", page)
    assert quote is not None and "drinking" in quote.group(1)
    team = http_as("clinician").get(reverse("parts:detail", args=[part.pk])).content.decode()
    team_quote = re.search(r"<q>([^<]*)</q>", team)
    assert "Old pattern" in team and team_quote is not None and "drinking" in team_quote.group(1)


def test_suggestions_page_and_parts_api_use_constant_queries(world: World, http_as: Any) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    http = http_as("client")

    def count(url: str) -> int:
        with CaptureQueriesContext(connection) as captured:
            assert http.get(url).status_code == 200
        return len(captured.captured_queries)

    suggestions, parts_api = reverse("insight:suggestions"), f"/api/clients/{world.client.pk}/parts"
    services.analyze_text(
        client=world.client,
        text="My inner critic showed up.",
        source_type="t",
        source_id="1",
        by=world.client_user,
    )
    part_service.create_part(client=world.client, by=world.clinician, values={"name": "One"})
    http.get(suggestions)
    one = (count(suggestions), count(parts_api))
    for i in range(2, 4):
        services.analyze_text(
            client=world.client,
            text=f"I feel calm and clear, day {i}.",
            source_type="t",
            source_id=str(i),
            by=world.client_user,
        )
        part_service.create_part(
            client=world.client, by=world.clinician, values={"name": f"Part {i}"}
        )
    three = (count(suggestions), count(parts_api))
    assert three == one


def test_writing_about_a_part_never_suggests_linking_it_to_itself(world: World) -> None:
    part = part_service.create_part(
        client=world.client,
        by=world.client_user,
        values={
            "name": "Inner Critic",
            "kind": "manager",
            "description": "My inner critic was loud again.",
        },
    )
    suggestions = Suggestion.objects.filter(label="parts")
    assert not suggestions.filter(matched_part=part).exists()
    other = services.analyze_text(
        client=world.client,
        text="My inner critic showed up twice.",
        source_type="t",
        source_id="x",
        by=world.client_user,
    )
    link = next(s for s in other.suggestions if s.label == "parts")
    assert link.matched_part == part
    text = "My inner critic showed up twice."
    assert text[link.span_start : link.span_end].lower() == "inner critic"


def test_accept_and_dismiss_say_what_happened(world: World, http_as: Any) -> None:
    outcome = services.analyze_text(
        client=world.client,
        text="My inner critic was loud today. I feel calm and clear now.",
        source_type="test.entry",
        source_id=3,
        by=world.client_user,
    )
    http = http_as("client")
    assert reverse("insight:suggestions") in http.get(reverse("care:client_home")).content.decode()
    parts = next(s for s in outcome.suggestions if s.label == "parts")
    calm = next(s for s in outcome.suggestions if s.label == "self")
    page = http.post(reverse("insight:accept", args=[parts.pk]), follow=True).content.decode()
    assert "Added" in page and "to your parts map" in page and "inner critic" in page.lower()
    page = http.post(reverse("insight:dismiss", args=[calm.pk]), follow=True).content.decode()
    assert "Nothing was added to your record" in page


def test_a_new_part_is_named_by_the_client_when_added(world: World, http_as: Any) -> None:
    outcome = _save(world, "A part of me is scared that if I rest I'll fall behind.", "4")
    http = http_as("client")
    suggestion = next(s for s in outcome.suggestions if s.label == "parts")
    page = http.get(reverse("insight:suggestions")).content.decode()
    assert 'name="name" value="part that is scared"' in page  # the words found, to change
    done = http.post(
        reverse("insight:accept", args=[suggestion.pk]), {"name": "  The   Worrier "}, follow=True
    ).content.decode()
    assert "Added “The Worrier” to your parts map" in done
    assert Part.objects.get(client=world.client).name == "The Worrier"


def test_safety_event_links_to_the_part_unless_it_is_private(world: World, http_as: Any) -> None:
    shared = part_service.create_part(
        client=world.client, by=world.client_user, values={"name": "Shared One"}
    )
    hidden = part_service.create_part(
        client=world.client, by=world.client_user, values={"name": "Hidden One"}, private=True
    )
    for part in (shared, hidden):
        services.analyze_text(
            client=world.client,
            text=CRISIS_TEXT,
            source_type="parts.part",
            source_id=part.pk,
            by=world.client_user,
        )
    page = (
        http_as("clinician")
        .get(reverse("insight:client_insight", args=[world.client.pk]))
        .content.decode()
    )
    assert reverse("parts:detail", args=[shared.pk]) in page and "Shared One" in page
    assert "Hidden One" not in page and str(hidden.pk) not in page
    assert page.count("crisis language in a part") == 2


def test_suggestion_cards_say_where_the_words_were_written(world: World, http_as: Any) -> None:
    services.analyze_text(
        client=world.client,
        text="I feel calm and clear after the walk.",
        source_type="selfenergy.checkin",
        source_id=7,
        by=world.client_user,
    )
    page = http_as("client").get(reverse("insight:suggestions")).content.decode()
    assert "From a Self-energy note" in page
    # each button is named by what it shows (voice control) and described by its own card
    assert '<p id="card-1-what"><strong>This sounds like Self-energy.</strong>' in page
    assert 'aria-describedby="card-1-what card-1-quote">Yes</button>' in page


def test_the_same_words_saved_in_two_places_are_suggested_once(world: World) -> None:
    words = "A part of me is scared that without the depression I'd get reckless and unsafe"

    first = _save(world, words, "details")
    assert "fear:safety" in {s.label for s in first.suggestions}
    again = _save(world, f"  {words.upper()} ", "check-in")  # same words, other case and spacing
    assert again.suggestions == []
    open_fears = Suggestion.objects.filter(label="fear:safety", state=SuggestionState.OPEN)
    assert open_fears.count() == 1
    other = _save(world, "Part of me fears that if I stop being careful I will get hurt badly", "x")
    assert any(s.label == "fear:safety" for s in other.suggestions)  # other words: offered
    services.dismiss(suggestion=open_fears.get(insight=first.insight), by=world.client_user)
    assert any(s.label == "fear:safety" for s in _save(world, words, "later").suggestions)


def test_a_part_named_again_elsewhere_is_offered_once(world: World) -> None:
    part_service.create_part(client=world.client, by=world.client_user, values={"name": "Critic"})
    texts = ["My inner critic was loud again today.", " My inner critic  was loud again today. "]
    outcomes = [_save(world, text, str(i)) for i, text in enumerate(texts)]
    first = [s for s in outcomes[0].suggestions if s.label == "parts"]
    assert first and first[0].matched_part is not None
    assert not [s for s in outcomes[1].suggestions if s.label == "parts"]


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ("Just a label", "say how to reach"),
        ("Walk-in clinic | Main Street, open 9 to 5", "at least one resource a client can reach"),
        ("Crisis line | call | tel:", "put the number or address after"),
        ("L" * 81 + " | call | tel:988", "keep the label to 80 characters"),
    ],
)
def test_crisis_resources_a_client_could_not_use_are_refused(
    world: World, http_as: Any, lines: str, message: str
) -> None:
    response = http_as("admin").post(
        reverse("accounts:practice_settings"), {"crisis_resources": lines}
    )
    assert response.status_code == 200 and message in response.content.decode()
    world.practice.refresh_from_db()
    assert not world.practice.crisis_resources  # nothing saved; the default stays


def test_a_resource_without_a_link_is_kept_beside_one_with_a_link(world: World) -> None:
    from selfled.core.crisis import parse_lines

    rows = parse_lines(
        "Nearest emergency department | if you can get there safely\n"
        "Call 988 | call or text | tel:988"
    )
    assert [r["href"] for r in rows] == ["", "tel:988"]


def test_a_parts_name_alone_raises_no_suggestion_but_is_read_for_crisis(world: World) -> None:
    from selfled.lib.insight import analyze

    assert "old-pattern" in analyze("Relapse").present()  # the name alone would suggest it
    numbing = part_service.create_part(
        client=world.client, by=world.client_user, values={"name": "Relapse", "kind": "firefighter"}
    )
    assert not Suggestion.objects.filter(insight__source_id=str(numbing.pk)).exists()
    part_service.update_part(
        part=numbing,
        by=world.client_user,
        base_version=numbing.version,
        values={
            "name": "Relapse",
            "role": "Back to drinking every night again when work gets hard",
        },
    )
    assert Suggestion.objects.filter(
        insight__source_id=str(numbing.pk), label="old-pattern", state=SuggestionState.OPEN
    ).exists()  # the client's words about it still are
    before = SafetyEvent.objects.count()
    part_service.create_part(
        client=world.client, by=world.client_user, values={"name": "I want to die"}
    )
    assert SafetyEvent.objects.count() == before + 1


def test_a_tag_from_a_parts_own_details_is_on_that_part_and_odd_sources_on_none(
    world: World,
) -> None:
    part = part_service.create_part(
        client=world.client,
        by=world.client_user,
        values={"name": "Rager", "role": "Back to drinking every night again"},
    )
    from_details = Suggestion.objects.get(
        insight__source_type="parts.part", insight__source_id=str(part.pk), label="old-pattern"
    )
    assert services.accept(suggestion=from_details, by=world.client_user).part == part
    odd = _save(world, "Back to bingeing every night again.", "not-an-id:find", "parts.encounter")
    suggestion = next(s for s in odd.suggestions if s.label == "old-pattern")
    assert services.accept(suggestion=suggestion, by=world.client_user).part is None


def test_suggestion_cards_name_the_part_the_writing_is_about_in_constant_queries(
    world: World, http_as: Any
) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    http = http_as("client")
    rager = part_service.create_part(
        client=world.client, by=world.client_user, values={"name": "Rager", "kind": "firefighter"}
    )
    part_service.add_comment(
        part=rager, by=world.client_user, text="Back to drinking every night this week."
    )
    page = http.get(reverse("insight:suggestions")).content.decode()
    assert "From a comment on a part about “Rager”" in page

    def count() -> int:
        with CaptureQueriesContext(connection) as captured:
            http.get(reverse("insight:suggestions"))
        return len(captured)

    one = count()
    for name in ("Watcher", "Pleaser"):
        part = part_service.create_part(
            client=world.client, by=world.client_user, values={"name": name}
        )
        part_service.add_comment(part=part, by=world.client_user, text="Binging again every night.")
    assert count() == one


def test_confirming_about_a_private_part_says_it_stays_private(world: World, http_as: Any) -> None:
    part = part_service.create_part(
        client=world.client,
        by=world.client_user,
        values={"name": "Hidden One", "kind": "exile"},
        private=True,
    )
    part_service.add_comment(part=part, by=world.client_user, text="Back to drinking every night.")
    suggestion = Suggestion.objects.get(label="old-pattern", state=SuggestionState.OPEN)
    page = (
        http_as("client")
        .post(reverse("insight:accept", args=[suggestion.pk]), follow=True)
        .content.decode()
    )
    assert "It stays private, as the part is." in page
    assert "Your care team can see this" not in page


def test_a_parts_job_is_not_offered_as_an_old_pattern_coming_back(world: World) -> None:
    """A part's details say what the part does; only words saying a habit is back again
    make an old pattern there. Journal-like writing keeps the suggestion."""
    from selfled.lib.insight import analyze

    job = "scrolls my phone for hours"
    assert "old-pattern" in analyze(f"Scroller\n{job}").present()
    part = part_service.create_part(
        client=world.client,
        by=world.client_user,
        values={"name": "Scroller", "kind": "firefighter", "role": job},
    )
    assert not Suggestion.objects.filter(
        insight__source_id=str(part.pk), label="old-pattern"
    ).exists()
    elsewhere = _save(world, f"I {job} again tonight", "9", "parts.comment")
    assert any(s.label == "old-pattern" for s in elsewhere.suggestions)


def test_one_check_in_offers_each_label_once_across_its_answers(world: World) -> None:
    first = "If I stop pleasing people the hurt underneath will flood me and I will fall apart"
    second = "I am scared that if it stops I will be overwhelmed and lose control"
    assert [s.label for s in _save(world, first, "C1:fear", "parts.encounter").suggestions] == [
        "fear:overwhelm"
    ]
    assert _save(world, second, "C1:befriend", "parts.encounter").suggestions == []
    # another check-in is another conversation
    other = _save(world, second, "C2:fear", "parts.encounter").suggestions
    assert [s.label for s in other] == ["fear:overwhelm"]
    assert Suggestion.objects.filter(label="fear:overwhelm", state="open").count() == 2


def test_a_parts_job_told_as_past_or_exchange_is_not_an_old_pattern_back(world: World) -> None:
    for n, role in enumerate(["back in the day it drank to forget", "drinks in return for calm"]):
        part = part_service.create_part(
            client=world.client, by=world.client_user, values={"name": f"Cup {n}", "role": role}
        )
        assert not Suggestion.objects.filter(
            insight__source_id=str(part.pk), label="old-pattern"
        ).exists(), role


def test_confirming_a_tag_that_landed_a_moment_before_is_not_a_crash(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    outcome = _save(world, "Back to drinking every night again.", "77", "parts.comment")
    suggestion = next(s for s in outcome.suggestions if s.label == "old-pattern")
    Tag.objects.create(
        client=world.client,
        source_type="parts.comment",
        source_id="77",
        label="old-pattern",
        added_by=world.clinician,
    )
    real_filter = Tag.objects.filter
    first = {"done": False}

    def filter_missing_once(**kw: object) -> object:  # the other save is not seen yet
        if not first["done"]:
            first["done"] = True
            return Tag.objects.none()
        return real_filter(**kw)

    monkeypatch.setattr(Tag.objects, "filter", filter_missing_once)
    tag = services.accept(suggestion=suggestion, by=world.client_user)
    monkeypatch.undo()
    assert Tag.objects.filter(label="old-pattern").count() == 1 and tag.pk


def test_a_part_of_me_in_a_parts_own_details_is_not_offered_as_a_new_part(
    world: World,
) -> None:
    fears = "A part of me is scared that if I stop pleasing people they will leave."
    part = part_service.create_part(
        client=world.client,
        by=world.client_user,
        values={"name": "Pleaser", "kind": "manager", "fears": fears},
    )
    offered = Suggestion.objects.filter(
        insight__source_type="parts.part", insight__source_id=str(part.pk), label="parts"
    )
    assert [s.part_name for s in offered if s.part_name] == []
    # the same words in a comment may be about another part: offered there
    comment = part_service.add_comment(part=part, by=world.client_user, text=fears)
    in_comment = Suggestion.objects.filter(
        insight__source_type="parts.comment", insight__source_id=str(comment.pk), label="parts"
    )
    assert [s.part_name for s in in_comment] == ["part that is scared"]
