"""The check-in's questions: one form per screen, in plain second-person words.

Forms only collect what was typed (and keep it on errors); every rule — lengths, required
answers, what comes next — is checked by `services.checkin`, whose errors are shown inline.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django import forms

from selfled.insight.services import noticed_in
from selfled.lib.insight import analyze
from selfled.lib.insight.model import CRISIS
from selfled.parts.models import NAME_MAX, TEXT_MAX, Encounter, Kind, Outcome, Part, Status
from selfled.parts.services import checkin
from selfled.parts.services.checkin import Reading
from selfled.parts.services.parts import FIELD_LABELS

# step → [(answer key, question, help)]; "{part}" is the part's name (or "this part").
QUESTIONS: dict[str, list[tuple[str, str, str]]] = {
    "find": [
        ("what", "What's here right now?", "A feeling, a thought, a sensation, an urge."),
        ("where", "Where do you notice it, in or around your body?", "Anywhere is fine."),
    ],
    "focus": [
        ("notice", "What do you notice as you stay with {part}?", "Even “not much” counts."),
    ],
    "flesh_out": [
        ("look", "If {part} had an image or a shape, what would it look like?", ""),
        ("age", "How old does it seem?", ""),
        ("voice", "Does it have a voice? What does it say?", ""),
        ("emotion", "What feeling does it carry?", ""),
        ("belief", "What does it believe?", ""),
        ("name", "What would you like to call it, for now?", "You can change it later."),
    ],
    "feel_toward": [("words", "In your own words", "Optional if you chose a word above.")],
    "befriend": [
        ("job", "What is {part}'s job? What does it do for you?", ""),
        ("how_long", "How long has it been doing this?", ""),
        ("trying", "What does it hope to bring about, or keep from happening, by doing it?", ""),
        (
            "appreciation",
            "Is there a line of thanks you'd like to offer it?",
            "For example: “Thank you for working so hard.” Only if it feels true.",
        ),
    ],
    "fear": [
        ("fear", "What is {part} afraid would happen if it stopped doing its job?", ""),
    ],
}
# With an exile (once its protectors agree) the last two steps hear it rather than ask for
# a job: what it carries, what it needs, what it is afraid of. Same keys, other questions.
EXILE_QUESTIONS: dict[str, list[tuple[str, str, str]]] = {
    "befriend": [
        (
            "job",
            "What is {part} carrying? A feeling or a belief it took on.",
            "For example: “I'm too much”, or a loneliness it has held a long time.",
        ),
        ("how_long", "How long has it been carrying this?", ""),
        ("trying", "What does it want you to know, or need from you?", ""),
        (
            "appreciation",
            "Is there something you'd like to say to it?",
            "For example: “I see you. I'm here now.” Only if it feels true.",
        ),
    ],
    "fear": [("fear", "What is {part} afraid of?", "")],
}


def questions(step: str, part: Part | None) -> list[tuple[str, str, str]]:
    """The questions of one step, for the part the check-in is with."""
    if part is not None and part.kind == Kind.EXILE and step in EXILE_QUESTIONS:
        return EXILE_QUESTIONS[step]
    return QUESTIONS.get(step, [])


STEP_TITLES = {
    "find": "Find",
    "focus": "Focus",
    "flesh_out": "Flesh out",
    "feel_toward": "Feel toward",
    "befriend": "beFriend",
    "fear": "Fear",
    checkin.DONE: "what you found",
    checkin.UNBLEND_NAME: "Feel toward",
    checkin.UNBLEND_ASK: "Feel toward",
}
# Other reactions at Feel toward: chip label, "another part is here — one that …", a name.
REACTION_WORDS: dict[str, tuple[str, str, str]] = {
    "annoyed": ("annoyed", "feels annoyed", "the annoyed part"),
    "afraid": ("afraid", "feels afraid", "the afraid part"),
    "frustrated": ("frustrated", "feels frustrated", "the frustrated part"),
    "judgmental": ("judgmental", "feels judgmental", "the judging part"),
    "impatient": ("impatient", "feels impatient", "the impatient part"),
    "numb": ("numb", "feels numb", "the numb part"),
    "overwhelmed": ("overwhelmed", "feels overwhelmed", "the overwhelmed part"),
    "wants_gone": ("wanting it gone", "wants it gone", "the part that wants it gone"),
    "heavy_sad": ("sad for it in a heavy way", "feels a heavy sadness", "the heavy part"),
    "other": ("something else", "has feelings of its own about this", "the part that's here too"),
}


NOTHING_WORDS = frozenset({"nothing", "nothing at all", "none", "not anything"})


def reaction_words(key: str, said: dict[str, str] | None = None) -> tuple[str, str, str]:
    """(label, "feels …", a name) for a reaction, in the person's own word when they typed
    one ("furious": "feels furious", "the furious part"), else the check-in's own."""
    word = (said or {}).get(key)
    if word in NOTHING_WORDS:  # "I feel nothing toward it": not "the nothing part"
        return word, "feels nothing", "the part that feels nothing"
    if word:
        return word, f"feels {word}", f"the {word} part"
    return REACTION_WORDS.get(key, REACTION_WORDS["other"])


