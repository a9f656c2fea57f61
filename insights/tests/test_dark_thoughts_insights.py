"""Issue 11 point 10: the optional dark-thoughts row is in the person's own insights like
the levels (the pages, the API, the weeks' CSV), in calm words, and nowhere for a person
who never answered it, nor in any view of a partner or a clinician."""

from datetime import date, timedelta

from django.urls import reverse
from django.utils import translation

from checkins.models import CheckIn
from insights import sentences
from insights.selectors import insights_for_period
from insights.tests.helpers import add_checkins, ams
from sharing.kinds import AVAILABLE
from tests.factories import client_for, make_link, share

PERIOD = {"start": "2026-03-02", "end": "2026-04-26"}
LABEL_NL = "Gedachten over de dood of over niet meer willen leven"


def _history(person, dark=True):
    rows = add_checkins(person, ams(2026, 3, 2, 8), 200, step=timedelta(minutes=400))
    if dark:
        for i, row in enumerate(rows):
            row.dark_thoughts = (i * 3) % 7 if i % 2 else None
        CheckIn.objects.bulk_update(rows, ["dark_thoughts"])
    return rows


def test_the_own_pages_show_the_row_as_a_level(client_person, person):
    _history(person)
    headline = client_person.get(reverse("insights:overview"), PERIOD).content.decode()
    assert headline.count(f"<h2 id=\"field-dark_thoughts-h\">{LABEL_NL}</h2>") == 1
    # Four levels now: three charts and a table each.
    assert headline.count('role="img"') == 12 and headline.count("<details") == 5
    assert "geen diagnose" in headline and "hulpverlener" in headline
    csv = client_person.get(reverse("insights:weeks_csv"), PERIOD).content.decode()
    assert "dark_thoughts_max" in csv.splitlines()[0]


def test_the_api_gives_the_same_figures_as_the_other_levels(api_person, person):
    _history(person)
    report = api_person.get("/api/v1/insights", PERIOD).json()
    week = report["weeks"][0]
    assert set(week["dark_thoughts"]) == set(week["alarm"])
    assert week["dark_thoughts"]["n"] > 0 and week["dark_thoughts"]["max"] <= 6
    assert set(report["trend"]["dark_thoughts"]) == set(report["trend"]["alarm"])


def test_nothing_of_it_for_a_person_who_never_answered_it(client_person, api_person, person):
    _history(person, dark=False)
    headline = client_person.get(reverse("insights:overview"), PERIOD).content.decode()
    assert "dark_thoughts" not in headline and "dood" not in headline
    assert headline.count('role="img"') == 9
    report = api_person.get("/api/v1/insights", PERIOD).json()
    assert "dark_thoughts" not in str(report)
    csv = client_person.get(reverse("insights:weeks_csv"), PERIOD).content.decode()
    assert "dark_thoughts" not in csv


def test_no_shared_view_of_insights_holds_it(person, partner):
    _history(person)
    start, end = (date.fromisoformat(d) for d in PERIOD.values())
    assert "dark_thoughts" not in str(insights_for_period(person, start, end))
    assert "dark_thoughts" in str(insights_for_period(person, start, end, own=True))
    link = make_link(person, partner)
    share(link, *AVAILABLE)
    c = client_for(partner)
    for kind in ("insights", "weekly_summary"):
        shared = c.get(f"/api/v1/shared/{link.pk}/{kind}", PERIOD)
        assert shared.status_code == 200 and "dark_thoughts" not in shared.content.decode()
        page = c.get(f"/naaste/{link.pk}/{kind}/", PERIOD).content.decode()
        assert "dood" not in page and "death" not in page
    # The partner's own insights are theirs: nothing of the person's, let alone this.
    own = client_for(partner).get("/api/v1/insights", PERIOD)
    assert own.status_code == 200 and "dark_thoughts" not in own.content.decode()


def test_the_sentence_is_calm_and_says_how_much_is_missing():
    def report(recent, before):
        weeks = [{"start": "2026-03-02", "dark_thoughts": {"n": before, "max": 6, "min": 1}},
                 {"start": "2026-03-30", "dark_thoughts": {"n": recent, "max": 3, "min": 0}}]
        return {"period": {"end": "2026-04-26"}, "weeks": weeks}

    with translation.override("en"):
        assert sentences.dark_thoughts_sentence(report(9, 9)) == (
            "In the last 4 weeks, compared with the 4 before, these thoughts were less "
            "strong at their highest (from about 6 to about 3).")
        assert "(2 of the 8 needed)" in sentences.dark_thoughts_sentence(report(2, 9))
        assert "too few answers in the 4 weeks before" in sentences.dark_thoughts_sentence(
            report(9, 0))
        assert "not a diagnosis" in sentences.dark_thoughts_note()
    with translation.override("nl"):
        assert "hulpverlener" in sentences.dark_thoughts_note()


def test_the_weekly_review_compares_it_too(client_person, person):
    _history(person)
    page = client_person.get(reverse("insights:week"), {"week": "2026-W14"})
    assert page.status_code == 200
    assert f"<caption>{LABEL_NL}</caption>" in page.content.decode()
    CheckIn.objects.filter(owner=person).update(dark_thoughts=None)
    page = client_person.get(reverse("insights:week"), {"week": "2026-W14"})
    assert "dood" not in page.content.decode()
