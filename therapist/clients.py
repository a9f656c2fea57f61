"""How the therapist's pages and routes reach a client (issue 10). Every one of them goes
through here: first the second factor (403 until confirmed), then the link (404 unless it
is an active link in the role ``therapist`` to the caller), then the consent per kind
(wagenmenner.access, with the access-log entry).

Other apps that add client routes (``therapist.api.caseload_router``) use the same two
functions."""

from datetime import date

from django.http import Http404

from sharing.models import Link
from twofactor.gate import second_factor_or_403
from wagenmenner.access import READ, THERAPIST, Grant, grants_of_link, valid_id


def client_link_or_404(request, link_id) -> Link:
    """The link, with its owner."""
    second_factor_or_403(request)
    pk = valid_id(link_id)
    link = (Link.objects.active().filter(pk=pk, reader=request.user, role=THERAPIST)
            .select_related("owner").first() if pk else None)
    if link is None:
        raise Http404
    # The navigation then needs no query of its own (sharing.context_processors).
    request.wm_link_role = THERAPIST
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
