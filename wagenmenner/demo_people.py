"""The people in the method in the demo lives (METHOD 4.5, 4.6, 4.11, 4.12): the
reciprocity ledger, the warning plan (its phases follow the check-ins by themselves), the
time-out agreement and time-outs, the trust experiments — each where the life file has
that part — then the couple as a linked pair and the demo therapist with a second factor
(``demo_lives/therapeut.yaml``). Called by ``demo``; the texts are the files' own.
"""

import secrets
from datetime import UTC, date, datetime, time, timedelta

from accounts.models import User
from accounts.services import account_create
from people.models import ReciprocityEntry, TrustExperiment
from sharing.demo import demo_couple, demo_link
from therapist.models import ClinicianNote, SessionDate
from therapist.services import clinician_register
from timeouts.models import TimeOut, TimeoutProtocol
from twofactor.models import TotpDevice
from twofactor.services import recovery_codes_new
from wagenmenner.access import THERAPIST
from wagenmenner.demo import PERSONAS, THERAPIST_KEY, TIME_ZONE, DemoLogin, email_of, load_life
from wagenmenner.demo_course import over_time, say
from warningplan.services import warning_plan_save


def build(builder) -> None:
    """Add the people in the method to a demo life (``builder`` is a ``demo_builder.Builder``)."""
    life = builder.life
    if "ledger" in life:
        _ledger(builder, life["ledger"])
    if "warning_plan" in life:
        warning_plan_save(user=builder.user, phases={
            phase: {"my_signals": builder.say(p["my_signals"]),
                    "others_notice": builder.say(p["others_notice"]),
                    "i_do": builder.say(p["i_do"]), "others_may_do": builder.say(p["others_may_do"]),
                    "alarm_from": p["alarm_from"]}
            for phase, p in life["warning_plan"].items()})
    if "time_out" in life:
        _timeouts(builder, life["time_out"])
    if "trust_experiments" in life:
        _experiments(builder, life["trust_experiments"])


def _ledger(builder, ledger: dict) -> None:
    """An entry every few days; the share of what the person gives moves as the file says
    (the father: early he mostly asks, refuses and receives; later he gives more)."""
    rng, rows = builder.rng, []
    decks = {side: builder.deck([e["what"] for e in ledger[side]]) for side in ("taking", "giving")}
    entries = {side: {builder.say(e["what"]): e for e in ledger[side]} for side in decks}
    for n in range(1, builder.days, ledger["every_days"]):
        side = ("giving" if rng.random() < over_time(ledger["giving_share"], builder.progress(n))
                else "taking")
        what = decks[side].deal()
        at = builder.at(n, time(19, rng.randint(0, 59)))
        if not what or at > builder.now:
            continue
        entry = entries[side][what]
        rows.append(ReciprocityEntry(
            owner=builder.user, person=builder.people[entry["person"]],
            direction=entry["direction"], weight=entry["weight"], what=what, happened_at=at))
    ReciprocityEntry.objects.bulk_create(rows)


def _timeouts(builder, plan: dict) -> None:
    minutes = plan["minutes"]
    TimeoutProtocol.objects.create(
        owner=builder.user, person=builder.people[plan["person"]],
        signal_word=builder.say(plan["signal_word"]), minutes=minutes,
        where=builder.say(plan["where"]), return_below=plan["return_below"])
    rng, rows = builder.rng, []
    lookbacks = builder.deck(plan["lookbacks"])
    for n in range(2, builder.days - 1, plan["every_days"]):  # never today
        start = builder.at(n, time(20, rng.randint(0, 50)))
        ends = start + timedelta(minutes=minutes)
        returned = ends + timedelta(minutes=rng.randint(5, 40))
        if returned > builder.now:
            continue
        rows.append(TimeOut(owner=builder.user, started_by=builder.user, started_at=start,
                            minutes=minutes, ends_at=ends, ended_at=ends,
                            returned_at=returned, returned_by=builder.user,
                            lookback=lookbacks.deal()))
    TimeOut.objects.bulk_create(rows)


