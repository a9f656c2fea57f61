"""Writes for insights: the stored weeks of check-ins, pursuits and their ratings, and the
weekly review's adjustment."""

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from functools import cache

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import connections, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import zone_named
from charioteer.models import Goal, LifeRule, Side
from checkins.models import CheckIn, Pursuit, PursuitRating
from insights import days
from insights.flips import drive_boredom_flips
from insights.metrics import STORED_FIELDS, local_date, monday_of
from insights.models import CheckInWeek, PursuitFlip, RideWeek, WeeklyReview
from insights.periods import utc_bounds
from insights.tallied import in_transaction
from insights.tallies import day_tallies, rule_weeks, week_tallies
from people.models import Escalation
from rides.models import Ride, RideRule
from wagenmenner.access import get_owned_or_404
from wagenmenner.group_commit import Insert
from wagenmenner.postgresql import prepared_cursor

ERROR_REASON = _("Write down why you make this adjustment.")
ERROR_NO_CHANGE = _("Nothing was changed. Change the wording, or choose something else.")

# Local midnights move by at most a day with the clock: a check-in of a local date lies
# within this margin of the date's UTC bounds, even where a clock went back across midnight.
_CLOCK_MARGIN = timedelta(days=1)


def checkin_weeks_refresh(*, owner_id: int, moments: Iterable[datetime],
                          using: str = "default") -> None:
    """Bring the person's stored weeks (``CheckInWeek``) that hold ``moments`` up to date
    with the check-ins: called with the moments of every check-in written, moved or
    deleted (``checkins.models``), inside that write's transaction. Recomputes the weeks
    from their check-ins, so the order in which check-ins arrive (offline, imported) does
    not matter."""
    moments = [moment for moment in moments if moment is not None]
    if not moments:
        return
    with transaction.atomic(using=using):
        zone = _locked_zone(owner_id, using)
        mondays = [monday_of(local_date(moment, zone)) for moment in moments]
        _weeks_rebuild(owner_id, zone, using, min(mondays), max(mondays))


# Every check-in passes through checkin_week_add, so its statements are written as SQL:
# built by the ORM, they were a third of an API check-in's server time. Names from the
# models (no input), the same on SQLite and PostgreSQL. The optional dark-thoughts row is
# one more column of the same statements (``STORED_FIELDS``), never a statement of its own.
_WEEK = CheckInWeek._meta.db_table
_LEVELS = ", ".join(CheckInWeek._meta.get_field(field).column for field in STORED_FIELDS)
# The lock (``_locked_zone``) and this read stay two statements: on PostgreSQL a statement
# that waited for the row lock sees a joined table as it was before the wait, so the read
# would miss (or overwrite) the week another writer of the person stored meanwhile.
_WEEK_READ = (f"SELECT latest IS NULL OR latest >= %s, {_LEVELS} FROM {_WEEK}"  # noqa: S608
              " WHERE owner_id = %s AND monday = %s")
# On SQLite one writer writes at a time (IMMEDIATE transactions), so the person's row needs
# no lock, and their zone is read with the week in one statement: the week of the zone the
# request knows, checked against the zone stored (``_zone_and_week``).
@cache
def _zone_and_week_read() -> str:
    users = get_user_model()._meta.db_table
    levels = ", ".join(f"w.{level}" for level in _LEVELS.split(", "))
    return (f"SELECT u.time_zone, w.id IS NOT NULL, w.latest IS NULL OR w.latest >= %s,"  # noqa: S608
            f" {levels} FROM {users} u LEFT JOIN {_WEEK} w"
            " ON w.owner_id = u.id AND w.monday = %s WHERE u.id = %s")


_WEEK_INSERT = (f"INSERT INTO {_WEEK} (owner_id, monday, latest, {_LEVELS})"  # noqa: S608
                f" VALUES (%s, %s, %s{', %s' * len(STORED_FIELDS)})")
_WEEK_UPDATE = (f"UPDATE {_WEEK} SET latest = %s, "  # noqa: S608
                + ", ".join(f"{field} = %s" for field in STORED_FIELDS)
                + " WHERE owner_id = %s AND monday = %s")


