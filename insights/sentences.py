"""The insights in words: one plain sentence per section of the page, worked out from the
figures of a report (``selectors.insights_for_period``, the same figures the JSON API gives).

Plain functions, no queries: a report in, a sentence in the active language out. Each
sentence says what changed and how sure that is; where the data cannot carry a statement,
it says how much is missing instead of guessing.
"""

import functools
from datetime import date, timedelta

from django.utils import translation
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext, pgettext_lazy

# The page compares the last 4 weeks of a period with the 4 weeks before them.
COMPARE_WEEKS = 4
# Fewer check-ins than this in 4 weeks (two a week) say too little to compare.
MIN_CHECKINS = 8
# A trend needs this many weeks with two or more check-ins (metrics.weekly_trend's weeks).
MIN_TREND_WEEKS = 6
# Slopes come per week (METHOD 4.4); people think in months.
WEEKS_PER_MONTH = 365.25 / 12 / 7
# Below this many points per month a trend reads as "about the same".
STEADY_PER_MONTH = 0.1

FIELD_NOUNS = {  # lower case, inside a sentence
    "alarm": pgettext_lazy("in a sentence", "alarm"),
    "energy": pgettext_lazy("in a sentence", "energy"),
    "drive": pgettext_lazy("in a sentence", "drive"),
    "dark_thoughts": pgettext_lazy("in a sentence", "thoughts of death or of not wanting to "
                                   "live"),
}
MONTHS = (
    pgettext_lazy("abbreviated month", "Jan"), pgettext_lazy("abbreviated month", "Feb"),
    pgettext_lazy("abbreviated month", "Mar"), pgettext_lazy("abbreviated month", "Apr"),
    pgettext_lazy("abbreviated month", "May"), pgettext_lazy("abbreviated month", "Jun"),
    pgettext_lazy("abbreviated month", "Jul"), pgettext_lazy("abbreviated month", "Aug"),
    pgettext_lazy("abbreviated month", "Sep"), pgettext_lazy("abbreviated month", "Oct"),
    pgettext_lazy("abbreviated month", "Nov"), pgettext_lazy("abbreviated month", "Dec"),
)


# --------------------------------------------------------------------------
# Dates and numbers as people write them
# --------------------------------------------------------------------------


@functools.lru_cache(maxsize=8)
def _calendar(language: str) -> dict:
    """The month names and date patterns of a language, looked up once: a long period's
    tables write hundreds of dates."""
    with translation.override(language):
        return {
            "months": [str(month) for month in MONTHS],
            "day": pgettext("day and month", "%(day)s %(month)s"),
            "day_year": pgettext("day, month and year", "%(day)s %(month)s %(year)s"),
            "days": pgettext("days in one month", "%(first)s–%(last)s %(month)s"),
            "days_year": pgettext("days in one month and year",
                                  "%(first)s–%(last)s %(month)s %(year)s"),
        }


def calendar() -> dict:
    """The active language's month names and date patterns: pass them as ``words`` to
    the functions below when writing many dates (asking for the language each time is
    slow)."""
    return _calendar(translation.get_language() or "en")


def day_month(day: date, *, year: bool = False, words: dict | None = None) -> str:
    """``6 dec`` (nl) or ``6 Dec`` (en); with the year ``6 dec 2026``, ``6 Dec 2026``
    (day first in English too, as the app's pages write dates)."""
    words = words or calendar()
    values = {"day": day.day, "month": words["months"][day.month - 1], "year": day.year}
    return words["day_year" if year else "day"] % values


def date_range(first: date, last: date, *, year: bool = False,
               words: dict | None = None) -> str:
    """``1–7 dec``, ``29 dec – 4 jan`` (nl); ``1–7 Dec``, ``29 Dec – 4 Jan`` (en); with
    ``year``, the year of each end that needs one."""
    words = words or calendar()
    if first.month == last.month and first.year == last.year:
        values = {"first": first.day, "last": last.day,
                  "month": words["months"][first.month - 1], "year": first.year}
        return words["days_year" if year else "days"] % values
    return (f"{day_month(first, year=year and first.year != last.year, words=words)} – "
            f"{day_month(last, year=year, words=words)}")


def week_label(monday: date | str, *, year: bool = False, words: dict | None = None) -> str:
    """An ISO week by its dates: ``30 nov – 6 dec``. ``monday`` may be an ISO date string,
    as the report's ``start`` of a week is."""
    if isinstance(monday, str):
        monday = date.fromisoformat(monday)
    return date_range(monday, monday + timedelta(days=6), year=year, words=words)


