"""After a save: bring up a card, kindly, when what was saved asks for it.

Two cards, each shown once on the page after the save (base.html, via the context
processor), never instead of it and never delaying it:

- the crisis card, when free text speaks of crisis (the detector) or a check-in says the
  thoughts of death are strong;
- the violence card, when an escalation turned to objects or to someone's body, or a
  self-check says anger runs high: where to get help (Veilig Thuis, the GP, 112).

Every text check goes through ``texts_speak_of_crisis`` (or, for a write that checks its
words before taking the write lock, ``crisis_in`` and then ``remember_crisis_text``), so
there is one place that decides and one place a test can watch
(``safety/tests/test_every_free_text_save_checks.py``). Whoever the text belongs to, the
moment is remembered (``CrisisTextSeen``): the warning plan suggests red for the 24 hours
after it.
"""

import re

from django.utils import timezone

# The cards wait for the next page in a cookie of their own, not in the session: the phone
# often sends a second request at the same moment (the service worker keeping pages, the
# offline queue asking for a token), and with sessions the last request to finish writes the
# whole session back, so a card set by the first could be lost (safety.middleware).
CARD_COOKIE = "__Host-wm_card"
CRISIS, VIOLENCE = "crisis", "violence"
# Sent by the service worker when it fetches a page to keep for offline use (sw.js): such a
# page shows no card and leaves it for the page the person opens next.
KEEP_HEADER = "X-WM-Keep"
# A check-in's thoughts of death at this level or higher bring up the crisis card.
DARK_THOUGHTS_CARD = 7
# Why the crisis card comes up: the card says it in words that fit.
REASON_TEXT = "text"
REASON_DARK_THOUGHTS = "dark_thoughts"
# A check-in that said so but could not be saved (a row left empty): the card comes up
# all the same, saying that nothing was saved yet.
REASON_DARK_THOUGHTS_UNSAVED = "dark_thoughts_unsaved"
# Crisis words in a form sent back with its errors: nothing saved, the card comes up all the
# same, saying so.
REASON_TEXT_UNSAVED = "text_unsaved"
REASONS = (REASON_TEXT, REASON_DARK_THOUGHTS, REASON_DARK_THOUGHTS_UNSAVED, REASON_TEXT_UNSAVED)
# Forms whose text is never scanned when saved either (the plans speak of crisis on purpose,
# a token's label and the clinician's pages are not the person writing about themself).
UNSAVED_NOT_SCANNED = frozenset({"safety:plan_edit", "warningplan:plan_edit",
                                 "accounts:token_create", "questionnaires:clinic",
                                 "questionnaires:assign"})
# Fields that are not text about oneself: passwords, codes, the form's own hidden values.
_NOT_TEXT = re.compile(r"csrf|password|code|token|key|otp|recorded_at|^next$", re.I)


def _scan(text: str) -> bool:
    from safety.detector import detect_crisis

    return detect_crisis(text)


def crisis_in(*texts) -> bool:
    """The detector's verdict on the texts, nothing remembered: work on the words alone,
    so a write runs it before its transaction and holds the write lock (SQLite) or the
    person's row (PostgreSQL) only for its writes; it then calls ``remember_crisis_text``
    inside the transaction when this said yes."""
    return any(_scan(t) for t in texts if t)


def texts_speak_of_crisis(*texts, user=None) -> bool:
    found = crisis_in(*texts)
    if found and user is not None and user.is_authenticated:
        remember_crisis_text(user)
    return found


def remember_crisis_text(user) -> None:
    from safety.models import CrisisTextSeen

    CrisisTextSeen.objects.update_or_create(owner=user, defaults={"at": timezone.now()})


def dark_thoughts_are_strong(level) -> bool:
    return level is not None and level >= DARK_THOUGHTS_CARD


def checkin_crisis_reason(answer: dict) -> str:
    """Why a check-in's answer says crisis_detected: the score, or else the text."""
    if dark_thoughts_are_strong(answer.get("dark_thoughts")):
        return REASON_DARK_THOUGHTS
    return REASON_TEXT


def _pending(request) -> dict:
    if not hasattr(request, "wm_cards"):
        request.wm_cards = {}
    return request.wm_cards


def flag_crisis(request, reason: str = REASON_TEXT) -> None:
    """For callers that already ran the detector: the next page shows the card."""
    _pending(request)[CRISIS] = reason


def flag_crisis_if_needed(request, *texts) -> bool:
    found = texts_speak_of_crisis(*texts, user=getattr(request, "user", None))
    if found:
        flag_crisis(request)
    return found


def flag_violence(request) -> None:
    _pending(request)[VIOLENCE] = "1"


def cards_from_cookie(value: str) -> dict:
    """``crisis-text.violence-1`` -> {"crisis": "text", "violence": "1"}; anything else
    in the cookie is ignored."""
    cards = {}
    for token in (value or "").split("."):
        kind, _, detail = token.partition("-")
        if (kind == CRISIS and detail in REASONS) or (kind == VIOLENCE and detail == "1"):
            cards[kind] = detail
    return cards


def cards_to_cookie(cards: dict) -> str:
    return ".".join(f"{kind}-{detail}" for kind, detail in sorted(cards.items()))


def unsaved_text_speaks_of_crisis(request) -> bool:
    """Whether a form sent back with its errors holds crisis words. Saves redirect, so a
    page rendered for a POST is a form that was not saved (a required row left empty, a
    date that could not be read): what the person wrote there is read all the same, and
    nothing is remembered, since nothing was kept."""
    user = getattr(request, "user", None)
    if request.method != "POST" or user is None or not user.is_authenticated \
            or request.path_info.startswith("/api/"):
        return False
    match = getattr(request, "resolver_match", None)
    name = match.view_name if match else ""
    if name in UNSAVED_NOT_SCANNED or name.startswith("therapist:"):
        return False
    return crisis_in(*(value for key, values in request.POST.lists()
                       if not _NOT_TEXT.search(key) for value in values))


def take_cards(request) -> dict:
    """The cards this page shows, once: those waiting in the cookie and those flagged by
    this request itself, and the crisis card for a form not saved that speaks of crisis.
    The response then clears the cookie (safety.middleware)."""
    if request.headers.get(KEEP_HEADER):
        return {}
    cards = {**cards_from_cookie(request.COOKIES.get(CARD_COOKIE, "")),
             **getattr(request, "wm_cards", {})}
    if CRISIS not in cards and unsaved_text_speaks_of_crisis(request):
        cards[CRISIS] = REASON_TEXT_UNSAVED
    request.wm_cards_shown = True
    return cards
