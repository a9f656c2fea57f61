"""Reads for the people who matter: the ledger's sums and the trust experiments' figures.

Every query is scoped through wagenmenner.access and their number does not grow with
the length of the ledger (bench/people_bench.py).
"""

from datetime import date, datetime, timedelta

from django.db.models import Sum

from people import ledger
from people.models import Person, ReciprocityEntry, TrustExperiment
from wagenmenner.access import owned
from wagenmenner.sql import columns, fetch, fields_of, instance

SENTENCE_WEEKS = 8  # the person page's sentence looks at the last 8 weeks
CHART_WEEKS = (8, 26, 52)
DEFAULT_CHART_WEEKS = 26
RECENT_ENTRIES = 10


def _since(today: date, weeks: int, zone) -> datetime:
    first = today - timedelta(weeks=weeks) + timedelta(days=1)
    return datetime(first.year, first.month, first.day, tzinfo=zone)


def ledger_totals_by_person(user, lo: datetime | None = None,
                            hi: datetime | None = None) -> dict[int, dict[str, int]]:
    """Per person id: the sums of weights per direction and the balance, over [lo, hi).
    One grouped statement, however long the ledger; written as SQL (wagenmenner.sql):
    the ORM's grouped query cost home and the insights page a millisecond to build."""
    where, params = ["owner_id = %s"], [user.pk]
    if lo is not None:
        where.append("happened_at >= %s")
        params.append(lo)
    if hi is not None:
        where.append("happened_at < %s")
        params.append(hi)
    found: dict[int, list] = {}
    for person_id, direction, weight in fetch(
            ReciprocityEntry,
            f"SELECT person_id, direction, SUM(weight) FROM {ReciprocityEntry._meta.db_table}"  # noqa: S608 (names)
            f" WHERE {' AND '.join(where)} GROUP BY person_id, direction", params):
        found.setdefault(person_id, []).append((direction, weight))
    return {pk: ledger.totals(entries) for pk, entries in found.items()}


def reciprocity_for_period(user, lo: datetime, hi: datetime) -> list[dict]:
    """The insights' ``reciprocity`` key: per person with entries in [lo, hi), the sums
    of weights per direction and the balance, by person id. One query."""
    totals = ledger_totals_by_person(user, lo, hi)
    return [{"person_id": pk, **totals[pk]} for pk in sorted(totals)]


def people_with_recent_totals(user, today: date) -> list[tuple[Person, dict, str]]:
    """Everyone who matters, with the last 8 weeks' sums and how they compare."""
    totals = ledger_totals_by_person(user, _since(today, SENTENCE_WEEKS, user.zone))
    empty = ledger.totals([])
    out = []
    for person in owned(Person, user).select_related("goal"):
        sums = totals.get(person.pk, empty)
        out.append((person, sums, ledger.balance_kind(sums["gave"], sums["received"])))
    return out


def person_ledger(person: Person, zone, today: date, weeks: int = DEFAULT_CHART_WEEKS) -> dict:
    """What the person page shows of the ledger: the last 8 weeks' sums and comparison,
    the balance per week over the chart's weeks (local dates in ``zone``), and the
    newest entries. Three queries."""
    entries = person.reciprocity_entries.all()
    recent = ledger.totals(
        entries.filter(happened_at__gte=_since(today, SENTENCE_WEEKS, zone)).order_by()
        .values("direction").annotate(weight=Sum("weight")).values_list("direction", "weight"))
    start = ledger.monday_of(today) - timedelta(weeks=weeks - 1)
    lo = datetime(start.year, start.month, start.day, tzinfo=zone)
    moments = entries.filter(happened_at__gte=lo).order_by().values_list(
        "happened_at", "direction", "weight")
    weekly = ledger.weekly_balance(
        ((moment.astimezone(zone).date(), direction, weight)
         for moment, direction, weight in moments), start, today)
    return {
        "recent": recent,
        "kind": ledger.balance_kind(recent["gave"], recent["received"]),
        "weeks": weekly,
        "chart_weeks": weeks,
        "entries": list(entries[:RECENT_ENTRIES]),
    }


def trust_summary(experiments) -> dict:
    """The insights' ``trust`` key over a queryset of experiments (``trust_figures``)."""
    return trust_figures(experiments.order_by().values_list(
        "feared_happened", "belief_before", "belief_after"))


def trust_figures(rows) -> dict:
    """How many experiments, how many have an outcome, the share of those in which what
    was feared happened (wholly or partly), and the mean change of belief (after −
    before) of those with an outcome, from each one's (feared_happened, belief_before,
    belief_after). Shares and means are null when there is no outcome yet. Summed here:
    experiments are planned one by one (dozens, not thousands), and building the
    equivalent aggregate with its filtered counts cost the ORM four times more."""
    count = with_outcome = feared = changed = change = 0
    for happened, before, after in rows:
        count += 1
        if happened is not None:
            with_outcome += 1
            feared += happened in ("yes", "partly")
        if after is not None:
            changed += 1
            change += after - before
    return {
        "experiments": count,
        "with_outcome": with_outcome,
        "feared_happened_share": round(feared / with_outcome, 4) if with_outcome else None,
        "mean_belief_change": round(change / changed, 4) if changed else None,
    }


def trust_for_period(user, start: date, end: date) -> dict:
    """``trust_figures`` of the experiments planned on start..end, read as SQL
    (wagenmenner.sql) for the insights page."""
    return trust_figures(fetch(
        TrustExperiment,
        f"SELECT feared_happened, belief_before, belief_after FROM {TrustExperiment._meta.db_table}"  # noqa: S608 (a name)
        " WHERE owner_id = %s AND planned_for >= %s AND planned_for <= %s",
        [user.pk, start, end]))


_TRUST_FIELDS = fields_of(TrustExperiment, ("person", "what", "planned_for"))
_NAME_FIELDS = fields_of(Person, ("name",))
# As SQL (wagenmenner.sql): built by the ORM, this read cost home half a millisecond.
_TRUST_OPEN_SQL = (
    f"SELECT {columns(_TRUST_FIELDS, 'x')}, {columns(_NAME_FIELDS, 'p')}"  # noqa: S608 (names)
    f" FROM {TrustExperiment._meta.db_table} x JOIN {Person._meta.db_table} p"
    " ON p.id = x.person_id WHERE x.owner_id = %s AND x.planned_for <= %s"
    " AND x.feared_happened IS NULL ORDER BY x.planned_for, x.id LIMIT %s")


def trust_open(user, today: date, limit: int) -> list[TrustExperiment]:
    """The first ``limit`` experiments whose day has come without an outcome, with their
    person's name: home asks for them. Only what home shows is read (and decrypted)."""
    found = []
    for row in fetch(TrustExperiment, _TRUST_OPEN_SQL, [user.pk, today, limit]):
        experiment = instance(TrustExperiment, _TRUST_FIELDS, row[:len(_TRUST_FIELDS)])
        experiment.person = instance(Person, _NAME_FIELDS, row[len(_TRUST_FIELDS):])
        found.append(experiment)
    return found


def insights_context(user, report: dict) -> dict:
    """What the insights page shows of the people: the ledger's sums per person, with
    names (one query, none without ledger rows), and the trust experiments' figures."""
    ids = [r["person_id"] for r in report["reciprocity"]]
    # No ledger rows, no names to read: building the empty query cost the page 0.8 ms.
    names = dict(owned(Person, user).filter(pk__in=ids).values_list("pk", "name")) if ids else {}
    return {"reciprocity_rows": [(names.get(r["person_id"], ""), r) for r in report["reciprocity"]],
            "trust": report["trust"]}
