"""A clinic's FHIR R4 ``Questionnaire`` (METHOD 4.8, issue 10): read it, refuse what the app
cannot ask faithfully, and check a person's answers against it.

Plain functions on JSON-ready values. What is refused says where: ``Invalid.path`` is the
FHIRPath-like place of the first problem (``item[3].answerOption``), so a clinic can fix
its file. Supported: items of type group, display, boolean, choice (with ``answerOption``),
integer, decimal, string, text and date; ``required``; simple ``enableWhen`` (one answer
per condition, ``enableBehavior`` all or any). Not supported, and said so: repeating items,
value sets, answers with sub-items, other item types.
"""

import math
from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext as _

MAX_BYTES = 1_000_000  # a questionnaire of hundreds of items stays far below this
MAX_DEPTH = 5  # groups within groups
MAX_ITEMS = 300
MAX_OPTIONS = 100
MAX_TEXT = 2000
MAX_LINK_ID = 64
MAX_STRING = 1000  # an answer of type string: one line
MAX_ANSWER_TEXT = 5000  # an answer of type text
DATE_RANGE = (1900, 2100)

ANSWER_TYPES = ("boolean", "choice", "integer", "decimal", "string", "text", "date")
TYPES = ("group", "display", *ANSWER_TYPES)
OPERATORS = ("exists", "=", "!=", ">", "<", ">=", "<=")
OPTION_VALUES = ("valueCoding", "valueString", "valueInteger", "valueDate")
CONDITION_VALUES = {"answerBoolean": "boolean", "answerDecimal": "decimal",
                    "answerInteger": "integer", "answerDate": "date",
                    "answerString": "string", "answerCoding": "coding"}
STATUSES = ("draft", "active", "retired", "unknown")


class Invalid(ValueError):
    """The first problem of a questionnaire or of answers, and where it is."""

    def __init__(self, detail: str, path: str = ""):
        super().__init__(detail)
        self.detail, self.path = detail, path


@dataclass(frozen=True)
class Option:
    code: str  # what an answer holds: the coding's code, or the value as text
    display: str
    value: dict  # the FHIR answerOption value, to give back in a QuestionnaireResponse


@dataclass(frozen=True)
class Condition:
    question: str
    operator: str
    answer: object  # in the form a clean answer of the question has
    fhir: tuple = ()  # the answer as the Questionnaire gave it: ("answerBoolean", True)


@dataclass(frozen=True)
class Item:
    link_id: str
    type: str
    text: str
    prefix: str = ""
    required: bool = False
    options: tuple[Option, ...] = ()
    conditions: tuple[Condition, ...] = ()
    any_condition: bool = False  # enableBehavior "any"
    items: tuple["Item", ...] = ()

    @property
    def answered(self) -> bool:
        return self.type in ANSWER_TYPES


@dataclass(frozen=True)
class Definition:
    title: str
    url: str
    version: str
    items: tuple[Item, ...]

    def all_items(self):
        """Every item, depth first, in the order of the questionnaire."""
        stack = list(reversed(self.items))
        while stack:
            item = stack.pop()
            yield item
            stack.extend(reversed(item.items))

    def questions(self) -> list[Item]:
        return [i for i in self.all_items() if i.answered]


# --- Reading a Questionnaire ------------------------------------------------------------


def _text(value, path: str, *, limit: int = MAX_TEXT, required: bool = False) -> str:
    if value is None or value == "":
        if required:
            raise Invalid(_("This is required here."), path)
        return ""
    if not isinstance(value, str):
        raise Invalid(_("This must be text."), path)
    if len(value) > limit:
        raise Invalid(_("This text is longer than %(n)s characters.") % {"n": limit}, path)
    return value


def _list(value, path: str, *, limit: int) -> list:
    if not isinstance(value, list) or not value:
        raise Invalid(_("This must be a list with at least one element."), path)
    if len(value) > limit:
        raise Invalid(_("This list has more than %(n)s elements.") % {"n": limit}, path)
    return value


