"""Content of the self-check "Hoe erg is het? / How bad is it?" (METHOD.md 4.8).

Plain Python, no Django: the texts, the answer scale and the six dimensions.
Scoring lives in ``selfcheck.scoring``.

These are the project's own items. They are not a validated instrument and the
result is not a diagnosis; ``DISCLAIMER`` says so and must be shown with every
form and every result.

Stability rules (results are stored and compared over time):
- item keys and dimension keys never change meaning; a reworded item that asks
  something different gets a new key;
- any change to items, reverse keying or scoring raises ``VERSION``, so results
  from different versions are not silently compared.
"""

from __future__ import annotations

from dataclasses import dataclass

VERSION = 1

LANGUAGES = ("nl", "en")

TITLE = {
    "nl": "Hoe erg is het?",
    "en": "How bad is it?",
}

INSTRUCTION = {
    "nl": (
        "Hoe vaak gold dit de afgelopen vier weken voor jou? "
        "Er zijn geen goede of foute antwoorden. "
        "Weet je het echt niet, sla de vraag dan over."
    ),
    "en": (
        "How often was this true for you in the past four weeks? "
        "There are no right or wrong answers. "
        "If you really don't know, skip the question."
    ),
}

DISCLAIMER = {
    "nl": (
        "Deze zelftest bestaat uit vragen die het Wagenmenner-project zelf "
        "heeft geschreven. Het is geen gevalideerde vragenlijst, en de uitkomst "
        "is geen diagnose. De uitkomst laat zien waar je nu tegenaan loopt en "
        "met welke delen van de methode je kunt beginnen. Wagenmenner "
        "ondersteunt behandeling, maar vervangt die niet. Maak je je zorgen, "
        "bespreek de uitkomst dan met je huisarts of behandelaar."
    ),
    "en": (
        "This self-check is made of questions written by the Wagenmenner "
        "project itself. It is not a validated questionnaire, and the result is "
        "not a diagnosis. The result shows where you are struggling right now "
        "and which parts of the method you could start with. Wagenmenner "
        "supports treatment; it does not replace it. If you are worried, talk "
        "the result through with your GP or therapist."
    ),
}

# Frequency scale, 0..4. Higher means "more often"; for reverse-keyed items
# scoring turns the value around (4 - v), so a higher score always means more
# difficulty.
SCALE = (
    (0, {"nl": "nooit", "en": "never"}),
    (1, {"nl": "zelden", "en": "rarely"}),
    (2, {"nl": "soms", "en": "sometimes"}),
    (3, {"nl": "vaak", "en": "often"}),
    (4, {"nl": "bijna altijd", "en": "almost always"}),
)
SCALE_MIN = 0
SCALE_MAX = 4

# Descriptive labels for scoring.band(); they describe, they do not diagnose.
BAND_LABELS = {
    "low": {"nl": "weinig last", "en": "little difficulty"},
    "some": {"nl": "enige last", "en": "some difficulty"},
    "considerable": {"nl": "flinke last", "en": "considerable difficulty"},
    "high": {"nl": "veel last", "en": "a lot of difficulty"},
}

# Keys a dimension may point to in ``method_parts``.
METHOD_PARTS = (
    "rides",
    "rules",
    "goals",
    "sides",
    "warning_plan",
    "checkins",
    "reciprocity",
    "trust_experiment",
    "safety_plan",
)

# Learn articles (METHOD.md 4.9) a dimension may point to in ``learn_slugs``.
LEARN_SLUGS = (
    "hechting-en-patronen",
    "hechtingshandicap",
    "altijd-alert-dan-uitgeput",
    "drive-en-like",
    "van-drive-naar-verveling",
    "grenzeloos-en-niet-wederkerig",
    "buitenproportioneel",
    "kritiek-als-aanval",
    "ambivalentie",
    "de-wagenmenner",
    "discipline",
    "te-goeder-trouw",
    "regels-en-stappenplan",
    "leven-met-een-partner",
    "voor-hulpverleners",
    "veiligheidsplan",
)


@dataclass(frozen=True)
class Dimension:
    key: str
    title: dict[str, str]
    description: dict[str, str]
    start_with: dict[str, str]
    learn_slugs: tuple[str, ...]
    method_parts: tuple[str, ...]


