from django import forms


class BreakGlassForm(forms.Form):
    reason = forms.CharField(
        label="Why do you need access now?",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Written to the record and seen by the care team and practice admin.",
    )
