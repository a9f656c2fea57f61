"""The crisis lines: every default number pinned, the file checked, the footer on every page.

A number here changes only together with safety/crisis_lines.json, after checking it with
the service itself (docs/safety/hazard-log.md, HAZ-03).
"""

import json

import pytest
from django.core import checks
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from safety import lines
from safety.checks import crisis_lines_check, crisis_lines_country_check

DEFAULT = json.loads(lines.DEFAULT_FILE.read_text(encoding="utf-8"))


def by_kind(language, kind):
    return [line for line in DEFAULT[language]["lines"] if line["kind"] == kind]


# --- the defaults, pinned -------------------------------------------------------------

def test_dutch_suicide_line_is_113():
    assert {"name": "113 Zelfmoordpreventie", "phone": "113", "tel": "113"}.items() <= \
        by_kind("nl", "suicide")[0].items()


def test_dutch_free_suicide_line_is_0800_0113():
    line = by_kind("nl", "suicide")[1]
    assert (line["phone"], line["tel"]) == ("0800-0113", "08000113")
    assert "gratis" in line["name"]


def test_dutch_chat_is_113_nl_over_https():
    assert [line["url"] for line in by_kind("nl", "chat")] == ["https://www.113.nl"]


def test_dutch_emergency_number_is_112():
    assert [(line["phone"], line["tel"]) for line in by_kind("nl", "emergency")] == \
        [("112", "112")]


def test_dutch_lines_include_the_gp_and_the_out_of_hours_gp_service():
    [gp] = by_kind("nl", "gp")
    assert gp["name"] == "Huisarts of huisartsenpost"
    assert "huisartsenpost" in gp["detail"]
    assert "tel" not in gp and "url" not in gp  # the number differs per region


def test_dutch_lines_are_exactly_these_six_in_this_order():
    assert [(line["kind"], line.get("tel") or line.get("url") or "") for line in
            DEFAULT["nl"]["lines"]] == [
        ("suicide", "113"), ("suicide", "08000113"), ("chat", "https://www.113.nl"),
        ("emergency", "112"), ("violence", "08002000"), ("gp", "")]
    assert DEFAULT["nl"]["country"] == "NL"
    assert not DEFAULT["nl"].get("needs_configuration")


def test_english_lines_say_they_still_need_configuring_for_a_country():
    assert DEFAULT["en"]["needs_configuration"] is True
    assert DEFAULT["en"]["country"] == ""


def test_english_lines_keep_112_and_the_dutch_free_113_number_meanwhile():
    pairs = [(line["kind"], line.get("tel") or line.get("url")) for line in
             DEFAULT["en"]["lines"]]
    assert pairs == [("emergency", "112"), ("violence", "08002000"),
                     ("suicide", "08000113"), ("chat", "https://www.113.nl")]


def test_the_default_file_has_no_problems():
    assert lines.problems(DEFAULT) == []


# --- checking a deployment's own file -------------------------------------------------

def good():
    return json.loads(json.dumps(DEFAULT))


@pytest.mark.parametrize("change, expected", [
    (lambda d: d["nl"]["lines"][0].update(tel="11 3"), "'tel' must be digits only"),
    (lambda d: d["nl"]["lines"][1].update(tel="08000114"), "not the same number"),
    (lambda d: d["nl"]["lines"][0].pop("tel"), "go together"),
    (lambda d: d["nl"]["lines"][2].update(url="http://www.113.nl"), "https://"),
    (lambda d: d["nl"]["lines"].pop(3), "emergency number is missing"),
    (lambda d: d["nl"]["lines"][4].update(kind="doctor"), "kind must be one of"),
    (lambda d: d.pop("en"), "en: no crisis lines"),
    (lambda d: d["en"].update(lines=[]), "non-empty list"),
    (lambda d: d["nl"].update(intro=""), "'intro' is missing"),
])
def test_problems_names_what_is_wrong_in_a_lines_file(change, expected):
    data = good()
    change(data)
    assert any(expected in problem for problem in lines.problems(data))


def test_the_system_check_refuses_a_file_with_a_wrong_number(tmp_path, settings):
    data = good()
    data["nl"]["lines"][0]["tel"] = "1l3"
    path = tmp_path / "lines.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    settings.CRISIS_LINES_FILE = str(path)
    errors = crisis_lines_check()
    assert {(e.id, e.level) for e in errors} == {("safety.E002", checks.ERROR)}
    assert any("digits only" in e.msg for e in errors)


