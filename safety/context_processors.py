from django.utils.translation import get_language

from safety.alerts import pop_crisis_flag, pop_violence_flag
from safety.lines import crisis_lines


def crisis(request):
    """Every page shows the crisis lines; the page after a save that asks for it shows a
    card: the crisis card (``show_crisis_card`` holds the reason) or the violence card."""
    return {"crisis": crisis_lines(get_language() or "nl"),
            "show_crisis_card": pop_crisis_flag(request),
            "show_violence_card": pop_violence_flag(request)}
