"""Small builders for test data: a charioteer with a goal, a rule, a side, a person, a ride."""

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
