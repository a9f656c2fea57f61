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
from safety.tests.cards import card_waits

DEFAULT = json.loads(lines.DEFAULT_FILE.read_text(encoding="utf-8"))
NL = DEFAULT["countries"]["NL"]


def by_kind(kind, entry=NL):
    return [line for line in entry["lines"] if line["kind"] == kind]


# --- the defaults, pinned -------------------------------------------------------------

def test_dutch_suicide_line_is_113():
    line = by_kind("suicide")[0]
    assert (line["phone"], line["tel"], line["name"]["nl"]) == ("113", "113", "113 Zelfmoordpreventie")


def test_dutch_free_suicide_line_is_0800_0113():
    line = by_kind("suicide")[1]
    assert (line["phone"], line["tel"]) == ("0800-0113", "08000113")
    assert "gratis" in line["name"]["nl"]
    assert "free" in line["name"]["en"]


def test_dutch_chat_is_113_nl_over_https():
    assert [line["url"] for line in by_kind("chat")] == ["https://www.113.nl"]


def test_dutch_emergency_number_is_112():
    assert [(line["phone"], line["tel"]) for line in by_kind("emergency")] == [("112", "112")]


def test_dutch_violence_line_is_veilig_thuis_0800_2000_also_for_who_uses_violence():
    [line] = by_kind("violence")
    assert (line["name"]["nl"], line["phone"], line["tel"]) == ("Veilig Thuis", "0800-2000",
                                                                "08002000")
    assert "zelf geweld gebruikt" in line["detail"]["nl"]
    assert "uses violence themselves" in line["detail"]["en"]


def test_dutch_lines_include_the_gp_and_the_out_of_hours_gp_service():
    [gp] = by_kind("gp")
    assert gp["name"]["nl"] == "Huisarts of huisartsenpost"
    assert "huisartsenpost" in gp["detail"]["nl"]
    assert "tel" not in gp and "url" not in gp  # the number differs per region


def test_dutch_lines_are_exactly_these_six_in_this_order():
    assert [(line["kind"], line.get("tel") or line.get("url") or "") for line in
            NL["lines"]] == [
        ("suicide", "113"), ("suicide", "08000113"), ("chat", "https://www.113.nl"),
        ("emergency", "112"), ("violence", "08002000"), ("gp", "")]


def test_the_fallback_for_an_unconfigured_country_is_the_emergency_number():
    assert [(line["kind"], line.get("tel", "")) for line in DEFAULT["fallback"]["lines"]] == \
        [("emergency", "112"), ("gp", "")]


def test_the_default_file_has_no_problems():
    assert lines.problems(DEFAULT) == []


def test_the_default_country_is_the_netherlands(settings):
    assert settings.WAGENMENNER_COUNTRY == "NL"


# --- chosen by country, shown in the person's language --------------------------------

def test_an_english_speaker_in_the_netherlands_sees_113_and_112_with_english_labels():
    shown = lines.crisis_lines("en")
    assert not shown["needs_configuration"]
    assert [(line["name"], line.get("phone")) for line in shown["lines"][:4]] == [
        ("113 Suicide Prevention", "113"), ("113 Suicide Prevention (free)", "0800-0113"),
        ("Chat with 113", None), ("Emergency number", "112")]
    assert shown["country_name"] == "the Netherlands"
    assert shown["intro"].startswith("Are you thinking")


def test_a_dutch_speaker_sees_the_same_numbers_in_dutch():
    nl, en = lines.crisis_lines("nl"), lines.crisis_lines("en")
    assert [line.get("tel") for line in nl["lines"]] == [line.get("tel") for line in en["lines"]]
    assert nl["lines"][0]["name"] == "113 Zelfmoordpreventie"


def test_a_country_without_lines_gets_the_fallback_and_the_note(settings):
    settings.WAGENMENNER_COUNTRY = "FR"
    shown = lines.crisis_lines("en")
    assert shown["needs_configuration"]
    assert [line.get("tel") for line in shown["lines"]] == ["112", None]
    assert "08000113" not in json.dumps(shown)


def test_a_deployment_file_with_a_second_country_shows_that_countrys_lines(tmp_path, settings):
    data = good()
    data["countries"]["BE"] = {
        "name": {"nl": "België", "en": "Belgium"},
        "intro": {"nl": "Praat erover.", "en": "Talk about it."},
        "lines": [{"kind": "suicide", "phone": "1813", "tel": "1813",
                   "name": {"nl": "Zelfmoordlijn 1813", "en": "Suicide line 1813"},
                   "detail": {"nl": "Gratis.", "en": "Free."}},
                  {"kind": "emergency", "phone": "112", "tel": "112",
                   "name": {"nl": "Noodnummer", "en": "Emergency number"},
                   "detail": {"nl": "Bij gevaar.", "en": "In danger."}}]}
    path = tmp_path / "lines.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    settings.CRISIS_LINES_FILE = str(path)
    settings.WAGENMENNER_COUNTRY = "BE"
    assert crisis_lines_check() == []
    shown = lines.crisis_lines("en")
    assert [line["name"] for line in shown["lines"]] == ["Suicide line 1813", "Emergency number"]
    assert not shown["needs_configuration"]


# --- checking a deployment's own file -------------------------------------------------

def good():
    return json.loads(json.dumps(DEFAULT))


