"""Rendered pages kept per process and reused while nothing they show has changed.

Rendering a page through the base layout costs more than everything else a cheap page does.
`render_page()` renders once and then reuses the result for the same `key` (which the view
builds from everything its own context shows) and the same layout inputs (the signed-in
person, the path, and what the `selfled` context processor gives the layout: role, the
practice's crisis resources, ...). Two things are never reused:

- the CSRF token: each response gets its own, as Django's `{% csrf_token %}` would give it;
- pages with something only this response shows (flash messages, the crisis panel): those
  are rendered afresh.

The cache is a small in-process LRU on purpose, like the parts map's: page text that names a
client never goes to a shared cache server.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable, Mapping
from typing import Any

from django.contrib.messages import get_messages
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import render

from selfled.core.context_processors import selfled as layout_context

MAX_ENTRIES = 256
# Stands in for the CSRF token in a stored page; a NUL byte never occurs in rendered HTML.
TOKEN_MARK = b"\x00csrf-token\x00"
_entries: OrderedDict[tuple[Any, ...], bytes] = OrderedDict()
_lock = threading.Lock()


def _fresh_only(request: HttpRequest) -> bool:
    """Whether this response shows something that must not be reused or stored."""
    if getattr(request, "selfled_crisis_now", False):
        return True
    # len() reads the messages without marking them shown (iterating would).
    return len(get_messages(request)) > 0  # type: ignore[arg-type]


def layout_key(request: HttpRequest) -> tuple[Hashable, ...]:
    """Everything the base layout shows that can differ between requests to one address."""
    user = getattr(request, "user", None)
    shown = layout_context(request)
    return (
        request.path,
        getattr(user, "pk", None),
        repr(sorted(shown.items())),
    )


def render_page(
    request: HttpRequest, template_name: str, context: Mapping[str, Any], *, key: Hashable
) -> HttpResponse:
    """`render(request, template_name, context)`, reusing an earlier rendering of the same
    template for the same `key` and layout. `key` must change whenever anything the
    template shows from `context` changes."""
    if _fresh_only(request):
        return render(request, template_name, context)
    full_key = (template_name, key, *layout_key(request))
    token = get_token(request).encode()
    with _lock:
        stored = _entries.get(full_key)
        if stored is not None:
            _entries.move_to_end(full_key)
    if stored is not None:
        return HttpResponse(stored.replace(TOKEN_MARK, token))
    # The page gets this token (the context outranks Django's csrf context processor), so the
    # token can be told from the rest of the page and left out of the stored copy.
    response = render(request, template_name, {**context, "csrf_token": token.decode()})
    if getattr(request, "_csp_nonce", None) is not None:
        return response  # a page with a CSP nonce is this response's alone
    page = response.content
    with _lock:
        _entries[full_key] = page.replace(token, TOKEN_MARK)
        while len(_entries) > MAX_ENTRIES:
            _entries.popitem(last=False)
    return response


def clear() -> None:
    with _lock:
        _entries.clear()
