"""The rule API sets with whom a rule is agreed (`agreed_with`, ids of the person's own
outgoing links), and the reader sees exactly the rules agreed with them."""

import pytest

from charioteer.models import LifeRule
from tests.factories import client_for, make_link, share

URL = "/api/v1/rules"
RULE = {"if_text": "ik word bekritiseerd", "then_text": "ik zeg dat ik erop terugkom"}


def test_a_rule_is_agreed_through_the_api_and_shown_to_that_reader_only(
        person, partner, stranger, link):
    other = make_link(person, stranger, "close")
    share(link, "agreements")
    share(other, "agreements")
    api = client_for(person)
    r = api.post(URL, {**RULE, "agreed_with": [link.pk]}, content_type="application/json")
    assert r.status_code == 201 and r.json()["agreed_with"] == [link.pk]
    rule = LifeRule.objects.get()
    assert list(rule.agreed_with.all()) == [link]
    shown = client_for(partner).get(f"/api/v1/shared/{link.pk}/agreements").json()
    assert [s["id"] for s in shown] == [rule.pk] and "agreed_with" not in shown[0]
    assert client_for(stranger).get(f"/api/v1/shared/{other.pk}/agreements").json() == []
    r = api.patch(f"{URL}/{rule.pk}", {"agreed_with": [link.pk, other.pk]},
                  content_type="application/json")
    assert r.json()["agreed_with"] == sorted([link.pk, other.pk])
    # The reader never learns with whom else it is agreed.
    assert "agreed_with" not in client_for(stranger).get(
        f"/api/v1/shared/{other.pk}/agreements").content.decode()
    assert api.patch(f"{URL}/{rule.pk}", {"if_text": "x"},
                     content_type="application/json").json()["agreed_with"] == sorted(
        [link.pk, other.pk])  # left out: unchanged
    r = api.patch(f"{URL}/{rule.pk}", {"agreed_with": []}, content_type="application/json")
    assert r.json()["agreed_with"] == [] and api.get(URL).json()[0]["agreed_with"] == []


@pytest.mark.parametrize("ids", [[999999], "x", [0], [-1], [2**64], [None]])
def test_links_that_are_not_mine_or_no_links_are_refused_and_nothing_changes(
        person, partner, ids):
    theirs = make_link(partner, person)  # incoming for the person: not theirs to agree on
    api = client_for(person)
    for chosen in (ids, [theirs.pk]):
        r = api.post(URL, {**RULE, "agreed_with": chosen}, content_type="application/json")
        assert r.status_code == 422, chosen
    assert not LifeRule.objects.exists()


def test_the_rule_list_reads_its_links_in_one_query(person, link, django_assert_max_num_queries):
    for i in range(20):
        rule = LifeRule.objects.create(owner=person, if_text=f"als {i}", then_text="dan")
        rule.agreed_with.add(link)
    api = client_for(person)
    api.get(URL)
    with django_assert_max_num_queries(8):
        assert len(api.get(URL).json()) == 20
