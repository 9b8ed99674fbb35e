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
    before_withheld: bool = False  # what it said before was private then: not shown


@dataclass(frozen=True)
class Version:
    version: int
    at: datetime
    who: str
    changes: list[Change]
    withheld: bool = False  # saved before privacy was kept per version: not shown to the team
    first: bool = False  # the part being added (version 1)


def detail_history(part: Part, viewer: Any) -> tuple[list[Version], bool]:
    """The newest MAX_VERSIONS saves, newest first, each with what it changed (one query),
    and whether older ones exist.

    The client sees every version. The care team sees no detail that is private now or was
    private in either of the two versions compared, no version saved while the whole part was
    private, and no words of a version saved before privacy was kept with each version.
    """
    owner = is_owner(viewer, part.client)
    private_now = set(part.private_fields or [])
    rows = list(
        PartRevision.objects.filter(part=part)
        .select_related("saved_by")
        .order_by("-version")[: MAX_VERSIONS + 1]
    )
    rows.reverse()  # oldest first, to compare each with the one before
    versions = []
    before: dict[str, Any] = {}
    for i, row in enumerate(rows):
        after = json.loads(row.data)
        if i > 0 or len(rows) <= MAX_VERSIONS:  # the extra oldest row is only a base
            version = _version(row, before, after, owner=owner, private_now=private_now)
            if version is not None:
                versions.append(version)
        before = after
    versions.reverse()
    return versions, len(rows) > MAX_VERSIONS


def _version(
    row: PartRevision,
    before: dict[str, Any],
    after: dict[str, Any],
    *,
    owner: bool,
    private_now: set[str],
) -> Version | None:
    who = str(row.saved_by) if row.saved_by is not None else ""
    hidden: set[str] = set()  # not shown at all
    kept_before: set[str] = set()  # shown as it is now, but not what it said before
    if not owner:
        if "_private" not in after:
            return Version(row.version, row.at, who, [], withheld=True, first=row.version == 1)
        if after["_private"]:
            return None  # the whole part was kept from the care team then
        hidden = private_now | set(after["_private_fields"])
        kept_before = set(before.get("_private_fields", []))
        if before and ("_private" not in before or before["_private"]):
            # saved while the whole part was private, or before privacy was kept per version
            kept_before = set(LABELS)  # what it said then was kept from the team, name and all
    changes = [
        Change(
            LABELS[f],
            "" if f in kept_before else _shown(f, before.get(f, "")),
            _shown(f, after.get(f, "")),
            before_withheld=f in kept_before,
        )
        for f in LABELS
        if f not in hidden and before.get(f, "") != after.get(f, "")
    ]
    return Version(row.version, row.at, who, changes, first=row.version == 1)


def _shown(field: str, value: str) -> str:
    if field == "kind" and value in Kind.values:
        return str(Kind(value).label)
    return value
