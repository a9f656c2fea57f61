"""Reads for the warning plan: the plan as the API and the pages show it, the phase the
latest check-in suggests, and the check-ins per phase per week for the insights."""

from dataclasses import dataclass
from datetime import date, datetime
from html import escape

import numpy as np
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from checkins.models import CheckIn
from insights.metrics import iso_week_label
from insights.sentences import calendar, week_label
from safety.selectors import crisis_text_at
from wagenmenner.access import owned
from wagenmenner.sql import fetch
from warningplan import phases as rules
from warningplan.charts import phases_chart
from warningplan.models import Phase, WarningPhase, WarningPlan
from warningplan.texts import because


@dataclass
class PlanRead:
    """The plan as pages and routes show it: the saved plan (None before the first save)
    and one row per phase in order; phases never written are empty, at the default
    level."""

    saved: WarningPlan | None
    rows: list[WarningPhase]

    @property
    def alarm_from(self) -> dict[str, int | None]:
        return {row.phase: row.alarm_from for row in self.rows}

    @property
    def updated_at(self) -> datetime | None:
        return self.saved.updated_at if self.saved else None

    def row(self, phase: str) -> WarningPhase:
        return next(row for row in self.rows if row.phase == phase)


def warning_plan_for(user) -> PlanRead:
    """The person's plan with its phases, in one query (a saved plan has all four)."""
    found = list(WarningPhase.objects.filter(plan__in=owned(WarningPlan, user))
                 .select_related("plan"))
    return _plan_read(found[0].plan if found else None, found)


def _plan_read(saved: WarningPlan | None, found: list[WarningPhase]) -> PlanRead:
    by_phase = {row.phase: row for row in found}
    rows = [by_phase.get(phase) or WarningPhase(phase=phase,
                                                alarm_from=rules.DEFAULT_ALARM_FROM[phase])
            for phase in Phase.values]
    return PlanRead(saved if found else None, rows)


def warning_plan_as_dict(plan: PlanRead) -> dict:
    """The plan in the API's shape: ``{"phases": {"green": {...}, ...}, "updated_at"}``."""
    return {
        "phases": {row.phase: {**{name: getattr(row, name) for name in WarningPhase.TEXTS},
                               "alarm_from": row.alarm_from} for row in plan.rows},
        "updated_at": plan.updated_at,
    }


def alarm_from_for(user) -> dict[str, int | None]:
    """The plan's levels per phase (the defaults where nothing is saved): one query."""
    # As SQL (wagenmenner.sql): the ORM's subquery cost the insights page ten times more.
    found = dict(fetch(
        WarningPhase, f"SELECT f.phase, f.alarm_from FROM {WarningPhase._meta.db_table} f"  # noqa: S608 (names)
        f" JOIN {WarningPlan._meta.db_table} p ON p.id = f.plan_id WHERE p.owner_id = %s",
        [user.pk]))
    return {phase: found.get(phase, rules.DEFAULT_ALARM_FROM[phase]) for phase in Phase.values}


def latest_checkin(user) -> rules.Checkin | None:
    row = (owned(CheckIn, user).order_by("-recorded_at", "-id")
           .values_list("id", "recorded_at", "alarm", "dark_thoughts").first())
    return rules.Checkin(*row) if row else None


def current_suggestion(user, plan: PlanRead, latest: rules.Checkin | None,
                       now: datetime) -> rules.Suggestion:
    """The phase the latest check-in (``latest_checkin``; at most 12 hours old) and the
    last 24 hours' texts suggest, by the plan's levels. One query."""
    return rules.suggest(plan.alarm_from, latest, crisis_text_at(user), now)


def is_dismissed(plan: PlanRead, suggestion: rules.Suggestion) -> bool:
    """True when the person said "not right now" after everything the suggestion rests on."""
    dismissed_at = plan.saved.dismissed_at if plan.saved else None
    if dismissed_at is None or suggestion.phase is None:
        return False
    return suggestion.based_on_until <= dismissed_at


def phases_of_days(stored, alarm_from: dict) -> list[dict]:
    """The insights' ``phases`` key: per ISO week with check-ins, how many fell in each
    phase by the plan's levels, from the stored days' alarm counts (``insights.days``):
    no check-in is read, so ten years stay quick."""
    counts = stored.levels["alarm"]["counts"].astype(np.int64)
    kept = counts.sum(axis=1) > 0
    mondays = (stored.ordinals - (stored.ordinals - 1) % 7)[kept]  # ordinal 1 is a Monday
    weeks, which = np.unique(mondays, return_inverse=True)
    histograms = np.zeros((len(weeks), rules.LEVELS), dtype=np.int64)
    np.add.at(histograms, which, counts[kept])
    return rules.phase_counts(
        [(iso_week_label(date.fromordinal(monday)), row)
         for monday, row in zip(weeks.tolist(), histograms.tolist(), strict=True)], alarm_from)


def home_context(now: datetime, latest: rules.Checkin | None, saved: WarningPlan | None,
                 crisis_at: datetime | None) -> dict:
    """The phase the home screen shows, with that phase's "what I do", from what home
    reads once with other things: the latest check-in, the person's plan (``saved``, the
    plan row or None) and when a text of theirs last spoke of crisis. One query for the
    phases of a saved plan, none without one."""
    plan = _plan_read(saved, list(saved.phases.all()) if saved is not None else [])
    suggestion = rules.suggest(plan.alarm_from, latest, crisis_at, now)
    if suggestion.phase is None or is_dismissed(plan, suggestion):
        return {"phase_suggestion": None}
    row = plan.row(suggestion.phase)
    return {"phase_suggestion": suggestion, "phase_row": row, "phase_because": because(suggestion),
            "phase_label": row.get_phase_display()}


PHASE_TABLE_WEEKS = 26


def _phase_rows_html(weeks: list[dict]) -> SafeString:
    """The table's rows, written here as the insights page writes its other tables (half
    a year of rows as template variables cost the page a millisecond): the week's dates,
    escaped, and its whole counts."""
    words = calendar()
    rows = []
    for w in weeks:
        label = escape(week_label(date.fromisocalendar(
            *(int(part) for part in w["week"].split("-W")), 1), year=True, words=words))
        rows.append(f'<tr><th scope="row">{label}</th><td>{int(w["green"])}</td>'
                    f'<td>{int(w["yellow"])}</td><td>{int(w["orange"])}</td>'
                    f'<td>{int(w["red"])}</td></tr>')
    return mark_safe("".join(rows))  # noqa: S308 (the label escaped, the rest numbers)


def insights_context(report: dict, start: date, end: date) -> dict:
    """The insights page's phases: a stacked bar per week and the last weeks as a table."""
    labels = dict(Phase.choices)
    weeks = report["phases"]
    return {
        "phases_chart": phases_chart(
            key="phases", title=_("Check-ins per phase of your warning plan"),
            desc=_("Per week, how many check-ins fell in green, yellow, orange and red, by "
                   "the alarm levels of your warning plan."),
            weeks=weeks, start=start, end=end,
            legend=[(f"phase-{p}", "box", str(labels[p]).capitalize()) for p in Phase.values]),
        # Rows labelled by their dates, as everywhere on the page; the JSON keeps ``week``.
        "phase_rows_html": _phase_rows_html(weeks[-PHASE_TABLE_WEEKS:]),
        "phase_weeks_left_out": max(0, len(weeks) - PHASE_TABLE_WEEKS),
    }
