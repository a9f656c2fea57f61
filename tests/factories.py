"""Small builders for test data: a charioteer with a goal, a rule, a side, a person, a ride;
links between people, with kinds shared; a logged-in client."""

from charioteer.models import Echo, Goal, Horse, LifeRule, Side
from people.models import Person
from rides.models import Ride, RideRule


def make_charioteer(user):
    alarm = Horse.objects.get(owner=user, kind="alarm")
    goal = Goal.objects.create(owner=user, domain="relationship",
                               title="Ruzie maken zonder te ontploffen")
    person = Person.objects.create(owner=user, name="Sam", relation="partner", goal=goal)
    echo = Echo.objects.get(owner=user, key="criticism_as_attack")
    rule = LifeRule.objects.create(owner=user, goal=goal, if_text="ik word bekritiseerd",
                                   then_text="ik zeg dat ik erop terugkom", horse=alarm,
                                   min_level=6)
    side = Side.objects.create(owner=user, name="de luisteraar", good_for="rust brengen")
    ride = Ride.objects.create(owner=user, situation="Ruzie over de afwas", horse=alarm,
                               level=8, person=person, reached_step=6)
    ride.echoes.add(echo)
    RideRule.objects.create(ride=ride, rule=rule)
    return {"horse": alarm, "goal": goal, "person": person, "echo": echo, "rule": rule,
            "side": side, "ride": ride}


def make_link(owner, reader, role="partner"):
    """``owner`` invites ``reader`` in ``role`` and ``reader`` accepts."""
    from sharing import services

    if not owner.display_name:
        owner.display_name = "Robin"
        owner.save(update_fields=["display_name"])
    _, code = services.invitation_create(owner=owner, role=role)
    return services.invitation_accept(code=code, user=reader)


def share(link, *kinds):
    """Share ``kinds`` on ``link`` too (the kinds shared already stay)."""
    from sharing import services

    services.link_set_kinds(link=link, kinds=[*services.link_kinds(link), *kinds])


def client_for(user):
    from django.test import Client

    client = Client()
    client.force_login(user)
    return client


def with_second_factor(user):
    """``user`` has an authenticator app, confirmed. Returns the device."""
    from twofactor.models import TotpDevice

    return TotpDevice.objects.create(user=user, name="app", confirmed=True)


def totp_code(device, offset: int = 0) -> str:
    """The code the app shows now (``offset`` steps away), as the test's own authenticator."""
    import time

    from django_otp.oath import TOTP

    totp = TOTP(device.bin_key, device.step, 0, device.digits)
    totp.time = time.time() + offset * device.step
    return f"{totp.token():06d}"


def verified_client_for(user):
    """A logged-in client whose session confirmed the second factor (made if missing)."""
    from django_otp import DEVICE_ID_SESSION_KEY

    from twofactor.middleware import PENDING
    from twofactor.models import TotpDevice

    device = TotpDevice.objects.filter(user=user, confirmed=True).first() or with_second_factor(user)
    client = client_for(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.pop(PENDING, None)
    session.save()
    return client
