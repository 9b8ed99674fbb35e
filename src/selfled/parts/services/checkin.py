"""The guided 6 F's check-in (CLINICAL.md §3): one step per screen, unblending, the exile rule.

Find → Focus → Flesh out → Feel toward → beFriend → Fear → done. "Feel toward" checks for
Self-energy: any reaction other than a Self quality means another part is blended, so it is
named, recorded and asked to step back; after two refusals the check-in pauses gently. An
exile is only approached when every protector around it has said yes (`approach`).

Answers live in the encrypted `Encounter.answers` as JSON, keyed by step. Every free-text
answer is declared in `TEXT_ANSWERS` and enters through `_texts`, the one place the language
analyzer will be wired later.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest
from django.utils import timezone

from selfled.audit.services import record
from selfled.care.models import Client
from selfled.care.scoping import visible_clients, writable_clients
from selfled.parts.access import is_owner, parts_for
from selfled.parts.models import (
    NAME_MAX,
    STATUS_ORDER,
    TEXT_MAX,
    Encounter,
    Kind,
    Outcome,
    Part,
    RelationKind,
    Status,
)
from selfled.parts.services.feelings import read_feelings
from selfled.parts.services.parts import (
    FIELD_LABELS,
    PartError,
    create_part,
    part_named,
    set_status,
    update_part,
)
from selfled.parts.services.relations import exile_access, record_permission, relate

STEPS: tuple[str, ...] = ("find", "focus", "flesh_out", "feel_toward", "befriend", "fear")
UNBLEND_NAME, UNBLEND_ASK, DONE, PAUSED = "unblend_name", "unblend_ask", "done", "paused"
# Where each screen sits on the "Step n of 6" indicator; the unblend screens belong to Feel toward.
PROGRESS = {**{s: i + 1 for i, s in enumerate(STEPS)}, UNBLEND_NAME: 4, UNBLEND_ASK: 4}
# Back goes one screen up the path; from unblending it returns to Feel toward.
BACK = {**{s: STEPS[i] for i, s in enumerate(STEPS[1:])}, DONE: "fear"}
BACK.update({UNBLEND_NAME: "feel_toward", UNBLEND_ASK: "feel_toward"})
MAX_UNBLEND_FAILURES = 2
# Parts that stepped back in one check-in before another still joins in: then the system is
# crowded today, and the check-in pauses as after two that would not step back.
MAX_UNBLEND_ROUNDS = 3

# Every free-text answer, by step. "name" (flesh_out) names a new part, so it is shorter.
TEXT_ANSWERS: dict[str, tuple[str, ...]] = {
    "find": ("what", "where"),
    "focus": ("notice",),
    "flesh_out": ("look", "age", "voice", "emotion", "belief", "name"),
    "feel_toward": ("words",),
    "befriend": ("job", "how_long", "trying", "appreciation"),
    "fear": ("fear",),
}
# Only something new needs a few words to begin with; a known part is already named.
REQUIRED = {"find": ("what",)}

SELF_QUALITIES: tuple[str, ...] = (
    *("curious", "compassionate", "calm", "open", "warm", "patient", "connected", "clear"),
    *("confident", "courageous"),
)


# Any of these at Feel toward means another part is blended (wording: forms_checkin).
REACTIONS: tuple[str, ...] = (
    *("annoyed", "afraid", "frustrated", "judgmental", "impatient", "numb", "overwhelmed"),
    *("wants_gone", "heavy_sad", "other"),
)
PERMISSION_ANSWERS = ("yes", "not_yet", "not_sure")

# Part details a completed check-in fills when they are empty: detail ← (step, answer).
FILLS: dict[str, tuple[str, str]] = {
    "body_location": ("find", "where"),
    "age": ("flesh_out", "age"),
    "role": ("befriend", "job"),
    "positive_intent": ("befriend", "trying"),
    "fears": ("fear", "fear"),
}
# An exile has no job: its beFriend answers say what it carries (CLINICAL.md §3, the 6 F's
# are protector work; an exile, once its protectors agree, is heard and its burden known).
EXILE_FILLS: dict[str, tuple[str, str]] = {
    "body_location": ("find", "where"),
    "age": ("flesh_out", "age"),
    "burdens": ("befriend", "job"),
    "fears": ("fear", "fear"),
}


def fills_for(part: Part | None) -> dict[str, tuple[str, str]]:
    """Which answer fills which detail of `part`."""
    return EXILE_FILLS if part is not None and part.kind == Kind.EXILE else FILLS


NEW_PART_KINDS = (Kind.MANAGER, Kind.FIREFIGHTER, Kind.UNKNOWN)


Handler = Callable[..., str]  # (encounter, answers, values, by=, request=) → the next step


class CheckinError(Exception):
    """A check-in rule was broken; `field` names the input to attach the message to."""

    def __init__(
        self, message: str, field: str | None = None, *, suggest: list[str] | None = None
    ) -> None:
        super().__init__(message)
        self.field = field
        self.suggest = suggest or []  # choices to offer ticked when the screen is shown again


class StepMoved(CheckinError):
    """The answer was for a screen the check-in has already left (another tab, a double tap)."""

    MESSAGE = "This check-in had already moved on, so here is where it is now."


def _audit(action: str, obj: Encounter | Client, by: Any, request: Any, detail: str = "") -> None:
    """One event per read or write; the detail names steps only, never what was written."""
    client = obj if isinstance(obj, Client) else obj.client
    record(
        action, actor=by, request=request, obj=obj, practice_id=client.practice_id, detail=detail
    )


# --- reading -------------------------------------------------------------------------------


def answers_of(encounter: Encounter) -> dict[str, Any]:
    data = json.loads(encounter.answers or "{}")
    return data if isinstance(data, dict) else {}


def _shown(viewer: Any, clients: QuerySet[Client]) -> QuerySet[Encounter]:
    """Check-ins of `clients`; the care team never sees one about a private part."""
    return (
        Encounter.objects.filter(client__in=clients)
        .filter(
            Q(client__user_id=getattr(viewer, "pk", None))
            | Q(part__isnull=True)
            | Q(part__private=False)
        )
        .select_related("part", "client__user", "client__practice")
    )


def encounters_for(viewer: Any) -> QuerySet[Encounter]:
    """Check-ins `viewer` may open: the client's own, or a care-team clinician's (never
    break-glass, which is read-only); the care team never sees one about a private part."""
    return _shown(viewer, writable_clients(viewer))


def readable_encounters(viewer: Any) -> QuerySet[Encounter]:
    """Check-ins `viewer` may read: as encounters_for(), and also under emergency (read-only)
    access, which may read a client's record but not answer for them."""
    return _shown(viewer, visible_clients(viewer))


