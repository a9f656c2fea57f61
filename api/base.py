"""The JSON API: authentication, error shapes and the shared helpers of every router."""

from django.core.exceptions import ValidationError
from django.http import Http404
from django.utils import translation
from ninja import NinjaAPI
from ninja.errors import AuthenticationError
from ninja.errors import ValidationError as NinjaValidationError
from ninja.security import HttpBearer, django_auth

from accounts.models import ApiToken


class BearerToken(HttpBearer):
    def authenticate(self, request, token):
        user = ApiToken.user_for(token)
        if user is not None:
            request.user = user
            # Answer in the person's language, as the pages do.
            translation.activate(user.language)
        return user


def _errors(exc: ValidationError) -> dict:
    if hasattr(exc, "message_dict"):
        return {k: [str(m) for m in v] for k, v in exc.message_dict.items()}
    return {"__all__": [str(m) for m in exc.messages]}


# Operation ids end up in clients generated from the OpenAPI document, so a route that moved
# into its domain app keeps the id it was first published under.
PUBLISHED_AS = {"checkins.api": "api.checkins", "rides.api": "api.rides"}


class WagenmennerAPI(NinjaAPI):
    def get_openapi_operation_id(self, operation) -> str:
        module = operation.view_func.__module__
        return f"{PUBLISHED_AS.get(module, module)}_{operation.view_func.__name__}".replace(".", "_")


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
        return api.create_response(request, {"detail": exc.errors}, status=422)

    @api.exception_handler(Http404)
    def on_not_found(request, exc):
        return api.create_response(request, {"detail": "Not found"}, status=404)

    @api.exception_handler(AuthenticationError)
    def on_auth_error(request, exc):
        return api.create_response(request, {"detail": "Authentication required"}, status=401)

    return api
