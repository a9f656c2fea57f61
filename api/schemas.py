"""What every router's schemas share: text limits, levels, ids, the strict input base and the
error shape."""

from typing import Annotated

from ninja import Schema
from pydantic import ConfigDict, Field, StringConstraints


def text(max_length: int, required: bool = False):
    return Annotated[str, StringConstraints(strip_whitespace=True, max_length=max_length,
                                            min_length=1 if required else 0)]


Level = Annotated[int, Field(strict=True, ge=0, le=10)]
Id = Annotated[int, Field(strict=True, ge=1)]


class In(Schema):
    model_config = ConfigDict(extra="forbid")


class Error(Schema):
    detail: object
