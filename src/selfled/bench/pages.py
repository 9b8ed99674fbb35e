"""The pages `selfled bench` knows: a stable name → (URL builder, persona).

To benchmark a new page, add one line to PAGES. The URL builder receives the fixtures looked
up by the setup subprocess (see FIXTURES in selfled.bench.sessions); if the page needs an id
that is not there yet, add one line to FIXTURES as well.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

Persona = Literal["anonymous", "client", "clinician", "admin"]
Fixtures = Mapping[str, str]
PERSONAS: tuple[Persona, ...] = ("anonymous", "client", "clinician", "admin")


@dataclass(frozen=True)
class Page:
    path: Callable[[Fixtures], str]
    persona: Persona


# The floor: a bare view behind the same server and middleware stack, no database.
FLOOR_NAME = "floor"
FLOOR = Page(lambda f: "/health/", "anonymous")

PAGES: dict[str, Page] = {
    "login": Page(lambda f: "/login/", "anonymous"),
    "client-home": Page(lambda f: "/me/", "client"),
    "clinician-home": Page(lambda f: "/clinician/", "clinician"),
    "client-detail": Page(lambda f: f"/clients/{f['clinician_client_id']}/", "clinician"),
    "practice-people": Page(lambda f: "/practice/", "admin"),
    "api-clients": Page(lambda f: "/api/clients", "clinician"),
    # The client persona's map holds 60 parts and 150 links (FIXTURES large_parts_client_id).
    "parts-map": Page(lambda f: "/parts/", "client"),
    "self-energy": Page(lambda f: "/self-energy/", "client"),
}


class UnknownPageError(ValueError):
    """A --pages name that is not in PAGES."""

    def __init__(self, unknown: Sequence[str], known: Sequence[str]) -> None:
        self.unknown = list(unknown)
        self.known = list(known)
        super().__init__(
            f"unknown page name(s): {', '.join(self.unknown)}; known pages: {', '.join(self.known)}"
        )


def select_pages(spec: str, registry: Mapping[str, Page] | None = None) -> list[str]:
    """Parse a comma-separated --pages value; empty means every page, in registry order."""
    registry = PAGES if registry is None else registry
    names = [name.strip() for name in spec.split(",") if name.strip()]
    if not names:
        return list(registry)
    unknown = [name for name in names if name not in registry]
    if unknown:
        raise UnknownPageError(unknown, list(registry))
    return list(dict.fromkeys(names))  # keep the caller's order, drop repeats
