"""Counts of one read as one, in both languages (issue 13.8: never "1 dagen")."""

from django.utils import timezone

from insights.tests.helpers import add_ride, add_rule


def test_the_week_page_says_kept_1_of_1_time(client_person, person):
    add_ride(person, timezone.now(), escalated=False, rules=[(add_rule(person), True)])
    html = client_person.get("/inzicht/week/").content.decode()
    assert "1 van de 1 keer gehouden" in html
    person.language = "en"
    person.save(update_fields=["language"])
    html = client_person.get("/inzicht/week/").content.decode()
    assert "kept 1 of 1 time<" in html