def get_encounter(viewer: Any, encounter_id: Any) -> Encounter:
    encounter = encounters_for(viewer).filter(pk=encounter_id).first()
    if encounter is None:
        raise Http404("No such check-in")
    return encounter


def _visible(viewer: Any, client: Client, ids: list[str]) -> dict[str, Part]:
    return {str(p.pk): p for p in parts_for(viewer, client).filter(pk__in=ids)} if ids else {}


def _blend_candidates(enc: Encounter, viewer: Any) -> QuerySet[Part]:
    # Exiles are left out: naming one here would turn the check-in toward it.
    return parts_for(viewer, enc.client).exclude(kind=Kind.EXILE)


def protected_exiles(part: Part | None, viewer: Any) -> list[Part]:
    """Exiles this protector protects (as `viewer` may see them)."""
    if part is None or not part.is_protector:
        return []
    return list(
        parts_for(viewer, part.client)
        .filter(
            kind=Kind.EXILE,
            relations_in__source=part,
            relations_in__kind=RelationKind.PROTECTS,
        )
        .distinct()
    )


@dataclass(frozen=True)
class Reading:
    """What one screen of a check-in needs, as `viewer` may see it."""

    encounter: Encounter
    answers: dict[str, Any]
    blended: list[dict[str, Any]]  # parts that blended, with their answers
    about: Part | None = None  # the exile asked about and not approached
    exiles: list[Part] = field(default_factory=list)  # permission asked at Fear
    known: list[Part] = field(default_factory=list)  # parts to choose from when unblending
    fills: dict[str, str] = field(default_factory=dict)  # done: empty details to fill
    status: str | None = None  # done: the status it would move to
    heavy: bool = False  # done: an answer with crisis language, not copied into details


def hide_private_answers(answers: dict[str, Any], part: Part | None) -> None:
    """Drop (in place) the answers that describe a detail `part` keeps from the care team.
    Both maps are used: the part's kind may have changed since it was answered, and hiding a
    little more than needed is the safe side. No queries."""
    for detail in part.private_fields or [] if part is not None else []:
        for mapping in (FILLS, EXILE_FILLS):
            if detail in mapping:
                step, key = mapping[detail]
                given = answers.get(step)
                if isinstance(given, dict):
                    given.pop(key, None)


