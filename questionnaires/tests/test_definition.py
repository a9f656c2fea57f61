"""Reading a clinic's Questionnaire and checking answers against it (no database): what is
supported is read, what is not is refused with the path of the first problem, and no
input makes it fail otherwise."""

import copy
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from questionnaires.definition import Invalid, answers_from_response, clean_answers, parse

SAMPLE = json.loads((Path(__file__).parents[1] / "samples" / "session_preparation.json")
                    .read_text(encoding="utf-8"))


def _refused(data) -> Invalid:
    with pytest.raises(Invalid) as caught:
        parse(data)
    return caught.value


def test_the_sample_is_read_with_every_item_type():
    parsed = parse(SAMPLE)
    assert parsed.title == "Voor de volgende sessie"
    assert {i.type for i in parsed.all_items()} == {"display", "group", "choice", "boolean",
                                                    "date", "decimal", "integer", "string",
                                                    "text"}
    assert [i.link_id for i in parsed.questions()][:2] == ["verloop", "escalatie"]


@pytest.mark.parametrize(("change", "path"), [
    (lambda q: q.update(resourceType="Patient"), "resourceType"),
    (lambda q: q.pop("item"), "item"),
    (lambda q: q["item"][1]["item"][0].update(answerOption=[]), "item[1].item[0].answerOption"),
    (lambda q: q["item"][1]["item"][0]["answerOption"].append({"valueCoding": {}}),
     "item[1].item[0].answerOption[3].valueCoding.code"),
    (lambda q: q["item"][2].update(type="attachment"), "item[2].type"),
    (lambda q: q["item"][2].update(type="quantity"), "item[2].type"),
    (lambda q: q["item"][2].update(repeats=True), "item[2].repeats"),
    (lambda q: q["item"][3].update(linkId="onderwerp"), "item[3].linkId"),
    (lambda q: q["item"][1]["item"][2]["enableWhen"][0].update(question="nope"),
     "item[1].item[2].enableWhen[0].question"),
    (lambda q: q["item"][1]["item"][2]["enableWhen"][0].update(operator="~"),
     "item[1].item[2].enableWhen[0].operator"),
    (lambda q: q["item"][1]["item"][2]["enableWhen"][0].pop("answerBoolean"),
     "item[1].item[2].enableWhen[0]"),
    (lambda q: q["item"][1]["item"][2]["enableWhen"][0].update(answerBoolean=None,
                                                               answerDate="0001-01-01"),
     "item[1].item[2].enableWhen[0]"),
    (lambda q: q["item"][2].update(answerValueSet="http://x"), "item[2].answerValueSet"),
])
def test_what_is_not_supported_is_refused_with_its_path(change, path):
    data = copy.deepcopy(SAMPLE)
    change(data)
    assert _refused(data).path == path


def test_nesting_100_deep_is_refused_at_the_sixth_level():
    inner = {"linkId": "q", "type": "boolean", "text": "?"}
    for n in range(100):
        inner = {"linkId": f"g{n}", "type": "group", "item": [inner]}
    refused = _refused({"resourceType": "Questionnaire", "title": "Diep", "item": [inner]})
    assert refused.path == "item[0]" + ".item[0]" * 5


def test_a_date_in_year_1_is_refused_not_crashed():
    data = copy.deepcopy(SAMPLE)
    data["item"][1]["item"][0]["answerOption"] = [{"valueDate": "0001-01-01"}]
    assert _refused(data).path == "item[1].item[0].answerOption[0].valueDate"


def test_answers_follow_types_options_required_and_enable_when():
    parsed = parse(SAMPLE)
    clean = clean_answers(parsed, {"verloop": "beter", "escalatie": "false",
                                   "escalatie_wanneer": "2026-01-05", "slaap": "6,5",
                                   "regels": "3", "onderwerp": " Mijn zus "})
    # The date is dropped: it is asked only after an escalation.
    assert clean == {"verloop": "beter", "escalatie": False, "slaap": 6.5, "regels": 3,
                     "onderwerp": "Mijn zus"}
    with_date = clean_answers(parsed, {"verloop": "gelijk", "escalatie": True,
                                       "escalatie_wanneer": "2026-01-05"})
    assert with_date["escalatie_wanneer"] == "2026-01-05"
    for bad, where in (({"escalatie": True}, "verloop"),
                       ({"verloop": "misschien", "escalatie": True}, "verloop"),
                       ({"verloop": "beter", "escalatie": "ja?"}, "escalatie"),
                       ({"verloop": "beter", "escalatie": True,
                         "escalatie_wanneer": "0001-01-01"}, "escalatie_wanneer"),
                       ({"verloop": "beter", "escalatie": True, "slaap": "veel"}, "slaap"),
                       ({"verloop": "beter", "escalatie": True, "onbekend": 1}, "onbekend")):
        with pytest.raises(Invalid) as caught:
            clean_answers(parsed, bad)
        assert caught.value.path == where, bad


def test_a_fhir_questionnaire_response_gives_the_same_answers():
    response = {"resourceType": "QuestionnaireResponse", "status": "completed", "item": [
        {"linkId": "weken", "item": [
            {"linkId": "verloop", "answer": [{"valueCoding": {"code": "slechter"}}]},
            {"linkId": "escalatie", "answer": [{"valueBoolean": False}]}]},
        {"linkId": "toelichting", "answer": [{"valueString": "Zwaar"}]}]}
    raw = answers_from_response(response)
    assert clean_answers(parse(SAMPLE), raw) == {"verloop": "slechter", "escalatie": False,
                                                 "toelichting": "Zwaar"}


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
                    lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.sampled_from(
                        ["item", "linkId", "type", "text", "answerOption", "enableWhen",
                         "question", "operator", "answerBoolean", "valueCoding", "code",
                         "required", "title", "resourceType"]), inner, max_size=5),
                    max_leaves=30)


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.sampled_from(["resourceType", "title", "item", "status"]), JSON)
       .map(lambda d: {**d, "resourceType": "Questionnaire", "title": "x"}))
def test_any_json_is_read_or_refused_with_a_path(data):
    try:
        parse(data)
    except Invalid as exc:
        assert isinstance(exc.path, str) and exc.detail


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.sampled_from(["verloop", "escalatie", "escalatie_wanneer", "slaap",
                                        "regels", "onderwerp", "toelichting"]), JSON))
def test_any_answers_are_cleaned_or_refused_with_the_question(raw):
    try:
        clean_answers(parse(SAMPLE), raw)
    except Invalid as exc:
        assert exc.path in raw or exc.path in ("verloop", "escalatie")
