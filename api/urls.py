from django.urls import path
from ninja import Router

from api import crud, rides, schemas
from api.base import build_api
from api.checkins import router as checkins_router
from charioteer.models import Goal, LifeRule, Side
from insights.api import insights_router, pursuits_router
from people.api import escalations_router, reciprocity_router, trust_router
from people.models import Person
from safety.api import router as safety_plan_router
from selfcheck.api import router as selfcheck_router

api = build_api()
api.add_router("/goals", crud.register(Router(tags=["goals"]), model=Goal,
                                       schema_in=schemas.GoalIn, schema_out=schemas.GoalOut,
                                       free_text=("title", "asks_of_me")))
api.add_router("/rules", crud.register(Router(tags=["life rules"]), model=LifeRule,
                                       schema_in=schemas.RuleIn, schema_out=schemas.RuleOut,
                                       free_text=("if_text", "then_text")))
api.add_router("/sides", crud.register(Router(tags=["sides"]), model=Side,
                                       schema_in=schemas.SideIn, schema_out=schemas.SideOut,
                                       free_text=("name", "good_for", "when_to_deploy",
                                                  "when_harmful")))
api.add_router("/people", crud.register(Router(tags=["people"]), model=Person,
                                        schema_in=schemas.PersonIn,
                                        schema_out=schemas.PersonOut, free_text=("name",)))
api.add_router("/rides", rides.router)
api.add_router("/safety-plan", safety_plan_router)
api.add_router("/selfchecks", selfcheck_router)
api.add_router("/checkins", checkins_router)
# Insights, pursuits and escalations: the routers live in their own apps.
api.add_router("/insights", insights_router)
api.add_router("/pursuits", pursuits_router)
api.add_router("/escalations", escalations_router)
api.add_router("/reciprocity", reciprocity_router)
api.add_router("/trust-experiments", trust_router)

urlpatterns = [path("", api.urls)]