def visible_answers(encounter: Encounter, viewer: Any) -> dict[str, Any]:
    """The answers as `viewer` may see them (no audit event; read_checkin records one).

    For the care team, answers that describe a detail the client keeps private are left out,
    and so are private parts that blended in, a private exile asked about, and permissions
    about exiles they cannot see.
    """
    answers = answers_of(encounter)
    if is_owner(viewer, encounter.client):
        return answers
    hide_private_answers(answers, encounter.part)
    blended = answers.get("blended", [])
    if blended:
        shown = _visible(viewer, encounter.client, [str(b.get("part", "")) for b in blended])
        answers["blended"] = [b for b in blended if str(b.get("part", "")) in shown]
    about = (
        str(answers.get("about", {}).get("exile", ""))
        if isinstance(answers.get("about"), dict)
        else ""
    )
    if about and not _visible(viewer, encounter.client, [about]):
        answers.pop("about", None)
    fear = answers.get("fear", {})
    permissions = fear.get("permissions") if isinstance(fear, dict) else None
    if isinstance(permissions, dict) and permissions:
        shown = _visible(viewer, encounter.client, list(permissions))
        fear["permissions"] = {k: v for k, v in permissions.items() if k in shown}
    return answers


def read_checkin(
    *, encounter: Encounter, viewer: Any, request: HttpRequest | None = None, audit: bool = True
) -> Reading:
    """Load what the current screen shows. Side effect: an audit event (checkin.view), unless
    `audit` is False because the same request records its own write."""
    enc, answers = encounter, visible_answers(encounter, viewer)
    blended = answers.get("blended", [])
    about_id = _uuid(str(answers.get("about", {}).get("exile", "")))
    about = parts_for(viewer, enc.client).filter(pk=about_id).first() if about_id else None
    ended = enc.outcome != Outcome.IN_PROGRESS
    extra: dict[str, Any] = {}
    if enc.step in ("fear", DONE) or ended:
        extra["exiles"] = protected_exiles(enc.part, viewer)
    if enc.step == UNBLEND_NAME and not ended:
        extra["known"] = sorted(
            (p for p in _blend_candidates(enc, viewer) if p.pk != enc.part_id),
            key=lambda p: str(p.name).casefold(),
        )
    if enc.step == DONE and not ended:
        heavy = heavy_steps(enc)
        extra["fills"] = fills(enc.part, answers, viewer, skip=heavy)
        extra["status"] = moves_status(enc.part, answers)
        extra["heavy"] = bool(heavy)
    if audit:
        _audit("checkin.view", enc, viewer, request, enc.step)
    return Reading(enc, answers, blended, about, **extra)


# --- the exile rule ------------------------------------------------------------------------


@dataclass(frozen=True)
class Approach:
    part: Part | None  # the part to check in with; None: notice a part that is new
    exile: Part | None = None  # an exile asked about but not approached (yet)
    reason: str = ""  # "waiting": redirected to its protector; "cautious": notice who guards it


def approach(*, part: Part | None, viewer: Any) -> Approach:
    """Never lead toward an exile unless every protector around it has given permission.

    Without permission the check-in stays with a protector: the first one still waiting (that
    `viewer` may see), or, when none is known, a new part that feels cautious about going
    toward the exile. Reads only.
    """
    if part is None or part.kind != Kind.EXILE:
        return Approach(part)
    allowed, waiting = still_waiting(part, owner=is_owner(viewer, part.client))
    if allowed:
        return Approach(part)
    if waiting:
        return Approach(waiting[0], part, "waiting")
    return Approach(None, part, "cautious")


def still_waiting(exile: Part, *, owner: bool) -> tuple[bool, list[Part]]:
    """Whether `exile` may be approached now, and the protectors around it that have not said
    yes yet (the earliest known first); the care team (`owner` False) is not shown private
    ones. Reads only."""
    access = exile_access(exile)
    if access.allowed:
        return True, []
    waiting = sorted(
        (p for p in access.waiting if owner or not p.private), key=lambda p: p.created_at
    )
    return False, waiting


# Steps of the arc that are work with an exile itself, past its protectors' permission.
WITH_THE_EXILE = (Status.WITNESSED, Status.UNBURDENED, Status.NEW_ROLE)


def unheard_protectors(part: Part, status: str, *, owner: bool) -> list[Part]:
    """The protectors still to say yes, when an exile is marked as being worked with itself
    (witnessed, unburdened, a new role): the client may mark it so, and is told. Reads only."""
    if part.kind != Kind.EXILE or status not in WITH_THE_EXILE:
        return []
    return still_waiting(part, owner=owner)[1]


# --- starting ------------------------------------------------------------------------------


@dataclass(frozen=True)
class StartChoices:
    parts: list[Part]
    in_progress: list[Encounter]


