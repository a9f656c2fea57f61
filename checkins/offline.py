"""The phone's offline cache (static/sw.js and offline.js): the pages of other apps that
work offline (the reins, questionnaires, the safety plan) name it the same way."""

from django.utils.crypto import salted_hmac


def cache_key_for(user) -> str:
    """An opaque name for the person's offline cache: it tells the service worker that
    another account logged in on this phone, without telling anyone who."""
    return salted_hmac("wagenmenner.checkins.offline-cache", str(user.pk)).hexdigest()[:24]
