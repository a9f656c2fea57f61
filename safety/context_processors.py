from django.utils.translation import get_language

from safety.alerts import CRISIS, VIOLENCE, take_cards
from safety.lines import crisis_lines


def crisis(request):
    """Every page shows the crisis lines; the page after a save that asks for it shows a
    card: the crisis card (``show_crisis_card`` holds the reason) or the violence card.

    A page the service worker fetches in the background to keep for later shows no card
    and leaves it for the page the person opens next: otherwise the card could vanish into
    a cache, and come up from it days later, offline."""
    cards = take_cards(request)
    return {"crisis": crisis_lines(get_language() or "nl"),
            "show_crisis_card": cards.get(CRISIS, ""),
            "show_violence_card": VIOLENCE in cards}
