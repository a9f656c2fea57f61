from accounts.models import User
from charioteer.models import Goal
from conftest import PASSWORD
from rides.models import Ride


def test_person_changes_language_and_time_zone(client_person, person):
    r = client_person.post("/account/", {"language": "en", "time_zone": "Europe/London"})
    assert r.status_code == 302
    person.refresh_from_db()
    assert (person.language, person.time_zone) == ("en", "Europe/London")
    assert "My charioteer" in client_person.get("/").content.decode()


def test_unknown_time_zone_is_refused(client_person, person):
    r = client_person.post("/account/", {"language": "nl", "time_zone": "Mars/Olympus"})
    assert r.status_code == 200
    person.refresh_from_db()
    assert person.time_zone == "Europe/Amsterdam"


def test_language_switch_in_the_footer_changes_the_stored_choice(client_person, person):
    client_person.post("/taal/", {"language": "en", "next": "/"})
    person.refresh_from_db()
    assert person.language == "en"


def test_change_password(client_person, person):
    r = client_person.post("/account/wachtwoord/", {
        "old_password": PASSWORD, "new_password1": "een nieuw lang wachtwoord",
        "new_password2": "een nieuw lang wachtwoord"})
    assert r.status_code == 302
    person.refresh_from_db()
    assert person.check_password("een nieuw lang wachtwoord")


def test_delete_account_needs_the_password_and_removes_everything(client_person, person):
    Goal.objects.create(owner=person, domain="work", title="Rustig blijven")
    Ride.objects.create(owner=person, situation="x")
    r = client_person.post("/account/verwijderen/", {"password": "fout"})
    assert r.status_code == 200 and User.objects.filter(pk=person.pk).exists()
    r = client_person.post("/account/verwijderen/", {"password": PASSWORD})
    assert r.status_code == 200
    assert not User.objects.filter(pk=person.pk).exists()
    assert not Goal.objects.exists() and not Ride.objects.exists()
    assert "storage" in r["Clear-Site-Data"]
