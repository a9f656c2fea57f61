"""What the setup offers a new person: default horses, echoes, rule and side templates.

Texts are translatable (nl first); templates are a start, the person rewrites them.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

HORSE_DEFAULTS = {
    "drive": {
        "name": _("Drive"),
        "about": _("Wanting and chasing intensity: new projects, people, substances."),
        "body": _("restless, heart racing with excitement, no hunger, no sleep"),
        "behaviour": _("starting something new, buying, texting, using, going on and on"),
    },
    "alarm": {
        "name": _("Alarm"),
        "about": _("Scanning for threat: fight, flight, freeze, anger, fear."),
        "body": _("tight chest, clenched jaw, hot head, shallow breathing"),
        "behaviour": _("raising my voice, walking off, going silent, slamming doors"),
    },
}

ECHO_LABELS = {
    "out_of_proportion": _("out of proportion"),
    "criticism_as_attack": _("criticism heard as attack"),
    "ambivalence": _("ambivalence: can't with, can't without"),
    "drive_to_boredom": _("drive flipping to boredom"),
    "craving": _("craving"),
    "pushing_away": _("pushing away"),
}

# The Learn article that explains each echo (learn/content/<slug>.<lang>.md).
ECHO_ARTICLES = {
    "out_of_proportion": "buitenproportioneel",
    "criticism_as_attack": "kritiek-als-aanval",
    "ambivalence": "ambivalentie",
    "drive_to_boredom": "van-drive-naar-verveling",
    "craving": "drive-en-like",
    "pushing_away": "ambivalentie",
}


@dataclass(frozen=True)
class RuleTemplate:
    key: str
    domain: str
    if_text: str
    then_text: str
    horse: str = ""
    min_level: int | None = None
    relation: str = ""
    echo: str = ""
    # Marked like the person's own rules: the highest level the rule is meant for, and
    # whether its action is to stay in the situation (never proposed from alarm 7 on).
    max_level: int | None = None
    stays: bool = False


RULE_TEMPLATES = (
    RuleTemplate(
        "no_decisions_high_alarm", "relationship",
        _("my alarm is above 7"),
        _("I take no decisions about my relationship until it is below 5 again"),
        horse="alarm", min_level=8, relation="partner"),
    RuleTemplate(
        "come_back_after_criticism", "relationship",
        _("I am criticised"),
        _("I say \"I'll come back to this\" and answer after 30 minutes at the earliest"),
        horse="alarm", echo="criticism_as_attack"),
    RuleTemplate(
        "no_alcohol_when_bored", "health",
        _("I am bored and feel the urge to drink"),
        _("I drink no alcohol and do something with my hands for 20 minutes"),
        horse="drive", echo="craving"),
    RuleTemplate(
        "time_out_before_red", "relationship",
        _("I notice I am about to shout or break something"),
        _("I say our signal word and take a time-out of 30 minutes outside"),
        horse="alarm", min_level=7),
    RuleTemplate(
        "sleep_on_new_project", "work",
        _("I want to start a new project, purchase or plan with great enthusiasm"),
        _("I sleep on it for two nights and discuss it with someone I trust first"),
        horse="drive", min_level=8),
    RuleTemplate(
        "no_messages_at_night", "relationship",
        _("I want to send an angry or pleading message after 22:00"),
        _("I write it in my notes instead and reread it the next morning"),
        horse="alarm", min_level=6, echo="pushing_away"),
    RuleTemplate(
        "children_calm_voice", "children",
        _("my children do not listen and my alarm rises"),
        _("I lower my voice, crouch to their height and name one thing I want"),
        horse="alarm", min_level=5, relation="child", max_level=6, stays=True),
    RuleTemplate(
        "children_step_away", "children",
        _("my alarm is 7 or higher and my children are around"),
        _("I say I am taking a short break, make sure they are safe, and breathe in another "
          "room until my alarm is below 5"),
        horse="alarm", min_level=7, relation="child"),
    RuleTemplate(
        "check_proportion", "self",
        _("I feel my reaction is bigger than what happened"),
        _("I rate the event from 0 to 10 before I say anything"),
        echo="out_of_proportion"),
    RuleTemplate(
        "stay_for_ten_minutes", "relationship",
        _("I want to end it or walk away because it is getting close"),
        _("I stay for ten more minutes and say one thing I appreciate"),
        echo="ambivalence", relation="partner", max_level=6, stays=True),
    RuleTemplate(
        "rest_when_exhausted", "health",
        _("I have been on alert all day and my energy is below 3"),
        _("I cancel one thing and rest before I see anyone"),
        horse="alarm"),
)


@dataclass(frozen=True)
class SideTemplate:
    key: str
    name: str
    good_for: str
    when_to_deploy: str
    when_harmful: str


SIDE_TEMPLATES = (
    SideTemplate("fighter", _("the fighter"),
                 _("standing up for myself and others, getting things done"),
                 _("when something unjust happens at work, in a negotiation"),
                 _("at home, towards my partner and children, when I am criticised")),
    SideTemplate("charmer", _("the charmer"),
                 _("making contact, lightening the mood"),
                 _("with new people, at parties, with customers"),
                 _("when I use it to avoid a real conversation")),
    SideTemplate("professional", _("the professional"),
                 _("staying factual and calm, keeping agreements"),
                 _("in tense conversations, when decisions have to be made"),
                 _("when someone close needs warmth rather than a solution")),
    SideTemplate("listener", _("the listener"),
                 _("letting the other feel heard"),
                 _("when my partner or child tells me something that matters to them"),
                 _("when I keep listening while my own boundary is crossed")),
    SideTemplate("carer", _("the carer"),
                 _("helping, practical support"),
                 _("when someone is ill or stuck"),
                 _("when I give so much that I have nothing left, or expect the same back")),
)
