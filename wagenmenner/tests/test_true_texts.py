"""True texts: no Learn article and no interface string may name a tool the app lacks.

Every sentence of the articles (both languages, "in short" lines included), of the message
catalogues and of the self-check's own texts is read. A sentence names an app tool when it
holds a phrase of ``TOOLS``, or when it speaks of the app ("in de app", "the app") and of a
feature of ``APP_FEATURES``. Each such sentence must point to a URL name that resolves at
this commit. A sentence that says what the app does *not* do ("De app stelt geen diagnose")
names no tool.

Tools that are not built yet are listed with the URL name they are expected to get. Until
that name resolves, any text that names them fails here: whoever builds the tool gives it
that name (or corrects the name here), and may then write about it.
"""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import NoReverseMatch, reverse

from learn import library
from selfcheck import items

# A phrase that names a tool of the app -> the URL name of that tool (case-insensitive).
TOOLS = {
    r"\bcrisisknop|\bcrisis button": "safety:crisis",
    r"\bcrisiskaart|\bcrisis card": "safety:crisis",
    r"\bveiligheidsplan|\bsafety plan": "safety:plan",
    r"\beerdere versies? van (je|mijn) (veiligheids)?plan|\bearlier versions? of (your|my) (safety )?plan":
        "safety:plan_history",
    r"\bde rit\b|\bthe ride\b": "rides:start",
    r"\bde teugels\b|\bthe reins\b": "rides:quick",
    r"\btime-?out-?timer": "rides:start",
    r"\bterugblik\b|\blook-back\b": "rides:history",
    r"\bmetingen\b|\bmeetmomenten\b|\bcheck-ins\b": "checkins:checkin",
    r"\bweekoverzicht|\bweekly review": "insights:week",
    r"\bbezigheid volgen|\btrack(ing)? (a |your )?pursuits?": "insights:pursuits",
    r"\bzelftest\b|\bself-check\b": "selfcheck:take",
    r"\bescalaties? (bij|vast)|\blog(ged)? an escalation": "people:escalations",
    # Tools that other issues built (people, sharing): named by their pages.
    r"\boverzicht van wederkerigheid|\breciprocity ledger|\bwederkerigheidsoverzicht":
        "people:ledger",
    r"\binzage wordt vastgelegd|\baccess is logged|\btoegangslog|\baccess log\b|\bwie zag wat\b"
    r"|\bwho saw what\b": "sharing:access_log",
    r"\btime-out start|\bstart a time-out|\btime-out starten": "timeouts:overview",
}
# Speaking of the app, one of these names a feature of it.
APP = r"\b(de app|deze app|in de app|the app|this app|in the app)\b"
APP_FEATURES = {
    r"\bwederkerig|\breciproc": "people:ledger",
    r"\bvertrouwensexperiment|\btrust experiment": "people:trust",
    r"\bsignaleringsplan|\bwarning plan|\bfase\b|\bphase\b": "warningplan:plan",
    r"\btime-?out(?!-?timer)": "timeouts:overview",
    r"\blogboek|\bown log\b|\beigen,? (afgeschermde )?(deel|ruimte)|\bown (private )?(part|space)\b":
        "partner:log",
    r"\bdeelt\b|\bgedeeld|\bshares? (it|them|this|that)?\s?with\b|\bshared with\b|\btoestemming"
    r"|\bconsent": "sharing:index",
    r"\bhulpverlener ziet|\btherapist sees": "sharing:index",
}
NEGATION = r"\b(niet|niets|geen|niemand|nooit|not|nothing|no one|never|no)\b"
# The sentences this test was written against (issue 11), with the tool each one names: the
# test must recognise them, whether or not the tool exists by now.
FORMER_CLAIMS = {
    "Daarvoor is het overzicht van wederkerigheid in de app.": "people:ledger",
    "In je eigen ruimte in de app houd je een logboek bij: wat er met jou gebeurde.":
        "partner:log",
    "Als je partner dat deelt, zie je in de app welke fase de laatste meting aangeeft.":
        "warningplan:plan",
    "In de app kunnen jullie allebei een time-out starten; de ander ziet het.": "timeouts:overview",
    "Elke inzage wordt vastgelegd.": "sharing:access_log",
    "In your own private part of the app you can keep track of what happens to you.":
        "partner:log",
    "That is what the reciprocity ledger in the app is for.": "people:ledger",
    "In the app either of you can start a time-out; the other sees it.": "timeouts:overview",
    "Every access is logged.": "sharing:access_log",
}


