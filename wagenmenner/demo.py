"""Demo data (METHOD 4.12): four made-up lives, so a newcomer sees every screen alive.

The lives themselves are data: one file per person in ``demo_lives/`` (plain YAML, every
text in Dutch and English), readable and editable without Python. This module reads them
and creates the accounts; ``demo_course`` says how a life goes over the months,
``demo_builder`` turns that into months of check-ins, rides with look-backs, escalations
and pursuits, and ``demo_people`` adds the people in the method (ledger, warning plan,
time-outs, trust experiments), the linked couple and the demo therapist.

Everything is drawn from ``random.Random`` seeded per person and dated back from ``today``:
the same seed on the same day gives the same history, and nothing lies after the moment
the demo is loaded. Texts are dealt like cards (``Deck``): no text appears more than twice
in one life.
"""

import secrets
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml
from django.db import transaction

from accounts.models import User
from accounts.services import account_create, account_delete

LIVES = Path(__file__).resolve().parent / "demo_lives"
ORDER = ("ondernemer", "koploper", "vader", "eenling", "pleaser")
THERAPIST_KEY = "therapeut"  # her file: who she is and which of them invited her
DOMAIN = "wagenmenner.invalid"
TIME_ZONE = "Europe/Amsterdam"
LANGUAGES = ("nl", "en")
DEFAULT_SEED = 4_12
DEFAULT_MONTHS = 6
DAYS_PER_MONTH = 30.44


@dataclass
class DemoLogin:
    email: str
    password: str
    created: bool
    checkins: int = 0
    rides: int = 0
    escalations: int = 0
    extra: dict = field(default_factory=dict)


class DemoLogins(list):
    """The demo people's log-ins, in the order of ``PERSONAS``; ``therapist`` is the demo
    therapist's, who has no life of her own to show."""

    therapist: DemoLogin | None = None


@dataclass(frozen=True)
class Persona:
    key: str
    life: dict  # the parsed file

    @property
    def partner_of(self) -> str:
        return self.life.get("partner_of", "")


def email_of(key: str) -> str:
    return f"demo-{key}@{DOMAIN}"


@cache
def load_life(key: str) -> dict:
    with open(LIVES / f"{key}.yaml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)


PERSONAS = tuple(Persona(key, load_life(key)) for key in ORDER)


# --------------------------------------------------------------------------
# Creating, resetting
# --------------------------------------------------------------------------


def demo_emails() -> list[str]:
    return [email_of(p.key) for p in PERSONAS] + [email_of(THERAPIST_KEY)]


def create_demo(*, seed: int = DEFAULT_SEED, months: float = DEFAULT_MONTHS,
                reset: bool = False, today: date | None = None,
                password: str | None = None, language: str = "nl") -> DemoLogins:
    """Create the demo people, in ``language`` ("nl" or "en"). An account that already
    exists is left alone (so running twice duplicates nothing), unless ``reset`` deletes
    the demo accounts first. Each new account gets a fresh random password, unless one is
    given."""
    from wagenmenner import demo_people  # (they import this module)
    from wagenmenner.demo_builder import Builder

    zone = ZoneInfo(TIME_ZONE)
    now = datetime.now(UTC)
    today = today or now.astimezone(zone).date()
    days = max(7, round(months * DAYS_PER_MONTH))
    logins = DemoLogins()
    with transaction.atomic():
        if reset:
            for user in User.objects.filter(email__in=demo_emails()):
                account_delete(user=user)
        for persona in PERSONAS:
            email = email_of(persona.key)
            if User.objects.filter(email=email).exists():
                logins.append(DemoLogin(email=email, password="", created=False))
                continue
            secret = password or f"demo-{secrets.token_urlsafe(12)}"
            user = account_create(email=email, password=secret, language=language,
                                  time_zone=TIME_ZONE)
            login = Builder(persona, user, seed=seed, days=days, today=today,
                            language=language, now=now).build()
            login.password = secret
            if persona.partner_of:
                login.extra["partner"] = email_of(persona.partner_of)
            logins.append(login)
        demo_people.link_the_couple(logins, language)
        logins.therapist = demo_people.therapist(logins, password=password, language=language,
                                                 today=today)
    return logins