def start_choices(
    *, client: Client, viewer: Any, request: HttpRequest | None = None
) -> StartChoices:
    """The parts a check-in can be about, and check-ins to continue. Side effect: an audit
    event (checkin.choose)."""
    parts = sorted(parts_for(viewer, client), key=lambda p: str(p.name).casefold())
    open_ones = encounters_for(viewer).filter(client=client, outcome=Outcome.IN_PROGRESS)
    # a check-in begun in session goes on in session, and one the client began alone stays
    # theirs: each list shows only its own kind
    open_ones = open_ones.filter(with_clinician=not is_owner(viewer, client))
    open_ones = open_ones.order_by("-created_at")[:5]
    _audit("checkin.choose", client, viewer, request)
    return StartChoices(parts, list(open_ones))


def start_checkin(
    *, client: Client, by: Any, part: Part | None, request: HttpRequest | None = None
) -> Encounter:
    """Start a check-in about `part` (None: something new), following the exile rule. An
    unfinished check-in about the same part, begun the same way by the same person, is taken
    up again rather than a second one begun (a second tap, or "Check in with" from its page).

    Side effects: an in-progress Encounter (with_clinician when `by` is not the client), an
    audit event (checkin.start, or checkin.resume: the encounter returned then has `resumed`
    set).
    """
    if not writable_clients(by).filter(pk=client.pk).exists():
        raise CheckinError("You cannot start a check-in for this person.")
    owner = is_owner(by, client)
    if part is not None and (
        part.client_id != client.pk
        or part.removed_at
        or part.merged_into_id
        or (part.private and not owner)
    ):
        raise CheckinError("Choose one of the parts listed.", "part")
    plan = approach(part=part, viewer=by)
    if plan.part is not None and plan.exile is None:
        unfinished = (
            Encounter.objects.filter(
                client=client,
                part=plan.part,
                started_by=by,
                with_clinician=not owner,
                outcome=Outcome.IN_PROGRESS,
            )
            .order_by("-created_at")
            .first()
        )
        if unfinished is not None:
            _audit("checkin.resume", unfinished, by, request, "part")
            unfinished.resumed = True  # type: ignore[attr-defined]
            return unfinished
    answers: dict[str, Any] = {}
    if plan.exile is not None:
        answers["about"] = {"exile": str(plan.exile.pk), "reason": plan.reason}
    with transaction.atomic():
        encounter = Encounter(
            client=client,
            part=plan.part,
            started_by=by,
            with_clinician=not owner,
            step=STEPS[0],
            answers=json.dumps(answers),
        )
        encounter.save()
        _audit("checkin.start", encounter, by, request, plan.reason or ("part" if part else "new"))
    return encounter


# --- answering -----------------------------------------------------------------------------


#: The most of an unfinished answer kept when going back (ten times the longest answer).
DRAFT_MAX = 10 * TEXT_MAX


def _texts(step: str, values: dict[str, Any], *, new_part: bool) -> dict[str, str]:
    """Validate this step's free-text answers (the only way they come in)."""
    cleaned: dict[str, str] = {}
    for key in TEXT_ANSWERS[step]:
        if key == "name" and not new_part:
            continue
        text = str(values.get(key) or "").strip()
        limit = NAME_MAX if key == "name" else TEXT_MAX
        if len(text) > limit:
            raise CheckinError(
                f"Please keep this to {limit:,} characters or fewer — it has {len(text):,} now.",
                key,
            )
        if not text and new_part and key in REQUIRED.get(step, ()):
            raise CheckinError("Write a few words about what you notice — anything is fine.", key)
        cleaned[key] = text
    return cleaned


