"""The guided 6 F's check-in pages. Rules live in services.checkin; each view does one thing."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from selfled.accounts.permissions import client_required, clinician_required, member
from selfled.care.models import Client
from selfled.care.scoping import get_client, own_client
from selfled.core.templatetags.dates import when
from selfled.insight.crisis import (
    crisis_in_rejected_form,
    crisis_in_unsaved_texts,
    crisis_response,
)
from selfled.parts.access import is_owner
from selfled.parts.forms_checkin import (
    StartForm,
    label_open_checkins,
    questions,
    screen_context,
    step_form,
    summary,
)
from selfled.parts.models import Encounter, Outcome
from selfled.parts.services import checkin


def _start(request: HttpRequest, client: Client) -> HttpResponse:
    viewer = member(request)
    choices = checkin.start_choices(client=client, viewer=viewer, request=request)
    owner = is_owner(viewer, client)
    form = StartForm(
        request.POST if request.method == "POST" else None,
        parts=choices.parts,
        new_label="Something new I notice" if owner else "Something new the client notices",
        for_clinician=not owner,
    )
    if form.is_valid():
        try:
            encounter = checkin.start_checkin(
                client=client, by=viewer, part=form.chosen(), request=request
            )
        except checkin.CheckinError as exc:
            form.add_error("part", str(exc))
        else:
            if getattr(encounter, "resumed", False) and encounter.part is not None:
                # an unfinished one was taken up again: say so, and how to start afresh
                messages.info(
                    request,
                    f"You already had a check-in with “{encounter.part.name}” going (started "
                    f"{when(timezone.localtime(encounter.created_at))}), so it carries on from "
                    "where it stopped. To start afresh, end it from the Check in page first.",
                )
            return redirect("parts:checkin_step", encounter_id=encounter.pk)
    label_open_checkins(choices.in_progress)
    context = {"form": form, "client": client, "choices": choices, "is_owner": owner}
    return render(request, "parts/checkin/start.html", context)


@client_required
@require_http_methods(["GET", "POST"])
def start(request: HttpRequest) -> HttpResponse:
    return _start(request, own_client(member(request)))


@clinician_required
@require_http_methods(["GET", "POST"])
def start_in_session(request: HttpRequest, client_id: str) -> HttpResponse:
    return _start(request, get_client(member(request), client_id, write=True))


@require_http_methods(["GET", "POST"])
def step(request: HttpRequest, encounter_id: str) -> HttpResponse:
    """Show the screen the check-in is on; POST answers it and moves on."""
    viewer = member(request)
    encounter = checkin.get_encounter(viewer, encounter_id)
    posting = request.method == "POST"
    reading = checkin.read_checkin(
        encounter=encounter, viewer=viewer, request=request, audit=not posting
    )
    if posting and (
        encounter.outcome != Outcome.IN_PROGRESS or request.POST.get("step", "") != encounter.step
    ):
        # an answer for a screen already left, or a check-in already ended (another window):
        # before any checking, so this screen's own rules never judge words typed for another
        ended = encounter.outcome != Outcome.IN_PROGRESS
        return _moved_on(request, encounter, ended=ended)
    form = step_form(reading, request.POST if posting else None)
    if form is not None and form.is_valid():
        try:
            answered = checkin.answer_step(
                encounter=encounter,
                by=viewer,
                step=request.POST.get("step", ""),
                values=form.values(),
                request=request,
            )
        except checkin.StepMoved:  # moved on (or ended) between reading and answering
            fresh = checkin.get_encounter(viewer, encounter_id)
            return _moved_on(request, fresh, ended=fresh.outcome != Outcome.IN_PROGRESS)
        except checkin.CheckinError as exc:
            crisis = crisis_in_rejected_form(request, encounter.client, form, "parts.encounter")
            # nothing is ticked for someone whose words hold crisis language
            if exc.suggest and "qualities" in form.fields and not crisis:
                # words that sound like Self-energy: offered ticked, for the person to confirm
                data = request.POST.copy()
                data.setlist("qualities", exc.suggest)
                return _screen(request, reading, step_form(reading, data), notice=str(exc))
            form.add_error(exc.field if exc.field in form.fields else None, str(exc))
            return _screen(request, reading, form)
        else:
            if getattr(answered, "crisis", False):
                return crisis_response(request, reverse("parts:checkin_step", args=[encounter.pk]))
        return redirect("parts:checkin_step", encounter_id=encounter.pk)
    if posting and form is not None:
        crisis_in_rejected_form(request, encounter.client, form, "parts.encounter")
    return _screen(request, reading, form)


def _screen(
    request: HttpRequest,
    reading: checkin.Reading,
    form: object,
    *,
    notice: str = "",
    typed: list[tuple[str, str]] | None = None,
    ended_elsewhere: bool = False,
) -> HttpResponse:
    owner = is_owner(request.user, reading.encounter.client)
    context = {**screen_context(reading, owner=owner), "form": form, "notice": notice}
    context["typed_elsewhere"] = typed or []
    context["ended_elsewhere"] = ended_elsewhere
    name = "ended" if context["ended"] else reading.encounter.step
    status = 409 if typed else 200
    return render(request, f"parts/checkin/{name}.html", context, status=status)


ENDED = "This check-in has ended, so nothing more is added to it."


def _moved_on(request: HttpRequest, encounter: Encounter, *, ended: bool) -> HttpResponse:
    """The answer was for a screen this check-in has left, or the check-in has ended: nothing
    is saved; what was typed is shown back to copy (never kept in a message: they live in the
    session) and read for crisis language."""
    viewer = member(request)
    typed = _typed_elsewhere(request, encounter, viewer)
    if not typed:
        messages.info(request, ENDED if ended else checkin.StepMoved.MESSAGE)
        return redirect("parts:checkin_step", encounter_id=encounter.pk)
    crisis_in_unsaved_texts(request, encounter.client, [t for _, t in typed], "parts.encounter")
    # the screen shown with them is a read of the check-in: audited like any other
    reading = checkin.read_checkin(encounter=encounter, viewer=viewer, request=request)
    form = None if ended else step_form(reading, None)
    return _screen(request, reading, form, typed=typed, ended_elsewhere=ended)


def _typed_elsewhere(
    request: HttpRequest, encounter: Encounter, viewer: object
) -> list[tuple[str, str]]:
    """(question, text) of what was typed on a screen this check-in has already left."""
    posted = request.POST.get("step", "")
    name = str(encounter.part.name) if encounter.part is not None else "this part"
    # the same words as saved there are a second tap on the same button, not words lost
    # (compared with what this viewer may read, so nothing private can be probed)
    saved = checkin.visible_answers(encounter, viewer).get(posted)
    saved = saved if isinstance(saved, dict) else {}
    asked = list(questions(posted, encounter.part))
    if posted in (checkin.UNBLEND_NAME, checkin.DONE):  # the screens that name a part
        asked.append(("name", "The name you gave", ""))
    typed = []
    for key, label, _ in asked:
        text = str(request.POST.get(key, "")).strip()
        if text and text != str(saved.get(key, "")).strip():
            typed.append((label.format(part=name), text))
    return typed


def _leave_step(
    request: HttpRequest, encounter_id: str, action: Callable[..., Encounter]
) -> HttpResponse | None:
    """Go back or stop: what was typed on the screen goes with it (read for crisis words).
    Returns the response when it is not the check-in's own page."""
    viewer = member(request)
    encounter = checkin.get_encounter(viewer, encounter_id)
    try:
        moved = action(
            encounter=encounter,
            by=viewer,
            step=request.POST.get("step", ""),
            request=request,
            # ticked boxes come as several values under one name
            draft={
                key: values if len(values) > 1 else values[0]
                for key, values in request.POST.lists()
            },
        )
    except checkin.StepMoved as exc:
        messages.info(request, str(exc))
        return None
    if getattr(moved, "crisis", False):
        return crisis_response(request, reverse("parts:checkin_step", args=[encounter.pk]))
    return None


