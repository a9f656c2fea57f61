"""A therapist and a client: the person invites the therapist, who accepts; the person has
check-ins over three weeks (a busy one, a sparse one, an empty one) and two self-checks."""

from datetime import datetime, time, timedelta

import pytest

from checkins.models import CheckIn
from insights.periods import local_today, monday_of
from selfcheck.items import ITEMS
from selfcheck.models import SelfCheckResult
from selfcheck.services import selfcheck_record
from tests.factories import make_link
from therapist.services import clinician_register


def checkins_for(user, monday, levels):
    zone = user.zone
    CheckIn.objects.bulk_create([
        CheckIn(owner=user, recorded_at=datetime.combine(monday + timedelta(days=i % 7),
                                                         time(9 + i // 7), tzinfo=zone),
                alarm=a, energy=5, drive=4, enjoyment=5, boredom=3, urge=2, note="zq7 note")
        for i, a in enumerate(levels)])


@pytest.fixture
def clinic(person, therapist):
    clinician_register(user=therapist, registration="19012345601")
    therapist.display_name = "Dr. Jansen"
    therapist.save()
    link = make_link(person, therapist, role="therapist")
    this_monday = monday_of(local_today(person))
    checkins_for(person, this_monday - timedelta(weeks=2), [3, 8, 4, 9, 5])
    checkins_for(person, this_monday - timedelta(weeks=1), [6])
    first = selfcheck_record(user=person, answers={i.key: 3 for i in ITEMS})
    SelfCheckResult.objects.filter(pk=first.pk).update(
        taken_at=first.taken_at - timedelta(days=40))
    selfcheck_record(user=person, answers={i.key: 1 for i in ITEMS}, remarks="zq7 remarks")
    return {"link": link, "since": this_monday - timedelta(weeks=2)}
