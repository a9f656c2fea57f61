"""Tests for safety.detector: the crisis-language safety net (METHOD.md 4.7).

The table below is the specification. To add a phrase, add a row here and a
pattern to ``_RULE_TABLE`` in ``safety/detector.py``. Rows marked "accepted"
are judgement calls that the module docstring and
docs/safety/crisis-detector.md explain.
"""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safety.detector import (
    RULES,
    CrisisMatch,
    _normalise,
    _Scanner,
    detect_crisis,
    find_crisis_phrases,
)

# (language, text, expected)
NL_ROWS = [
    # --- suicide words, spellings, compounds
    ("nl", "Ik denk aan zelfmoord.", True),
    ("nl", "zelfmoordgedachten", True),
    ("nl", "Vannacht had ik weer zelfmoordgedachten.", True),
    ("nl", "Ik denk NIET aan zelfmoord hoor.", True),  # accepted: negation still shows the card
    ("nl", "zelf moord", True),
    ("nl", "Ik overweeg zelf-moord.", True),
    ("nl", "ik dacht aan zelfmoort", True),
    ("nl", "zelmoord pleggen", True),
    ("nl", "Ik ben suïcidaal.", True),
    ("nl", "ik ben suicidaal", True),
    ("nl", "SUÏCIDALE GEDACHTEN", True),
    ("nl", "Ze heeft vorig jaar een suïcidepoging gedaan.", True),
    ("nl", "Ik heb gedachten aan zelfdoding.", True),
    ("nl", "zelf doding", True),
    ("nl", "Ik ben levensmoe.", True),
    ("nl", "Mijn therapeut vroeg naar mijn doodswens.", True),
    ("nl", "Hij pleegde suïcide.", True),
    ("nl", "de deadline is zelfmoord", True),  # accepted false alarm: figurative bare word
    # --- wanting to be dead
    ("nl", "Ik wil dood.", True),
    ("nl", "ik wil gewoon dood", True),
    ("nl", "Soms wil ik echt dood zijn.", True),
    ("nl", "Ik wil sterven.", True),
    ("nl", "Ik wil niet meer leven.", True),
    ("nl", "Ik wil er niet meer zijn.", True),
    ("nl", "Was ik maar dood.", True),
    ("nl", "Ik wou dat ik dood was.", True),
    ("nl", "Ik ben liever dood dan levend.", True),
    ("nl", "Ik wil gewoon gaan slapen en niet meer wakker worden.", True),
    ("nl", "Ik hoop dat ik morgen niet meer wakker word.", True),
    # --- ending one's life
    ("nl", "Ik wil er een eind aan maken.", True),
    ("nl", "Ik wil er een einde aan maken.", True),
    ("nl", "Vanavond maak ik er een eind aan.", True),
    ("nl", "Soms denk ik dat ik er een eind aan wil maken.", True),
    ("nl", "Als ik er een einde aan zou kunnen maken, deed ik het.", True),
    ("nl", "Ik denk erover om een einde aan mijn leven te maken.", True),
    ("nl", "Mijn buurman is uit het leven gestapt.", True),  # someone else: accepted
    ("nl", "Hij heeft zich van het leven beroofd.", True),
    # --- reflexive verbs and methods
    ("nl", "Ik denk erover mezelf op te hangen.", True),
    ("nl", "Ik ga me ophangen.", True),
    ("nl", "Ik wil mezelf van kant maken.", True),
    ("nl", "Ik ben bang dat ik mezelf iets aandoe.", True),
    ("nl", "Ik wil voor de trein springen.", True),
    ("nl", "Ik gooi me voor de trein.", True),
    ("nl", "Ik wil van het dak springen.", True),
    ("nl", "Ik wil uit het raam springen.", True),
    ("nl", "Ik heb een zelfmoordplan gemaakt.", True),
    ("nl", "Ik wil alle pillen tegelijk slikken.", True),
    ("nl", "Ik wil pillen slikken om dood te gaan.", True),
    ("nl", "Ik spaar mijn pillen op.", True),
    ("nl", "Ik wil opzettelijk een overdosis nemen.", True),
    # --- indirect phrasings
    ("nl", "Ik zie het niet meer zitten.", True),
    ("nl", "Ik zie het echt niet meer zitten met alles.", True),
    ("nl", "Iedereen is beter af zonder mij.", True),
    ("nl", "Het leven heeft geen zin meer.", True),
    ("nl", "Ik heb geen reden meer om te leven.", True),
    ("nl", "Ik denk soms dat de wereld beter af is zonder mij.", True),
    ("nl", "Niemand zou me missen.", True),
    ("nl", "Ik ben klaar met het leven.", True),
    ("nl", "Het heeft allemaal geen zin meer.", True),
    ("nl", "Ik wil niet meer verder leven.", True),
    # --- negatives: hyperbole, ordinary talk about death, slang
    ("nl", "dodelijk saai", False),
    ("nl", "Die film was dodelijk saai, ik viel in slaap.", False),
    ("nl", "Ik ga dood van de hitte vandaag.", False),
    ("nl", "Ik ga dood van de honger, wanneer eten we?", False),
    ("nl", "We gaan dood van de kou, de verwarming is stuk.", False),
    ("nl", "Ik lach me dood om die video.", False),
    ("nl", "Ik schrok me dood toen de deur dichtklapte.", False),
    ("nl", "Ik verveel me dood in deze wachtkamer.", False),
    ("nl", "Ik schaam me dood voor wat ik zei.", False),
    ("nl", "Ik werk me dood deze week.", False),
    ("nl", "Ik ben doodmoe na die dienst.", False),
    ("nl", "Mijn telefoon is dood, batterij leeg.", False),
    ("nl", "De plant op mijn bureau is dood.", False),
    ("nl", "Mijn opa werd niet meer wakker; hij is vredig overleden.", False),
    ("nl", "Ik kan hem wel vermoorden, hij heeft mijn fiets weer geleend.", False),
    ("nl", "Als je dat nog één keer doet, maak ik je dood!", False),
    ("nl", "Het was moordweer op het strand.", False),
    ("nl", "In de film vermoordt de butler drie gasten.", False),
    ("nl", "De keeper maakte een zelfmoordactie door uit zijn doel te komen.", False),
    ("nl", "Dat is politieke zelfmoord voor die partij.", False),
    ("nl", "Op het nieuws: een zelfmoordaanslag in de hoofdstad.", False),
    ("nl", "Ik moet nog mijn pillen slikken voor het slapen.", False),
    ("nl", "Ik heb al mijn pillen genomen vandaag.", False),
    ("nl", "Pillen slikken om te kunnen slapen helpt niet echt.", False),
    ("nl", "We sprongen van de brug het water in, heerlijk.", False),
    ("nl", "Ik moest rennen voor de trein en haalde hem net.", False),
    ("nl", "Ik zie het wel weer zitten na dat gesprek.", False),
    ("nl", "Ik wil niet meer in Utrecht wonen.", False),
    ("nl", "Ik kan niet meer zitten, mijn rug doet pijn.", False),
    ("nl", "Ik hang me jas op en ga zitten.", False),
    ("nl", "Hij bracht me om acht uur naar het station.", False),
    ("nl", "Ik schiet mezelf in de voet met die planning.", False),
    ("nl", "Een overdosis suiker op dat verjaardagsfeest.", False),
    ("nl", "Ik heb geen zin meer in dit project.", False),
    ("nl", "Het heeft geen zin meer om te bellen, ze zijn al dicht.", False),
    ("nl", "Het is een doodlopende weg.", False),
    ("nl", "Ik maak me zorgen over mijn moeder.", False),
    ("nl", "Ik ga niet mee, want die film is eng.", False),
    ("nl", "Ik hoop dat de baby vannacht niet meer wakker wordt.", False),
    ("nl", "Ik moest onder de auto liggen om de uitlaat te repareren.", False),
]

