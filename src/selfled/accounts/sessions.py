"""Django's database sessions, with the per-request lookup compiled once.

Same table, same rules: a session is found only by its key and only before its expiry date.
The lookup runs on every signed-in request, so it uses a prepared query
(selfled.core.prepared) and checks the expiry date in Python instead of in SQL.
"""

from __future__ import annotations

from typing import Any

from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.contrib.sessions.models import Session
from django.db import router
from django.db.models import QuerySet
from django.utils import timezone

from selfled.core.prepared import PreparedLookup


def _by_key(key: Any) -> QuerySet[Session]:
    return Session.objects.filter(session_key=key)


SESSION_BY_KEY = PreparedLookup(_by_key, sample="\x00prepared-session-key")


def _alias() -> str:
    return router.db_for_read(Session) or "default"


class SessionStore(DatabaseSessionStore):
    def _get_session_from_db(self) -> Session | None:
        key = self.session_key
        session = None if key is None else SESSION_BY_KEY.first(key, using=_alias())
        if session is None or session.expire_date <= timezone.now():
            self._session_key = None
            return None
        return session
