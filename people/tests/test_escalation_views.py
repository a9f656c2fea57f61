import pytest
from django.urls import reverse

from people.models import Escalation, Person
from rides.models import Ride
from safety.tests.cards import waiting_cards

FORM = {"happened_at": "2026-03-04T21:15", "trigger": "Kritiek op mijn planning",
        "highest_alarm": "8", "verbal": "on", "what_happened": "Ik schreeuwde.",
        "harm": "Hij schrok.", "repair": "Sorry gezegd.", "missed_step": "stop"}


@pytest.fixture
def escalation(person):
    return Escalation.objects.create(owner=person, happened_at="2026-03-04T20:15Z",
                                     what_happened="Deur dichtgeslagen", things=True)


@pytest.fixture
def strangers_escalation(stranger):
    return Escalation.objects.create(owner=stranger, happened_at="2026-03-04T20:15Z",
                                     what_happened="Iets van de vreemde")


def test_escalations_page_lists_the_persons_escalations(client_person, escalation,
                                                         strangers_escalation):
    html = client_person.get(reverse("people:escalations")).content.decode()
    assert "Deur dichtgeslagen" in html and "Iets van de vreemde" not in html


def test_escalation_is_logged_with_person_ride_and_what_happened(client_person, person):
    daan = Person.objects.create(owner=person, name="Daan", relation="child")
    ride = Ride.objects.create(owner=person, started_at="2026-03-04T19:00Z")
    response = client_person.post(reverse("people:escalation_create"),
                                  {**FORM, "person": daan.pk, "ride": ride.pk})
    assert response.status_code == 302
    escalation = Escalation.objects.get(owner=person)
    assert escalation.person == daan and escalation.ride == ride
    assert escalation.highest_alarm == 8 and escalation.verbal and not escalation.physical
    assert escalation.missed_step == "stop" and escalation.repair == "Sorry gezegd."
    # Entered in the person's own time zone (Amsterdam, UTC+1 in March).
    assert escalation.happened_at.isoformat() == "2026-03-04T20:15:00+00:00"


def test_escalation_form_offers_only_the_persons_own_people_and_rides(
        client_person, person, stranger):
    other_person = Person.objects.create(owner=stranger, name="Geheim", relation="friend")
    other_ride = Ride.objects.create(owner=stranger)
    page = client_person.get(reverse("people:escalation_create"))
    assert page.status_code == 200
    form = page.context["form"]
    assert other_person not in form.fields["person"].queryset
    assert other_ride not in form.fields["ride"].queryset
    response = client_person.post(reverse("people:escalation_create"),
                                  {**FORM, "person": other_person.pk, "ride": other_ride.pk})
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"person", "ride"}
    assert not Escalation.objects.exists()


def test_escalation_can_start_from_a_ride(client_person, person, stranger):
    ride = Ride.objects.create(owner=person, level=8)
    page = client_person.get(reverse("people:escalation_create"), {"ride": ride.pk})
    assert page.context["form"].initial["ride"] == ride
    other = Ride.objects.create(owner=stranger)
    assert client_person.get(reverse("people:escalation_create"),
                             {"ride": other.pk}).status_code == 404


def test_escalation_can_be_edited_and_deleted(client_person, escalation):
    client_person.post(reverse("people:escalation_edit", args=[escalation.pk]),
                       {**FORM, "repair": "Een bos bloemen en een gesprek."})
    escalation.refresh_from_db()
    assert escalation.repair == "Een bos bloemen en een gesprek."
    client_person.post(reverse("people:escalation_delete", args=[escalation.pk]))
    assert not Escalation.objects.exists()


@pytest.mark.parametrize("name", ["escalation_edit", "escalation_delete"])
def test_stranger_gets_404_for_someone_elses_escalation(client_person, strangers_escalation,
                                                        name):
    url = reverse(f"people:{name}", args=[strangers_escalation.pk])
    assert client_person.get(url).status_code == 404
    assert client_person.post(url, FORM).status_code == 404
    strangers_escalation.refresh_from_db()
    assert strangers_escalation.what_happened == "Iets van de vreemde"


def test_escalation_text_that_speaks_of_crisis_brings_up_the_card(client_person):
    client_person.post(reverse("people:escalation_create"),
                       {**FORM, "harm": "Daarna wilde ik er niet meer zijn."})
    assert Escalation.objects.exists()
    assert waiting_cards(client_person) == {"crisis": "text"}


def test_escalations_page_asks_to_log_in(client):
    assert client.get(reverse("people:escalations")).status_code == 302


# --- violence: where to get help, once per save, never blocking -----------------------

@pytest.mark.parametrize("kind", ["physical", "things"])
def test_an_escalation_with_objects_or_physical_violence_shows_where_to_get_help(
        client_person, person, kind):
    response = client_person.post(reverse("people:escalation_create"), {**FORM, kind: "on"},
                                  follow=True)
    assert Escalation.objects.filter(owner=person, **{kind: True}).exists()  # saved first
    html = response.content.decode()
    card = html[html.index('id="violence-card"'):html.index("</section>", html.index('id="violence-card"'))]
    assert 'href="tel:08002000"' in card and "Veilig Thuis" in card
    assert "huisarts" in card
    assert 'href="tel:112"' in card
    # Once per save: the next page is calm again.
    assert 'id="violence-card"' not in client_person.get(reverse("people:escalations")).content.decode()


def test_an_escalation_with_words_only_shows_no_violence_card(client_person):
    response = client_person.post(reverse("people:escalation_create"), FORM, follow=True)
    assert 'id="violence-card"' not in response.content.decode()


def test_editing_a_physical_escalation_shows_the_card_again_for_that_save(client_person, person):
    client_person.post(reverse("people:escalation_create"), {**FORM, "physical": "on"})
    client_person.get(reverse("people:escalations"))
    escalation = Escalation.objects.get(owner=person)
    response = client_person.post(reverse("people:escalation_edit", args=[escalation.pk]),
                                  {**FORM, "physical": "on", "repair": "Hulp gezocht."},
                                  follow=True)
    assert response.content.decode().count('id="violence-card"') == 1


def test_an_escalation_from_the_app_in_the_browser_flags_the_card_for_the_next_page(
        client_person):
    response = client_person.post("/api/v1/escalations",
                                  {"happened_at": "2026-03-04T21:15", "physical": True},
                                  content_type="application/json")
    assert response.status_code == 201
    assert waiting_cards(client_person) == {"violence": "1"}
