"""The self-check pages: /zelftest/ (take it) and /zelftest/<id>/ (the result)."""

import re

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from safety.tests.cards import waiting_cards
from selfcheck import items
from selfcheck.models import SelfCheckResult
from selfcheck.services import ERROR_NOTHING_SCORED, selfcheck_record

ALL_ITEM_KEYS = [item.key for item in items.ITEMS]


def answers_with(high_dimension=None, low=0, high=4):
    """Every item answered ``low``, the items of ``high_dimension`` ``high``, as difficulty:
    a reverse-keyed item gets the answer that scores so."""
    def answer(item):
        value = high if item.dimension == high_dimension else low
        return 4 - value if item.reverse else value
    return {item.key: answer(item) for item in items.ITEMS}


def post_data(answers, remarks=""):
    return {**{key: str(value) for key, value in answers.items()}, "remarks": remarks}


@pytest.fixture
def result(person):
    return selfcheck_record(user=person, answers=answers_with("drive_boredom_craving"))


def test_the_self_check_asks_to_log_in_first(client, db):
    response = client.get(reverse("selfcheck:take"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))


def test_the_self_check_is_in_the_main_navigation(client_person):
    html = client_person.get(reverse("home")).content.decode()
    nav = html[html.index('class="mainnav"'):html.index("</nav>")]
    assert nav.index(reverse("selfcheck:take")) < nav.index(reverse("learn:index"))


def test_the_items_are_shown_in_the_persons_language(client_person, client, stranger):
    html = client_person.get(reverse("selfcheck:take")).content.decode()
    assert items.ITEMS[0].text["nl"] in html
    assert items.TITLE["nl"] in html
    assert "bijna altijd" in html
    client.force_login(stranger)  # the stranger chose English
    html = client.get(reverse("selfcheck:take")).content.decode()
    assert items.TITLE["en"] in html
    assert "almost always" in html


def test_every_item_has_five_radio_buttons(client_person):
    html = client_person.get(reverse("selfcheck:take")).content.decode()
    for key in ALL_ITEM_KEYS:
        assert len(re.findall(rf'type="radio" name="{key}" value="\d"', html)) == 5


def test_the_disclaimer_is_shown_before_and_after_the_questions(client_person):
    html = client_person.get(reverse("selfcheck:take")).content.decode()
    before, after = html.index('id="disclaimer-before"'), html.index('id="disclaimer-after"')
    first_item, remarks = html.index('name="ae1"'), html.index('name="remarks"')
    assert before < first_item < remarks < after
    assert html.count(items.DISCLAIMER["nl"]) == 2


def test_taking_the_self_check_stores_answers_and_scores(client_person, person):
    answers = answers_with("anger_escalation")
    response = client_person.post(reverse("selfcheck:take"), post_data(answers))
    saved = SelfCheckResult.objects.get(owner=person)
    assert response.status_code == 302
    assert response["Location"] == reverse("selfcheck:result", args=[saved.pk])
    assert saved.answers == answers
    assert saved.scores["anger_escalation"] == 100.0
    assert saved.version == items.VERSION


def test_skipped_items_are_left_out_of_the_answers(client_person, person):
    answers = answers_with("push_pull")
    del answers["pp7"], answers["ae1"]
    client_person.post(reverse("selfcheck:take"), post_data(answers))
    saved = SelfCheckResult.objects.get(owner=person)
    assert "pp7" not in saved.answers
    assert saved.scores["push_pull"] == 100.0


def test_too_few_answers_give_an_error_and_nothing_is_stored(client_person, person):
    response = client_person.post(reverse("selfcheck:take"), post_data({"ae1": 3, "db1": 2}))
    assert response.status_code == 200
    with translation.override("nl"):
        assert str(ERROR_NOTHING_SCORED) in response.content.decode()
    assert not SelfCheckResult.objects.filter(owner=person).exists()


