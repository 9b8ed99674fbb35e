from __future__ import annotations

from typing import Any

from django import forms

from selfled.selfenergy.qualities import MAX_SCORE, MIN_SCORE, NOTE_MAX_LENGTH, QUALITIES


class CheckInForm(forms.Form):
    """Parses what was typed; the range and length rules live in services.validate."""

    note = forms.CharField(required=False, strip=False, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args: Any, note_label: str, note_help: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for quality in QUALITIES:
            self.fields[quality.key] = forms.IntegerField(
                label=quality.label,
                help_text=quality.description,
                error_messages={
                    "required": f"Please choose a number for {quality.label.lower()}.",
                    "invalid": f"{quality.label} needs a whole number from "
                    f"{MIN_SCORE} to {MAX_SCORE}.",
                },
                widget=forms.NumberInput(
                    attrs={
                        "min": MIN_SCORE,
                        "max": MAX_SCORE,
                        "step": 1,
                        "inputmode": "numeric",
                        "class": "se-score",
                        "data-se-score": "",
                        "aria-describedby": f"id_{quality.key}-help se-scale-help",
                    }
                ),
            )
        note = self.fields["note"]
        note.label = note_label
        note.help_text = f"{note_help} Up to {NOTE_MAX_LENGTH:,} characters."
        # no maxlength: a browser would cut pasted writing off silently; the limit is checked
        # on save (services.validate) and stated in the help text
        note.widget.attrs.update({"aria-describedby": "id_note-help"})
        self.order_fields([q.key for q in QUALITIES] + ["note"])

    def clean_note(self) -> str:
        # Browsers send CRLF; count a line break as one character, as the text box does.
        return str(self.cleaned_data.get("note") or "").replace("\r\n", "\n")

    def add_error(self, field: str | None, error: Any) -> None:
        super().add_error(field, error)
        for name in self.errors:
            if name in self.fields:
                attrs = self.fields[name].widget.attrs
                attrs["aria-invalid"] = "true"
                described = str(attrs.get("aria-describedby", ""))
                if f"id_{name}-error" not in described:
                    attrs["aria-describedby"] = f"id_{name}-error {described}".strip()

    def scores(self) -> dict[str, int]:
        return {q.key: self.cleaned_data[q.key] for q in QUALITIES}

    def score_fields(self) -> list[forms.BoundField]:
        return [self[q.key] for q in QUALITIES]
