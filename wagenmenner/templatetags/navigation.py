from django import template
from django.utils.html import conditional_escape as esc
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagenmenner.paths import path

register = template.Library()
CURRENT = ' aria-current="page"'

# The main navigation: (URL name, text, the app — or URL name — whose pages mark it as the
# current one, which context flag shows it; None: always).
MAIN = (
    ("home", _("Home"), "=home", None),
    ("rides:quick", _("Reins"), None, None),
    ("rides:start", _("Ride"), None, None),
    ("checkins:checkin", _("Check in"), None, None),
    ("insights:overview", _("Insights"), "insights", None),
    ("people:list", _("People"), "people", None),
    ("charioteer:overview", _("My charioteer"), None, None),
    ("rides:history", _("Rides"), None, None),
    ("selfcheck:take", _("Self-check"), None, None),
    ("learn:index", _("Learn"), None, None),
    ("sharing:index", _("Sharing"), "sharing", None),
    ("partner:space", _("My space"), "partner", "has_incoming_links"),
    ("therapist:caseload", _("Caseload"), "therapist", "has_caseload"),
    ("accounts:settings", _("Account"), None, None),
)


@register.simple_tag(takes_context=True)
def main_nav(context):
    """The navigation of a logged-in person, the page's own item marked as current:
    written here in one pass rather than as fourteen template tags on every page."""
    match = getattr(context.get("request"), "resolver_match", None)
    links = []
    for name, text, current, flag in MAIN:
        if flag and not context.get(flag):
            continue
        here = match is not None and current is not None and (
            match.url_name == current[1:] if current.startswith("=")
            else match.app_name == current)
        links.append(f'  <a href="{esc(path(name))}"'
                     f"{CURRENT if here else ''}>{esc(text)}</a>\n")
    label = esc(gettext("Main"))
    return mark_safe(  # noqa: S308 (every text escaped above)
        f'<nav class="mainnav" aria-label="{label}">\n{"".join(links)}</nav>')
