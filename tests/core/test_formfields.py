from __future__ import annotations

from typing import Any

from django.urls import reverse

from selfled.accounts.forms import InvitationForm, PracticeSettingsForm
from selfled.care.forms import BreakGlassForm
from tests.conftest import World


def test_limited_fields_say_what_is_too_long_instead_of_cutting_it_off(world: World) -> None:
    for form, name in (
        (BreakGlassForm(), "reason"),
        (InvitationForm(practice_id=world.practice.pk), "full_name"),
        (PracticeSettingsForm(), "crisis_resources"),
    ):
        assert "maxlength" not in str(form[name]), name  # a browser would cut pasted text
    form = InvitationForm(
        data={"full_name": "N" * 151, "email": "n@a.test", "role": "client"},
        practice_id=world.practice.pk,
    )
    assert not form.is_valid()
    assert form.errors["full_name"] == ["Please keep this to 150 characters or fewer (it has 151)."]


def test_an_over_long_emergency_reason_is_shown_back_with_the_reason(
    world: World, http_as: Any
) -> None:
    typed = "Client rang the front desk in distress; " + "x" * 2000
    response = http_as("clinician").post(
        reverse("care:break_glass", args=[world.other_client.pk]), {"reason": typed}
    )
    page = response.content.decode()
    assert "Please keep this to 2,000 characters or fewer" in page
    assert typed in page
