"""Small builders for insights tests: rows as the person would have made them."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from charioteer.models import LifeRule
from checkins.models import CheckIn, Pursuit, PursuitRating
from people.models import Escalation
from rides.models import Ride, RideRule

AMS = ZoneInfo("Europe/Amsterdam")


def ams(*args) -> datetime:
    """An Amsterdam wall-clock moment, in UTC (as the database hands it back)."""
    return datetime(*args, tzinfo=AMS).astimezone(UTC)


def local_at(person, base, when) -> datetime:
    """The moment ``when`` = (days, minutes) after the start of the local date ``base`` in
    the person's zone, in UTC: histories drawn around clock changes."""
    day, minute = when
    local = datetime(base.year, base.month, base.day, tzinfo=person.zone)
    return (local + timedelta(days=day, minutes=minute)).astimezone(UTC)


def add_checkin(owner, moment, alarm=5, energy=5, drive=5) -> CheckIn:
    return CheckIn.objects.create(owner=owner, recorded_at=moment, alarm=alarm, energy=energy,
                                  drive=drive, enjoyment=5, boredom=5, urge=5)


def add_checkins(owner, start, count, step=timedelta(hours=3), values=None) -> list[CheckIn]:
    values = values or (lambda i: (i * 3 % 11, (i * 7) % 11, (i * 5) % 11))
    rows = []
    for i in range(count):
        alarm, energy, drive = values(i)
        rows.append(CheckIn(owner=owner, recorded_at=start + i * step, alarm=alarm,
                            energy=energy, drive=drive, enjoyment=5, boredom=5, urge=5))
    return CheckIn.objects.bulk_create(rows)


def add_ride(owner, moment, escalated=None, rules=()) -> Ride:
    ride = Ride.objects.create(owner=owner, started_at=moment, escalated=escalated,
                               committed_at=moment,
                               lookback_done_at=moment if escalated is not None else None)
    for rule, kept in rules:
        RideRule.objects.create(ride=ride, rule=rule, kept=kept)
    return ride


def add_rule(owner, if_text="ik word bekritiseerd", then_text="ik wacht 30 minuten") -> LifeRule:
    return LifeRule.objects.create(owner=owner, if_text=if_text, then_text=then_text)


def add_escalation(owner, moment, **extra) -> Escalation:
    return Escalation.objects.create(owner=owner, happened_at=moment, **extra)


def add_pursuit(owner, name, ratings=(), created_at=None) -> Pursuit:
    pursuit = Pursuit.objects.create(owner=owner, name=name,
                                     created_at=created_at or (ratings[0][0] if ratings
                                                               else datetime.now(UTC)))
    for moment, intensity in ratings:
        PursuitRating.objects.create(pursuit=pursuit, rated_at=moment, intensity=intensity)
    return pursuit
