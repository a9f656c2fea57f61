"""The people in the method in the demo lives (METHOD 4.5, 4.6, 4.12): the father's
reciprocity ledger with his adult children, the front-runner's warning plan (its phases
follow her check-ins by themselves), the couple's warning plans, time-out agreements and
time-outs (shared with each other by sharing/demo.py), and the loner's trust experiments.
Invented, in plain Dutch; called by ``demo._Builder``.
"""

from datetime import UTC, datetime, time, timedelta

from people.models import ReciprocityEntry, TrustExperiment
from timeouts.models import TimeOut, TimeoutProtocol
from warningplan.services import warning_plan_save

# The father: (person, direction, weight, what). Early on he mostly asks, refuses and
# receives; as he keeps his rules he gives more (see _ledger).
FATHER_TAKES = (
    ("Daan", "received", 2, "Daan heeft de dakgoot voor me schoongemaakt."),
    ("Lotte", "asked", 1, "Lotte vroeg of ik op tijd kom voor het etentje."),
    ("Daan", "asked", 2, "Daan vroeg of ik Mees zaterdag wil ophalen van voetbal."),
    ("Lotte", "refused", 2, "Ik heb nee gezegd tegen de verjaardag van haar schoonmoeder."),
    ("Daan", "refused", 1, "Geen zin gehad om mee te denken over zijn verbouwing."),
    ("Lotte", "received", 1, "Lotte stuurde foto's van Mees."),
)
FATHER_GIVES = (
    ("Daan", "gave", 2, "Mees opgehaald van voetbal en frietjes gegeten."),
    ("Lotte", "gave", 1, "Lotte gebeld om te vragen hoe haar sollicitatie ging."),
    ("Daan", "gave", 3, "Een zaterdag geholpen met de verbouwing, zonder commentaar."),
    ("Lotte", "gave", 2, "Soep gebracht toen ze ziek was."),
    ("Daan", "received", 1, "Daan bleef na het eten nog een uur."),
    ("Lotte", "received", 2, "Lotte nodigde me uit voor de verjaardag van Mees."),
)

FRONTRUNNER_PLAN = {
    "green": ("Ik slaap door, ik lach op het werk.", "Ik heb tijd voor een praatje.",
              "Om zeven uur stoppen, sporten, tijd met Tom.", "Gewoon doen.", 0),
    "yellow": ("Strakke schouders, hoofdpijn, 's avonds mail lezen.",
               "Ik praat snel en onderbreek mensen.",
               "Eén taak teruggeven, laptop om zeven uur dicht.",
               "Tom mag vragen of ik vanavond stop.", 5),
    "orange": ("Slecht slapen, kortaf, huilen in de auto.",
               "Ik schiet in de verdediging bij elke vraag.",
               "Geen besluiten over werk; tien minuten naar buiten; Tom vertellen.",
               "Tom mag zeggen: het is oranje. Marloes mag mijn overleg overnemen.", 7),
    "red": ("Niet meer kunnen slapen, denken dat het nooit meer goed komt.",
            "Ik zeg niets meer en ga niet meer naar buiten.",
            "Mijn veiligheidsplan pakken en de huisarts bellen.",
            "Tom mag de huisarts bellen en met me meegaan.", 9),
}

# The couple's warning plans: what they made together in a calm week.
COUPLE_PLANS = {
    "eenling": {
        "green": ("Ik vis in het weekend en slaap goed.", "Ik maak grapjes aan tafel.",
                  "Mijn avond alleen op dinsdag houden.", "Gewoon vragen hoe het gaat.", 0),
        "yellow": ("Ik wil alleen zijn, ik voel me opgesloten.", "Ik geef korte antwoorden.",
                   "Zeggen dat ik even tijd nodig heb, en wanneer ik terug ben.",
                   "Ilse mag zeggen wat ze ziet, één keer, zonder door te vragen.", 5),
        "orange": ("Mijn kaak staat strak, ik wil weg.", "Ik loop heen en weer, ik zucht.",
                   "Het signaalwoord 'pauze' zeggen en naar de schuur gaan.",
                   "Ilse mag 'pauze' zeggen; ik ga dan, zonder discussie.", 7),
        "red": ("Ik wil alles kapotmaken of verdwijnen.", "Ik zeg niets meer.",
                "Het huis uit, naar de vijver; mijn veiligheidsplan lezen.",
                "Ilse gaat naar haar zus als ze zich niet veilig voelt.", 9),
    },
    "pleaser": {
        "green": ("Ik durf nee te zeggen.", "Ik lach en maak plannen.",
                  "Mijn eigen vriendinnen blijven zien.", "Mark mag vragen wat ik zelf wil.", 0),
        "yellow": ("Ik ga pleasen, ik vraag steeds of het goed is.",
                   "Ik app Mark vaak als hij weg is.",
                   "Eén bericht sturen en dan iets voor mezelf doen.",
                   "Mark mag zeggen wanneer hij terug is.", 5),
        "orange": ("Paniek als Mark weggaat, ik wil hem achterna.", "Ik huil of ik blijf praten.",
                   "'Pauze' zeggen, Karin bellen, een rondje fietsen.",
                   "Mark mag de time-out starten en zeggen hoe laat hij terug is.", 7),
        "red": ("Ik denk dat hij nooit meer terugkomt.", "Ik bel en bel.",
                "Mijn veiligheidsplan pakken en Karin vragen te komen.",
                "Mark mag Karin bellen.", 9),
    },
}

