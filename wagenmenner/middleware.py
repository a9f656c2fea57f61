"""Middleware of the app's own: private pages kept out of caches, the error page for a
wrong method, the CSP header built once."""

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CheckableLazyObject
from csp.middleware import CSPMiddleware as LibraryCSPMiddleware
from csp.utils import build_policy
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver


class PrivateCacheMiddleware:
    """Pages of a logged-in person must not be kept by the browser or any proxy."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and not request.path.startswith("/static/"):
            response["Cache-Control"] = "no-store"
        return response


class MethodNotAllowedPageMiddleware:
    """A page opened with a method it does not take (GET on a form's address) gets the
    error page, with the crisis button, the lines and a way home, instead of an empty 405.
    The API keeps its own JSON answers."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 405 and request.method in ("GET", "HEAD") \
                and not response.content and not request.path_info.startswith("/api/"):
            from wagenmenner.views import method_not_allowed

            return method_not_allowed(request, response.get("Allow", ""))
        return response


# What a view can set on its response to change the policy of that response (csp.decorators).
_PER_RESPONSE = ("_csp_config", "_csp_update", "_csp_replace",
                 "_csp_config_ro", "_csp_update_ro", "_csp_replace_ro")


class CSPMiddleware(LibraryCSPMiddleware):
    """django-csp's middleware, with the headers of the settings' policy built once.

    The library builds both policies anew for every response, from dataclasses copied
    deep (about 0.04 ms, an eighth of a bare request), yet they differ from the settings'
    only where a page asked for a nonce or a view changed its own policy: those go the
    library's way. A test that changes the settings gets them built anew."""

    _plain: tuple | None = None

    def process_response(self, request, response):
        if (getattr(request, "_csp_nonce", None) is not None
                or any(getattr(response, name, None) is not None for name in _PER_RESPONSE)):
            return super().process_response(request, response)
        if response.status_code in (404, 500) and settings.DEBUG:
            return response  # as the library does: Django's debug pages keep their own
        plain = CSPMiddleware._plain
        if plain is None:
            plain = CSPMiddleware._plain = self._headers()
        for header, value, exempt, excluded in plain:
            if (value and header not in response and getattr(response, exempt, False) is False
                    and not request.path_info.startswith(excluded)):
                response[header] = value
        # As the library: a nonce asked for after the header is written is an error.
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response

    def _headers(self) -> tuple:
        """Per header: its value under the settings' policy, the response attribute that
        exempts a response, and the path prefixes the settings exclude."""
        headers = []
        for report_only, (header, exempt, setting) in enumerate((
                (HEADER, "_csp_exempt", "CONTENT_SECURITY_POLICY"),
                (HEADER_REPORT_ONLY, "_csp_exempt_ro", "CONTENT_SECURITY_POLICY_REPORT_ONLY"))):
            value = build_policy(report_only=bool(report_only))
            policy = getattr(settings, setting, None) or {}
            headers.append((header, value, exempt,
                            tuple(policy.get("EXCLUDE_URL_PREFIXES", None) or ())))
        return tuple(headers)


@receiver(setting_changed)
def _policy_changed(setting, **kwargs):
    if setting.startswith("CONTENT_SECURITY_POLICY"):
        CSPMiddleware._plain = None
