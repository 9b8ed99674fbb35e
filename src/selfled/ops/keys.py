"""Key rotation: a new key becomes active and every encrypted value is re-sealed under it."""

from __future__ import annotations

import argparse
from collections import Counter

from django.apps import apps
from django.conf import settings
from django.db import models, transaction

from selfled.core.fields import (
    EncryptedTextField,
    context_for,
    encrypted_fields,
    forget_keyring,
    keyring,
)
from selfled.lib.crypto import add_key, load_keyring, save_keyring


def _models() -> list[tuple[type[models.Model], list[EncryptedTextField]]]:
    found = []
    for model in apps.get_models():
        fields = encrypted_fields(model)
        if fields:
            found.append((model, fields))
    return found


def key_usage() -> Counter[str]:
    usage: Counter[str] = Counter()
    for model, fields in _models():
        for values in model._default_manager.values_list(*[f.attname for f in fields]).iterator():
            for raw in values:
                if raw:
                    usage[str(raw).split(":", 2)[1]] += 1
    return usage


def rotate() -> tuple[str, int]:
    """Side effects: the key file gains a new active key; every value is re-encrypted."""
    ring = keyring()
    new_id = add_key(ring)
    save_keyring(ring, settings.SELFLED_KEY_FILE)
    forget_keyring()
    ring = load_keyring(settings.SELFLED_KEY_FILE, create=False)
    changed = 0
    for model, fields in _models():
        names = [f.attname for f in fields]
        queryset = model._default_manager.only("pk", *names).order_by("pk")
        for obj in queryset.iterator(chunk_size=500):
            updates = {}
            for field in fields:
                raw = obj.__dict__.get(field.attname)
                if raw and str(raw).split(":", 2)[1] != new_id:
                    plain = getattr(obj, field.attname)
                    updates[field.attname] = ring.encrypt(plain, context_for(obj, field))
            if updates:
                with transaction.atomic():
                    # Sanctioned bulk path: values are already sealed for this row and field.
                    model._default_manager.filter(pk=obj.pk).update(**updates)
                changed += len(updates)
    from selfled.audit.services import record

    record("keys.rotate", detail=f"new key {new_id}; {changed} values re-encrypted")
    return new_id, changed


def retire(key_id: str) -> str | None:
    ring = keyring()
    if key_id == ring.active:
        return "the active key cannot be retired; rotate first"
    if key_id not in ring.keys:
        return f"no key {key_id!r} in the key file"
    used = key_usage().get(key_id, 0)
    if used:
        return f"{used} values still use {key_id}; run `selfled keys rotate` first"
    del ring.keys[key_id]
    ring.retired.append(key_id)
    save_keyring(ring, settings.SELFLED_KEY_FILE)
    forget_keyring()
    from selfled.audit.services import record

    record("keys.retire", detail=f"key {key_id}")
    return None


def run(args: argparse.Namespace) -> int:
    if args.keys_command == "rotate":
        new_id, changed = rotate()
        print(
            f"new active key {new_id}; {changed} values re-encrypted. Back up "
            f"{settings.SELFLED_KEY_FILE} now. Old keys can be retired with `selfled keys retire`."
        )
        return 0
    if args.keys_command == "list":
        ring = keyring()
        usage = key_usage()
        for kid in ring.keys:
            mark = " (active)" if kid == ring.active else ""
            print(f"{kid}{mark}: {usage.get(kid, 0)} values, created {ring.created.get(kid, '?')}")
        return 0
    problem = retire(args.key_id)
    if problem:
        print(f"selfled: {problem}")
        return 1
    print(f"key {args.key_id} retired")
    return 0
