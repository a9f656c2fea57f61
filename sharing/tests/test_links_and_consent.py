from sharing import services
from sharing.models import Consent, Link
from tests.factories import client_for, make_link, share


def test_links_list_both_directions(person, partner, link):
    back = make_link(partner, person, role="close")
    share(link, "rides")
    mine = client_for(person).get("/api/v1/links").json()
    assert {(row["id"], row["direction"]) for row in mine} == {(link.pk, "outgoing"), (back.pk, "incoming")}
    out = next(row for row in mine if row["direction"] == "outgoing")
    assert out["other"] == {"id": partner.pk, "display_name": "Sanne"}
    assert out["kinds"] == ["rides"] and out["role"] == "partner" and out["since"]


def test_only_the_sharing_side_changes_kinds(person, partner, link):
    r = client_for(person).put(f"/api/v1/links/{link.pk}/kinds", {"kinds": ["rides", "insights"]},
                               content_type="application/json")
    assert r.status_code == 200 and r.json() == {"kinds": ["rides", "insights"]}
    # The partner cannot widen their own consent.
    r = client_for(partner).put(f"/api/v1/links/{link.pk}/kinds",
                                {"kinds": ["rides", "insights", "escalations"]},
                                content_type="application/json")
    assert r.status_code == 403
    assert services.link_kinds(link) == ["rides", "insights"]


def test_unknown_kinds_are_refused_and_nothing_changes(person, link):
    share(link, "rides")
    for kinds in (["rides", "diary"], ["notes"], "rides", [1]):
        r = client_for(person).put(f"/api/v1/links/{link.pk}/kinds", {"kinds": kinds},
                                   content_type="application/json")
        assert r.status_code == 422, kinds
    assert services.link_kinds(link) == ["rides"]


def test_taking_a_kind_back_works_on_the_very_next_request(person, partner, link):
    share(link, "escalations")
    reader = client_for(partner)
    assert reader.get(f"/api/v1/shared/{link.pk}/escalations").status_code == 200
    client_for(person).put(f"/api/v1/links/{link.pk}/kinds", {"kinds": []},
                           content_type="application/json")
    assert reader.get(f"/api/v1/shared/{link.pk}/escalations").status_code == 404


def test_every_change_of_consent_is_kept(person, partner, link):
    services.link_set_kinds(link=link, kinds=["rides"])
    services.link_set_kinds(link=link, kinds=["rides", "insights"])
    services.link_set_kinds(link=link, kinds=["insights"])
    rows = list(Consent.objects.filter(link=link).order_by("granted_at", "id")
                .values_list("kind", "revoked_at"))
    assert [k for k, _ in rows] == ["rides", "insights"]
    assert rows[0][1] is not None and rows[1][1] is None
    page = client_for(person).get("/delen/").content.decode()
    assert "Sanne" in page and page.count("<tr>") >= 3


def test_either_side_can_end_a_link_and_everything_stops(person, partner, link):
    share(link, "rides")
    r = client_for(partner).delete(f"/api/v1/links/{link.pk}")
    assert r.status_code == 204
    link.refresh_from_db()
    assert link.ended_at is not None and link.ended_by == partner
    assert services.link_kinds(link) == []
    assert client_for(partner).get(f"/api/v1/shared/{link.pk}/rides").status_code == 404
    assert client_for(person).get("/api/v1/links").json() == []
    # Ended is ended: not again, and not by a stranger before.
    assert client_for(person).delete(f"/api/v1/links/{link.pk}").status_code == 404


def test_a_stranger_cannot_see_change_or_end_a_link(stranger, link):
    s = client_for(stranger)
    assert s.get("/api/v1/links").json() == []
    assert s.put(f"/api/v1/links/{link.pk}/kinds", {"kinds": ["rides"]},
                 content_type="application/json").status_code == 404
    assert s.delete(f"/api/v1/links/{link.pk}").status_code == 404
    assert Link.objects.get(pk=link.pk).ended_at is None


def test_deleting_the_readers_account_ends_the_link_and_keeps_the_history(person, partner, link):
    share(link, "rides")
    partner.delete()
    link.refresh_from_db()
    assert link.ended_at is not None and link.reader is None and link.reader_name == "Sanne"
    consent = Consent.objects.get(link=link)
    assert consent.revoked_at is not None
    assert "Sanne" in client_for(person).get("/delen/").content.decode()


def test_the_sharing_page_sets_kinds_with_checkboxes(person, partner, link):
    c = client_for(person)
    r = c.post(f"/delen/{link.pk}/soorten/", {f"link{link.pk}-kinds": ["safety_plan", "rides"]})
    assert r.status_code == 302
    assert services.link_kinds(link) == ["safety_plan", "rides"]
    r = c.post(f"/delen/{link.pk}/soorten/", {f"link{link.pk}-kinds": ["hacked"]})
    assert services.link_kinds(link) == ["safety_plan", "rides"]
    assert client_for(partner).post(f"/delen/{link.pk}/soorten/",
                                    {f"link{link.pk}-kinds": ["insights"]}).status_code == 403


def test_a_link_id_beyond_any_integer_is_just_not_found(client_partner):
    c = client_partner
    for path in ("/api/v1/shared/99999999999999999999999/rides",
                 "/api/v1/links/99999999999999999999999/kinds",
                 "/naaste/99999999999999999999999/rides/"):
        r = c.get(path) if "kinds" not in path else c.put(path, {"kinds": []},
                                                          content_type="application/json")
        assert r.status_code == 404, path
