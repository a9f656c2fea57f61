"""The one place that decides who may see what (METHOD 3).

"May this user do this action on this object?" has three kinds of answer:

- the **owner** may do anything with their own data: ``owned`` and ``get_owned_or_404``
  scope every query of the person's own pages and routes;
- a **reader** (partner, close one, therapist) may do what their role allows with a kind
  the owner shares with them on an active link, and nothing else: ``may`` answers with
  the grounds (a ``Grant``), ``shared_or_404`` answers for a route and writes the access
  log entry (NEN 7513);
- anyone else gets ``None`` / 404, the same answer as for an id that does not exist.

The consent check is one query whatever the number of links (an indexed lookup of the
open consent row), and the log entry one insert: the two queries sharing adds to a page.
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.http import Http404

READ, PRINT, EXPORT, CREATE, UPDATE, DELETE = "read", "print", "export", "create", "update", "delete"
ACTIONS = (READ, PRINT, EXPORT, CREATE, UPDATE, DELETE)

OWNER = "owner"
PARTNER, CLOSE, THERAPIST = "partner", "close", "therapist"
ROLES = (PARTNER, CLOSE, THERAPIST)
# The roles that see a shared time-out live: a therapist reads the agreement, but nobody
# should feel watched by their therapist in real time (HAZ-16).
LIVE_ROLES = (PARTNER, CLOSE)

# The kinds a person can share, in the order the sharing page shows them. The names are
# an API contract (issue 9); sharing.kinds says what each one shows.
KINDS = ("warning_plan", "timeout_protocol", "safety_plan", "agreements", "weekly_summary",
         "checkin_levels", "rides", "escalations", "selfchecks", "insights")

# What a role may do with a kind that is shared with it. Reading is the rule; a therapist
# may also print and export (issue 10); starting the agreed time-out is the one write a
# partner or close one makes on the other's behalf (METHOD 4.6).
ROLE_ACTIONS = {PARTNER: {READ}, CLOSE: {READ}, THERAPIST: {READ, PRINT, EXPORT}}
KIND_ACTIONS = {"timeout_protocol": {(PARTNER, CREATE), (CLOSE, CREATE)}}


def owned(model, user, queryset=None):
    """The rows of ``model`` (or of ``queryset``) that belong to ``user``."""
    base = queryset if queryset is not None else model.objects.all()
    if user is None or not user.is_authenticated:
        return base.none()
    # By id: the request's user is a lazy proxy, and filtering on the object walks through
    # it again for each query (a third of building a simple one).
    return base.filter(owner_id=user.pk)


def get_owned_or_404(model, user, pk, queryset=None):
    try:
        return owned(model, user, queryset).get(pk=pk)
    except (model.DoesNotExist, ValueError, TypeError, OverflowError):
        raise Http404 from None


@dataclass(frozen=True)
class Grant:
    """Why ``user`` may do ``action`` on ``owner``'s data of ``kind``."""

    user: object
    owner: object
    action: str
    kind: str
    role: str = OWNER
    link: object = None
    consent: object = None

    @property
    def grounds(self) -> str:
        if self.consent is None:
            return "own data"
        return (f"consent {self.consent.pk} ({self.kind}, link {self.link.pk}, "
                f"{self.role}, since {self.consent.granted_at:%Y-%m-%d %H:%M}Z)")


MAX_ID = 2**63 - 1


def valid_id(value) -> int | None:
    """An id as the database can hold it, or None: an id no row can have is simply not
    found, never an overflow."""
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return number if 0 < number <= MAX_ID else None


def role_may(role: str, action: str, kind: str) -> bool:
    return action in ROLE_ACTIONS.get(role, ()) or (role, action) in KIND_ACTIONS.get(kind, ())


