"""Parts pages for the client and the care team. Rules live in services; views stay thin."""

from __future__ import annotations

import json

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_http_methods, require_POST

from selfled.accounts.permissions import client_required, clinician_required, member
from selfled.audit.services import record
from selfled.care.models import Client
from selfled.care.scoping import get_client, own_client, writable_clients
from selfled.core import pagecache
from selfled.insight.crisis import crisis_in_rejected_form, crisis_response, tell_noticed
from selfled.lib.partsmap.svg import legend_html
from selfled.parts import mapcache, presenters
from selfled.parts.access import get_part, gone_part, is_owner, parts_for, view_of
from selfled.parts.forms import EditPartForm, NewPartForm, PartForm
from selfled.parts.models import DETAIL_FIELDS, Part
from selfled.parts.services import parts as service


def _map_page(request: HttpRequest, client: Client, *, interactive: bool) -> HttpResponse:
    viewer = member(request)
    rendered = mapcache.rendered_map(viewer, client, interactive=interactive)
    record("parts.map_view", request=request, obj=client)
    owner = is_owner(viewer, client)
    context = {
        "client": client,
        "svg": mapcache.SVG_MARK,
        "table": mapcache.TABLE_MARK,
        "interactive": interactive,
        "map_key": mark_safe(legend_html()),  # noqa: S308  (fixed markup, no input)
        "is_owner": owner,
        # Read-only (break-glass) access sees the map but is offered nothing to change; the
        # client always may change their own map.
        "can_write": owner or writable_clients(viewer).filter(pk=client.pk).exists(),
    }
    # everything the page shows from its context (the map itself is spliced in below)
    key = (client.pk, client.user.full_name, owner, context["can_write"], interactive)
    response = pagecache.render_page(request, "parts/map.html", context, key=key)
    response.content = mapcache.splice(response.content, rendered)
    return response


@client_required
def parts_map(request: HttpRequest) -> HttpResponse:
    return _map_page(request, own_client(member(request)), interactive=True)


@clinician_required
def client_parts_map(request: HttpRequest, client_id: str) -> HttpResponse:
    return _map_page(request, get_client(member(request), client_id), interactive=False)


def map_svg_file(request: HttpRequest, client_id: str) -> HttpResponse:
    """The map as a static SVG file (the same picture the PDF report uses)."""
    viewer = member(request)
    client = get_client(viewer, client_id)
    parts, relations = presenters.map_data(viewer, client)
    record("parts.map_export", request=request, obj=client)
    svg = presenters.map_svg(parts, relations, interactive=False, links=False)
    response = HttpResponse(svg, content_type="image/svg+xml")
    # saved as a file, named by date only (a name in a downloads folder would travel with it)
    day = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="parts-map-{day}.svg"'
    return response


def _create(request: HttpRequest, client: Client) -> HttpResponse:
    viewer = member(request)
    owner = is_owner(viewer, client)
    form_class = NewPartForm if owner else PartForm
    initial: dict[str, object] = {"color": service.next_colour(client, viewer)}
    if owner:
        initial["private"] = client.practice.parts_private_by_default
    form = form_class(request.POST or None, initial=initial, for_clinician=not owner)
    if form.is_valid():
        try:
            part = service.create_part(
                client=client,
                by=viewer,
                values=form.cleaned_data,
                private=form.cleaned_data.get("private"),
                request=request,
            )
        except service.PartError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, str(exc))
        else:
            messages.success(request, f"“{part.name}” is on the map.")
            if getattr(part, "crisis", False):
                return crisis_response(request, reverse("parts:detail", args=[part.pk]))
            tell_noticed(request, getattr(part, "noticed", 0))
            return redirect("parts:detail", part_id=part.pk)
    if request.method == "POST":
        crisis_in_rejected_form(request, client, form, "parts.part")
    return render(
        request,
        "parts/part_form.html",
        {"form": form, "client": client, "is_owner": owner, "creating": True},
    )


@client_required
@require_http_methods(["GET", "POST"])
def create_part(request: HttpRequest) -> HttpResponse:
    return _create(request, own_client(member(request)))


@clinician_required
@require_http_methods(["GET", "POST"])
def client_create_part(request: HttpRequest, client_id: str) -> HttpResponse:
    return _create(request, get_client(member(request), client_id, write=True))


