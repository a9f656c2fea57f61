"""The stored flips (insights.models.PursuitFlip) stay those of the ratings, however the
ratings are written, and the insights report reads them as the reference finds them."""

from datetime import UTC, date, datetime, timedelta

from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accounts.services import account_create
from checkins.models import Pursuit, PursuitRating
from insights.flips import drive_boredom_flips, flips_summary
from insights.models import PursuitFlip
from insights.selectors import insights_for_period
from insights.services import pursuit_create, pursuit_rate

BASE = datetime(2026, 3, 1, 10, tzinfo=UTC)


def stored_flips(pursuit) -> list[dict]:
    return list(PursuitFlip.objects.filter(pursuit=pursuit).order_by("position")
                .values("start", "peak_end", "drop", "drive_days"))


def reference_flips(pursuit) -> list[dict]:
    ratings = PursuitRating.objects.filter(pursuit=pursuit).order_by("rated_at", "id")
    return drive_boredom_flips(ratings.values_list("rated_at", "intensity"))["flips"]


def assert_in_step(*pursuits):
    for pursuit in pursuits:
        assert stored_flips(pursuit) == reference_flips(pursuit)


# One write of ratings: (how, day, intensity).
writes = st.lists(st.tuples(st.sampled_from(["rate", "bulk", "edit", "move", "bulk_move",
                                             "delete", "delete_many", "update_all"]),
                            st.integers(0, 120), st.integers(0, 10)), max_size=14)


def _write(pursuits, how, day, intensity):
    pursuit = pursuits[day % len(pursuits)]
    at = BASE + timedelta(days=day, hours=day % 5)
    ratings = PursuitRating.objects.filter(pursuit=pursuit).order_by("id")
    if how == "rate":
        pursuit_rate(pursuit=pursuit, intensity=intensity, rated_at=at)
    elif how == "bulk":
        PursuitRating.objects.bulk_create([
            PursuitRating(pursuit=pursuit, rated_at=at + timedelta(days=k), intensity=v)
            for k, v in enumerate((intensity, 10 - intensity, 9, 2))])
    elif how in ("edit", "move") and (rating := ratings.first()):
        if how == "edit":
            rating.intensity = intensity
        else:  # to the other pursuit: both are recomputed
            rating.pursuit = pursuits[(day + 1) % len(pursuits)]
        rating.save()
    elif how == "bulk_move" and (moved := list(ratings[:2])):
        for rating in moved:  # to the other pursuit, with another intensity
            rating.pursuit = pursuits[(day + 1) % len(pursuits)]
            rating.intensity = intensity
        PursuitRating.objects.bulk_update(moved, ["pursuit", "intensity"])
    elif how == "delete" and (rating := ratings.last()):
        rating.delete()
    elif how == "delete_many":
        ratings.filter(intensity__gte=intensity).delete()
    elif how == "update_all":
        ratings.update(intensity=intensity)


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                  HealthCheck.too_slow])
@given(writes)
def test_stored_flips_follow_every_write_of_ratings(db, operations):
    with transaction.atomic():
        person = account_create(email="flips@example.org", password="x" * 12)
        pursuits = [pursuit_create(user=person, name=name, intensity=9, at=BASE)
                    for name in ("webshop", "zeilen")]
        for operation in operations:
            _write(pursuits, *operation)
        assert_in_step(*pursuits)
        start, end = date(2026, 3, 20), date(2026, 6, 1)
        report = insights_for_period(person, start, end)
        expected = flips_summary(
            {str(p.pk): PursuitRating.objects.filter(pursuit=p).order_by("rated_at", "id")
             .values_list("rated_at", "intensity") for p in pursuits},
            start=start, end=end, tz=person.time_zone)
        got = {str(p["pursuit_id"]): p for p in report["flips"]["pursuits"]}
        assert report["flips"]["count"] == expected["count"]
        assert report["flips"]["mean_drive_days"] == (
            None if expected["mean_drive_days"] is None
            else round(expected["mean_drive_days"], 4))
        for row in expected["pursuits"]:
            assert [(f["start"], f["drop"]) for f in got[row["name"]]["flips"]] == \
                [(f["start"].isoformat(), f["drop"].isoformat()) for f in row["flips"]]
        transaction.set_rollback(True)


def test_deleting_a_pursuit_takes_its_flips_along(person):
    pursuit = pursuit_create(user=person, name="gitaar", intensity=9, at=BASE)
    pursuit_rate(pursuit=pursuit, intensity=2, rated_at=BASE + timedelta(days=3))
    assert len(stored_flips(pursuit)) == 1
    Pursuit.objects.filter(pk=pursuit.pk).delete()
    assert not PursuitFlip.objects.exists()
