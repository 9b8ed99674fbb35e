from __future__ import annotations

from typing import Any

from django import forms

from selfled.core.formfields import CheckedText
from selfled.parts.models import DETAIL_FIELDS, NAME_MAX, TEXT_MAX, Kind, RelationKind, Status

DETAIL_LABELS = {
    "role": ("What does it do?", "Its job, in your words."),
    "positive_intent": (
        "What is it hoping to do for you?",
        "Its good intention, even if the way it goes about it hurts.",
    ),
    "fears": ("What is it afraid of?", ""),
    "burdens": ("What is it carrying?", "Beliefs or feelings it took on, e.g. “I'm not enough”."),
    "body_location": ("Where do you feel it?", "In or around your body."),
    "age": ("How old does it seem?", ""),
    "first_appeared": ("When did it first show up?", ""),
    "description": ("Anything else", "A short description, an image, what it says."),
}
# The same questions put to a clinician filling in a client's part during a session.
CLINICIAN_LABELS = {
    **DETAIL_LABELS,
    "name": ("Name", "The client's own word for it, e.g. “the Critic” or “little one”"),
    "role": ("What does it do?", "Its job, in the client's words."),
    "positive_intent": (
        "What is it hoping to do for the client?",
        DETAIL_LABELS["positive_intent"][1],
    ),
    "body_location": ("Where does the client feel it?", "In or around their body."),
}


class LongText(CheckedText):
    """Free text whose limit the server checks and the help text states (2,000 unless
    given)."""

    def __init__(self, *args: Any, max_length: int = TEXT_MAX, **kwargs: Any) -> None:
        super().__init__(*args, max_length=max_length, **kwargs)


def _text(label: str, help_text: str) -> forms.CharField:
    limit = f"Up to {TEXT_MAX:,} characters."
    return LongText(
        label=label,
        help_text=f"{help_text} {limit}" if help_text else limit,
        required=False,
        max_length=TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class PartForm(forms.Form):
    name = LongText(
        label="Name",
        max_length=NAME_MAX,
        help_text=f"Your own word for it, e.g. “the Critic” or “little one” (up to {NAME_MAX} "
        "characters).",
        error_messages={
            "required": "Give it a name: a word or two is enough.",
            "max_length": "Please keep the name to %(limit_value)s characters "
            "(it has %(show_value)s).",
        },
    )
    kind = forms.ChoiceField(
        label="What kind of part is it?", choices=Kind.choices, initial=Kind.UNKNOWN
    )
    color = forms.CharField(
        label="Colour",
        max_length=7,
        required=False,
        initial="#6c8ea4",
        widget=forms.TextInput(attrs={"type": "color"}),
    )

    def __init__(self, *args: Any, for_clinician: bool = False, **kwargs: Any) -> None:
        """`for_clinician`: the questions speak of "the client" instead of "you"."""
        super().__init__(*args, **kwargs)
        labels = CLINICIAN_LABELS if for_clinician else DETAIL_LABELS
        for field in DETAIL_FIELDS:
            self.fields[field] = _text(*labels[field])
        if for_clinician:
            label, help_text = CLINICIAN_LABELS["name"]
            self.fields["name"].help_text = f"{help_text} (up to {NAME_MAX} characters)."


class NewPartForm(PartForm):
    private = forms.BooleanField(label="Keep this part private from my care team", required=False)


class EditPartForm(PartForm):
    version = forms.IntegerField(widget=forms.HiddenInput)


class StatusForm(forms.Form):
    status = forms.ChoiceField(label="Where is this part now?", choices=Status.choices)
    # the status the page showed: a change made meanwhile (another tab, another person) is
    # not silently undone
    was = forms.ChoiceField(choices=Status.choices, required=False, widget=forms.HiddenInput)


class RelationForm(forms.Form):
    kind = forms.ChoiceField(label="This part…", choices=RelationKind.choices)
    target = forms.ChoiceField(label="…this other part", choices=())

    def __init__(self, *args: Any, others: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["target"].choices = others  # type: ignore[attr-defined]


class CommentForm(forms.Form):
    text = LongText(
        label="Add a comment",
        max_length=TEXT_MAX,
        help_text=f"Up to {TEXT_MAX:,} characters.",
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class PrivacyForm(forms.Form):
    private = forms.BooleanField(
        label="Keep this whole part private from my care team", required=False
    )
    private_fields = forms.MultipleChoiceField(
        label="Or keep only these details private",
        required=False,
        choices=[(f, DETAIL_LABELS[f][0]) for f in DETAIL_FIELDS],
        widget=forms.CheckboxSelectMultiple,
    )


class MergeForm(forms.Form):
    other = forms.ChoiceField(label="This part is the same as…", choices=())
    confirm = forms.BooleanField(
        label="Yes, they are one part. Merge them.",
        help_text="The other part leaves the map: its details fill in what this part is "
        "missing, and its check-ins, comments, links and history move here.",
    )

    def __init__(self, *args: Any, others: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Nothing chosen until the person chooses.
        self.fields["other"].choices = [("", "— choose a part —"), *others]  # type: ignore[attr-defined]


class MoveForm(forms.Form):
    x = forms.FloatField()
    y = forms.FloatField()
