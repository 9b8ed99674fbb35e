"""Homes for clients and clinicians, a client's overview, and emergency access."""

from __future__ import annotations

from datetime import timedelta

from django.contrib import messages
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from selfled.accounts.permissions import client_required, clinician_required, member
from selfled.audit.services import record
from selfled.care import services
from selfled.care.activity import with_last_activity
from selfled.care.forms import BreakGlassForm
from selfled.care.models import BreakGlassGrant, CareTeamMember, Client
from selfled.care.scoping import (
    access_kind,
    get_client,
    own_client,
    visible_clients,
    writable_clients,
)
from selfled.core.search import remembered_search
from selfled.insight.services import open_alerts_for, open_event_count, open_suggestion_count


@client_required
def client_home(request: HttpRequest) -> HttpResponse:
    client = own_client(request.user)
    team = CareTeamMember.objects.filter(client=client).select_related("clinician")
    context = {"client": client, "team": team, "open_suggestions": open_suggestion_count(client)}
    return render(request, "care/client_home.html", context)


# Clients on one page of the caseload (by name); a longer caseload pages and can be searched.
CASELOAD_PAGE = 100
SHOWN_ALERTS = 50  # clients with unseen safety events shown on the home page


@clinician_required
@require_http_methods(["GET", "POST"])
def clinician_home(request: HttpRequest) -> HttpResponse:
    """The caseload. Finding a client by name keeps the name out of URLs (core/search.py);
    paging through the caseload is a plain link."""
    user = member(request)
    query = remembered_search(request, "caseload")
    if query is None:
        return redirect("care:clinician_home")
    page = _page_number(request.GET.get("page"))
    mine = writable_clients(user)
    if query:
        mine = mine.filter(user__full_name__icontains=query)
    start = (page - 1) * CASELOAD_PAGE
    rows = list(
        with_last_activity(mine)
        .select_related("user")
        .order_by("user__full_name", "pk")[start : start + CASELOAD_PAGE + 1]
    )
    caseload = rows[:CASELOAD_PAGE]
    # read-only emergency (break-glass) access this clinician holds now, off their care teams
    emergency = list(
        visible_clients(user)
        .exclude(team__clinician=user)
        .select_related("user")
        .order_by("user__full_name")[:50]
    )
    glass = (
        BreakGlassGrant.objects.filter(
            client__team__clinician=user, created_at__gte=timezone.now() - timedelta(days=7)
        )
        .exclude(clinician=user)
        .select_related("clinician", "client__user")[:20]
    )
    record("caseload.view", request=request, object_type="care.client", object_id="list")
    alerts = open_alerts_for(user, limit=SHOWN_ALERTS + 1)
    more_alerts = len(alerts) > SHOWN_ALERTS
    alerts = alerts[:SHOWN_ALERTS]
    # only the care team marks an alert as seen (not emergency access)
    alerting = {a.newest.client_id for a in alerts}
    on_team = (
        set(
            CareTeamMember.objects.filter(clinician=user, client_id__in=alerting).values_list(
                "client_id", flat=True
            )
        )
        if alerts
        else set()
    )
    for alert in alerts:
        alert.newest.can_acknowledge = alert.newest.client_id in on_team  # type: ignore[attr-defined]
    context = {
        "caseload": caseload,
        "emergency": emergency,
        "break_glass": glass,
        "alerts": alerts,
        "alerting": alerting,
        "more_alerts": more_alerts,
        "q": query,
        "page": page,
        "first_shown": start + 1,
        "last_shown": start + len(caseload),
        "has_next": len(rows) > CASELOAD_PAGE,
        "searchable": bool(query) or page > 1 or len(rows) > CASELOAD_PAGE,
    }
    return render(request, "care/clinician_home.html", context)


def _page_number(raw: str | None) -> int:
    try:
        return max(1, min(int(raw or 1), 10_000))
    except ValueError:
        return 1


@clinician_required
def client_detail(request: HttpRequest, client_id: str) -> HttpResponse:
    client = get_client(request.user, client_id)
    access = access_kind(request.user, client)
    team = CareTeamMember.objects.filter(client=client).select_related("clinician")
    record("client.view", request=request, obj=client, detail=access)
    context = {
        "client": client,
        "team": team,
        "access": access,
        "open_alerts": open_event_count(client),
    }
    return render(request, "care/client_detail.html", context)


@clinician_required
@require_http_methods(["GET", "POST"])
def break_glass_list(request: HttpRequest) -> HttpResponse:
    """Practice clients this clinician is not on the team of: each name with its care team
    and the month it joined, so two clients with one name are told apart without showing
    more of who they are. The list is audited as a read. What was looked for never goes into
    a URL (core/search.py)."""
    user = member(request)
    query = remembered_search(request, "break_glass")
    if query is None:
        return redirect("care:break_glass_list")
    others = (
        Client.objects.filter(practice_id=user.practice_id or 0)
        .exclude(team__clinician=user)
        .select_related("user")
    )
    if query:
        others = others.filter(user__full_name__icontains=query)
    shown = list(
        others.order_by("user__full_name", "pk").prefetch_related(
            Prefetch("team", CareTeamMember.objects.select_related("clinician"))
        )[:51]
    )
    record("care.break_glass_list_view", request=request, detail=f"{len(shown[:50])} shown")
    context = {"clients": shown[:50], "more": len(shown) > 50, "q": query}
    return render(request, "care/break_glass_list.html", context)


@clinician_required
@require_http_methods(["GET", "POST"])
def break_glass(request: HttpRequest, client_id: str) -> HttpResponse:
    client = get_object_or_404(
        Client.objects.select_related("user"),
        pk=client_id,
        practice_id=member(request).practice_id,
    )
    form = BreakGlassForm(request.POST or None)
    if form.is_valid():
        try:
            grant = services.break_glass(
                clinician=request.user,
                client=client,
                reason=form.cleaned_data["reason"],
                request=request,
            )
        except services.CareError as exc:
            form.add_error("reason", str(exc))
        else:
            messages.warning(
                request,
                f"Emergency read-only access until {grant.expires_at:%H:%M} UTC. "
                "The care team and practice admin can see that you used it.",
            )
            return redirect("care:client", client_id=client.pk)
    return render(request, "care/break_glass.html", {"client": client, "form": form})
