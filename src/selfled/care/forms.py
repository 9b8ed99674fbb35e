from django import forms

from selfled.core.formfields import CheckedText


class BreakGlassForm(forms.Form):
    reason = CheckedText(
        label="Why do you need access now?",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Written to the record and seen by the care team and practice admin.",
    )
