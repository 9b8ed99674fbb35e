from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm

from selfled.accounts.models import Role, User
from selfled.core.formfields import CheckedText


class EmailLoginForm(AuthenticationForm):
    # A plain text field: every attempt, well-formed or not, reaches authentication, so it is
    # counted for lockout and audited.
    username = forms.CharField(
        label="Email",
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "username", "autofocus": True}),
    )

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": (
            "That email and password do not match an account. The password is case-sensitive "
            "(the email is not). After a few wrong tries, sign-in pauses for a while to keep "
            "the account safe; an administrator at your practice can help if you are stuck."
        ),
    }

    def clean_username(self) -> str:
        return str(self.cleaned_data["username"]).strip().lower()


class TokenForm(forms.Form):
    token = forms.CharField(
        label="Code",
        max_length=32,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
        help_text="The 6-digit code from your authenticator app, or one of your recovery codes.",
    )


class NewPasswordForm(forms.Form):
    """A new password typed twice, checked against the practice's password rules."""

    password1 = forms.CharField(
        label="Choose a password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text="At least 12 characters. A few words you will remember work well.",
    )
    password2 = forms.CharField(
        label="Type it again",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args: Any, email: str = "", full_name: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.email = email
        self.known_name = full_name

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        first, second = data.get("password1"), data.get("password2")
        if first and second and first != second:
            self.add_error("password2", "The two passwords do not match.")
        elif first:
            name = data.get("full_name", self.known_name)
            probe = User(email=self.email, full_name=name)
            try:
                password_validation.validate_password(first, probe)
            except forms.ValidationError as exc:
                self.add_error("password1", exc)
        return data


class AcceptInvitationForm(NewPasswordForm):
    full_name = CheckedText(label="Your name", max_length=150)
    field_order = ["full_name", "password1", "password2"]


class InvitationForm(forms.Form):
    full_name = CheckedText(label="Name", max_length=150)
    email = forms.EmailField(label="Email")
    role = forms.ChoiceField(
        label="Role",
        choices=[
            (Role.CLIENT, Role.CLIENT.label),
            (Role.CLINICIAN, Role.CLINICIAN.label),
            (Role.ADMIN, Role.ADMIN.label),
        ],
        initial=Role.CLIENT,
    )
    clinician = forms.ModelChoiceField(
        label="Care-team clinician (for clients)",
        queryset=User.objects.none(),
        required=False,
        empty_label="— choose a clinician —",
        help_text=(
            "Required for a client: who sees their check-ins and safety alerts. Leave it empty "
            "for a clinician or an admin. A clinician who has not yet accepted their own "
            "invitation cannot be chosen: choose someone else now and add them to the care team "
            "once they have joined."
        ),
    )

    def __init__(self, *args: Any, practice_id: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["clinician"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = User.objects.filter(
            membership__practice_id=practice_id, membership__role=Role.CLINICIAN, is_active=True
        ).order_by("full_name")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("role") in (Role.CLINICIAN, Role.ADMIN) and data.get("clinician"):
            # it would be ignored without a word: only a client has a care team
            self.add_error(
                "clinician",
                "Only a client has a care team. Leave this empty when inviting a clinician or "
                "an admin.",
            )
        return data


class TeamMemberForm(forms.Form):
    clinician = forms.ModelChoiceField(
        label="Add a clinician",
        queryset=User.objects.none(),
        empty_label="— choose a clinician —",
        error_messages={"required": "Choose a clinician to add."},
    )

    def __init__(self, *args: Any, practice_id: int, client: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["clinician"]
        assert isinstance(field, forms.ModelChoiceField)
        choices = User.objects.filter(
            membership__practice_id=practice_id, membership__role=Role.CLINICIAN, is_active=True
        )
        if client is not None:  # those already on this care team are not offered again
            choices = choices.exclude(team_places__client=client)
        field.queryset = choices.order_by("full_name")


class PracticeSettingsForm(forms.Form):
    parts_private_by_default = forms.BooleanField(
        label="A client's new parts start private from the care team", required=False
    )
    crisis_resources = CheckedText(
        label="Crisis resources shown to clients",
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="One per line: Label | how it helps | link, where the link is tel: and a "
        "number to call, sms: and a number to text, or a https:// web page. For example: "
        "“Emergency | police, fire, ambulance | tel:999” and “Samaritans | call free, any "
        "time | tel:116 123”. Leave empty for the default US resources (911, 988, Crisis Text "
        "Line). A list here replaces them entirely, so put your local emergency number first.",
        required=False,
        max_length=4000,
    )

    def clean_crisis_resources(self) -> list[dict[str, str]]:
        from selfled.core.crisis import ResourceLinesError, parse_lines

        try:
            return parse_lines(self.cleaned_data["crisis_resources"])
        except ResourceLinesError as exc:
            raise forms.ValidationError(exc.problems) from exc
        except ValueError as exc:
            raise forms.ValidationError(str(exc)) from exc
