"""The rendered parts map (picture and table), cached per process until the parts change.

Rendering a large system is the expensive part of the map page; most views of it repeat.
Each entry is keyed on a fingerprint of the client's parts and links that any change alters
(count and newest `updated_at` of parts, count and newest id of links; every part write sets
`updated_at`). The cache is a small in-process LRU on purpose: decrypted text never goes to a
shared cache server.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

from django.db import connection
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from selfled.care.models import Client
from selfled.parts import presenters
from selfled.parts.access import is_owner, view_of
from selfled.parts.models import Part, PartRelation

MAX_ENTRIES = 256
# The picture and the table, as UTF-8 bytes ready to go into a response.
Rendered = tuple[bytes, bytes]
_entries: OrderedDict[tuple[Any, ...], Rendered] = OrderedDict()
_lock = threading.Lock()

# Where the page template puts the picture and the table (see splice()). Page text that a
# person wrote is escaped, so it can never contain these comments.
SVG_MARK = mark_safe("<!--selfled:map-svg-->")  # noqa: S308  (a fixed comment)
TABLE_MARK = mark_safe("<!--selfled:map-table-->")  # noqa: S308  (a fixed comment)


def fingerprint(client: Client) -> tuple[Any, ...]:
    """Counts and newest change of the client's parts and links, in one query."""
    parts, links = Part._meta.db_table, PartRelation._meta.db_table
    key = Part._meta.get_field("client").get_db_prep_value(client.pk, connection)
    sql = (
        f"SELECT (SELECT COUNT(*) FROM {parts} WHERE client_id = %s),"  # noqa: S608  (table names from model metadata; values are parameters)
        f" (SELECT MAX(updated_at) FROM {parts} WHERE client_id = %s),"
        f" (SELECT COUNT(*) FROM {links} WHERE client_id = %s),"
        f" (SELECT MAX(id) FROM {links} WHERE client_id = %s)"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [key, key, key, key])
        return tuple(cursor.fetchone())


def rendered_map(viewer: Any, client: Client, *, interactive: bool) -> Rendered:
    """(svg, table) HTML for `viewer` as UTF-8, from the cache when nothing changed."""
    owner = is_owner(viewer, client)
    key = (client.pk, owner, interactive, *fingerprint(client))
    with _lock:
        hit = _entries.get(key)
        if hit is not None:
            _entries.move_to_end(key)
            return hit
    parts, relations = presenters.map_data(viewer, client)
    # every text in the SVG is escaped by render_map, and the table by the template engine
    svg = presenters.map_svg(parts, relations, interactive=interactive)
    table = render_to_string(
        "parts/_map_table.html",
        {
            "parts": [view_of(p, viewer) for p in parts],
            "relations": presenters.relation_rows(parts, relations),
            "is_owner": owner,
        },
    )
    value = (svg.encode(), table.encode())
    with _lock:
        _entries[key] = value
        while len(_entries) > MAX_ENTRIES:
            _entries.popitem(last=False)
    return value


def splice(page: bytes, rendered: Rendered) -> bytes:
    """`page` (rendered with SVG_MARK and TABLE_MARK in place of the map) with the map put in.

    A large map is most of the page; joining it in as bytes once costs less than passing it
    through the template, which copies (and re-encodes) the whole page several times.
    """
    svg_mark, table_mark = SVG_MARK.encode(), TABLE_MARK.encode()
    if page.count(svg_mark) != 1 or page.count(table_mark) != 1:
        raise ValueError("the parts map template must show {{ svg }} and {{ table }} once each")
    head, rest = page.split(svg_mark, 1)
    middle, tail = rest.split(table_mark, 1)
    return b"".join((head, rendered[0], middle, rendered[1], tail))


def clear() -> None:
    with _lock:
        _entries.clear()
