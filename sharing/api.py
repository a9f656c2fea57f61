"""Sharing through the API (issue 9): invitations, links, consent per kind, what is shared
with me, and the access log of my data."""

from datetime import datetime
from typing import Literal

from django.urls import reverse
from ninja import Query, Router, Schema, Status
from pydantic import Field

from api.schemas import Error, In, text
from insights.periods import local_today, parse_period, utc_bounds
from sharing import kinds as shared_kinds
from sharing import selectors, services
from wagenmenner.access import ROLES, UPDATE, link_or_404, shared_or_404

router = Router(tags=["sharing"])

RoleT = Literal[ROLES]


class InvitationIn(In):
    role: RoleT


class InvitationOut(Schema):
    id: int
    code: str = Field(description="Shown once: only its hash is stored.")
    url: str
    expires_at: datetime


class AcceptIn(In):
    code: text(64, required=True)


class AcceptOut(Schema):
    link_id: int
    role: str


class Other(Schema):
    id: int | None
    display_name: str


class LinkOut(Schema):
    id: int
    role: str
    direction: Literal["outgoing", "incoming"]
    other: Other
    kinds: list[str]
    since: datetime


class KindsIn(In):
    kinds: list[str] = Field(max_length=32)


class KindsOut(Schema):
    kinds: list[str]


class Actor(Schema):
    id: int
    display_name: str
    role: str


class AccessOut(Schema):
    at: datetime
    actor: Actor
    action: str
    kind: str
    grounds: str
    from_: str | None = Field(None, alias="from")
    outcome: str


class LogFilters(Schema):
    start: str | None = Field(None, description="First local day (YYYY-MM-DD); default 12 weeks ago")
    end: str | None = Field(None, description="Last local day, included; default today")
    limit: int = Field(500, ge=1, le=1000)
    offset: int = Field(0, ge=0, le=10**9)


def invitation_url(request, code: str) -> str:
    return request.build_absolute_uri(reverse("sharing:invitation_code", args=[code]))


@router.post("/invitations", response={201: InvitationOut, 422: Error}, url_name="invitation_create",
             summary="Invite someone as partner, close one or therapist",
             description="A single-use code, valid 7 days. Only its hash is stored: the code "
                         "and url are in this answer and nowhere else.")
def invitation_create(request, payload: InvitationIn):
    invitation, code = services.invitation_create(owner=request.user, role=payload.role)
    return Status(201, {"id": invitation.pk, "code": code, "url": invitation_url(request, code),
                        "expires_at": invitation.expires_at})


@router.post("/invitations/accept", response={200: AcceptOut, 422: Error, 429: Error},
             url_name="invitation_accept", summary="Accept an invitation",
             description="A used, expired, withdrawn or unknown code answers 422 and changes "
                         "nothing; too many wrong codes from one address or account answer 429.")
def invitation_accept(request, payload: AcceptIn):
    try:
        link = services.invitation_accept(code=payload.code, user=request.user,
                                          address=services.client_address(request))
    except services.Throttled:
        return Status(429, {"detail": str(services.ERROR_THROTTLED)})
    return {"link_id": link.pk, "role": link.role}


@router.get("/links", response=list[LinkOut], url_name="link_list",
            summary="My links, both directions, with the kinds shared on each")
def link_list(request):
    return selectors.links_for(request.user)


@router.put("/links/{int:link_id}/kinds", response={200: KindsOut, 403: Error, 404: Error, 422: Error},
            url_name="link_kinds", summary="Choose exactly which kinds are shared on a link",
            description="Only the side that shares may change this (the other side gets 403). "
                        "A kind taken back is hidden from the very next request. Known kinds: "
                        + ", ".join(shared_kinds.AVAILABLE) + ".")
def link_kinds(request, link_id: int, payload: KindsIn):
    link = link_or_404(request.user, link_id, UPDATE)
    return {"kinds": services.link_set_kinds(link=link, kinds=payload.kinds)}


@router.delete("/links/{int:link_id}", response={204: None, 404: Error}, url_name="link_end",
               summary="End a link (either side): nothing is shared on it any more")
def link_end(request, link_id: int):
    services.link_end(link=link_or_404(request.user, link_id), by=request.user)
    return Status(204, None)


@router.get("/shared/{int:link_id}/{kind}", response={200: object, 404: Error, 422: Error},
            url_name="shared", summary="What someone shares with me, one kind",
            description="The kind's data as the owner's own route returns it. 404 unless the "
                        "kind is shared with me on this active link. Every answer is written "
                        "to the owner's access log. Lists take `limit` and `offset`; "
                        "`checkin_levels` and `insights` also `start` and `end`.")
def shared(request, link_id: int, kind: str):
    grant = shared_or_404(request, link_id=link_id, kind=kind)
    return shared_kinds.kind_data(kind, owner=grant.owner, link=grant.link,
                                  params=request.GET)


@router.get("/access-log", response={200: list[AccessOut], 422: Error}, url_name="access_log",
            by_alias=True,
            summary="Who saw what of my data, when (NEN 7513)",
            description="Every read, print or export of my data by someone I linked with, "
                        "and refused attempts of theirs; my own reads of this log are in it "
                        "too. Entries cannot be changed or deleted.")
def access_log(request, filters: Query[LogFilters]):
    start, end = parse_period(filters.start, filters.end, local_today(request.user))
    lo, hi = utc_bounds(start, end, request.user.zone)
    services.access_log_read_own(request)
    rows = selectors.access_entries(request.user, lo, hi)[filters.offset:filters.offset + filters.limit]
    return [selectors.access_entry_out(e) for e in rows]