EN_ROWS = [
    # --- suicide words and spellings
    ("en", "I'm thinking about suicide.", True),
    ("en", "I've been having suicidal thoughts again.", True),
    ("en", "I feel suicidal tonight.", True),
    ("en", "I am NOT suicidal, just tired.", True),  # accepted: negation still shows the card
    ("en", "sucide", True),
    ("en", "i'm so sucidal rn", True),
    ("en", "thinking about suiside", True),
    ("en", "su1c1de", True),
    ("en", "The news said a student died by suicide.", True),  # someone else: accepted
    ("en", "Suicide runs in my family.", True),
    # --- euphemisms
    ("en", "kms", True),
    ("en", "honestly i might just kms lol", True),
    ("en", "I want to unalive myself.", True),
    ("en", "thinking about sewer slide", True),
    # --- killing oneself
    ("en", "I want to kill myself.", True),
    ("en", "I want to kill my self.", True),
    ("en", "I keep thinking about killing myself.", True),
    ("en", "He killed himself last year.", True),  # someone else: accepted
    ("en", "I want to hang myself.", True),
    ("en", "I'm going to off myself.", True),
    ("en", "I thought about slitting my wrists.", True),
    # --- wanting to die
    ("en", "I want to die.", True),
    ("en", "I just wanna die.", True),
    ("en", "Sometimes I want to just die.", True),
    ("en", "I wanted to die after the fight.", True),
    ("en", "I wish I was dead.", True),
    ("en", "I wish I'd never been born.", True),
    ("en", "I'd be better off dead.", True),
    ("en", "I want to go to sleep and never wake up.", True),
    ("en", "I don’t want to wake up tomorrow.", True),
    # --- ending one's life
    ("en", "I want to end it all.", True),
    ("en", "I'm going to end my life.", True),
    ("en", "I'm thinking of taking my own life.", True),
    ("en", "He took his life in 2019.", True),  # someone else: accepted
    # --- indirect phrasings
    ("en", "Everyone would be better off without me.", True),
    ("en", "There's no reason to live.", True),
    ("en", "I have nothing to live for.", True),
    ("en", "I don't want to be here anymore.", True),
    ("en", "I dont want to live anymore.", True),
    ("en", "I don't want to be alive.", True),
    ("en", "Life isn't worth living.", True),
    ("en", "I can't go on living like this.", True),
    ("en", "I'm tired of living.", True),
    ("en", "Nobody would miss me if I was gone.", True),
    ("en", "I wish I wasn't alive.", True),
    ("en", "I'm not going to be around much longer.", True),
    # --- methods
    ("en", "I'm going to overdose on purpose.", True),
    ("en", "I've been saving up my pills.", True),
    ("en", "I've been stockpiling pills.", True),
    ("en", "I want to take the whole bottle.", True),
    ("en", "I'll jump off the bridge tonight.", True),
    ("en", "Sometimes I want to jump in front of a train.", True),
    ("en", "I'll put a bullet in my head.", True),
    # --- negatives: hyperbole, ordinary talk about death, slang
    ("en", "This lecture is killing me.", False),
    ("en", "I could kill for a coffee right now.", False),
    ("en", "I'm dying to see the new film.", False),
    ("en", "I almost died laughing at that meme.", False),
    ("en", "My phone died halfway through the call.", False),
    ("en", "I'm dead tired after the night shift.", False),
    ("en", "My mum will kill me if I'm late again.", False),
    ("en", "That joke killed me.", False),
    ("en", "I was killing myself laughing.", False),
    ("en", "The film is about a detective hunting a serial killer.", False),
    ("en", "In the movie the villain gets killed in the last scene.", False),
    ("en", "We watched Suicide Squad last night.", False),
    ("en", "Skipping the vote would be political suicide.", False),
    ("en", "Posting that online was career suicide.", False),
    ("en", "That suicide mission of a project is finally done.", False),
    ("en", "The old car has suicide doors.", False),
    ("en", "Kill the lights when you leave.", False),
    ("en", "I'm just killing time before the appointment.", False),
    ("en", "My grandfather died last spring.", False),
    ("en", "I'd rather die than eat that again.", False),
    ("en", "I'd rather be dead than be seen in those shoes.", False),
    ("en", "I'll die on this hill.", False),
    ("en", "I don't want to live in London anymore.", False),
    ("en", "I took all my pills this morning as prescribed.", False),
    ("en", "I need to take my pills to sleep.", False),
    ("en", "We jumped off the bridge into the lake, best summer ever.", False),
    ("en", "I hope I don't wake up the baby.", False),
    ("en", "I shot myself in the foot with that deadline.", False),
    ("en", "I'm going to overdose on coffee today.", False),
    ("en", "Drove 300 kms today.", False),
    ("en", "The deadline is a killer.", False),
    ("en", "I stepped off the bus and walked home.", False),
    ("en", "I'm taking my life back after the divorce.", False),
    ("en", "Life is worth living again.", False),
    ("en", "I drown myself in work to avoid feeling things.", False),
    ("en", "I wanted to die of embarrassment.", False),
    ("en", "I had to lie down under the car to fix the exhaust.", False),
    ("en", "There's no point living in this expensive city.", False),
    ("en", "I'm tired of life in the big city, let's move.", False),
]