def sentences(text):
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        sentence = sentence.strip()
        if sentence:
            yield sentence


def tools_named(sentence) -> set[str]:
    found = {name for pattern, name in TOOLS.items() if re.search(pattern, sentence, re.I)}
    if re.search(APP, sentence, re.I) and not re.search(NEGATION, sentence, re.I):
        found |= {name for pattern, name in APP_FEATURES.items()
                  if re.search(pattern, sentence, re.I)}
    return found


def _catalogue_texts():
    """Interface strings: the Dutch translations and the English originals."""
    for language, field in (("nl", "msgstr"), ("en", "msgid")):
        po = Path(settings.BASE_DIR, "locale", language, "LC_MESSAGES", "django.po")
        text = po.read_text(encoding="utf-8")
        for block in text.split("\n\n")[1:]:
            parts = re.findall(rf'^{field}(?:\[\d\])? "(.*)"\n((?:".*"\n?)*)', block, re.M)
            for first, rest in parts:
                value = first + "".join(re.findall(r'^"(.*)"', rest, re.M))
                if value:
                    yield f"{language} catalogue", value.replace('\\"', '"')


def _all_texts():
    for article in [*library.articles("nl"), *library.articles("en")]:
        where = f"learn/{article.slug}.{article.language}"
        yield where, article.summary
        yield from ((where, line) for line in article.in_short)
        body = article.html[: len(article.html) - len(article.sources_html)]
        yield where, re.sub(r"<[^>]+>", " ", body)
    yield from _catalogue_texts()
    for dimension in items.DIMENSIONS:
        for field in ("description", "start_with"):
            for language, text in getattr(dimension, field).items():
                yield f"selfcheck {dimension.key} {field} {language}", text
    for language in items.LANGUAGES:
        yield "selfcheck disclaimer", items.DISCLAIMER[language]
        yield "selfcheck scoring", items.SCORING[language]


def _resolves(name) -> bool:
    try:
        reverse(name)
    except NoReverseMatch as exc:
        # A name that needs arguments exists; an unknown name or namespace does not.
        return not re.search(r"not a valid view function|not a registered namespace", str(exc))
    return True


def tool_sentences():
    """(where, sentence, url names) for every sentence that names an app tool."""
    return [(where, s, named) for where, text in _all_texts() for s in sentences(text)
            if (named := tools_named(s))]


def test_every_sentence_that_names_an_app_tool_names_one_that_exists(db):
    listed = tool_sentences()
    assert len(listed) > 100  # the articles speak of the ride, the plan, check-ins...
    missing = [f"{where}: “{s}” → {sorted(n for n in named if not _resolves(n))}"
               for where, s, named in listed if not all(_resolves(n) for n in named)]
    assert missing == [], "\n".join(missing)


@pytest.mark.parametrize("claim, tool", FORMER_CLAIMS.items())
def test_the_claims_that_were_untrue_are_recognised_with_the_tool_they_name(claim, tool):
    assert tool in tools_named(claim)


def test_a_claim_about_a_tool_that_does_not_exist_fails():
    # A claim is recognised, and a tool is checked by its page existing.
    assert "timeouts:overview" in tools_named(
        "In de app kunnen jullie allebei een time-out starten.")
    assert _resolves("timeouts:overview") and not _resolves("people:no_such_tool")


def test_saying_what_the_app_does_not_do_names_no_tool():
    assert tools_named("De app deelt op dit moment niets met hulpverleners.") == set()
    assert tools_named("The app makes no diagnosis and alerts no one.") == set()


def test_the_dutch_interface_says_metingen_for_check_ins():
    """One Dutch word for check-ins: *metingen* (a scheduled moment is a *meetmoment*)."""
    dutch = [(where, text) for where, text in _all_texts()
             if where.startswith(("nl ", "learn/")) and not where.endswith(".en")
             or where.endswith(" nl")]
    found = [f"{where}: {text[:80]}" for where, text in dutch
             if re.search(r"check-?ins?\b|inchecken", text, re.I)]
    assert found == []
