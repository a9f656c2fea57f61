"""A long made-up history for one person, written in bulk as an import writes it: the
benchmarks' common ground (insights_bench.py, load.py)."""

import random
from datetime import UTC, date, datetime, timedelta

from charioteer.models import LifeRule
from checkins.models import CheckIn, Pursuit, PursuitRating
from people.models import Escalation
from rides.models import Ride, RideRule

PER_DAY = 8


def make_history(user, years: int, rng: random.Random) -> tuple[date, date]:
    """``years`` of history up to now: PER_DAY check-ins a day, a finished ride every
    other day with a rule kept or not, an escalation every 9 days, a pursuit every 60 days
    rated twelve times. Returns the first and the last day."""
    end = date.today()
    start = end - timedelta(days=round(365.25 * years) - 1)
    days = (end - start).days + 1
    first = datetime(start.year, start.month, start.day, 6, tzinfo=UTC)
    checkins = []
    now = datetime.now(UTC)
    for d in range(days):
        for k in range(PER_DAY):
            alarm = max(0, min(10, round(5 + 3 * rng.random() - 1.5 + (k % 3))))
            moment = first + timedelta(days=d, minutes=100 * k)
            if moment > now:  # today's so far
                break
            checkins.append(CheckIn(
                owner=user, recorded_at=moment,
                alarm=alarm, energy=rng.randint(2, 9), drive=rng.randint(1, 10),
                enjoyment=5, boredom=5, urge=5))
    CheckIn.objects.bulk_create(checkins, batch_size=2000)
    rules = LifeRule.objects.bulk_create([LifeRule(owner=user, if_text=f"als {i}",
                                                   then_text=f"dan {i}") for i in range(6)])
    rides = Ride.objects.bulk_create([
        Ride(owner=user, started_at=first + timedelta(days=d, hours=13),
             committed_at=first + timedelta(days=d, hours=13), escalated=rng.random() < 0.3,
             lookback_done_at=first + timedelta(days=d, hours=16), reached_step=7)
        for d in range(0, days, 2)], batch_size=1000)
    RideRule.objects.bulk_create([RideRule(ride=r, rule=rules[i % 6], kept=rng.random() < 0.6)
                                  for i, r in enumerate(rides)], batch_size=2000)
    Escalation.objects.bulk_create([
        Escalation(owner=user, happened_at=first + timedelta(days=d, hours=15))
        for d in range(0, days, 9)], batch_size=1000)
    pursuits = Pursuit.objects.bulk_create([
        Pursuit(owner=user, name=f"project {i}", created_at=first + timedelta(days=60 * i))
        for i in range(days // 60 + 1)])
    PursuitRating.objects.bulk_create([
        PursuitRating(pursuit=p, rated_at=first + timedelta(days=60 * i + 4 * j),
                      intensity=9 if j < 6 else 2)
        for i, p in enumerate(pursuits) for j in range(12)], batch_size=2000)
    return start, end
