from django.utils.translation import get_language

from safety.alerts import pop_crisis_flag
from safety.lines import crisis_lines


def crisis(request):
    """Every page shows the crisis lines; a page after a worrying text shows the whole card."""
    return {"crisis": crisis_lines(get_language() or "nl"),
            "show_crisis_card": pop_crisis_flag(request)}
