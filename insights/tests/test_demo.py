"""The demo command (METHOD 4.12), on one month of history to keep the tests fast."""

from datetime import date

import pytest
from django.core.management import call_command
from django.urls import reverse

from accounts.models import User
from checkins.models import CheckIn, Pursuit
from people.models import Escalation
from rides.models import Ride
from wagenmenner.demo import PERSONAS, create_demo, demo_emails

TODAY = date(2026, 3, 15)


def _fingerprint():
    users = User.objects.filter(email__in=demo_emails()).order_by("email")
    return [(
        u.email,
        list(CheckIn.objects.filter(owner=u).order_by("recorded_at")
             .values_list("recorded_at", "alarm", "energy", "drive", "note")),
        list(Ride.objects.filter(owner=u).order_by("started_at")
             .values_list("started_at", "level", "escalated", "situation")),
        list(Escalation.objects.filter(owner=u).order_by("happened_at")
             .values_list("happened_at", "what_happened")),
    ) for u in users]


def test_demo_creates_four_lives_in_five_accounts_deterministically(db):
    first = create_demo(seed=3, months=1, today=TODAY, password="demo wachtwoord 1")
    assert len(PERSONAS) == 5 and len({p.key for p in PERSONAS}) == 5
    assert [login.created for login in first] == [True] * 5
    assert all(login.checkins >= 3 * 30 for login in first)
    print_once = _fingerprint()
    create_demo(seed=3, months=1, today=TODAY, password="demo wachtwoord 1", reset=True)
    assert _fingerprint() == print_once
    create_demo(seed=4, months=1, today=TODAY, password="demo wachtwoord 1", reset=True)
    assert _fingerprint() != print_once


def test_demo_run_twice_duplicates_nothing(db):
    create_demo(seed=3, months=1, today=TODAY, password="demo wachtwoord 1")
    count = CheckIn.objects.count()
    again = create_demo(seed=3, months=1, today=TODAY)
    assert [login.created for login in again] == [False] * 5
    assert CheckIn.objects.count() == count
    assert User.objects.filter(email__in=demo_emails()).count() == 5


def test_demo_command_prints_the_log_ins(db, capsys):
    call_command("demo", "--months", "0.5")
    out = capsys.readouterr().out
    for email in demo_emails():
        assert email in out
    assert out.count("password: demo-") == 5
    user = User.objects.get(email="demo-ondernemer@wagenmenner.invalid")
    password = out.split("demo-ondernemer@wagenmenner.invalid  password: ")[1].split()[0]
    assert user.check_password(password)


@pytest.fixture
def demo_client(db, client):
    create_demo(seed=3, months=2, password="demo wachtwoord 1")
    return client


@pytest.mark.parametrize("key", [p.key for p in PERSONAS])
def test_every_main_page_of_a_demo_person_renders(demo_client, key):
    user = User.objects.get(email=f"demo-{key}@wagenmenner.invalid")
    demo_client.force_login(user)
    ride = Ride.objects.filter(owner=user, lookback_done_at__isnull=False).first()
    pursuit = Pursuit.objects.filter(owner=user).first()
    escalation = Escalation.objects.filter(owner=user).first()
    urls = [reverse("home"), reverse("insights:overview"), reverse("insights:week"),
            reverse("insights:pursuits"), reverse("insights:pursuit_detail", args=[pursuit.pk]),
            reverse("people:escalations"), reverse("charioteer:overview"),
            reverse("rides:history"), reverse("rides:detail", args=[ride.pk]),
            reverse("checkins:checkin"), reverse("checkins:history"),
            f"{reverse('insights:overview')}?start=2025-01-01&end=2027-01-01"]
    if escalation:
        urls.append(reverse("people:escalation_edit", args=[escalation.pk]))
    for url in urls:
        assert demo_client.get(url).status_code == 200, url


def test_the_entrepreneurs_newest_pursuit_reminds_him_of_his_flips(demo_client):
    user = User.objects.get(email="demo-ondernemer@wagenmenner.invalid")
    demo_client.force_login(user)
    newest = Pursuit.objects.filter(owner=user).order_by("-created_at").first()
    response = demo_client.get(reverse("insights:pursuit_detail", args=[newest.pk]))
    assert response.context["history"]["reminder"]["count"] >= 1


def test_the_demo_lives_use_the_people_in_the_method(db):
    from people.models import ReciprocityEntry, TrustExperiment
    from timeouts.models import TimeOut, TimeoutProtocol
    from warningplan.models import WarningPlan

    create_demo(seed=3, months=2, today=TODAY, password="demo wachtwoord 1")
    father = User.objects.get(email="demo-vader@wagenmenner.invalid")
    names = {e.person.name for e in ReciprocityEntry.objects.filter(owner=father)}
    assert names <= {"Daan", "Lotte"} and len(names) == 2
    front = User.objects.get(email="demo-koploper@wagenmenner.invalid")
    assert WarningPlan.objects.get(owner=front).phases.count() == 4
    for key in ("eenling", "pleaser"):
        user = User.objects.get(email=f"demo-{key}@wagenmenner.invalid")
        assert TimeoutProtocol.objects.filter(owner=user).exists()
        assert TimeOut.objects.filter(owner=user, returned_at__isnull=False).count() >= 3
    loner = User.objects.get(email="demo-eenling@wagenmenner.invalid")
    experiments = TrustExperiment.objects.filter(owner=loner)
    assert experiments.count() == 3
    assert experiments.filter(feared_happened__isnull=False).count() == 2
    # Nothing of it lies in the future of the moment the demo is loaded.
    assert not TimeOut.objects.filter(started_at__date__gt=TODAY).exists()
    assert not experiments.filter(planned_for__gt=TODAY).exists()
