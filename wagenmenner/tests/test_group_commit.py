"""Writes handed in at once share one commit on SQLite; each gets its own result or error,
only after the commit, and a failing write takes nothing of the others with it."""

import fcntl
import os
import threading

import pytest
from django.db import connection, transaction
from django.db.models.functions import Now
from django.utils import timezone

from checkins.models import CheckIn
from wagenmenner import group_commit

LEVELS = {"alarm": 5, "energy": 5, "drive": 5, "enjoyment": 5, "boredom": 5, "urge": 5}


def note(person, text):
    def write():
        CheckIn.objects.create(owner=person, **LEVELS, note=text)
        if text == "gaat mis":
            raise ValueError("this one fails")
        return text
    return write


@pytest.fixture
def batches(monkeypatch) -> list[int]:
    """The size of each batch committed, on SQLite (where commits are grouped)."""
    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL groups the commits of its sessions itself")
    sizes = []
    commit = group_commit._commit
    monkeypatch.setattr(group_commit, "_commit",
                        lambda batch: (sizes.append(len(batch)), commit(batch)))
    return sizes


@pytest.mark.django_db(transaction=True)
def test_writes_at_once_share_a_commit_each_with_its_own_result(person, batches):
    texts = ["eerste", "tweede", "gaat mis", "vierde"]
    results, errors = [None] * 4, [None] * 4
    first_running, others_waiting = threading.Event(), threading.Event()

    def first():  # holds the turn until the three others wait for it
        first_running.set()
        others_waiting.wait(30)
        return note(person, "eerste")()

    def run(k, write):
        try:
            results[k] = group_commit.atomic_write(write)
        except Exception as exc:
            errors[k] = exc
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(0, first))]
    threads[0].start()
    first_running.wait(30)
    threads += [threading.Thread(target=run, args=(k, note(person, texts[k])))
                for k in (1, 2, 3)]
    for t in threads[1:]:
        t.start()
    while len(group_commit._waiting) < 3:
        threading.Event().wait(0.01)
    others_waiting.set()
    for t in threads:
        t.join(60)

    assert results == ["eerste", "tweede", None, "vierde"]
    assert errors[:2] == [None, None] and errors[3] is None
    assert isinstance(errors[2], ValueError)
    assert sorted(CheckIn.objects.values_list("note", flat=True)) == ["eerste", "tweede",
                                                                      "vierde"]
    assert batches == [1, 3]  # the three that waited: one transaction, one fsync
    assert group_commit._waiting == [] and not group_commit._leading


@pytest.mark.django_db(transaction=True)
def test_writes_that_arrive_while_another_worker_commits_join_the_next_commit(person,
                                                                            batches):
    # Another worker's turn: the writer lock file held through a descriptor of its own.
    other = os.open(f"{connection.settings_dict['NAME']}-writer.lock", os.O_RDWR | os.O_CREAT)
    fcntl.flock(other, fcntl.LOCK_EX)
    results = {}

    def run(text):
        try:
            results[text] = group_commit.atomic_write(note(person, text))
        finally:
            connection.close()

    texts = ["een", "twee", "drie"]
    threads = [threading.Thread(target=run, args=(text,)) for text in texts]
    try:
        for t in threads:
            t.start()
        for _ in range(3000):  # at most 30 s
            if len(group_commit._waiting) == 3:
                break
            threading.Event().wait(0.01)
        # The leader waits for its turn with its own write still in the queue: the two
        # that came after it join it.
        assert len(group_commit._waiting) == 3 and batches == []
    finally:
        fcntl.flock(other, fcntl.LOCK_UN)
        os.close(other)
    for t in threads:
        t.join(60)

    assert results == {text: text for text in texts}
    assert batches == [3]  # one transaction, one fsync for the three
    assert sorted(CheckIn.objects.values_list("note", flat=True)) == sorted(texts)
    assert group_commit._waiting == [] and not group_commit._leading