PERMISSION_CHOICES = [("yes", "Yes"), ("not_yet", "Not yet"), ("not_sure", "Not sure")]
STEPPED_BACK_CHOICES = [("yes", "Yes, a little"), ("no", "Not right now")]


def part_name(reading: Reading) -> str:
    """The part's name; for something new, the name given at Flesh out, once there is one."""
    part = reading.encounter.part
    if part is not None:
        return str(part.name)
    given = reading.answers.get("flesh_out")
    named = " ".join(str(given.get("name") or "").split()) if isinstance(given, dict) else ""
    return named or "this part"


def _textarea(
    label: str, help_text: str, *, rows: int = 3, most: int = TEXT_MAX
) -> forms.CharField:
    # No max_length: the browser would cut pasted text silently; the service says how long,
    # and the help text says it before anyone runs into it.
    limit = f"Up to {most:,} characters."
    return forms.CharField(
        label=label,
        help_text=f"{help_text} {limit}" if help_text else limit,
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": rows}),
    )


class StepForm(forms.Form):
    """The questions of one screen, prefilled with what was answered before."""

    def __init__(self, reading: Reading, *args: Any, **kwargs: Any) -> None:
        step = reading.encounter.step
        kwargs.setdefault("initial", reading.answers.get(step, {}))
        super().__init__(*args, **kwargs)
        name = part_name(reading)
        for key, label, help_text in questions(step, reading.encounter.part):
            if key == "name" and reading.encounter.part_id is not None:
                continue
            most = NAME_MAX if key == "name" else TEXT_MAX
            self.fields[key] = _textarea(label.format(part=name), help_text, most=most)
        if step == "find":
            self.fields["where"].widget.attrs["rows"] = 2
            if reading.encounter.part_id is not None:  # only something new needs words here
                self.fields["what"].help_text = "Optional. " + str(self.fields["what"].help_text)
        if "name" in self.fields:
            self.fields["name"].widget = forms.TextInput()

    def values(self) -> dict[str, Any]:
        return dict(self.cleaned_data)


