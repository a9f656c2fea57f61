""""Since the last session" (issue 10, METHOD 4.11): a client's figures of a period, within
consent, each with the number of data points it rests on.

The figures are the insights report's (``insights.selectors.insights_for_period``, from the
stored day aggregates): nothing is recomputed from check-ins here. ``summary_from`` only
picks and arranges (no Django); ``client_summary`` reads, within consent, and logs.
"""

from datetime import date, timedelta

from insights.metrics import FIELDS, iso_week_label
from insights.periods import monday_of

# The method (4.4): MSSD needs two check-ins in a week; with fewer it is missing, never 0.
MSSD_MIN_N = 2
# Below this many check-ins a week, a week's figures rest on very little: the page says so.
FEW_PER_WEEK = 3
DEFAULT_DAYS = 28  # the period when no session is recorded yet
FIGURE_KINDS = ("insights", "weekly_summary")  # either shows the figures of check-ins
# Only the full insights kind shows rule texts and the people figures.
INSIGHTS_ONLY = ("rules", "reciprocity", "trust", "timeouts")


def _weeks(since: date, until: date) -> list[date]:
    first, last = monday_of(since), monday_of(until)
    return [first + timedelta(weeks=i) for i in range((last - first).days // 7 + 1)]


def _trend(report: dict, field: str) -> dict:
    rows = []
    for week in report["weeks"]:
        s = week[field]
        rows.append({"week": week["week"], "start": week["start"], "n": s["n"], "min": s["min"],
                     "max": s["max"], "mean": s["mean"], "sd": s["sd"],
                     "amplitude": s["amplitude"] if s["n"] >= MSSD_MIN_N else None,
                     "mssd": s["mssd"] if s["n"] >= MSSD_MIN_N else None})
    trend = report["trend"][field]
    return {"amplitude_slope": trend["amplitude_slope"], "mssd_slope": trend["mssd_slope"],
            "n_weeks": trend["weeks"], "weeks": rows}


def summary_from(*, report: dict | None, full: bool, selfchecks: dict | None,
                 since: date, until: date) -> dict:
    """The summary's figures from an insights report of since..until (None: no figures
    shared), ``full`` when the insights kind itself is shared, and the self-check change
    (None: not shared). A section that is not shared is None, never a zero."""
    out: dict = {"period": {"since": since.isoformat(), "until": until.isoformat()},
                 "mssd_min_n": MSSD_MIN_N, "checkins": None, "trends": None,
                 "alarm_load": None, "phases": None, "rides": None, "escalations": None,
                 **{key: None for key in INSIGHTS_ONLY}, "selfchecks": selfchecks}
    if report is None:
        return out
    # Every week of the period, also those without a check-in (n = 0).
    n_of = {w["start"]: max(w[f]["n"] for f in FIELDS) for w in report["weeks"]}
    per_week = [{"week": iso_week_label(monday), "start": start, "n": n_of.get(start, 0)}
                for monday in _weeks(since, until) for start in (monday.isoformat(),)]
    total = sum(w["n"] for w in per_week)
    out["checkins"] = {"n": total, "per_week": per_week,
                       "few": [w["week"] for w in per_week if w["n"] < FEW_PER_WEEK],
                       "sparse": total < FEW_PER_WEEK * len(per_week)}
    out["trends"] = {field: _trend(report, field) for field in FIELDS}
    load = report["alarm_load"]
    out["alarm_load"] = {"share": load["share"], "high": load["high"], "n": load["n"]}
    rides = report["rides"]
    out["rides"] = {"n": rides["total"], "with_look_back": rides["with_look_back"],
                    "no_escalation": rides["no_escalation"],
                    "share_no_escalation": rides["share_no_escalation"]}
    out["escalations"] = {"n": report["escalations"]["total"]}
    # Present only where the insights report has them (the warning plan, the people).
    if "phases" in report:
        out["phases"] = report["phases"]
    if full:
        out["rules"] = [{"rule_id": r["rule_id"], "if_text": r["if_text"],
                         "then_text": r["then_text"], "kept": r["kept"], "n": r["applied"],
                         "share": r["share"]} for r in report["rules"]]
        for key in ("reciprocity", "trust", "timeouts"):
            if key in report:
                out[key] = report[key]
    return out


def selfcheck_change(results: list, before) -> dict | None:
    """Results of the period (newest first) against the last one before it: the change per
    dimension, with ``n`` the number of results in the period."""
    from selfcheck import scoring

    if not results:
        return {"n": 0, "latest": None, "compared_with": None, "change": None}
    latest = results[0]
    base = before if before is not None else (results[-1] if len(results) > 1 else None)
    if base is not None and base.version != latest.version:
        base = None
    return {"n": len(results), "latest": {"taken_at": latest.taken_at.isoformat(),
                                          "scores": latest.scores},
            "compared_with": base.taken_at.isoformat() if base is not None else None,
            "change": scoring.change(base.scores, latest.scores) if base is not None else None}


def default_since(last_session: date | None, today: date) -> date:
    return last_session or today - timedelta(days=DEFAULT_DAYS)


def gather(owner, since: date, until: date, *, figures: bool, full: bool,
           selfchecks: bool) -> dict:
    """Read what the summary shows of ``owner``: only the parts asked for."""
    from insights.periods import utc_bounds
    from insights.selectors import insights_for_period
    from selfcheck.models import SelfCheckResult
    from wagenmenner.access import owned

    # No flips on the summary (none are read); the people figures only
    # with the insights kind itself.
    report = (insights_for_period(owner, since, until, flips=False, people=full)
              if figures else None)
    change = None
    if selfchecks:
        lo, hi = utc_bounds(since, until, owner.zone)
        # The period's results (newest first) and the last one before it: two plain reads
        # cost the ORM less than one with the other as a subquery. Scores only: never the
        # answers or the remarks.
        results = owned(SelfCheckResult, owner).only("taken_at", "version", "scores")
        change = selfcheck_change(list(results.filter(taken_at__gte=lo, taken_at__lt=hi)),
                                  results.filter(taken_at__lt=lo).first())
    return summary_from(report=report, full=full, selfchecks=change, since=since, until=until)


def own_summary(user, since: date, until: date) -> dict:
    """The person's own summary ("take this to my session"): everything, no consent."""
    summary = gather(user, since, until, figures=True, full=True, selfchecks=True)
    return {**summary, "shared": None, "consent": None}


def client_summary(request, link, since: date, until: date, *, last_session: date | None,
                   action: str = "read") -> dict:
    """Within consent: the figures, from the insights kind if shared, else from the weekly
    summary kind; the self-checks if shared. Every kind used is in the client's access log
    with ``action`` (``read`` for the page and route, ``print`` for the PDF)."""
    from sharing.services import access_log_write_many
    from wagenmenner.access import grants_of_link

    shared = grants_of_link(request.user, link, action)
    grants = {kind: shared.get(kind) for kind in (*FIGURE_KINDS, "selfchecks")}
    figures = next((grants[k] for k in FIGURE_KINDS if grants[k] is not None), None)
    used = [g for g in (figures, grants["selfchecks"]) if g is not None]
    summary = gather(link.owner, since, until, figures=figures is not None,
                     full=figures is not None and figures.kind == "insights",
                     selfchecks=grants["selfchecks"] is not None)
    access_log_write_many(request, used)
    summary["last_session"] = last_session
    summary["shared"] = [k for k, g in grants.items() if g is not None]
    summary["consent"] = [{"kind": g.kind, "since": g.consent.granted_at.isoformat(),
                           "grounds": g.grounds} for g in used]
    return summary
