from django.urls import path

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

urlpatterns = [path("", api.urls)]
