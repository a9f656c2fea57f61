from functools import cache

from django.conf import settings
from django.utils.functional import SimpleLazyObject

THERAPIST = "therapist"


def _incoming_roles(request) -> frozenset:
    """The roles in which someone shares with this person: one small query, or none on a
    shared page (wagenmenner.access.shared_or_404 knows the role already)."""
    from sharing.models import Link

    known = getattr(request, "wm_link_role", None)
    if known:
        return frozenset({known})
    return frozenset(Link.objects.active().filter(reader=request.user)
                     .values_list("role", flat=True).distinct())


def sharing(request):
    """The navigation shows the partner space to those with a partner or close one sharing
    with them, and the caseload to therapists: one query, made only on pages that render
    the navigation."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"quick_exit_url": settings.QUICK_EXIT_URL}
    roles = cache(lambda: _incoming_roles(request))
    return {"quick_exit_url": settings.QUICK_EXIT_URL,
            "has_incoming_links": SimpleLazyObject(lambda: bool(roles() - {THERAPIST})),
            "has_caseload": SimpleLazyObject(lambda: THERAPIST in roles())}
