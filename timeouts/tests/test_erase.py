"""Erasing an account takes everything of the people in the method with it."""

from accounts.services import account_delete
from people.models import Person, ReciprocityEntry, TrustExperiment
from safety.alerts import texts_speak_of_crisis
from safety.models import CrisisTextSeen
from timeouts import services
from timeouts.models import TimeOut, TimeoutProtocol
from warningplan.models import WarningPhase, WarningPlan
from warningplan.services import warning_plan_save


def test_account_erase_removes_ledger_experiments_plans_and_time_outs(person, stranger):
    sam = Person.objects.create(owner=person, name="Sam", relation="partner")
    ReciprocityEntry.objects.create(owner=person, person=sam, direction="gave", weight=1,
                                    what="x", happened_at="2026-03-01T12:00Z")
    TrustExperiment.objects.create(owner=person, person=sam, what="x", expectation="y",
                                   belief_before=5, planned_for="2026-03-01")
    warning_plan_save(user=person, phases={"red": {"i_do": "bellen"}})
    TimeoutProtocol.objects.create(owner=person, person=sam, signal_word="pauze")
    services.timeout_start(owner=person, started_by=person)
    texts_speak_of_crisis("ik wil dood", user=person)
    # Someone else's time-out that this person started stays, without the name.
    theirs = services.timeout_start(owner=stranger, started_by=person)

    account_delete(user=person)

    for model in (Person, ReciprocityEntry, TrustExperiment, WarningPlan, WarningPhase,
                  TimeoutProtocol, CrisisTextSeen):
        assert not model.objects.exists(), model
    assert list(TimeOut.objects.all()) == [theirs]
    theirs.refresh_from_db()
    assert theirs.started_by is None