ROWS = NL_ROWS + EN_ROWS


def _row_id(row):
    language, text, expected = row
    return f"{language}-{'pos' if expected else 'neg'}-{text[:40]}"


@pytest.mark.parametrize(("language", "text", "expected"), ROWS, ids=[_row_id(r) for r in ROWS])
def test_phrase_table(language, text, expected):
    matches = find_crisis_phrases(text)
    assert detect_crisis(text) is expected, matches
    assert bool(matches) is expected


@pytest.mark.parametrize(("language", "rows"), [("nl", NL_ROWS), ("en", EN_ROWS)], ids=["nl", "en"])
def test_table_is_big_and_mixed_enough(language, rows):
    assert all(row[0] == language for row in rows)
    positives = sum(1 for _, _, expected in rows if expected)
    negatives = len(rows) - positives
    assert len(rows) >= 60
    assert positives >= 35
    assert negatives >= 25
    assert len({text for _, text, _ in rows}) == len(rows), "duplicate rows"


def test_every_rule_is_exercised_by_a_positive_row():
    fired = {m.rule for _, text, expected in ROWS if expected for m in find_crisis_phrases(text)}
    assert fired == {rule.id for rule in RULES}


def test_rule_ids_are_stable_and_unique():
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))
    for rule in RULES:
        assert re.fullmatch(r"(nl|en)\.[a-z_]+", rule.id)
        assert rule.id.startswith(rule.language + ".")