class FeelTowardForm(StepForm):
    qualities = forms.MultipleChoiceField(
        label="Open-hearted",
        required=False,
        choices=[(q, q) for q in checkin.SELF_QUALITIES],
        widget=forms.CheckboxSelectMultiple,
    )
    reactions = forms.MultipleChoiceField(
        label="Other reactions",
        required=False,
        choices=[(r, REACTION_WORDS[r][0]) for r in checkin.REACTIONS],
        widget=forms.CheckboxSelectMultiple,
    )
    field_order = ["qualities", "reactions", "words"]

    def __init__(self, reading: Reading, *args: Any, **kwargs: Any) -> None:
        before = reading.answers.get("feel_toward", {})
        chips = before.get("chips", [])
        kwargs.setdefault(
            "initial",
            {
                "words": before.get("words", ""),
                "qualities": [c for c in chips if c in checkin.SELF_QUALITIES],
                "reactions": [c for c in chips if c in checkin.REACTIONS],
            },
        )
        super().__init__(reading, *args, **kwargs)
        self.order_fields(self.field_order)

    def values(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {"chips": [*data["qualities"], *data["reactions"]], "words": data["words"]}


class UnblendNameForm(StepForm):
    name = forms.CharField(label="What would you like to call it?", required=False)
    existing = forms.ChoiceField(label="Or is it a part you already know?", required=False)

    def __init__(self, reading: Reading, *args: Any, **kwargs: Any) -> None:
        reactions = reading.answers.get("blending", [])
        said = reading.answers.get("blending_said") or {}
        first = reaction_words(reactions[0] if reactions else "other", said)
        again = [b for b in reading.blended if set(b["reactions"]) & set(reactions)]
        # One answer chosen for them, never two: the part met before, or a suggested name.
        initial = {
            "name": "" if again else first[2],
            "existing": again[-1]["part"] if again else "",
        }
        self.suggested = first[2]
        kwargs.setdefault("initial", initial)
        super().__init__(reading, *args, **kwargs)
        choices = [("", "No — it's new to me")] + [(str(p.pk), str(p.name)) for p in reading.known]
        self.fields["existing"].choices = choices  # type: ignore[attr-defined]
        self.fields[
            "name"
        ].help_text = (
            f"A name in your own words; a plain description is fine (up to {NAME_MAX} characters)."
        )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        name = " ".join(str(data.get("name") or "").split())
        existing = data.get("existing")
        known = dict(self.fields["existing"].choices).get(existing, "that part")  # type: ignore[attr-defined]
        # the suggested name left as it was, or the chosen part's own name, is no conflict
        if (
            existing
            and name
            and name.casefold() not in {self.suggested.casefold(), known.casefold()}
        ):
            self.add_error(
                "name",
                f"You gave a new name and also chose {known} below. To keep {known}, clear "
                "the name; to add a new part, choose “No — it's new to me”.",
            )
        return data


class UnblendAskForm(StepForm):
    stepped_back = forms.ChoiceField(
        label="Did it soften or step back?",
        choices=STEPPED_BACK_CHOICES,
        widget=forms.RadioSelect,
        required=False,
    )


class FearForm(StepForm):
    def __init__(self, reading: Reading, *args: Any, **kwargs: Any) -> None:
        before = reading.answers.get("fear", {})
        initial = {"fear": before.get("fear", "")}
        for exile_id, answer in (before.get("permissions") or {}).items():
            initial[f"permission_{exile_id}"] = answer
        kwargs.setdefault("initial", initial)
        super().__init__(reading, *args, **kwargs)
        for exile in reading.exiles:
            self.fields[f"permission_{exile.pk}"] = forms.ChoiceField(
                label=f"Would {part_name(reading)} be willing to let you get to know {exile.name}?",
                help_text="Whatever it says is okay, and it can change its mind later.",
                choices=PERMISSION_CHOICES,
                widget=forms.RadioSelect,
                required=False,
            )

    def values(self) -> dict[str, Any]:
        data = self.cleaned_data
        permissions = {
            key.removeprefix("permission_"): value
            for key, value in data.items()
            if key.startswith("permission_")
        }
        return {"fear": data["fear"], "permissions": permissions}


class DoneForm(StepForm):
    """Save: name a new part, or choose what to copy into a known one."""

    def __init__(self, reading: Reading, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("initial", {"name": reading.answers.get("flesh_out", {}).get("name")})
        super().__init__(reading, *args, **kwargs)
        new = reading.encounter.part_id is None
        if new:
            self.fields["name"] = forms.CharField(
                label="What would you like to call this part?",
                help_text="You can change it later.",
                required=False,
            )
            self.fields["kind"] = forms.ChoiceField(
                label="What does it seem to be?",
                choices=[(k.value, k.label) for k in checkin.NEW_PART_KINDS],
                initial=Kind.UNKNOWN,
                help_text="A manager plans ahead to keep things safe; a firefighter jumps in "
                "when feelings get big. “Not sure yet” is fine.",
            )
        if reading.fills and not new:
            self.fields["copy_details"] = forms.BooleanField(
                label="Add these answers to its empty details", required=False, initial=True
            )
        if reading.status:
            # Where a part is in the IFS arc is a judgement to make, not a default to accept.
            self.fields["advance_status"] = forms.BooleanField(
                label=f"Mark it as “{Status(reading.status).label}”",
                help_text="Only if that feels true now; you can change it later on its page.",
                required=False,
                initial=False,
            )


class StartForm(forms.Form):
    part = forms.ChoiceField(
        label="What would you like to check in with?", widget=forms.RadioSelect
    )

    def __init__(
        self,
        *args: Any,
        parts: list[Part],
        new_label: str = "Something new I notice",
        for_clinician: bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        if for_clinician:
            self.fields["part"].label = "Which part will the client check in with?"
        self._parts = {str(p.pk): p for p in parts}
        choices = [("new", new_label)]
        choices += [(key, _part_choice(p)) for key, p in self._parts.items()]
        self.fields["part"].choices = choices  # type: ignore[attr-defined]
        self.fields["part"].initial = "new"

    def chosen(self) -> Part | None:
        return self._parts.get(self.cleaned_data["part"])


def _part_choice(part: Part) -> str:
    return f"{part.name} ({part.get_kind_display().lower()})"


FORMS: dict[str, type[StepForm]] = {
    "feel_toward": FeelTowardForm,
    checkin.UNBLEND_NAME: UnblendNameForm,
    checkin.UNBLEND_ASK: UnblendAskForm,
    "fear": FearForm,
    checkin.DONE: DoneForm,
}


def step_form(reading: Reading, data: Any = None) -> StepForm | None:
    """The form for the screen the check-in is on; None once it has ended."""
    if reading.encounter.outcome != Outcome.IN_PROGRESS:
        return None
    return FORMS.get(reading.encounter.step, StepForm)(reading, data=data)


# --- the summary on the done screen and afterwards -----------------------------------------


@dataclass(frozen=True)
class Row:
    question: str
    answer: str


@dataclass(frozen=True)
class Section:
    title: str
    rows: list[Row]


def summary(reading: Reading) -> list[Section]:
    """Every answer given so far, under its step, with the question it answered."""
    answers, name = reading.answers, part_name(reading)
    sections = []
    for step in checkin.STEPS:
        given = answers.get(step, {})
        rows = [
            Row(label.format(part=name), given[key])
            for key, label, _ in questions(step, reading.encounter.part)
            if given.get(key)
        ]
        if step == "feel_toward":
            # in the order it happened: the parts that joined first, then the feeling toward
            # the part once they had made room
            blended = _blended_rows(reading.blended)
            rows = blended + rows
            if given.get("chips"):
                read = set(given.get("from_words") or [])
                words = [
                    _chip_label(c) + (" (read from your words)" if c in read else "")
                    for c in given["chips"]
                ]
                then = "Then, how" if blended else "How"
                rows.insert(len(blended), Row(f"{then} you felt toward {name}", ", ".join(words)))
        if step == "fear":
            rows += _permission_rows(reading, given.get("permissions") or {})
        if rows:
            sections.append(Section(STEP_TITLES[step], rows))
    return sections


def _chip_label(key: str) -> str:
    return REACTION_WORDS[key][0] if key in REACTION_WORDS else key


def _blended_rows(blended: list[dict[str, Any]]) -> list[Row]:
    """One row per part that joined, however many times it was asked to step back, in the
    order the parts first joined."""
    outcome = {True: "stepped back a little", False: "needed to stay close"}
    by_part: dict[str, list[dict[str, Any]]] = {}  # in the order each part first joined
    for b in blended:
        by_part.setdefault(str(b.get("part") or b["name"]), []).append(b)
    rows = []
    for times in by_part.values():
        part = times[-1]["name"]
        reactions: list[str] = []
        words: list[str] = []
        for b in times:
            said = b.get("said") or {}
            for r in b.get("reactions", []):
                word = reaction_words(r, said)[0] if r in REACTION_WORDS else ""
                if word and word not in reactions:
                    reactions.append(word)
            if b.get("words") and b["words"] not in words:
                words.append(b["words"])
        answered = [outcome[b["stepped_back"]] for b in times if b["stepped_back"] is not None]
        answer = "Asked to step back, it " + _in_turn(answered) if answered else ""
        if len(answered) < len(times):  # the last time was not answered
            answer = (answer + "; " if answer else "") + "asked to step back, no answer was given"
        answer = answer[:1].upper() + answer[1:]
        if reactions:
            answer = f"It felt {', '.join(reactions)}. {answer}"
        if words:
            answer += ". What you wrote then: " + "; ".join(f"“{w}”" for w in words)
        rows.append(Row(f"Another part joined: {part}", answer + "."))
    return rows


def _in_turn(outcomes: list[str]) -> str:
    """ "stepped back a little, then needed to stay close (twice)": repeats counted."""
    runs: list[list[Any]] = []
    for item in outcomes:
        if runs and runs[-1][0] == item:
            runs[-1][1] += 1
        else:
            runs.append([item, 1])
    times = {1: "", 2: " (twice)"}
    return ", then ".join(f"{item}{times.get(n, f' ({n} times)')}" for item, n in runs)


def _permission_rows(reading: Reading, permissions: dict[str, str]) -> list[Row]:
    labels = dict(PERMISSION_CHOICES)
    return [
        Row(f"Willing to let you get to know {exile.name}?", labels[permissions[str(exile.pk)]])
        for exile in reading.exiles
        if permissions.get(str(exile.pk)) in labels
    ]


# --- what each screen shows besides its form -----------------------------------------------


def screen_context(reading: Reading, *, owner: bool) -> dict[str, Any]:
    enc, answers = reading.encounter, reading.answers
    blending = answers.get("blending", [])
    saved = answers.get("saved", {})
    ended = enc.outcome != Outcome.IN_PROGRESS
    return {
        "reading": reading,
        "encounter": enc,
        "step": enc.step,
        "ended": ended,
        "progress": None if ended else checkin.PROGRESS.get(enc.step),
        "total": len(checkin.STEPS),
        "title": STEP_TITLES.get(enc.step, ""),
        "part_name": part_name(reading),
        "is_new": enc.part_id is None,
        "is_owner": owner,
        "can_go_back": enc.step in checkin.BACK and not ended,
        "about": reading.about,
        "about_reason": answers.get("about", {}).get("reason", ""),
        **_next_toward(reading, ended, owner),
        "reaction_feels": (
            reaction_words(blending[0], answers.get("blending_said"))[1] if blending else ""
        ),
        "more_reactions": len(blending) > 1,
        # the same reaction again: the part that was asked before is back
        "back_again": next(
            (b["name"] for b in reversed(reading.blended) if set(b["reactions"]) & set(blending)),
            "",
        ),
        "last_blended": reading.blended[-1] if reading.blended else None,
        "summary": summary(reading) if enc.step == checkin.DONE or ended else [],
        "fills": [FIELD_LABELS[k] for k in reading.fills],
        "saved_fills": [FIELD_LABELS[k] for k in saved.get("filled", [])],
        "saved_status": Status(saved["status"]).label if saved.get("status") else "",
        "paused_because": answers.get("paused_because", "unblending"),
        "stopped_by": answers.get("stopped_by", ""),
        "noticed": (
            noticed_in(enc.client, "parts.encounter", f"{enc.pk}:", prefix=True)
            if ended and owner
            else 0
        ),
        # crisis language in this check-in: its end points to help, not onward to an exile
        "heavy": ended and bool(checkin.heavy_steps(enc)),
    }


def _next_toward(reading: Reading, ended: bool, owner: bool) -> dict[str, Any]:
    """For a check-in led away from an exile: every protector still waiting (shown on its
    first screen), and once it has ended, whether the exile may now be approached."""
    about, enc = reading.about, reading.encounter
    first = enc.step == "find" and not ended
    if about is None and ended:
        # a protector that said yes here, whatever the check-in was begun for: the exile it
        # looks after is the way on (or the protectors still to ask)
        said = (reading.answers.get("fear") or {}).get("permissions") or {}
        about = next((e for e in reading.exiles if said.get(str(e.pk)) == "yes"), None)
    if about is None or about.kind != Kind.EXILE or not (first or ended):
        return {}
    allowed, waiting = checkin.still_waiting(about, owner=owner)
    return {"about": about, "about_allowed": allowed, "about_waiting": waiting}


def label_open_checkins(encounters: list[Encounter]) -> None:
    """Give each check-in to continue what tells it apart from one started the same minute:
    its step, and for one about something new its first words (`step_title`, `hint`)."""
    for encounter in encounters:
        encounter.step_title = STEP_TITLES.get(encounter.step, "")  # type: ignore[attr-defined]
        first = str(checkin.answers_of(encounter).get("find", {}).get("what") or "").strip()
        short = first if len(first) <= 40 else first[:40].rsplit(" ", 1)[0] + "…"
        # crisis words are not repeated back on a button
        encounter.hint = "" if CRISIS in analyze(first).present() else short  # type: ignore[attr-defined]
