"""The time-out agreement and time-outs through the API (METHOD 4.6)."""

from datetime import datetime

from django.db import transaction
from django.utils import timezone
from ninja import Query, Router, Schema, Status
from pydantic import Field

from api.crud import check_references, crisis_flag
from api.schemas import Error, Id, In, Level, text
from timeouts import selectors, services
from timeouts.models import MAX_MINUTES, MIN_MINUTES, TimeOut, TimeoutProtocol
from wagenmenner.access import get_owned_or_404, owned

protocol_router = Router(tags=["time-out"])
timeouts_router = Router(tags=["time-out"])


class ProtocolIn(In):
    signal_word: text(80) = ""
    minutes: int = Field(30, strict=True, ge=MIN_MINUTES, le=MAX_MINUTES)
    where: text(500) = ""
    return_below: Level = Field(5, description="We talk again only when both are below this "
                                               "alarm level.")
    person_id: Id | None = None


class ProtocolOut(Schema):
    signal_word: str
    minutes: int
    where: str
    return_below: int
    person_id: int | None
    updated_at: datetime | None
    crisis_detected: bool = False


class TimeoutOut(Schema):
    id: int
    started_at: datetime
    ends_at: datetime
    started_by: int | None = Field(description="The id of the account that started it.")
    minutes: int
    ended_at: datetime | None
    ended_by: int | None
    returned_at: datetime | None
    returned_by: int | None
    running: bool
    ride_id: int | None
    lookback: str
    crisis_detected: bool = False


class Running(Schema):
    detail: str
    running: int = Field(description="The id of the time-out that is running.")


class ReturnIn(In):
    lookback: text(2000) = ""


class TimeoutQuery(Schema):
    current: bool = Field(False, description="Only the running time-out (a list of one, or "
                                             "empty).")
    limit: int = Field(50, ge=1, le=200)
    offset: int = Field(0, ge=0, le=2**31)


def _protocol_out(protocol: TimeoutProtocol | None, crisis: bool = False) -> dict:
    protocol = protocol or TimeoutProtocol()
    return {"signal_word": protocol.signal_word, "minutes": protocol.minutes,
            "where": protocol.where, "return_below": protocol.return_below,
            "person_id": protocol.person_id, "updated_at": protocol.updated_at,
            "crisis_detected": crisis}


def _out(t: TimeOut, now: datetime, crisis: bool = False) -> dict:
    return {"id": t.pk, "started_at": t.started_at, "ends_at": t.ends_at,
            "started_by": t.started_by_id, "minutes": t.minutes, "ended_at": t.end_moment(now),
            "ended_by": t.ended_by_id, "returned_at": t.returned_at,
            "returned_by": t.returned_by_id, "running": t.is_running(now),
            "ride_id": t.ride_id, "lookback": t.lookback, "crisis_detected": crisis}


@protocol_router.get("", response=ProtocolOut, summary="Read my time-out agreement",
                     description="Without a saved agreement: the defaults (30 minutes, talk "
                                 "again below alarm 5) and updated_at null.")
def protocol_read(request):
    return _protocol_out(selectors.protocol_for(request.user))


@protocol_router.put("", response={200: ProtocolOut, 422: Error},
                     summary="Write my time-out agreement")
def protocol_write(request, payload: ProtocolIn):
    data = payload.dict()
    check_references(request.user, {"person_id": data["person_id"]})
    protocol = owned(TimeoutProtocol, request.user).first() or TimeoutProtocol(owner=request.user)
    for key, value in data.items():
        setattr(protocol, key, value)
    protocol.full_clean()
    with transaction.atomic():
        protocol.save()
    return _protocol_out(protocol, crisis_flag(protocol.signal_word, protocol.where, user=request.user))


@timeouts_router.get("", response=list[TimeoutOut], summary="List my time-outs, newest first")
def timeout_list(request, query: Query[TimeoutQuery]):
    now = timezone.now()
    if query.current:
        running = selectors.current(request.user, now)
        return [_out(running, now)] if running else []
    rows = owned(TimeOut, request.user)[query.offset:query.offset + query.limit]
    return [_out(t, now) for t in rows]


@timeouts_router.post("", response={201: TimeoutOut, 409: Running},
                      summary="Start my agreed time-out now",
                      description="409 while one is running; its id is in the answer.")
def timeout_start(request):
    try:
        timeout = services.timeout_start(owner=request.user, started_by=request.user)
    except services.TimeoutRunning as exc:
        ends = timezone.localtime(exc.running.ends_at).strftime("%H:%M")
        return Status(409, {"detail": str(services.ERROR_RUNNING % {"time": ends}),
                            "running": exc.running.pk})
    return Status(201, _out(timeout, timeout.started_at))


@timeouts_router.get("/{int:pk}", response={200: TimeoutOut, 404: Error},
                     summary="Read a time-out")
def timeout_read(request, pk: int):
    return _out(get_owned_or_404(TimeOut, request.user, pk), timezone.now())


@timeouts_router.post("/{int:pk}/end", response={200: TimeoutOut, 404: Error},
                      summary="End a running time-out now",
                      description="A time-out that is over already stays as it was.")
def timeout_end(request, pk: int):
    timeout = get_owned_or_404(TimeOut, request.user, pk)
    return _out(services.timeout_end(timeout=timeout, user=request.user), timezone.now())


@timeouts_router.post("/{int:pk}/return", response={200: TimeoutOut, 404: Error, 422: Error},
                      summary="Back: we talked again (with an optional look-back)")
def timeout_return(request, pk: int, payload: ReturnIn):
    timeout = get_owned_or_404(TimeOut, request.user, pk)
    timeout = services.timeout_return(timeout=timeout, user=request.user,
                                      lookback=payload.lookback)
    return _out(timeout, timezone.now(), crisis_flag(timeout.lookback, user=request.user))