# --------------------------------------------------------------- offsets


def test_match_reports_rule_language_and_offsets():
    text = "Gisteren dacht ik aan zelfmoord."
    (match,) = find_crisis_phrases(text)
    assert match == CrisisMatch(
        rule="nl.suicide_word",
        language="nl",
        start=text.index("zelfmoord"),
        end=text.index("zelfmoord") + len("zelfmoord"),
        excerpt="zelfmoord",
    )


def test_match_is_frozen():
    (match,) = find_crisis_phrases("I want to die")
    with pytest.raises(AttributeError):
        match.start = 0


def test_several_matches_come_in_text_order_without_overlap():
    text = "I want to die. Ik wil er een eind aan maken. And I feel suicidal."
    matches = find_crisis_phrases(text)
    assert [m.rule for m in matches] == ["en.want_die", "nl.end_life", "en.suicide_word"]
    assert [m.language for m in matches] == ["en", "nl", "en"]
    for earlier, later in zip(matches, matches[1:], strict=False):
        assert earlier.end <= later.start
    for m in matches:
        assert text[m.start : m.end] == m.excerpt


def test_longest_match_wins_at_the_same_position():
    (match,) = find_crisis_phrases("ik wil dood zijn")
    assert match.excerpt == "wil dood zijn"


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Ik ben SUÏCIDAAL.", "SUÏCIDAAL"),
        # decomposed: i + combining diaeresis
        ("Ik ben sui\u0308cidaal.", "sui\u0308cidaal"),
        # a trailing combining accent belongs to the excerpt
        ("een suicide\u0301 gedachte", "suicide\u0301"),
        ("zelf\u00admoord", "zelf\u00admoord"),  # soft hyphen
        ("zelf\u200bmoord", "zelf\u200bmoord"),  # zero-width space
        ("Straße, Größe. I want to die.", "want to die"),  # ß folds to ss: offsets shift
        ("ĳs. Ik wil dood.", "wil dood"),  # the ĳ ligature folds to two letters
        ("I don\u2019t want to live anymore", "don\u2019t want to live"),
        ("ik\u00a0wil\u00a0dood", "wil\u00a0dood"),  # no-break spaces
    ],
)
def test_excerpt_is_a_slice_of_the_original_text(text, excerpt):
    (match,) = find_crisis_phrases(text)
    assert match.excerpt == excerpt
    assert text[match.start : match.end] == excerpt


