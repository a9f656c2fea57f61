"""The footer written by ``{% footer %}`` (wagenmenner/templatetags/frame.py) is the
template it replaced, byte for byte: the crisis lines, the note where none are configured,
the language form, in nl and en, with and without a CSRF token."""

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
