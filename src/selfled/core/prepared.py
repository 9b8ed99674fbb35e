"""A one-row lookup compiled to SQL once and run many times with a new key.

Django builds a queryset's SQL afresh every time it runs. For the lookups that every signed-in
request makes (the user with their practice role, the session), building the SQL cost several
times more than running it. `PreparedLookup` compiles the queryset once per database and then
only swaps the key: the SQL, the value converters and the select_related population are
Django's own, so the objects are exactly those `queryset.first()` would give.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from django.db import connections
from django.db.models import Model, QuerySet
from django.db.models.query import get_related_populators  # type: ignore[attr-defined]

M = TypeVar("M", bound=Model)


@dataclass(frozen=True)
class _Compiled:
    sql: str
    params: tuple[Any, ...]
    key_at: int
    converters: dict[int, tuple[list[Any], Any]]
    model: type[Model]
    fields: slice
    init_list: list[str]
    populators: list[Any]
    annotations: dict[str, int]


class PreparedLookup(Generic[M]):
    """`build(key).first()`, compiled once per database alias.

    `build` must return a queryset that uses `key` as exactly one query parameter (for
    example `.filter(pk=key)`); `sample` is a stand-in key, used only to find where the key
    goes, so it must not equal any other parameter of the query.
    """

    def __init__(self, build: Callable[[Any], QuerySet[M]], sample: Any) -> None:
        self._build = build
        self._sample = sample
        self._compiled: dict[str, _Compiled] = {}
        self._lock = threading.Lock()

    def _compile(self, alias: str) -> _Compiled:
        queryset = self._build(self._sample)[:1]
        compiler = queryset.query.get_compiler(using=alias)
        sql, params = compiler.as_sql()
        positions = [i for i, value in enumerate(params) if value == self._sample]
        if len(positions) != 1:
            raise ValueError("the key must be exactly one parameter of the prepared query")
        select, klass_info = compiler.select, compiler.klass_info
        assert klass_info is not None  # noqa: S101 - a model query always has one
        columns = klass_info["select_fields"]
        fields = slice(columns[0], columns[-1] + 1)
        return _Compiled(
            sql=sql,
            params=tuple(params),
            key_at=positions[0],
            converters=compiler.get_converters([s[0] for s in select[: compiler.col_count]]),
            model=klass_info["model"],
            fields=fields,
            init_list=[col[0].target.attname for col in select[fields]],
            populators=get_related_populators(klass_info, select, alias),
            annotations=dict(compiler.annotation_col_map or {}),
        )

    def first(self, key: Any, using: str = "default") -> M | None:
        compiled = self._compiled.get(using)
        if compiled is None:
            with self._lock:
                compiled = self._compiled.setdefault(using, self._compile(using))
        params = list(compiled.params)
        params[compiled.key_at] = key
        connection = connections[using]
        with connection.cursor() as cursor:
            cursor.execute(compiled.sql, params)
            fetched = cursor.fetchone()
        if fetched is None:
            return None
        row = list(fetched)
        for at, (converters, expression) in compiled.converters.items():
            value = row[at]
            for convert in converters:
                value = convert(value, expression, connection)
            row[at] = value
        obj = compiled.model.from_db(using, compiled.init_list, row[compiled.fields])
        for populator in compiled.populators:
            populator.populate(row, obj)
        for name, at in compiled.annotations.items():
            setattr(obj, name, row[at])
        return obj  # type: ignore[return-value]
