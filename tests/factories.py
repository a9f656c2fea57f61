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