def _date(value, path: str) -> str:
    try:
        day = date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
    except ValueError:
        day = None
    if day is None:
        raise Invalid(_("This must be a date as YYYY-MM-DD."), path)
    if not DATE_RANGE[0] <= day.year <= DATE_RANGE[1]:
        raise Invalid(_("This date must lie between %(a)s and %(b)s.")
                      % {"a": DATE_RANGE[0], "b": DATE_RANGE[1]}, path)
    return value


def _option(raw, path: str) -> Option:
    if not isinstance(raw, dict):
        raise Invalid(_("An answer option must be an object."), path)
    present = [k for k in OPTION_VALUES if k in raw]
    if len(present) != 1:
        raise Invalid(_("An answer option needs exactly one of valueCoding, valueString, "
                        "valueInteger or valueDate."), path)
    key = present[0]
    value, where = raw[key], f"{path}.{key}"
    if key == "valueCoding":
        if not isinstance(value, dict):
            raise Invalid(_("This must be an object."), where)
        code = _text(value.get("code"), f"{where}.code", limit=200, required=True)
        display = _text(value.get("display"), f"{where}.display") or code
        coding = {k: value[k] for k in ("system", "code", "display") if value.get(k)}
        return Option(code=code, display=display, value={"valueCoding": coding})
    if key == "valueInteger":
        if isinstance(value, bool) or not isinstance(value, int) or abs(value) > 2**31:
            raise Invalid(_("This must be a whole number."), where)
        return Option(code=str(value), display=str(value), value={key: value})
    if key == "valueDate":
        return Option(code=_date(value, where), display=value, value={key: value})
    text = _text(value, where, limit=200, required=True)
    return Option(code=text, display=text, value={key: text})


def _condition_answer(raw: dict, path: str):
    present = [k for k in CONDITION_VALUES if k in raw]
    if len(present) != 1:
        raise Invalid(_("A condition needs exactly one answer (answerBoolean, answerInteger, "
                        "answerDecimal, answerDate, answerString or answerCoding)."), path)
    key = present[0]
    value, where = raw[key], f"{path}.{key}"
    kind = CONDITION_VALUES[key]
    if kind == "coding":
        if not isinstance(value, dict):
            raise Invalid(_("This must be an object."), where)
        return kind, _text(value.get("code"), f"{where}.code", limit=200, required=True)
    if kind == "date":
        return kind, _date(value, where)
    return kind, _answer_value(kind, value, where)


def _conditions(raw_item: dict, path: str) -> list[tuple]:
    raw = raw_item.get("enableWhen")
    if raw is None:
        return []
    found = []
    for n, cond in enumerate(_list(raw, f"{path}.enableWhen", limit=20)):
        where = f"{path}.enableWhen[{n}]"
        if not isinstance(cond, dict):
            raise Invalid(_("A condition must be an object."), where)
        question = _text(cond.get("question"), f"{where}.question", limit=MAX_LINK_ID,
                         required=True)
        operator = cond.get("operator")
        if operator not in OPERATORS:
            raise Invalid(_("The operator must be one of %(ops)s.")
                          % {"ops": ", ".join(OPERATORS)}, f"{where}.operator")
        kind, answer = _condition_answer(cond, where)
        if operator == "exists" and kind != "boolean":
            raise Invalid(_("The operator exists needs answerBoolean."), where)
        key = next(k for k in CONDITION_VALUES if k in cond)
        value = {"code": answer} if key == "answerCoding" else answer
        found.append((question, operator, kind, answer, where, (key, value)))
    return found


