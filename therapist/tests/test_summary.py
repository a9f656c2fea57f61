"""Since the last session (issue 10): the figures within consent, each with its n."""

from datetime import timedelta

from insights.periods import local_today
from sharing.models import AccessEntry
from tests.factories import share, verified_client_for
from therapist.summary import MSSD_MIN_N, summary_from


def _summary(c, link, **params):
    r = c.get(f"/api/v1/caseload/{link.pk}/summary", params)
    assert r.status_code == 200, r.content
    return r.json()


def test_nothing_shared_shows_no_figure(person, therapist, clinic):
    s = _summary(verified_client_for(therapist), clinic["link"])
    for key in ("checkins", "trends", "alarm_load", "rides", "escalations", "rules", "selfchecks"):
        assert s[key] is None, key
    assert s["shared"] == [] and s["consent"] == []
    assert not AccessEntry.objects.filter(subject=person).exists()


def test_the_figures_of_the_period_with_their_n(person, therapist, clinic):
    link = clinic["link"]
    share(link, "insights", "selfchecks")
    s = _summary(verified_client_for(therapist), link, since=clinic["since"].isoformat())
    per_week = s["checkins"]["per_week"]
    assert [w["n"] for w in per_week] == [5, 1, 0]  # the empty week is there, as 0
    assert s["checkins"]["n"] == 6 and s["checkins"]["sparse"] is True  # 6 < 3 a week
    assert s["checkins"]["few"] == [per_week[1]["week"], per_week[2]["week"]]
    alarm = s["trends"]["alarm"]
    busy, sparse = alarm["weeks"]
    assert busy["n"] == 5 and busy["mssd"] is not None and busy["sd"] is not None
    # Never an MSSD (or amplitude) from fewer check-ins than the method's minimum.
    assert sparse["n"] == 1 < MSSD_MIN_N and sparse["mssd"] is None and sparse["amplitude"] is None
    assert sparse["mean"] == 6
    assert alarm["n_weeks"] == 1 and alarm["mssd_slope"] is None
    assert s["alarm_load"] == {"share": round(2 / 6, 4), "high": 2, "n": 6}
    assert s["rides"]["n"] == 0 and s["escalations"] == {"n": 0}
    assert s["rules"] == []
    assert s["selfchecks"]["n"] == 1 and s["selfchecks"]["compared_with"] is not None
    assert all(v < 0 for v in s["selfchecks"]["change"].values() if v is not None)
    assert "zq7" not in str(s)  # no note, no remark: figures only
    kinds = sorted(AccessEntry.objects.filter(subject=person).values_list("kind", "action"))
    assert kinds == [("insights", "read"), ("selfchecks", "read")]


def test_the_weekly_summary_alone_gives_figures_but_no_rule_texts(therapist, clinic):
    share(clinic["link"], "weekly_summary")
    s = _summary(verified_client_for(therapist), clinic["link"])
    assert s["checkins"] is not None and s["rules"] is None and s["selfchecks"] is None


def test_the_period_starts_at_the_last_session(therapist, clinic):
    link = clinic["link"]
    share(link, "insights")
    c = verified_client_for(therapist)
    day = local_today(therapist) - timedelta(days=3)
    c.post(f"/api/v1/caseload/{link.pk}/sessions", {"date": day.isoformat()},
           content_type="application/json")
    s = _summary(c, link)
    assert s["period"]["since"] == day.isoformat() and s["last_session"] == day.isoformat()


def test_a_bad_since_is_refused_clearly(therapist, clinic):
    c = verified_client_for(therapist)
    for since in ("0001-01-01", "9999-12-31", "gisteren", "2026-13-01", "1899-12-31"):
        r = c.get(f"/api/v1/caseload/{clinic['link'].pk}/summary", {"since": since})
        assert r.status_code == 422, since
    assert c.get(f"/praktijk/{clinic['link'].pk}/", {"since": "0001-01-01"}).status_code == 200



def test_a_link_with_no_date_or_another_parameter_shows_the_page(therapist, clinic):
    c = verified_client_for(therapist)
    for params in ({"since": ""}, {"van": "kapot"}):
        assert c.get(f"/praktijk/{clinic['link'].pk}/", params).status_code == 200, params


def test_a_date_that_is_none_gets_the_apps_words_on_the_client_page(therapist, clinic):
    """The period and the session date say what the insights page says of a bad date."""
    c = verified_client_for(therapist)
    page = c.get(f"/praktijk/{clinic['link'].pk}/", {"since": "gisteren"})
    assert "Use a date written as YYYY-MM-DD." in page.content.decode()
    page = c.post(f"/praktijk/{clinic['link'].pk}/sessie/", {"date": "vorige week"})
    assert page.status_code == 422 and "Use a date written as YYYY-MM-DD." in page.content.decode()

def test_sparse_periods_are_marked():
    report = {"weeks": [], "trend": {f: {"amplitude_slope": None, "mssd_slope": None, "weeks": 0}
                                     for f in ("alarm", "energy", "drive")},
              "alarm_load": {"share": None, "high": 0, "n": 0},
              "rides": {"total": 0, "with_look_back": 0, "no_escalation": 0,
                        "share_no_escalation": None},
              "escalations": {"total": 0}, "rules": []}
    from datetime import date

    s = summary_from(report=report, full=True, selfchecks=None, since=date(2026, 1, 5),
                     until=date(2026, 1, 18))
    assert s["checkins"]["sparse"] and s["checkins"]["n"] == 0
    assert s["alarm_load"]["share"] is None  # missing, never 0
    assert s["phases"] is None and s["reciprocity"] is None  # not on this report: no claim


