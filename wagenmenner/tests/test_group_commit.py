"""Writes handed in at once share one commit on SQLite; each gets its own result or error,
only after the commit, and a failing write takes nothing of the others with it."""

import threading

import pytest
from django.db import connection, transaction

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


@pytest.mark.django_db(transaction=True)
def test_writes_at_once_share_a_commit_each_with_its_own_result(person, monkeypatch):
    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL groups the commits of its sessions itself")
    batches = []
    commit = group_commit._commit
    monkeypatch.setattr(group_commit, "_commit",
                        lambda batch: (batches.append(len(batch)), commit(batch)))
    texts = ["eerste", "tweede", "gaat mis", "vierde"]
    results, errors = [None] * 4, [None] * 4
    others_waiting = threading.Event()

    def first():  # holds the turn until the three others wait for it
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
    while not group_commit._leading:
        threading.Event().wait(0.01)
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


def test_inside_a_transaction_a_write_is_part_of_it(person):
    with transaction.atomic():
        assert group_commit.atomic_write(note(person, "binnen")) == "binnen"
        transaction.set_rollback(True)
    assert not CheckIn.objects.exists()
