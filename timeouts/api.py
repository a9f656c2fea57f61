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
    owner_id: int = Field(description="Whose time-out it is: the caller's own, or that of "
                                      "someone who shares their time-out agreement with them.")
    link_id: int | None = Field(None, description="The link it is shared on; null for the "
                                                  "caller's own.")
    signal_word: str | None = Field(None, description="With current=true: the agreement's "
                                                      "signal word.")
    return_below: int | None = Field(None, description="With current=true: talk again only "
                                                       "when both are below this alarm level.")
    started_by_name: str | None = Field(None, description="With current=true: who started it.")


class StartIn(In):
    link_id: Id | None = Field(None, description="Start the agreed time-out of the person who "
                                                 "shares it with me on this link (or my own, "
                                                 "on my side of the link).")


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


def protocol_out(protocol: TimeoutProtocol | None, crisis: bool = False) -> dict:
    protocol = protocol or TimeoutProtocol()
    return {"signal_word": protocol.signal_word, "minutes": protocol.minutes,
            "where": protocol.where, "return_below": protocol.return_below,
            "person_id": protocol.person_id, "updated_at": protocol.updated_at,
            "crisis_detected": crisis}


def _out(t: TimeOut, now: datetime, crisis: bool = False) -> dict:
    return {"id": t.pk, "owner_id": t.owner_id, "started_at": t.started_at, "ends_at": t.ends_at,
            "started_by": t.started_by_id, "minutes": t.minutes, "ended_at": t.end_moment(now),
            "ended_by": t.ended_by_id, "returned_at": t.returned_at,
            "returned_by": t.returned_by_id, "running": t.is_running(now),
            "ride_id": t.ride_id, "lookback": t.lookback, "crisis_detected": crisis}


@protocol_router.get("", response=ProtocolOut, summary="Read my time-out agreement",
                     description="Without a saved agreement: the defaults (30 minutes, talk "
                                 "again below alarm 5) and updated_at null.")
def protocol_read(request):
    return protocol_out(selectors.protocol_for(request.user))


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
    return protocol_out(protocol, crisis_flag(protocol.signal_word, protocol.where, user=request.user))


def _live_out(t: TimeOut, now: datetime, protocol: TimeoutProtocol, link_id=None) -> dict:
    """A running time-out as both sides see it: the signal word, the countdown's end and
    the return rule; never the look-back."""
    return {**_out(t, now), "lookback": "", "link_id": link_id,
            "signal_word": protocol.signal_word, "return_below": protocol.return_below,
            "started_by_name": t.started_by.public_name if t.started_by else None}


def current_for(request, now: datetime) -> list[dict]:
    """The caller's running time-out and those of the people who share their agreement
    with them (each shown one is written to its owner's access log once)."""
    from sharing.services import access_log_first_looks

    out = []
    own = selectors.current(request.user, now)
    if own is not None:
        out.append(_live_out(own, now, selectors.agreement_for(request.user)))
    shared = selectors.shared_running(request.user, now)
    access_log_first_looks(request, [(s.grant, s.timeout.started_at) for s in shared])
    return out + [_live_out(s.timeout, now, s.protocol, s.grant.link.pk) for s in shared]


@timeouts_router.get("", response=list[TimeoutOut], url_name="timeout_list",
                     summary="List my time-outs, newest first",
                     description="With current=true: the running ones only, mine and those of "
                                 "the people who share their time-out agreement with me as "
                                 "partner or close one (an empty list when none runs).")
def timeout_list(request, query: Query[TimeoutQuery]):
    now = timezone.now()
    if query.current:
        return current_for(request, now)
    rows = owned(TimeOut, request.user)[query.offset:query.offset + query.limit]
    return [_out(t, now) for t in rows]


@timeouts_router.post("", response={201: TimeoutOut, 403: Error, 404: Error, 409: Running,
                                    422: Error},
                      summary="Start a time-out now: my own, or the agreed one of the other",
                      description="Without a body: my agreed time-out. With `link_id`: the "
                                  "agreed time-out of the person who shares it with me on that "
                                  "link (403 unless `timeout_protocol` is shared on it; 404 for "
                                  "a link I am not on). 409 while one is running; its id is in "
                                  "the answer.")
def timeout_start(request, payload: StartIn | None = None):
    link_id = payload.link_id if payload is not None else None
    try:
        if link_id is None:
            timeout = services.timeout_start(owner=request.user, started_by=request.user)
        else:
            timeout = services.timeout_start_on_link(request, link_id)
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
