"""EncryptedTextField: free-text clinical fields are stored sealed with AES-GCM.

The plaintext never reaches the database. Values loaded from the database stay sealed until
read; reading decrypts once per instance. The row's primary key is part of the associated data,
so models that use this field must have a primary key that exists before the first save (a
UUID default), which is what `EncryptedModel` provides.
"""

from __future__ import annotations

import time
import uuid
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models.query_utils import DeferredAttribute

from selfled.lib.crypto import DecryptionError, Keyring, load_keyring


class Sealed(str):
    """A ciphertext as loaded from the database (not yet decrypted)."""


_ring: tuple[float, Keyring] | None = None
RECHECK_SECONDS = 2.0


def keyring() -> Keyring:
    """The keyring, re-read from disk when the key file changes (checked every 2 s at most)."""
    global _ring
    now = time.monotonic()
    if _ring is not None and now - _ring[0] < RECHECK_SECONDS:
        return _ring[1]
    explicit = bool(getattr(settings, "SELFLED_KEY_FILE_GIVEN", False))
    ring = load_keyring(settings.SELFLED_KEY_FILE, create=not explicit)
    _ring = (now, ring)
    return ring


def forget_keyring() -> None:
    """After writing the key file in this process (rotation), read it again at once."""
    global _ring
    _ring = None


def context_for(instance: models.Model, field: models.Field[Any, Any]) -> str:
    if instance.pk is None:
        raise ValueError(f"{type(instance).__name__} needs a primary key before it is encrypted")
    return f"{instance._meta.db_table}:{instance.pk}:{field.column}"


class EncryptedAttribute(DeferredAttribute):
    """A data descriptor (it defines __set__), so reads always pass through __get__."""

    def __set__(self, instance: Any, value: Any) -> None:
        instance.__dict__[self.field.attname] = value

    def __get__(self, instance: Any, cls: Any = None) -> Any:
        if instance is None:
            return self
        raw = super().__get__(instance, cls)
        if not isinstance(raw, Sealed):
            return raw
        cache = instance.__dict__.setdefault("_opened_fields", {})
        hit = cache.get(self.field.attname)
        if hit is not None and hit[0] is raw:
            return hit[1]
        context = context_for(instance, self.field)
        try:
            try:
                plain = keyring().decrypt(raw, context)
            except DecryptionError:
                forget_keyring()  # a key may have been added by rotation in another process
                plain = keyring().decrypt(raw, context)
        except DecryptionError:
            from selfled.audit.services import record_integrity_failure

            record_integrity_failure(instance, self.field.attname)
            raise
        cache[self.field.attname] = (raw, plain)
        return plain


class EncryptedTextField(models.TextField):  # type: ignore[type-arg]
    descriptor_class = EncryptedAttribute

    def from_db_value(self, value: str | None, expression: Any, connection: Any) -> Sealed | None:
        return None if value is None else Sealed(value)

    def pre_save(self, model_instance: models.Model, add: bool) -> Any:
        value = model_instance.__dict__.get(self.attname)
        if value is None or isinstance(value, Sealed):
            return value
        return keyring().encrypt(str(value), context_for(model_instance, self))

    def get_prep_value(self, value: Any) -> Any:
        if value is None or isinstance(value, Sealed):
            return value
        text = str(value)
        if not text.startswith("sl1:"):
            # Reached only if code bypasses pre_save (e.g. QuerySet.update): refuse plaintext.
            raise ValueError("encrypted fields must be saved through Model.save()")
        return text


class EncryptedModel(models.Model):
    """Base for models with encrypted fields: a UUID key that exists before the first save."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)

    class Meta:
        abstract = True


def encrypted_fields(model: type[models.Model]) -> list[EncryptedTextField]:
    return [f for f in model._meta.concrete_fields if isinstance(f, EncryptedTextField)]
