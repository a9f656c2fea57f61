from django.utils.translation import get_language

from safety.lines import crisis_lines


def crisis(request):
    """Every page shows the crisis lines: the crisis card must never be more than a tap away."""
    return {"crisis": crisis_lines(get_language() or "nl")}
