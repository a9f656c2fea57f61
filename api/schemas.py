from datetime import datetime
from typing import Annotated, Literal

from ninja import Schema
from pydantic import AfterValidator, ConfigDict, Field, StrictBool, StringConstraints
from pydantic_core import PydanticCustomError

from charioteer.models import Domain, Relation
from rides.models import Reaction
from wagenmenner.moments import ERROR_MOMENT_RANGE, in_range


def text(max_length: int, required: bool = False):
    return Annotated[str, StringConstraints(strip_whitespace=True, max_length=max_length,
                                            min_length=1 if required else 0)]


def fail(kind: str, message) -> PydanticCustomError:
    """A validation error with a finished sentence in the person's language (it is active
    while the request is validated), with no {placeholders} left for pydantic to fill."""
    return PydanticCustomError(kind, str(message).replace("{", "(").replace("}", ")"))


def _moment(value: datetime) -> datetime:
    if not in_range(value):
        raise fail("moment_range", ERROR_MOMENT_RANGE)
    return value


# Ids and offsets stay inside the database's 64-bit integers (larger ones would fail there).
MAX_ID = 2**63 - 1
Level = Annotated[int, Field(strict=True, ge=0, le=10)]
Id = Annotated[int, Field(strict=True, ge=1, le=MAX_ID)]
QueryId = Annotated[int, Field(ge=1, le=MAX_ID)]
Offset = Annotated[int, Field(ge=0, le=10**9)]
Moment = Annotated[datetime, AfterValidator(_moment)]
DomainT = Literal[tuple(Domain.values)]
RelationT = Literal[tuple(Relation.values)]
ReactionT = Literal[tuple(Reaction.values)]


class In(Schema):
    model_config = ConfigDict(extra="forbid")


class Error(Schema):
    detail: object


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
    relation: RelationT | Literal[""] = ""
    person_id: Id | None = None
    echo_id: Id | None = None
    active: StrictBool = True


class RuleOut(Schema):
    id: int
    if_text: str
    then_text: str
    goal_id: int | None
    horse_id: int | None
    min_level: int | None
    relation: str
    person_id: int | None
    echo_id: int | None
    active: bool
    crisis_detected: bool = False


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


class PersonIn(In):
    name: text(80, required=True)
    relation: RelationT
    goal_id: Id | None = None


class PersonOut(Schema):
    id: int
    name: str
    relation: str
    goal_id: int | None
    crisis_detected: bool = False


class RideIn(In):
    mode: Literal["full", "quick"] = "full"


class RideStepIn(In):
    """The answers of one step; only the fields of that step are accepted (see the step
    table in the README)."""

    timeout_minutes: Annotated[int, Field(strict=True, ge=1, le=240)] | None = None
    situation: text(5000) | None = None
    person_id: Id | None = None
    horse_id: Id | None = None
    level: Level | None = None
    reactions: list[ReactionT] | None = None
    signals: text(2000) | None = None
    echo_ids: list[Id] | None = None
    good_faith: StrictBool | None = None
    goal_id: Id | None = None
    other_needs: text(2000) | None = None
    rule_ids: list[Id] | None = None
    side_deployed_id: Id | None = None
    side_stabled_id: Id | None = None
    action: text(1000) | None = None
    action_when: text(200) | None = None
    lookback_in_hours: Annotated[int, Field(strict=True, ge=0, le=168)] | None = None
    lookback_text: text(5000) | None = None
    escalated: StrictBool | None = None
    other_did: text(2000) | None = None
    feeling: text(2000) | None = None
    go_on: StrictBool | None = None
    rule_change: text(2000) | None = None
    rules_kept: dict[str, StrictBool | None] | None = None


class RideRuleOut(Schema):
    rule_id: int
    kept: bool | None


class RideOut(Schema):
    id: int
    mode: str
    started_at: datetime
    reached_step: int
    timeout_minutes: int | None
    situation: str
    person_id: int | None
    horse_id: int | None
    level: int | None
    reactions: list[str]
    signals: str
    echo_ids: list[int]
    good_faith: bool
    goal_id: int | None
    other_needs: str
    rules: list[RideRuleOut]
    side_deployed_id: int | None
    side_stabled_id: int | None
    action: str
    action_when: str
    committed_at: datetime | None
    lookback_due_at: datetime | None
    lookback_text: str
    escalated: bool | None
    other_did: str
    feeling: str
    go_on: bool | None
    rule_change: str
    lookback_done_at: datetime | None
    crisis_detected: bool = False
