"""The API's routes are looked up by their first segment (``api.urls.ApiResolver``): what it
finds for any path is what Django's own resolver finds going through every pattern."""

import re

from django.urls import Resolver404, URLResolver

from api.urls import urlpatterns

API = urlpatterns[0]
# Every pattern the way Django tries them: one by one, in order.
PLAIN = URLResolver(API.pattern, API.url_patterns, API.default_kwargs, API.app_name,
                    API.namespace)
CONVERTER = re.compile(r"<(?:(\w+):)?\w+>")
SAMPLE = {"int": "7", "path": "a/b"}


def _paths() -> list[str]:
    paths = {"", "nothing", "checkins/", "checkins/abc", "checkins/7/", "docs/x", "shared"}
    for pattern in API.url_patterns:
        route = str(pattern.pattern._route)
        path = CONVERTER.sub(lambda m: SAMPLE.get(m[1], "x"), route)
        paths |= {path, f"{path}/", f"x{path}", path.replace("7", "abc")}
    return sorted(paths)


def _resolved(resolver, path):
    try:
        match = resolver.resolve(path)
    except Resolver404:
        return None
    return (match.func, match.args, match.kwargs, match.url_name, match.route,
            match.app_names, match.namespaces)


def test_the_api_resolves_each_path_as_trying_every_pattern_does():
    paths = _paths()
    assert len(paths) > 200
    assert [p for p in paths if _resolved(API, p) != _resolved(PLAIN, p)] == []
    assert sum(_resolved(API, p) is not None for p in paths) > 60  # found, not only 404s


def test_a_check_in_is_found_without_trying_other_routes():
    assert API.resolve("checkins").url_name == "checkin_create"
    assert len(API.resolve("checkins").tried) == 1  # itself
    assert len(PLAIN.resolve("checkins").tried) > 30  # what it was
