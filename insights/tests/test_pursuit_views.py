import pytest
from django.urls import reverse

from checkins.models import Pursuit, PursuitRating
from insights.tests.helpers import add_pursuit, ams

PAST_FLIP = [(ams(2026, 1, 5, 20), 9), (ams(2026, 1, 20, 20), 9), (ams(2026, 2, 10, 20), 2)]


def test_pursuit_can_be_created_with_a_first_rating(client_person, person):
    response = client_person.post(reverse("insights:pursuit_create"),
                                  {"name": "Zeilboot opknappen", "kind": "project",
                                   "intensity": "9"})
    pursuit = Pursuit.objects.get(owner=person)
    assert response.status_code == 302
    assert response["Location"] == reverse("insights:pursuit_detail", args=[pursuit.pk])
    assert list(pursuit.ratings.values_list("intensity", flat=True)) == [9]


def test_pursuit_is_rated_with_one_tap(client_person, person):
    pursuit = add_pursuit(person, "Kitesurfen")
    response = client_person.post(reverse("insights:pursuit_rate", args=[pursuit.pk]),
                                  {"intensity": "7"})
    assert response.status_code == 302
    assert pursuit.ratings.get().intensity == 7
    client_person.post(reverse("insights:pursuit_rate", args=[pursuit.pk]), {"intensity": "11"})
    assert pursuit.ratings.count() == 1


def test_pursuit_page_shows_the_ratings_as_a_chart_and_a_table(client_person, person):
    pursuit = add_pursuit(person, "Webshop", PAST_FLIP)
    html = client_person.get(reverse("insights:pursuit_detail", args=[pursuit.pk])).content.decode()
    assert 'role="img"' in html and '<path class="series"' in html
    assert html.count("<tr>") >= 4
    assert "1 flip" in html or "1 omslag" in html


def test_new_pursuit_starting_high_reminds_of_past_flips(client_person, person):
    add_pursuit(person, "Webshop", PAST_FLIP)
    client_person.post(reverse("insights:pursuit_create"),
                       {"name": "Foodtruck", "kind": "project", "intensity": "9"})
    new = Pursuit.objects.filter(owner=person).order_by("-id").first()  # names are encrypted
    response = client_person.get(reverse("insights:pursuit_detail", args=[new.pk]))
    assert response.context["history"]["reminder"]["count"] == 1
    assert 'id="reminder-h"' in response.content.decode()


def test_new_pursuit_without_past_flips_gets_no_reminder(client_person, person):
    pursuit = add_pursuit(person, "Foodtruck", [(ams(2026, 3, 1, 20), 10)])
    response = client_person.get(reverse("insights:pursuit_detail", args=[pursuit.pk]))
    assert response.context["history"]["reminder"] is None


def test_new_pursuit_starting_calm_gets_no_reminder(client_person, person):
    add_pursuit(person, "Webshop", PAST_FLIP)
    pursuit = add_pursuit(person, "Moestuin", [(ams(2026, 3, 1, 20), 6)])
    response = client_person.get(reverse("insights:pursuit_detail", args=[pursuit.pk]))
    assert response.context["history"]["reminder"] is None


def test_pursuits_page_lists_the_persons_pursuits(client_person, person, stranger):
    add_pursuit(person, "Webshop", PAST_FLIP)
    add_pursuit(stranger, "Geheim plan")
    html = client_person.get(reverse("insights:pursuits")).content.decode()
    assert "Webshop" in html and "Geheim plan" not in html


def test_pursuit_can_be_edited_and_deleted(client_person, person):
    pursuit = add_pursuit(person, "Webshop", PAST_FLIP)
    client_person.post(reverse("insights:pursuit_edit", args=[pursuit.pk]),
                       {"name": "Webshop 2", "kind": "project", "archived": "on"})
    pursuit.refresh_from_db()
    assert pursuit.name == "Webshop 2" and pursuit.archived
    rating = pursuit.ratings.first()
    client_person.post(reverse("insights:rating_delete", args=[pursuit.pk, rating.pk]))
    assert pursuit.ratings.count() == 2
    client_person.post(reverse("insights:pursuit_delete", args=[pursuit.pk]))
    assert not Pursuit.objects.exists() and not PursuitRating.objects.exists()


@pytest.mark.parametrize("name", ["pursuit_detail", "pursuit_edit", "pursuit_delete"])
def test_stranger_gets_404_for_someone_elses_pursuit_page(client_person, stranger, name):
    pursuit = add_pursuit(stranger, "Geheim plan", PAST_FLIP)
    assert client_person.get(reverse(f"insights:{name}", args=[pursuit.pk])).status_code == 404


def test_stranger_can_neither_rate_nor_delete_someone_elses_pursuit(client_person, stranger):
    pursuit = add_pursuit(stranger, "Geheim plan", PAST_FLIP)
    rating = pursuit.ratings.first()
    assert client_person.post(reverse("insights:pursuit_rate", args=[pursuit.pk]),
                              {"intensity": "5"}).status_code == 404
    assert client_person.post(reverse("insights:rating_delete",
                                      args=[pursuit.pk, rating.pk])).status_code == 404
    assert client_person.post(reverse("insights:pursuit_delete",
                                      args=[pursuit.pk])).status_code == 404
    assert pursuit.ratings.count() == 3


def test_a_rating_is_found_only_within_its_own_pursuit(client_person, person, stranger):
    mine = add_pursuit(person, "Webshop")
    theirs = add_pursuit(stranger, "Geheim plan", PAST_FLIP)
    rating = theirs.ratings.first()
    response = client_person.post(reverse("insights:rating_delete", args=[mine.pk, rating.pk]))
    assert response.status_code == 404
    assert theirs.ratings.count() == 3


def test_pursuit_name_that_speaks_of_crisis_brings_up_the_card(client_person, person):
    client_person.post(reverse("insights:pursuit_create"),
                       {"name": "Ik wil er een eind aan maken", "kind": "other"})
    assert client_person.session.get("wm_show_crisis_card") is True
