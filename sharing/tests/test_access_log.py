import pytest
from django.db import connection

from sharing.models import AccessEntry
from tests.factories import client_for, share


def test_every_read_of_shared_data_is_logged(person, partner, link):
    share(link, "rides")
    client_for(partner).get(f"/api/v1/shared/{link.pk}/rides", REMOTE_ADDR="198.51.100.7")
    entry = AccessEntry.objects.get(subject=person)
    assert (entry.actor, entry.actor_name, entry.actor_role, entry.kind, entry.action,
            entry.outcome, entry.address) == (partner, "Sanne", "partner", "rides", "read",
                                              "granted", "198.51.100.7")
    assert f"link {link.pk}" in entry.grounds and "consent" in entry.grounds


def test_the_person_reads_who_saw_what_and_that_read_is_logged_too(person, partner, link):
    share(link, "insights")
    client_for(partner).get(f"/api/v1/shared/{link.pk}/insights")
    rows = client_for(person).get("/api/v1/access-log").json()
    assert {row["kind"] for row in rows} == {"insights", "access_log"}
    read = next(row for row in rows if row["kind"] == "insights")
    assert read["actor"] == {"id": partner.pk, "display_name": "Sanne", "role": "partner"}
    assert set(read) == {"at", "actor", "action", "kind", "grounds", "from", "outcome"}
    assert AccessEntry.objects.filter(subject=person, kind="access_log").count() == 1


def test_the_log_filters_by_period(person, partner, link):
    share(link, "rides")
    client_for(partner).get(f"/api/v1/shared/{link.pk}/rides")
    c = client_for(person)
    assert c.get("/api/v1/access-log?start=2001-01-01&end=2001-12-31").json() == []
    assert c.get("/api/v1/access-log?start=2001-13-01").status_code == 422
    page = c.get("/delen/wie-zag-wat/", {"start": "2001-01-01", "end": "2001-12-31"})
    assert page.status_code == 200 and "Sanne" not in page.content.decode()
    assert "Sanne" in c.get("/delen/wie-zag-wat/").content.decode()


def test_a_refused_attempt_by_the_partner_is_logged(person, partner, link):
    client_for(partner).get(f"/api/v1/shared/{link.pk}/rides")
    entry = AccessEntry.objects.get(subject=person)
    assert entry.outcome == "denied" and entry.kind == "rides"


def test_a_strangers_guesses_fill_nobodys_log(stranger, link):
    for kind in ("rides", "insights", "nonsense"):
        assert client_for(stranger).get(f"/api/v1/shared/{link.pk}/{kind}").status_code == 404
    assert not AccessEntry.objects.exists()


def test_entries_cannot_be_changed_or_deleted(person, partner, link):
    share(link, "rides")
    client_for(partner).get(f"/api/v1/shared/{link.pk}/rides")
    entry = AccessEntry.objects.get(subject=person)
    entry.kind = "nothing"
    with pytest.raises(PermissionError):
        entry.save()
    with pytest.raises(PermissionError):
        entry.delete()
    with pytest.raises(PermissionError):
        AccessEntry.objects.filter(pk=entry.pk).update(kind="x")
    with pytest.raises(PermissionError):
        AccessEntry.objects.all().delete()
    assert AccessEntry.objects.get(pk=entry.pk).kind == "rides"


def test_entries_survive_the_readers_account_deletion(person, partner, link):
    share(link, "rides")
    client_for(partner).get(f"/api/v1/shared/{link.pk}/rides")
    partner_id = partner.pk
    partner.delete()
    row = client_for(person).get("/api/v1/access-log").json()
    read = next(r for r in row if r["kind"] == "rides")
    assert read["actor"] == {"id": partner_id, "display_name": "Sanne", "role": "partner"}


def test_entries_go_with_the_persons_own_account(person, partner, link):
    share(link, "rides")
    client_for(partner).get(f"/api/v1/shared/{link.pk}/rides")
    person.delete()
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM sharing_accessentry")
        assert cursor.fetchone()[0] == 0
