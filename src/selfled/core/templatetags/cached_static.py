"""`{% static %}` with the URL remembered: the same tag, installed as a template builtin.

Every page links about seven static files, and working out each URL (storage lookup, URL
joining) took longer than the rest of the page head. The URL depends only on the path and the
static settings (Django's storage fixes the script prefix when it is first used), so it is
kept per process and forgotten when those settings change (tests).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from django import template
from django.core.signals import setting_changed
from django.templatetags.static import StaticNode

register = template.Library()


@lru_cache(maxsize=1024)
def static_url(path: str) -> str:
    return str(StaticNode.handle_simple(path))


def _forget(*, setting: str, **kwargs: Any) -> None:
    if setting in {"STATIC_URL", "STATIC_ROOT", "STORAGES", "FORCE_SCRIPT_NAME"}:
        static_url.cache_clear()


setting_changed.connect(_forget)


class CachedStaticNode(StaticNode):
    def url(self, context: template.Context) -> str:
        path = self.path.resolve(context)
        return static_url(path) if isinstance(path, str) else str(self.handle_simple(path))


@register.tag
def static(parser: template.base.Parser, token: template.base.Token) -> StaticNode:
    """{% static "path" %} or {% static "path" as name %}, as Django's own tag."""
    return CachedStaticNode.handle_token(parser, token)
