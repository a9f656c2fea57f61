"""Reads of rides that other apps' pages show."""

from dataclasses import dataclass
from datetime import datetime

from charioteer.models import Goal, Horse, LifeRule, Side
from people.models import Person
from rides.models import Ride, RideRule
from wagenmenner.sql import columns, fetch, fields_of, instance

HOME_LOOKBACKS, HOME_UNFINISHED = 5, 3

_RIDES = Ride._meta.db_table
_LOOKBACK_FIELDS = fields_of(Ride, ("started_at", "lookback_due_at", "action"))
_UNFINISHED_FIELDS = fields_of(Ride, ("started_at", "committed_at", "reached_step"))
# ``owned(Ride, user).open_lookbacks()`` and ``.unfinished()``, in the orders home shows
# them, as SQL (wagenmenner.sql): built by the ORM, the two cost home about a millisecond.
# Each finds its rows through a partial index (migration rides/0003), whatever the history.
_LOOKBACKS_SQL = (f"SELECT {columns(_LOOKBACK_FIELDS, _RIDES)} FROM {_RIDES}"  # noqa: S608 (names)
                  " WHERE owner_id = %s AND committed_at IS NOT NULL"
                  " AND lookback_done_at IS NULL ORDER BY lookback_due_at ASC LIMIT %s")
_UNFINISHED_SQL = (f"SELECT {columns(_UNFINISHED_FIELDS, _RIDES)} FROM {_RIDES}"  # noqa: S608 (names)
                   " WHERE owner_id = %s AND committed_at IS NULL"
                   " ORDER BY started_at DESC LIMIT %s")


def home_context(user, now: datetime) -> dict:
    """What home shows of rides: the first look-backs to do by their planned time, and
    the latest unfinished rides. Two queries, reading only the columns the cards show
    (no other free text is decrypted)."""
    lookbacks = [instance(Ride, _LOOKBACK_FIELDS, row)
                 for row in fetch(Ride, _LOOKBACKS_SQL, [user.pk, HOME_LOOKBACKS])]
    return {
        "open_lookbacks": lookbacks,
        "lookbacks_due": sum(1 for r in lookbacks
                             if r.lookback_due_at and r.lookback_due_at <= now),
        "unfinished": [instance(Ride, _UNFINISHED_FIELDS, row)
                       for row in fetch(Ride, _UNFINISHED_SQL, [user.pk, HOME_UNFINISHED])],
    }


# ``rule_step_reads``: the names from the models (``Ride.echoes`` has the table Django makes).
_ECHOES = Ride._meta.get_field("echoes")
_RULE_STEP_SQL = f"""
    SELECT 's', s.id, s.name, s.created_at FROM {Side._meta.db_table} s WHERE s.owner_id = %s
    UNION ALL
    SELECT 'e', e.{_ECHOES.m2m_reverse_name()}, NULL, NULL FROM {_ECHOES.m2m_db_table()} e
        JOIN {_RIDES} r ON r.id = e.{_ECHOES.m2m_column_name()}
        WHERE e.{_ECHOES.m2m_column_name()} = %s AND r.owner_id = %s
    UNION ALL
    SELECT 'r', c.rule_id, NULL, NULL FROM {RideRule._meta.db_table} c
        JOIN {_RIDES} r ON r.id = c.ride_id WHERE c.ride_id = %s AND r.owner_id = %s
    ORDER BY 1, 4, 2"""  # noqa: S608 (names from the models)


def rule_step_reads(ride: Ride, user) -> tuple[frozenset[int], list[int], list[tuple]]:
    """What ride step 5 needs besides the rules, in one plain statement (three ORM reads
    before: the ride's echoes, its chosen rules and the person's sides): the ids of the
    ride's echoes (the rules are matched on them), the ids of the rules chosen for it (the
    form's ticks) and the person's sides as (id, name), in the sides' own order. Each part
    is filtered on the owner (wagenmenner/sql.py)."""
    rows = fetch(Side, _RULE_STEP_SQL, [user.pk, ride.pk, user.pk, ride.pk, user.pk],
                 read_as=(None, None, "name"))
    echoes = frozenset(pk for kind, pk, _, _ in rows if kind == "e")
    chosen = [pk for kind, pk, _, _ in rows if kind == "r"]
    sides = [(pk, name) for kind, pk, name, _ in rows if kind == "s"]
    return echoes, chosen, sides


