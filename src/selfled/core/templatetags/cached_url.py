"""`{% url %}` with the reversal remembered: the same tag, installed as a template builtin.

Reversing a URL walks the resolver on every call; a page's menu alone reverses a dozen names,
and a caseload reverses a few per client. The result depends only on the name, the arguments,
the script prefix and the URL configuration, so it is kept in a bounded per-process cache.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any
from uuid import UUID

from django import template
from django.template.defaulttags import URLNode
from django.template.defaulttags import url as django_url
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils.html import conditional_escape

register = template.Library()


# Only arguments whose text is their whole identity are cached (ids, slugs, UUIDs); anything
# else, a model instance for one, is reversed every time.
CACHEABLE = (int, str, UUID)


@lru_cache(maxsize=8192, typed=True)
def _reverse(
    view_name: str,
    args: tuple[Any, ...],
    kwargs: tuple[tuple[str, Any], ...],
    current_app: str | None,
    prefix: str,
    urlconf: str | None,
) -> str:
    del prefix  # part of the key only: reverse() reads it itself
    return reverse(
        view_name, urlconf=urlconf, args=args, kwargs=dict(kwargs), current_app=current_app
    )


def cached_reverse(
    view_name: str, args: list[Any], kwargs: dict[str, Any], current_app: str | None
) -> str:
    values = [*args, *kwargs.values()]
    if not all(type(v) in CACHEABLE for v in values):  # exact types: no bool posing as int
        return reverse(view_name, args=args, kwargs=kwargs, current_app=current_app)
    key_args, key_kwargs = tuple(args), tuple(sorted(kwargs.items()))
    return _reverse(
        view_name, key_args, key_kwargs, current_app, get_script_prefix(), get_urlconf()
    )


class CachedURLNode(URLNode):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # {% url 'core:home' %}: a quoted name, no arguments. Its URL is kept on the node
        # itself (per script prefix, URL configuration and current app): a page's menu holds
        # a dozen of these, each otherwise resolved and looked up on every render.
        name = self.view_name
        dynamic = self.args or self.kwargs or self.asvar or name.filters
        self.fixed = str(name.var) if not dynamic and isinstance(name.var, str) else None
        self.urls: dict[tuple[str, str | None, str | None], str] = {}

    def render(self, context: template.Context) -> str:
        if self.fixed is not None:
            return self._render_fixed(self.fixed, context)
        args = [arg.resolve(context) for arg in self.args]
        kwargs = {k: v.resolve(context) for k, v in self.kwargs.items()}
        view_name = self.view_name.resolve(context)
        request = getattr(context, "request", None)
        current_app = getattr(request, "current_app", None)
        if current_app is None:
            current_app = getattr(getattr(request, "resolver_match", None), "namespace", None)
        url = ""
        try:
            url = cached_reverse(view_name, args, kwargs, current_app)
        except NoReverseMatch:
            if self.asvar is None:
                raise
        if self.asvar:
            context[self.asvar] = url
            return ""
        return str(conditional_escape(url)) if context.autoescape else url

    def _render_fixed(self, view_name: str, context: template.Context) -> str:
        request = getattr(context, "request", None)
        current_app = getattr(request, "current_app", None)
        if current_app is None:
            current_app = getattr(getattr(request, "resolver_match", None), "namespace", None)
        key = (get_script_prefix(), get_urlconf(), current_app)
        url = self.urls.get(key)
        if url is None:
            url = reverse(view_name, current_app=current_app)
            if len(self.urls) < 64:
                self.urls[key] = url
        return str(conditional_escape(url)) if context.autoescape else url


@register.tag
def url(parser: template.base.Parser, token: template.base.Token) -> CachedURLNode:
    node = django_url(parser, token)
    return CachedURLNode(node.view_name, node.args, node.kwargs, node.asvar)
