from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from selfled.accounts.backends import USER_WITH_ROLE, SelfLedBackend
from selfled.accounts.models import User
from selfled.core.prepared import PreparedLookup
from tests.conftest import World


def _fields(obj: object) -> dict[str, object]:
    return {f.attname: getattr(obj, f.attname) for f in obj._meta.concrete_fields}  # type: ignore[attr-defined]


def test_gives_the_same_objects_as_the_queryset_with_related_rows(world: World) -> None:
    for user in (world.client_user, world.clinician, world.other_practice_client_user):
        expected = (
            User.objects.select_related("membership__practice", "client_record")
            .filter(pk=user.pk)
            .first()
        )
        got = USER_WITH_ROLE.first(user.pk)
        assert got is not None and expected is not None
        assert _fields(got) == _fields(expected)
        assert _fields(got.membership) == _fields(expected.membership)
        assert _fields(got.membership.practice) == _fields(expected.membership.practice)


def test_related_rows_come_in_the_one_query(world: World) -> None:
    with CaptureQueriesContext(connection) as queries:
        user = USER_WITH_ROLE.first(world.client_user.pk)
        assert user is not None
        assert user.membership.practice.name == "Practice A"
        assert user.client_record.pk == world.client.pk
        assert user.role == "client"
    assert len(queries) == 1


def test_a_missing_reverse_one_to_one_is_known_without_a_query(world: World) -> None:
    user = USER_WITH_ROLE.first(world.clinician.pk)
    assert user is not None
    with CaptureQueriesContext(connection) as queries:
        assert not hasattr(user, "client_record")
    assert len(queries) == 0


def test_the_key_changes_each_run_and_an_unknown_key_gives_none(world: World) -> None:
    first = USER_WITH_ROLE.first(world.client_user.pk)
    second = USER_WITH_ROLE.first(world.other_client_user.pk)
    assert first is not None and second is not None
    assert (first.email, second.email) == ("client@a.test", "client2@a.test")
    assert USER_WITH_ROLE.first(10**9) is None


def test_annotations_are_set_and_follow_the_data(world: World) -> None:
    clinician = USER_WITH_ROLE.first(world.clinician.pk)
    client = USER_WITH_ROLE.first(world.client_user.pk)
    assert clinician is not None and client is not None
    assert clinician.has_confirmed_totp is True  # type: ignore[attr-defined]
    assert client.has_confirmed_totp is False  # type: ignore[attr-defined]


def test_a_key_that_is_not_exactly_one_parameter_is_refused(db: object) -> None:
    lookup = PreparedLookup(lambda key: User.objects.filter(pk=key, id=key), sample=-5)
    with pytest.raises(ValueError, match="exactly one parameter"):
        lookup.first(1)


def test_backend_refuses_an_id_that_is_not_a_number(world: World) -> None:
    backend = SelfLedBackend()
    assert backend.get_user("not-a-number") is None
    assert backend.get_user(str(world.client_user.pk)) == world.client_user


def test_backend_refuses_an_inactive_user(world: World) -> None:
    User.objects.filter(pk=world.client_user.pk).update(is_active=False)
    assert SelfLedBackend().get_user(world.client_user.pk) is None
