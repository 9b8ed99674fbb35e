"""Searching a list by name without putting the name in a URL (SECURITY.md #24).

The words looked for come in a POST, are kept in the session under the list's own key, and
the page redirects to itself (so Back and reload work); the list's GET then reads them. Paging
links and a row's actions keep the search without carrying it.
"""

from __future__ import annotations

from django.http import HttpRequest

MAX_QUERY = 100


def remembered_search(request: HttpRequest, key: str) -> str | None:
    """The words this person is looking for on list `key`; None after a POST that set (or,
    when empty, cleared) them, which the caller answers with a redirect to the list."""
    session_key = f"selfled_search_{key}"
    if request.method == "POST":
        query = request.POST.get("q", "").strip()[:MAX_QUERY]
        if query:
            request.session[session_key] = query
        else:
            request.session.pop(session_key, None)
        return None
    return str(request.session.get(session_key, ""))[:MAX_QUERY]
