"""Reads for insights: fetch the rows in a fixed number of queries, compute with the plain
functions of this app (METHOD 4.4), and add what only the database knows (names, rule
texts).

Check-ins are read as stored days (``CheckInWeek``, kept up to date by every write): ten
years are 522 rows of packed numbers instead of 29,000 check-ins. The query count does not
grow with history.
"""

from datetime import date, timedelta

from charioteer.models import LifeRule
from checkins.models import CheckIn, Pursuit, PursuitRating
from insights import days, metrics
from insights.flips import (
    drive_boredom_flips,
    flips_summary,
    new_pursuit_reminder,
    summary_of_flips,
)
from insights.models import CheckInWeek, PursuitFlip, RideWeek, WeeklyReview
from insights.periods import monday_of, user_zone, utc_bounds
from insights.report import insights_report, to_json_ready
from insights.tallies import rides_and_escalations, rule_keeping
from people.models import Escalation
from people.selectors import reciprocity_for_period, trust_for_period
from rides.models import Ride
from timeouts.selectors import timeouts_for_period
from wagenmenner.access import owned
from wagenmenner.sql import fetch
from warningplan.selectors import alarm_from_for, phases_of_days

COMPARE_WEEKS = 4  # the weekly review compares a week with the 4 weeks before


def stored_days(user, start: date, end: date, fields=metrics.FIELDS) -> days.Days:
    """The person's stored days on the local dates start..end, of these levels: one
    query, written as SQL (``wagenmenner.sql``): built by the ORM it cost home's card half
    a millisecond, ten times running it."""
    levels = ", ".join(CheckInWeek._meta.get_field(field).column for field in fields)
    rows = fetch(CheckInWeek, f"SELECT monday, {levels} FROM {CheckInWeek._meta.db_table}"  # noqa: S608 (names)
                 " WHERE owner_id = %s AND monday >= %s AND monday <= %s ORDER BY monday",
                 [user.pk, monday_of(start), end], read_as=("monday", *fields))
    return days.Days.of_weeks(rows, start, end, fields)


def own_stored_days(user, start: date, end: date) -> days.Days:
    """``stored_days`` of the three levels and, when the person answered it in the period,
    the optional dark-thoughts row (issue 11 point 10): for the person's own insights
    only. No kind shares that row, so no view for a partner or a clinician reads this.
    The same one query."""
    return stored_days(user, start, end, metrics.STORED_FIELDS).without_empty(
        metrics.DARK_THOUGHTS)


def _ratings_by_pursuit(user) -> dict[int, list]:
    """Every rating of the person's pursuits as (rated_at, intensity), in time order,
    per pursuit id: one query, whatever the number of pursuits."""
    ratings = PursuitRating.objects.filter(pursuit__in=owned(Pursuit, user))
    by_pursuit: dict[int, list] = {}
    for pursuit_id, rated_at, intensity in (ratings.order_by("rated_at", "id")
                                            .values_list("pursuit_id", "rated_at", "intensity")):
        by_pursuit.setdefault(pursuit_id, []).append((rated_at, intensity))
    return by_pursuit


_FLIPS = PursuitFlip._meta.db_table


def _flips_in(user, pursuit_ids, lo, hi) -> dict:
    """``flips.flips_summary`` of the flips whose drop lies in [lo, hi), from the stored
    flips (found in each pursuit's whole history, so a drive phase that began before the
    period still counts whole): one query."""
    found: dict[int, list] = {}
    # As SQL (wagenmenner.sql): the ORM cost the page a millisecond to build this read.
    for pursuit_id, first, peak_end, drop, drive_days in fetch(
            PursuitFlip,
            f'SELECT pursuit_id, "start", peak_end, "drop", drive_days FROM {_FLIPS}'  # noqa: S608
            ' WHERE owner_id = %s AND "drop" >= %s AND "drop" < %s'
            " ORDER BY pursuit_id, position", [user.pk, lo, hi],
            read_as=(None, "start", "peak_end", "drop")):
        found.setdefault(pursuit_id, []).append(
            {"start": first, "peak_end": peak_end, "drop": drop, "drive_days": drive_days})
    # Keyed by id, not name: two pursuits may share a name.
    return summary_of_flips({str(pk): found.get(pk, []) for pk in pursuit_ids})