# ----------------------------------------------- spelling and spacing variants


@pytest.mark.parametrize(
    "text",
    [
        "ZELFMOORD",
        "ZeLfMoOrD",
        "zelf  moord",
        "zelf\nmoord",
        "zelf\tmoord",
        "zelf-moord",
        "zelfmoort",
        "zelfmord",
        "suïcide",
        "suicide",
        "Suïcidaal",
        "suicidaal",
        "sucide",
        "suiside",
        "suïcidaliteit",
        "ik  wil\n\ndood",
        "ik wil er  een   eind aan maken",
        "I   want\nto die",
        "kill my self",
        "kill myself",
        "KILL MYSELF",
        "killing my-self",
        "unalive",
        "un-alive",
        "sewerslide",
        "Iedereen is beter af zonder me",
        "everyone is better off without me",
    ],
)
def test_spelling_case_and_spacing_variants(text):
    assert detect_crisis(text)


# ---------------------------------------------------------- empty and types


@pytest.mark.parametrize("text", [None, "", " ", "\n\t  \u00a0"])
def test_empty_none_and_whitespace_are_safe(text):
    assert detect_crisis(text) is False
    assert find_crisis_phrases(text) == []


@pytest.mark.parametrize("value", [42, b"zelfmoord", ["suicide"]])
def test_non_text_raises_type_error(value):
    with pytest.raises(TypeError):
        detect_crisis(value)
    with pytest.raises(TypeError):
        find_crisis_phrases(value)


# --------------------------------------------------------------- performance


def _diary_text(size: int) -> str:
    # Ordinary notes in both languages, full of anchor words (dood, leven,
    # zelf, die, life, pills, bus) but without a crisis phrase.
    paragraph = (
        "Vandaag was een zware dag. Ik heb het gevoel dat ik het zelf niet meer weet, "
        "en mijn leven draait om werk. Die collega zei dat ik te veel wil. Het is "
        "dodelijk saai op kantoor, ik ga dood van verveling. Ik zie het wel weer "
        "zitten als ik met de auto of de bus naar huis ga. Mijn medicatie heb ik "
        "genomen, de pillen voor de nacht ook. Ik wil morgen iets leuks doen met "
        "mezelf. I was dying to see it, the film about the killer; I could kill for "
        "a coffee. My life is busy, I live in town and it is worth it. I don't want "
        "to live in London anymore. We walked under the bridge. Café crème, naïef, "
        "een beëindigd contract. "
    )
    return (paragraph * (size // len(paragraph) + 1))[:size]


def _timed(func, text) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        func(text)
        best = min(best, time.perf_counter() - started)
    return best


@pytest.mark.parametrize("where", ["start", "end", "nowhere"])
def test_100_kb_of_text_is_checked_quickly(where):
    text = _diary_text(100_000)
    phrase = " Ik wil er een eind aan maken. "
    if where == "start":
        text = phrase + text
    elif where == "end":
        text = text + phrase
    assert detect_crisis(text) is (where != "nowhere")
    # Loose bounds so that slow CI machines pass; on a laptop both take a
    # few milliseconds to a few tens of milliseconds.
    assert _timed(detect_crisis, text) < 0.5
    assert _timed(find_crisis_phrases, text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "a" * 100_000,
        "zelf " * 20_000,
        "ik wil " * 15_000,
        "ik wil er een " * 8_000,
        "wish i " * 15_000,
        "want just " * 10_000,
        "no " * 30_000,
        "sui" * 33_000,
        "su1c1" * 20_000,
        "kill my " * 12_000,
        "van de brug " * 9_000,
        "dood leven zelf wakker eind die dead life live zitten " * 2_000,
        "kms " * 25_000,  # 25,000 matches
        "suicide squad " * 7_000,  # 7,000 matches that are all figurative
        "Ik wil dood. " * 7_000,
        "." * 100_000,
        " " * 100_000,
        "\u0308" * 100_000,  # only combining marks: the slow normalisation path
        "ß" * 50_000,
        "é" * 100_000,
    ],
    ids=lambda t: repr(t[:12]),
)
def test_adversarial_input_does_not_backtrack(text):
    # Catastrophic backtracking would take seconds to hours; these take
    # milliseconds to a few hundred milliseconds. The bound grows with how busy the
    # machine is right now (a fixed loop takes about 15 ms on an idle one), so a
    # shared machine under load does not fail it at random.
    slowdown = max(1.0, _timed(lambda n: sum(range(n)), 10**6) / 0.015)
    assert _timed(find_crisis_phrases, text) < 2.0 * slowdown


def test_figurative_uses_are_dropped_in_long_texts_too():
    # The first matches are checked against figurative expressions in their
    # own sentence; after that, against a list built for the whole text.
    text = "I want to die. " * 20 + "We watched Suicide Squad. Ik lach me dood. " * 3
    matches = find_crisis_phrases(text)
    assert len(matches) == 20
    assert all(m.excerpt == "want to die" for m in matches)


# -------------------------------------------------------------- properties

HARMLESS_WORDS = [
    "koffie", "fiets", "regen", "werk", "vergadering", "moe", "blij", "trein",
    "vertraging", "boodschappen", "koken", "wandelen", "hond", "kat", "boos",
    "coffee", "bike", "rain", "work", "meeting", "tired", "happy", "train",
    "delay", "groceries", "cooking", "walk", "dog", "cat", "angry", "today",
    "ik", "je", "wij", "I", "you", "we", "and", "en", "de", "the", "een", "a",
    "ben", "am", "heb", "have", "was", "morgen", "tomorrow", "goed", "good",
]  # fmt: skip
SEPARATORS = [" ", "  ", "\n", ", ", ". ", "! ", "? ", " - ", "\u00a0", "\u2019"]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=500))
def test_any_text_gives_a_bool_and_consistent_matches(text):
    result = detect_crisis(text)
    assert isinstance(result, bool)
    matches = find_crisis_phrases(text)
    assert result is bool(matches)
    last_end = 0
    for m in matches:
        assert 0 <= last_end <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.excerpt
        assert m.language in {"nl", "en"}
        last_end = m.end


