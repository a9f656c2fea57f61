"""Group commit: writes handed in at the same moment share one transaction, one fsync.

On SQLite every commit waits for its fsync (WAL with synchronous=FULL: an acknowledged
write survives a power cut), and one writer commits at a time. With an fsync of 4 ms, one
writer stores at most 250 check-ins a second, however cheap each request is. So, as
databases do for their own clients: the threads of a worker that write at once take turns
as leader; the leader runs every write waiting, each in its own savepoint, in one
transaction, and each write's result (or exception) goes back to its thread only after
that transaction committed. A write that fails rolls back its own savepoint only.

PostgreSQL already flushes its log once for all the commits waiting on it, and a batch
there would hold the row locks of several people at once: there each write is its own
transaction, as is any write made inside a transaction already (tests, imports).

SQLite copies the WAL back into the database file (a checkpoint: page writes and two more
fsyncs) inside whichever commit takes the WAL past ``wal_autocheckpoint`` pages; that
commit took several times as long, and every other writer waited for it. So the
checkpoint runs beside the writes instead: every CHECKPOINT_EVERY commits a thread of the
process, on a connection of its own, checkpoints without taking the writer's turn
(PASSIVE: SQLite lets writers go on meanwhile). SQLite's own checkpoint stays as a
backstop, at ten times the usual pages (settings). The WAL starts over only when a write
finds it all copied, so under writes that never pause it grows to that backstop (about
40 MB) before it does.
"""

import fcntl
import os
import threading
import weakref
from collections.abc import Callable
from typing import TypeVar

from django.db import DatabaseError, connections, transaction
from django.db.models import signals, sql
from django.utils import timezone

T = TypeVar("T")
# Commits of this process between two checkpoints: a check-in writes about five pages,
# so about SQLite's usual 1000 pages.
CHECKPOINT_EVERY = 200


class _Write:
    __slots__ = ("write", "result", "error", "done")

    def __init__(self, write):
        self.write, self.result, self.error, self.done = write, None, None, False


_turn = threading.Condition()
_waiting: list[_Write] = []
_leading = False


def atomic_write(write: Callable[[], T]) -> T:
    """``write()`` in a transaction; its result once that transaction has committed, or
    the exception it raised (nothing of it stored then)."""
    connection = transaction.get_connection()
    if connection.vendor != "sqlite" or connection.in_atomic_block:
        with transaction.atomic():
            return write()
    global _leading
    mine = _Write(write)
    with _turn:
        _waiting.append(mine)
        while _leading and not mine.done:
            _turn.wait()
        lead = not mine.done
        if lead:
            _leading = True
    if lead:
        try:
            _lead(connection, mine)
        finally:
            with _turn:
                _leading = False
                _turn.notify_all()
    if mine.error is not None:
        raise mine.error
    return mine.result


def _lead(connection, mine: _Write) -> None:
    try:
        turn = _writer_turn(connection)
    except BaseException:
        with _turn:  # nothing of this write ran: the next leader must not run it
            _waiting.remove(mine)
        raise
    try:
        # The batch is taken once it is this worker's turn to write: whoever arrived
        # while another worker committed shares this commit.
        with _turn:
            batch = _waiting[:]
            _waiting.clear()
        _commit(batch)
    finally:
        fcntl.flock(turn, fcntl.LOCK_UN)
    _checkpoints.count(connection.alias)


_lock_files: dict[tuple[int, str], int] = {}


