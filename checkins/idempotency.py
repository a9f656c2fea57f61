"""Exactly once: writes sent with an Idempotency-Key (as Stripe does).

The phone's offline queue (offline.js) sends check-ins and rides taken with the reins, and
repeats are normal for it: a lost answer, a second tab, a flaky network. A write that
comes with a key is stored once; a repeat with the same key and the same content gets the
first answer again, byte for byte, and stores nothing new; the same key with other content
is refused. ``store_once`` is that rule, for both kinds of write.
"""

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, connections, router
from django.utils.translation import gettext_lazy as _

from checkins.models import IdempotencyKey
from wagenmenner.access import owned
from wagenmenner.group_commit import atomic_write, insert_later
from wagenmenner.postgresql import prepared_cursor

MAX_KEY_LENGTH = 255
ERROR_KEY_FORMAT = _("The Idempotency-Key must be 1 to 255 visible ASCII characters.")


class IdempotencyMismatch(Exception):
    """The key was used before with other content."""


@dataclass(frozen=True)
class Recorded:
    status: int
    content: str  # the JSON answer, as text: a replay gives back exactly these bytes
    replayed: bool
    item: Any = None  # the stored check-in or ride, on the first write only

    @property
    def body(self) -> dict:
        return json.loads(self.content)


def check_idempotency_key(key: str) -> None:
    if not (0 < len(key) <= MAX_KEY_LENGTH and key.isascii() and key.isprintable()
            and key.strip() == key):
        raise ValidationError({"idempotency_key": [ERROR_KEY_FORMAT]})


def digest_of(canonical: dict) -> str:
    """SHA-256 of a request's fields in canonical form (JSON-ready values only)."""
    raw = json.dumps(canonical, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(raw.encode()).hexdigest()


# What the stored row points at, per kind of write.
KINDS = ("checkin", "ride")
Answer = Callable[[Any, bool], str]


def _replay(owner, key: str, digest: str, kind: str, answer: Answer) -> Recorded | None:
    stored = owned(IdempotencyKey, owner).filter(key=key).select_related(kind).first()
    if stored is None:
        return None
    if stored.request_hash != digest or getattr(stored, f"{kind}_id") is None:
        raise IdempotencyMismatch(key)
    # Rebuilt from what was stored: the same bytes as the first answer, since neither a
    # check-in nor a ride changes between the two (a ride's later steps are other writes,
    # and a repeat after them is told what the ride is now).
    return Recorded(status=stored.status, content=answer(getattr(stored, kind),
                                                         stored.crisis_detected),
                    replayed=True)


# Nearly every key is new: asking whether it is, as SQL, costs a tenth of the ORM's query
# that reads the row to replay (built with its join, it was a tenth of a check-in's CPU).
_SEEN = (f"SELECT 1 FROM {IdempotencyKey._meta.db_table}"  # noqa: S608 (names, no input)
         " WHERE owner_id = %s AND key = %s")


def _seen(owner, key: str) -> bool:
    with prepared_cursor(connections[router.db_for_read(IdempotencyKey)]) as cursor:
        cursor.execute(_SEEN, [owner.pk, key])
        return cursor.fetchone() is not None


def store_once(*, owner, key: str, digest: str, kind: str,
               save: Callable[[], tuple[Any, bool]], answer: Answer,
               prepare: Callable[[], object] = lambda: None) -> Recorded:
    """Store a write once per key: ``save()`` stores it (inside the transaction) and says
    whether its words called for the crisis card; ``answer(item, crisis)`` is the JSON.
    ``prepare()`` runs first, outside the transaction, unless the key is replayed: the
    work that needs no lock (validation, the crisis check of the words), so that writers
    wait for each other only for the writes themselves.

    Raises IdempotencyMismatch when the key was used for other content. Without a key the
    write is simply stored.
    """
    assert kind in KINDS
    if key:
        check_idempotency_key(key)
        if _seen(owner, key):
            replay = _replay(owner, key, digest, kind, answer)
            if replay is not None:
                return replay
    prepare()
    if key:  # its row built now, the write's id and crisis filled in inside the transaction
        guard = IdempotencyKey(owner=owner, key=key, request_hash=digest, status=201)
        insert_guard = insert_later(guard, router.db_for_write(IdempotencyKey),
                                    later=(kind, "crisis_detected"))

    def write():
        item, crisis = save()
        if key:
            # A simultaneous repeat blocks on the unique index (PostgreSQL) or on the
            # write lock (SQLite, IMMEDIATE transactions) until this transaction ends, or
            # meets this key in the same group commit; then it fails on insert, rolls its
            # own write back and replays this one.
            setattr(guard, kind, item)
            guard.crisis_detected = crisis
            with prepared_cursor(connections[insert_guard.using]) as cursor:
                insert_guard.run(cursor)
        return item, crisis

    try:
        # Acknowledged only once stored: writes of this moment share one commit.
        item, crisis = atomic_write(write)
    except IntegrityError:
        if not key:
            raise
        replay = _replay(owner, key, digest, kind, answer)
        if replay is None:
            raise
        return replay
    return Recorded(status=201, content=answer(item, crisis), replayed=False, item=item)