def _item(raw, path: str, depth: int, seen: dict, pending: list) -> Item:
    if not isinstance(raw, dict):
        raise Invalid(_("An item must be an object."), path)
    if depth > MAX_DEPTH:
        raise Invalid(_("Groups are nested more than %(n)s deep.") % {"n": MAX_DEPTH}, path)
    link_id = _text(raw.get("linkId"), f"{path}.linkId", limit=MAX_LINK_ID, required=True)
    if link_id in seen:
        raise Invalid(_("The linkId %(id)s is used twice.") % {"id": link_id}, f"{path}.linkId")
    if len(seen) >= MAX_ITEMS:
        raise Invalid(_("A questionnaire has at most %(n)s items.") % {"n": MAX_ITEMS}, path)
    kind = raw.get("type")
    if kind not in TYPES:
        raise Invalid(_("Item type %(type)s is not supported; supported are: %(types)s.")
                      % {"type": str(kind)[:40], "types": ", ".join(TYPES)}, f"{path}.type")
    for unsupported in ("answerValueSet", "initial"):
        if unsupported in raw:
            raise Invalid(_("%(name)s is not supported.") % {"name": unsupported},
                          f"{path}.{unsupported}")
    if raw.get("repeats") not in (None, False):
        raise Invalid(_("Repeating items are not supported."), f"{path}.repeats")
    if not isinstance(raw.get("required", False), bool):
        raise Invalid(_("This must be true or false."), f"{path}.required")
    text = _text(raw.get("text"), f"{path}.text", required=kind != "group")
    options = ()
    if kind == "choice":
        options = tuple(_option(o, f"{path}.answerOption[{n}]") for n, o in enumerate(
            _list(raw.get("answerOption"), f"{path}.answerOption", limit=MAX_OPTIONS)))
        if len({o.code for o in options}) != len(options):
            raise Invalid(_("Two answer options have the same value."), f"{path}.answerOption")
    elif "answerOption" in raw:
        raise Invalid(_("Answer options are supported only for items of type choice."),
                      f"{path}.answerOption")
    children = raw.get("item")
    if kind == "group":
        children = _list(children, f"{path}.item", limit=MAX_ITEMS)
    elif children is not None:
        raise Invalid(_("Only a group may hold items."), f"{path}.item")
    seen[link_id] = kind
    conditions = _conditions(raw, path)
    pending.extend(conditions)
    behavior = raw.get("enableBehavior", "all")
    if behavior not in ("all", "any"):
        raise Invalid(_("enableBehavior must be all or any."), f"{path}.enableBehavior")
    items = tuple(_item(child, f"{path}.item[{n}]", depth + 1, seen, pending)
                  for n, child in enumerate(children or ()))
    return Item(link_id=link_id, type=kind, text=text,
                prefix=_text(raw.get("prefix"), f"{path}.prefix", limit=20),
                required=bool(raw.get("required")) and kind in ANSWER_TYPES, options=options,
                conditions=tuple(Condition(q, op, a, f) for q, op, _k, a, _w, f in conditions),
                any_condition=behavior == "any", items=items)


def _check_conditions(pending: list, seen: dict) -> None:
    """Every condition asks about a question of this questionnaire, with an answer of the
    question's kind."""
    fits = {"boolean": {"boolean"}, "integer": {"integer"}, "decimal": {"decimal", "integer"},
            "date": {"date"}, "string": {"string"}, "text": {"string"},
            "choice": {"coding", "string", "integer", "date"}}
    for question, operator, kind, _answer, where, _fhir in pending:
        asked = seen.get(question)
        if asked is None or asked not in ANSWER_TYPES:
            raise Invalid(_("The condition asks about %(id)s, which is no question of this "
                            "questionnaire.") % {"id": question}, f"{where}.question")
        if operator != "exists" and kind not in fits[asked]:
            raise Invalid(_("This answer does not fit the question's type (%(type)s).")
                          % {"type": asked}, where)


