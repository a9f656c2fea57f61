from sharing.models import Link
from sharing.services import link_kinds
from tests.factories import client_for
from wagenmenner.demo import create_demo, email_of


def test_the_demo_couple_is_a_linked_pair_sharing_their_agreements(db):
    create_demo(months=1, password="demo demo demo")
    loner, pleaser = email_of("eenling"), email_of("pleaser")
    links = Link.objects.active().filter(role="partner").select_related("owner", "reader")
    pairs = {(link.owner.email, link.reader.email): link for link in links}
    assert set(pairs) == {(loner, pleaser), (pleaser, loner)}
    for link in pairs.values():
        assert link.role == "partner"
        assert "agreements" in link_kinds(link)
        assert link.agreed_rules.exists()
    ilse = pairs[(pleaser, loner)]
    rows = client_for(ilse.reader).get(f"/api/v1/shared/{ilse.pk}/agreements").json()
    assert rows and all("Mark" in r["if_text"] or r["relation"] == "partner" for r in rows)
    # Everything else of one stays invisible to the other.
    assert client_for(ilse.reader).get(f"/api/v1/shared/{ilse.pk}/rides").status_code == 404


def test_the_couple_share_warning_plans_and_time_outs_started_by_either_side(db):
    from timeouts.models import TimeOut

    create_demo(months=2, password="demo demo demo")
    for link in Link.objects.active().filter(role="partner").select_related("owner", "reader"):
        assert {"warning_plan", "timeout_protocol"} <= set(link_kinds(link))
        reader = client_for(link.reader)
        plan = reader.get(f"/api/v1/shared/{link.pk}/warning_plan").json()
        assert plan["updated_at"] and plan["phases"]["orange"]["i_do"]
        agreement = reader.get(f"/api/v1/shared/{link.pk}/timeout_protocol").json()
        assert agreement["signal_word"] == "pauze"
        starters = set(TimeOut.objects.filter(owner=link.owner)
                       .values_list("started_by", flat=True))
        assert starters == {link.owner.pk, link.reader.pk}


def test_running_the_demo_twice_links_nothing_twice(db):
    create_demo(months=1, password="demo demo demo")
    create_demo(months=1, password="demo demo demo")
    assert Link.objects.filter(role="partner").count() == 2
    assert Link.objects.filter(role="therapist").count() == 3  # Henk, Sanne and Joris
