"""The Learn library: the articles themselves (METHOD.md 4.9) and their safe rendering."""

import re

import pytest

from learn import library

NL = {a.slug: a for a in library.articles("nl")}
EN = {a.slug: a for a in library.articles("en")}
ALL = [*NL.values(), *EN.values()]


def ids(articles):
    return [f"{a.slug}.{a.language}" for a in articles]


@pytest.mark.parametrize("language", library.LANGUAGES)
def test_there_are_at_least_13_articles_in_each_language(language):
    assert len(library.articles(language)) >= 13


def test_every_dutch_article_has_an_english_twin_with_the_same_slug():
    assert set(NL) == set(EN)


def test_the_topics_of_the_method_are_all_there():
    assert {"hechting-en-patronen", "hechtingshandicap", "altijd-alert-dan-uitgeput",
            "drive-en-like", "grenzeloos-en-niet-wederkerig", "buitenproportioneel",
            "ambivalentie", "de-wagenmenner", "discipline", "te-goeder-trouw",
            "regels-en-stappenplan", "leven-met-een-partner", "voor-hulpverleners"} <= set(NL)


@pytest.mark.parametrize("article", ALL, ids=ids(ALL))
def test_every_article_has_600_to_1200_words_before_its_sources(article):
    assert 600 <= article.body_words <= 1200


@pytest.mark.parametrize("article", ALL, ids=ids(ALL))
def test_every_article_ends_with_a_sources_section(article):
    heading = library.SOURCES_HEADING[article.language]
    sources = article.sources_html
    assert sources.startswith(f"<h2>{heading}</h2>")
    # Only the list of sources follows the heading, with at least two entries.
    rest = sources[len(f"<h2>{heading}</h2>"):].strip()
    assert re.fullmatch(r"<ul>.*</ul>", rest, flags=re.S)
    assert rest.count("<li>") >= 2
    assert "<h2>" not in rest


@pytest.mark.parametrize("article", ALL, ids=ids(ALL))
def test_every_article_has_a_title_and_a_summary(article):
    assert article.title and article.title != article.slug
    assert article.summary


def test_twins_share_order_and_echoes():
    for slug, nl in NL.items():
        assert (nl.order, nl.echoes) == (EN[slug].order, EN[slug].echoes)


def test_a_script_in_markdown_is_removed(tmp_path):
    path = tmp_path / "gevaarlijk.en.md"
    path.write_text(
        "---\ntitle: Test\n---\n\nHello <script>alert('x')</script> there.\n\n"
        '<img src=x onerror="alert(1)">\n\n[click](javascript:alert(1))\n\n'
        '<a href="https://example.org" onclick="alert(1)">ok</a>\n', encoding="utf-8")
    article = library.parse(path)
    assert "<script" not in article.html
    assert "alert('x')" not in article.html
    assert "onerror" not in article.html and "onclick" not in article.html
    assert "<img" not in article.html
    assert "javascript:" not in article.html
    assert '<a href="https://example.org"' in article.html


def test_search_finds_an_article_by_a_word_in_its_body():
    # "Zarathustra" occurs only in the body and sources of the discipline article.
    assert "Zarathustra" not in NL["discipline"].summary
    assert "discipline" in [a.slug for a in library.search("zarathustra", "nl")]
    assert "discipline" in [a.slug for a in library.search("Zarathustra", "en")]


def test_search_needs_every_word_and_finds_nothing_for_nonsense():
    assert library.search("xyzzy plugh", "nl") == []
    both = library.search("Berridge Robinson", "en")
    assert "drive-en-like" in [a.slug for a in both]


def test_an_empty_search_lists_every_article():
    assert library.search("   ", "en") == library.articles("en")


def test_an_unknown_slug_gives_none():
    assert library.article("bestaat-niet", "nl") is None


# Phone numbers in the articles are not configuration: a change must be deliberate, here and
# in safety/crisis_lines.json together (docs/safety/hazard-log.md, HAZ-03).
ARTICLE_NUMBERS = {"113", "112", "0800-0113", "0800-2000"}  # 0800-2000: Veilig Thuis
PHONE_LIKE = re.compile(r"(?<![\w.-])(?:0800-?\d{4}|11\d|0\d{1,3}-\d{6,8}|06-?\d{8})(?![\w-])")


def body_text(article):
    """The article and its "in short" lines without its sources (where page numbers look
    like short numbers)."""
    body = article.html[: len(article.html) - len(article.sources_html)]
    return " ".join(article.in_short) + " " + re.sub(r"<[^>]+>", " ", body)


def test_the_phone_numbers_in_the_articles_are_exactly_the_known_ones():
    found = {m.group(0) for a in ALL for m in PHONE_LIKE.finditer(body_text(a))}
    assert found == ARTICLE_NUMBERS


def test_the_crisis_numbers_in_the_articles_match_the_configured_dutch_lines():
    from safety.lines import crisis_lines

    configured = {line.get("phone") for line in crisis_lines("nl")["lines"]}
    assert ARTICLE_NUMBERS <= configured


@pytest.mark.parametrize("article", ALL, ids=ids(ALL))
def test_every_article_opens_with_three_lines_in_short(article):
    assert len(article.in_short) == 3
    for line in article.in_short:
        assert 6 <= len(line.split()) <= 30, line
        assert line[-1] in ".!?", line


def test_the_new_article_on_what_else_it_could_be_advises_a_check_with_sources():
    for language, check in (("nl", "huisarts"), ("en", "GP")):
        article = library.article("wat-het-ook-kan-zijn", language)
        assert article.language == language
        assert check in article.text and "psycholo" in article.text
        for condition in {"nl": ("ADHD", "bipolaire", "Depressie", "PTSS", "Autisme",
                                 "Verslaving"),
                          "en": ("ADHD", "Bipolar", "Depression", "PTSD", "Autism",
                                 "Addiction")}[language]:
            assert condition in article.text, condition
        assert article.sources_html.count("<li>") >= 5
        assert "geen diagnose" in article.text or "no diagnosis" in article.text


def test_every_link_in_an_article_to_the_app_leads_to_a_page_that_exists():
    """An article that mentions a tool links to it, and a link never points at a tool the
    app does not have (yet)."""
    import re

    from django.urls import Resolver404, resolve

    for article in library.all_articles().values():
        for href in re.findall(r'href="(/[^"]*)"', article.html):
            try:
                resolve(href)
            except Resolver404:
                raise AssertionError(f"{article.slug}.{article.language}: {href}") from None


def test_articles_about_the_tools_link_to_them():
    expected = {"grenzeloos-en-niet-wederkerig": "/mensen/", "ambivalentie": "/mensen/vertrouwen/",
                "altijd-alert-dan-uitgeput": "/signaleringsplan/",
                "regels-en-stappenplan": "/time-out/", "leven-met-een-partner": "/time-out/afspraak/"}
    for slug, href in expected.items():
        for language in library.LANGUAGES:
            assert f'href="{href}"' in library.article(slug, language).html, (slug, language)