@pytest.mark.django_db(transaction=True)
def test_many_threads_writing_at_once_each_get_their_own_write_back_once(person):
    """Leaders come and go while others queue: every write runs once, in one leader's
    batch, and every thread gets its own result after the commit (a follower whose write
    is done must not end the turn of the leader that comes after)."""
    results, errors = {}, []

    def run(k):
        try:
            for n in range(12):
                text = f"{k}-{n}"
                results[text] = group_commit.atomic_write(note(person, text))
        except Exception as exc:
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)

    texts = [f"{k}-{n}" for k in range(8) for n in range(12)]
    assert errors == []
    assert results == {text: text for text in texts}
    assert sorted(CheckIn.objects.values_list("note", flat=True)) == sorted(texts)
    assert group_commit._waiting == [] and not group_commit._leading


@pytest.mark.django_db(transaction=True)
def test_a_write_alone_that_fails_leaves_nothing_and_the_next_one_is_stored(person, batches):
    """A lone write runs in the transaction without a block of its own: its failure must
    still roll back what it had written before it failed."""
    with pytest.raises(ValueError, match="this one fails"):
        group_commit.atomic_write(note(person, "gaat mis"))
    assert not CheckIn.objects.exists()
    assert group_commit.atomic_write(note(person, "daarna")) == "daarna"
    assert list(CheckIn.objects.values_list("note", flat=True)) == ["daarna"]
    assert batches == [1, 1] and not connection.in_atomic_block


def test_inside_a_transaction_a_write_is_part_of_it(person):
    with transaction.atomic():
        assert group_commit.atomic_write(note(person, "binnen")) == "binnen"
        transaction.set_rollback(True)
    assert not CheckIn.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_the_wal_is_checkpointed_beside_the_writes_not_inside_a_commit(person, monkeypatch):
    """SQLite's own checkpoint (in whichever commit crosses its page count) is only a
    backstop; every CHECKPOINT_EVERY commits a thread of the process copies the WAL into
    the database file, while the writes go on."""
    if connection.vendor != "sqlite":
        pytest.skip("SQLite's WAL")
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA wal_autocheckpoint")
        assert cursor.fetchone()[0] == 10000
    monkeypatch.setattr(group_commit, "CHECKPOINT_EVERY", 3)
    monkeypatch.setattr(group_commit, "_checkpoints", group_commit._Checkpoints())
    database = connection.settings_dict["NAME"]
    with open(database, "rb") as file:
        before = file.read()
    for text in ("een", "twee"):
        group_commit.atomic_write(note(person, text))
    assert group_commit._checkpoints.thread is None  # not due yet: all in the WAL
    with open(database, "rb") as file:
        assert file.read() == before
    group_commit.atomic_write(note(person, "drie"))
    assert group_commit._checkpoints.thread.name == "wal-checkpoint"
    for _ in range(200):  # the thread copies the three check-ins into the file
        with open(database, "rb") as file:
            if file.read() != before:
                break
        threading.Event().wait(0.05)
    else:
        pytest.fail("the WAL was not checkpointed")
    assert CheckIn.objects.count() == 3


@pytest.mark.django_db
def test_a_row_inserted_later_is_the_row_the_orm_would_store(person):
    """insert_later writes its statement once per model: the row it stores is the ORM's,
    encrypted note included, and an expression (whose SQL would differ) is refused."""
    when = timezone.now()
    later = CheckIn(owner=person, **LEVELS, note="later", recorded_at=when)
    with transaction.atomic(), connection.cursor() as cursor:
        group_commit.insert_later(later).run(cursor)
    now = CheckIn.objects.create(owner=person, **LEVELS, note="later", recorded_at=when)
    columns = [f.attname for f in CheckIn._meta.concrete_fields
               if f.attname not in ("id", "created_at")]
    first, second = (CheckIn.objects.filter(pk=pk).values(*columns).get()
                     for pk in (later.pk, now.pk))
    assert first == second and first["note"] == "later"
    with pytest.raises(TypeError, match="expression"):
        group_commit.insert_later(CheckIn(owner=person, **LEVELS, recorded_at=Now()))