def _writer_turn(connection) -> int:
    """Wait for this worker's turn to write; the lock file to unlock after the commit.
    The other workers' leaders wait on this lock file beside the database: the kernel
    wakes the next the moment it is free, where SQLite's own wait for its write lock
    polls in growing sleeps (1, 2, 5, 10 … 100 ms). Opened once per process: a
    descriptor shared across a fork would be one lock for all of them."""
    key = (os.getpid(), str(connection.settings_dict["NAME"]))
    if key not in _lock_files:
        _lock_files[key] = os.open(f"{key[1]}-writer.lock", os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(_lock_files[key], fcntl.LOCK_EX)
    return _lock_files[key]


def _commit(batch: list[_Write]) -> None:
    failure = None
    try:
        with transaction.atomic():
            if len(batch) == 1:
                _write_alone(batch[0])
            else:
                for item in batch:
                    try:
                        # Its own savepoint: a failing write rolls back only itself.
                        with transaction.atomic():
                            item.result = item.write()
                    except Exception as exc:  # handed to its own thread
                        item.error = exc
    except BaseException as exc:  # BEGIN or COMMIT failed: nothing of the batch stored
        failure = exc
        raise
    finally:
        for item in batch:
            if failure is not None and item.error is None:
                item.result, item.error = None, failure
            item.done = True


def _write_alone(item: _Write) -> None:
    """A write alone has the transaction to itself: if it fails, all of it is rolled back,
    as a block without a savepoint around it would mark it to be, without entering one (a
    block cost a check-in POST 2 % of its instructions, callgrind)."""
    try:
        item.result = item.write()
    except Exception as exc:  # handed to its own thread
        item.error = exc
        transaction.set_rollback(True)


class _Checkpoints:
    """Checkpoints of the SQLite WAL in a thread of this process, every CHECKPOINT_EVERY
    commits (called by the leader, after its commit)."""

    def __init__(self):
        self.commits, self.due, self.thread = 0, threading.Event(), None

    def count(self, alias: str) -> None:
        self.commits += 1
        if self.commits < CHECKPOINT_EVERY:
            return
        self.commits = 0
        if self.thread is None or not self.thread.is_alive():  # none yet, or forked
            self.thread = threading.Thread(target=self._run, args=(alias,), daemon=True,
                                           name="wal-checkpoint")
            self.thread.start()
        self.due.set()

    def _run(self, alias: str) -> None:
        connection = connections.create_connection(alias)  # this thread's own
        while True:
            self.due.wait()
            self.due.clear()
            try:
                with connection.cursor() as cursor:
                    cursor.execute("PRAGMA wal_checkpoint(PASSIVE)")
            except DatabaseError:  # the next round reconnects; the backstop stays
                connection.close()


_checkpoints = _Checkpoints()


class Insert:
    """A new row's INSERT, its values made ready before the writer's turn
    (``insert_later``): ``run(cursor)`` runs it, inside the write's transaction, on the
    caller's cursor (which stays the caller's), and gives the object its new id."""

    def __init__(self, obj, using: str, statement: str, values: list,
                 late: list, now: tuple[str, ...]):
        self.obj, self.using, self.statement, self.values = obj, using, statement, values
        self.late, self.now, self.stamped = late, now, not now

    def stamp(self) -> None:
        """Set the fields named ``now`` to this moment, once: called where the writer's
        turn is held (see ``insert_later``); ``run`` does it if nobody did."""
        if not self.stamped:
            moment = timezone.now()
            for name in self.now:
                setattr(self.obj, name, moment)
            self.stamped = True

    def run(self, cursor) -> None:
        self.stamp()
        connection = cursor.db  # this thread's: a group commit's leader runs others' writes
        for place, field in self.late:
            self.values[place] = field.get_db_prep_save(getattr(self.obj, field.attname),
                                                        connection)
        cursor.execute(self.statement, self.values)
        self.obj.pk = cursor.fetchone()[0]
        self.obj._state.adding, self.obj._state.db = False, self.using


class _SavedTheOrdinaryWay(Insert):
    """A model with save signals connected: ``run`` saves it as the ORM does, which sets
    ``auto_now_add`` fields once more, a little after ``stamp`` (no model with signals is
    saved here today)."""

    def run(self, cursor) -> None:
        self.stamp()
        self.obj.save(using=self.using)


def insert_later(obj, using: str = "default", later: tuple[str, ...] = (),
                 now: tuple[str, ...] = ()) -> Insert:
    """Saving a new ``obj`` in two halves: now, before the writer's turn, its values are
    made ready (validated by the caller, encrypted and adapted, as the ORM's save does);
    the ``Insert`` returned runs the INSERT inside the write's transaction, so that other
    writers wait only for the statement itself. The fields named in ``later`` are read
    from ``obj`` when it runs (say, the id of a row inserted just before it); those named
    in ``now`` are set to the moment it is stamped, in the writer's turn (a check-in sent
    without a time: see ``insights.services.checkin_week_add``)."""
    model = type(obj)
    meta = model._meta
    if signals.pre_save.has_listeners(model) or signals.post_save.has_listeners(model):
        return _SavedTheOrdinaryWay(obj, using, "", [], [], now)
    connection = connections[using]
    statement, fields = _insert_for(connection, model)
    values = []
    for field in fields:  # what the ORM's INSERT does with each value
        value = field.pre_save(obj, add=True)
        if hasattr(value, "resolve_expression"):
            raise TypeError(f"{meta.label}.{field.name}: a value, not an expression")
        values.append(field.get_db_prep_save(value, connection))
    late = [(fields.index(meta.get_field(name)), meta.get_field(name))
            for name in (*later, *now)]
    return Insert(obj, using, statement, values, late, now)


# Per connection and model: the INSERT of one row of every field, as Django's compiler
# writes it, and those fields. Written once: the compiler took longer to write the
# statement than the database to run it. Its text does not depend on the values (plain
# values all get a placeholder; insert_later refuses expressions).
_inserts = weakref.WeakKeyDictionary()


def _insert_for(connection, model) -> tuple[str, list]:
    made = _inserts.setdefault(connection, {})
    if model not in made:
        meta = model._meta
        fields = [f for f in meta.local_concrete_fields
                  if f is not meta.auto_field and not f.generated]
        query = sql.InsertQuery(model)
        query.insert_values(fields, [model()])
        compiler = query.get_compiler(connection=connection)
        compiler.returning_fields = [meta.pk]
        [(statement, _)] = compiler.as_sql()
        made[model] = statement, fields
    return made[model]
