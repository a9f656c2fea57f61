"""The demo (METHOD 4.12, issue 13): lives read from data files, the story they tell in
the insights, nothing in the future, texts that vary, both languages, every screen alive.
Most tests use one or two months of history to stay fast; the story needs the default."""

from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse

from accounts.models import User
from checkins.models import CheckIn, Pursuit, PursuitRating
from insights.selectors import history_start, insights_for_period
from insights.sentences import STEADY_PER_MONTH, per_month
from people.models import Escalation, ReciprocityEntry, TrustExperiment
from rides.models import Ride
from wagenmenner.demo import LIVES, ORDER, PERSONAS, create_demo, demo_emails, email_of, load_life

TODAY = date(2026, 3, 15)
# The person who uses the method (and the others, who keep to it more and more) against
# the one who does not keep to it: the sign of the trends in their insights.
CALMER, ROUGHER = ("ondernemer", "vader", "eenling", "pleaser"), ("koploper",)
VISIBLE = 2.5 * STEADY_PER_MONTH  # points per month: well past "about the same"


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
    assert [p.key for p in PERSONAS] == list(ORDER) and len(PERSONAS) == 5
    assert [login.created for login in first] == [True] * 5 and first.therapist.created
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
    assert not again.therapist.created
    assert CheckIn.objects.count() == count
    assert User.objects.filter(email__in=demo_emails()).count() == 6


def test_demo_command_prints_the_log_ins_and_the_therapists_second_factor(db, capsys):
    call_command("demo", "--months", "0.5")
    out = capsys.readouterr().out
    for email in demo_emails():
        assert email in out
    assert out.count("password: demo-") == 6
    user = User.objects.get(email=email_of("ondernemer"))
    password = out.split(f"{email_of('ondernemer')}  password: ")[1].split()[0]
    assert user.check_password(password)
    assert "authenticator app (TOTP): " in out and "recovery codes: " in out


# --------------------------------------------------------------------------
# The lives are data
# --------------------------------------------------------------------------


