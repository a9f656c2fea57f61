import re

import pytest
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation

from wagenmenner.templatetags.page_title import page_title


def _title(response) -> str:
    return re.search(r"<title>(.*?)</title>", response.content.decode(), re.S)[1]


@pytest.mark.parametrize(("language", "expected"), [("nl", "Inzicht – Wagenmenner"),
                                                     ("en", "Insights – Wagenmenner")])
def test_page_title_names_the_page_then_the_app(client_person, person, language, expected):
    person.language = language
    person.save()
    assert _title(client_person.get(reverse("insights:overview"))) == expected


def test_every_page_title_has_one_separator(client_person):
    for name in ("home", "checkins:checkin", "rides:history", "learn:index", "safety:crisis"):
        title = _title(client_person.get(reverse(name)))
        assert re.fullmatch(r"\S.* – Wagenmenner", title), (name, title)


def test_a_page_without_a_title_is_the_app_name_alone():
    rendered = Template("{% load page_title %}{% filter page_title %} \n {% endfilter %}")
    assert rendered.render(Context()) == "Wagenmenner"


def test_the_title_is_escaped_once():
    assert page_title("Tom & Jerry") == "Tom &amp; Jerry – Wagenmenner"
    with translation.override("nl"):
        rendered = Template("{% load page_title %}{% filter page_title %}{{ t }}{% endfilter %}")
        assert rendered.render(Context({"t": "<b>"})) == "&lt;b&gt; – Wagenmenner"
