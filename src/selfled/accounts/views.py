"""Sign-in, two-factor, invitations and the profile page."""

from __future__ import annotations

from typing import cast

from django.contrib import messages
from django.contrib.auth import login as auth_login
from django.contrib.auth import logout as auth_logout
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.forms import PasswordChangeForm
from django.contrib.auth.views import LoginView
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST

from selfled.accounts.forms import AcceptInvitationForm, EmailLoginForm, NewPasswordForm, TokenForm
from selfled.accounts.lockout import address_flooding, locked_out
from selfled.accounts.permissions import member
from selfled.accounts.services import invitations, resets, two_factor
from selfled.audit.services import record

RECOVERY_CODES_KEY = "selfled_fresh_recovery_codes"


@login_not_required
def login_view(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("core:home")
    if request.method == "POST" and address_flooding(request):
        return locked_out(request)
    response = LoginView.as_view(
        template_name="accounts/login.html",
        authentication_form=EmailLoginForm,
        redirect_authenticated_user=False,
    )(request)
    return cast(HttpResponse, response)


@require_POST
def keepalive(request: HttpRequest) -> HttpResponse:
    """A signed-in page that is still being used (someone typing, or "Stay signed in") keeps
    its session: SessionLimitsMiddleware renews it. Signed out, the sign-in redirect answers."""
    return HttpResponse(status=204)


@login_not_required  # a tab left open after signing out elsewhere still signs out cleanly
@require_POST
def logout_view(request: HttpRequest) -> HttpResponse:
    auth_logout(request)
    messages.info(request, "You are signed out.")
    return redirect("accounts:login")


@require_http_methods(["GET", "POST"])
def two_factor_verify(request: HttpRequest) -> HttpResponse:
    if request.user.is_verified():  # type: ignore[union-attr]
        return redirect("core:home")
    if not two_factor.has_confirmed_device(request.user):
        return redirect("accounts:two_factor_setup")
    form = TokenForm(request.POST or None)
    if form.is_valid():
        if two_factor.verify_second_factor(request=request, token=form.cleaned_data["token"]):
            target = request.GET.get("next", "")
            if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
                target = reverse("core:home")
            return redirect(target)
        wait = two_factor.wait_seconds(request.user)
        plural = "" if wait == 1 else "s"
        if two_factor.code_already_used(request.user, form.cleaned_data["token"]):
            message = (
                "That code was already used once. Wait until your app shows a new code (they "
                "change every 30 seconds), then enter the new one."
            )
        elif wait:
            message = (
                f"That code did not work. After a wrong code, please wait {wait} "
                f"second{plural}, then enter the code your app shows at that moment."
            )
        else:
            message = (
                "That code did not work. Codes change every 30 seconds and each can be used once."
            )
        form.add_error("token", message)
    return render(request, "accounts/two_factor_verify.html", {"form": form})


@require_http_methods(["GET", "POST"])
def two_factor_setup(request: HttpRequest) -> HttpResponse:
    if two_factor.has_confirmed_device(request.user) and not request.user.is_verified():  # type: ignore[union-attr]
        return redirect("accounts:two_factor_verify")
    device = two_factor.pending_device(request.user)
    form = TokenForm(request.POST or None)
    # no recovery codes exist yet: they come once this code is accepted
    form.fields["token"].help_text = "The 6-digit code your authenticator app shows now."
    if form.is_valid():
        codes = two_factor.confirm_enrolment(
            request=request, device=device, token=form.cleaned_data["token"]
        )
        if codes is not None:
            request.session[RECOVERY_CODES_KEY] = codes
            return redirect("accounts:recovery_codes")
        wait = two_factor.device_wait_seconds(device)
        form.add_error(
            "token",
            f"That code did not work. After a wrong code, please wait {wait} "
            f"second{'' if wait == 1 else 's'}, then enter the code your app shows at that moment."
            if wait
            else "That code did not match. Check the time on your phone and try the newest code.",
        )
    context = {
        "form": form,
        "qr": two_factor.qr_data_uri(device),
        "secret": two_factor.base32_secret(device),
    }
    # in groups of four, as authenticator apps show and accept it (easier to copy by hand)
    secret = str(context["secret"])
    context["secret_groups"] = " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
    return render(request, "accounts/two_factor_setup.html", context)


def recovery_codes(request: HttpRequest) -> HttpResponse:
    """Shows freshly made recovery codes once; they are never shown again."""
    codes = request.session.pop(RECOVERY_CODES_KEY, None)
    if not codes:
        return redirect("accounts:profile")
    return render(request, "accounts/recovery_codes.html", {"codes": codes})


@require_POST
def regenerate_codes(request: HttpRequest) -> HttpResponse:
    if not two_factor.has_confirmed_device(request.user):
        return redirect("accounts:profile")
    request.session[RECOVERY_CODES_KEY] = two_factor.regenerate_recovery_codes(request=request)
    return redirect("accounts:recovery_codes")


@require_POST
def disable_two_factor(request: HttpRequest) -> HttpResponse:
    if request.user.is_staff_member:  # type: ignore[union-attr]
        messages.error(request, "Two-factor sign-in is required for clinicians and admins.")
    else:
        two_factor.disable_two_factor(request=request)
        messages.success(request, "Two-factor sign-in is turned off.")
    return redirect("accounts:profile")


@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest) -> HttpResponse:
    form = PasswordChangeForm(request.user, request.POST or None)
    # the account page opens at its top (two-factor, sessions), not inside the password form
    form.fields["old_password"].widget.attrs.pop("autofocus", None)
    if form.is_valid():
        form.save()
        update_session_auth_hash(request, form.user)  # keeps this session, ends the others
        resets.revoke_open(form.user)  # a reset link asked for earlier is not needed now
        record("auth.password_changed", request=request, obj=form.user)
        messages.success(request, "Your password is changed. Other sessions were signed out.")
        return redirect("accounts:profile")
    context = {
        "form": form,
        "has_2fa": two_factor.has_confirmed_device(request.user),
    }
    return render(request, "accounts/profile.html", context)