PROTOCOLS = {
    "eenling": ("Ilse", "pauze", 30, "Naar de schuur of een rondje om de vijver.", 5),
    "pleaser": ("Mark", "pauze", 30, "Karin bellen en een rondje fietsen.", 5),
}
TIMEOUT_LOOKBACKS = {
    "eenling": ("Ik zei 'pauze' en hoe lang. Toen ik terugkwam, kon ik luisteren.",
                "Vijver rond, twee keer. Ilse had thee gezet.",
                "Ik was te vroeg terug en het ging opnieuw mis. Volgende keer de hele tijd."),
    "pleaser": ("Karin gebeld. Toen Mark terugkwam, was ik rustig.",
                "Ik wilde hem achterna, maar ik ben gaan fietsen.",
                "Moeilijk om te wachten. Maar we hebben daarna echt gepraat."),
}

# The loner: (person, what I entrust, what I expect, belief before, did it happen, belief
# after, what happened); the last has no outcome yet: home asks for it.
LONER_EXPERIMENTS = (
    ("Ilse", "Vertellen dat ik me soms opgesloten voel als we het hele weekend plannen.",
     "Ze wordt boos en voelt zich afgewezen.", 80, "no", 35,
     "Ze luisterde en vroeg wat ik dan nodig heb. We spraken een ochtend vissen af."),
    ("Bas", "Bas vragen of hij mee wil vissen, ook al ben ik somber.",
     "Hij vindt me een zeur en heeft geen tijd.", 60, "partly", 40,
     "Hij had die week geen tijd, maar belde zelf voor de week erna."),
    ("Ilse", "Zeggen dat ik een avond alleen wil, en dat ik om tien uur terug ben.",
     "Ze raakt in paniek en blijft bellen.", 70, None, None, ""),
)


def build(builder) -> None:
    """Add the people in the method to a demo life (``builder`` is a ``demo._Builder``)."""
    key = builder.p.key
    people = {person.name: person for person in builder.people}
    if key == "vader":
        _ledger(builder, people)
    if key == "koploper":
        warning_plan_save(user=builder.user, phases={
            phase: {"my_signals": s, "others_notice": o, "i_do": d, "others_may_do": m,
                    "alarm_from": level}
            for phase, (s, o, d, m, level) in FRONTRUNNER_PLAN.items()})
    if key in COUPLE_PLANS:
        warning_plan_save(user=builder.user, phases={
            phase: {"my_signals": s, "others_notice": o, "i_do": d, "others_may_do": m,
                    "alarm_from": level}
            for phase, (s, o, d, m, level) in COUPLE_PLANS[key].items()})
    if key in PROTOCOLS:
        _timeouts(builder, people)
    if key == "eenling":
        _experiments(builder, people)


def _ledger(builder, people) -> None:
    rng, rows = builder.rng, []
    for n in range(0, builder.days, 3):
        progress = n / max(1, builder.days - 1)
        pool = FATHER_GIVES if rng.random() < 0.2 + 0.6 * progress else FATHER_TAKES
        name, direction, weight, what = rng.choice(pool)
        rows.append(ReciprocityEntry(
            owner=builder.user, person=people[name], direction=direction, weight=weight,
            what=what, happened_at=_at(builder, n, time(19, rng.randint(0, 59)))))
    ReciprocityEntry.objects.bulk_create(rows)


def _timeouts(builder, people) -> None:
    name, word, minutes, where, below = PROTOCOLS[builder.p.key]
    TimeoutProtocol.objects.create(owner=builder.user, person=people[name], signal_word=word,
                                   minutes=minutes, where=where, return_below=below)
    rng, rows = builder.rng, []
    lookbacks = TIMEOUT_LOOKBACKS[builder.p.key]
    for n in range(2, builder.days - 1, 9):  # about once every nine days, never today
        start = _at(builder, n, time(20, rng.randint(0, 50)))
        ends = start + timedelta(minutes=minutes)
        rows.append(TimeOut(owner=builder.user, started_by=builder.user, started_at=start,
                            minutes=minutes, ends_at=ends, ended_at=ends,
                            returned_at=ends + timedelta(minutes=rng.randint(5, 40)),
                            returned_by=builder.user, lookback=rng.choice(lookbacks)))
    TimeOut.objects.bulk_create(rows)


def _experiments(builder, people) -> None:
    days = builder.days
    when = (days * 3 // 10, days * 6 // 10, max(0, days - 2))
    TrustExperiment.objects.bulk_create([
        TrustExperiment(owner=builder.user, person=people[name], what=what,
                        expectation=expectation, belief_before=before,
                        planned_for=builder.day(n), feared_happened=feared,
                        belief_after=after, outcome=outcome)
        for n, (name, what, expectation, before, feared, after, outcome)
        in zip(when, LONER_EXPERIMENTS, strict=True)])


def _at(builder, n: int, at: time) -> datetime:
    return datetime.combine(builder.day(n), at, tzinfo=builder.zone).astimezone(UTC)