def whole(n: int) -> str:
    """A whole number as ``number_format`` writes it in either language: its digits, for
    the app groups no thousands (``USE_THOUSAND_SEPARATOR`` is off; a test holds the two
    equal). The page writes a hundred such numbers, and ``number_format`` looks up the
    language's formats each time (13 µs a number)."""
    return str(int(n))


def about(value: float) -> str:
    """A figure on the 0–10 scale as a person would say it: a whole number."""
    return whole(round_half_up(value))


def round_half_up(value: float, digits: int = 0) -> float | int:
    scale = 10 ** digits
    rounded = int(abs(value) * scale + 0.5) / scale
    rounded = -rounded if value < 0 else rounded
    return int(rounded) if digits == 0 else rounded


def per_month(slope_per_week: float) -> float:
    return slope_per_week * WEEKS_PER_MONTH


def points(amount: float) -> str:
    """``about 1 point``, ``about 0.4 points``: whole from 1 up, one decimal below."""
    amount = abs(amount)
    shown = round_half_up(amount, 0 if amount >= 0.95 else 1)
    text = number_format(shown, 0 if shown == int(shown) else 1)
    return ngettext("about %(n)s point", "about %(n)s points",
                    1 if shown == 1 else 2) % {"n": text}


def days_text(amount: float) -> str:
    """``1 day``, ``41 days``: whole days, as people count them."""
    n = round_half_up(amount)
    return ngettext("%(n)s day", "%(n)s days", n) % {"n": whole(n)}


def percent(share: float) -> str:
    return f"{whole(round_half_up(share * 100))} %"


# --------------------------------------------------------------------------
# Peaks and valleys: the last 4 weeks against the 4 before
# --------------------------------------------------------------------------


def compare_windows(report: dict) -> tuple[tuple[date, date], tuple[date, date]]:
    """The local dates of the last 4 weeks of the period (its last week may be partial) and
    of the 4 weeks before them."""
    end = date.fromisoformat(str(report["period"]["end"]))
    last_monday = end - timedelta(days=end.weekday())
    recent_start = last_monday - timedelta(weeks=COMPARE_WEEKS - 1)
    before_start = recent_start - timedelta(weeks=COMPARE_WEEKS)
    return (recent_start, end), (before_start, recent_start - timedelta(days=1))


def _window(weeks: list, field: str, first: date, last: date) -> dict:
    """Check-ins, and the mean of the weekly highest (peak) and lowest (valley) values, of
    the weeks that start within [first, last]."""
    # ISO dates compare as the dates do: no date made per week.
    first, last = first.isoformat(), last.isoformat()
    inside = [w[field] for w in weeks if first <= w["start"] <= last and w[field]["n"]]
    n = sum(s["n"] for s in inside)
    if not inside:
        return {"n": 0, "peak": None, "valley": None}
    return {"n": n, "peak": sum(s["max"] for s in inside) / len(inside),
            "valley": sum(s["min"] for s in inside) / len(inside)}


def peaks_and_valleys(report: dict, field: str) -> dict:
    """The figures behind ``peaks_sentence``: ``recent`` and ``before`` windows."""
    (r0, r1), (b0, b1) = compare_windows(report)
    weeks = report["weeks"]
    return {"recent": _window(weeks, field, r0, r1), "before": _window(weeks, field, b0, b1)}


def _peaks_clause(field: str, before: float, now: float) -> str:
    values = {"field": FIELD_NOUNS[field], "before": about(before), "now": about(now)}
    if round_half_up(now) < round_half_up(before):
        return _("your %(field)s peaks were lower (from about %(before)s to about %(now)s)") % values
    if round_half_up(now) > round_half_up(before):
        return _("your %(field)s peaks were higher (from about %(before)s to about %(now)s)") % values
    return _("your %(field)s peaks stayed about as high (around %(now)s)") % values


def _valleys_clause(before: float, now: float) -> str:
    values = {"before": about(before), "now": about(now)}
    if round_half_up(now) > round_half_up(before):
        return _("your valleys were less deep (from about %(before)s to about %(now)s)") % values
    if round_half_up(now) < round_half_up(before):
        return _("your valleys were deeper (from about %(before)s to about %(now)s)") % values
    return _("your valleys stayed about as deep (around %(now)s)") % values


