"""Suggestions for the client; tags and safety events for the care team."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from selfled.accounts.permissions import client_required, clinician_required, member
from selfled.audit.services import record
from selfled.care.models import Client
from selfled.care.scoping import get_client, own_client, writable_clients
from selfled.insight import services
from selfled.insight.models import SafetyEvent, Suggestion, SuggestionState
from selfled.insight.passages import passages_for
from selfled.insight.presenters import accepted_message, suggestion_cards
from selfled.parts.access import live_parts
from selfled.parts.models import NAME_MAX
from selfled.parts.services.parts import PartError

# The newest this many open suggestions are shown; the page says when more are waiting.
SHOWN_SUGGESTIONS = 100
SHOWN_EVENTS = 50


@client_required
def suggestions(request: HttpRequest) -> HttpResponse:
    client = own_client(member(request))
    open_ones = list(
        Suggestion.objects.filter(client=client, state=SuggestionState.OPEN)
        .select_related("insight", "matched_part")
        .order_by("-created_at")[: SHOWN_SUGGESTIONS + 1]
    )
    record("insight.view", request=request, obj=client)
    context = {
        "cards": suggestion_cards(open_ones[:SHOWN_SUGGESTIONS]),
        "name_max": NAME_MAX,
        "more": len(open_ones) > SHOWN_SUGGESTIONS,
        "shown": SHOWN_SUGGESTIONS,
    }
    return render(request, "insight/suggestions.html", context)


def _own_suggestion(request: HttpRequest, suggestion_id: str) -> Suggestion:
    client = own_client(member(request))
    suggestion = (
        Suggestion.objects.select_related("insight", "client")
        .filter(pk=suggestion_id, client=client)
        .first()
    )
    if suggestion is None:
        raise Http404("No such suggestion")
    return suggestion


@client_required
@require_POST
def accept(request: HttpRequest, suggestion_id: str) -> HttpResponse:
    suggestion = _own_suggestion(request, suggestion_id)
    new_part = suggestion.label == "parts" and suggestion.matched_part_id is None
    try:
        tag = services.accept(
            suggestion=suggestion,
            by=member(request),
            request=request,
            name=request.POST.get("name", "") if new_part else "",
        )
    except (services.InsightError, PartError) as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, accepted_message(tag))
    return redirect("insight:suggestions")


@client_required
@require_POST
def dismiss(request: HttpRequest, suggestion_id: str) -> HttpResponse:
    suggestion = _own_suggestion(request, suggestion_id)
    try:
        services.dismiss(suggestion=suggestion, by=member(request), request=request)
    except services.InsightError as exc:
        messages.info(request, str(exc))
    else:
        messages.info(request, "Set aside. Nothing was added to your record.")
    return redirect("insight:suggestions")


@clinician_required
def client_insight(request: HttpRequest, client_id: str) -> HttpResponse:
    return _insight_page(request, get_client(member(request), client_id))


def _insight_page(
    request: HttpRequest,
    client: Client,
    *,
    typed: dict[int, tuple[str, str]] | None = None,
    all_error: tuple[str, str] | None = None,
) -> HttpResponse:
    """The client's tags and safety events; `typed`: event id -> (note, error) to show back
    in that event's form after a note could not be saved; `all_error`: the same for the form
    that marks them all."""
    tags = services.tags_for_team(client, member(request))
    # Events not yet seen come first, however many: each must stay reachable to be marked.
    shown = (
        SafetyEvent.objects.filter(client=client)
        .select_related("acknowledged_by", "insight")
        .prefetch_related("follow_ups__written_by")
    )
    unseen = list(shown.filter(acknowledged_at__isnull=True).order_by("-created_at"))
    seen = list(
        shown.filter(acknowledged_at__isnull=False).order_by("-created_at")[: SHOWN_EVENTS + 1]
    )
    more_events = len(seen) > SHOWN_EVENTS
    events = unseen + seen[:SHOWN_EVENTS]
    behind = services.parts_behind(member(request), client, events)
    words = passages_for(member(request), client, events, behind)
    # which writing was quoted on the page (ids only, never the words)
    quoted = ",".join(f"{e.source_type}:{e.source_id}" for e in events if e.pk in words)
    record("insight.view", request=request, obj=client, detail=f"quoted {quoted}" if quoted else "")
    for event in events:
        event.part = behind.get(event.pk)  # type: ignore[attr-defined]
        event.passage = words.get(event.pk)  # type: ignore[attr-defined]
    # read-only (break-glass) access sees the events but cannot mark them as seen
    can_acknowledge = writable_clients(member(request)).filter(pk=client.pk).exists()
    context = {
        "client": client,
        "tags": tags,
        "events": events,
        "can_acknowledge": can_acknowledge,
        "more_events": more_events,
        "shown_events": SHOWN_EVENTS,
        "unseen_count": len(unseen),
        "unseen_ids": [e.pk for e in unseen],
        "all_note": all_error[0] if all_error else "",
        "all_error": all_error[1] if all_error else "",
    }
    for event in events:
        event.typed_note, event.note_error = (typed or {}).get(event.pk, ("", ""))  # type: ignore[attr-defined]
    status = 400 if typed or all_error else 200
    return render(request, "insight/client_insight.html", context, status=status)


@clinician_required
@require_POST
def acknowledge_all(request: HttpRequest, client_id: str) -> HttpResponse:
    """The care team marks every unseen safety event about one client as seen at once."""
    client = get_client(member(request), client_id, write=True)
    shown = [int(v) for v in request.POST.getlist("shown") if v.isdigit()]
    try:
        marked = services.acknowledge_all(
            client=client,
            by=member(request),
            shown=shown,
            note=request.POST.get("note", ""),
            request=request,
        )
    except services.InsightError as exc:
        return _insight_page(request, client, all_error=(request.POST.get("note", ""), str(exc)))
    if marked:
        noun = "event" if marked == 1 else "events"
        messages.success(
            request,
            f"Marked {marked} {noun} as seen. Please follow your practice's safety protocol.",
        )
    else:
        messages.info(request, "There was nothing left to mark: every event had been seen.")
    return redirect("insight:client_insight", client_id=client.pk)


@clinician_required
@require_POST
def acknowledge(request: HttpRequest, event_id: int) -> HttpResponse:
    viewer = member(request)
    event = SafetyEvent.objects.filter(pk=event_id, client__in=writable_clients(viewer)).first()
    if event is None:
        raise Http404("No such event")
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = reverse("care:clinician_home")
    already_seen = event.acknowledged_at is not None
    try:
        services.acknowledge(
            event=event, by=viewer, note=request.POST.get("note", ""), request=request
        )
    except services.InsightError as exc:
        # shown again with what was typed (never through a message: they live in the session)
        typed = {event.pk: (request.POST.get("note", ""), str(exc))}
        return _insight_page(request, event.client, typed=typed)
    if already_seen:
        messages.success(request, "Note added.")
    else:
        messages.success(request, "Marked as seen. Please follow your practice's safety protocol.")
    if target != reverse("care:clinician_home"):
        target += f"#event-{event.pk}"  # back where the note was written
    return redirect(target)


@clinician_required
@require_POST
def tag_part(request: HttpRequest, part_id: str) -> HttpResponse:
    """A care-team clinician adds their own tag to a part (read-only access may not)."""
    from selfled.parts.access import get_part

    viewer = member(request)
    part = get_part(viewer, part_id, write=True)
    try:
        services.add_tag(
            client=part.client,
            source_type="parts.part",
            source_id=part.pk,
            label=request.POST.get("label", ""),
            by=viewer,
            part=part,
            request=request,
        )
    except services.InsightError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, "Tag added.")
    return redirect("parts:detail", part_id=part.pk)


@require_POST
def remove_tag(request: HttpRequest, tag_id: int) -> HttpResponse:
    """Take a tag off: the client a tag they confirmed, a care-team clinician one added by a
    clinician (404 for anything else). Back to the part, or to where the form was."""
    tag = services.remove_tag(tag_id=tag_id, by=member(request), request=request)
    messages.success(request, f"The tag “{tag.get_label_display()}” was removed.")
    shown_on = tag.part_id or (tag.source_id if tag.source_type == "parts.part" else None)
    if shown_on is not None and live_parts(tag.client).filter(pk=shown_on).exists():
        return redirect("parts:detail", part_id=shown_on)  # back on the part (if still there)
    if tag.by_clinician:
        return redirect("insight:client_insight", client_id=tag.client_id)
    return redirect("insight:suggestions")