def may(user, action: str, *, kind: str, owner=None, link_id=None) -> Grant | None:
    """May ``user`` do ``action`` on the data of ``kind`` of ``owner`` (or of the owner of
    link ``link_id``)? A ``Grant`` with its grounds, or None."""
    from sharing.models import Consent

    if user is None or not user.is_authenticated or kind not in KINDS or action not in ACTIONS:
        return None
    if owner is not None and owner.pk == user.pk and link_id is None:
        return Grant(user=user, owner=user, action=action, kind=kind)
    consents = Consent.objects.filter(kind=kind, revoked_at__isnull=True,
                                      link__reader=user, link__ended_at__isnull=True)
    if link_id is not None:
        if valid_id(link_id) is None:
            return None
        consents = consents.filter(link_id=valid_id(link_id))
    if owner is not None:
        consents = consents.filter(link__owner=owner)
    consent = consents.select_related("link__owner").order_by("link_id").first()
    if consent is None or not role_may(consent.link.role, action, kind):
        return None
    return Grant(user=user, owner=consent.link.owner, action=action, kind=kind,
                 role=consent.link.role, link=consent.link, consent=consent)


def shared_or_404(request, *, link_id, kind: str, action: str = READ) -> Grant:
    """For a route that shows someone else's data: the grant, with its access-log entry
    written; 404 otherwise (and a 'refused' entry when the caller is a party to the link,
    so the person sees attempts after a revoke too)."""
    from sharing.services import access_log_refusal, access_log_write
    from twofactor.gate import second_factor_or_403

    grant = may(request.user, action, kind=kind, link_id=link_id)
    if grant is None:
        access_log_refusal(request, link_id=link_id, kind=kind, action=action)
        raise Http404
    if grant.role == THERAPIST:
        second_factor_or_403(request)
    access_log_write(request, grant)
    # The page's navigation needs no query of its own to know the reader has links.
    request.wm_link_role = grant.role
    return grant


def link_or_404(user, link_id, action: str = READ):
    """A link for one of its two sides: both may read and end it (``DELETE``); only the
    owner may change what is shared (``UPDATE``; the reader gets 403)."""
    from sharing.models import Link

    if user is None or not user.is_authenticated or valid_id(link_id) is None:
        raise Http404
    try:
        link = (Link.objects.active().of(user).select_related("owner", "reader")
                .get(pk=valid_id(link_id)))
    except Link.DoesNotExist:
        raise Http404 from None
    if action == UPDATE and link.owner_id != user.pk:
        raise PermissionDenied
    return link


def grants_of_reader(user, action: str, *, role: str | tuple[str, ...],
                     kind: str | None = None) -> dict[int, dict[str, Grant]]:
    """For a reader's list of people (a therapist's caseload, the time-outs running for a
    partner): per active link in ``role`` (one or several), the grants for ``action`` on
    each kind (or on ``kind`` alone) shared with them. One query, whatever the number of
    links; nothing is logged here (the caller logs what it shows)."""
    from sharing.models import Consent

    if user is None or not user.is_authenticated:
        return {}
    roles = (role,) if isinstance(role, str) else tuple(role)
    grants: dict[int, dict[str, Grant]] = {}
    consents = (Consent.objects.filter(revoked_at__isnull=True, link__reader=user,
                                       link__ended_at__isnull=True, link__role__in=roles)
                .select_related("link__owner"))
    if kind is not None:
        consents = consents.filter(kind=kind)
    for consent in consents:
        link_role = consent.link.role
        if consent.kind in KINDS and role_may(link_role, action, consent.kind):
            grants.setdefault(consent.link_id, {})[consent.kind] = Grant(
                user=user, owner=consent.link.owner, action=action, kind=consent.kind,
                role=link_role, link=consent.link, consent=consent)
    return grants


def grants_of_link(user, link, action: str) -> dict[str, Grant]:
    """The grants for ``action`` on every kind shared on ``link``, a link already found to
    be active and the reader's own (``therapist.clients.client_link_or_404``): its open
    consents as read with the link (``link.open_consents``), else one query of them,
    without reading the link and its owner again. Nothing is logged here (the caller logs
    what it shows)."""
    from sharing.models import Consent

    grants = {}
    if link.reader_id != user.pk or link.ended_at is not None:
        return grants
    consents = getattr(link, "open_consents", None)
    if consents is None:
        # Unsorted: there is one open consent per kind (a constraint), so order tells
        # nothing.
        consents = Consent.objects.filter(link=link, revoked_at__isnull=True).order_by()
    for consent in consents:
        if consent.kind in KINDS and role_may(link.role, action, consent.kind):
            consent.link = link
            grants[consent.kind] = Grant(user=user, owner=link.owner, action=action,
                                         kind=consent.kind, role=link.role, link=link,
                                         consent=consent)
    return grants