def parse(data) -> Definition:
    """The questionnaire, or Invalid with the path of the first problem."""
    if not isinstance(data, dict):
        raise Invalid(_("A FHIR Questionnaire is a JSON object."), "")
    if data.get("resourceType") != "Questionnaire":
        raise Invalid(_("The resourceType must be Questionnaire."), "resourceType")
    if data.get("status", "active") not in STATUSES:
        raise Invalid(_("The status must be one of %(s)s.") % {"s": ", ".join(STATUSES)},
                      "status")
    title = (_text(data.get("title"), "title", limit=200)
             or _text(data.get("name"), "name", limit=200))
    if not title:
        raise Invalid(_("The questionnaire needs a title (or a name)."), "title")
    seen: dict = {}
    pending: list = []
    items = tuple(_item(raw, f"item[{n}]", 1, seen, pending)
                  for n, raw in enumerate(_list(data.get("item"), "item", limit=MAX_ITEMS)))
    if not any(kind in ANSWER_TYPES for kind in seen.values()):
        raise Invalid(_("The questionnaire asks nothing: it has no item that takes an "
                        "answer."), "item")
    _check_conditions(pending, seen)
    return Definition(title=title, url=_text(data.get("url"), "url", limit=500),
                      version=_text(data.get("version"), "version", limit=50), items=items)


# --- Answers ----------------------------------------------------------------------------


def _answer_value(kind: str, value, path: str):
    """One answer of an item of ``kind``, cleaned: bool, int, float, ISO date text, text."""
    if kind == "boolean":
        if isinstance(value, bool):
            return value
        if value in ("true", "false"):
            return value == "true"
        raise Invalid(_("Choose yes or no."), path)
    if kind == "integer":
        if isinstance(value, str) and value.strip().lstrip("-").isdigit():
            value = int(value.strip())
        if isinstance(value, bool) or not isinstance(value, int) or abs(value) > 2**31:
            raise Invalid(_("Enter a whole number."), path)
        return value
    if kind == "decimal":
        try:
            number = float(str(value).replace(",", ".")) if not isinstance(value, bool) else None
        except ValueError:
            number = None
        if number is None or not math.isfinite(number) or abs(number) > 1e12:
            raise Invalid(_("Enter a number."), path)
        return number
    if kind == "date":
        return _date(value, path)
    limit = MAX_STRING if kind == "string" else MAX_ANSWER_TEXT
    if not isinstance(value, str):
        raise Invalid(_("Enter text."), path)
    if kind == "string" and "\n" in value.strip():
        raise Invalid(_("Enter one line."), path)
    if len(value) > limit:
        raise Invalid(_("Use at most %(n)s characters.") % {"n": limit}, path)
    return value.strip()


def _clean_one(item: Item, value):
    if item.type == "choice":
        code = str(value).strip() if isinstance(value, str | int) and not isinstance(
            value, bool) else None
        if code not in {o.code for o in item.options}:
            raise Invalid(_("Choose one of the options."), item.link_id)
        return code
    return _answer_value(item.type, value, item.link_id)


def _holds(condition: Condition, answers: dict) -> bool:
    given = answers.get(condition.question)
    if condition.operator == "exists":
        return (given is not None) == condition.answer
    if given is None:
        return False
    want = condition.answer
    if isinstance(given, str) and not isinstance(want, str):
        want = str(want)
    try:
        return {"=": given == want, "!=": given != want, ">": given > want,
                "<": given < want, ">=": given >= want, "<=": given <= want}[condition.operator]
    except TypeError:
        return False


def enabled(item: Item, answers: dict) -> bool:
    if not item.conditions:
        return True
    results = [_holds(c, answers) for c in item.conditions]
    return any(results) if item.any_condition else all(results)


def clean_answers(definition: Definition, raw: dict) -> dict:
    """The answers by linkId, each cleaned to its item's type; answers of items that are
    not enabled (enableWhen) are dropped, and every enabled required question must have
    one. Invalid names the linkId of the first problem."""
    if not isinstance(raw, dict):
        raise Invalid(_("The answers must be an object of linkId: answer."), "")
    questions = {item.link_id: item for item in definition.questions()}
    unknown = next((key for key in raw if key not in questions), None)
    if unknown is not None:
        raise Invalid(_("There is no question %(id)s in this questionnaire.")
                      % {"id": str(unknown)[:MAX_LINK_ID]}, str(unknown)[:MAX_LINK_ID])
    answers = {key: _clean_one(questions[key], value) for key, value in raw.items()
               if value not in (None, "")}
    kept = {}

    def walk(items):
        for item in items:
            if not enabled(item, answers):
                continue
            if item.answered:
                if item.link_id in answers:
                    kept[item.link_id] = answers[item.link_id]
                elif item.required:
                    raise Invalid(_("This question needs an answer."), item.link_id)
            walk(item.items)

    walk(definition.items)
    return kept