@require_POST
def back(request: HttpRequest, encounter_id: str) -> HttpResponse:
    left = _leave_step(request, encounter_id, checkin.go_back)
    return left or redirect("parts:checkin_step", encounter_id=encounter_id)


@require_POST
def stop(request: HttpRequest, encounter_id: str) -> HttpResponse:
    """End a check-in where it is, keeping everything written (from a step, or from the list
    of check-ins to pick up)."""
    left = _leave_step(request, encounter_id, checkin.stop)
    if left is not None:
        return left
    encounter = checkin.get_encounter(member(request), encounter_id)
    if request.POST.get("from") == "list" and encounter.outcome != Outcome.IN_PROGRESS:
        messages.success(request, "That check-in has ended. Everything written in it is kept.")
        if is_owner(request.user, encounter.client):
            return redirect("parts:checkin")
        return redirect("parts:checkin_in_session", client_id=encounter.client_id)
    return redirect("parts:checkin_step", encounter_id=encounter_id)


def answers(request: HttpRequest, encounter_id: str) -> HttpResponse:
    """A check-in's answers so far, to read (nothing on it moves the check-in on)."""
    viewer = member(request)
    encounter = checkin.readable_encounters(viewer).filter(pk=encounter_id).first()
    if encounter is None:
        raise Http404("No such check-in")
    reading = checkin.read_checkin(encounter=encounter, viewer=viewer, request=request)
    owner = is_owner(request.user, encounter.client)
    context = {
        **screen_context(reading, owner=owner),
        "summary": summary(reading),
        "in_progress": encounter.outcome == Outcome.IN_PROGRESS,
    }
    return render(request, "parts/checkin/answers.html", context)
