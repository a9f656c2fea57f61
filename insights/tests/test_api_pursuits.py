from insights.tests.helpers import add_pursuit, ams

URL = "/api/v1/pursuits"
PAST_FLIP = [(ams(2026, 1, 5, 20), 9), (ams(2026, 1, 20, 20), 9), (ams(2026, 2, 10, 20), 2)]


def test_pursuits_api_creates_rates_and_lists(api_person, person):
    response = api_person.post(URL, {"name": "Kitesurfen", "kind": "hobby", "intensity": 6},
                               content_type="application/json")
    assert response.status_code == 201
    pk = response.json()["id"]
    assert response.json()["crisis_detected"] is False and response.json()["reminder"] is None
    response = api_person.post(f"{URL}/{pk}/ratings",
                               {"intensity": 3, "rated_at": "2030-01-02T10:00:00"},
                               content_type="application/json")
    assert response.status_code == 201
    assert response.json()["rated_at"].startswith("2030-01-02T10:00:00+01:00")
    ratings = api_person.get(f"{URL}/{pk}/ratings").json()
    assert [r["intensity"] for r in ratings] == [6, 3]
    assert [p["name"] for p in api_person.get(URL).json()] == ["Kitesurfen"]


def test_pursuits_api_reminds_of_the_past_pattern(api_person, person):
    add_pursuit(person, "Webshop", PAST_FLIP)
    response = api_person.post(URL, {"name": "Foodtruck", "intensity": 9},
                               content_type="application/json")
    assert response.json()["reminder"]["count"] == 1


def test_pursuits_api_updates_and_deletes(api_person, person):
    pursuit = add_pursuit(person, "Webshop", PAST_FLIP)
    response = api_person.patch(f"{URL}/{pursuit.pk}", {"archived": True},
                                content_type="application/json")
    assert response.status_code == 200 and response.json()["archived"] is True
    rating = pursuit.ratings.first()
    assert api_person.delete(f"{URL}/{pursuit.pk}/ratings/{rating.pk}").status_code == 204
    assert api_person.delete(f"{URL}/{pursuit.pk}").status_code == 204


def test_pursuits_api_refuses_a_level_out_of_range(api_person, person):
    pursuit = add_pursuit(person, "Webshop")
    response = api_person.post(f"{URL}/{pursuit.pk}/ratings", {"intensity": 11},
                               content_type="application/json")
    assert response.status_code == 422


def test_pursuits_api_flags_crisis_in_the_name(api_person):
    response = api_person.post(URL, {"name": "Ik wil dood"}, content_type="application/json")
    assert response.json()["crisis_detected"] is True


def test_pursuits_api_gives_404_for_the_strangers_pursuit(api_person, stranger):
    pursuit = add_pursuit(stranger, "Geheim plan", PAST_FLIP)
    rating = pursuit.ratings.first()
    assert api_person.get(f"{URL}/{pursuit.pk}").status_code == 404
    assert api_person.patch(f"{URL}/{pursuit.pk}", {"name": "x"},
                            content_type="application/json").status_code == 404
    assert api_person.get(f"{URL}/{pursuit.pk}/ratings").status_code == 404
    assert api_person.post(f"{URL}/{pursuit.pk}/ratings", {"intensity": 5},
                           content_type="application/json").status_code == 404
    assert api_person.delete(f"{URL}/{pursuit.pk}/ratings/{rating.pk}").status_code == 404
    assert api_person.delete(f"{URL}/{pursuit.pk}").status_code == 404
    assert api_person.get(URL).json() == []
    assert pursuit.ratings.count() == 3