@dataclass(frozen=True)
class Item:
    key: str
    dimension: str
    text: dict[str, str]
    reverse: bool = False


DIMENSIONS = (
    Dimension(
        key="alert_exhausted",
        title={
            "nl": "Altijd alert, dan uitgeput",
            "en": "Always alert, then exhausted",
        },
        description={
            "nl": (
                "Hoe sterk je je omgeving voortdurend afspeurt op gevaar en "
                "spanning, en hoeveel energie dat je kost."
            ),
            "en": (
                "How much you keep scanning your surroundings for danger and "
                "tension, and how much energy that costs you."
            ),
        },
        start_with={
            "nl": (
                "Begin met je signaleringsplan en een time-outafspraak met je "
                "partner of iemand die dicht bij je staat. Neem ook de leefregel "
                "over: boven alarm 7 neem ik geen beslissingen."
            ),
            "en": (
                "Start with your warning plan and a time-out agreement with "
                "your partner or someone close to you. And adopt the life rule: "
                "above alarm 7, I make no decisions."
            ),
        },
        learn_slugs=("altijd-alert-dan-uitgeput", "hechtingshandicap"),
        method_parts=("warning_plan", "rules", "checkins"),
    ),
    Dimension(
        key="drive_boredom_craving",
        title={
            "nl": "Drive, verveling en hunkering",
            "en": "Drive, boredom and craving",
        },
        description={
            "nl": (
                "Hoe hard je je op iets nieuws stort, hoe snel dat omslaat in "
                "verveling, en hoe vaak je dan grijpt naar iets wat een kick "
                "geeft."
            ),
            "en": (
                "How hard you throw yourself into something new, how quickly "
                "that turns into boredom, and how often you then reach for "
                "something that gives you a kick."
            ),
        },
        start_with={
            "nl": (
                "Begin met het volgen van je bezigheden in Inzicht, zodat je "
                "ziet wanneer drive omslaat in verveling, en lees het artikel "
                "over drive en like. Maak regels voor momenten van hunkering, "
                "zoals ‘geen alcohol als ik me verveel’."
            ),
            "en": (
                "Start by tracking your pursuits in Insights, so you see when "
                "drive turns into boredom, and read the article on drive and "
                "like. Make rules for moments of craving, such as 'no alcohol "
                "when I'm bored'."
            ),
        },
        learn_slugs=("drive-en-like", "van-drive-naar-verveling", "discipline"),
        method_parts=("checkins", "rules", "goals"),
    ),
    Dimension(
        key="reciprocity_boundaries",
        title={
            "nl": "Wederkerigheid en grenzen",
            "en": "Reciprocity and boundaries",
        },
        description={
            "nl": (
                "Hoe goed geven en nemen in balans zijn, en hoe goed je de "
                "grenzen van anderen opmerkt en respecteert."
            ),
            "en": (
                "How well giving and taking are in balance, and how well you "
                "notice and respect other people's boundaries."
            ),
        },
        start_with={
            "nl": (
                "Begin bij Mensen met bijhouden wat je geeft, wat je krijgt en "
                "wat er van je gevraagd wordt. Kies per persoon een doel, en "
                "welke kant van jezelf je bij die persoon inzet."
            ),
            "en": (
                "Start in People by keeping track of what you give, what you "
                "receive and what is asked of you. Choose a goal for each "
                "person, and which side of yourself you deploy towards them."
            ),
        },
        learn_slugs=("grenzeloos-en-niet-wederkerig", "te-goeder-trouw"),
        method_parts=("reciprocity", "goals", "sides"),
    ),
    Dimension(
        key="anger_escalation",
        title={
            "nl": "Boosheid en escalatie",
            "en": "Anger and escalation",
        },
        description={
            "nl": (
                "Hoe snel je boos wordt, hoe fel je op kritiek reageert, en "
                "hoe vaak een ruzie uit de hand loopt."
            ),
            "en": (
                "How quickly you get angry, how fiercely you react to "
                "criticism, and how often a row gets out of hand."
            ),
        },
        start_with={
            "nl": (
                "Begin met de rit, het stappenplan voor het hete moment: eerst "
                "stoppen, dan pas handelen. Een leefregel om mee te starten: "
                "bij kritiek zeg ik ‘ik kom hierop terug’ en antwoord ik pas "
                "na een halfuur."
            ),
            "en": (
                "Start with the ride, the step plan for the hot moment: stop "
                "first, act later. A life rule to begin with: when criticised, "
                "I say 'I'll come back to this' and answer only after half an "
                "hour."
            ),
        },
        learn_slugs=(
            "buitenproportioneel",
            "kritiek-als-aanval",
            "regels-en-stappenplan",
        ),
        method_parts=("rides", "warning_plan", "rules"),
    ),
    Dimension(
        key="recognising_feelings",
        title={
            "nl": "Gevoelens herkennen",
            "en": "Recognising feelings",
        },
        description={
            "nl": (
                "Hoe goed je merkt en kunt benoemen wat je voelt, ook als het "
                "iets anders is dan boosheid of spanning."
            ),
            "en": (
                "How well you notice and can name what you feel, including "
                "feelings other than anger or tension."
            ),
        },
        start_with={
            "nl": (
                "Begin met korte check-ins: een cijfer geven is makkelijker dan "
                "je gevoel in woorden vatten. Kijk bij de terugblik na een rit "
                "pas achteraf wat je voelde: eerst verstand, gevoel daarna."
            ),
            "en": (
                "Start with short check-ins: giving a number is easier than "
                "putting a feeling into words. In the look-back after a ride, "
                "notice only afterwards what you felt: reason first, feelings "
                "second."
            ),
        },
        learn_slugs=("hechting-en-patronen", "de-wagenmenner"),
        method_parts=("checkins", "rides"),
    ),
    Dimension(
        key="push_pull",
        title={
            "nl": "Aantrekken en afstoten",
            "en": "Push and pull in relationships",
        },
        description={
            "nl": (
                "Hoe vaak je mensen naar je toe haalt en ze daarna weer van je af duwt."
            ),
            "en": "How often you draw people close and then push them away again.",
        },
        start_with={
            "nl": (
                "Begin met je doelen per relatie, gekozen op een rustig moment, "
                "en een leefregel als ‘boven alarm 7 beslis ik niets over mijn "
                "relatie’. Met het vertrouwensexperiment oefen je vertrouwen "
                "als bewuste keuze, in plaats van op een gevoel te wachten."
            ),
            "en": (
                "Start with your goals for each relationship, chosen in a calm "
                "moment, and a life rule such as 'above alarm 7, I decide "
                "nothing about my relationship'. The trust experiment lets you "
                "practise trust as a deliberate choice, instead of waiting for "
                "a feeling."
            ),
        },
        learn_slugs=("ambivalentie", "leven-met-een-partner"),
        method_parts=("goals", "rules", "trust_experiment"),
    ),
)