def checkin_week_add(*, checkin: CheckIn, using: str = "default",
                     insert: Insert | None = None) -> None:
    """Bring the stored week up to date for one new check-in, inside its transaction. The
    usual one is the latest of its week (made just now): it is added to its day's records
    in place (``days.week_with_latest``), one row read and written however full the week.
    Any other (an offline one sent late, a backdated one) recomputes its week. ``insert``
    (``group_commit.insert_later``'s), when given, stores the check-in: after the week's
    write for the latest of its week, before the recount for any other (so that the recount
    counts it)."""
    owner_id = checkin.owner_id
    connection = connections[using]
    with in_transaction(using, connection), prepared_cursor(connection) as cursor:
        zone, day, when, stored = _zone_and_week(cursor, checkin, insert)
        monday = monday_of(day)
        week = [owner_id, connection.ops.adapt_datefield_value(monday)]
        if stored is not None and stored[0]:  # not after the week's latest, or unknown
            if insert is not None:
                insert.run(cursor)
            _weeks_rebuild(owner_id, zone, using, monday, monday)
            return
        levels = [days.week_with_latest(
                      stored and stored[k], day.weekday(),
                      CheckIn._meta.get_field(field).to_python(getattr(checkin, field)))
                  for k, field in enumerate(STORED_FIELDS, start=1)]
        if stored is None:
            cursor.execute(_WEEK_INSERT, [*week, when, *levels])
        else:
            cursor.execute(_WEEK_UPDATE, [when, *levels, *week])
        if insert is not None:
            insert.run(cursor)


def _zone_and_week(cursor, checkin: CheckIn, insert: Insert | None):
    """The person's zone (their row locked on PostgreSQL), the check-in's local day and
    moment as the database takes it, and its stored week as ``_WEEK_READ`` reads it (None
    when there is none yet). A check-in sent without a time is stamped
    (``insert.stamp()``) in the writer's turn, before its day is known: on SQLite that is
    the transaction's (one writer at a time), on PostgreSQL the person's row lock, so that
    it comes after every check-in of the person committed before it, the latest of its
    week."""
    connection = cursor.db  # the connection of ``using``, as the caller found it
    owner_id = checkin.owner_id
    stamp = insert.stamp if insert is not None else _unstamped
    known = CheckIn.owner.is_cached(checkin) and checkin.owner.time_zone
    if connection.vendor == "sqlite" and known:
        stamp()
        zone = zone_named(known)
        day = local_date(checkin.recorded_at, zone)
        when = connection.ops.adapt_datetimefield_value(checkin.recorded_at)
        cursor.execute(_zone_and_week_read(), [
            when, connection.ops.adapt_datefield_value(monday_of(day)), owner_id])
        row = cursor.fetchone()
        if row is not None and row[0] == known:  # else the zone changed: read again
            return zone, day, when, (row[2:] if row[1] else None)
    cursor.execute(_lock_sql(connection), [owner_id])  # as _locked_zone, on this cursor
    row = cursor.fetchone()
    zone = zone_named(row and row[0])
    stamp()
    day = local_date(checkin.recorded_at, zone)
    when = connection.ops.adapt_datetimefield_value(checkin.recorded_at)
    cursor.execute(_WEEK_READ, [
        when, owner_id, connection.ops.adapt_datefield_value(monday_of(day))])
    return zone, day, when, cursor.fetchone()


def _unstamped() -> None:
    """A check-in saved the ordinary way: its moment is set already."""


def checkin_weeks_rebuild(*, owner, using: str = "default") -> None:
    """Recompute all of the person's stored weeks: after a change of time zone, which
    moves check-ins to other local days."""
    with transaction.atomic(using=using):
        _weeks_rebuild(owner.pk, _locked_zone(owner.pk, using), using)


def _locked_zone(owner_id: int, using: str):
    """The person's time zone, their row locked until the transaction ends: on PostgreSQL
    two writes of one person's check-ins would otherwise each recompute a week without
    the other's check-in. (SQLite runs one writer at a time anyway.) As SQL, since every
    check-in asks it (see ``checkin_week_add``)."""
    connection = connections[using]
    with prepared_cursor(connection) as cursor:
        cursor.execute(_lock_sql(connection), [owner_id])
        row = cursor.fetchone()
    return zone_named(row and row[0])


def _lock_sql(connection) -> str:
    # NO KEY UPDATE, not UPDATE: it does not wait for the key-share locks that inserting
    # check-ins (which refer to this row) takes, so two such writes cannot deadlock.
    lock = " FOR NO KEY UPDATE" if connection.features.has_select_for_no_key_update else ""
    return (f"SELECT time_zone FROM {get_user_model()._meta.db_table}"  # noqa: S608
            f" WHERE id = %s{lock}")