def test_an_answer_outside_the_scale_is_refused(client_person, person):
    response = client_person.post(reverse("selfcheck:take"),
                                  {**post_data(answers_with()), "ae1": "7"})
    assert response.status_code == 200
    assert not SelfCheckResult.objects.filter(owner=person).exists()


def test_remarks_that_speak_of_crisis_are_saved_and_bring_up_the_card(client_person, person):
    remarks = "Eerlijk gezegd wil ik soms dood."
    response = client_person.post(reverse("selfcheck:take"),
                                  post_data(answers_with(), remarks), follow=True)
    assert SelfCheckResult.objects.get(owner=person).remarks == remarks
    html = response.content.decode()
    assert 'id="crisis-card"' in html
    assert remarks in html


def test_calm_remarks_bring_up_no_card(client_person):
    client_person.post(reverse("selfcheck:take"), post_data(answers_with(), "Rustige week."))
    assert waiting_cards(client_person) == {}


def test_remarks_are_stored_encrypted(person):
    selfcheck_record(user=person, answers=answers_with(), remarks="Alleen voor mij.")
    with connection.cursor() as cursor:
        cursor.execute("SELECT remarks FROM selfcheck_selfcheckresult")
        (raw,) = cursor.fetchone()
    assert raw.startswith("wm1:") and "mij" not in raw


def test_the_result_shows_the_profile_as_an_accessible_svg_with_a_data_table(
        client_person, result):
    html = client_person.get(reverse("selfcheck:result", args=[result.pk])).content.decode()
    svg = html[html.index("<svg"):html.index("</svg>")]
    assert 'role="img"' in svg
    assert 'aria-labelledby="profile-title profile-desc"' in svg
    assert '<title id="profile-title">' in svg and '<desc id="profile-desc">' in svg
    assert svg.count('class="bar"') == 6
    assert 'width="260.0"' in svg  # drive: 100 of 100
    assert "<table" in html[html.index("</svg>"):]
    for dimension in items.DIMENSIONS:
        assert dimension.title["nl"] in svg


def test_result_pages_have_no_inline_style_or_script(client_person, result):
    client_person.post(reverse("selfcheck:take"), post_data(answers_with()))
    for url in (reverse("selfcheck:take"), reverse("selfcheck:result", args=[result.pk])):
        html = client_person.get(url).content.decode()
        assert " style=" not in html and "<style" not in html
        assert not re.search(r"<script(?![^>]*\bsrc=)", html)


def test_svg_numbers_use_a_decimal_point_in_dutch_too(client_person, person):
    found = selfcheck_record(user=person, answers={**answers_with(), "ae1": 1})
    html = client_person.get(reverse("selfcheck:result", args=[found.pk])).content.decode()
    svg = html[html.index("<svg"):html.index("</svg>")]
    assert 'width="16.4"' in svg  # alert_exhausted 6.3 → 16.4 units
    assert not re.search(r'="\d+,\d+"', svg)
    assert ">6,3<" in svg  # the number a person reads is in their own format


def test_the_result_says_where_to_start_with_links_to_the_articles(client_person, result):
    html = client_person.get(reverse("selfcheck:result", args=[result.pk])).content.decode()
    start = html[html.index('id="start-h"'):]
    dimension = items.DIMENSIONS_BY_KEY["drive_boredom_craving"]
    assert dimension.start_with["nl"] in start
    assert f'href="{reverse("learn:article", args=["drive-en-like"])}"' in start
    assert ">Drive en like<" in start


def test_nothing_standing_out_says_so(client_person, person):
    found = selfcheck_record(user=person, answers=answers_with())
    html = client_person.get(reverse("selfcheck:result", args=[found.pk])).content.decode()
    assert 'id="nothing-stands-out"' in html


def test_the_disclaimer_is_shown_before_and_after_the_result(client_person, result):
    html = client_person.get(reverse("selfcheck:result", args=[result.pk])).content.decode()
    assert html.count(items.DISCLAIMER["nl"]) == 2
    assert html.index('id="disclaimer-before"') < html.index("<svg")
    assert html.index("</svg>") < html.index('id="disclaimer-after"')


