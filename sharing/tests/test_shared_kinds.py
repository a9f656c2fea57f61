"""What a reader gets for each kind: the owner's own data, nothing more. The person's
check-in notes, substances and private free text never come through a kind that is
not free text by nature."""

from datetime import datetime, time, timedelta

import pytest
from django.utils import timezone

from charioteer.models import LifeRule
from checkins.models import CheckIn
from insights.periods import local_today, monday_of
from people.models import Escalation
from rides.models import Ride
from safety.models import SafetyPlan
from selfcheck.items import ITEMS
from selfcheck.services import selfcheck_record
from sharing.kinds import AVAILABLE
from tests.factories import client_for, make_charioteer, make_link, share
from timeouts.models import TimeoutProtocol
from warningplan.services import warning_plan_save

NOTE = "notitie-geheim-8812"
SUBSTANCE = "middel-geheim-3391"


@pytest.fixture
def life(person):
    objs = make_charioteer(person)
    now = timezone.now()
    # All six in the person's current week, whatever the hour: the weekly summary's count
    # of 6 would otherwise split in two in the first hours of a Monday.
    week_began = datetime.combine(monday_of(local_today(person)), time(), person.zone)
    for i in range(6):
        CheckIn.objects.create(owner=person, alarm=i,
                               recorded_at=now - (now - week_began) * i / 6,
                               energy=5, drive=4, enjoyment=3, boredom=2, urge=1,
                               note=f"{NOTE} {i}", substance=SUBSTANCE, substance_amount="2")
    Escalation.objects.create(owner=person, happened_at=now - timedelta(days=1),
                              trigger="de afwas", what_happened="deur dichtgegooid")
    SafetyPlan.objects.create(owner=person, coping="wandelen", reasons_to_live="de kinderen")
    selfcheck_record(user=person, answers={item.key: 2 for item in ITEMS},
                     remarks=f"opmerking {NOTE}")
    warning_plan_save(user=person, phases={"orange": {"i_do": "naar buiten lopen",
                                                      "others_may_do": "mij even laten"}})
    TimeoutProtocol.objects.create(owner=person, signal_word="pauzewoord", minutes=25,
                                   where="het park")
    return objs


def _get(client, link, kind, **params):
    return client.get(f"/api/v1/shared/{link.pk}/{kind}", params)


def test_each_kind_returns_the_owners_data(person, partner, link, life):
    share(link, *AVAILABLE)
    rule = life["rule"]
    rule.agreed_with.add(link)
    c = client_for(partner)
    assert _get(c, link, "safety_plan").json()["coping"] == "wandelen"
    assert [r["id"] for r in _get(c, link, "agreements").json()] == [rule.pk]
    levels = _get(c, link, "checkin_levels").json()
    assert len(levels) == 6 and set(levels[0]) == {"id", "recorded_at", "alarm", "energy", "drive",
                                                   "enjoyment", "boredom", "urge", "conflict"}
    assert [r["id"] for r in _get(c, link, "rides").json()] == [life["ride"].pk]
    assert _get(c, link, "escalations").json()[0]["trigger"] == "de afwas"
    assert _get(c, link, "selfchecks").json()[0]["scores"] == \
        client_for(person).get("/api/v1/selfchecks").json()[0]["scores"]
    summary = _get(c, link, "weekly_summary").json()
    assert sum(w["checkins"] for w in summary["weeks"]) == 6
    assert summary["escalations"]["total"] == 1
    own = client_for(person).get("/api/v1/insights").json()
    assert _get(c, link, "insights").json() == own
    own = client_for(person).get("/api/v1/warning-plan").json()
    assert _get(c, link, "warning_plan").json() == own
    assert own["phases"]["orange"]["i_do"] == "naar buiten lopen"
    own = client_for(person).get("/api/v1/timeout-protocol").json()
    del own["crisis_detected"]
    assert _get(c, link, "timeout_protocol").json() == own
    assert own["signal_word"] == "pauzewoord" and own["minutes"] == 25