ITEMS = (
    # alert_exhausted
    Item(
        key="ae1",
        dimension="alert_exhausted",
        text={
            "nl": "Als ik ergens binnenkom, scan ik meteen de ruimte: wie is er "
            "en hoe is de sfeer?",
            "en": "When I walk in somewhere, I scan the room straight away: who "
            "is here, and what is the mood?",
        },
    ),
    Item(
        key="ae2",
        dimension="alert_exhausted",
        text={
            "nl": "Een zucht, een blik of een bepaalde toon van iemand zet me "
            "meteen op scherp.",
            "en": "A sigh, a look or a certain tone of voice puts me on edge at once.",
        },
    ),
    Item(
        key="ae3",
        dimension="alert_exhausted",
        text={
            "nl": "Ook thuis op de bank blijft een deel van mij op wacht staan.",
            "en": "Even on the sofa at home, part of me stays on guard.",
        },
    ),
    Item(
        key="ae4",
        dimension="alert_exhausted",
        text={
            "nl": "Aan het eind van de dag ben ik zo moe dat er niets meer uit "
            "mijn handen komt.",
            "en": "By the end of the day I am so tired that I can't get anything done.",
        },
    ),
    Item(
        key="ae5",
        dimension="alert_exhausted",
        text={
            "nl": "Ik voel me leeg en uitgeput, ook als ik genoeg heb geslapen.",
            "en": "I feel empty and worn out, even when I have had enough sleep.",
        },
    ),
    # drive_boredom_craving
    Item(
        key="db1",
        dimension="drive_boredom_craving",
        text={
            "nl": "Als iets nieuws me grijpt – een plan, een sport, iemand die "
            "ik net ken – denk ik aan niets anders meer.",
            "en": "When something new grabs me – a plan, a sport, someone I "
            "have just met – I can think of nothing else.",
        },
    ),
    Item(
        key="db2",
        dimension="drive_boredom_craving",
        text={
            "nl": "Iets waar ik kort geleden nog helemaal vol van was, laat me "
            "ineens koud.",
            "en": "Something I was completely taken with not long ago suddenly "
            "leaves me cold.",
        },
    ),
    Item(
        key="db3",
        dimension="drive_boredom_craving",
        text={
            "nl": "Een rustige avond zonder plannen maakt me onrustig.",
            "en": "A quiet evening with nothing planned makes me restless.",
        },
    ),
    Item(
        key="db4",
        dimension="drive_boredom_craving",
        text={
            "nl": "Als ik me verveel, grijp ik naar drank, drugs, gamen of iets "
            "anders wat een kick geeft.",
            "en": "When I'm bored, I reach for drink, drugs, gaming or "
            "something else that gives me a kick.",
        },
    ),
    Item(
        key="db5",
        dimension="drive_boredom_craving",
        text={
            "nl": "Ik ga verder dan ik van plan was: nog één drankje, nog een "
            "aankoop, nog een nacht doorhalen.",
            "en": "I go further than I meant to: one more drink, one more "
            "purchase, one more all-nighter.",
        },
    ),
    # reciprocity_boundaries
    Item(
        key="rb1",
        dimension="reciprocity_boundaries",
        text={
            "nl": "Ik merk pas dat ik over iemands grens ben gegaan als die "
            "persoon boos of gekwetst reageert.",
            "en": "I only notice that I have crossed someone's line when they "
            "react with anger or hurt.",
        },
    ),
    Item(
        key="rb2",
        dimension="reciprocity_boundaries",
        text={
            "nl": "Ik zeg een afspraak met iemand af als er iets leukers of "
            "belangrijkers voorbijkomt.",
            "en": "I cancel plans with someone when something more exciting or "
            "more important comes up.",
        },
    ),
    Item(
        key="rb3",
        dimension="reciprocity_boundaries",
        text={
            "nl": "Als ik na een gesprek terugkijk, blijkt het vooral over mij "
            "te zijn gegaan.",
            "en": "Looking back on a conversation, I find it was mostly about me.",
        },
    ),
    Item(
        key="rb4",
        dimension="reciprocity_boundaries",
        text={
            "nl": "Als mijn partner of een vriend iets van me vraagt, voelt dat "
            "als een last.",
            "en": "When my partner or a friend asks something of me, it feels "
            "like a burden.",
        },
    ),
    Item(
        key="rb5",
        dimension="reciprocity_boundaries",
        text={
            "nl": "Als iemand iets voor me heeft gedaan, doe ik bewust iets terug.",
            "en": "When someone has done something for me, I make a point of "
            "doing something in return.",
        },
        reverse=True,
    ),
    # anger_escalation
    Item(
        key="an1",
        dimension="anger_escalation",
        text={
            "nl": "Een kleine tegenvaller – een rij bij de kassa, een computer "
            "die hapert – maakt me binnen een paar tellen woedend.",
            "en": "A small setback – a queue at the till, a computer that "
            "freezes – makes me furious within seconds.",
        },
    ),
    Item(
        key="an2",
        dimension="anger_escalation",
        text={
            "nl": "Als iemand kritiek op me heeft, voelt dat als een aanval en "
            "ga ik zelf in de aanval.",
            "en": "When someone criticises me, it feels like an attack, and I "
            "attack back.",
        },
    ),
    Item(
        key="an3",
        dimension="anger_escalation",
        text={
            "nl": "Bij een meningsverschil ga ik schreeuwen, sla ik met deuren "
            "of loop ik weg.",
            "en": "In a disagreement, I end up shouting, slamming doors or "
            "storming off.",
        },
    ),
    Item(
        key="an4",
        dimension="anger_escalation",
        text={
            "nl": "Als ik kwaad ben, gooi ik met spullen, maak ik iets kapot of "
            "word ik handtastelijk.",
            "en": "When I'm angry, I throw things, break something or get "
            "physical with someone.",
        },
    ),
    Item(
        key="an5",
        dimension="anger_escalation",
        text={
            "nl": "Achteraf schrik ik ervan hoe hard ik tegen iemand ben uitgevallen.",
            "en": "Afterwards I am shocked at how hard I lashed out at someone.",
        },
    ),
    # recognising_feelings
    Item(
        key="rf1",
        dimension="recognising_feelings",
        text={
            "nl": "Als iemand vraagt hoe ik me voel, weet ik het eerlijk gezegd niet.",
            "en": "When someone asks how I feel, I honestly don't know.",
        },
    ),
    Item(
        key="rf2",
        dimension="recognising_feelings",
        text={
            "nl": "Ik merk aan mijn lijf dat er iets is – hoofdpijn, een strakke "
            "kaak, een knoop in mijn maag – maar niet wat.",
            "en": "My body tells me something is up – a headache, a tight jaw, "
            "a knot in my stomach – but not what.",
        },
    ),
    Item(
        key="rf3",
        dimension="recognising_feelings",
        text={
            "nl": "Gesprekken over gevoelens vind ik zinloos of irritant, en ik "
            "kap ze af.",
            "en": "I find talking about feelings pointless or irritating, and I "
            "cut it short.",
        },
    ),
    Item(
        key="rf4",
        dimension="recognising_feelings",
        text={
            "nl": "Behalve boosheid of spanning kan ik moeilijk benoemen wat ik voel.",
            "en": "Apart from anger or tension, I find it hard to name what I feel.",
        },
    ),
    Item(
        key="rf5",
        dimension="recognising_feelings",
        text={
            "nl": "Als ik verdrietig of geraakt ben, heb ik dat zelf door.",
            "en": "When I am sad or moved, I notice it myself.",
        },
        reverse=True,
    ),
    # push_pull
    Item(
        key="pp1",
        dimension="push_pull",
        text={
            "nl": "Als iemand dichtbij komt, krijg ik het benauwd en zoek ik afstand.",
            "en": "When someone gets close, I feel smothered and look for distance.",
        },
    ),
    Item(
        key="pp2",
        dimension="push_pull",
        text={
            "nl": "Juist als iemand afstand neemt, wil ik die persoon terug.",
            "en": "It is precisely when someone pulls away that I want them back.",
        },
    ),
    Item(
        key="pp3",
        dimension="push_pull",
        text={
            "nl": "Ik maak het uit of verbreek het contact, en zoek de ander "
            "later toch weer op.",
            "en": "I break it off or cut contact, and later seek the other "
            "person out again anyway.",
        },
    ),
    Item(
        key="pp4",
        dimension="push_pull",
        text={
            "nl": "Als het spannend of druk wordt, duw ik mensen om wie ik geef "
            "van me af.",
            "en": "When things get tense or hectic, I push away people I care about.",
        },
    ),
    Item(
        key="pp5",
        dimension="push_pull",
        text={
            "nl": "Eerst vind ik iemand geweldig, een tijdje later kan ik "
            "diegene niet meer luchten of zien.",
            "en": "First I think someone is wonderful; a while later I can't "
            "stand the sight of them.",
        },
    ),
)


DIMENSIONS_BY_KEY = {dimension.key: dimension for dimension in DIMENSIONS}
ITEMS_BY_KEY = {item.key: item for item in ITEMS}


def items_for(dimension_key: str) -> tuple[Item, ...]:
    """The items of one dimension, in ``ITEMS`` order."""
    if dimension_key not in DIMENSIONS_BY_KEY:
        raise KeyError(dimension_key)
    return tuple(item for item in ITEMS if item.dimension == dimension_key)
