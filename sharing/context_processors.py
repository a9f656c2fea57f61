from functools import cache

from django.conf import settings
from django.db.models import Case, Exists, OuterRef, Value, When
from django.utils.functional import SimpleLazyObject

from wagenmenner.access import LIVE_ROLES, THERAPIST


def _link_facts(request) -> tuple[frozenset, bool]:
    """The roles in which someone shares with this person, and whether a time-out
    agreement is shared with a partner or close one on any of their links, either way:
    one small query, or none on a shared page (wagenmenner.access.shared_or_404 knows the
    role already; a partner's page then watches for time-outs anyway)."""
    from sharing.models import Consent, Link

    known = getattr(request, "wm_link_role", None)
    if known:
        return frozenset({known}), known in LIVE_ROLES
    rows = (Link.objects.active().of(request.user)
            .annotate(incoming=Case(When(reader=request.user, then=Value(True)),
                                    default=Value(False)),
                      timeout_shared=Exists(Consent.objects.filter(
                          link=OuterRef("pk"), kind="timeout_protocol",
                          revoked_at__isnull=True)))
            .values_list("role", "incoming", "timeout_shared").order_by().distinct())
    roles, watch = set(), False
    for role, incoming, timeout_shared in rows:
        if incoming:
            roles.add(role)
        watch = watch or (timeout_shared and role in LIVE_ROLES)
    return frozenset(roles), watch


def sharing(request):
    """The navigation shows the partner space to those with a partner or close one sharing
    with them, and the caseload to therapists; pages watch for time-outs where one is
    agreed across a link. One query, made only on pages that render the navigation."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"quick_exit_url": settings.QUICK_EXIT_URL}
    facts = cache(lambda: _link_facts(request))
    return {"quick_exit_url": settings.QUICK_EXIT_URL,
            "has_incoming_links": SimpleLazyObject(lambda: bool(facts()[0] - {THERAPIST})),
            "has_caseload": SimpleLazyObject(lambda: THERAPIST in facts()[0]),
            "watch_timeouts": SimpleLazyObject(lambda: facts()[1])}
