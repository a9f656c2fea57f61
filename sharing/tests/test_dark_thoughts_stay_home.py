"""Issue 11 point 10: the dark-thoughts row of a check-in is the person's alone. No kind
shares it (the person never chose to), so a partner's or a clinician's view of every
kind, the clinician's FHIR export included, never holds it."""

import json
from datetime import timedelta

from django.utils import timezone

from checkins.models import CheckIn
from sharing.kinds import AVAILABLE
from tests.factories import client_for, make_link, share, verified_client_for
from therapist.services import clinician_register

WORDS = ("dark_thoughts", "death", "dood", "niet meer willen leven", "not wanting to live")


def _checkins_with_dark_thoughts(person):
    now = timezone.now()
    CheckIn.objects.bulk_create([
        CheckIn(owner=person, recorded_at=now - timedelta(hours=10 * i), alarm=i % 11,
                energy=5, drive=4, enjoyment=3, boredom=2, urge=1, dark_thoughts=8)
        for i in range(20)])


def _holds_none(body: str, where: str) -> None:
    low = body.lower()
    for word in WORDS:
        assert word not in low, (where, word)


def test_a_partner_never_sees_dark_thoughts(person, partner, link):
    _checkins_with_dark_thoughts(person)
    share(link, *AVAILABLE)
    c = client_for(partner)
    for kind in AVAILABLE:
        r = c.get(f"/api/v1/shared/{link.pk}/{kind}")
        assert r.status_code == 200, kind
        _holds_none(r.content.decode(), f"api {kind}")
        r = c.get(f"/naaste/{link.pk}/{kind}/", follow=True)
        assert r.status_code == 200, kind
        _holds_none(r.content.decode(), f"page {kind}")


def test_a_therapist_never_sees_dark_thoughts(person, therapist):
    _checkins_with_dark_thoughts(person)
    clinician_register(user=therapist, registration="19012345601")
    link = make_link(person, therapist, role="therapist")
    share(link, *AVAILABLE)
    doctor = verified_client_for(therapist)
    r = doctor.get(f"/api/v1/caseload/{link.pk}/fhir")
    assert r.status_code == 200
    assert json.loads(r.content)["entry"]
    _holds_none(r.content.decode(), "fhir")
    for kind in AVAILABLE:
        r = doctor.get(f"/api/v1/shared/{link.pk}/{kind}")
        assert r.status_code == 200, kind
        _holds_none(r.content.decode(), f"api {kind}")
    r = doctor.get(f"/praktijk/{link.pk}/")
    assert r.status_code == 200
    _holds_none(r.content.decode(), "client page")
