"""Invitations: single-use, expiring links that create an account in a practice."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone

from selfled.accounts.models import Invitation, Membership, Practice, Role, User, hash_token
from selfled.audit.services import record


class InvitationError(Exception):
    """Shown to the person as it is: plain language, nothing sensitive."""

    def __init__(self, message: str, field: str = "email") -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class NewInvitation:
    invitation: Invitation
    link: str


def invite(
    *,
    practice: Practice,
    email: str,
    full_name: str,
    role: str,
    invited_by: Any,
    clinician: User | None = None,
    request: HttpRequest | None = None,
) -> NewInvitation:
    """Create an invitation and email its link.

    Side effects: an Invitation row (token stored hashed), an email, an audit event.
    Raises InvitationError when the email already has an account or an open invitation, or a
    client would have no care-team clinician.
    """
    email = email.strip().lower()
    if User.objects.filter(email=email).exists():
        raise InvitationError("Someone with this email address already has an account.")
    if Invitation.objects.filter(
        email=email, used_at__isnull=True, revoked_at__isnull=True, expires_at__gt=timezone.now()
    ).exists():
        raise InvitationError(
            "An invitation to this email address is already open. Revoke it first to send a "
            "new one."
        )
    if role == Role.CLIENT and clinician is None:
        # Someone must see a client's check-ins and any safety alert from the first day.
        raise InvitationError(
            "Choose the client's care-team clinician: someone needs to see their check-ins "
            "and any safety alert. If the practice has no clinician yet, invite one first.",
            "clinician",
        )
    if role == Role.CLIENT and clinician is not None and clinician.practice_id != practice.pk:
        raise InvitationError("The clinician must belong to this practice.", "clinician")
    token = Invitation.new_token()
    with transaction.atomic():
        invitation = Invitation.objects.create(
            practice=practice,
            email=email,
            full_name=full_name.strip(),
            role=role,
            token_hash=hash_token(token),
            invited_by=invited_by,
            clinician=clinician if role == Role.CLIENT else None,
            expires_at=timezone.now() + settings.INVITATION_LIFETIME,
        )
        record("invitation.create", actor=invited_by, request=request, obj=invitation)
    link = settings.SELFLED_BASE_URL.rstrip("/") + reverse("accounts:accept", args=[token])
    send_mail(
        subject=f"Your invitation to {practice.name} on SelfLed",
        message=(
            f"Hello {invitation.full_name},\n\n{practice.name} has invited you to SelfLed.\n"
            f"Open this link to choose your password (it works once, until "
            f"{invitation.expiry_text}):\n\n{link}\n"
        ),
        from_email=None,
        recipient_list=[email],
    )
    return NewInvitation(invitation, link)


def open_invitation(token: str) -> Invitation:
    invitation = (
        Invitation.objects.select_related("practice").filter(token_hash=hash_token(token)).first()
    )
    if invitation is None or invitation.state != "open":
        raise InvitationError(
            "This invitation link is not valid any more. It may have been used already or "
            "expired. Please ask your practice for a new one."
        )
    return invitation


def accept(*, token: str, password: str, full_name: str, request: HttpRequest | None) -> User:
    """Create the account the invitation is for, once.

    Side effects: User, Membership, for clients a Client record and care-team place; the
    invitation is marked used; an audit event. Raises InvitationError if the link is spent.
    """
    from selfled.care.services import enrol_client

    with transaction.atomic():
        invitation = open_invitation(token)
        # Claim it with a conditional update so a double submit cannot create two accounts.
        claimed = Invitation.objects.filter(pk=invitation.pk, used_at__isnull=True).update(
            used_at=timezone.now()
        )
        if not claimed:
            raise InvitationError("This invitation link has already been used.")
        user = User.objects.create_user(
            invitation.email, password, full_name=full_name.strip() or invitation.full_name
        )
        Membership.objects.create(user=user, practice=invitation.practice, role=invitation.role)
        if invitation.role == Role.CLIENT:
            enrol_client(user=user, practice=invitation.practice, clinician=invitation.clinician)
        record(
            "invitation.accept",
            actor=user,
            request=request,
            obj=invitation,
            practice_id=invitation.practice_id,
        )
    return user


def revoke(*, invitation: Invitation, request: HttpRequest) -> None:
    with transaction.atomic():
        Invitation.objects.filter(pk=invitation.pk, used_at__isnull=True).update(
            revoked_at=timezone.now()
        )
        record("invitation.revoke", request=request, obj=invitation)