def _period(start: date, end: date, zone) -> dict:
    return to_json_ready({"start": start, "end": end, "tz": str(zone)})


def _ride_weeks(user, start: date, end: date) -> list[tuple]:
    """The stored ride weeks of the period: (Monday, packed days, packed rules)."""
    return list(owned(RideWeek, user).filter(monday__gte=monday_of(start), monday__lte=end)
                .values_list("monday", "days", "rules"))


def _rules(user, ride_weeks: list[tuple], start: date, end: date) -> list[dict]:
    """Rule keeping of the period, each rule with its texts (one query, none without
    rules)."""
    rules = rule_keeping([(monday, packed) for monday, _, packed in ride_weeks], start, end)
    texts = {}
    if rules:
        texts = {pk: (if_text, then_text) for pk, if_text, then_text in
                 owned(LifeRule, user).filter(pk__in=[row["rule_id"] for row in rules])
                 .values_list("id", "if_text", "then_text")}
    # A rule's delete counts its records out of the stored weeks (charioteer.models); one
    # deleted between the two reads (this one may come from a replica) is left out too.
    rules = to_json_ready([row for row in rules if row["rule_id"] in texts])
    for row in rules:
        row["if_text"], row["then_text"] = texts[row["rule_id"]]
    return rules


def _flips(user, zone, start: date, end: date) -> dict:
    """The flips of the period, each pursuit with its id and name: two queries."""
    names = dict(owned(Pursuit, user).values_list("id", "name"))
    flips = to_json_ready(_flips_in(user, names, *utc_bounds(start, end, zone)))
    for row, pk in zip(flips["pursuits"], names, strict=True):
        row["pursuit_id"] = pk
        row["name"] = names[pk]
    return flips


def _alarm_load(stored: days.Days, start: date, end: date) -> dict:
    load = days.alarm_load(stored)
    load["per_four_weeks"] = days.alarm_load_per_four_weeks(stored, start, end)
    return to_json_ready(load)


def _people(user, zone, start: date, end: date) -> dict:
    """The people in the method (METHOD 4.5, 4.6), each from its own app's selector."""
    return {"reciprocity": reciprocity_for_period(user, *utc_bounds(start, end, zone)),
            "trust": trust_for_period(user, start, end),
            "timeouts": timeouts_for_period(user, start, end)}


def insights_for_period(user, start: date, end: date, *, flips: bool = True,
                        people: bool = True, own: bool = False) -> dict:
    """Everything of METHOD 4.4 for the local dates start..end, as a JSON-ready dict:
    ``report.insights_report`` plus pursuit names and rule texts (six queries at most),
    then reciprocity, trust experiments, warning-plan phases and time-outs (four more).
    A reader that shows no flips (the therapist's summary) passes ``flips=False`` (two
    queries less); ``people=False`` leaves out reciprocity, trust and time-outs (three).
    ``own=True`` (the person's own reading, never a share) adds the dark-thoughts row to
    ``weeks`` and ``trend`` where the person answered it in the period.
    The insights pages each show a part: the ``*_of_period`` functions below give the
    same keys, computed by the same functions, and read only what their part needs."""
    zone = user_zone(user)
    stored = own_stored_days(user, start, end) if own else stored_days(user, start, end)
    weeks, trend = days.weekly_summaries(stored)
    ride_weeks = _ride_weeks(user, start, end)
    report = insights_report(
        weeks=weeks, trend=trend, alarm_load=_alarm_load(stored, start, end),
        **rides_and_escalations([row[:2] for row in ride_weeks], start, end),
        flips=_flips(user, zone, start, end) if flips else summary_of_flips({}),
        rules=_rules(user, ride_weeks, start, end), start=start, end=end, tz=str(zone))
    report["phases"] = phases_of_days(stored, alarm_from_for(user))
    if people:
        report.update(_people(user, zone, start, end))
    return report


