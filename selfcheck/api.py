"""The self-check through the API: the items, results, and recording a new one."""

from datetime import datetime

from django.contrib.auth import SESSION_KEY
from django.db import transaction
from ninja import Query, Router, Schema, Status
from pydantic import Field, StrictInt

from api.crud import crisis_flag
from api.schemas import Error, In, Offset, text
from safety.alerts import flag_crisis, flag_violence
from selfcheck import display, items, scoring, services
from selfcheck.models import REMARKS_MAX_LENGTH, SelfCheckResult
from wagenmenner.access import get_owned_or_404, owned

router = Router(tags=["self-check"])


class SelfCheckIn(In):
    answers: dict[str, StrictInt] = Field(
        description="Item key → 0 (never) … 4 (almost always). Leave an item out to skip it.")
    remarks: text(REMARKS_MAX_LENGTH) = ""


class SelfCheckOut(Schema):
    id: int
    taken_at: datetime
    version: int
    answers: dict[str, int]
    scores: dict[str, float | None] = Field(
        description="Dimension key → 0..100 (higher = more difficulty), or null with too "
                    "few answers. Descriptive, not a diagnosis.")
    change: dict[str, float | None] | None = Field(
        None, description="Change per dimension since the previous result of the same "
                          "version; null when there is none.")
    start_with: list[str]
    remarks: str
    crisis_detected: bool = False


class ItemOut(Schema):
    key: str
    dimension: str
    text: str


class DimensionOut(Schema):
    key: str
    title: str
    description: str
    start_with: str
    learn_slugs: list[str]


class ContentOut(Schema):
    version: int
    language: str
    title: str
    instruction: str
    disclaimer: str
    scale: dict[int, str]
    dimensions: list[DimensionOut]
    items: list[ItemOut]


class Page(Schema):
    limit: int = Field(50, ge=1, le=200)
    offset: Offset = 0


_UNSET = object()


def _out(result: SelfCheckResult, crisis: bool = False, change=_UNSET) -> dict:
    if change is _UNSET:
        change = services.selfcheck_change(result)
    return {"id": result.pk, "taken_at": result.taken_at, "version": result.version,
            "answers": result.answers, "scores": result.scores, "change": change,
            "start_with": scoring.start_with(result.scores), "remarks": result.remarks,
            "crisis_detected": crisis}


@router.get("/items", response=ContentOut, summary="The self-check in my language",
            description=items.DISCLAIMER["en"])
def selfcheck_items(request):
    lang = display.language()
    return {
        "version": items.VERSION, "language": lang, "title": items.TITLE[lang],
        "instruction": items.INSTRUCTION[lang], "disclaimer": items.DISCLAIMER[lang],
        "scale": {value: labels[lang] for value, labels in items.SCALE},
        "dimensions": [{"key": d.key, "title": d.title[lang], "description": d.description[lang],
                        "start_with": d.start_with[lang], "learn_slugs": list(d.learn_slugs)}
                       for d in items.DIMENSIONS],
        "items": [{"key": i.key, "dimension": i.dimension, "text": i.text[lang]}
                  for i in items.ITEMS],
    }


@router.get("", response=list[SelfCheckOut], summary="List my self-check results, newest first")
def selfcheck_list(request, page: Query[Page]):
    return selfcheck_results(request.user, page.offset, page.offset + page.limit)


def selfcheck_results(user, lo: int, hi: int) -> list[dict]:
    """Results lo..hi, newest first, each with its change (also for a shared view)."""
    results = list(owned(SelfCheckResult, user)[lo:hi])
    # One more query, not one per result: the scores of every earlier result, newest
    # first (a person has a handful), to find each result's predecessor of its version.
    history = list(owned(SelfCheckResult, user).values_list("pk", "version", "scores"))
    previous = {}
    for i, (pk, version, _) in enumerate(history):
        previous[pk] = next((s for _, v, s in history[i + 1:] if v == version), None)
    return [_out(r, change=None if previous.get(r.pk) is None
                 else scoring.change(previous[r.pk], r.scores)) for r in results]


@router.post("", response={201: SelfCheckOut, 422: Error}, summary="Record a self-check",
             description="Scores the answers and stores them. `crisis_detected` says whether "
                         "the remarks speak of crisis; the result is saved either way.")
def selfcheck_create(request, payload: SelfCheckIn):
    result = services.selfcheck_record(user=request.user, answers=payload.answers,
                                       remarks=payload.remarks)
    crisis = crisis_flag(result.remarks, user=request.user)
    if request.session.get(SESSION_KEY):
        # Sent from the app in the browser: the next page shows the cards too.
        if crisis:
            flag_crisis(request)
        if scoring.violence_signalled(result.answers, result.scores):
            flag_violence(request)
    return Status(201, _out(result, crisis))


@router.get("/{int:pk}", response={200: SelfCheckOut, 404: Error}, summary="Read a result")
def selfcheck_read(request, pk: int):
    return _out(get_owned_or_404(SelfCheckResult, request.user, pk))


@router.delete("/{int:pk}", response={204: None, 404: Error}, summary="Delete a result")
def selfcheck_delete(request, pk: int):
    result = get_owned_or_404(SelfCheckResult, request.user, pk)
    with transaction.atomic():
        result.delete()
    return Status(204, None)