@pytest.mark.parametrize("change, expected", [
    (lambda d: d["countries"]["NL"]["lines"][0].update(tel="11 3"), "'tel' must be digits only"),
    (lambda d: d["countries"]["NL"]["lines"][1].update(tel="08000114"), "not the same number"),
    (lambda d: d["countries"]["NL"]["lines"][0].pop("tel"), "go together"),
    (lambda d: d["countries"]["NL"]["lines"][2].update(url="http://www.113.nl"), "https://"),
    (lambda d: d["countries"]["NL"]["lines"].pop(3), "emergency number is missing"),
    (lambda d: d["countries"]["NL"]["lines"][5].update(kind="doctor"), "kind must be one of"),
    (lambda d: d["countries"]["NL"]["lines"][0]["name"].pop("en"), "no text in 'en'"),
    (lambda d: d["countries"]["NL"].update(lines=[]), "non-empty list"),
    (lambda d: d["countries"]["NL"]["intro"].update(nl=""), "'intro' has no text in 'nl'"),
    (lambda d: d["countries"].update(nl=d["countries"]["NL"]), "two-letter code"),
    (lambda d: d.pop("fallback"), "fallback: must be an object"),
    (lambda d: d.pop("countries"), "'countries'"),
])
def test_problems_names_what_is_wrong_in_a_lines_file(change, expected):
    data = good()
    change(data)
    assert any(expected in problem for problem in lines.problems(data)), lines.problems(data)


def test_the_system_check_refuses_a_file_with_a_wrong_number(tmp_path, settings):
    data = good()
    data["countries"]["NL"]["lines"][0]["tel"] = "1l3"
    path = tmp_path / "lines.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    settings.CRISIS_LINES_FILE = str(path)
    errors = crisis_lines_check()
    assert {(e.id, e.level) for e in errors} == {("safety.E002", checks.ERROR)}
    assert any("digits only" in e.msg for e in errors)


def test_the_system_check_refuses_a_missing_file(tmp_path, settings):
    settings.CRISIS_LINES_FILE = str(tmp_path / "nowhere.json")
    assert [e.id for e in crisis_lines_check()] == ["safety.E001"]


def test_the_system_check_refuses_a_country_that_is_not_a_code(settings):
    settings.WAGENMENNER_COUNTRY = "Nederland"
    assert [e.id for e in crisis_lines_check()] == ["safety.E003"]


def test_the_default_file_passes_the_system_check():
    assert crisis_lines_check() == []


def test_the_deploy_check_is_quiet_for_the_netherlands():
    assert crisis_lines_country_check() == []


def test_the_deploy_check_warns_for_a_country_without_lines(settings):
    settings.WAGENMENNER_COUNTRY = "FR"
    assert [(w.id, w.level) for w in crisis_lines_country_check()] == \
        [("safety.W001", checks.WARNING)]


# --- the crisis page ------------------------------------------------------------------

def test_crisis_page_works_logged_out_and_needs_no_script(client, db):
    html = client.get(reverse("safety:crisis")).content.decode()
    for href in ('href="tel:113"', 'href="tel:08000113"', 'href="https://www.113.nl"',
                 'href="tel:112"', 'href="tel:08002000"'):
        assert href in html
    assert "Huisarts of huisartsenpost" in html
    assert "Veilig Thuis" in html
    assert "onclick" not in html


def test_crisis_page_in_english_shows_the_dutch_lines_with_english_labels(client, db):
    client.cookies["__Host-wm_lang"] = "en"
    html = client.get(reverse("safety:crisis")).content.decode()
    assert 'href="tel:113"' in html and 'href="tel:112"' in html
    assert "113 Suicide Prevention" in html
    assert "These are the crisis lines in the Netherlands." in html
    assert "not-configured" not in html


NOTE = ("This installation has no crisis lines configured for its country yet. Call the emergency "
        "number of the country you are in (112 in the European Union), or your doctor.")


def test_without_lines_for_the_country_the_note_shows_on_the_page_the_card_and_the_footer(
        client_person, settings):
    settings.WAGENMENNER_COUNTRY = "FR"
    with translation.override("nl"):  # the person's language
        note = escape(gettext(NOTE))
    html = client_person.get(reverse("safety:crisis")).content.decode()
    main = html[:html.index('<footer class="foot">')]
    assert note in main and note in _footer(html)
    assert 'href="tel:113"' not in html and 'href="tel:112"' in html
    card_waits(client_person)
    html = client_person.get(reverse("home")).content.decode()
    card = html[html.index('id="crisis-card"'):html.index("</section>", html.index('id="crisis-card"'))]
    assert note in card


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
FOOTER_LINKS = ('href="tel:113"', 'href="tel:08000113"', 'href="tel:112"', 'href="tel:08002000"')


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
    for link in FOOTER_LINKS:
        assert link in footer
    assert _not_a_treatment() in footer


@pytest.mark.parametrize("name", PAGES)
def test_every_page_shows_the_crisis_lines_in_the_footer_logged_in(client_person, name):
    footer = _footer(_page_or_skip(client_person, name))
    for link in FOOTER_LINKS:
        assert link in footer
    assert _not_a_treatment() in footer


def test_a_person_who_chose_english_gets_the_countrys_lines_in_english_in_the_footer(
        client, stranger):
    client.force_login(stranger)
    footer = _footer(client.get(reverse("safety:plan")).content.decode())
    for link in FOOTER_LINKS:
        assert link in footer
    assert "113 Suicide Prevention" in footer
    assert "Zelfmoordpreventie" not in footer


def test_the_crisis_pages_and_my_pages_are_among_the_pages_checked():
    assert {"safety:crisis", "safety:plan", "safety:plan_edit", "selfcheck:take",
            "learn:index", "home"} <= set(PAGES)