def test_the_result_shows_the_change_since_last_time(client_person, person, result):
    later = selfcheck_record(user=person, answers=answers_with("anger_escalation"))
    html = client_person.get(reverse("selfcheck:result", args=[later.pk])).content.decode()
    with translation.override("nl"):
        higher = gettext("%(points)s higher (more difficulty)") % {"points": "100,0"}
        lower = gettext("%(points)s lower (less difficulty)") % {"points": "100,0"}
    assert higher in html  # anger: 0 → 100
    assert lower in html  # drive: 100 → 0
    assert html.count("<line ") == 6  # the previous result marked on every bar


def test_the_first_result_has_no_change_column(client_person, result):
    html = client_person.get(reverse("selfcheck:result", args=[result.pk])).content.decode()
    assert "<line " not in html
    assert 'id="change-h"' not in html


def test_the_history_lists_every_result_over_time(client_person, person, result):
    later = selfcheck_record(user=person, answers=answers_with("push_pull"))
    html = client_person.get(reverse("selfcheck:result", args=[later.pk])).content.decode()
    history = html[html.index('id="history-h"'):]
    for found in (result, later):
        assert f'href="{reverse("selfcheck:result", args=[found.pk])}"' in history
    assert 'aria-current="true"' in history
    take = client_person.get(reverse("selfcheck:take")).content.decode()
    assert f'href="{reverse("selfcheck:result", args=[result.pk])}"' in take


def test_a_result_can_be_deleted(client_person, person, result):
    url = reverse("selfcheck:delete", args=[result.pk])
    assert client_person.get(url).status_code == 200
    assert client_person.post(url).status_code == 302
    assert not SelfCheckResult.objects.filter(pk=result.pk).exists()


@pytest.mark.parametrize("name", ["selfcheck:result", "selfcheck:delete"])
def test_stranger_gets_404(client, stranger, result, name):
    client.force_login(stranger)
    assert client.get(reverse(name, args=[result.pk])).status_code == 404
    assert client.post(reverse(name, args=[result.pk])).status_code == 404
    assert SelfCheckResult.objects.filter(pk=result.pk).exists()


def test_the_strangers_take_page_lists_none_of_the_persons_results(client, stranger, result):
    client.force_login(stranger)
    html = client.get(reverse("selfcheck:take")).content.decode()
    assert reverse("selfcheck:result", args=[result.pk]) not in html


# --- anger: where to get help for violence, after the save ---------------------------

def test_a_self_check_with_a_high_anger_score_shows_where_to_get_help(client_person, person):
    response = client_person.post(reverse("selfcheck:take"),
                                  post_data(answers_with("anger_escalation")), follow=True)
    assert SelfCheckResult.objects.filter(owner=person).exists()
    html = response.content.decode()
    assert 'id="violence-card"' in html and 'href="tel:08002000"' in html
    assert 'id="profile-h"' in html  # the result itself is right there


def test_a_self_check_without_much_anger_shows_no_violence_card(client_person):
    response = client_person.post(reverse("selfcheck:take"),
                                  post_data(answers_with("push_pull")), follow=True)
    assert 'id="violence-card"' not in response.content.decode()


def test_the_result_explains_the_scoring_and_that_the_bands_are_not_norms(client_person, result):
    html = client_person.get(reverse("selfcheck:result", args=[result.pk])).content.decode()
    assert items.SCORING["nl"] in html
    assert "geen normen" in items.SCORING["nl"] and "not norms" in items.SCORING["en"]


def test_the_result_links_to_what_else_it_could_be(client_person, result):
    html = client_person.get(reverse("selfcheck:result", args=[result.pk])).content.decode()
    after = html[html.index('id="disclaimer-after"'):]
    assert f'href="{reverse("learn:article", args=["wat-het-ook-kan-zijn"])}"' in after
