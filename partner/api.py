"""The partner's private log through the API: ``/api/v1/my-log``, its writer's alone."""

from datetime import datetime
from typing import Literal

from django.utils import timezone
from ninja import Router, Schema
from pydantic import Field

from api import crud
from api.schemas import In, text
from partner.models import PrivateNote

TopicT = Literal[tuple(PrivateNote.Topic.values)]


class NoteIn(In):
    topic: TopicT = PrivateNote.Topic.HAPPENED
    text: text(5000, required=True)
    happened_at: datetime = Field(default_factory=timezone.now)


class NoteOut(Schema):
    id: int
    topic: str
    text: str
    happened_at: datetime
    created_at: datetime
    updated_at: datetime
    crisis_detected: bool = False


router = crud.register(Router(tags=["my log"]), model=PrivateNote, schema_in=NoteIn,
                       schema_out=NoteOut, free_text=("text",))
