"""Whatever a browser sends, the pages answer calmly and store nothing half-valid."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from charioteer.models import LifeRule
from rides.models import Ride

junk = st.one_of(st.text(max_size=60), st.integers(-10**6, 10**6).map(str),
                 st.sampled_from(["", "11", "-1", "abc", "5.5", "<script>x</script>", "\x00"]))
SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(data=st.dictionaries(st.sampled_from(["situation", "horse", "level", "person",
                                             "reactions", "signals"]), junk, max_size=6))
def test_recognise_step_never_fails_and_keeps_level_in_range(client_person, person, data):
    ride = Ride.objects.create(owner=person, reached_step=2)
    response = client_person.post(f"/rit/{ride.pk}/stap/2/", data)
    assert response.status_code in (200, 302)
    ride.refresh_from_db()
    assert ride.level is None or 0 <= ride.level <= 10
    if response.status_code == 200:  # refused: nothing of it was stored
        assert ride.reached_step == 2 and ride.situation == ""


@SETTINGS
@given(data=st.dictionaries(st.sampled_from(["if_text", "then_text", "goal", "horse",
                                             "min_level", "relation", "person", "echo"]),
                            junk, max_size=8))
def test_rule_form_never_fails_and_stores_only_valid_rules(client_person, person, data):
    before = LifeRule.objects.count()
    response = client_person.post("/leefregels/nieuw/", data)
    assert response.status_code in (200, 302)
    if response.status_code == 200:
        assert LifeRule.objects.count() == before
    for rule in LifeRule.objects.all():
        assert rule.if_text.strip() and rule.then_text.strip()
        assert rule.min_level is None or 0 <= rule.min_level <= 10


@SETTINGS
@given(data=st.dictionaries(st.sampled_from(["lookback_text", "escalated", "go_on",
                                             "feeling", "kept_1"]), junk, max_size=5))
def test_look_back_never_fails(client_person, person, data):
    ride = Ride.objects.create(owner=person, reached_step=7)
    response = client_person.post(f"/rit/{ride.pk}/terugblik/", data)
    assert response.status_code in (200, 302)
    ride.refresh_from_db()
    assert (response.status_code == 302) == ride.is_done
