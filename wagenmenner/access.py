"""The one place that decides who may see what.

Every view and API route fetches personal objects through these helpers, so an id
that belongs to someone else is indistinguishable from one that does not exist (404).
When partner and therapist access arrives, this is where it grows.
"""

from django.http import Http404


def owned(model, user, queryset=None):
    """The rows of ``model`` (or of ``queryset``) that belong to ``user``."""
    base = queryset if queryset is not None else model.objects.all()
    if user is None or not user.is_authenticated:
        return base.none()
    return base.filter(owner=user)


def get_owned_or_404(model, user, pk, queryset=None):
    try:
        return owned(model, user, queryset).get(pk=pk)
    except (model.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
