"""What each shared kind shows (issue 9): the data a reader gets for a kind, as the
owner's own route returns it, from the owner's own selectors (nothing recomputed here).

Free text only where the kind is free text by nature (a safety plan, rides,
escalations, agreements). ``weekly_summary`` is figures only, ``checkin_levels`` the
levels without notes or substances. A kind that is not in ``AVAILABLE`` (no feature
shows it) cannot be shared.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagenmenner.access import owned

LIST_LIMIT = 50
MAX_LIST_LIMIT = 200
SUMMARY_WEEKS = 8
ERROR_PAGE = _("limit is a whole number from 1 to 200, offset a whole number from 0.")


@dataclass(frozen=True)
class Kind:
    name: str
    label: str
    shows: str
    template: str


KIND_INFO = {
    "warning_plan": Kind(
        "warning_plan", _("Warning plan"),
        _("The four phases of the warning plan, as written: signals, what others notice, "
          "what they do and what you may do. Not which phase they are in now."),
        "partner/kinds/warning_plan.html"),
    "timeout_protocol": Kind(
        "timeout_protocol", _("Time-out agreement"),
        _("The signal word, how long, where they go and the return rule. A partner or close "
          "one can start the agreed time-out, and sees it while it runs (never its "
          "look-back)."), "partner/kinds/timeout_protocol.html"),
    "safety_plan": Kind(
        "safety_plan", _("Safety plan"),
        _("The seven parts of the safety plan, as written."), "partner/kinds/safety_plan.html"),
    "agreements": Kind(
        "agreements", _("Agreements"),
        _("Life rules marked as agreed with this person."), "partner/kinds/agreements.html"),
    "weekly_summary": Kind(
        "weekly_summary", _("Weekly summary"),
        _("Per week: number of check-ins, rides and escalations, and the alarm, energy and "
          "drive figures. Never anything written."), "partner/kinds/weekly_summary.html"),
    "checkin_levels": Kind(
        "checkin_levels", _("Check-in levels"),
        _("The levels of each check-in, without notes or substances."),
        "partner/kinds/checkin_levels.html"),
    "rides": Kind(
        "rides", _("Rides"), _("Rides with what was written in them."),
        "partner/kinds/rides.html"),
    "escalations": Kind(
        "escalations", _("Escalations"), _("Logged escalations with what was written."),
        "partner/kinds/escalations.html"),
    "selfchecks": Kind(
        "selfchecks", _("Self-checks"), _("Self-check results and their change."),
        "partner/kinds/selfchecks.html"),
    "insights": Kind(
        "insights", _("Insights"),
        _("The insights figures: peaks and valleys, trends, rides, escalations and rule "
          "keeping (with the rules' wording)."), "partner/kinds/insights.html"),
}
AVAILABLE = tuple(KIND_INFO)


def _page(params) -> tuple[int, int]:
    try:
        limit = int(params.get("limit") or LIST_LIMIT)
        offset = int(params.get("offset") or 0)
    except (TypeError, ValueError):
        raise ValidationError({"limit": [str(ERROR_PAGE)]}) from None
    if not (1 <= limit <= MAX_LIST_LIMIT and 0 <= offset <= 10**9):
        raise ValidationError({"limit": [str(ERROR_PAGE)]})
    return offset, offset + limit


def _period(owner, params):
    from insights.periods import local_today, parse_period

    return parse_period(params.get("start"), params.get("end"), local_today(owner))


def warning_plan(owner, link, params):
    from warningplan.selectors import warning_plan_as_dict, warning_plan_for

    return warning_plan_as_dict(warning_plan_for(owner))


def timeout_protocol(owner, link, params):
    from timeouts.api import protocol_out
    from timeouts.selectors import protocol_for

    out = protocol_out(protocol_for(owner))
    del out["crisis_detected"]  # a reader writes nothing, so nothing was checked
    return out


def safety_plan(owner, link, params):
    from safety.api import SafetyPlanOut
    from safety.services import safety_plan_for

    plan = safety_plan_for(owner)
    if plan is None:
        return None
    return SafetyPlanOut.from_orm(plan).dict()


def agreements(owner, link, params):
    from charioteer.api import RuleOut
    from charioteer.models import LifeRule

    rules = owned(LifeRule, owner).filter(agreed_with=link, active=True).prefetch_related(
        "agreed_with")
    # With whom else a rule is agreed is not the reader's to know.
    return [RuleOut.from_orm(rule).dict(exclude={"agreed_with"}) for rule in rules]


def weekly_summary(owner, link, params):
    """Figures only: from the insights selector, with every piece of text left out."""
    from insights.periods import local_today, monday_of
    from insights.selectors import insights_for_period

    end = local_today(owner)
    start = monday_of(end) - timedelta(weeks=SUMMARY_WEEKS - 1)
    report = insights_for_period(owner, start, end)
    figures = ("n", "max", "min", "mean")
    return {
        "period": {"start": report["period"]["start"], "end": report["period"]["end"]},
        "weeks": [{"week": w["week"], "start": w["start"], "checkins": w["alarm"]["n"],
                   **{f: {k: w[f][k] for k in figures} for f in ("alarm", "energy", "drive")}}
                  for w in report["weeks"]],
        "trend": report["trend"],
        "alarm_load": {k: v for k, v in report["alarm_load"].items() if k != "per_four_weeks"},
        "rides": {k: report["rides"][k] for k in
                  ("total", "with_look_back", "no_escalation", "share_no_escalation")},
        "escalations": {"total": report["escalations"]["total"]},
        # Check-ins per warning-plan phase per week, where the insights report has them.
        **({"phases": report["phases"]} if "phases" in report else {}),
    }


LEVEL_FIELDS = ("id", "recorded_at", "alarm", "energy", "drive", "enjoyment", "boredom",
                "urge", "conflict")


def checkin_levels(owner, link, params):
    from checkins.selectors import checkins_between

    start, end = _period(owner, params)
    lo, hi = _page(params)
    rows = checkins_between(owner, start, end).values(*LEVEL_FIELDS)[lo:hi]
    return [{**row, "recorded_at": row["recorded_at"].isoformat()} for row in rows]


def rides(owner, link, params):
    from rides.api import _queryset, ride_out
    from rides.models import Ride

    lo, hi = _page(params)
    return [ride_out(r) for r in owned(Ride, owner, _queryset())[lo:hi]]


def escalations(owner, link, params):
    from people.api import _out
    from people.models import Escalation

    lo, hi = _page(params)
    return [_out(e) for e in owned(Escalation, owner)[lo:hi]]


def selfchecks(owner, link, params):
    from selfcheck.api import selfcheck_results

    return selfcheck_results(owner, *_page(params))


def insights(owner, link, params):
    from insights.selectors import insights_for_period

    start, end = _period(owner, params)
    return insights_for_period(owner, start, end)


DATA = {
    "warning_plan": warning_plan, "timeout_protocol": timeout_protocol,
    "safety_plan": safety_plan, "agreements": agreements, "weekly_summary": weekly_summary,
    "checkin_levels": checkin_levels, "rides": rides, "escalations": escalations,
    "selfchecks": selfchecks, "insights": insights,
}


def kind_data(kind: str, *, owner, link, params=None):
    """The data of ``kind`` of ``owner`` as shared on ``link``. Call only with a grant
    from ``wagenmenner.access``."""
    return DATA[kind](owner, link, params or {})
