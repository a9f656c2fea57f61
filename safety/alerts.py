"""After a save: bring up a card, kindly, when what was saved asks for it.

Two cards, each shown once on the page after the save (base.html, via the context
processor), never instead of it and never delaying it:

- the crisis card, when free text speaks of crisis (the detector) or a check-in says the
  thoughts of death are strong;
- the violence card, when an escalation turned to objects or to someone's body, or a
  self-check says anger runs high: where to get help (Veilig Thuis, the GP, 112).

Every text check goes through ``texts_speak_of_crisis``, so there is one place that decides
and one place a test can watch (``safety/tests/test_every_free_text_save_checks.py``).
"""

SESSION_KEY = "wm_show_crisis_card"
# A check-in's thoughts of death at this level or higher bring up the crisis card.
DARK_THOUGHTS_CARD = 7
VIOLENCE_KEY = "wm_show_violence_card"
# Why the crisis card comes up: the card says it in words that fit.
REASON_TEXT = "text"
REASON_DARK_THOUGHTS = "dark_thoughts"


def _scan(text: str) -> bool:
    from safety.detector import detect_crisis

    return detect_crisis(text)


def texts_speak_of_crisis(*texts) -> bool:
    return any(_scan(t) for t in texts if t)


def flag_crisis(request, reason: str = REASON_TEXT) -> None:
    """For callers that already ran the detector: the next page shows the card."""
    if hasattr(request, "session"):
        # True for the usual reason, so a text flag looks as it always did.
        request.session[SESSION_KEY] = True if reason == REASON_TEXT else reason


def dark_thoughts_are_strong(level) -> bool:
    return level is not None and level >= DARK_THOUGHTS_CARD


def checkin_crisis_reason(answer: dict) -> str:
    """Why a check-in's answer says crisis_detected: the score, or else the text."""
    if dark_thoughts_are_strong(answer.get("dark_thoughts")):
        return REASON_DARK_THOUGHTS
    return REASON_TEXT


def flag_crisis_if_needed(request, *texts) -> bool:
    found = texts_speak_of_crisis(*texts)
    if found:
        flag_crisis(request)
    return found


def pop_crisis_flag(request) -> str:
    """The reason the card comes up on this page ("" when it does not), and only once."""
    session = getattr(request, "session", None)
    if session is None or SESSION_KEY not in session:
        return ""
    value = session.pop(SESSION_KEY)
    if value is True:
        return REASON_TEXT
    return value if isinstance(value, str) else ""


def flag_violence(request) -> None:
    if hasattr(request, "session"):
        request.session[VIOLENCE_KEY] = True


def pop_violence_flag(request) -> bool:
    session = getattr(request, "session", None)
    if session is None or VIOLENCE_KEY not in session:
        return False
    return bool(session.pop(VIOLENCE_KEY))
