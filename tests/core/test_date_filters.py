from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from django.template import Context, Template
from django.utils import timezone

MOMENTS = [
    datetime(2026, 1, 5, 0, 7, tzinfo=UTC),
    datetime(2026, 9, 30, 23, 59, tzinfo=UTC),
    datetime(2026, 12, 31, 22, 30, tzinfo=UTC),  # already 1 January in Auckland
]


def render(text: str, **context: object) -> str:
    return Template(text).render(Context(context))


@pytest.mark.parametrize("zone", ["UTC", "Pacific/Auckland", "America/Los_Angeles"])
@pytest.mark.parametrize("moment", MOMENTS)
def test_day_and_when_read_as_djangos_date_filter_in_the_local_time_zone(
    zone: str, moment: datetime
) -> None:
    with timezone.override(zone):
        assert render("{{ v|day }}", v=moment) == render('{{ v|date:"j M Y" }}', v=moment)
        assert render("{{ v|when }}", v=moment) == render('{{ v|date:"j M Y, H:i" }}', v=moment)


def test_plain_dates_and_missing_values() -> None:
    assert render("{{ v|day }}", v=date(2026, 11, 27)) == "27 Nov 2026"
    assert render("{{ v|when }}", v=date(2026, 11, 27)) == "27 Nov 2026"
    assert render("[{{ v|day }}][{{ v|when }}]", v=None) == "[][]"
