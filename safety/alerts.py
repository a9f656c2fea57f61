"""After free text is saved: bring up the crisis card, kindly, if the text speaks of crisis.

The save itself is never blocked or delayed: views call ``flag_crisis_if_needed`` after the
transaction, and the next page shows the card (base.html, via the context processor).
Whoever the text belongs to, the moment is remembered (``CrisisTextSeen``): the warning
plan suggests red for the 24 hours after it.
"""

from django.utils import timezone

SESSION_KEY = "wm_show_crisis_card"


def texts_speak_of_crisis(*texts, user=None) -> bool:
    from safety.detector import detect_crisis

    found = any(detect_crisis(t) for t in texts if t)
    if found and user is not None and user.is_authenticated:
        remember_crisis_text(user)
    return found


def remember_crisis_text(user) -> None:
    from safety.models import CrisisTextSeen

    CrisisTextSeen.objects.update_or_create(owner=user, defaults={"at": timezone.now()})


def flag_crisis(request) -> None:
    """For callers that already ran the detector: the next page shows the card."""
    if hasattr(request, "session"):
        request.session[SESSION_KEY] = True


def flag_crisis_if_needed(request, *texts) -> bool:
    found = texts_speak_of_crisis(*texts, user=getattr(request, "user", None))
    if found:
        flag_crisis(request)
    return found


def pop_crisis_flag(request) -> bool:
    session = getattr(request, "session", None)
    if session is None or SESSION_KEY not in session:
        return False
    return bool(session.pop(SESSION_KEY))
