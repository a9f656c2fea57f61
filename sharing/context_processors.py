from django.conf import settings
from django.utils.functional import SimpleLazyObject


def _has_incoming(request) -> bool:
    from sharing.models import Link

    if getattr(request, "wm_has_links", False):
        return True  # a shared page asked already (wagenmenner.access.shared_or_404)
    return Link.objects.active().filter(reader=request.user).exists()


def sharing(request):
    """The navigation shows the partner space to those with someone sharing with them: one
    small query, made only on pages that render the navigation."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"quick_exit_url": settings.QUICK_EXIT_URL}
    return {"quick_exit_url": settings.QUICK_EXIT_URL,
            "has_incoming_links": SimpleLazyObject(lambda: _has_incoming(request))}