def _uuid(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(value)
    except ValueError:
        return None


def _feel_toward(enc: Encounter, answers: dict[str, Any], values: dict[str, Any], **_: Any) -> str:
    raw = values.get("chips") or []
    if not isinstance(raw, list | tuple):
        raise CheckinError("Choose from the words shown.", "chips")
    chips = [str(c) for c in raw]
    unknown = [c for c in chips if c not in SELF_QUALITIES and c not in REACTIONS]
    if unknown:
        raise CheckinError("Choose from the words shown.", "chips")
    texts = _texts("feel_toward", values, new_part=False)
    reading = read_feelings(str(texts.get("words") or ""))
    # The words are always read for reactions (a part blended in): ticking "curious" and
    # writing "but I'm terrified of it" is not Self-energy. Self qualities are never concluded
    # from words alone: the person is asked to tick them.
    named = [r for r in reading.reactions if r != "other" or not chips]
    if not chips and not named:
        if reading.qualities:
            words = ", ".join(reading.qualities)
            raise CheckinError(
                f"Your words sound like: {words}. That is ticked below now: press Continue if "
                "it fits how you feel toward this part, or change what is ticked.",
                "chips",
                suggest=reading.qualities,
            )
        raise CheckinError(
            "Choose a word, or say it in your own words — whichever feels closest.", "chips"
        )
    from_words = [r for r in named if r not in chips]
    chips = [*chips, *from_words]
    answers["feel_toward"] = {**texts, "chips": chips}
    if from_words:
        answers["feel_toward"]["from_words"] = from_words
    # the person's own word for what joined in ("furious", not "annoyed"), for the next screens
    said = {c: w for c, w in reading.said.items() if c in from_words}
    if said:
        answers["blending_said"] = said
    else:
        answers.pop("blending_said", None)
    others = [r for r in REACTIONS if r in chips]
    enc.self_energy = not others
    if not others:
        return "befriend"
    answers["blending"] = others
    if len(answers.get("blended", [])) >= MAX_UNBLEND_ROUNDS:
        answers["paused_because"] = "crowded"
        return PAUSED
    return UNBLEND_NAME


def _unblend_name(
    enc: Encounter, answers: dict[str, Any], values: dict[str, Any], by: Any, request: Any
) -> str:
    existing = str(values.get("existing") or "")
    if existing:
        chosen = _uuid(existing)
        part = _blend_candidates(enc, by).filter(pk=chosen).first() if chosen else None
        if part is None or part.pk == enc.part_id:
            raise CheckinError(
                "Choose one of the parts listed, or give this one a name.", "existing"
            )
    else:
        name = str(values.get("name") or "").strip()
        # a name already on the map is that part, met again (no second one)
        same = part_named(enc.client, by, name) if name else None
        try:
            part = same or create_part(
                client=enc.client,
                by=by,
                values={"name": name, "kind": Kind.UNKNOWN},
                request=request,
            )
        except PartError as exc:
            raise CheckinError(str(exc), "name") from exc
        if part.pk == enc.part_id:
            raise CheckinError(
                "That is the part this check-in is about; give the one that joined in its own "
                "name.",
                "name",
            )
    entry = {
        "part": str(part.pk),
        "name": str(part.name),
        "reactions": answers.get("blending", []),
        "stepped_back": None,
    }
    if answers.get("blending_said"):
        entry["said"] = answers["blending_said"]
    answers.setdefault("blended", []).append(entry)
    return UNBLEND_ASK


def _unblend_ask(enc: Encounter, answers: dict[str, Any], values: dict[str, Any], **_: Any) -> str:
    answer = values.get("stepped_back")
    if answer not in ("yes", "no"):
        raise CheckinError("Choose one — either answer is okay.", "stepped_back")
    answers["blended"][-1]["stepped_back"] = answer == "yes"
    # Feel toward is asked afresh: the reaction just named belongs to the part that was asked
    # to step back, so it is no longer ticked, and the words written with it are kept with
    # that part's entry rather than offered again as the new answer (the Self qualities stay).
    before = answers.get("feel_toward")
    if isinstance(before, dict):
        before["chips"] = [c for c in before.get("chips", []) if c not in REACTIONS]
        before.pop("from_words", None)
        words = str(before.pop("words", "") or "").strip()
        if words:
            answers["blended"][-1]["words"] = words
    if answer == "yes":
        return "feel_toward"
    enc.unblend_attempts += 1
    return PAUSED if enc.unblend_attempts >= MAX_UNBLEND_FAILURES else "feel_toward"


def _fear(
    enc: Encounter, answers: dict[str, Any], values: dict[str, Any], by: Any, request: Any
) -> str:
    texts = _texts("fear", values, new_part=False)
    exiles = protected_exiles(enc.part, by)
    given = values.get("permissions") or {}
    if not isinstance(given, dict):
        raise CheckinError("Choose one answer — “not sure” is fine.", "permissions")
    permissions = {str(e.pk): given.get(str(e.pk)) for e in exiles}
    for exile in exiles:
        if permissions[str(exile.pk)] not in PERMISSION_ANSWERS:
            raise CheckinError("Choose one answer — “not sure” is fine.", f"permission_{exile.pk}")
    for exile in exiles:
        record_permission(
            protector=exile_protector(enc),
            exile=exile,
            granted=permissions[str(exile.pk)] == "yes",
            by=by,
            source="check-in",
            request=request,
            answer=str(permissions[str(exile.pk)]),
        )
    answers["fear"] = {**texts, "permissions": permissions}
    return DONE


def exile_protector(enc: Encounter) -> Part:
    if enc.part is None:  # protected_exiles() is empty without a part
        raise CheckinError("This check-in is not about a protector.")
    return enc.part


def _text_step(step: str) -> Handler:
    def handler(enc: Encounter, answers: dict[str, Any], values: dict[str, Any], **_: Any) -> str:
        answers[step] = _texts(step, values, new_part=enc.part_id is None)
        return STEPS[STEPS.index(step) + 1]

    return handler


HANDLERS: dict[str, Handler] = {
    "find": _text_step("find"),
    "focus": _text_step("focus"),
    "flesh_out": _text_step("flesh_out"),
    "feel_toward": _feel_toward,
    UNBLEND_NAME: _unblend_name,
    UNBLEND_ASK: _unblend_ask,
    "befriend": _text_step("befriend"),
    "fear": _fear,
}


def _locked(encounter: Encounter, step: str) -> Encounter:
    enc = (
        Encounter.objects.select_for_update(of=("self",))
        .select_related("part", "client__user", "client__practice")
        .get(pk=encounter.pk)
    )
    if enc.outcome != Outcome.IN_PROGRESS:
        raise StepMoved("This check-in has ended.")
    if enc.step != step:
        raise StepMoved(StepMoved.MESSAGE)
    return enc


def answer_step(
    *,
    encounter: Encounter,
    by: Any,
    step: str,
    values: dict[str, Any],
    request: HttpRequest | None = None,
) -> Encounter:
    """Answer the screen the check-in is on (`step` must match it) and move to the next.

    Nothing is written when an answer is refused. Side effects: the encounter's answers, step,
    Self-energy and unblend count; with_clinician when a clinician answers; an audit event
    (checkin.step). Unblending creates the blended part (create_part); Fear records each
    protector's permission (record_permission); the second failed unblending pauses the
    check-in, as does an exile losing its permission midway. On the done screen it completes.
    """
    if step == DONE:
        return complete_checkin(
            encounter=encounter, by=by, values=values, request=request
        ).encounter
    if step not in HANDLERS:
        raise StepMoved(StepMoved.MESSAGE)
    with transaction.atomic():
        enc = _locked(encounter, step)
        answers = answers_of(enc)
        if (
            enc.part is not None
            and enc.part.kind == Kind.EXILE
            and not exile_access(enc.part).allowed
        ):
            answers["paused_because"] = "permission"
            next_step = PAUSED
        else:
            next_step = HANDLERS[step](enc, answers, values, by=by, request=request)
        if next_step == PAUSED:
            _pause(enc, answers, by, request)
        enc.step = next_step
        enc.with_clinician = enc.with_clinician or not is_owner(by, enc.client)
        enc.answers = json.dumps(answers)
        enc.save()
        _audit("checkin.step", enc, by, request, f"{step} -> {next_step}")
    enc.crisis = _analyze_step(enc, step, values, by, request)  # type: ignore[attr-defined]
    return enc


def _analyze_step(enc: Encounter, step: str, values: dict[str, Any], by: Any, request: Any) -> bool:
    """Run the language analyzer over the client's own free-text answers of this step."""
    if not is_owner(by, enc.client):
        return False
    from selfled.insight.services import analyze_text

    outcome = analyze_text(
        client=enc.client,
        text="",
        answers=[str(values.get(key) or "").strip() for key in TEXT_ANSWERS.get(step, ())],
        source_type="parts.encounter",
        source_id=f"{enc.pk}:{step}",
        by=by,
        request=request,
        about_part=enc.part,  # the check-in is already about it: never "link it to" itself
        # before the check-in names its part (its first three steps), the words describe that
        # part: the check-in itself adds it (offering "add it" too invited a duplicate)
        new_parts=enc.part is not None or step not in ("find", "focus", "flesh_out"),
    )
    return outcome.crisis


def _pause(
    enc: Encounter, answers: dict[str, Any], by: Any, request: Any, *, name: str | None = None
) -> None:
    """End gently and keep everything; a new part that was already named is kept too."""
    enc.outcome = Outcome.PAUSED
    enc.completed_at = timezone.now()
    if name is None:
        name = answers.get("flesh_out", {}).get("name", "")
    if enc.part is None and name:
        enc.part = part_named(enc.client, by, name) or create_part(
            client=enc.client, by=by, values={"name": name, "kind": Kind.UNKNOWN}, request=request
        )


def go_back(
    *,
    encounter: Encounter,
    by: Any,
    step: str,
    request: HttpRequest | None = None,
    draft: dict[str, Any] | None = None,
) -> Encounter:
    """Return to the previous screen; every answer stays, and so does what was typed on this
    screen before going back (``draft``: its written answers, kept unchecked within the length
    limits and read for crisis language like any answer). Side effects: the encounter's step
    and answers, an audit event (checkin.back)."""
    if step not in BACK:
        raise StepMoved("There is no earlier step to go back to.")
    with transaction.atomic():
        enc = _locked(encounter, step)
        kept = _keep_draft(enc, step, draft)
        enc.step = BACK[step]
        enc.save(update_fields=["step", "answers"])
        _audit("checkin.back", enc, by, request, f"{step} -> {enc.step}")
    enc.crisis = _analyze_step(enc, step, kept, by, request) if kept else False  # type: ignore[attr-defined]
    return enc


def _keep_draft(enc: Encounter, step: str, draft: dict[str, Any] | None) -> dict[str, str]:
    """Put what was typed on this screen, unanswered, into the answers (not saved here), and
    at Feel toward the words ticked there. Returns the written text kept (for crisis reading).
    """
    kept: dict[str, str] = {}
    # the unblending screen's name box is written text too (its answer is stored elsewhere)
    for key in TEXT_ANSWERS.get(step, ("name",) if step == UNBLEND_NAME else ()):
        if draft and key in draft:
            # kept whole, not cut to the field's limit: the step checks the length when
            # it is answered again and says so, with the text still there
            kept[key] = _last(draft[key]).strip()[:DRAFT_MAX]
    chips = _draft_chips(draft) if step == "feel_toward" else None
    if kept or chips is not None:
        answers = answers_of(enc)
        answers[step] = {**answers.get(step, {}), **kept}
        if chips is not None:
            answers[step]["chips"] = chips
            answers[step].pop("from_words", None)  # only an answer reads words into ticks
        enc.answers = json.dumps(answers)
    return kept


def _last(value: Any) -> str:
    """A form value as text: the last of several, as a form field would take it."""
    if isinstance(value, list | tuple):
        value = value[-1] if value else ""
    return str(value or "")


def _listed(value: Any) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list | tuple) else [str(value)]


