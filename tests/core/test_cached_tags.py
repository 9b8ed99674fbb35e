"""The template builtins that remember URLs give exactly what Django's own tags give."""

from __future__ import annotations

from django.template import Context, engines
from django.test import override_settings
from django.urls import set_script_prefix


def _render(source: str) -> str:
    return engines["django"].from_string(source).render({})


def test_cached_static_matches_djangos_tag_and_follows_the_settings() -> None:
    ours = "{% static 'selfled/app.css' %}|{% static 'selfled/app.css' as css %}{{ css }}"
    theirs = "{% load static %}" + ours
    assert _render(ours) == _render(theirs) == "/static/selfled/app.css|/static/selfled/app.css"
    with override_settings(STATIC_URL="/assets/"):
        assert _render(ours).startswith("/assets/selfled/app.css")
    assert _render(ours).startswith("/static/selfled/app.css")


def test_a_fixed_url_tag_is_kept_per_script_prefix() -> None:
    template = engines["django"].from_string("{% url 'core:crisis' %}")
    assert template.render({}) == "/crisis/"
    try:
        set_script_prefix("/clinic/")
        assert template.render({}) == "/clinic/crisis/"
    finally:
        set_script_prefix("/")
    assert template.render({}) == "/crisis/"


def test_url_tags_with_arguments_or_names_from_variables_still_work() -> None:
    source = "{% url name %}|{% url 'parts:detail' pk %}|{% url 'core:crisis' as c %}{{ c }}"
    template = engines["django"].from_string(source)
    pk = "6f1c1a9e-3b7e-4c1a-9a4e-7d2b6d8f0a11"
    out = template.render(Context({"name": "core:crisis", "pk": pk}).flatten())
    assert out == f"/crisis/|/parts/{pk}/|/crisis/"