# The parts of the report each insights page shows: the keys of ``insights_for_period``
# that the page reads, and its period.


def levels_of_period(user, start: date, end: date) -> dict:
    """``period``, ``weeks`` and ``trend``: the peaks and valleys of the three levels, and
    of the dark-thoughts row where the person answered it (the person's own pages only)."""
    weeks, trend = days.weekly_summaries(own_stored_days(user, start, end))
    return {"period": _period(start, end, user_zone(user)), "weeks": weeks,
            "trend": to_json_ready(trend)}


def alarm_load_of_period(user, start: date, end: date) -> dict:
    """``period``, ``alarm_load`` and ``phases``: how often alarm was high."""
    stored = stored_days(user, start, end, ("alarm", "energy"))
    return {"period": _period(start, end, user_zone(user)),
            "alarm_load": _alarm_load(stored, start, end),
            "phases": phases_of_days(stored, alarm_from_for(user))}


def flips_of_period(user, start: date, end: date) -> dict:
    """``period`` and ``flips``."""
    zone = user_zone(user)
    return {"period": _period(start, end, zone), "flips": _flips(user, zone, start, end)}


def rides_of_period(user, start: date, end: date) -> dict:
    """``period``, ``rides`` and ``escalations``."""
    ride_weeks = _ride_weeks(user, start, end)
    return {"period": _period(start, end, user_zone(user)),
            **to_json_ready(rides_and_escalations([row[:2] for row in ride_weeks],
                                                  start, end))}


def rules_of_period(user, start: date, end: date) -> dict:
    """``period`` and ``rules``."""
    return {"period": _period(start, end, user_zone(user)),
            "rules": _rules(user, _ride_weeks(user, start, end), start, end)}


def people_of_period(user, start: date, end: date) -> dict:
    """``period``, ``reciprocity``, ``trust`` and ``timeouts``."""
    zone = user_zone(user)
    return {"period": _period(start, end, zone), **_people(user, zone, start, end)}


def _compare(this_week: dict | None, before: list[dict], fields=metrics.FIELDS) -> dict:
    """Per field: this week's summary, and the mean of each figure over the weeks before.
    Amplitude counts only weeks with 2+ check-ins, as in report.weekly_trend: one
    check-in gives amplitude 0 by arithmetic, not because the week was calm. A field a
    week does not hold (the dark-thoughts row before the person answered it) counts as a
    week without values."""
    out = {}
    for field in fields:
        earlier = {}
        for key in ("max", "min", "amplitude", "mean", "sd", "mssd"):
            minimum = 2 if key == "amplitude" else 1
            values = [w[field][key] for w in before if field in w
                      and w[field]["n"] >= minimum and w[field][key] is not None]
            earlier[key] = to_json_ready(metrics.mean(values))
        out[field] = {"now": this_week.get(field) if this_week else None, "before": earlier,
                      "weeks_before": len(before)}
    return out


def weekly_review_data(user, monday: date) -> dict:
    """The figures of one ISO week next to the four weeks before it."""
    sunday = monday + timedelta(days=6)
    week = insights_for_period(user, monday, sunday, own=True)
    previous = insights_for_period(user, monday - timedelta(weeks=COMPARE_WEEKS),
                                   monday - timedelta(days=1), own=True)
    this_week = week["weeks"][0] if week["weeks"] else None
    # The dark-thoughts row where the person answered it this week or in the weeks before.
    fields = [f for f in metrics.STORED_FIELDS if f in week["trend"] or f in previous["trend"]]
    return {
        "monday": monday,
        "sunday": sunday,
        "label": metrics.iso_week_label(monday),
        "report": week,
        "previous": previous,
        "compare": _compare(this_week, previous["weeks"], fields),
        "open_lookbacks": list(owned(Ride, user).open_lookbacks()
                               .select_related("horse", "person").order_by("lookback_due_at")),
        "escalations": list(_escalations_between(user, monday, sunday)),
    }


