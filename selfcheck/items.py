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

VERSION = 2

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
        "bespreek de uitkomst dan met je huisarts of hulpverlener."
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

# How a score is made, in one paragraph, on every result page (METHOD 4.8).
SCORING = {
    "nl": (
        "Zo komt een score tot stand. Elk antwoord telt van 0 (nooit) tot "
        "4 (bijna altijd). Bij vragen over iets wat juist helpt, zoals even "
        "weggaan om af te koelen, telt het andersom. De score van een "
        "onderdeel is het gemiddelde van de beantwoorde vragen, maal 25: "
        "van 0 (geen last) tot 100 (veel last). Een onderdeel krijgt pas een "
        "score als minstens drie vragen zijn beantwoord. De grenzen tussen "
        "weinig, enige, flinke en veel last liggen om de 25 punten; het "
        "project heeft ze zelf gekozen. Het zijn geen normen: ze zeggen niet "
        "hoe je je verhoudt tot andere mensen, en niet of er iets mis is."
    ),
    "en": (
        "This is how a score is made. Each answer counts from 0 (never) to "
        "4 (almost always). For questions about something that helps, such "
        "as stepping away to cool down, it counts the other way round. A "
        "part's score is the average of its answered questions, times 25: "
        "from 0 (no difficulty) to 100 (a lot of difficulty). A part only "
        "gets a score when at least three of its questions are answered. "
        "The lines between little, some, considerable and a lot of "
        "difficulty lie every 25 points; the project chose them itself. "
        "They are not norms: they do not say how you compare with other "
        "people, nor whether something is wrong."
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
                "Begin met korte metingen, een paar keer per dag: dan zie je "
                "hoe vaak je alarm hoog staat en wat dat met je energie doet. "
                "Neem de leefregel over: boven alarm 7 neem ik geen beslissingen. "
                "Maak met je hulpverlener of iemand die dicht bij je staat een "
                "signaleringsplan, en spreek een time-out af."
            ),
            "en": (
                "Start with short check-ins, a few times a day: you will see "
                "how often your alarm runs high and what that does to your "
                "energy. Adopt the life rule: above alarm 7, I make no "
                "decisions. Make a warning plan with your therapist or someone "
                "close to you, and agree on a time-out."
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
                "Schrijf een paar weken op wat je geeft, wat je krijgt en wat "
                "er van je gevraagd wordt, bij de mensen die ertoe doen. Kies "
                "per persoon een doel, en welke kant van jezelf je bij die "
                "persoon inzet."
            ),
            "en": (
                "For a few weeks, write down what you give, what you receive "
                "and what is asked of you, with the people who matter. Choose a "
                "goal for each person, and which side of yourself you deploy "
                "towards them."
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
                "Begin met korte metingen: een cijfer geven is makkelijker dan "
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
                "relatie’. Oefen vertrouwen als bewuste keuze, in plaats van op "
                "een gevoel te wachten: schrijf vooraf op wat je iemand "
                "toevertrouwt en wat je verwacht, en kijk achteraf wat er "
                "gebeurde."
            ),
            "en": (
                "Start with your goals for each relationship, chosen in a calm "
                "moment, and a life rule such as 'above alarm 7, I decide "
                "nothing about my relationship'. Practise trust as a deliberate "
                "choice, instead of waiting for a feeling: write down beforehand "
                "what you entrust to someone and what you expect, and look "
                "afterwards at what happened."
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
            "nl": (
                "Als ik ergens binnenkom, scan ik meteen de ruimte: wie is er "
                "en hoe is de sfeer?"
            ),
            "en": (
                "When I walk in somewhere, I scan the room straight away: who "
                "is here, and what is the mood?"
            ),
        },
    ),
    Item(
        key="ae7",
        dimension="alert_exhausted",
        text={
            "nl": "Thuis kan ik mijn waakzaamheid helemaal loslaten.",
            "en": "At home I can drop my guard completely.",
        },
        reverse=True,
    ),
    Item(
        key="ae4",
        dimension="alert_exhausted",
        text={
            "nl": (
                "Aan het eind van de dag ben ik zo moe dat er niets meer uit "
                "mijn handen komt."
            ),
            "en": "By the end of the day I am so tired that I can't get anything done.",
        },
    ),
    Item(
        key="ae6",
        dimension="alert_exhausted",
        text={
            "nl": "Ik voel me uitgeput, ook als ik genoeg heb geslapen.",
            "en": "I feel worn out, even when I have had enough sleep.",
        },
    ),
    # drive_boredom_craving
    Item(
        key="db1",
        dimension="drive_boredom_craving",
        text={
            "nl": (
                "Als iets nieuws me grijpt – een plan, een sport, iemand die ik "
                "net ken – denk ik aan niets anders meer."
            ),
            "en": (
                "When something new grabs me – a plan, a sport, someone I have "
                "just met – I can think of nothing else."
            ),
        },
    ),
    Item(
        key="db2",
        dimension="drive_boredom_craving",
        text={
            "nl": (
                "Iets waar ik kort geleden nog helemaal vol van was, laat me "
                "ineens koud."
            ),
            "en": (
                "Something I was completely taken with not long ago suddenly "
                "leaves me cold."
            ),
        },
    ),
    Item(
        key="db6",
        dimension="drive_boredom_craving",
        text={
            "nl": "Van een rustige avond zonder plannen kan ik genieten.",
            "en": "I can enjoy a quiet evening with nothing planned.",
        },
        reverse=True,
    ),
    Item(
        key="db4",
        dimension="drive_boredom_craving",
        text={
            "nl": (
                "Als ik me verveel, grijp ik naar drank, drugs, gamen of iets "
                "anders wat een kick geeft."
            ),
            "en": (
                "When I'm bored, I reach for drink, drugs, gaming or something "
                "else that gives me a kick."
            ),
        },
    ),
    Item(
        key="db5",
        dimension="drive_boredom_craving",
        text={
            "nl": (
                "Ik ga verder dan ik van plan was: nog één drankje, nog een "
                "aankoop, nog een nacht doorhalen."
            ),
            "en": (
                "I go further than I meant to: one more drink, one more "
                "purchase, one more all-nighter."
            ),
        },
    ),
    # reciprocity_boundaries
    Item(
        key="rb1",
        dimension="reciprocity_boundaries",
        text={
            "nl": (
                "Ik merk pas dat ik over iemands grens ben gegaan als die "
                "persoon boos of gekwetst reageert."
            ),
            "en": (
                "I only notice that I have crossed someone's line when they "
                "react with anger or hurt."
            ),
        },
    ),
    Item(
        key="rb6",
        dimension="reciprocity_boundaries",
        text={
            "nl": "Ik zeg een afspraak met iemand af als er iets leukers voorbijkomt.",
            "en": "I cancel plans with someone when something more exciting comes up.",
        },
    ),
    Item(
        key="rb3",
        dimension="reciprocity_boundaries",
        text={
            "nl": (
                "Als ik na een gesprek terugkijk, blijkt het vooral over mij te "
                "zijn gegaan."
            ),
            "en": "Looking back on a conversation, I find it was mostly about me.",
        },
    ),
    Item(
        key="rb7",
        dimension="reciprocity_boundaries",
        text={
            "nl": (
                "Als iemand die dicht bij me staat iets van me vraagt, voelt "
                "dat als een last."
            ),
            "en": (
                "When someone close to me asks something of me, it feels like a "
                "burden."
            ),
        },
    ),
    Item(
        key="rb5",
        dimension="reciprocity_boundaries",
        text={
            "nl": "Als iemand iets voor me heeft gedaan, doe ik bewust iets terug.",
            "en": (
                "When someone has done something for me, I make a point of "
                "doing something in return."
            ),
        },
        reverse=True,
    ),
    # anger_escalation
    Item(
        key="an1",
        dimension="anger_escalation",
        text={
            "nl": (
                "Een kleine tegenvaller – een rij bij de kassa, een computer "
                "die hapert – maakt me binnen een paar tellen woedend."
            ),
            "en": (
                "A small setback – a queue at the till, a computer that freezes "
                "– makes me furious within seconds."
            ),
        },
    ),
    Item(
        key="an6",
        dimension="anger_escalation",
        text={
            "nl": "Als iemand kritiek op me heeft, voelt dat als een aanval.",
            "en": "When someone criticises me, it feels like an attack.",
        },
    ),
    Item(
        key="an8",
        dimension="anger_escalation",
        text={
            "nl": "Bij een meningsverschil ga ik schreeuwen.",
            "en": "In a disagreement, I end up shouting.",
        },
    ),
    Item(
        key="an9",
        dimension="anger_escalation",
        text={
            "nl": "Als ik kwaad ben, gooi ik met spullen of maak ik iets kapot.",
            "en": "When I'm angry, I throw things or break something.",
        },
    ),
    Item(
        key="an10",
        dimension="anger_escalation",
        text={
            "nl": "Als ik kwaad ben, duw, grijp of sla ik iemand.",
            "en": "When I'm angry, I push, grab or hit someone.",
        },
    ),
    Item(
        key="an11",
        dimension="anger_escalation",
        text={
            "nl": "Als mijn boosheid oploopt, ga ik even weg om af te koelen.",
            "en": "When my anger rises, I step away for a while to cool down.",
        },
        reverse=True,
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
            "nl": (
                "Ik merk aan mijn lijf dat er iets is – hoofdpijn, een strakke "
                "kaak, een knoop in mijn maag – maar niet wat."
            ),
            "en": (
                "My body tells me something is up – a headache, a tight jaw, a "
                "knot in my stomach – but not what."
            ),
        },
    ),
    Item(
        key="rf6",
        dimension="recognising_feelings",
        text={
            "nl": "Als een gesprek over gevoelens gaat, kap ik het af.",
            "en": "When a conversation turns to feelings, I cut it short.",
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
        key="pp7",
        dimension="push_pull",
        text={
            "nl": "Als iemand dichtbij komt, zoek ik afstand.",
            "en": "When someone gets close, I look for distance.",
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
        key="pp8",
        dimension="push_pull",
        text={
            "nl": (
                "Nadat ik het contact met iemand heb verbroken, zoek ik die "
                "persoon later toch weer op."
            ),
            "en": (
                "After breaking off contact with someone, I seek them out again "
                "later."
            ),
        },
    ),
    Item(
        key="pp9",
        dimension="push_pull",
        text={
            "nl": "Als het spannend wordt, duw ik mensen om wie ik geef van me af.",
            "en": "When things get tense, I push away people I care about.",
        },
    ),
    Item(
        key="pp6",
        dimension="push_pull",
        text={
            "nl": "Ik kan iemand om wie ik geef dicht bij me laten komen.",
            "en": "I can let someone I care about come close to me.",
        },
        reverse=True,
    ),
)

# The item that asks about physical violence towards someone: any answer above "never"
# brings up the card with where to get help (selfcheck.scoring.violence_signalled).
PHYSICAL_VIOLENCE_ITEM = "an10"


DIMENSIONS_BY_KEY = {dimension.key: dimension for dimension in DIMENSIONS}
ITEMS_BY_KEY = {item.key: item for item in ITEMS}


def items_for(dimension_key: str) -> tuple[Item, ...]:
    """The items of one dimension, in ``ITEMS`` order."""
    if dimension_key not in DIMENSIONS_BY_KEY:
        raise KeyError(dimension_key)
    return tuple(item for item in ITEMS if item.dimension == dimension_key)
