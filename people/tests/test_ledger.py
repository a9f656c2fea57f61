from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from people import ledger

entries = st.lists(st.tuples(st.sampled_from(ledger.DIRECTIONS), st.integers(1, 3)))


def test_totals_sum_weights_per_direction_and_the_balance():
    sums = ledger.totals([("gave", 3), ("gave", 1), ("received", 2), ("asked", 2),
                          ("refused", 1)])
    assert sums == {"gave": 4, "received": 2, "asked": 2, "refused": 1, "balance": 2}


@given(entries)
def test_balance_is_given_minus_received_whatever_was_asked_or_refused(rows):
    sums = ledger.totals(rows)
    assert sums["balance"] == (sum(w for d, w in rows if d == "gave")
                               - sum(w for d, w in rows if d == "received"))
    assert sum(sums[d] for d in ledger.DIRECTIONS) == sum(w for _, w in rows)


def test_balance_kind_reads_as_a_person_would():
    assert ledger.balance_kind(0, 0) == "none"
    assert ledger.balance_kind(1, 0) == "even"  # one small thing is no pattern
    assert ledger.balance_kind(5, 4) == "even"
    assert ledger.balance_kind(6, 3) == "more_given"
    assert ledger.balance_kind(9, 2) == "much_more_given"
    assert ledger.balance_kind(3, 0) == "much_more_given"
    assert ledger.balance_kind(2, 9) == "much_more_received"
    assert ledger.balance_kind(3, 6) == "more_received"


@given(st.integers(0, 200), st.integers(0, 200))
def test_balance_kind_is_symmetric(gave, received):
    kind = ledger.balance_kind(gave, received)
    mirrored = ledger.balance_kind(received, gave)
    assert kind.replace("given", "X").replace("received", "given").replace("X", "received") \
        == mirrored
    assert (kind == "none") == (gave == received == 0)


def test_weekly_balance_has_every_week_and_a_running_balance():
    start, end = date(2026, 3, 4), date(2026, 3, 25)  # Wednesday to Wednesday
    rows = [(date(2026, 3, 5), "gave", 3), (date(2026, 3, 6), "received", 1),
            (date(2026, 3, 19), "received", 2), (date(2026, 3, 19), "asked", 2),
            (date(2026, 3, 1), "gave", 3)]  # before the period: left out
    weeks = ledger.weekly_balance(rows, start, end)
    assert [w["start"] for w in weeks] == [date(2026, 3, 2) + timedelta(weeks=k)
                                           for k in range(4)]
    assert [w["net"] for w in weeks] == [2, 0, -2, 0]
    assert [w["balance"] for w in weeks] == [2, 2, 0, 0]
    assert weeks[2]["asked"] == 2


@given(st.lists(st.tuples(st.integers(0, 120), st.sampled_from(ledger.DIRECTIONS),
                          st.integers(1, 3))))
def test_weekly_balance_ends_at_the_periods_balance(rows):
    start = date(2026, 1, 1)
    dated = [(start + timedelta(days=d), direction, w) for d, direction, w in rows]
    weeks = ledger.weekly_balance(dated, start, start + timedelta(days=100))
    inside = [(d, w) for day, d, w in dated if day <= start + timedelta(days=100)]
    assert weeks[-1]["balance"] == ledger.totals(inside)["balance"]