def _texts(node, path=""):
    """Every two-language text of a life file, with where it is."""
    if isinstance(node, dict):
        if set(node) & {"nl", "en"}:
            yield path, node
            return
        for key, value in node.items():
            yield from _texts(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _texts(value, f"{path}[{i}]")


@pytest.mark.parametrize("key", [*ORDER, "therapeut"])
def test_every_text_of_a_life_file_is_in_dutch_and_in_english(key):
    assert (LIVES / f"{key}.yaml").exists()
    texts = list(_texts(load_life(key)))
    assert len(texts) >= 3
    for path, text in texts:
        assert set(text) == {"nl", "en"}, path
        assert all(isinstance(v, str) and v.strip() for v in text.values()), path
        assert text["nl"] != text["en"] or len(text["nl"]) < 12, path


def test_the_demo_in_english_speaks_english(db):
    logins = create_demo(months=0.5, today=TODAY, password="demo demo demo", language="en")
    father = User.objects.get(email=logins[2].email)
    assert father.language == "en"
    assert father.acknowledgement.startswith("My children come round less")
    # Encrypted at rest: compared after reading.
    assert "I feel my voice rising" in [rule.if_text for rule in father.rules.all()]


# --------------------------------------------------------------------------
# The story the lives tell, at the default length
# --------------------------------------------------------------------------


@pytest.fixture
def six_months(db):
    return create_demo(password="demo demo demo")


def _halves(queryset, field, middle):
    return (queryset.filter(**{f"{field}__lt": middle}),
            queryset.filter(**{f"{field}__gte": middle}))


def test_the_lives_tell_the_story_of_the_method(six_months):
    """Peaks less high and valleys less deep for those who keep to the method, the
    opposite for the one who does not; fewer escalations and more rides that end
    without one for the father, the opposite for the front-runner."""
    for key in CALMER + ROUGHER:
        user = User.objects.get(email=email_of(key))
        start, end = history_start(user), datetime.now(user.zone).date()
        trend = insights_for_period(user, start, end)["trend"]["alarm"]
        sign = -1 if key in CALMER else 1
        for figure in ("amplitude_slope", "mssd_slope"):
            assert sign * per_month(trend[figure]) > VISIBLE, (key, figure, trend)
    middle = datetime.now(UTC) - timedelta(days=91)
    for key, sign in (("vader", -1), ("koploper", 1)):
        user = User.objects.get(email=email_of(key))
        early, late = _halves(Escalation.objects.filter(owner=user), "happened_at", middle)
        assert sign * (late.count() - early.count()) >= 2, (key, early.count(), late.count())
        looked_back = Ride.objects.filter(owner=user, lookback_done_at__isnull=False)
        shares = [rides.filter(escalated=False).count() / rides.count()
                  for rides in _halves(looked_back, "started_at", middle)]
        assert -sign * (shares[1] - shares[0]) > 0.1, (key, shares)


def test_no_ride_or_escalation_text_is_used_more_than_twice_in_one_life(six_months):
    for login in six_months:
        texts = Counter()
        for row in Ride.objects.filter(owner__email=login.email).values_list(
                "situation", "signals", "other_needs", "action", "lookback_text", "other_did",
                "feeling", "rule_change"):
            texts.update(t for t in row if t)
        for row in Escalation.objects.filter(owner__email=login.email).values_list(
                "trigger", "what_happened", "harm", "repair"):
            texts.update(t for t in row if t)
        assert texts and max(texts.values()) <= 2, (login.email, texts.most_common(2))


def test_nothing_of_the_demo_lies_in_the_future(six_months):
    now = datetime.now(UTC)
    user_ids = User.objects.filter(email__in=demo_emails()).values("pk")
    for model, field in ((CheckIn, "recorded_at"), (Ride, "started_at"),
                         (Ride, "lookback_done_at"), (Escalation, "happened_at"),
                         (Pursuit, "created_at"), (ReciprocityEntry, "happened_at")):
        assert not model.objects.filter(owner__in=user_ids, **{f"{field}__gt": now}).exists()
    assert not PursuitRating.objects.filter(rated_at__gt=now).exists()
    assert not TrustExperiment.objects.filter(planned_for__gt=now.date()).exists()


# --------------------------------------------------------------------------
# Every screen alive
# --------------------------------------------------------------------------


@pytest.fixture
def demo_client(db, client):
    create_demo(seed=3, months=2, password="demo wachtwoord 1")
    return client


@pytest.mark.parametrize("key", ORDER)
def test_every_main_page_of_a_demo_person_renders(demo_client, key):
    user = User.objects.get(email=email_of(key))
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
    user = User.objects.get(email=email_of("ondernemer"))
    demo_client.force_login(user)
    newest = Pursuit.objects.filter(owner=user).order_by("-created_at").first()
    response = demo_client.get(reverse("insights:pursuit_detail", args=[newest.pk]))
    assert response.context["history"]["reminder"]["count"] >= 1


def test_the_entrepreneur_has_talked_to_his_gp(db):
    create_demo(months=0.5, today=TODAY, password="demo demo demo")
    assert "huisarts" in User.objects.get(email=email_of("ondernemer")).acknowledgement


def test_the_demo_lives_use_the_people_in_the_method(db):
    from timeouts.models import TimeOut, TimeoutProtocol
    from warningplan.models import WarningPlan

    create_demo(seed=3, months=2, today=TODAY, password="demo wachtwoord 1")
    father = User.objects.get(email=email_of("vader"))
    names = {e.person.name for e in ReciprocityEntry.objects.filter(owner=father)}
    assert names == {"Daan", "Lotte"}
    front = User.objects.get(email=email_of("koploper"))
    assert WarningPlan.objects.get(owner=front).phases.count() == 4
    for key in ("eenling", "pleaser"):
        user = User.objects.get(email=email_of(key))
        assert TimeoutProtocol.objects.filter(owner=user).exists()
        assert TimeOut.objects.filter(owner=user, returned_at__isnull=False).count() >= 3
    experiments = TrustExperiment.objects.filter(owner__email=email_of("eenling"))
    assert experiments.count() == 3
    assert experiments.filter(feared_happened__isnull=False).count() == 2
    assert not TimeOut.objects.filter(started_at__date__gt=TODAY).exists()
    assert not experiments.filter(planned_for__gt=TODAY).exists()


def test_the_demo_therapist_logs_in_with_her_second_factor_and_sees_her_clients(db, client):
    from django_otp.oath import totp

    from twofactor.models import TotpDevice

    logins = create_demo(months=1, password="demo wachtwoord 1")
    therapist = User.objects.get(email=logins.therapist.email)
    assert client.post("/inloggen/", {
        "username": therapist.email, "password": "demo wachtwoord 1"}).status_code == 302
    device = TotpDevice.objects.get(user=therapist)
    code = f"{totp(device.bin_key):06d}"
    client.post(reverse("twofactor:verify"), {"code": code})
    page = client.get(reverse("therapist:caseload"))
    assert page.status_code == 200
    html = page.content.decode()
    # Three of the demo people are her clients (issue 10, point 8), each with sessions
    # and her own notes.
    assert "Henk" in html and "Sanne" in html and "Joris" in html
    from therapist.models import ClinicianNote

    links = therapist.links_in.filter(role="therapist", ended_at__isnull=True)
    assert links.count() == 3
    for link in links:
        assert link.sessions.exists(), link.owner.email
        assert ClinicianNote.objects.filter(link=link, author=therapist).exists(), link.owner.email
    link = therapist.links_in.get(owner__email=email_of("vader"))
    page = client.get(reverse("therapist:client", args=[link.pk]))
    # The practice's questionnaire, given to Henk (issue 10), waits for his answers.
    assert page.status_code == 200 and "Voor de volgende sessie" in page.content.decode()
    client.force_login(User.objects.get(email=email_of("vader")))
    assert "vragenlijst om in te vullen" in client.get(reverse("selfcheck:take")).content.decode()


def test_the_newer_screens_show_the_demo_lives(demo_client):
    """The ledger, trust experiments, warning plan, time-out agreement and the partner's
    shared page each show something of the life that has them."""
    from sharing.models import Link

    def page(key, url):
        demo_client.force_login(User.objects.get(email=email_of(key)))
        response = demo_client.get(url)
        assert response.status_code == 200, (key, url)
        return response.content.decode()

    father = User.objects.get(email=email_of("vader"))
    daan = next(p for p in father.people.all() if p.name == "Daan")
    entry = ReciprocityEntry.objects.filter(owner=father, person=daan).first()
    assert entry.what in page("vader", reverse("people:ledger", args=[daan.pk]))
    assert "Ilse" in page("eenling", reverse("people:trust"))
    assert "Strakke schouders" in page("koploper", reverse("warningplan:plan"))
    for key in ("eenling", "pleaser"):
        assert "pauze" in page(key, reverse("timeouts:overview"))
    link = Link.objects.get(owner__email=email_of("eenling"), role="partner")
    assert "Mark" in page("pleaser", reverse("partner:link", args=[link.pk]))