def test_no_kind_but_a_free_text_one_carries_notes_or_substances(person, partner, link, life):
    share(link, *AVAILABLE)
    c = client_for(partner)
    for kind in AVAILABLE:
        body = _get(c, link, kind).content.decode()
        assert SUBSTANCE not in body, kind
        if kind != "selfchecks":  # the self-check's own remarks are part of that kind
            assert NOTE not in body, kind


def test_weekly_summary_holds_no_text_at_all(person, partner, link, life):
    share(link, "weekly_summary")
    summary = _get(client_for(partner), link, "weekly_summary").json()

    def strings(value):
        if isinstance(value, dict):
            for v in value.values():
                yield from strings(v)
        elif isinstance(value, list):
            for v in value:
                yield from strings(v)
        elif isinstance(value, str):
            yield value

    for text in strings(summary):
        assert text[:4].isdigit(), text  # dates and week labels only


def test_agreements_are_only_the_rules_agreed_with_this_link(person, partner, stranger, link, life):
    other = make_link(person, stranger)
    agreed = LifeRule.objects.create(owner=person, if_text="ruzie", then_text="time-out")
    agreed.agreed_with.add(link)
    elsewhere = LifeRule.objects.create(owner=person, if_text="werk", then_text="pauze")
    elsewhere.agreed_with.add(other)
    share(link, "agreements")
    assert [r["if_text"] for r in _get(client_for(partner), link, "agreements").json()] == ["ruzie"]


def test_the_rule_form_marks_agreements_with_linked_people_only(client_person, person, link, life):
    rule = life["rule"]
    page = client_person.get(f"/leefregels/{rule.pk}/").content.decode()
    assert "Sanne" in page
    r = client_person.post(f"/leefregels/{rule.pk}/", {
        "if_text": rule.if_text, "then_text": rule.then_text, "active": "on",
        "agreed_with": [link.pk]})
    assert r.status_code == 302
    assert list(rule.agreed_with.all()) == [link]


def test_lists_page_and_bad_paging_is_a_clear_422(person, partner, link, life):
    share(link, "checkin_levels", "rides")
    c = client_for(partner)
    assert len(_get(c, link, "checkin_levels", limit=2).json()) == 2
    assert len(_get(c, link, "checkin_levels", limit=2, offset=5).json()) == 1
    for params in ({"limit": 0}, {"limit": "x"}, {"offset": -1}, {"limit": 10**30}):
        assert _get(c, link, "rides", **params).status_code == 422, params
    assert _get(c, link, "checkin_levels", start="2026-02-30").status_code == 422


def test_kind_pages_show_the_shared_data(client_partner, person, link, life):
    share(link, *AVAILABLE)
    life["rule"].agreed_with.add(link)
    expected = {"safety_plan": "wandelen", "agreements": "ik word bekritiseerd",
                "rides": "Ruzie over de afwas", "escalations": "de afwas",
                "checkin_levels": "<td>5</td>", "weekly_summary": "<td>6</td>",
                "selfchecks": "50 / 100", "insights": "Alarm",
                "warning_plan": "mij even laten", "timeout_protocol": "pauzewoord"}
    for kind in AVAILABLE:
        r = client_partner.get(f"/naaste/{link.pk}/{kind}/")
        assert r.status_code == 200, kind
        body = r.content.decode()
        assert expected[kind] in body, kind
        assert NOTE not in body or kind == "selfchecks"
        assert SUBSTANCE not in body


def test_a_ride_kind_page_with_many_rides_is_a_fixed_number_of_queries(
        client_partner, person, link, django_assert_max_num_queries):
    share(link, "rides")
    for _ in range(30):
        Ride.objects.create(owner=person, situation="x")
    with django_assert_max_num_queries(16):
        client_partner.get(f"/naaste/{link.pk}/rides/")
