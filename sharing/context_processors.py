from functools import cache

from django.conf import settings
from django.db import connection
from django.utils.functional import SimpleLazyObject

from wagenmenner.access import LIVE_ROLES, THERAPIST


def _link_facts(request) -> tuple[frozenset, bool]:
    """The roles in which someone shares with this person, and whether a time-out
    agreement is shared with a partner or close one on any of their links, either way:
    one small query, or none on a shared page (wagenmenner.access.shared_or_404 knows the
    role already; a partner's page then watches for time-outs anyway)."""
    known = getattr(request, "wm_link_role", None)
    if known:
        return frozenset({known}), known in LIVE_ROLES
    user_id = request.user.pk
    with connection.cursor() as cursor:
        cursor.execute(_link_facts_sql(), [user_id, user_id, user_id])
        rows = cursor.fetchall()
    roles, watch = set(), False
    for role, incoming, timeout_shared in rows:
        if incoming:
            roles.add(role)
        watch = watch or bool(timeout_shared and role in LIVE_ROLES)
    return frozenset(roles), watch


@cache
def _link_facts_sql() -> str:
    """The person's active links (``Link.objects.active().of(user)``): each link's role,
    whether it is incoming, and whether a time-out agreement is shared on it. Written as
    SQL: it runs on every page, and building it with the ORM cost five times more than
    running it."""
    from sharing.models import Consent, Link

    consents, links = Consent._meta.db_table, Link._meta.db_table  # names from the schema
    return (f"SELECT l.role, l.reader_id = %s, EXISTS (SELECT 1 FROM {consents} c "  # noqa: S608
            "WHERE c.link_id = l.id AND c.kind = 'timeout_protocol' AND c.revoked_at IS NULL) "
            f"FROM {links} l WHERE l.ended_at IS NULL AND l.reader_id IS NOT NULL "
            "AND (l.owner_id = %s OR l.reader_id = %s)")


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