def test_the_summary_page_shows_figures_notes_apart_and_charts(therapist, clinic):
    share(clinic["link"], "insights", "selfchecks")
    page = verified_client_for(therapist).get(f"/praktijk/{clinic['link'].pk}/",
                                              {"since": clinic["since"].isoformat()})
    body = page.content.decode()
    assert page.status_code == 200
    assert body.count('<svg class="chart"') >= 4
    assert 'id="notes"' in body and "zq7" not in body


def _page_queries(c, link, since):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        page = c.get(f"/praktijk/{link.pk}/", {"since": since.isoformat()})
    assert page.status_code == 200
    return len(queries), page.content.decode()


def test_the_summary_page_reads_the_same_few_queries_at_any_history_length(person, therapist,
                                                                           clinic):
    """From the stored weeks, whatever the history: three years of check-ins cost the page
    no query more than three weeks. Its week tables keep the last year, and say so."""
    from therapist.tests.conftest import checkins_for

    link = clinic["link"]
    share(link, "insights", "selfchecks")
    c = verified_client_for(therapist)
    short, body = _page_queries(c, link, clinic["since"])
    assert "The table shows the last" not in body and "Tabel toont" not in body
    first = clinic["since"] - timedelta(weeks=156)
    for week in range(0, 156, 4):
        checkins_for(person, first + timedelta(weeks=week), [2, 7, 4])
    long, body = _page_queries(c, link, first)
    assert long == short <= 17
    assert body.count('<tr><th scope="row">') < 4 * 60  # not 158 rows a table
    assert "52" in body and "159" in body  # "the last 52 of 159 weeks"
    # Over three years the charts go by 4 weeks, as on the insights page, and say so.
    assert "by 4 weeks" in body and "peaks and valleys per 4 weeks" in body
    assert "shows every week" not in body
    assert body.count('<path class="range"') == 3


def test_the_summary_page_names_the_last_session(therapist, clinic):
    link = clinic["link"]
    share(link, "insights")
    c = verified_client_for(therapist)
    day = local_today(therapist) - timedelta(days=3)
    assert c.post(f"/praktijk/{link.pk}/sessie/", {"date": day.isoformat()}).status_code == 302
    body = c.get(f"/praktijk/{link.pk}/").content.decode()
    assert day.strftime("%Y") in body and ("Laatste sessie" in body or "Last session" in body)


def test_the_grants_of_a_link_are_only_its_readers_while_it_is_active(person, therapist,
                                                                      stranger, clinic):
    """``grants_of_link`` trusts the link it is given to be the reader's own and active
    (``client_link_or_404`` checks both), and still answers nothing when it is not."""
    from django.utils import timezone

    from wagenmenner.access import PRINT, grants_of_link

    link = clinic["link"]
    share(link, "insights", "selfchecks")
    assert set(grants_of_link(therapist, link, PRINT)) == {"insights", "selfchecks"}
    assert grants_of_link(stranger, link, PRINT) == {}
    assert grants_of_link(therapist, link, "delete") == {}
    link.ended_at = timezone.now()
    assert grants_of_link(therapist, link, PRINT) == {}



def test_the_week_tables_escape_every_cell_as_conditional_escape_does():
    """``rows_html`` escapes its cells itself, once per distinct value: text as
    ``conditional_escape`` escapes it, marked-safe HTML (the "few" note) kept as it is."""
    from django.utils.html import conditional_escape, format_html

    from therapist.charts import rows_html

    few = format_html('{} <span class="small">({})</span>', 1, "few")
    hostile = '<script>"&\'</script>'
    rows = [(hostile, 3, few, None, "—"), (hostile, 3, few, "", hostile)]
    expected = "".join(
        f'<tr><th scope="row">{conditional_escape(first)}</th>'
        + "".join(f"<td>{conditional_escape(cell)}</td>" for cell in rest) + "</tr>"
        for first, *rest in rows)
    assert str(rows_html(rows)) == expected
    assert "<script>" not in expected and '<span class="small">(few)</span>' in expected


def test_the_week_tables_name_weeks_by_their_dates_as_the_insights_pages_do(therapist, clinic):
    """A person reads "30 Mar – 5 Apr", not the ISO code "2026-W14": the therapist's
    tables label a week as the insights pages' tables do, in the therapist's language."""
    from django.utils import translation

    from insights.metrics import iso_week_label
    from insights.sentences import week_label

    share(clinic["link"], "insights")
    since = clinic["since"]
    mondays = [since + timedelta(weeks=k) for k in range(3)]
    for language in ("en", "nl"):
        therapist.language = language
        therapist.save()
        body = verified_client_for(therapist).get(
            f"/praktijk/{clinic['link'].pk}/", {"since": since.isoformat()}).content.decode()
        with translation.override(language):
            labels = [week_label(monday, year=since.year != local_today(therapist).year)
                      for monday in mondays]
        # The busy week in the check-ins' table, the field tables and the phases' table.
        assert body.count(f'<th scope="row">{labels[0]}</th>') == 5, language
        assert f'<th scope="row">{labels[2]}</th>' in body
        assert not any(iso_week_label(monday) in body for monday in mondays)