def _experiments(builder, experiments: list) -> None:
    """Each at its share of the months; one without an outcome yet (home asks for it)."""
    rows = []
    for e in experiments:
        n = min(builder.days - 2, int(builder.days * e["at"]))
        rows.append(TrustExperiment(
            owner=builder.user, person=builder.people[e["person"]], what=builder.say(e["what"]),
            expectation=builder.say(e["expectation"]), belief_before=e["belief_before"],
            planned_for=builder.day(n), feared_happened=e.get("feared_happened"),
            belief_after=e.get("belief_after"), outcome=builder.say(e.get("outcome"))))
    TrustExperiment.objects.bulk_create(rows)


# --------------------------------------------------------------------------
# Links between the demo accounts
# --------------------------------------------------------------------------


def link_the_couple(logins, language: str) -> None:
    """The couple are linked both ways and share what they agreed (sharing/demo.py);
    nothing else of one account is visible to the other."""
    made = {login.email for login in logins if login.created}
    pair = [p for p in PERSONAS if p.partner_of]
    if len(pair) == 2 and all(email_of(p.key) in made for p in pair):
        first, second = (User.objects.get(email=email_of(p.key)) for p in pair)
        demo_couple(first, second,
                    names=tuple(say(p.life["display_name"], language) for p in pair))


def therapist(logins, *, password, language: str, today: date):
    """The demo therapist: a care professional with an authenticator app and recovery
    codes (printed once, as the app shows them once), whose clients share with her what
    ``therapeut.yaml`` lists, with sessions and her own notes."""
    email = email_of(THERAPIST_KEY)
    if User.objects.filter(email=email).exists():
        return DemoLogin(email=email, password="", created=False)
    life = load_life(THERAPIST_KEY)
    secret = password or f"demo-{secrets.token_urlsafe(12)}"
    user = account_create(email=email, password=secret, language=language, time_zone=TIME_ZONE)
    user.display_name = say(life["display_name"], language)
    user.save(update_fields=["display_name"])
    clinician_register(user=user, registration=life["registration"])
    device = TotpDevice.objects.create(user=user, name="app", confirmed=True)
    codes = recovery_codes_new(user=user)
    made = {login.email for login in logins if login.created}
    now = datetime.now(UTC)
    for client in life["clients"]:
        if email_of(client["key"]) not in made:
            continue
        owner = User.objects.get(email=email_of(client["key"]))
        link = demo_link(owner, user, name=say(client["name"], language), role=THERAPIST,
                         kinds=client["shares"])
        sessions = [today - timedelta(days=d) for d in client["sessions_days_ago"]]
        SessionDate.objects.bulk_create([SessionDate(link=link, date=d) for d in sessions])
        for note in client.get("notes", ()):
            row = ClinicianNote.objects.create(link=link, author=user, text=say(note["text"],
                                                                                   language))
            written = datetime.combine(today - timedelta(days=note["days_ago"]), time(16, 30),
                                       tzinfo=UTC)
            ClinicianNote.objects.filter(pk=row.pk).update(created_at=min(written, now))
        if client.get("questionnaire"):
            _give_questionnaire(user, link, client["questionnaire"])
    return DemoLogin(email=email, password=secret, created=True,
                     extra={"totp_secret": device.secret, "recovery_codes": codes,
                            "clients": [email_of(c["key"]) for c in life["clients"]]})


def _give_questionnaire(clinician, link, name: str) -> None:
    """One of the practice's questionnaires (questionnaires/samples/NAME.json), uploaded
    once and given to the client, still to fill in."""
    import json
    from pathlib import Path

    from questionnaires.models import Assignment
    from questionnaires.services import questionnaire_upload

    path = Path(__file__).resolve().parents[1] / "questionnaires" / "samples" / f"{name}.json"
    questionnaire = questionnaire_upload(author=clinician,
                                         data=json.loads(path.read_text(encoding="utf-8")))
    Assignment.objects.create(link=link, questionnaire=questionnaire)
