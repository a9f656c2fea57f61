"""The JSON API: authentication, error shapes and the shared helpers of every router."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError
from ninja.security import HttpBearer, django_auth

from accounts.models import ApiToken
from api.errors import translated
from twofactor.gate import SecondFactorRequired


class BearerToken(HttpBearer):
    def __call__(self, request):
        # ninja's, reading the one header from META: ninja reads it from
        # ``request.headers``, a copy of every header made for it.
        value = request.META.get("HTTP_AUTHORIZATION")
        if not value:
            return None
        scheme, _, token = value.partition(" ")
        return self.authenticate(request, token) if scheme.lower() == "bearer" else None

    def authenticate(self, request, token):
        user = ApiToken.user_for(token)
        if user is not None:
            request.user = user
            # A token stands for a log-in that had its second factor, if the person has
            # one (twofactor.gate).
            request.wm_bearer = True
            # Answer in the person's language, as the pages do.
            translation.activate(user.language)
        return user


def _errors(exc: ValidationError) -> dict:
    if hasattr(exc, "message_dict"):
        return {k: [str(m) for m in v] for k, v in exc.message_dict.items()}
    return {"__all__": [str(m) for m in exc.messages]}


# Operation ids end up in clients generated from the OpenAPI document, so a route that moved
# into its domain app keeps the id it was first published under.
PUBLISHED_AS = {"checkins.api": "api.checkins", "rides.api": "api.rides",
                "accounts.api": "api.portability"}


# The errors any operation can answer, documented once for all (api/errors.py).
ERRORS = {
    "400": "The body is not valid JSON.",
    "401": "Not logged in and no valid API token.",
    "422": "Input that does not fit: `{\"detail\": …}` says what, in the person's language. "
           "Nothing was changed.",
}
BODY_ERRORS = {
    "413": "The body is too large.",
    "415": "The body is not of the type this operation takes (JSON, unless said otherwise).",
}


class WagenmennerAPI(NinjaAPI):
    def get_openapi_operation_id(self, operation) -> str:
        module = operation.view_func.__module__
        return f"{PUBLISHED_AS.get(module, module)}_{operation.view_func.__name__}".replace(".", "_")

    def get_openapi_schema(self, *args, **kwargs):
        schema = super().get_openapi_schema(*args, **kwargs)
        error = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
        for path, operations in schema["paths"].items():
            for operation in operations.values():
                errors = dict(ERRORS)
                if "requestBody" in operation:
                    errors.update(BODY_ERRORS)
                if "{" in path:
                    errors["404"] = "Not found, or not yours."
                responses = operation.setdefault("responses", {})
                known = {str(status) for status in responses}  # ninja's keys are ints
                for status, description in errors.items():
                    if status not in known:
                        responses[int(status)] = {"description": description, "content": error}
        return schema


def build_api() -> NinjaAPI:
    """A fresh API object per URLconf import: a failed import can then be retried without
    ninja refusing to add routers to an object that was already half used."""
    api = WagenmennerAPI(
        title="Wagenmenner API",
        version="1",
        description=(
            "The personal API of Wagenmenner. Authenticate with the session of the web app "
            "(plus the CSRF token) or with `Authorization: Bearer <token>` "
            "(`wagenmenner token EMAIL`). Every object belongs to its owner: ids of anyone "
            "else answer 404."),
        auth=[BearerToken(), django_auth],
        urls_namespace="api",
    )

    @api.exception_handler(ValidationError)
    def on_validation_error(request, exc):
        return api.create_response(request, {"detail": _errors(exc)}, status=422)

    @api.exception_handler(NinjaValidationError)
    def on_schema_error(request, exc):
        return api.create_response(request, {"detail": translated(exc.errors)}, status=422)

    @api.exception_handler(Http404)
    def on_not_found(request, exc):
        return api.create_response(request, {"detail": _("Not found.")}, status=404)

    @api.exception_handler(PermissionDenied)
    def on_permission_denied(request, exc):
        return api.create_response(request, {"detail": str(exc) or _("You may not do this.")},
                                   status=403)

    @api.exception_handler(SecondFactorRequired)
    def on_second_factor_required(request, exc):
        return api.create_response(request, {"detail": exc.message, "setup": exc.setup_url},
                                   status=403)

    @api.exception_handler(AuthenticationError)
    def on_auth_error(request, exc):
        return api.create_response(
            request, {"detail": _("Log in, or send an API token as Authorization: Bearer <token>.")},
            status=401)

    @api.exception_handler(HttpError)
    def on_http_error(request, exc):
        # ninja's only one on input: a body that is not JSON.
        detail = _("This is not valid JSON.") if exc.status_code == 400 else str(exc)
        return api.create_response(request, {"detail": detail}, status=exc.status_code)

    return api
