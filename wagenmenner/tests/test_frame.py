"""The footer written by ``{% footer %}`` and the head's assets written by
``{% app_assets %}`` (wagenmenner/templatetags/frame.py) are the template they replaced,
byte for byte: the crisis lines, the note where none are configured, the language form,
in nl and en, with and without a CSRF token."""

import pytest
from django.template import engines
from django.test import RequestFactory, override_settings
from django.utils import translation

from safety.lines import crisis_lines

# base.html's footer before it became a tag.
TEMPLATE_FOOTER = """{% load i18n paths %}{% get_current_language as LANG %}
  <h2 class="foot-h">{% translate "Need help now?" %}</h2>
  <ul class="lines">
  {% for line in crisis.lines %}{% if line.tel %}<li><a href="tel:{{ line.tel }}">{{ line.name }}: <span class="nowrap">{{ line.phone }}</span></a></li>{% endif %}{% endfor %}
  <li><a href="{% path 'safety:crisis' %}">{% translate "All crisis help" %}</a></li>
  </ul>
  {% if crisis.needs_configuration %}{% include "safety/includes/not_configured.html" %}{% endif %}
  <p class="small">{% translate "Wagenmenner supports, and does not replace, treatment. It makes no diagnosis." %}
  <a href="{% path 'privacy' %}">{% translate "Privacy" %}</a></p>
  <form class="lang" action="{% path 'set_language' %}" method="post">{% csrf_token %}
    <input type="hidden" name="next" value="{{ request.get_full_path }}">
    {% get_available_languages as LANGUAGES %}{% get_language_info_list for LANGUAGES as languages %}
    {% for language in languages %}{% if language.code != LANG %}<button type="submit" name="language" value="{{ language.code }}" lang="{{ language.code }}" class="linklike">{{ language.name_local }}</button>{% endif %}{% endfor %}
  </form>"""  # noqa: E501


def _both(language, context):
    engine = engines["django"]
    with translation.override(language):
        old = engine.from_string(TEMPLATE_FOOTER).render(context)
        new = engine.from_string("{% load frame %}\n{% footer %}").render(context)
    return old, new


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("country", ["NL", "ZZ"])  # ZZ: no lines configured
@pytest.mark.parametrize("token", ["a-token", None])
def test_the_footer_is_the_templates(language, country, token):
    request = RequestFactory().get("/rit/?naar=%22%3E%3Cscript%3Ealert(1)%3C/script%3E&x=1")
    context = {"request": request, "crisis": None, "csrf_token": token}
    with override_settings(WAGENMENNER_COUNTRY=country):
        context["crisis"] = crisis_lines(language)
        old, new = _both(language, context)
    assert new == old
    assert "<script>" not in new
    assert ('class="small not-configured"' in new) == (country == "ZZ")
    assert new.count('href="tel:') == sum(1 for line in context["crisis"]["lines"]
                                          if line.get("tel"))
    assert ('name="csrfmiddlewaretoken"' in new) == (token is not None)


def test_a_line_with_markup_in_its_name_is_escaped():
    crisis = {"lines": [{"tel": "113", "name": "<b>113</b> & co", "phone": "113"},
                        {"name": "no number"}], "needs_configuration": False}
    context = {"request": RequestFactory().get("/"), "crisis": crisis, "csrf_token": "t"}
    old, new = _both("nl", context)
    assert new == old
    assert "&lt;b&gt;113&lt;/b&gt; &amp; co" in new and "no number" not in new


# base.html's assets in the head before they became a tag.
TEMPLATE_ASSETS = """{% load i18n static paths %}
<link rel="stylesheet" href="{% static 'wagenmenner/app.css' %}">
<link rel="manifest" href="{% static 'wagenmenner/manifest.webmanifest' %}">
<link rel="icon" href="{% static 'wagenmenner/icon.svg' %}" type="image/svg+xml">
<script src="{% static 'wagenmenner/app.js' %}" defer></script>
<script src="{% static 'wagenmenner/offline.js' %}" defer data-sw="{% path 'checkins:sw' %}" data-session="{% path 'checkins:session' %}" data-api="{% path 'api:checkin_create' %}" data-api-ride="{% path 'api:ride_quick' %}" data-logout="{% path 'accounts:logout' %}" data-msg-offline-form="{% translate 'You are offline: this has not been sent. What you filled in stays here; send it again when you are online.' %}"></script>"""  # noqa: E501


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_assets_are_the_templates(language):
    engine = engines["django"]
    with translation.override(language):
        old = engine.from_string(TEMPLATE_ASSETS).render({})
        new = engine.from_string("{% load frame %}\n{% app_assets %}").render({})
    assert new == old
    assert new.count("<script") == 2 and 'data-sw="/' in new
