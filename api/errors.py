"""API errors in the person's language, as JSON, for every status an API path can answer.

Pydantic's own messages are English; the common kinds get a sentence of ours here. Errors
that Django answers before the API sees the request (an unknown path, a body too large, a
body that is not JSON) get the same {"detail": …} shape by ApiErrorsMiddleware.
"""

import json

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.http import HttpResponse
from django.utils.translation import gettext as _

JSON = "application/json; charset=utf-8"
API_PREFIX = "/api/"
# Bodies other than JSON, by path: the import takes a ZIP file (and a bigger one).
BODY_TYPES = {"/api/v1/import": ("application/zip", 200 * 1024 * 1024)}


def _messages() -> dict:
    return {
        "missing": _("This field is required."),
        "extra_forbidden": _("This field is unknown here."),
        "string_too_long": _("Write at most %(max_length)s characters."),
        "string_too_short": _("This field cannot be empty."),
        "string_type": _("Give text here."),
        "int_type": _("Give a whole number."),
        "int_parsing": _("Give a whole number."),
        "int_from_float": _("Give a whole number."),
        "less_than_equal": _("Give a number of at most %(le)s."),
        "greater_than_equal": _("Give a number of at least %(ge)s."),
        "bool_type": _("Give true or false."),
        "bool_parsing": _("Give true or false."),
        "literal_error": _("Choose one of: %(expected)s."),
        "enum": _("Choose one of: %(expected)s."),
        "datetime_type": _("Give a date and time, for example 2026-03-01T09:30:00+01:00."),
        "datetime_parsing": _("Give a date and time, for example 2026-03-01T09:30:00+01:00."),
        "datetime_from_date_parsing": _(
            "Give a date and time, for example 2026-03-01T09:30:00+01:00."),
        "date_type": _("Give a date written as YYYY-MM-DD."),
        "date_parsing": _("Give a date written as YYYY-MM-DD."),
        "date_from_datetime_parsing": _("Give a date written as YYYY-MM-DD."),
        "list_type": _("Give a list."),
        "dict_type": _("Give an object with named fields."),
        "model_attributes_type": _("Give an object with named fields."),
        "model_type": _("Give an object with named fields."),
        "json_invalid": _("This is not valid JSON."),
    }


def translated(errors: list[dict]) -> list[dict]:
    """Pydantic's errors with the message in the active language (ours stay as they are)."""
    messages = _messages()
    out = []
    for error in errors:
        error = dict(error)
        template = messages.get(error.get("type"))
        if template is not None:
            ctx = {k: str(v) for k, v in (error.get("ctx") or {}).items()}
            try:
                error["msg"] = template % ctx if "%(" in template else template
            except (KeyError, ValueError):
                error["msg"] = template.split("%(")[0].rstrip(" :")
        error.pop("ctx", None)
        error.pop("url", None)
        out.append(error)
    return out


def json_error(status: int, detail) -> HttpResponse:
    return HttpResponse(json.dumps({"detail": detail}, ensure_ascii=False), status=status,
                        content_type=JSON)


class ApiErrorsMiddleware:
    """On API paths: refuse bodies that are too large (413) or not of the route's type
    (415) before anything reads them, and answer every error as JSON."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(API_PREFIX):
            return self.get_response(request)
        # Every API operation needs a login: whoever brings none gets the 401 (from the
        # API itself, which checks that before reading a body), not a verdict on the body.
        anonymous = ("HTTP_AUTHORIZATION" not in request.META
                     and SESSION_KEY not in request.session)
        refused = None if anonymous else self._refuse_body(request)
        if refused is not None:
            return refused
        response = self.get_response(request)
        if response.status_code >= 400 and not response.get("Content-Type", "").startswith(
                "application/json"):
            reasons = {400: _("This request cannot be read."), 404: _("Not found."),
                       405: _("This method is not allowed here."),
                       403: _("Not allowed. With the web session, send the CSRF token as "
                              "X-CSRFToken.")}
            answer = json_error(response.status_code,
                                reasons.get(response.status_code, response.reason_phrase))
            if response.has_header("Allow"):
                answer["Allow"] = response["Allow"]
            return answer
        return response

    def _refuse_body(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length <= 0 and "chunked" not in request.META.get("HTTP_TRANSFER_ENCODING", ""):
            return None
        wanted, limit = BODY_TYPES.get(request.path, ("application/json",
                                                      settings.DATA_UPLOAD_MAX_MEMORY_SIZE))
        if length > limit:
            return json_error(413, _("The request is too large (at most %(mb)s MB).")
                              % {"mb": limit // (1024 * 1024) or 1})
        content_type = request.META.get("CONTENT_TYPE", "").split(";")[0].strip().lower()
        if content_type != wanted:
            return json_error(415, _("Send the body as %(type)s, with that Content-Type.")
                              % {"type": wanted})
        return None
