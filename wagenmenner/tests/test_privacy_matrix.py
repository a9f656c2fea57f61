"""Every URL and API route that takes an id answers 404 for someone else's id."""

import pytest

from tests.factories import make_charioteer

PAGE_URLS = [
    "/paarden/{horse}/",
    "/doelen/{goal}/", "/doelen/{goal}/verwijderen/",
    "/leefregels/{rule}/", "/leefregels/{rule}/verwijderen/",
    "/kanten/{side}/", "/kanten/{side}/verwijderen/",
    "/mensen/{person}/", "/mensen/{person}/bewerken/", "/mensen/{person}/verwijderen/",
    "/mensen/{person}/wederkerigheid/", "/mensen/{person}/wederkerigheid/nieuw/",
    "/rit/{ride}/", "/rit/{ride}/stap/1/", "/rit/{ride}/stap/5/", "/rit/{ride}/terugblik/",
    "/teugels/{ride}/", "/teugels/{ride}/klaar/",
]
POST_ONLY_URLS = ["/echos/{echo}/verwijderen/"]
API_URLS = [
    "/api/v1/goals/{goal}", "/api/v1/rules/{rule}", "/api/v1/sides/{side}",
    "/api/v1/people/{person}", "/api/v1/rides/{ride}",
]


@pytest.fixture
def theirs(person):
    objs = make_charioteer(person)
    return {k: v.pk for k, v in objs.items()}


@pytest.mark.parametrize("url", PAGE_URLS)
def test_stranger_gets_404_on_pages(client_stranger, theirs, url):
    assert client_stranger.get(url.format(**theirs)).status_code == 404
    assert client_stranger.post(url.format(**theirs), {"title": "x"}).status_code == 404


@pytest.mark.parametrize("url", POST_ONLY_URLS)
def test_stranger_gets_404_on_post_only_urls(client_stranger, theirs, url):
    assert client_stranger.post(url.format(**theirs)).status_code == 404


@pytest.mark.parametrize("url", PAGE_URLS)
def test_owner_reaches_the_same_pages(client_person, theirs, url):
    assert client_person.get(url.format(**theirs)).status_code in (200, 302)


@pytest.mark.parametrize("url", API_URLS)
def test_stranger_gets_404_on_api_routes(api_stranger, theirs, url):
    target = url.format(**theirs)
    assert api_stranger.get(target).status_code == 404
    if "/rides/" not in target:  # rides change step by step, tested below
        assert api_stranger.patch(target, {}, content_type="application/json").status_code == 404
    assert api_stranger.delete(target).status_code == 404


def test_stranger_gets_404_on_ride_steps(api_stranger, theirs):
    r = api_stranger.patch(f"/api/v1/rides/{theirs['ride']}/steps/2", {"level": 3},
                           content_type="application/json")
    assert r.status_code == 404


def test_stranger_lists_see_nothing_of_the_person(api_stranger, theirs):
    for kind in ("goals", "rules", "sides", "people", "rides"):
        assert api_stranger.get(f"/api/v1/{kind}").json() == []


def test_stranger_cannot_point_to_the_persons_objects(api_stranger, theirs):
    r = api_stranger.post("/api/v1/rules", {"if_text": "a", "then_text": "b",
                                            "goal_id": theirs["goal"]},
                          content_type="application/json")
    assert r.status_code == 422
    assert "goal_id" in r.json()["detail"]


def test_stranger_ride_cannot_use_the_persons_rules(api_stranger, theirs, stranger):
    ride = api_stranger.post("/api/v1/rides", {}, content_type="application/json").json()
    r = api_stranger.patch(f"/api/v1/rides/{ride['id']}/steps/5", {"rule_ids": [theirs["rule"]]},
                           content_type="application/json")
    assert r.status_code == 422


def test_history_filter_with_someone_elses_ids_is_refused(client_stranger, theirs):
    r = client_stranger.get("/ritten/", {"person": theirs["person"]})
    assert r.status_code == 200
    assert "Sam" not in r.content.decode()
