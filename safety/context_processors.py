from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

from safety.alerts import take_cards
from safety.lines import crisis_lines


def crisis(request):
    """Every page shows the crisis lines; the page after a save that asks for it shows a
    card (``safety_cards.crisis`` holds the reason of the crisis card,
    ``safety_cards.violence`` asks for the violence card).

    The cards are taken only by a page that looks at them (base.html does): a page without
    them, such as the printed plan, leaves them for the next one. So does a page the
    service worker fetches in the background to keep for later: otherwise the card could
    vanish into a cache, and come up from it days later, offline."""
    return {"crisis": crisis_lines(get_language() or "nl"),
            "safety_cards": SimpleLazyObject(lambda: take_cards(request))}
