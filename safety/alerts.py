"""After free text is saved: bring up the crisis card, kindly, if the text speaks of crisis.

The save itself is never blocked or delayed: views call ``flag_crisis_if_needed`` after the
transaction, and the next page shows the card (base.html, via the context processor).
"""

SESSION_KEY = "wm_show_crisis_card"


def texts_speak_of_crisis(*texts) -> bool:
    from safety.detector import detect_crisis

    return any(detect_crisis(t) for t in texts if t)


def flag_crisis(request) -> None:
    """For callers that already ran the detector: the next page shows the card."""
    if hasattr(request, "session"):
        request.session[SESSION_KEY] = True


def flag_crisis_if_needed(request, *texts) -> bool:
    found = texts_speak_of_crisis(*texts)
    if found:
        flag_crisis(request)
    return found


def pop_crisis_flag(request) -> bool:
    session = getattr(request, "session", None)
    if session is None or SESSION_KEY not in session:
        return False
    return bool(session.pop(SESSION_KEY))
