from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from insights.tests.helpers import add_checkin


def test_home_shows_this_weeks_peaks_and_valleys_and_links_to_the_review(client_person, person):
    now = timezone.now()
    add_checkin(person, now - timedelta(seconds=40), alarm=8)
    add_checkin(person, now - timedelta(seconds=20), alarm=3)
    html = client_person.get(reverse("home")).content.decode()
    assert 'id="ins-h"' in html
    assert reverse("insights:week") in html
    assert client_person.get(reverse("home")).context["insights_home"]["alarm"]["max"] == 8


def test_home_card_says_when_there_are_no_check_ins_this_week(client_person):
    response = client_person.get(reverse("home"))
    assert response.context["insights_home"]["alarm"] is None
    assert 'id="ins-h"' in response.content.decode()
