"""Insights and pursuits through the API (registered in api/urls.py)."""

from datetime import datetime
from typing import Literal

from django.db import transaction
from django.http import Http404
from django.utils import timezone
from ninja import PatchDict, Query, Router, Schema, Status
from pydantic import Field, StrictBool

from api.crud import apply_patch, crisis_flag
from api.schemas import Error, In, Level, Moment, Offset, text
from checkins.models import Pursuit, PursuitRating
from insights import selectors, services
from insights.periods import local_today, parse_period, user_zone
from wagenmenner.access import get_owned_or_404, owned

insights_router = Router(tags=["insights"])
pursuits_router = Router(tags=["pursuits"])


@insights_router.get(
    "", response={200: dict, 422: Error}, url_name="insights",
    summary="Insights for a period (METHOD 4.4)",
    description=(
        "Peaks and valleys per ISO week in the person's time zone (n, max, min, amplitude, "
        "mean, sd, mssd, pac for alarm, energy and drive), the Theil–Sen trend of weekly "
        "amplitude and MSSD, alarm load, drive → boredom flips, escalations and rides per "
        "4 weeks, and rule keeping. When the person answered the optional check-in item "
        "`dark_thoughts` in the period, each week and the trend also hold `dark_thoughts`, "
        "with the same figures (absent otherwise; never in what is shared). `start` and "
        "`end` are local dates (YYYY-MM-DD); without them, the last 12 weeks. A value that "
        "cannot be computed is null."))
def insights(request, start: str | None = None, end: str | None = None):
    first, last = parse_period(start, end, local_today(request.user))
    return selectors.insights_for_period(request.user, first, last, own=True)


# --------------------------------------------------------------------------
# Pursuits
# --------------------------------------------------------------------------

KindT = Literal[tuple(Pursuit.Kind.values)]


def _aware(moment: datetime | None, user) -> datetime | None:
    """A moment without offset is read as the person's local time."""
    if moment is not None and timezone.is_naive(moment):
        return timezone.make_aware(moment, user_zone(user))
    return moment


class PursuitIn(In):
    name: text(120, required=True)
    kind: KindT = Pursuit.Kind.PROJECT
    archived: StrictBool = False


class PursuitCreateIn(PursuitIn):
    intensity: Level | None = Field(None, description="A first rating, 0–10.")


class PursuitOut(Schema):
    id: int
    name: str
    kind: str
    created_at: datetime
    archived: bool
    crisis_detected: bool = False
    reminder: dict | None = Field(
        None, description="Set when this pursuit started at 8 or higher and earlier "
        "pursuits flipped from drive to boredom: their count and mean drive days.")


class RatingIn(In):
    intensity: Level
    rated_at: Moment | None = None


class RatingOut(Schema):
    id: int
    rated_at: datetime
    intensity: int


class RatingCreated(RatingOut):
    reminder: dict | None = None


class Page(Schema):
    limit: int = Field(100, ge=1, le=500)
    offset: Offset = 0


def _pursuit_out(pursuit: Pursuit, *, crisis: bool = False, reminder=None) -> dict:
    return {"id": pursuit.pk, "name": pursuit.name, "kind": pursuit.kind,
            "created_at": pursuit.created_at, "archived": pursuit.archived,
            "crisis_detected": crisis, "reminder": reminder}


@pursuits_router.get("", response=list[PursuitOut], summary="List pursuits")
def pursuit_list(request):
    return [_pursuit_out(p) for p in owned(Pursuit, request.user)]


@pursuits_router.post("", response={201: PursuitOut, 422: Error},
                      summary="Start following a pursuit (optionally with a first rating)")
def pursuit_create(request, payload: PursuitCreateIn):
    pursuit = services.pursuit_create(user=request.user, name=payload.name, kind=payload.kind,
                                      intensity=payload.intensity)
    if payload.archived:
        pursuit.archived = True
        pursuit.save(update_fields=["archived"])
    reminder = selectors.pursuit_history(request.user, pursuit)["reminder"]
    return Status(201, _pursuit_out(pursuit, crisis=crisis_flag(pursuit.name, user=request.user),
                                    reminder=reminder))


@pursuits_router.get("/{int:pk}", response={200: PursuitOut, 404: Error},
                     summary="Read a pursuit")
def pursuit_read(request, pk: int):
    pursuit = get_owned_or_404(Pursuit, request.user, pk)
    return _pursuit_out(pursuit,
                        reminder=selectors.pursuit_history(request.user, pursuit)["reminder"])


@pursuits_router.patch("/{int:pk}", response={200: PursuitOut, 404: Error, 422: Error},
                       summary="Update a pursuit")
def pursuit_update(request, pk: int, payload: PatchDict[PursuitIn]):
    pursuit = get_owned_or_404(Pursuit, request.user, pk)
    apply_patch(pursuit, payload)
    pursuit.full_clean()
    with transaction.atomic():
        pursuit.save()
    return _pursuit_out(pursuit, crisis=crisis_flag(pursuit.name, user=request.user))


@pursuits_router.delete("/{int:pk}", response={204: None, 404: Error},
                        summary="Delete a pursuit and its ratings")
def pursuit_delete(request, pk: int):
    pursuit = get_owned_or_404(Pursuit, request.user, pk)
    with transaction.atomic():
        pursuit.delete()
    return Status(204, None)


@pursuits_router.get("/{int:pk}/ratings", response={200: list[RatingOut], 404: Error},
                     summary="A pursuit's ratings, in time order")
def rating_list(request, pk: int, page: Query[Page]):
    pursuit = get_owned_or_404(Pursuit, request.user, pk)
    ratings = PursuitRating.objects.filter(pursuit=pursuit).order_by("rated_at", "id")
    return list(ratings[page.offset:page.offset + page.limit])


@pursuits_router.post("/{int:pk}/ratings", response={201: RatingCreated, 404: Error, 422: Error},
                      summary="Rate a pursuit's intensity (0–10)")
def rating_create(request, pk: int, payload: RatingIn):
    pursuit = get_owned_or_404(Pursuit, request.user, pk)
    rating = services.pursuit_rate(pursuit=pursuit, intensity=payload.intensity,
                                   rated_at=_aware(payload.rated_at, request.user))
    reminder = selectors.pursuit_history(request.user, pursuit)["reminder"]
    return Status(201, {"id": rating.pk, "rated_at": rating.rated_at,
                        "intensity": rating.intensity, "reminder": reminder})


@pursuits_router.delete("/{int:pk}/ratings/{int:rating_pk}",
                        response={204: None, 404: Error}, summary="Delete a rating")
def rating_delete(request, pk: int, rating_pk: int):
    pursuit = get_owned_or_404(Pursuit, request.user, pk)
    # Ratings carry no owner of their own: they are found only within an owned pursuit.
    rating = PursuitRating.objects.filter(pursuit=pursuit, pk=rating_pk).first()
    if rating is None:
        raise Http404
    with transaction.atomic():
        rating.delete()
    return Status(204, None)
