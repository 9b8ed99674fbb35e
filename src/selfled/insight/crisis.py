"""What a page tells the client after their writing was read: the crisis path when it held
crisis language, and a word when it opened suggestions."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from selfled.care.models import Client
from selfled.insight.services import CRISIS_MESSAGE, screen_unsaved

#: Set on the request when this response must show crisis resources in the page itself.
CRISIS_NOW = "selfled_crisis_now"


def crisis_response(request: HttpRequest, back: str = "") -> HttpResponse:
    """Show crisis resources at once (the writing is already saved); `back` is the page that
    shows what was saved, for the crisis page's way back."""
    messages.error(request, CRISIS_MESSAGE, extra_tags="crisis")
    url = reverse("core:crisis")
    return redirect(f"{url}?{urlencode({'back': back})}" if back else url)


def tell_noticed(request: HttpRequest, noticed: int, what: str = "what you wrote") -> None:
    """After a save that opened suggestions for the client, say so once, with a link to them
    (nothing changes unless the client says yes)."""
    if noticed:
        messages.info(
            request,
            f"SelfLed noticed something in {what}. It is waiting under Suggestions whenever you "
            "like; nothing changes unless you say yes.",
            extra_tags="suggestions",
        )


def crisis_in_rejected_form(
    request: HttpRequest, client: Client, form: forms.BaseForm | Any, source_type: str
) -> bool:
    """A form that could not be saved is still read for crisis language.

    When it holds some, the page that shows the form again (with what was typed kept) also
    shows the crisis resources at once, and the care team gets a safety event.
    """
    fields = getattr(form, "fields", {})
    texts = [
        request.POST.get(name, "")
        for name, field in fields.items()
        if isinstance(field, forms.CharField) and not isinstance(field.widget, forms.HiddenInput)
    ]
    return crisis_in_unsaved_texts(request, client, texts, source_type)


def crisis_in_unsaved_texts(
    request: HttpRequest, client: Client, texts: list[str], source_type: str
) -> bool:
    """:func:`crisis_in_rejected_form` for writing that reached no form (e.g. typed in a
    window whose screen had moved on)."""
    if getattr(request.user, "pk", None) != client.user_id:
        return False  # as for saved writing, only the client's own words are analyzed
    found = screen_unsaved(
        client=client, texts=texts, source_type=source_type, by=request.user, request=request
    )
    if found:
        setattr(request, CRISIS_NOW, True)
        messages.error(request, CRISIS_MESSAGE, extra_tags="crisis")
    return found
