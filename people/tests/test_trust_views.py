from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from people.models import Person, TrustExperiment


@pytest.fixture
def sanne(person):
    return Person.objects.create(owner=person, name="Sanne", relation="partner")


@pytest.fixture
def experiment(person, sanne):
    return TrustExperiment.objects.create(
        owner=person, person=sanne, what="Mijn zorgen over werk", belief_before=80,
        expectation="Ze lacht me uit", planned_for=timezone.localdate() - timedelta(days=1))


PLAN = {"what": "Vertellen dat ik bang ben", "expectation": "Hij wordt boos",
        "belief_before": "70", "planned_for": "2026-03-10"}


def test_an_experiment_is_planned_with_someone(client_person, person, sanne):
    url = reverse("people:trust_create") + f"?person={sanne.pk}"
    page = client_person.get(url)
    assert page.context["form"].initial["person"] == sanne
    response = client_person.post(url, {**PLAN, "person": sanne.pk})
    assert response.status_code == 302
    x = TrustExperiment.objects.get()
    assert (x.person, x.belief_before, x.planned_for) == (sanne, 70, date(2026, 3, 10))
    assert x.feared_happened is None and x.belief_after is None


@pytest.mark.parametrize("field, value", [("belief_before", "101"), ("belief_before", "-1"),
                                          ("belief_before", "veel"),
                                          ("planned_for", "0001-01-01"),
                                          ("planned_for", "9999-12-31"), ("what", "")])
def test_bad_plans_get_a_clear_message_and_write_nothing(client_person, sanne, field, value):
    response = client_person.post(reverse("people:trust_create"),
                                  {**PLAN, "person": sanne.pk, field: value})
    assert response.status_code == 200 and field in response.context["form"].errors
    assert not TrustExperiment.objects.exists()


def test_someone_elses_person_cannot_be_chosen(client_person, stranger):
    theirs = Person.objects.create(owner=stranger, name="Geheim", relation="friend")
    response = client_person.post(reverse("people:trust_create"), {**PLAN, "person": theirs.pk})
    assert response.status_code == 200 and "person" in response.context["form"].errors
    assert client_person.get(reverse("people:trust_create") + f"?person={theirs.pk}"
                             ).status_code == 404


def test_the_outcome_is_written_afterwards(client_person, experiment):
    url = reverse("people:trust_outcome", args=[experiment.pk])
    response = client_person.post(url, {"outcome": "Ze luisterde", "feared_happened": "no",
                                        "belief_after": "30"})
    assert response.status_code == 302
    experiment.refresh_from_db()
    assert (experiment.feared_happened, experiment.belief_after) == ("no", 30)
    html = client_person.get(reverse("people:trust")).content.decode()
    assert "80 % → 30 %" in html


def test_an_outcome_needs_the_answer_and_the_belief_now(client_person, experiment):
    response = client_person.post(reverse("people:trust_outcome", args=[experiment.pk]),
                                  {"outcome": "Ze luisterde", "belief_after": "101"})
    assert set(response.context["form"].errors) == {"feared_happened", "belief_after"}
    experiment.refresh_from_db()
    assert experiment.outcome == "" and experiment.feared_happened is None


def test_the_list_shows_how_often_the_feared_thing_happened(client_person, person, sanne):
    for feared, before, after in (("yes", 60, 70), ("no", 80, 40), ("no", 90, 50)):
        TrustExperiment.objects.create(owner=person, person=sanne, what="x", expectation="y",
                                       belief_before=before, planned_for=date(2026, 3, 1),
                                       feared_happened=feared, belief_after=after)
    page = client_person.get(reverse("people:trust"))
    summary = page.context["summary"]
    assert summary["experiments"] == 3 and summary["with_outcome"] == 3
    assert summary["feared_happened_share"] == pytest.approx(1 / 3, abs=1e-4)
    assert summary["mean_belief_change"] == pytest.approx(-70 / 3, abs=1e-4)
    assert "33 %" in page.content.decode()


def test_stranger_gets_404_on_every_experiment_page(client_stranger, experiment):
    for name in ("trust_edit", "trust_outcome", "trust_delete"):
        url = reverse(f"people:{name}", args=[experiment.pk])
        assert client_stranger.get(url).status_code == 404
        assert client_stranger.post(url, {"feared_happened": "yes"}).status_code == 404
    assert "Ze lacht me uit" not in client_stranger.get(reverse("people:trust")).content.decode()
    experiment.refresh_from_db()
    assert experiment.feared_happened is None


def test_home_asks_for_experiments_whose_day_has_passed(client_person, person, sanne,
                                                        experiment):
    TrustExperiment.objects.create(owner=person, person=sanne, what="Later", expectation="y",
                                   belief_before=5,
                                   planned_for=timezone.localdate() + timedelta(days=3))
    html = client_person.get("/").content.decode()
    assert reverse("people:trust_outcome", args=[experiment.pk]) in html
    assert "Later" not in html
    experiment.feared_happened, experiment.belief_after = "partly", 50
    experiment.save()
    assert reverse("people:trust_outcome", args=[experiment.pk]) not in \
        client_person.get("/").content.decode()
