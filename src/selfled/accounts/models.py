"""People, practices and their roles."""

from __future__ import annotations

import hashlib
import secrets
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.utils import timezone


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> User:
        if not email:
            raise ValueError("an email address is required")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra.update(is_staff=True, is_superuser=True)
        return self.create_user(email, password, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    """One account per person, signed in by email."""

    email = models.EmailField(unique=True)
    full_name = models.CharField(max_length=150)
    is_active = models.BooleanField(default=True)
    is_staff = models.BooleanField(default=False)
    date_joined = models.DateTimeField(default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    def __str__(self) -> str:
        return self.full_name or self.email

    # `membership` is the reverse one-to-one accessor of Membership.user; a user without one
    # (a bare superuser) has no practice and no role. The authentication backend loads it with
    # the user in one query.
    @property
    def practice_id(self) -> int | None:
        membership = getattr(self, "membership", None)
        return membership.practice_id if membership is not None else None

    @property
    def role(self) -> str:
        membership = getattr(self, "membership", None)
        return membership.role if membership is not None else ""

    @property
    def is_staff_member(self) -> bool:
        """Clinicians and admins: two-factor sign-in is required for them."""
        return self.role in (Role.CLINICIAN, Role.ADMIN) or self.is_superuser


class Practice(models.Model):
    name = models.CharField(max_length=120)
    slug = models.SlugField(unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    # Whether a client's new parts start hidden from the care team (the client can change each).
    parts_private_by_default = models.BooleanField(default=False)
    # [{"label", "detail", "href"}]; empty means the default US resources (core/crisis.py).
    crisis_resources = models.JSONField(default=list, blank=True)

    def __str__(self) -> str:
        return self.name


class Role(models.TextChoices):
    ADMIN = "admin", "Practice admin"
    CLINICIAN = "clinician", "Clinician"
    CLIENT = "client", "Client"


class Membership(models.Model):
    # A person belongs to one practice; someone working at two practices has two accounts.
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=16, choices=Role.choices)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["practice", "role"])]

    def __str__(self) -> str:
        return f"{self.user} ({self.get_role_display()}, {self.practice})"


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class SingleUseLink(models.Model):
    """A link that works once, until it expires or is revoked. Only the token's hash is
    stored; the token itself goes into the link and nowhere else."""

    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True
        ordering = ["-created_at"]

    @staticmethod
    def new_token() -> str:
        return secrets.token_urlsafe(32)

    @property
    def state(self) -> str:
        if self.used_at:
            return "used"
        if self.revoked_at:
            return "revoked"
        if self.expires_at <= timezone.now():
            return "expired"
        return "open"

    @property
    def is_open(self) -> bool:
        return self.state == "open"

    @property
    def expiry_text(self) -> str:
        """When it stops working, in the practice's time zone: "28 Nov 2026, 21:55 CET"."""
        until = timezone.localtime(self.expires_at)
        return f"{until.day} {until:%b %Y, %H:%M} {until.tzname() or settings.TIME_ZONE}"


class Invitation(SingleUseLink):
    """An invitation to join a practice: creates the account when accepted."""

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField()
    full_name = models.CharField(max_length=150)
    role = models.CharField(max_length=16, choices=Role.choices)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    clinician = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="For a client: the clinician who joins the client's care team.",
    )

    def __str__(self) -> str:
        return f"Invitation for {self.email}"


class SignInReset(SingleUseLink):
    """A link for someone who cannot sign in any more (forgotten password, lost phone)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sign_in_resets"
    )
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    # The person lost their authenticator: their two-factor devices go when the link is used,
    # and a staff member sets two-factor up again at the next sign-in.
    clear_two_factor = models.BooleanField(default=False)

    def __str__(self) -> str:
        return f"Sign-in reset for {self.user}"
