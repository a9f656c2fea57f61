"""The table of paths (wagenmenner/paths.py) gives exactly what reverse() gives, in both
languages, and the frame's links drawn from it are right on a real page in nl and en."""

import re

import pytest
from django.test import override_settings
from django.urls import NoReverseMatch, get_resolver, reverse, set_script_prefix
from django.utils import translation

from wagenmenner import paths
from wagenmenner.templatetags.navigation import MAIN

# Every argument-less link the frame draws (header, navigation, footer, offline script).
FRAME = ("home", "safety:crisis", "privacy", "set_language", "checkins:sw", "checkins:session",
         "api:checkin_create", "api:ride_quick", "accounts:logout")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_name_without_arguments_has_the_path_reverse_gives(language):
    with translation.override(language):
        table = paths.build(get_resolver())
        assert len(table) > 100
        for name in table:
            assert paths.path(name) == reverse(name), name


def test_the_frame_and_navigation_names_are_in_the_table():
    table = paths.build(get_resolver())
    for name in FRAME + tuple(entry[0] for entry in MAIN):
        assert name in table, name


def test_a_name_that_needs_arguments_or_does_not_exist_is_refused():
    with pytest.raises(NoReverseMatch):
        paths.path("rides:step")  # needs the ride and the step
    with pytest.raises(NoReverseMatch):
        paths.path("no-such-name")


def test_the_script_prefix_of_the_request_is_kept():
    set_script_prefix("/app/")
    try:
        assert paths.path("safety:crisis") == reverse("safety:crisis")
        assert paths.path("safety:crisis").startswith("/app/")
    finally:
        set_script_prefix("/")


@override_settings(ROOT_URLCONF="wagenmenner.tests.urls_other")
def test_another_urlconf_gets_its_own_table():
    assert paths.path("home") == "/elsewhere/"
    with pytest.raises(NoReverseMatch):
        paths.path("safety:crisis")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_link_of_the_frame_is_right_on_a_page(client_person, person, language):
    person.language = language
    person.save(update_fields=["language"])
    html = client_person.get("/crisis/").content.decode()
    assert f'<html lang="{language}">' in html
    with translation.override(language):
        expected = [reverse(name) for name in FRAME + tuple(e[0] for e in MAIN
                                                            if e[3] is None)]
    for url in expected:
        assert re.search(rf'(href|action|data-[a-z-]+)="{re.escape(url)}"', html), url
    for url in re.findall(r'(?:href|action)="(/[^"]*)"', html):
        if not url.startswith("/static/"):
            assert get_resolver().resolve(url.split("?")[0]), url