def peaks_sentence(report: dict, field: str) -> str:
    """E.g. "In the last 4 weeks, compared with the 4 before, your alarm peaks were lower
    (from about 8 to about 6) and your valleys stayed about as deep (about 2)." """
    figures = peaks_and_valleys(report, field)
    recent, before = figures["recent"], figures["before"]
    noun = FIELD_NOUNS[field]
    if recent["n"] < MIN_CHECKINS:
        return _("Too few check-ins in the last 4 weeks to say how your %(field)s went "
                 "(%(n)s of the %(needed)s needed).") % {
                     "field": noun, "n": recent["n"], "needed": MIN_CHECKINS}
    if before["n"] < MIN_CHECKINS:
        return _("In the last 4 weeks your %(field)s peaks were about %(peak)s and your "
                 "valleys about %(valley)s; too few check-ins in the 4 weeks before to "
                 "compare (%(n)s of the %(needed)s needed).") % {
                     "field": noun, "peak": about(recent["peak"]),
                     "valley": about(recent["valley"]), "n": before["n"],
                     "needed": MIN_CHECKINS}
    return _("In the last 4 weeks, compared with the 4 before, %(peaks)s and "
             "%(valleys)s.") % {
                 "peaks": _peaks_clause(field, before["peak"], recent["peak"]),
                 "valleys": _valleys_clause(before["valley"], recent["valley"])}


def dark_thoughts_sentence(report: dict) -> str:
    """``peaks_sentence`` for the optional dark-thoughts row (issue 11 point 10), in calm
    words: how strong the thoughts were at their highest, the last 4 weeks against the 4
    before. It describes what the person noted; it never judges or diagnoses."""
    figures = peaks_and_valleys(report, "dark_thoughts")
    recent, before = figures["recent"], figures["before"]
    if recent["n"] < MIN_CHECKINS:
        return _("Too few answers about these thoughts in the last 4 weeks to say how they "
                 "went (%(n)s of the %(needed)s needed).") % {
                     "n": recent["n"], "needed": MIN_CHECKINS}
    if before["n"] < MIN_CHECKINS:
        return _("In the last 4 weeks these thoughts were at most about %(peak)s in a week "
                 "and at least about %(valley)s; too few answers in the 4 weeks before to "
                 "compare (%(n)s of the %(needed)s needed).") % {
                     "peak": about(recent["peak"]), "valley": about(recent["valley"]),
                     "n": before["n"], "needed": MIN_CHECKINS}
    values = {"before": about(before["peak"]), "now": about(recent["peak"])}
    if round_half_up(recent["peak"]) < round_half_up(before["peak"]):
        return _("In the last 4 weeks, compared with the 4 before, these thoughts were less "
                 "strong at their highest (from about %(before)s to about %(now)s).") % values
    if round_half_up(recent["peak"]) > round_half_up(before["peak"]):
        return _("In the last 4 weeks, compared with the 4 before, these thoughts were "
                 "stronger at their highest (from about %(before)s to about %(now)s).") % values
    return _("In the last 4 weeks, compared with the 4 before, these thoughts were about as "
             "strong at their highest (around %(now)s).") % values


def dark_thoughts_note() -> str:
    """Said under the dark-thoughts row on the person's own insights page."""
    return _("These figures show what you noted; they are not a diagnosis, and nobody you "
             "share with sees them. You can talk about them with your therapist or someone you trust. "
             "When the thoughts are strong, the crisis button on every page shows who you "
             "can call right now.")


# --------------------------------------------------------------------------
# Trends over the whole period, per month
# --------------------------------------------------------------------------


def trend_sentence(report: dict, field: str) -> str:
    """How the swings within a week (amplitude) and the jumps between check-ins (MSSD)
    went over the period, per month."""
    trend = report["trend"][field]
    noun = FIELD_NOUNS[field]
    if trend["weeks"] < MIN_TREND_WEEKS or trend["amplitude_slope"] is None:
        return _("Too few weeks with two or more check-ins to see a trend in your "
                 "%(field)s yet (%(n)s of the %(needed)s needed).") % {
                     "field": noun, "n": trend["weeks"], "needed": MIN_TREND_WEEKS}
    swing = per_month(trend["amplitude_slope"])
    values = {"field": noun, "weeks": trend["weeks"], "amount": points(swing)}
    if abs(swing) < STEADY_PER_MONTH:
        swings = _("Over %(weeks)s weeks the swings of your %(field)s within a week stayed "
                   "about the same") % values
    elif swing < 0:
        swings = _("Over %(weeks)s weeks the swings of your %(field)s within a week became "
                   "smaller, by %(amount)s per month") % values
    else:
        swings = _("Over %(weeks)s weeks the swings of your %(field)s within a week became "
                   "larger, by %(amount)s per month") % values
    jump = per_month(trend["mssd_slope"] or 0)
    if abs(jump) < STEADY_PER_MONTH:
        jumps = _("the jumps from one check-in to the next stayed about the same")
    elif jump < 0:
        jumps = _("the jumps from one check-in to the next became smaller")
    else:
        jumps = _("the jumps from one check-in to the next became larger")
    return _("%(swings)s; %(jumps)s.") % {"swings": swings, "jumps": jumps}


# --------------------------------------------------------------------------
# Alarm load, flips, rides and rules
# --------------------------------------------------------------------------


