"""Parts of every page's frame written in one pass each: the footer (as template tags, a
loop over the crisis lines, five translations, three paths and the language form, it cost
every page about half a millisecond, a third of the frame) and the app's assets in the
head (five statics, five paths, a translation: about 0.2 ms). The HTML is the template's,
byte for byte (wagenmenner/tests/test_frame.py holds each to the template it replaced)."""

from django import template
from django.conf import settings
from django.template.defaulttags import CsrfTokenNode
from django.templatetags.static import static
from django.utils.html import conditional_escape as esc
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info, gettext, gettext_noop

from wagenmenner.paths import path

register = template.Library()

NOT_CONFIGURED = "safety/includes/not_configured.html"
_CSRF = CsrfTokenNode()
DISCLAIMER = gettext_noop(
    "Wagenmenner supports, and does not replace, treatment. It makes no diagnosis.")


@register.simple_tag(takes_context=True)
def footer(context):
    """Where to find help now (the crisis lines of ``safety.context_processors.crisis``,
    each a ``tel:`` link), what the app is not, privacy, and the other languages."""
    crisis = context.get("crisis") or {}
    lines = "".join(
        f'<li><a href="tel:{esc(line["tel"])}">{esc(line.get("name", ""))}: '
        f'<span class="nowrap">{esc(line.get("phone", ""))}</span></a></li>'
        for line in crisis.get("lines", ()) if line.get("tel"))
    not_configured = ""
    if crisis.get("needs_configuration"):
        with context.push():
            not_configured = context.template.engine.get_template(NOT_CONFIGURED).render(context)
    request = context.get("request")
    here = esc(request.get_full_path()) if request is not None else ""
    current = get_language()
    languages = "".join(
        f'<button type="submit" name="language" value="{esc(code)}" lang="{esc(code)}"'
        f' class="linklike">{esc(get_language_info(code)["name_local"])}</button>'
        for code, _name in settings.LANGUAGES if code != current)
    return mark_safe(  # noqa: S308 (every value escaped above; not_configured is a template's)
        f'  <h2 class="foot-h">{esc(gettext("Need help now?"))}</h2>\n'
        f'  <ul class="lines">\n'
        f'  {lines}\n'
        f'  <li><a href="{esc(path("safety:crisis"))}">{esc(gettext("All crisis help"))}</a></li>\n'
        f'  </ul>\n'
        f'  {not_configured}\n'
        f'  <p class="small">{esc(gettext(DISCLAIMER))}\n'
        f'  <a href="{esc(path("privacy"))}">{esc(gettext("Privacy"))}</a></p>\n'
        f'  <form class="lang" action="{esc(path("set_language"))}" method="post">'
        f'{_CSRF.render(context)}\n'
        f'    <input type="hidden" name="next" value="{here}">\n'
        f'    \n'
        f'    {languages}\n'
        f'  </form>')


OFFLINE_FORM = gettext_noop("You are offline: this has not been sent. What you filled in stays "
                            "here; send it again when you are online.")
# The paths the offline script (wagenmenner/static/wagenmenner/offline.js) is given.
OFFLINE_PATHS = (("sw", "checkins:sw"), ("session", "checkins:session"),
                 ("api", "api:checkin_create"), ("api-ride", "api:ride_quick"),
                 ("logout", "accounts:logout"))


@register.simple_tag
def app_assets():
    """The app's stylesheet, manifest, icon and scripts."""
    paths = "".join(f' data-{key}="{esc(path(name))}"' for key, name in OFFLINE_PATHS)
    return mark_safe(  # noqa: S308 (every value escaped)
        f'<link rel="stylesheet" href="{esc(static("wagenmenner/app.css"))}">\n'
        f'<link rel="manifest" href="{esc(static("wagenmenner/manifest.webmanifest"))}">\n'
        f'<link rel="icon" href="{esc(static("wagenmenner/icon.svg"))}" type="image/svg+xml">\n'
        f'<script src="{esc(static("wagenmenner/app.js"))}" defer></script>\n'
        f'<script src="{esc(static("wagenmenner/offline.js"))}" defer{paths}'
        f' data-msg-offline-form="{esc(gettext(OFFLINE_FORM))}"></script>')
