from django.utils.translation import get_language

from safety.alerts import pop_crisis_flag, pop_violence_flag
from safety.lines import crisis_lines

# Sent by the service worker when it fetches a page to keep for offline use (sw.js).
KEEP_HEADER = "X-WM-Keep"


def crisis(request):
    """Every page shows the crisis lines; the page after a save that asks for it shows a
    card: the crisis card (``show_crisis_card`` holds the reason) or the violence card.

    A page the service worker fetches in the background to keep for later shows no card
    and leaves it for the page the person opens next: otherwise the card could vanish into
    a cache, and come up from it days later, offline."""
    lines = crisis_lines(get_language() or "nl")
    if request.headers.get(KEEP_HEADER):
        return {"crisis": lines, "show_crisis_card": "", "show_violence_card": False}
    return {"crisis": lines, "show_crisis_card": pop_crisis_flag(request),
            "show_violence_card": pop_violence_flag(request)}