def _draft_chips(draft: dict[str, Any] | None) -> list[str] | None:
    """The Feel toward words ticked on the screen (only the words offered there), or None
    when the draft does not come from that screen. The page sends "qualities" and
    "reactions" (nothing at all when none is ticked, but always its "words" box); the API
    sends "chips" as an answer would."""
    if not draft:
        return None
    if "chips" in draft:
        ticked = _listed(draft["chips"])
    elif any(key in draft for key in ("qualities", "reactions", "words")):
        ticked = [*_listed(draft.get("qualities")), *_listed(draft.get("reactions"))]
    else:
        return None
    return [c for c in dict.fromkeys(ticked) if c in SELF_QUALITIES or c in REACTIONS]


def stop(
    *,
    encounter: Encounter,
    by: Any,
    step: str,
    request: HttpRequest | None = None,
    draft: dict[str, Any] | None = None,
) -> Encounter:
    """End the check-in here, by choice. Everything answered, and what was typed on this
    screen, stays with it (read for crisis language like any answer); a new part already
    named is kept. Side effects: the encounter ends as paused, an audit event (checkin.stop)."""
    with transaction.atomic():
        enc = _locked(encounter, step)
        # only a name given with Continue names a new part; one typed and left is kept as text
        answered_name = answers_of(enc).get("flesh_out", {}).get("name", "")
        kept = _keep_draft(enc, step, draft)
        answers = answers_of(enc)
        answers["paused_because"] = "stopped"
        answers["stopped_by"] = "client" if is_owner(by, enc.client) else "clinician"
        _pause(enc, answers, by, request, name=answered_name)
        enc.answers = json.dumps(answers)
        enc.save()
        _audit("checkin.stop", enc, by, request, f"stopped at {step}")
    enc.crisis = _analyze_step(enc, step, kept, by, request) if kept else False  # type: ignore[attr-defined]
    return enc


