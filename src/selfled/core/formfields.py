"""Form fields shared by every app."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.validators import MaxLengthValidator


class _Count(int):
    """A length that prints as people read numbers: 2,001."""

    def __str__(self) -> str:
        return f"{int(self):,}"


class _MaxLength(MaxLengthValidator):
    def clean(self, x: Any) -> int:
        return _Count(len(x))


class CheckedText(forms.CharField):
    """Text whose length limit the server checks and explains. No maxlength attribute: a
    browser would cut pasted text off without a word; the form says what is too long."""

    def __init__(self, *args: Any, max_length: int, **kwargs: Any) -> None:
        given = "max_length" in kwargs.get("error_messages", {})
        super().__init__(*args, max_length=max_length, **kwargs)
        self.validators = [v for v in self.validators if not isinstance(v, MaxLengthValidator)]
        self.validators.append(_MaxLength(max_length))
        if not given:
            self.error_messages["max_length"] = (
                f"Please keep this to {max_length:,} characters or fewer (it has %(show_value)s)."
            )

    def widget_attrs(self, widget: forms.Widget) -> dict[str, Any]:
        attrs = super().widget_attrs(widget)
        attrs.pop("maxlength", None)
        return attrs
