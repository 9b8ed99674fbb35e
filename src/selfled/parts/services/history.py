"""Earlier versions of a part's details: what each save changed, from the kept revisions.

Every save keeps a sealed snapshot (PartRevision), so words that a later save replaced (two
tabs, two people) can still be read and copied back. The care team sees no detail the client
keeps private, in any version.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from selfled.parts.access import is_owner
from selfled.parts.models import Kind, Part, PartRevision

# the details in the order and words of the part's own page
LABELS = {
    "name": "Name",
    "kind": "Kind",
    "role": "What it does",
    "positive_intent": "What it hopes to do",
    "fears": "Its fears",
    "burdens": "What it carries",
    "body_location": "Where it is felt",
    "age": "How old it seems",
    "first_appeared": "First showed up",
    "description": "More",
}
MAX_VERSIONS = 100


@dataclass(frozen=True)
class Change:
    label: str
    before: str
    after: str


@dataclass(frozen=True)
class Version:
    version: int
    at: datetime
    who: str
    changes: list[Change]


def detail_history(part: Part, viewer: Any) -> tuple[list[Version], bool]:
    """The newest MAX_VERSIONS saves, newest first, each with what it changed (one query),
    and whether older ones exist."""
    hidden = set() if is_owner(viewer, part.client) else set(part.private_fields or [])
    fields = [f for f in LABELS if f not in hidden]
    rows = list(
        PartRevision.objects.filter(part=part)
        .select_related("saved_by")
        .order_by("-version")[: MAX_VERSIONS + 1]
    )
    rows.reverse()  # oldest first, to compare each with the one before
    versions = []
    before: dict[str, str] = {}
    for i, row in enumerate(rows):
        after = json.loads(row.data)
        if i > 0 or len(rows) <= MAX_VERSIONS:  # the extra oldest row is only a base
            changes = [
                Change(LABELS[f], _shown(f, before.get(f, "")), _shown(f, after.get(f, "")))
                for f in fields
                if before.get(f, "") != after.get(f, "")
            ]
            who = str(row.saved_by) if row.saved_by is not None else ""
            versions.append(Version(row.version, row.at, who, changes))
        before = after
    versions.reverse()
    return versions, len(rows) > MAX_VERSIONS


def _shown(field: str, value: str) -> str:
    if field == "kind" and value in Kind.values:
        return str(Kind(value).label)
    return value