def _weeks_rebuild(owner_id: int, zone, using: str, first: date | None = None,
                   last: date | None = None) -> None:
    """Replace the stored weeks from the Monday ``first`` to the Monday ``last`` (all weeks
    without them) by weeks recomputed from the check-ins."""
    checkins = CheckIn.objects.using(using).filter(owner_id=owner_id)
    stored = CheckInWeek.objects.using(using).filter(owner_id=owner_id)
    if first is not None:
        lo, hi = utc_bounds(first, last + timedelta(days=6), zone)
        checkins = checkins.filter(recorded_at__gte=lo - _CLOCK_MARGIN,
                                   recorded_at__lt=hi + _CLOCK_MARGIN)
        stored = stored.filter(monday__gte=first, monday__lte=last)
    rows = list(checkins.order_by("recorded_at", "id").values("recorded_at", *STORED_FIELDS))
    computed = days.checkin_weeks(rows, zone, STORED_FIELDS)
    latest = {}
    for row in rows:  # in time order: the last one of a week is its latest
        latest[monday_of(local_date(row["recorded_at"], zone))] = row["recorded_at"]
    stored.delete()
    CheckInWeek.objects.using(using).bulk_create(
        [CheckInWeek(owner_id=owner_id, monday=monday, latest=latest[monday], **levels)
         for monday, levels in computed.items() if first is None or first <= monday <= last],
        batch_size=500)


def ride_weeks_refresh(*, owner_id: int, moments: Iterable[datetime],
                       using: str = "default") -> None:
    """Bring the person's stored weeks of rides and escalations (``RideWeek``) that hold
    ``moments`` up to date: called with the moments of every ride or escalation written,
    moved or deleted (``insights.tallied``), inside that write's transaction. Recounts
    those weeks from the rows, so the order in which they arrive (offline, imported) does
    not matter."""
    moments = [moment for moment in moments if moment is not None]
    if not moments:
        return
    with transaction.atomic(using=using, savepoint=False):
        zone = _locked_zone(owner_id, using)
        mondays = [monday_of(local_date(moment, zone)) for moment in moments]
        _ride_weeks_rebuild(owner_id, zone, using, min(mondays), max(mondays))


def ride_weeks_rebuild(*, owner, using: str = "default") -> None:
    """Recount all of the person's stored weeks of rides and escalations: after a change
    of time zone, which moves rides and escalations to other local dates."""
    with transaction.atomic(using=using):
        _ride_weeks_rebuild(owner.pk, _locked_zone(owner.pk, using), using)


def _ride_weeks_rebuild(owner_id: int, zone, using: str, first: date | None = None,
                        last: date | None = None) -> None:
    """Replace the stored weeks of rides and escalations from the Monday ``first`` to the
    Monday ``last`` (all weeks without them) by weeks recounted from the rows."""
    rides = Ride.objects.using(using).filter(owner_id=owner_id)
    escalations = Escalation.objects.using(using).filter(owner_id=owner_id)
    stored = RideWeek.objects.using(using).filter(owner_id=owner_id)
    if first is not None:
        lo, hi = utc_bounds(first, last + timedelta(days=6), zone)
        rides = rides.filter(started_at__gte=lo - _CLOCK_MARGIN,
                             started_at__lt=hi + _CLOCK_MARGIN)
        escalations = escalations.filter(happened_at__gte=lo - _CLOCK_MARGIN,
                                         happened_at__lt=hi + _CLOCK_MARGIN)
        stored = stored.filter(monday__gte=first, monday__lte=last)
    weeks = week_tallies(day_tallies(rides.order_by().values("started_at", "escalated"),
                                     escalations.order_by().values_list("happened_at", flat=True),
                                     zone))
    rules = rule_weeks(RideRule.objects.using(using).filter(ride__in=rides).order_by()
                       .values_list("ride__started_at", "ride_id", "id", "rule_id", "kept"), zone)
    stored.delete()
    RideWeek.objects.using(using).bulk_create(
        [RideWeek(owner_id=owner_id, monday=monday, days=packed, rules=rules.get(monday, b""))
         for monday, packed in weeks.items() if first is None or first <= monday <= last],
        batch_size=500)