# --- The reins' page (quick mode) ------------------------------------------------------


@dataclass(frozen=True)
class ReinsReads:
    """What the reins' page reads: the person's horses, people and active rules, each in
    its model's order, with the goals that people and rules serve attached (``goal``)."""

    horses: list[Horse]
    people: list[Person]
    rules: list[LifeRule]


_HORSE = fields_of(Horse, ("kind", "name"))  # not the signals: the page does not show them
_PERSON = fields_of(Person, ("name", "relation", "goal"))
_RULE = fields_of(LifeRule, ("goal", "if_text", "then_text", "horse", "min_level",
                             "max_level", "stays_in_situation", "relation", "person", "echo"))
_GOAL = fields_of(Goal, ("title", "asks_of_me"))
# One row layout for the four: the rule's columns in its model's order (``fields_of``), then
# created_at to sort by; the others put their columns in the slots of the same type. The
# rules come first, so every column has its type before a NULL meets it (PostgreSQL types
# a UNION's columns from left to right).
_REINS_SQL = f"""
    SELECT 'r', {columns(_RULE, "r")}, r.created_at FROM {LifeRule._meta.db_table} r
        WHERE r.owner_id = %s AND r.active
    UNION ALL
    SELECT 'h', h.id, NULL, h.name, NULL, NULL, NULL, NULL, NULL, h.kind, NULL, NULL, NULL
        FROM {Horse._meta.db_table} h WHERE h.owner_id = %s
    UNION ALL
    SELECT 'p', p.id, p.goal_id, p.name, NULL, NULL, NULL, NULL, NULL, p.relation, NULL,
        NULL, p.created_at FROM {Person._meta.db_table} p WHERE p.owner_id = %s
    UNION ALL
    SELECT 'g', g.id, NULL, g.title, g.asks_of_me, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
        NULL FROM {Goal._meta.db_table} g WHERE g.owner_id = %s AND g.id IN (
            SELECT goal_id FROM {Person._meta.db_table} WHERE owner_id = %s
            UNION SELECT goal_id FROM {LifeRule._meta.db_table} WHERE owner_id = %s AND active)
    ORDER BY 1, 13, 2"""  # noqa: S608 (names)


def reins_reads(user) -> ReinsReads:
    """The reins' page's rows in one plain statement (three ORM reads before: the horses,
    the people with their goals, the active rules with theirs), reading only the columns
    the page and the matching use: what ``owned(Horse, user)``, ``owned(Person, user)
    .select_related("goal")`` and ``rides.services.active_rules(user)`` give of them. Each
    part is filtered on the owner (wagenmenner/sql.py), the goals too."""
    rows = fetch(LifeRule, _REINS_SQL, [user.pk] * 6)
    goals = {row[1]: instance(Goal, _GOAL, row[1:2] + row[3:5]) for row in rows
             if row[0] == "g"}
    # Horse.Meta.ordering is the kind, of which a person has one of each: sorted here,
    # where the kinds' slot is not the one the statement sorts by.
    horses = sorted((instance(Horse, _HORSE, (row[1], row[9], row[3])) for row in rows
                     if row[0] == "h"), key=lambda horse: horse.kind)
    people = [instance(Person, _PERSON, (row[1], row[3], row[9], row[2])) for row in rows
              if row[0] == "p"]
    rules = [instance(LifeRule, _RULE, row[1:12]) for row in rows if row[0] == "r"]
    for obj in (*people, *rules):  # the goal as select_related gives it, without a query
        type(obj).goal.field.set_cached_value(obj, goals.get(obj.goal_id))
    return ReinsReads(horses=horses, people=people, rules=rules)
