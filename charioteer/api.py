"""Goals, life rules and sides through the API: the generic owned-object routes."""

from datetime import datetime
from typing import Literal

from ninja import Router, Schema
from pydantic import Field, StrictBool

from api import crud
from api.schemas import Id, In, Level, text
from charioteer.models import Domain, Goal, LifeRule, Relation, Side

DomainT = Literal[tuple(Domain.values)]
RelationT = Literal[tuple(Relation.values)]


class GoalIn(In):
    domain: DomainT
    title: text(300, required=True)
    asks_of_me: text(2000) = ""


class GoalOut(Schema):
    id: int
    domain: str
    title: str
    asks_of_me: str
    created_at: datetime
    updated_at: datetime
    crisis_detected: bool = False


class RuleIn(In):
    if_text: text(500, required=True)
    then_text: text(500, required=True)
    goal_id: Id | None = None
    horse_id: Id | None = None
    min_level: Level | None = None
    max_level: Level | None = None
    stays_in_situation: StrictBool = False
    relation: RelationT | Literal[""] = ""
    person_id: Id | None = None
    echo_id: Id | None = None
    active: StrictBool = True
    agreed_with: list[Id] = Field(default_factory=list, max_length=100, description=(
        "Ids of my links (GET /api/v1/links, outgoing) with whom this rule is agreed: "
        "they see it when I share the kind `agreements` with them."))


class RuleOut(Schema):
    id: int
    if_text: str
    then_text: str
    goal_id: int | None
    horse_id: int | None
    min_level: int | None
    max_level: int | None
    stays_in_situation: bool
    relation: str
    person_id: int | None
    echo_id: int | None
    active: bool
    agreed_with: list[int] = []
    crisis_detected: bool = False

    @staticmethod
    def resolve_agreed_with(rule) -> list[int]:
        return sorted(link.pk for link in rule.agreed_with.all())


class SideIn(In):
    name: text(80, required=True)
    good_for: text(1000) = ""
    when_to_deploy: text(1000) = ""
    when_harmful: text(1000) = ""


class SideOut(Schema):
    id: int
    name: str
    good_for: str
    when_to_deploy: str
    when_harmful: str
    crisis_detected: bool = False


goals_router = crud.register(Router(tags=["goals"]), model=Goal, schema_in=GoalIn,
                             schema_out=GoalOut, free_text=("title", "asks_of_me"))
def _my_links(user):
    from sharing.models import Link

    return Link.objects.active().filter(owner=user)


rules_router = crud.register(Router(tags=["life rules"]), model=LifeRule, schema_in=RuleIn,
                             schema_out=RuleOut, free_text=("if_text", "then_text"),
                             many={"agreed_with": _my_links})
sides_router = crud.register(Router(tags=["sides"]), model=Side, schema_in=SideIn,
                             schema_out=SideOut,
                             free_text=("name", "good_for", "when_to_deploy", "when_harmful"))