def test_the_system_check_refuses_a_missing_file(tmp_path, settings):
    settings.CRISIS_LINES_FILE = str(tmp_path / "nowhere.json")
    assert [e.id for e in crisis_lines_check()] == ["safety.E001"]


def test_the_default_file_passes_the_system_check():
    assert crisis_lines_check() == []


def test_the_deploy_check_warns_that_english_lines_need_a_country():
    assert [(w.id, w.level) for w in crisis_lines_country_check()] == \
        [("safety.W001", checks.WARNING)]


# --- the crisis page ------------------------------------------------------------------

def test_crisis_page_works_logged_out_and_needs_no_script(client, db):
    html = client.get(reverse("safety:crisis")).content.decode()
    for href in ('href="tel:113"', 'href="tel:08000113"', 'href="https://www.113.nl"',
                 'href="tel:112"'):
        assert href in html
    assert "Huisarts of huisartsenpost" in html
    assert "onclick" not in html


def test_crisis_page_in_english_says_the_lines_need_configuring(client, db):
    client.cookies["__Host-wm_lang"] = "en"
    html = client.get(reverse("safety:crisis")).content.decode()
    assert 'href="tel:112"' in html
    assert "not yet configured the crisis lines for your country" in html


def test_crisis_page_is_never_kept_in_a_shared_cache(client, db):
    response = client.get(reverse("safety:crisis"))
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def test_crisis_page_of_a_logged_in_person_is_not_stored_at_all(client_person):
    assert client_person.get(reverse("safety:crisis"))["Cache-Control"] == "no-store"


# --- every page: the footer lines with tel: links -------------------------------------

def _plain_routes(resolver=None, namespace=""):
    """Names of every page route without parameters (the JSON API excluded)."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            if str(entry.pattern).startswith("api/"):
                continue
            ns = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _plain_routes(entry, ns)
        elif isinstance(entry, URLPattern) and entry.name and not entry.pattern.converters:
            yield namespace + entry.name


PAGES = sorted(set(_plain_routes()))
FOOTER_LINKS = {"nl": ('href="tel:113"', 'href="tel:08000113"', 'href="tel:112"'),
                "en": ('href="tel:112"', 'href="tel:08000113"')}


def _footer(html):
    return html[html.index('<footer class="foot">'):]


def _page_or_skip(client, name):
    """The page's HTML; routes that are not pages for this visitor (a redirect, POST only,
    a JSON or JS answer) are skipped, and so is a page of another app that fails to
    render: that app's own tests own the failure, this one only looks at the footer."""
    client.raise_request_exception = False
    response = client.get(reverse(name))
    if response.status_code >= 500:
        pytest.skip(f"{name} fails to render ({response.status_code})")
    if response.status_code != 200 or not response["Content-Type"].startswith("text/html"):
        pytest.skip(f"{name} answers {response.status_code} {response['Content-Type']}")
    return response.content.decode()


def _not_a_treatment():
    with translation.override("nl"):
        return escape(gettext(
            "Wagenmenner supports, and does not replace, treatment. It makes no diagnosis."))


@pytest.mark.parametrize("name", PAGES)
def test_every_page_shows_the_crisis_lines_in_the_footer_logged_out(client, db, name):
    footer = _footer(_page_or_skip(client, name))
    for link in FOOTER_LINKS["nl"]:
        assert link in footer
    assert _not_a_treatment() in footer


@pytest.mark.parametrize("name", PAGES)
def test_every_page_shows_the_crisis_lines_in_the_footer_logged_in(client_person, name):
    footer = _footer(_page_or_skip(client_person, name))
    for link in FOOTER_LINKS["nl"]:
        assert link in footer
    assert _not_a_treatment() in footer


def test_a_person_who_chose_english_gets_the_english_footer_lines(client, stranger):
    client.force_login(stranger)
    footer = _footer(client.get(reverse("safety:plan")).content.decode())
    for link in FOOTER_LINKS["en"]:
        assert link in footer
    assert 'href="tel:113"' not in footer


def test_the_crisis_pages_and_my_pages_are_among_the_pages_checked():
    assert {"safety:crisis", "safety:plan", "safety:plan_edit", "selfcheck:take",
            "learn:index", "home"} <= set(PAGES)
