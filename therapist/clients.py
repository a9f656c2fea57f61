"""How the therapist's pages and routes reach a client (issue 10). Every one of them goes
through here: first the second factor (403 until confirmed), then the link (404 unless it
is an active link in the role ``therapist`` to the caller), then the consent per kind
(wagenmenner.access, with the access-log entry).

Other apps that add client routes (``therapist.api.caseload_router``) use the same two
functions."""

from datetime import date

from django.http import Http404

from sharing.models import Consent, Link
from twofactor.gate import second_factor_or_403
from wagenmenner.access import READ, THERAPIST, Grant, grants_of_link, valid_id


def client_link_or_404(request, link_id, *, with_consents: bool = False) -> Link:
    """The link, with its owner. ``with_consents`` reads its open consents with it, in the
    same query, into ``link.open_consents`` (``grants_of_link`` then reads none): for the
    client's page and summary, which show what is shared."""
    second_factor_or_403(request)
    pk = valid_id(link_id)
    if pk is None:
        raise Http404
    link = _link_through_consents(request.user, pk) if with_consents else None
    if link is None:
        # get(), not first(): first() sorts by the model's ordering, and a sorted query
        # makes the ORM compare every column it selects (the link's and its owner's).
        try:
            link = (Link.objects.active().select_related("owner")
                    .get(pk=pk, reader=request.user, role=THERAPIST))
        except Link.DoesNotExist:
            raise Http404 from None
        if with_consents:
            link.open_consents = []
    # The navigation then needs no query of its own (sharing.context_processors).
    request.wm_link_role = THERAPIST
    return link


def _link_through_consents(user, pk: int) -> Link | None:
    """The reader's active therapist link ``pk`` with its owner, read through its open
    consents (one row each); None when it has none open (or is not the reader's)."""
    consents = list(Consent.objects.filter(
        revoked_at__isnull=True, link_id=pk, link__reader=user, link__role=THERAPIST,
        link__ended_at__isnull=True).select_related("link__owner").order_by())
    if not consents:
        return None
    link = consents[0].link
    for consent in consents:
        consent.link = link
    link.open_consents = consents
    return link


def client_grant(request, link: Link, kind: str, action: str = READ) -> Grant | None:
    """The grant for ``kind`` on this client's link, with its access-log entry; None (and
    nothing shown) when the client does not share the kind."""
    from sharing.services import access_log_write

    grant = grants_of_link(request.user, link, action).get(kind)
    if grant is not None:
        access_log_write(request, grant)
    return grant


def client_period(link: Link, since: str | None, last_session: date | None) -> tuple:
    """since..today in the client's calendar; since defaults to the last session (else four
    weeks ago). ValidationError for a date that is not one, or lies after today."""
    from insights.periods import local_today, parse_period
    from therapist.summary import default_since

    today = local_today(link.owner)
    start = since or default_since(last_session, today).isoformat()
    return parse_period(start, today.isoformat(), today)
