"""One part: its page, and the single-action POST endpoints that change it."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from selfled.accounts.permissions import member
from selfled.audit.services import record
from selfled.care.scoping import writable_clients
from selfled.insight.crisis import crisis_in_rejected_form, crisis_response, tell_noticed
from selfled.insight.models import LABEL_CHOICES
from selfled.insight.services import open_event_about_part, tags_for_part
from selfled.parts.access import get_part, is_owner, parts_for, view_of
from selfled.parts.forms import (
    CommentForm,
    MergeForm,
    PrivacyForm,
    RelationForm,
    StatusForm,
)
from selfled.parts.models import Part, PartRelation, Status
from selfled.parts.services import parts as service
from selfled.parts.services import relations
from selfled.parts.services.checkin import unheard_protectors
from selfled.parts.services.history import detail_history
from selfled.parts.services.timeline import part_timeline


def _other_parts(viewer: object, part: Part) -> list[Part]:
    return list(parts_for(viewer, part.client).exclude(pk=part.pk))


def _choices(parts: list[Part]) -> list[tuple[str, str]]:
    return [(str(p.pk), p.name) for p in parts]


def _mergeable(part: Part, others: list[Part]) -> list[Part]:
    """The parts `part` may merge with: those of the same privacy (merging would show a
    private part's history to the care team, or hide a shared one)."""
    return [p for p in others if p.private == part.private]


def part_detail(request: HttpRequest, part_id: str) -> HttpResponse:
    return _detail_page(request, get_part(member(request), part_id))


def _detail_page(
    request: HttpRequest, part: Part, *, comment_form: CommentForm | None = None
) -> HttpResponse:
    viewer = member(request)
    other_parts = _other_parts(viewer, part)
    others = _choices(other_parts)
    visible = {pk for pk, _ in others}
    mergeable = _mergeable(part, other_parts)
    links = [
        r
        for r in PartRelation.objects.filter(source=part).select_related("target")
        if str(r.target_id) in visible
    ] + [
        r
        for r in PartRelation.objects.filter(target=part).select_related("source")
        if str(r.source_id) in visible
    ]
    record("part.view", request=request, obj=part, practice_id=part.client.practice_id)
    owner = is_owner(viewer, part.client)
    context = {
        # Read-only (break-glass) access sees the part but is offered nothing to change.
        "can_write": owner or writable_clients(viewer).filter(pk=part.client_id).exists(),
        "part": view_of(part, viewer),
        "client": part.client,
        "is_owner": owner,
        # the owner sees which details the care team does not (the team sees a count)
        "own_private": set(part.private_fields or []) if owner and not part.private else set(),
        "links": links,
        "timeline": part_timeline(part, visible=visible),
        "status_form": StatusForm(initial={"status": part.status, "was": part.status}),
        "relation_form": RelationForm(others=others),
        "comment_form": comment_form or CommentForm(),
        "privacy_form": PrivacyForm(
            initial={"private": part.private, "private_fields": part.private_fields}
        ),
        "merge_form": MergeForm(others=_choices(mergeable)),
        "can_merge": bool(mergeable),
        "merge_other_privacy": len(other_parts) - len(mergeable),
        "exile_access": _exile_access(part, visible) if part.kind == "exile" else None,
        "tags": tags_for_part(part, viewer),
        # the care team sees at once that this part's words raised a safety event
        "open_event": None if owner else open_event_about_part(part),
        "tag_labels": LABEL_CHOICES,
    }
    return render(request, "parts/detail.html", context)


def _exile_access(part: Part, visible: set[str]) -> dict[str, object]:
    """The exile rule's state, naming only the protectors this viewer may see."""
    access = relations.exile_access(part)
    shown = [p for p in access.waiting if str(p.pk) in visible]
    return {
        "allowed": access.allowed,
        "unknown_protectors": access.unknown_protectors,
        "waiting": shown,
        "unnamed_waiting": len(access.waiting) - len(shown),
    }


def _back(part: Part) -> HttpResponse:
    return redirect("parts:detail", part_id=part.pk)


def _complain(request: HttpRequest, form_errors: object) -> None:
    messages.error(request, str(form_errors))


def part_versions(request: HttpRequest, part_id: str) -> HttpResponse:
    """Earlier versions of a part's details (services/history.py)."""
    viewer = member(request)
    part = get_part(viewer, part_id)
    versions, more = detail_history(part, viewer)
    record("part.versions_view", request=request, obj=part, practice_id=part.client.practice_id)
    context = {"part": part, "versions": versions, "more": more, "client": part.client}
    context["is_owner"] = is_owner(viewer, part.client)
    return render(request, "parts/versions.html", context)


@require_POST
def change_status(request: HttpRequest, part_id: str) -> HttpResponse:
    viewer = member(request)
    part = get_part(viewer, part_id, write=True)
    form = StatusForm(request.POST)
    if form.is_valid():
        try:
            service.set_status(
                part=part,
                status=form.cleaned_data["status"],
                by=viewer,
                request=request,
                was=form.cleaned_data["was"] or None,
            )
        except service.PartError as exc:
            messages.error(request, str(exc))
        else:
            now = Status(form.cleaned_data["status"])
            was = form.cleaned_data["was"]
            moved = (
                f" (it was at “{Status(was).label}”)" if was in Status.values and was != now else ""
            )
            messages.success(request, f"Saved: now at “{now.label}”{moved}.")
            waiting = unheard_protectors(part, now, owner=is_owner(viewer, part.client))
            if waiting:
                names = ", ".join(p.name for p in waiting)
                messages.warning(
                    request,
                    f"{names} {'has' if len(waiting) == 1 else 'have'} not said it's okay yet "
                    f"to go toward {part.name}. Saved as you chose; it may help to hear from "
                    f"{'it' if len(waiting) == 1 else 'them'} first, perhaps in a session.",
                )
    else:
        messages.error(request, "Choose one of the listed statuses.")
    return _back(part)


@require_POST
def relate(request: HttpRequest, part_id: str) -> HttpResponse:
    viewer = member(request)
    part = get_part(viewer, part_id, write=True)
    form = RelationForm(request.POST, others=_choices(_other_parts(viewer, part)))
    if not form.is_valid():
        messages.error(request, "That part is not available any more. Choose another one.")
        return _back(part)
    try:
        target = get_part(viewer, form.cleaned_data["target"], write=True)
        link = relations.relate(
            source=part, target=target, kind=form.cleaned_data["kind"], by=viewer, request=request
        )
    except (service.PartError, Http404) as exc:
        messages.error(
            request,
            str(exc)
            if isinstance(exc, service.PartError)
            else "That part is not available any more.",
        )
    else:
        if getattr(link, "already_linked", False):
            messages.info(request, "These two parts were already linked that way.")
        else:
            messages.success(request, "Link saved.")
    return _back(part)


@require_POST
def unrelate(request: HttpRequest, relation_id: int) -> HttpResponse:
    viewer = member(request)
    relation = PartRelation.objects.filter(pk=relation_id).first()
    if relation is None:
        raise Http404("No such link")
    part = get_part(viewer, relation.source_id, write=True)
    get_part(viewer, relation.target_id, write=True)
    relations.unrelate(relation=relation, by=viewer, request=request)
    messages.success(request, "Link removed.")
    return _back(part)


def _comment_not_saved(request: HttpRequest) -> HttpResponse:
    """The part is out of reach (removed, merged, made private since the page was opened, or
    never this person's to see): a 404 as always, but with the comment they typed shown back
    so that it is not lost. The page is the same whatever the reason, so it tells nothing
    about the part."""
    typed = str(request.POST.get("text", "")).strip()
    return render(request, "parts/comment_not_saved.html", {"typed": typed}, status=404)


@require_POST
def comment(request: HttpRequest, part_id: str) -> HttpResponse:
    viewer = member(request)
    try:
        part = get_part(viewer, part_id, write=True)
    except Http404:
        return _comment_not_saved(request)
    form = CommentForm(request.POST)
    if form.is_valid():
        added = service.add_comment(
            part=part, by=viewer, text=form.cleaned_data["text"], request=request
        )
        messages.success(request, "Comment added.")
        if getattr(added, "crisis", False):
            return crisis_response(request, reverse("parts:detail", args=[part.pk]))
        tell_noticed(request, getattr(added, "noticed", 0), "your comment")
        return _back(part)
    # The page again, with what was typed kept and the reason next to it; the words are
    # still read for crisis language although they were not saved.
    crisis_in_rejected_form(request, part.client, form, "parts.comment")
    return _detail_page(request, part, comment_form=form)


@require_POST
def privacy(request: HttpRequest, part_id: str) -> HttpResponse:
    viewer = member(request)
    part = get_part(viewer, part_id, write=True)
    if not is_owner(viewer, part.client):
        raise Http404("Only the client decides what is private")
    form = PrivacyForm(request.POST)
    if form.is_valid():
        service.set_privacy(
            part=part,
            private=form.cleaned_data["private"],
            private_fields=form.cleaned_data["private_fields"],
            by=viewer,
            request=request,
        )
        messages.success(request, "Privacy saved.")
    return _back(part)


@require_POST
def merge(request: HttpRequest, part_id: str) -> HttpResponse:
    viewer = member(request)
    part = get_part(viewer, part_id, write=True)
    form = MergeForm(request.POST, others=_choices(_mergeable(part, _other_parts(viewer, part))))
    if not form.is_valid():
        if form.has_error("confirm"):
            messages.error(request, "Tick the box to confirm the merge; nothing was changed.")
        else:
            messages.error(request, "Choose another part to merge with.")
        return _back(part)
    other = get_part(viewer, form.cleaned_data["other"], write=True)
    try:
        relations.merge_parts(keep=part, absorb=other, by=viewer, request=request)
    except service.PartError as exc:
        messages.error(request, str(exc))
        return _back(part)
    messages.success(
        request, f"“{other.name}” is now part of “{part.name}”; both histories are kept."
    )
    return _back(part)


@require_POST
def remove(request: HttpRequest, part_id: str) -> HttpResponse:
    viewer = member(request)
    part = get_part(viewer, part_id, write=True)
    if request.POST.get("confirm") != "yes":
        messages.error(request, "Tick the box to confirm; the part is still on the map.")
        return _back(part)
    service.remove_part(part=part, by=viewer, request=request)
    messages.success(request, f"“{part.name}” was taken off the map. Its history is kept.")
    if is_owner(viewer, part.client):
        return redirect("parts:map")
    return redirect("parts:client_map", client_id=part.client_id)
