from charioteer.models import Echo, Horse
from rides.models import Ride
from tests.factories import make_charioteer


def test_history_filters_by_person_horse_and_echo(client_person, person):
    world = make_charioteer(person)
    drive = Horse.objects.get(owner=person, kind="drive")
    craving = Echo.objects.get(owner=person, key="craving")
    other = Ride.objects.create(owner=person, horse=drive, level=3)
    other.echoes.add(craving)
    rides = lambda **q: list(client_person.get("/ritten/", q).context["page"])  # noqa: E731
    assert rides(person=world["person"].pk) == [world["ride"]]
    assert rides(horse=drive.pk) == [other]
    assert rides(echo=craving.pk) == [other]
    assert len(rides()) == 2


def test_history_query_count_does_not_grow_with_rides(client_person, person,
                                                      django_assert_max_num_queries):
    world = make_charioteer(person)
    for _ in range(60):
        r = Ride.objects.create(owner=person, horse=world["horse"], person=world["person"])
        r.echoes.add(world["echo"])
    with django_assert_max_num_queries(12):
        assert client_person.get("/ritten/").status_code == 200
    # Home also reads the warning plan's phase, the latest time-out and the trust
    # experiments that are due: a fixed few queries more.
    with django_assert_max_num_queries(16):
        assert client_person.get("/").status_code == 200