@settings(max_examples=300)
@given(
    st.lists(
        st.tuples(st.sampled_from(HARMLESS_WORDS), st.sampled_from(SEPARATORS)),
        max_size=80,
    ),
    st.booleans(),
)
def test_text_without_trigger_words_is_never_flagged(pieces, upper):
    text = "".join(word + sep for word, sep in pieces)
    if upper:
        text = text.upper()
    assert detect_crisis(text) is False
    assert find_crisis_phrases(text) == []


@settings(max_examples=200)
@given(
    st.lists(st.sampled_from(HARMLESS_WORDS), max_size=30),
    st.sampled_from([text for _, text, expected in ROWS if expected]),
    st.lists(st.sampled_from(HARMLESS_WORDS), max_size=30),
)
def test_a_trigger_is_found_anywhere_in_harmless_text(before, phrase, after):
    prefix = " ".join(before) + ". " if before else ""
    text = prefix + phrase + " " + " ".join(after)
    assert detect_crisis(text)
    assert any(m.start >= len(prefix) for m in find_crisis_phrases(text))


# ------------------------------------------------------------------ anchors


def _all_raw_matches(text, *, gated):
    normalised, _ = _normalise(text)
    return {(s, e, rule.id) for s, e, rule in _Scanner(normalised, gated=gated).raw_matches()}


@pytest.mark.parametrize(("language", "text", "expected"), ROWS, ids=[_row_id(r) for r in ROWS])
def test_anchors_never_hide_a_match(language, text, expected):
    # Every pattern lists anchor words that any of its matches contains;
    # scanning only around the anchors must find exactly what a full scan
    # finds. A wrong anchor list shows up here as a missing match.
    assert _all_raw_matches(text, gated=True) == _all_raw_matches(text, gated=False)


@settings(max_examples=200)
@given(
    st.lists(st.sampled_from(HARMLESS_WORDS), max_size=60),
    st.sampled_from([text for _, text, expected in ROWS if expected]),
    st.lists(st.sampled_from(HARMLESS_WORDS), max_size=60),
)
def test_anchors_never_hide_a_match_in_longer_text(before, phrase, after):
    text = " ".join([*before, phrase, *after])
    assert _all_raw_matches(text, gated=True) == _all_raw_matches(text, gated=False)