def _escalations_between(user, start: date, end: date):
    lo, hi = utc_bounds(start, end, user_zone(user))
    return (owned(Escalation, user).filter(happened_at__gte=lo, happened_at__lt=hi)
            .select_related("person"))


def weekly_reviews(user, week: str | None = None):
    reviews = owned(WeeklyReview, user)
    return reviews.filter(week=week) if week else reviews


def weeks_report(user, start: date, end: date, fields=metrics.FIELDS) -> dict:
    """Only the period and weeks of ``insights_for_period``'s report, the same figures of
    these levels in one query: what the home card needs."""
    weeks, _ = days.weekly_summaries(stored_days(user, start, end, fields))
    return to_json_ready({"period": {"start": start, "end": end, "tz": str(user_zone(user))},
                          "weeks": weeks})


def pursuit_history(user, pursuit) -> dict:
    """A pursuit's ratings, its own flips, and whether to remind the person of the past
    pattern: its first rating is ≥ 8 and other pursuits flipped before it began."""
    ratings = _ratings_by_pursuit(user)
    own = ratings.get(pursuit.pk, [])
    own_flips = drive_boredom_flips(own)
    reminder = None
    if own and own_flips["count"] == 0:
        first_at = own[0][0]
        # Only what happened before this pursuit began counts as "the past pattern".
        others = {str(pk): [r for r in rs if r[0] < first_at]
                  for pk, rs in ratings.items() if pk != pursuit.pk}
        past = flips_summary(others)
        if new_pursuit_reminder(own, past):
            reminder = to_json_ready({
                "count": past["count"], "mean_drive_days": past["mean_drive_days"],
                "mean_drive_weeks": (past["mean_drive_days"] or 0) / 7})
    return {"ratings": own, "flips": to_json_ready(own_flips), "reminder": reminder}


def pursuits_overview(user) -> list[dict]:
    """Each pursuit with its latest rating and number of flips: two queries."""
    ratings = _ratings_by_pursuit(user)
    rows = []
    for pursuit in owned(Pursuit, user):
        own = ratings.get(pursuit.pk, [])
        rows.append({"pursuit": pursuit, "latest": own[-1] if own else None,
                     "count": len(own), "flips": drive_boredom_flips(own)["count"]})
    return rows


def history_start(user) -> date | None:
    """The local date of the person's first check-in, ride or escalation (None without
    any): where "everything" begins on the insights page. One statement of three indexed
    firsts, written as SQL (``wagenmenner.sql``): built by the ORM (three owned
    subqueries) it cost the page 2 ms, forty times what running it costs."""
    # Three moments, each read as a moment is (a ride's or escalation's as a check-in's).
    firsts = [moment for moment in fetch(CheckIn, _history_start_sql(), [user.pk] * 3,
                                         read_as=("recorded_at",) * 3)[0]
              if moment is not None]
    return min(firsts).astimezone(user_zone(user)).date() if firsts else None


def _history_start_sql() -> str:
    """``owned(model, user).order_by(moment).values(moment)[:1]`` for each of the three,
    as one SELECT; every table is filtered on the owner (the test holds it to the ORM)."""
    firsts = ", ".join(
        f"(SELECT {moment} FROM {model._meta.db_table} WHERE owner_id = %s"  # noqa: S608 (names)
        f" ORDER BY {moment} LIMIT 1)"
        for model, moment in ((CheckIn, "recorded_at"), (Ride, "started_at"),
                              (Escalation, "happened_at")))
    return f"SELECT {firsts}"