# --- completing ----------------------------------------------------------------------------


def status_target(answers: dict[str, Any]) -> str:
    """At least "getting to know"; "befriended" once appreciation was offered at beFriend;
    "gave permission" when the part said yes, at Fear, to going toward each exile it was asked
    about (a yes for one and a not-yet for another is not yet permission)."""
    permissions = (answers.get("fear") or {}).get("permissions") or {}
    if isinstance(permissions, dict) and permissions and set(permissions.values()) == {"yes"}:
        return Status.GAVE_PERMISSION
    if answers.get("befriend", {}).get("appreciation"):
        return Status.BEFRIENDED
    return Status.GETTING_TO_KNOW


def moves_status(part: Part | None, answers: dict[str, Any]) -> str | None:
    """The status a completed check-in moves the part to, or None (never backwards)."""
    target = status_target(answers)
    current = part.status if part is not None else Status.NOTICED
    return target if STATUS_ORDER.index(current) < STATUS_ORDER.index(target) else None


def heavy_steps(encounter: Encounter) -> frozenset[str]:
    """The steps of a check-in whose answers were read as crisis language when saved."""
    from selfled.insight.models import TextInsight

    ids = TextInsight.objects.filter(
        client_id=encounter.client_id,
        source_type="parts.encounter",
        source_id__startswith=f"{encounter.pk}:",
        crisis=True,
    ).values_list("source_id", flat=True)
    return frozenset(source_id.partition(":")[2] for source_id in ids)


