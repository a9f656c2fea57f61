"""The people pages on a 360 px phone, as a new person would use them: add someone, note
what passed between you, see the sentence and the chart, plan a trust experiment."""

import pytest
from django.urls import reverse

from checkins.tests.test_offline_browser import log_in
from people.models import Person, ReciprocityEntry, TrustExperiment
from tests.conftest import assert_no_axe_violations, assert_no_sideways_scroll

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", ["nl", "en"])
def test_ledger_and_trust_experiment_on_a_phone(live_server, page, person, language):
    person.language = language
    person.save()
    sanne = Person.objects.create(owner=person, name="Sanne", relation="partner")
    base = live_server.url
    log_in(page, base, person.email)

    page.goto(base + reverse("people:list"))
    assert_no_axe_violations(page)
    page.locator(f"a[href='{reverse('people:detail', args=[sanne.pk])}']").first.click()
    page.locator(f"main a[href='{reverse('people:reciprocity_create', args=[sanne.pk])}']"
                 ).first.click()
    assert_no_axe_violations(page)
    page.locator("input[name=direction][value=gave]").check()
    page.locator("textarea[name=what]").fill("Verhuisdozen gesjouwd")
    page.locator("input[name=weight][value='3']").check()
    page.locator("main button[type=submit]").click()
    page.wait_for_url(base + reverse("people:detail", args=[sanne.pk]))
    assert ReciprocityEntry.objects.get().weight == 3
    sentence = page.locator("p.headline").inner_text()
    assert "Sanne" in sentence and ("veel meer" in sentence or "a lot more" in sentence)
    assert page.locator("svg.chart").count() == 1
    assert_no_sideways_scroll(page)
    assert_no_axe_violations(page)

    page.locator(f"main a[href^='{reverse('people:trust_create')}']").first.click()
    page.locator("textarea[name=what]").fill("Dat ik bang ben")
    page.locator("textarea[name=expectation]").fill("Ze lacht me uit")
    page.locator("input[name=belief_before]").fill("150")
    page.locator("main button[type=submit]").click()
    assert page.locator(".errorlist").count() >= 1  # a clear message, nothing saved
    assert not TrustExperiment.objects.exists()
    assert_no_axe_violations(page)
    page.locator("input[name=belief_before]").fill("80")
    page.locator("main button[type=submit]").click()
    page.wait_for_url(base + reverse("people:trust"))
    assert TrustExperiment.objects.get().belief_before == 80
    assert_no_sideways_scroll(page)
    assert_no_axe_violations(page)