@require_POST
def sign_out_elsewhere(request: HttpRequest) -> HttpResponse:
    """End this person's sessions on every other device (a shared or lost one); this one stays."""
    from selfled.accounts.services.practice import end_sessions

    user = member(request)
    ended = end_sessions(user, keep=request.session.session_key)
    record("auth.sessions_ended", request=request, obj=user, detail=f"{ended} other")
    if ended:
        others = "1 other device" if ended == 1 else f"{ended} other devices"
        messages.success(request, f"Signed out on {others}. You are still signed in here.")
    else:
        messages.success(
            request, "You were not signed in anywhere else. You are still signed in here."
        )
    return redirect("accounts:profile")


@login_not_required
@require_http_methods(["GET", "POST"])
def accept_invitation(request: HttpRequest, token: str) -> HttpResponse:
    try:
        invitation = invitations.open_invitation(token)
    except invitations.InvitationError as exc:
        return _dead_link(request, exc)
    form = AcceptInvitationForm(
        request.POST or None, email=invitation.email, initial={"full_name": invitation.full_name}
    )
    if form.is_valid():
        try:
            user = invitations.accept(
                token=token,
                password=form.cleaned_data["password1"],
                full_name=form.cleaned_data["full_name"],
                request=request,
            )
        except invitations.InvitationError as exc:
            return _dead_link(request, exc)
        auth_login(request, user, backend="selfled.accounts.backends.SelfLedBackend")
        messages.success(request, "Welcome to SelfLed. Your account is ready.")
        return redirect("core:home")
    context = {"form": form, "invitation": invitation}
    return render(request, "accounts/accept.html", context)


def _dead_link(request: HttpRequest, exc: Exception) -> HttpResponse:
    """An invitation or reset link that does not work (any more): a plain page, 404."""
    return render(request, "accounts/invitation_invalid.html", {"message": str(exc)}, status=404)


@login_not_required
@require_http_methods(["GET", "POST"])
def reset_sign_in(request: HttpRequest, token: str) -> HttpResponse:
    """Choose a new password with an admin's reset link (forgotten password, lost phone)."""
    try:
        reset = resets.open_reset(token)
    except resets.ResetError as exc:
        return _dead_link(request, exc)
    person = reset.user
    form = NewPasswordForm(request.POST or None, email=person.email, full_name=person.full_name)
    if form.is_valid():
        try:
            done = resets.complete(
                token=token, password=form.cleaned_data["password1"], request=request
            )
        except resets.ResetError as exc:
            return _dead_link(request, exc)
        auth_logout(request)  # whoever was signed in on this browser
        then = (
            " You will set up two-factor again, with your phone's authenticator app."
            if done.clear_two_factor and person.is_staff_member
            else ""
        )
        messages.success(request, f"Your new password is set. Sign in with it now.{then}")
        return redirect("accounts:login")
    context = {"form": form, "person": person, "reset": reset}
    return render(request, "accounts/reset.html", context)
