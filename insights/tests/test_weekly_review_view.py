from datetime import timedelta

from django.urls import reverse

from charioteer.models import Goal, LifeRule, Side
from insights.models import WeeklyReview
from insights.tests.helpers import add_checkins, add_escalation, add_ride, add_rule, ams

URL = reverse("insights:week")


def test_weekly_review_ties_the_week_together(client_person, person):
    add_checkins(person, ams(2026, 2, 2, 9), 150, step=timedelta(hours=8))
    rule = add_rule(person)
    add_ride(person, ams(2026, 3, 3, 20), escalated=False, rules=[(rule, True)])
    add_ride(person, ams(2026, 3, 4, 20))  # committed, look-back still open
    add_escalation(person, ams(2026, 3, 5, 21))
    response = client_person.get(URL, {"week": "2026-W10"})
    assert response.status_code == 200
    assert response.context["label"] == "2026-W10"
    assert response.context["compare"]["alarm"]["weeks_before"] == 4
    assert response.context["rides_week"]["total"] == 2
    assert len(response.context["escalations"]) == 1
    assert len(response.context["open_lookbacks"]) == 1
    html = response.content.decode()
    assert "ik word bekritiseerd" in html
    assert f"adjust=rule-{rule.pk}" in html
    # The week by its dates; its ISO label only in the links.
    assert "<h1>Weekoverzicht van 2–8 mrt 2026</h1>" in html
    assert '<a href="?week=2026-W09">← 23 feb – 1 mrt 2026</a>' in html
    assert ">2026-W" not in html


def test_weekly_review_saves_one_adjustment_of_a_rule(client_person, person):
    rule = add_rule(person)
    response = client_person.post(URL, {
        "week": "2026-W10", "adjust": f"rule-{rule.pk}", "if_text": "ik kritiek krijg",
        "then_text": "vraag ik eerst wat er precies bedoeld wordt",
        "reason": "Wachten alleen was niet genoeg: ik wil eerst begrijpen wat er bedoeld wordt."})
    assert response.status_code == 302
    rule.refresh_from_db()
    assert rule.then_text == "vraag ik eerst wat er precies bedoeld wordt"
    review = WeeklyReview.objects.get(owner=person)
    assert (review.week, review.kind, review.object_id) == ("2026-W10", "rule", rule.pk)
    assert review.before == "ik word bekritiseerd → ik wacht 30 minuten"
    assert review.after == "ik kritiek krijg → vraag ik eerst wat er precies bedoeld wordt"
    assert "Wachten alleen" in review.reason
    page = client_person.get(URL, {"week": "2026-W10"}).content.decode()
    assert "vraag ik eerst wat er precies bedoeld wordt" in page


def test_weekly_review_can_add_a_new_rule(client_person, person):
    goal = Goal.objects.create(owner=person, domain="work", title="Rustig werken")
    client_person.post(URL, {"week": "2026-W10", "adjust": "new_rule", "if_text": "ik moe ben",
                             "then_text": "ga ik op tijd naar bed", "goal": goal.pk,
                             "reason": "Moe zijn maakt alles erger."})
    rule = LifeRule.objects.get(owner=person)
    assert rule.goal == goal
    assert WeeklyReview.objects.get(owner=person).object_id == rule.pk


def test_weekly_review_can_adjust_a_goal_or_a_side(client_person, person):
    goal = Goal.objects.create(owner=person, domain="work", title="Rustig werken")
    side = Side.objects.create(owner=person, name="De regelaar")
    client_person.post(URL, {"week": "2026-W10", "adjust": f"goal-{goal.pk}",
                             "title": "Rustig werken, om zes uur thuis", "asks_of_me": "",
                             "reason": "Concreter."})
    client_person.post(URL, {"week": "2026-W11", "adjust": f"side-{side.pk}",
                             "name": "De regelaar", "when_harmful": "als ik alles overneem",
                             "reason": "Ik zag het deze week."})
    goal.refresh_from_db()
    side.refresh_from_db()
    assert goal.title == "Rustig werken, om zes uur thuis"
    assert side.when_harmful == "als ik alles overneem"
    assert WeeklyReview.objects.filter(owner=person).count() == 2


def test_weekly_review_asks_for_a_reason(client_person, person):
    rule = add_rule(person)
    response = client_person.post(URL, {"week": "2026-W10", "adjust": f"rule-{rule.pk}",
                                        "if_text": "x", "then_text": "y", "reason": ""})
    assert response.status_code == 200
    assert response.context["form"].errors["reason"]
    assert not WeeklyReview.objects.exists()


def test_weekly_review_refuses_an_adjustment_that_changes_nothing(client_person, person):
    rule = add_rule(person)
    response = client_person.post(URL, {"week": "2026-W10", "adjust": f"rule-{rule.pk}",
                                        "if_text": rule.if_text, "then_text": rule.then_text,
                                        "reason": "Zomaar."})
    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    assert not WeeklyReview.objects.exists()


def test_weekly_review_gives_404_for_the_strangers_rule(client_person, stranger):
    rule = add_rule(stranger)
    assert client_person.get(URL, {"adjust": f"rule-{rule.pk}"}).status_code == 404
    response = client_person.post(URL, {"week": "2026-W10", "adjust": f"rule-{rule.pk}",
                                        "if_text": "a", "then_text": "b", "reason": "c"})
    assert response.status_code == 404
    rule.refresh_from_db()
    assert rule.if_text == "ik word bekritiseerd"


def test_weekly_review_falls_back_to_this_week_for_a_wrong_label(client_person):
    response = client_person.get(URL, {"week": "2026-W99"})
    assert response.status_code == 200
    assert response.context["next_week"] is None
