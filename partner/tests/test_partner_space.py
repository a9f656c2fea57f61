import re

from partner.models import SafetyQuestionAsked
from tests.factories import client_for, share


def test_the_first_visit_asks_about_safety_before_anything_shared(person, partner, link):
    share(link, "rides")
    c = client_for(partner)
    for url in ("/naaste/", f"/naaste/{link.pk}/", f"/naaste/{link.pk}/rides/"):
        r = c.get(url)
        assert r.status_code == 302 and r.url == "/naaste/eerst/"
    page = c.get("/naaste/eerst/").content.decode()
    assert "0800-2000" in page and "112" in page


def test_the_answer_is_never_stored(partner):
    from django.db import connection

    c = client_for(partner)
    r = c.post("/naaste/eerst/", {"answer": "not_always"})
    assert r.status_code == 200
    assert "0800-2000" in r.content.decode()
    assert SafetyQuestionAsked.objects.filter(owner=partner).exists()
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608 (names from the schema)
            assert "not_always" not in str(cursor.fetchall()), table
    assert c.get("/naaste/").status_code == 200


def test_a_bad_answer_asks_again(partner):
    r = client_for(partner).post("/naaste/eerst/", {"answer": "maybe"})
    assert r.status_code == 200 and r.context["form"].errors
    assert not SafetyQuestionAsked.objects.exists()


def test_every_page_of_the_partner_space_has_the_quick_exit(client_partner, person, link, settings):
    share(link, *["safety_plan", "agreements", "weekly_summary", "checkin_levels", "rides",
                  "escalations", "selfchecks", "insights"])
    from partner.models import PrivateNote

    note = PrivateNote.objects.create(owner=link.reader, text="x")
    urls = ["/naaste/", "/naaste/logboek/", f"/naaste/logboek/{note.pk}/",
            f"/naaste/logboek/{note.pk}/verwijderen/", f"/naaste/{link.pk}/"]
    urls += [f"/naaste/{link.pk}/{k}/" for k in link.consents.values_list("kind", flat=True)]
    for url in urls:
        page = client_partner.get(url).content.decode()
        assert f'href="{settings.QUICK_EXIT_URL}"' in page and "data-quick-exit" in page, url
    SafetyQuestionAsked.objects.all().delete()
    page = client_partner.get("/naaste/eerst/").content.decode()
    assert "data-quick-exit" in page


def test_partner_pages_have_a_generic_tab_title(client_partner, link):
    share(link, "escalations")
    for url in ("/naaste/", f"/naaste/{link.pk}/", f"/naaste/{link.pk}/escalations/",
                "/naaste/logboek/"):
        title = client_partner.get(url).content.decode().split("<title>")[1].split("</title>")[0]
        assert re.sub(r"[\s·–-]+", "", title) in ("OverzichtWagenmenner",
                                                  "OverviewWagenmenner"), (url, title)


def test_the_partner_space_lists_articles_for_partners(client_partner):
    page = client_partner.get("/naaste/").content.decode()
    assert "/leren/leven-met-een-partner/" in page


def test_the_partner_space_says_nobody_watches_in_real_time(client_partner):
    page = client_partner.get("/naaste/").content.decode()
    assert "Niemand kijkt op dit moment met je mee" in page
