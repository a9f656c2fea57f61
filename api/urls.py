from django.urls import URLPattern, URLResolver
from django.urls.resolvers import RoutePattern

from accounts.api import router as portability_router
from api.base import build_api
from charioteer.api import goals_router, rules_router, sides_router
from checkins.api import router as checkins_router
from exchange.api import router as fhir_router
from insights.api import insights_router, pursuits_router
from partner.api import router as my_log_router
from people.api import escalations_router, people_router
from people.api_ledger import reciprocity_router, trust_router
from questionnaires.api import router as questionnaires_router
from rides.api import router as rides_router
from safety.api import router as safety_plan_router
from selfcheck.api import router as selfcheck_router
from sharing.api import router as sharing_router
from therapist.api import caseload_router, report_router
from timeouts.api import protocol_router, timeouts_router
from twofactor.api import router as twofactor_router
from warningplan.api import router as warning_plan_router

# Each domain app owns its routes and schemas; here they are only put together.
api = build_api()
api.add_router("/goals", goals_router)
api.add_router("/rules", rules_router)
api.add_router("/sides", sides_router)
api.add_router("/people", people_router)
api.add_router("/rides", rides_router)
api.add_router("/safety-plan", safety_plan_router)
api.add_router("/selfchecks", selfcheck_router)
api.add_router("/checkins", checkins_router)
api.add_router("/insights", insights_router)
api.add_router("/pursuits", pursuits_router)
api.add_router("/escalations", escalations_router)
api.add_router("", portability_router)  # export and import
api.add_router("/reciprocity", reciprocity_router)
api.add_router("/trust-experiments", trust_router)
api.add_router("/warning-plan", warning_plan_router)
api.add_router("/timeout-protocol", protocol_router)
api.add_router("/timeouts", timeouts_router)
api.add_router("", sharing_router)  # invitations, links, shared kinds, the access log
api.add_router("/my-log", my_log_router)
api.add_router("/auth", twofactor_router)
api.add_router("/caseload", caseload_router)  # other apps add client routes to it too
api.add_router("", report_router)
api.add_router("/fhir", fhir_router)
api.add_router("/questionnaires", questionnaires_router)


class ApiResolver(URLResolver):
    """The API's routes, tried only where a path's first segment can match.

    Django tries the patterns of a URLconf one by one; the API's routers give about 115
    (one per operation), so a check-in from the offline queue went past some 40 of them
    (0.03 ms) before its own. Here each first segment ("checkins", "rides") has the
    patterns that can match it, in their order, with any pattern whose first segment is not
    literal; resolving one of them gives what resolving all of them gives. The patterns
    themselves, their names and order (``reverse``, the OpenAPI document) are ninja's,
    unchanged."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._parts = self._split()

    def resolve(self, path):
        path = str(path)
        return self._parts.get(path.split("/", 1)[0], self._parts[None]).resolve(path)

    def _split(self) -> dict:
        patterns = self.url_patterns
        first = {pattern: _segment_of(pattern) for pattern in patterns}
        parts = {None: [p for p in patterns if first[p] is None]}
        for segment in dict.fromkeys(first.values()):
            if segment is not None:
                parts[segment] = [p for p in patterns if first[p] in (segment, None)]
        return {segment: URLResolver(self.pattern, subset, self.default_kwargs,
                                     self.app_name, self.namespace)
                for segment, subset in parts.items()}


def _segment_of(pattern) -> str | None:
    """The literal first segment of every path ``pattern`` matches, or None when it could
    match paths of more than one (a converter there, a regex, an include's prefix)."""
    if isinstance(pattern, URLPattern) and isinstance(pattern.pattern, RoutePattern):
        first = str(pattern.pattern._route).split("/", 1)[0]
        return None if "<" in first else first
    return None


_patterns, _app_name, _namespace = api.urls
urlpatterns = [ApiResolver(RoutePattern("", is_endpoint=False), _patterns,
                           app_name=_app_name, namespace=_namespace)]
