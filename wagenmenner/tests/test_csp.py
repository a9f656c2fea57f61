"""The CSP headers built once (``wagenmenner.middleware.CSPMiddleware``) are the ones
django-csp's own middleware builds for each response, whatever a view or the settings do."""

import pytest
from csp.constants import HEADER, HEADER_REPORT_ONLY, NONCE, SELF
from csp.decorators import csp_exempt, csp_replace, csp_update
from csp.exceptions import CSPNonceError
from csp.middleware import CSPMiddleware as LibraryCSPMiddleware
from django.conf import settings
from django.http import HttpResponse
from django.test import RequestFactory, override_settings

from wagenmenner.middleware import CSPMiddleware


def plain(request):
    return HttpResponse("{}", content_type="application/json")


def missing(request):
    return HttpResponse("", status=404)


def with_nonce(request):
    return HttpResponse(f"<script nonce='{request.csp_nonce}'></script>")


VIEWS = [plain, missing, with_nonce, csp_exempt()(plain), csp_exempt(REPORT_ONLY=True)(plain),
         csp_update({"img-src": ["https://tiles.example"]})(plain),
         csp_replace({"img-src": None})(plain),
         csp_update({"img-src": ["https://tiles.example"]}, REPORT_ONLY=True)(plain)]
REPORT_ONLY = {"DIRECTIVES": {"default-src": [SELF], "script-src": [SELF, NONCE]},
               "EXCLUDE_URL_PREFIXES": ["/api/"]}


def _headers(middleware_class, view, path="/meten/"):
    request = RequestFactory().get(path)
    middleware = middleware_class(view)
    response = middleware(request)
    nonce = getattr(request, "_csp_nonce", None)
    headers = {name: (response.get(name) or "").replace(nonce or "-", "NONCE")
               for name in (HEADER, HEADER_REPORT_ONLY)}
    try:  # a nonce first asked for once the header is written is refused
        headers["late nonce"] = bool(str(request.csp_nonce))
    except CSPNonceError:
        headers["late nonce"] = "refused"
    return headers


@pytest.mark.parametrize("view", VIEWS)
def test_the_headers_are_the_librarys(view):
    ours = _headers(CSPMiddleware, view)
    assert ours == _headers(LibraryCSPMiddleware, view)
    assert ours[HEADER] or view.__name__ == "plain"  # exempt: none
    assert ours["late nonce"] == (True if view is with_nonce else "refused")


@pytest.mark.parametrize("path", ["/meten/", "/api/v1/checkins"])
def test_settings_changed_in_a_test_are_followed(path):
    for view in VIEWS:
        _headers(CSPMiddleware, view)  # built for the settings as they were
    with override_settings(CONTENT_SECURITY_POLICY_REPORT_ONLY=REPORT_ONLY):
        for view in VIEWS:
            assert _headers(CSPMiddleware, view, path) == _headers(LibraryCSPMiddleware, view, path)
        assert bool(_headers(CSPMiddleware, plain, path)[HEADER_REPORT_ONLY]) == (path == "/meten/")
    assert _headers(CSPMiddleware, plain)[HEADER_REPORT_ONLY] == ""
    with override_settings(DEBUG=True):
        assert _headers(CSPMiddleware, missing) == _headers(LibraryCSPMiddleware, missing)
        assert _headers(CSPMiddleware, missing)[HEADER] == ""
    assert settings.MIDDLEWARE.count("wagenmenner.middleware.CSPMiddleware") == 1
