"""The client's own check-in page and the care team's view of a client's check-ins."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.http import require_http_methods

from selfled.accounts.permissions import client_required, clinician_required, member
from selfled.care.models import Client
from selfled.care.scoping import access_kind, get_client, own_client
from selfled.insight.crisis import crisis_in_rejected_form, crisis_response, tell_noticed
from selfled.selfenergy import services
from selfled.selfenergy.chart import Point, one_decimal, render_chart, summary
from selfled.selfenergy.forms import CheckInForm
from selfled.selfenergy.models import SelfEnergyCheckIn
from selfled.selfenergy.qualities import QUALITIES

RECENT_ROWS = 12


@dataclass(frozen=True)
class Row:
    at: datetime
    mean: str
    scores: list[int]
    by: str
    note: str


def _by(check_in: SelfEnergyCheckIn, client: Client, viewer: Any) -> str:
    if check_in.recorded_by_id is None:
        return "—"
    if check_in.recorded_by_id == viewer.pk:
        return "You"
    if check_in.recorded_by_id == client.user_id:
        return "Client"
    return f"{check_in.recorded_by} (in session)"


def _history_context(client: Client, viewer: Any, request: HttpRequest) -> dict[str, Any]:
    check_ins = services.history(client=client, viewer=viewer, request=request)
    points = [Point(at=timezone.localtime(c.created_at), scores=c.scores) for c in check_ins]
    rows = [
        Row(
            c.created_at,
            one_decimal(c.mean),
            list(c.scores.values()),
            _by(c, client, viewer),
            c.note,
        )
        for c in reversed(check_ins[-RECENT_ROWS:])
    ]
    # The chart module escapes every piece of text it writes (see chart.render_chart).
    charts: dict[str, SafeString] = {
        "chart_average": mark_safe(render_chart(points, id_prefix="se-average")),  # noqa: S308
        "chart_each": mark_safe(  # noqa: S308
            render_chart(
                points, each_quality=True, title="Each quality over time", id_prefix="se-each"
            )
        ),
    }
    return {
        **charts,
        "summary": summary(points),
        "rows": rows,
        "total": len(check_ins),
        "qualities": QUALITIES,
    }


def _save(form: CheckInForm, client: Client, request: HttpRequest) -> SelfEnergyCheckIn | None:
    """Record the check-in; on a rule broken, put the messages on the form and return None."""
    if not form.is_valid():
        return None
    try:
        check_in = services.record_check_in(
            client=client,
            by=request.user,
            scores=form.scores(),
            note=form.cleaned_data["note"],
            request=request,
        )
    except services.CheckInInvalid as exc:
        for field, message in exc.errors.items():
            form.add_error(None if field == "__all__" else field, message)
        return None
    if not check_in.crisis:  # the crisis page speaks for itself
        own = getattr(request.user, "pk", None) == client.user_id
        messages.success(
            request,
            "Thank you. Your check-in is saved."
            if own
            else f"The check-in for {client.user.full_name} is saved.",
        )
        tell_noticed(request, getattr(check_in, "noticed", 0), "your note")
    return check_in


@client_required
@require_http_methods(["GET", "POST"])
def mine(request: HttpRequest) -> HttpResponse:
    client = own_client(request.user)
    form = CheckInForm(
        request.POST if request.method == "POST" else None,
        note_label="Anything you'd like to add? (optional)",
        note_help="Only you and your care team can read this.",
    )
    saved = _save(form, client, request) if request.method == "POST" else None
    if saved is not None:
        if saved.crisis:
            return crisis_response(request, reverse("selfenergy:mine"))
        return redirect("selfenergy:mine")
    if request.method == "POST":
        crisis_in_rejected_form(request, client, form, "selfenergy.checkin")
    context = {"client": client, "form": form, **_history_context(client, request.user, request)}
    return render(request, "selfenergy/mine.html", context)


@clinician_required
@require_http_methods(["GET", "POST"])
def for_client(request: HttpRequest, client_id: str) -> HttpResponse:
    """Read for anyone who may see the client; recording is for the care team (a 404 if not)."""
    writing = request.method == "POST"
    client = get_client(request.user, client_id, write=writing)
    access = access_kind(member(request), client)
    form = CheckInForm(
        request.POST if request.method == "POST" else None,
        note_label="Note (optional)",
        note_help="Part of the client's record; the client can read it too.",
    )
    if writing and _save(form, client, request) is not None:
        return redirect("selfenergy:client", client_id=client.pk)
    context = {
        "client": client,
        "access": access,
        "form": form if access == "team" else None,
        **_history_context(client, request.user, request),
    }
    return render(request, "selfenergy/client.html", context)