def _edited_a_gone_part(request: HttpRequest, part: Part) -> HttpResponse:
    """The part was removed or merged while this person edited it: nothing is saved, and
    what they typed is shown back so that it is not lost."""
    viewer = member(request)
    form = EditPartForm(request.POST, for_clinician=not is_owner(viewer, part.client))
    typed = [
        (form.fields[key].label, str(request.POST.get(key, "")).strip())
        for key in ["name", *DETAIL_FIELDS]
        if str(request.POST.get(key, "")).strip()
    ]
    crisis_in_rejected_form(request, part.client, form, "parts.part")
    record("part.edit_gone", request=request, obj=part, practice_id=part.client.practice_id)
    # the part it was merged into is named only if this person may still see it
    merged_into = part.merged_into_id
    kept = parts_for(viewer, part.client).filter(pk=merged_into).first() if merged_into else None
    context = {
        "part": part,
        "merged": part.merged_into_id is not None,
        "kept": kept,
        "typed": typed,
        "is_owner": is_owner(viewer, part.client),
    }
    return render(request, "parts/gone.html", context, status=409)


def replaced_message(labels: list[str]) -> str:
    """Which fields this save took over from a change made elsewhere. The words it replaced
    are not put in the message (messages live in the session, unsealed); they are kept with
    the part's earlier versions."""
    return (
        "This part was changed elsewhere while you edited. Your version of "
        + service.in_words(labels)
        + " replaced theirs; their words are kept under “Earlier versions of its details”."
    )


@require_http_methods(["GET", "POST"])
def edit_part(request: HttpRequest, part_id: str) -> HttpResponse:
    viewer = member(request)
    try:
        part = get_part(viewer, part_id, write=True)
    except Http404:
        gone = gone_part(viewer, part_id) if request.method == "POST" else None
        if gone is None:
            raise
        return _edited_a_gone_part(request, gone)
    shown = view_of(part, viewer)
    if request.method == "GET":
        record("part.view", request=request, obj=part, practice_id=part.client.practice_id)
    initial = {f: getattr(shown, f) for f in ["name", "kind", "color", *DETAIL_FIELDS]}
    form = EditPartForm(
        request.POST or None,
        initial={**initial, "version": part.version},
        for_clinician=not is_owner(viewer, part.client),
    )
    for hidden in shown.hidden:
        form.fields.pop(hidden, None)  # the care team cannot see or overwrite private details
    if form.is_valid():
        values = {k: v for k, v in form.cleaned_data.items() if k != "version"}
        try:
            result = service.update_part(
                part=part,
                by=viewer,
                values=values,
                base_version=form.cleaned_data["version"],
                request=request,
            )
        except service.PartError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, str(exc))
        else:
            if result.overlapping:
                messages.warning(request, replaced_message(result.overlapping))
            if result.kept_theirs:
                messages.info(
                    request,
                    "Changes made elsewhere to "
                    + service.in_words(result.kept_theirs)
                    + " were kept too.",
                )
            if result.crisis:
                return crisis_response(request, reverse("parts:detail", args=[part.pk]))
            if not result.overlapping:
                messages.success(request, f"Saved the details of “{result.part.name}”.")
            tell_noticed(request, result.noticed)
            return redirect("parts:detail", part_id=part.pk)
    if request.method == "POST":
        crisis_in_rejected_form(request, part.client, form, "parts.part")
    return render(
        request,
        "parts/part_form.html",
        {
            "form": form,
            "client": part.client,
            "part": part,
            "is_owner": is_owner(viewer, part.client),
            "creating": False,
        },
    )


@require_POST
def move_part(request: HttpRequest, part_id: str) -> JsonResponse:
    viewer = member(request)
    part = get_part(viewer, part_id, write=True)
    try:
        data = json.loads(request.body or b"{}")
        x, y = float(data["x"]), float(data["y"])
    except (ValueError, KeyError, TypeError):
        return JsonResponse({"detail": "Send x and y as numbers."}, status=400)
    try:
        x, y = service.move_part(part=part, x=x, y=y, by=viewer, request=request)
    except service.PartError as exc:
        return JsonResponse({"detail": str(exc)}, status=403)
    return JsonResponse({"x": x, "y": y})
