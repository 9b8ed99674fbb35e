"""`|day` and `|when`: the two ways SelfLed shows a date ("27 Nov 2026", "27 Nov 2026, 14:05"),
and `|clock` for the time alone.

The same text as `|date:"j M Y"` and `|date:"j M Y, H:i"`, in the practice's time zone, made
directly instead of through Django's general date formatter (about ten times cheaper, which
counts in tables of fifty rows). Installed as template builtins.
"""

from __future__ import annotations

from datetime import date, datetime

from django import template

register = template.Library()

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@register.filter(expects_localtime=True)
def day(value: date | datetime | None) -> str:
    if not isinstance(value, date):
        return ""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


@register.filter(expects_localtime=True)
def clock(value: datetime | None) -> str:
    """The time of day alone ("14:05")."""
    if not isinstance(value, datetime):
        return ""
    return f"{value.hour:02d}:{value.minute:02d}"


@register.filter(expects_localtime=True)
def when(value: datetime | None) -> str:
    if not isinstance(value, datetime):
        return day(value)
    return f"{day(value)}, {value.hour:02d}:{value.minute:02d}"