def pursuit_flips_refresh(*, pursuit_ids: Iterable[int], using: str = "default") -> None:
    """Recompute the stored flips (``PursuitFlip``) of these pursuits from their ratings:
    called by every write of ratings (``checkins.models``), inside its transaction."""
    pursuit_ids = sorted(set(pursuit_ids))
    if not pursuit_ids:
        return
    with transaction.atomic(using=using, savepoint=False):
        # Locked, so that two ratings of one pursuit written at once on PostgreSQL do not
        # each recompute its flips without the other (SQLite writes one at a time).
        owners = dict(Pursuit.objects.using(using).select_for_update(no_key=True)
                      .filter(pk__in=pursuit_ids).order_by().values_list("id", "owner_id"))
        ratings: dict[int, list] = {pk: [] for pk in owners}
        for pursuit_id, rated_at, intensity in (
                PursuitRating.objects.using(using).filter(pursuit_id__in=list(owners))
                .order_by("rated_at", "id").values_list("pursuit_id", "rated_at", "intensity")):
            ratings[pursuit_id].append((rated_at, intensity))
        PursuitFlip.objects.using(using).filter(pursuit_id__in=pursuit_ids).delete()
        PursuitFlip.objects.using(using).bulk_create([
            PursuitFlip(owner_id=owners[pk], pursuit_id=pk, position=position,
                        start=flip["start"], peak_end=flip["peak_end"], drop=flip["drop"],
                        drive_days=flip["drive_days"])
            for pk, rows in ratings.items()
            for position, flip in enumerate(drive_boredom_flips(rows)["flips"])])


# What a weekly review may change, per kind: the model and its editable text fields.
ADJUSTABLE = {
    WeeklyReview.Kind.RULE: (LifeRule, ("if_text", "then_text")),
    WeeklyReview.Kind.NEW_RULE: (LifeRule, ("if_text", "then_text")),
    WeeklyReview.Kind.GOAL: (Goal, ("title", "asks_of_me")),
    WeeklyReview.Kind.SIDE: (Side, ("name", "good_for", "when_to_deploy", "when_harmful")),
}


def pursuit_create(*, user, name: str, kind: str = Pursuit.Kind.PROJECT,
                   intensity: int | None = None, at=None) -> Pursuit:
    """A new pursuit, with its first rating when one is given, in one transaction."""
    at = at or timezone.now()
    pursuit = Pursuit(owner=user, name=name, kind=kind, created_at=at)
    pursuit.full_clean()
    with transaction.atomic():
        pursuit.save()
        if intensity is not None:
            pursuit_rate(pursuit=pursuit, intensity=intensity, rated_at=at)
    return pursuit


def pursuit_rate(*, pursuit: Pursuit, intensity: int, rated_at=None) -> PursuitRating:
    rating = PursuitRating(pursuit=pursuit, intensity=intensity,
                           rated_at=rated_at or timezone.now())
    rating.full_clean()
    with transaction.atomic():
        rating.save()
    return rating


def _wording(obj, fields) -> str:
    """The object's text as the person wrote it, without labels (so it reads the same
    in any interface language): a rule as "if → then", else one line per field."""
    values = [getattr(obj, name) or "" for name in fields]
    if isinstance(obj, LifeRule):
        return " → ".join(values) if any(values) else ""
    return "\n".join(v for v in values if v)


def weekly_review_save(*, user, week: str, kind: str, target_id: int | None,
                       changes: dict, reason: str, goal=None) -> WeeklyReview:
    """Apply ONE adjustment (edit a rule, goal or side, or add a rule) and keep the review
    with the wording before and after, all in one transaction."""
    if not (reason or "").strip():
        raise ValidationError({"reason": [ERROR_REASON]})
    model, fields = ADJUSTABLE[WeeklyReview.Kind(kind)]
    with transaction.atomic():
        if kind == WeeklyReview.Kind.NEW_RULE:
            obj = model(owner=user, goal=goal)
            before = ""
        else:
            obj = get_owned_or_404(model, user, target_id)
            before = _wording(obj, fields)
        for name in fields:
            if name in changes:
                setattr(obj, name, (changes[name] or "").strip())
        after = _wording(obj, fields)
        if after == before:
            raise ValidationError({"__all__": [ERROR_NO_CHANGE]})
        obj.full_clean()
        obj.save()
        review = WeeklyReview(owner=user, week=week, kind=kind, object_id=obj.pk,
                              reason=reason.strip(), before=before, after=after)
        review.full_clean()
        review.save()
    return review