def fills(
    part: Part | None, answers: dict[str, Any], viewer: Any, *, skip: frozenset[str] = frozenset()
) -> dict[str, str]:
    """Details the answers would fill: only empty ones, and never a detail the client keeps
    private from the care team when a clinician saves. Answers of the steps in `skip` (those
    with crisis language, heavy_steps) stay with the check-in: they are not copied into the
    part's lasting details."""
    hidden = set()
    if part is not None and not is_owner(viewer, part.client):
        hidden = set(part.private_fields or [])
    out = {}
    for detail, (step, key) in fills_for(part).items():
        if step in skip:
            continue
        value = answers.get(step, {}).get(key, "")
        current = getattr(part, detail) if part is not None else ""
        if value and not current and detail not in hidden:
            out[detail] = value
    return out


@dataclass(frozen=True)
class Completion:
    encounter: Encounter
    part: Part
    created: bool
    filled: list[str] = field(default_factory=list)  # labels of the details filled
    status: str | None = None  # the status moved to


def complete_checkin(
    *, encounter: Encounter, by: Any, values: dict[str, Any], request: HttpRequest | None = None
) -> Completion:
    """Save a check-in from the done screen: a dated record on the part.

    `values`: copy_details and advance_status (booleans); for something new also name and
    kind (manager, firefighter or not sure yet). Side effects: for something new, the Part
    (create_part; with a protects link to the exile it was cautious about when it is a
    protector); otherwise its empty details filled (update_part). The status moved forward
    when asked (set_status); the encounter completed; an audit event (checkin.complete).
    """
    with transaction.atomic():
        enc = _locked(encounter, DONE)
        answers = answers_of(enc)
        part, created = enc.part, enc.part is None
        # Something new is made from its answers; a known part only when the person asks.
        wanted = created or values.get("copy_details")
        filled = fills(part, answers, by, skip=heavy_steps(enc)) if wanted else {}
        if part is None:
            part = _create_new(enc, answers, values, filled, by, request)
        elif filled:
            update_part(part=part, by=by, values=filled, base_version=part.version, request=request)
        moved = moves_status(part, answers) if values.get("advance_status") else None
        if moved:
            set_status(part=part, status=moved, by=by, request=request)
        answers["saved"] = {"filled": list(filled), "status": moved or "", "created": created}
        enc.part = part
        enc.outcome = Outcome.COMPLETED
        enc.completed_at = timezone.now()
        enc.with_clinician = enc.with_clinician or not is_owner(by, enc.client)
        enc.answers = json.dumps(answers)
        enc.save()
        _audit("checkin.complete", enc, by, request, "new part" if created else "part")
    return Completion(enc, part, created, [FIELD_LABELS[k] for k in filled], moved)


def _create_new(
    enc: Encounter,
    answers: dict[str, Any],
    values: dict[str, Any],
    details: dict[str, str],
    by: Any,
    request: Any,
) -> Part:
    name = str(values.get("name") or "").strip()
    kind = str(values.get("kind") or Kind.UNKNOWN)
    if kind not in NEW_PART_KINDS:
        raise CheckinError("Choose manager, firefighter or not sure yet.", "kind")
    try:
        part = create_part(
            client=enc.client,
            by=by,
            values={**details, "name": name, "kind": kind},
            request=request,
        )
    except PartError as exc:
        raise CheckinError(str(exc), exc.field if exc.field in ("name", "kind") else None) from exc
    about = answers.get("about", {})
    if about.get("reason") == "cautious" and part.is_protector:
        exile = parts_for(by, enc.client).filter(pk=about.get("exile"), kind=Kind.EXILE).first()
        if exile is not None:
            relate(source=part, target=exile, kind=RelationKind.PROTECTS, by=by, request=request)
    return part