def _last_two(buckets: list) -> tuple[dict | None, dict | None]:
    if not buckets:
        return None, None
    return buckets[-1], (buckets[-2] if len(buckets) > 1 else None)


def _stretch(bucket: dict) -> str:
    """The last 4-week bucket of a period by its dates: "the last 4 weeks (9 nov – 6 dec)".
    It ends on the period's last day; when the period is not made of whole weeks, it can
    be shorter, and is then named by its days."""
    first, last = date.fromisoformat(bucket["start"]), date.fromisoformat(bucket["end"])
    dates = date_range(first, last)
    if first.weekday() == 0 and bucket["days"] > 21:
        return _("the last 4 weeks (%(dates)s)") % {"dates": dates}
    return ngettext("the last %(days)s day (%(dates)s)", "the last %(days)s days (%(dates)s)",
                    bucket["days"]) % {"days": bucket["days"], "dates": dates}


def alarm_load_sentence(report: dict) -> str:
    last, before = _last_two(report["alarm_load"]["per_four_weeks"])
    if last is None or last["n"] < MIN_CHECKINS:
        return _("Too few check-ins in the last 4 weeks to say how often your alarm was high "
                 "(%(n)s of the %(needed)s needed).") % {
                     "n": last["n"] if last else 0, "needed": MIN_CHECKINS}
    now = {"when": _stretch(last), "high": last["high"], "n": last["n"],
           "share": percent(last["share"])}
    if before is None or before["n"] < MIN_CHECKINS:
        return _("In %(when)s, %(high)s of your %(n)s check-ins had alarm 7 or higher "
                 "(%(share)s).") % now
    return _("In %(when)s, %(high)s of your %(n)s check-ins had alarm 7 or higher "
             "(%(share)s), against %(high_before)s of %(n_before)s (%(share_before)s) in the "
             "4 weeks before.") % {**now, "high_before": before["high"],
                                   "n_before": before["n"],
                                   "share_before": percent(before["share"])}


def flips_sentence(report: dict) -> str:
    flips = report["flips"]
    if not flips["pursuits"]:
        return _("You follow no pursuits yet, so there are no flips from drive to boredom "
                 "to see.")
    if not flips["count"]:
        return _("No flips from drive to boredom in this period.")
    return ngettext(
        "%(count)s flip from drive to boredom in this period; the drive phase lasted about "
        "%(days)s.",
        "%(count)s flips from drive to boredom in this period; a drive phase lasted about "
        "%(days)s on average.", flips["count"]) % {
            "count": flips["count"], "days": days_text(flips["mean_drive_days"] or 0)}


def _rides_text(count: int) -> str:
    return ngettext("%(n)s ride", "%(n)s rides", count) % {"n": count}


def _escalations_text(count: int) -> str:
    return ngettext("%(n)s escalation", "%(n)s escalations", count) % {"n": count}


def rides_sentence(report: dict) -> str:
    rides, escalations = report["rides"], report["escalations"]
    if not rides["total"] and not escalations["total"]:
        return _("No rides and no escalations in this period.")
    last, before = _last_two(rides["per_four_weeks"])
    last_esc, before_esc = _last_two(escalations["per_four_weeks"])
    text = _("In %(when)s: %(rides)s and %(escalations)s") % {
        "when": _stretch(last), "rides": _rides_text(last["count"]),
        "escalations": _escalations_text(last_esc["count"])}
    if before is not None:
        text = _("%(now)s, against %(rides)s and %(escalations)s in the 4 weeks before") % {
            "now": text, "rides": _rides_text(before["count"]),
            "escalations": _escalations_text(before_esc["count"])}
    if last["with_look_back"]:
        text = ngettext(
            # No verb agrees with "calm": Dutch would need one form for 1 and one for more.
            "%(text)s; of the %(n)s ride you looked back on, %(calm)s without an escalation",
            "%(text)s; of the %(n)s rides you looked back on, %(calm)s without an escalation",
            last["with_look_back"]) % {
                "text": text, "calm": last["no_escalation"], "n": last["with_look_back"]}
    return f"{text}."


def rules_sentence(report: dict) -> str:
    rules = report["rules"]
    if not rules:
        return _("No life rules were chosen in rides in this period.")
    applied = sum(r["applied"] for r in rules)
    if not applied:
        return _("Your look-backs have not yet said whether you kept the rules you chose.")
    kept = sum(r["kept"] for r in rules)
    return ngettext(
        "You kept a chosen rule %(kept)s of the %(applied)s time a look-back asked about it "
        "(%(share)s).",
        "You kept a chosen rule %(kept)s of the %(applied)s times a look-back asked about it "
        "(%(share)s).", applied) % {
            "applied": applied, "kept": kept, "share": percent(kept / applied)}
