"""Crisis resources shown to clients: practice-configured, with a cited US default.

Default (CLINICAL.md §5): 988 Suicide & Crisis Lifeline (call or text 988, chat at
988lifeline.org; press 1 for Veterans, 2 for Spanish), 911 for immediate danger, and the
Crisis Text Line (text HOME to 741741).
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import Any

from django.db import transaction


@dataclass(frozen=True)
class Resource:
    label: str
    detail: str
    href: str = ""
    # the number as the admin wrote it ("116 123"); the link holds only what phones dial
    written: str = ""

    @property
    def number(self) -> str:
        """The phone number of a tel:/sms: link, as written, when the label does not already
        show it."""
        if not self.href.startswith(("tel:", "sms:")):
            return ""
        number = self.href.split(":", 1)[1].split("?", 1)[0].split("&", 1)[0]
        if number in self.label.replace(" ", ""):
            return ""
        return self.written or number

    @property
    def is_default(self) -> bool:
        return self in DEFAULT_RESOURCES


DEFAULT_RESOURCES = [
    Resource("Call 911", "If you or someone else is in immediate danger.", "tel:911"),
    Resource(
        "Call 988",
        "988 Suicide & Crisis Lifeline, free and confidential, day and night "
        "(press 1 for Veterans, 2 for Spanish).",
        "tel:988",
    ),
    Resource("Text 988", "The same Lifeline, by text message.", "sms:988"),
    Resource(
        "Chat with 988", "The same Lifeline, online at 988lifeline.org.", "https://988lifeline.org/"
    ),
    # "?&body=" pre-fills the word on both Android and iOS messaging apps.
    Resource("Text HOME to 741741", "Crisis Text Line.", "sms:741741?&body=HOME"),
]
ALLOWED_SCHEMES = ("tel:", "sms:", "https://")


# Pages before sign-in are the cheapest there are; a process reads the answer below at most
# this often (a change made in another worker shows within this many seconds; in this worker
# at once, see forget_sole_practice).
SOLE_PRACTICE_SECONDS = 30.0
_sole: tuple[float, Any] | None = None


def sole_practice() -> Any:
    """The practice this installation serves when it serves exactly one (the usual
    self-hosted case), else None: so that pages shown before sign-in (sign-in, the crisis
    page) offer that practice's crisis resources rather than the US default."""
    global _sole
    now = time.monotonic()
    remembered = _sole
    if remembered is not None and now - remembered[0] < SOLE_PRACTICE_SECONDS:
        return remembered[1]
    from selfled.accounts.models import Practice

    found = list(Practice.objects.only("id", "crisis_resources")[:2])
    practice = found[0] if len(found) == 1 else None
    _sole = (now, practice)
    return practice


def forget_sole_practice(**_: Any) -> None:
    """Read it afresh next time (a practice was added, changed or removed): now, and again
    once the change commits, so that no read in between keeps the old row."""
    global _sole
    _sole = None
    transaction.on_commit(reset_sole_practice)


def reset_sole_practice() -> None:
    """Forget the remembered answer (tests start each database afresh)."""
    global _sole
    _sole = None


def resources_for(practice: Any) -> list[Resource]:
    configured = getattr(practice, "crisis_resources", None) or []
    found = [
        Resource(
            str(r.get("label", "")),
            str(r.get("detail", "")),
            str(r.get("href", "")),
            str(r.get("written", "")),
        )
        for r in configured
        if r.get("label")
    ]
    return found or DEFAULT_RESOURCES


class ResourceLinesError(ValueError):
    """Lines that cannot be used, each with what to write instead (`problems`)."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(" ".join(problems))
        self.problems = problems


def parse_lines(text: str) -> list[dict[str, str]]:
    """Admin input, one resource per line: `Label | detail | tel:… or sms:… or https://…`.

    A two-part line whose second part is a link (`Emergency | tel:999`) is a label and a
    link. Every line's problem is reported at once, each with what to write instead.
    """
    rows = []
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rows.append(_parse_line(line))
        except ValueError as exc:
            problems.append(f"Line {number}: {exc}")
    if problems:
        raise ResourceLinesError(problems)
    if rows and not any(row["href"] for row in rows):
        raise ValueError(
            "Add at least one resource a client can reach at once: a line ending in a tel:, "
            "sms: or https:// link, e.g. “Emergency | police, fire, ambulance | tel:999”."
        )
    return rows


_PHONE = re.compile(r"^\+?[0-9][0-9 ()\-]{1,24}$")


_DIAL = re.compile(r"^\+?[0-9*#][0-9*# ().\-]*$")


def _dialable(href: str) -> str:
    """tel:/sms: numbers as phones dial them: "+44 (0) 20 7946 0958" → "+442079460958".

    Only a plain number is rewritten; anything else (letters, "press 1", "ext.") is refused,
    since a crisis line must never be saved as a different number than was meant.
    """
    if not href.startswith(("tel:", "sms:")):
        return href
    scheme, rest = href.split(":", 1)
    number, sep, query = rest.partition("?")
    number = number.strip()
    if not _DIAL.match(number) or not re.search(r"[0-9]", number):
        raise ValueError(
            f"write only the number after “{scheme}:”, e.g. “{scheme}:988”; put words such "
            "as “press 1” in the middle part."
        )
    if number.startswith("+"):
        number = number.replace("(0)", "")  # the trunk 0 is not dialled from abroad
    digits = re.sub(r"[^0-9+*#]", "", number).replace("#", "%23")
    return f"{scheme}:{digits}{sep}{query}"


def _parse_line(line: str) -> dict[str, str]:
    cells = [c.strip() for c in line.split("|")]
    if len(cells) > 3 or not cells[0]:
        raise ValueError("write “Label | how it helps | link”.")
    if len(cells) == 2 and (cells[1].startswith(ALLOWED_SCHEMES) or _PHONE.match(cells[1])):
        cells = [cells[0], "", cells[1]]  # "Label | tel:…": a label and a link
    label, detail, href = (cells + ["", ""])[:3]
    if href and _PHONE.match(href):
        raise ValueError(f"write “tel:{href}” to make {href} a number to call.")
    if href and not href.startswith(ALLOWED_SCHEMES):
        raise ValueError("links start with tel: (call), sms: (text) or https:// (a web page).")
    if href in ALLOWED_SCHEMES:
        raise ValueError(f"put the number or address after “{href}”.")
    written = ""
    if href.startswith(("tel:", "sms:")):
        written = " ".join(href.split(":", 1)[1].partition("?")[0].split())
    href = _dialable(href)
    if not detail and not href:
        raise ValueError(
            f"say how to reach “{label[:40]}”: a number, a link or what to do, e.g. "
            "“Crisis line | call any time | tel:116 123”."
        )
    for name, value, most in (("label", label, 80), ("detail", detail, 300), ("link", href, 200)):
        if len(value) > most:
            raise ValueError(f"keep the {name} to {most} characters.")
    row = {"label": label, "detail": detail, "href": href}
    if written and written != href.split(":", 1)[1].partition("?")[0]:
        row["written"] = written  # only where it differs from the dialled digits
    return row


def to_lines(practice: Any) -> str:
    return "\n".join(f"{r.label} | {r.detail} | {_as_written(r)}" for r in resources_for(practice))


def _as_written(resource: Resource) -> str:
    """The link as the admin wrote it, so the settings form shows their own spacing."""
    if not resource.written:
        return resource.href
    scheme, rest = resource.href.split(":", 1)
    _, sep, query = rest.partition("?")
    return f"{scheme}:{resource.written}{sep}{query}"
