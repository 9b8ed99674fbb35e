"""Practice administration: people, invitations and care teams. No clinical content."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Prefetch, Q, prefetch_related_objects
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.html import format_html
from django.views.decorators.http import require_http_methods, require_POST

from selfled.accounts.forms import InvitationForm, PracticeSettingsForm, TeamMemberForm
from selfled.accounts.models import Invitation, Membership, Role, User
from selfled.accounts.permissions import admin_required, member
from selfled.accounts.services import invitations, resets
from selfled.audit.services import record
from selfled.care import services as care
from selfled.care.models import CareTeamMember
from selfled.care.scoping import administered_clients
from selfled.core.search import remembered_search
from selfled.insight.services import clients_alerting_nobody

PAGE_SIZE = 50


def _shown(page: Any) -> str:
    """Which rows a list page showed, for its audit event (never names)."""
    return f"page {page.number}, {len(page.object_list)} of {page.paginator.count}"


@admin_required
@require_http_methods(["GET", "POST"])
def people(request: HttpRequest) -> HttpResponse:
    practice_id = member(request).practice_id or 0
    members = Membership.objects.filter(practice_id=practice_id).select_related("user")
    role = (request.POST if request.method == "POST" else request.GET).get("role", "")
    query = remembered_search(request, "people")
    if query is None:
        return redirect(
            reverse("accounts:people") + (f"?role={role}" if role in Role.values else "")
        )
    if role in Role.values:
        members = members.filter(role=role)
    if query:
        members = members.filter(
            Q(user__full_name__icontains=query) | Q(user__email__icontains=query)
        )
    page = Paginator(members.order_by("role", "user__full_name", "pk"), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    shown = list(page.object_list)
    # who the practice's people are (a client's name is health information here): one read
    record("practice.people_view", request=request, practice_id=practice_id, detail=_shown(page))
    context = {
        "page": page,
        "locked": resets.locked_out([m.user.email for m in shown]),
        # The list as the admin has it, sent with each row's action so it comes back the same.
        "keep_view": format_html(
            '<input type="hidden" name="role" value="{}"><input type="hidden" name="page" '
            'value="{}">',
            role,
            page.number,
        ),
        "role_filter": role,
        "q": query,
        "roles": Role.choices,
        "break_glass": care.recent_break_glass(practice_id=practice_id),
        "alerting_nobody": clients_alerting_nobody(practice_id),
    }
    return render(request, "accounts/admin/people.html", context)


@admin_required
@require_http_methods(["GET", "POST"])
def invitation_list(request: HttpRequest) -> HttpResponse:
    practice = request.user.membership.practice  # type: ignore[union-attr]
    form = InvitationForm(request.POST or None, practice_id=practice.pk)
    if form.is_valid():
        try:
            new = invitations.invite(
                practice=practice,
                email=form.cleaned_data["email"],
                full_name=form.cleaned_data["full_name"],
                role=form.cleaned_data["role"],
                invited_by=request.user,
                clinician=form.cleaned_data["clinician"],
                request=request,
            )
        except invitations.InvitationError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, str(exc))
        else:
            messages.success(request, f"Invitation sent to {new.invitation.email}.")
            request.session["selfled_last_invite_link"] = new.link
            return redirect("accounts:invitations")
    shown = list(Invitation.objects.filter(practice=practice).select_related("clinician")[:200])
    record("practice.invitations_view", request=request, detail=f"{len(shown)} shown")
    context = {
        "form": form,
        "invitations": shown,
        "last_link": request.session.pop("selfled_last_invite_link", None),
    }
    return render(request, "accounts/admin/invitations.html", context)


@admin_required
@require_POST
def invitation_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    invitation = get_object_or_404(
        Invitation,
        pk=pk,
        practice_id=request.user.practice_id,  # type: ignore[union-attr]
    )
    invitations.revoke(invitation=invitation, request=request)
    messages.success(request, f"The invitation for {invitation.email} no longer works.")
    return redirect("accounts:invitations")


@admin_required
@require_http_methods(["GET", "POST"])
def care_teams(request: HttpRequest) -> HttpResponse:
    clients = administered_clients(request.user).select_related("user")
    query = remembered_search(request, "care_teams")
    if query is None:
        return redirect("accounts:care_teams")
    if query:
        clients = clients.filter(
            Q(user__full_name__icontains=query) | Q(user__email__icontains=query)
        )
    page = Paginator(clients.order_by("user__full_name", "pk"), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    shown = list(page.object_list)
    prefetch_related_objects(
        shown, Prefetch("team", CareTeamMember.objects.select_related("clinician"))
    )
    record("practice.care_teams_view", request=request, detail=_shown(page))
    return render(
        request,
        "accounts/admin/care_teams.html",
        {"clients": shown, "page": page, "q": query},
    )


@admin_required
@require_http_methods(["GET", "POST"])
def care_team(request: HttpRequest, client_id: str) -> HttpResponse:
    client = get_object_or_404(
        administered_clients(request.user).select_related("user"), pk=client_id
    )
    form = TeamMemberForm(request.POST or None, practice_id=client.practice_id, client=client)
    if form.is_valid():
        try:
            care.add_to_team(
                client=client, clinician=form.cleaned_data["clinician"], request=request
            )
        except care.CareError as exc:
            form.add_error("clinician", str(exc))
        else:
            messages.success(request, "Care team updated.")
            return redirect("accounts:care_team", client_id=client.pk)
    team = CareTeamMember.objects.filter(client=client).select_related("clinician")
    record("care_team.view", request=request, obj=client)
    return render(
        request, "accounts/admin/care_team.html", {"client": client, "team": team, "form": form}
    )


@admin_required
@require_POST
def care_team_remove(request: HttpRequest, client_id: str, user_id: int) -> HttpResponse:
    client = get_object_or_404(administered_clients(request.user), pk=client_id)
    clinician = get_object_or_404(User, pk=user_id, membership__practice_id=client.practice_id)
    try:
        care.remove_from_team(client=client, clinician=clinician, request=request)
    except care.CareError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"{clinician} left the care team.")
    return redirect("accounts:care_team", client_id=client.pk)


@admin_required
@require_http_methods(["GET", "POST"])
def practice_settings(request: HttpRequest) -> HttpResponse:
    from selfled.accounts.services.practice import update_settings
    from selfled.core.crisis import to_lines

    practice = member(request).membership.practice
    initial = {
        "parts_private_by_default": practice.parts_private_by_default,
        "crisis_resources": to_lines(practice) if practice.crisis_resources else "",
    }
    form = PracticeSettingsForm(request.POST or None, initial=initial)
    if form.is_valid():
        update_settings(practice=practice, values=form.cleaned_data, request=request)
        messages.success(request, "Practice settings saved.")
        return redirect("accounts:practice_settings")
    return render(request, "accounts/admin/settings.html", {"form": form})


@admin_required
@require_POST
def member_active(request: HttpRequest, user_id: int) -> HttpResponse:
    """One action per endpoint: POST active=1 to reactivate, active=0 to deactivate."""
    from selfled.accounts.services.practice import PracticeError, set_active

    admin = member(request)
    person = get_object_or_404(User, pk=user_id, membership__practice_id=admin.practice_id)
    active = request.POST.get("active") == "1"
    try:
        set_active(admin=admin, user=person, active=active, request=request)
    except PracticeError as exc:
        messages.error(request, str(exc))
    else:
        state = "can sign in again" if active else "is deactivated and signed out everywhere"
        messages.success(request, f"{person} {state}.")
    return redirect(_people_url(request))


def _people_url(request: HttpRequest) -> str:
    """The people list as the admin had it (role and page from the form's fields; the search
    stays in the session)."""
    kept = {
        "role": request.POST.get("role", "") if request.POST.get("role") in Role.values else "",
        "page": request.POST.get("page", ""),
    }
    if not kept["page"].isdigit() or kept["page"] == "1":
        kept["page"] = ""  # page 1 is the default; anything but a number is dropped
    query = urlencode({key: value for key, value in kept.items() if value})
    return reverse("accounts:people") + (f"?{query}" if query else "")


@admin_required
@require_http_methods(["GET", "POST"])
def member_reset(request: HttpRequest, user_id: int) -> HttpResponse:
    """Email a single-use link to someone who forgot their password or lost their phone."""
    from selfled.accounts.services import two_factor

    admin = member(request)
    person = get_object_or_404(User, pk=user_id, membership__practice_id=admin.practice_id)
    error = ""
    if request.method == "POST":
        try:
            new = resets.issue(
                admin=admin,
                user=person,
                clear_two_factor=request.POST.get("clear_two_factor") == "1",
                request=request,
            )
        except resets.ResetError as exc:
            error = str(exc)
        else:
            messages.success(
                request,
                f"A reset link was emailed to {person.email}. It works once, until "
                f"{new.reset.expiry_text}.",
            )
            return redirect(_people_url(request))
    context = {
        "person": person,
        "error": error,
        "has_two_factor": two_factor.has_confirmed_device(person),
        "is_self": person.pk == admin.pk,
    }
    return render(request, "accounts/admin/reset.html", context, status=400 if error else 200)


@admin_required
@require_POST
def member_unlock(request: HttpRequest, user_id: int) -> HttpResponse:
    admin = member(request)
    person = get_object_or_404(User, pk=user_id, membership__practice_id=admin.practice_id)
    resets.unlock(admin=admin, user=person, request=request)
    messages.success(request, f"{person} can try to sign in again now.")
    return redirect(_people_url(request))