def answers_from_response(data) -> dict:
    """The plain answers in a FHIR QuestionnaireResponse (nested items followed)."""
    if not isinstance(data, dict) or data.get("resourceType") != "QuestionnaireResponse":
        raise Invalid(_("The resourceType must be QuestionnaireResponse."), "resourceType")
    found: dict = {}

    def walk(items, path, depth):
        if items is None:
            return
        if not isinstance(items, list) or depth > MAX_DEPTH:
            raise Invalid(_("This must be a list of items, nested at most %(n)s deep.")
                          % {"n": MAX_DEPTH}, path)
        for n, raw in enumerate(items[:MAX_ITEMS]):
            where = f"{path}[{n}]"
            if not isinstance(raw, dict) or not isinstance(raw.get("linkId"), str):
                raise Invalid(_("An item needs a linkId."), where)
            answer = raw.get("answer")
            if answer is not None:
                if not isinstance(answer, list) or len(answer) != 1 or not isinstance(
                        answer[0], dict) or len(answer[0]) != 1:
                    raise Invalid(_("Give one answer per item."), f"{where}.answer")
                (key, value), = answer[0].items()
                if key == "valueCoding":
                    value = value.get("code") if isinstance(value, dict) else None
                found[raw["linkId"]] = value
            walk(raw.get("item"), f"{where}.item", depth + 1)

    walk(data.get("item"), "item", 1)
    return found


# --- Back to FHIR (the export) ----------------------------------------------------------


def fhir_items(items: tuple[Item, ...]) -> list[dict]:
    """The questionnaire's items as FHIR again, only with what the app read: a file that
    passed here gives a valid Questionnaire, whatever else the clinic's file held."""
    out = []
    for item in items:
        data = {"linkId": item.link_id, "prefix": item.prefix, "text": item.text,
                "type": item.type}
        if item.required:
            data["required"] = True
        if item.options:
            data["answerOption"] = [dict(o.value) for o in item.options]
        if item.conditions:
            data["enableWhen"] = [{"question": c.question, "operator": c.operator,
                                   c.fhir[0]: c.fhir[1]} for c in item.conditions]
            if len(item.conditions) > 1:
                data["enableBehavior"] = "any" if item.any_condition else "all"
        if item.items:
            data["item"] = fhir_items(item.items)
        out.append({k: v for k, v in data.items() if v not in ("", None, [])})
    return out


ANSWER_KEYS = {"boolean": "valueBoolean", "integer": "valueInteger", "decimal": "valueDecimal",
               "date": "valueDate", "string": "valueString", "text": "valueString"}


def fhir_answer_items(items: tuple[Item, ...], answers: dict) -> list[dict]:
    """Clean answers as the items of a QuestionnaireResponse, nested as the groups are;
    questions without an answer (and groups without any) are left out."""
    out = []
    for item in items:
        if item.answered:
            if item.link_id not in answers:
                continue
            value = answers[item.link_id]
            answer = (next((dict(o.value) for o in item.options if o.code == value), None)
                      if item.type == "choice" else {ANSWER_KEYS[item.type]: value})
            if answer is not None:
                out.append({"linkId": item.link_id, "text": item.text, "answer": [answer]})
        elif item.items:
            inner = fhir_answer_items(item.items, answers)
            if inner:
                out.append({"linkId": item.link_id, **({"text": item.text} if item.text else {}),
                            "item": inner})
    return out


def option_label(item: Item, code) -> str:
    return next((o.display for o in item.options if o.code == code), str(code))
