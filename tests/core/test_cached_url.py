from __future__ import annotations

import uuid

from django.template import Context, Template
from django.urls import reverse

from selfled.core.templatetags import cached_url


def render(text: str, **context: object) -> str:
    return Template(text).render(Context(context))


def test_the_tag_gives_what_reverse_gives_and_remembers_it() -> None:
    cached_url._reverse.cache_clear()
    pk = uuid.uuid4()
    for _ in range(2):
        assert render("{% url 'parts:detail' pk %}", pk=pk) == reverse("parts:detail", args=[pk])
        assert render("{% url 'parts:detail' part_id=pk %}", pk=str(pk)) == reverse(
            "parts:detail", kwargs={"part_id": str(pk)}
        )
    assert cached_url._reverse.cache_info().hits >= 2
    assert render("{% url 'core:crisis' as where %}[{{ where }}]") == f"[{reverse('core:crisis')}]"


def test_other_argument_types_are_reversed_every_time() -> None:
    class Thing:
        def __str__(self) -> str:
            return "42"

    cached_url._reverse.cache_clear()
    assert render("{% url 'accounts:member_active' t %}", t=Thing()) == reverse(
        "accounts:member_active", args=[42]
    )
    assert cached_url._reverse.cache_info().currsize == 0
