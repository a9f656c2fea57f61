"""Dutch crisis rules, round 16: the forms that independent writers used and the earlier
rules missed (heldout3, docs/safety/crisis-detector.md).

Someone else who speaks of dying (``nl.third_person``); a day, a place or a means chosen
(``nl.plan_set``); the last things (``nl.last_things``); nothing left to live for
(``nl.nothing_left``); stopping with living itself (``nl.stop_living``); not being here
long (``nl.not_here_long``); death as a relief (``nl.death_relief``). Each rule is (id,
description, [(anchors, pattern[, unless]), ...]); see ``safety.crisis_rules``.
"""

from __future__ import annotations

from safety.crisis_rules.words import near

_HE_SHE = r"(?:hij|zij|ze|ie)"
_DAYS = (
    r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|weekend|verjaardag"
    r"|kerst|oudjaar|nieuwjaar|bruiloft|\d{1,2} ?(?:e|ste|de)|\d{1,2} (?:jan|feb|maart|apr|mei|jun"
    r"|jul|aug|sep|okt|nov|dec)\w*)"
)
# Chores and errands that are "done" on a day ("zaterdag doe ik het, dan heb ik tijd").
_CHORES = (
    r"\b(?:tijd|boodschappen|was|afwas|klus\w*|huiswerk|belasting\w*|aangifte|schoonma\w*"
    r"|strijk\w*|opruim\w*|rustig|zelf|wel|even|samen|met (?:hem|haar|de kinderen|jou)"
    r"|uitnodiging|gras|tuin|verjaardag van|feest|taart|boekhouding|administratie)\b"
)
# Work, moving house, a club: being "not here long" about a place, not a life.
_PLACES = (
    r"\b(?:om \d|uur|half|kwart|moet (?:ik )?(?:weg|gaan)|werk|kantoor|feest|bezoek|vakantie"
    r"|stage|school|club|baan|bedrijf|verhuis\w*|verhuiz\w*|emigr\w*|trein|bus|vlucht|hotel"
    r"|camping|logeren|ziekenhuis|opname|contract|seizoen|team)\b"
)

RULES = [
    (
        "nl.third_person",
        "Dutch: someone else speaks of wanting to die, ending their life or hurting themselves",
        [
            # "mn moeder zegt steeds dat ze dood wil", "hij wou dat hij dood was".
            (
                ("dood",),
                rf"\b{_HE_SHE} (?:<FILLW>){{0,3}}dood (?:wil|wilde|wou|willen|zou willen)\b"
                rf"|\b{_HE_SHE} (?:<FILLW>){{0,3}}(?:wil|wilde|wou) (?:<FILLW>){{0,3}}dood\b"
                r"(?! (?:van|om|door|bij)\b)"
                rf"|\bwou dat {_HE_SHE} dood (?:was|waren|is)\b",
                r"\b(?:doodmoe|doodop|lachen|verveling|hitte|schaamte|honger|kou|dood(?:gaat|ga)"
                r" van)\b",
            ),
            # "mijn dochter zegt dat ze niet meer wil leven", "over niet meer willen bestaan".
            (
                ("niet meer",),
                rf"\b{_HE_SHE} (?:<W> )?niet meer (?:wil|wou|wilde) (?:leven|bestaan)\b"
                r"|\bniet meer (?:willen|te willen) (?:leven|bestaan)\b",
            ),
            # "mijn broer zei dat hij er een eind aan wil maken".
            (
                ("eind",),
                rf"\b{_HE_SHE} er (?:<W> )?(?:een )?eind(?:e)? aan (?:wil|wou|wilde|gaat|zal) maken"
                r"<END>",
                r"\b(?:relatie|ruzie|huwelijk|contract|baan|werk|studie|vriendschap|met (?:mij|me"
                r"|haar|hem|ons))\b",
            ),
            # "mijn beste vriend zegt dat hij zichzelf iets wil aandoen".
            (
                ("iets",),
                r"\b<SELF> iets (?:<W> ){0,2}?(?:aan ?(?:te )?doen|aandoet|aandeed)\b",
            ),
            # "mijn zus zei dat iedereen beter af is zonder haar".
            (
                ("beter af",),
                r"\b(?:iedereen|allemaal|de wereld|de kinderen|haar kinderen|zijn kinderen"
                r"|zijn familie|haar familie|ze|jullie|wij|we) (?:<W> ){0,2}?beter af (?:<W> ){0,2}?"
                r"zonder (?:haar|hem)\b",
                r"\b(?:team|club|bedrijf|elftal|klas|afdeling|band)\b",
            ),
            # "brandplekken op zijn arm, die doet hij zelf".
            (
                ("zelf",),
                near("(?:brandplekken|brandwonden|sneden|sneetjes|krassen|wonden|littekens)",
                     rf"(?:doet|deed|heeft) {_HE_SHE} (?:<W> )?(?:dat |die |het )?(?:zelf|bij"
                     r" zichzelf)", 8),
                r"\b(?:lassen|koken|oven|werk|val|gevallen|ongeluk|kat|hond)\b",
            ),
            # Round 16, third batch (heldout4's dev half read): "hij zegt dat het voor hem
            # niet meer hoeft", "ze wil verdwijnen en niet meer terugkomen".
            (
                ("hoeft",),
                r"\bhet (?:<W> )?voor (?:hem|haar|mij|me) (?:<W> )?niet meer (?:hoeft|hoefde)\b",
                r"\b(?:feest|vakantie|etentje|cadeau\w*|taart|uitje|verjaardag|kerst|diner|reis)\b",
            ),
            (
                ("verdwijnen",),
                rf"\b{_HE_SHE} (?:<W> )?(?:wil|wou|wilde) verdwijnen,? (?:en )?(?:<W> )?(?:niet|nooit)"
                r" meer terug",
            ),
            (
                ("bedoel",),
                r"\b(?:in|met) (?:het )?leven,? bedoel(?:t|de|en)? (?:ie|hij|ze|zij|ik)\b",
            ),
            (
                ("niet meer",),
                rf"\b{_HE_SHE} er (?:tegen|na|over|met|voor|rond) (?:<W> ){{1,3}}?niet meer (?:is|zal"
                r" zijn)\b",
                r"\b(?:verhuis\w*|verhuiz\w*|vakantie|reis|emigr\w*|werk|baan|stage|uitwisseling"
                r"|buitenland)\b(?! in de zin)",
            ),
            (
                ("staren", "kijken"),
                near("brug|spoor|perron|dak|flat", "(?:te )?staren|naar beneden (?:te )?(?:kijken|staren)"
                     "|naar het water (?:te )?staren", 6),
                r"\b(?:uitzicht|boten|foto\w*|zonsondergang|vissen|schepen|treinen spotten|vuurwerk)\b",
            ),
        ],
    ),
    (
        "nl.plan_set",
        "Dutch: a day, a place or a means chosen (a date alone, the car in the garage, the bridge)",
        [
            # "vrijdag de 14e. dan doe ik het", "na de bruiloft doe ik het.".
            (
                ("doe ik het", "ga ik het doen"),
                r"(?:^|(?<=[.!?] ))(?:en )?(?:dan|die dag|op die dag) (?:doe ik het|ga ik het doen)"
                r"(?: echt)?<END>"
                rf"|\b(?:op|na|voor) (?:<W> ){{0,4}}?{_DAYS}(?: <W>){{0,3}}?,? (?:doe ik het"
                r"|ga ik het doen)(?: echt)?(?:<END>|,? (?:dat )?(?:heb ik|is) besloten)",
                _CHORES,
            ),
            (
                ("welke dag", "wanneer"),
                r"\bik weet (?:al|nu|precies) (?:welke dag|wanneer) (?:het|ik het) (?:wordt|gaat"
                r" worden|ga doen|doe|gebeurt)<END>",
            ),
            # "ik zit in de auto in de garage met de motor aan".
            (
                ("garage", "schuur"),
                near("garage|schuur", "motor (?:aan|draait|draaien|loopt|lopen)|uitlaat\\w*|slang", 8),
                r"\b(?:ontdooi\w*|opwarm\w*|warm ?draaien|monteur|apk|reparatie|regen|wachten"
                r"|wacht|koud|ruiten|vorst|accu)\b",
            ),
            # "vanavond ga ik naar de brug", "ik loop nu richting het spoor".
            (
                ("brug", "spoor", "rails", "viaduct", "kanaal", "rivier", "dak"),
                r"\b(?:ik (?:ga|loop|fiets|rij|wandel)|(?:ga|loop|fiets|rij|wandel) ik) (?:<W> ){0,2}?"
                r"(?:naar|richting) (?:de|het) (?:brug|spoor|spoorlijn|spoorbaan|rails|viaduct"
                r"|kanaal|rivier|dak)(?: over de rivier)?(?:<END>| en (?:ik )?kom (?:<W> )?niet"
                r" (?:meer )?terug| voor het laatst)",
                r"\b(?:fiets\w*|markt|station|ophalen|afspraak|wandeling|hond|vissen|werk|winkel"
                r"|school|boot|kano|zwemmen|foto\w*)\b",
            ),
            # "ik sta bij het kanaal, het water is koud, ik wil erin".
            (
                ("erin", "er in", "water in"),
                near("kanaal|rivier|water|zee|meer|gracht|haven|brug",
                     "ik wil (?:er ?in|het water in)|ik (?:loop|ga|spring) (?:er ?in|het water in)",
                     8),
                r"\b(?:zwem\w*|bommetje|duik\w*|zomer|warm|strand|boot|vissen|hengel|zwembad|sup"
                r"|kano|roei\w*|pootje\w*|badpak|zwembroek|wetsuit)\b",
            ),
            (
                ("pil", "tablet", "medic"),
                r"\balle (?:<W> )?(?:<PILLS_NL>) (?:<W> ){0,5}?(?:bewaard|gehouden|gespaard"
                r"|opgespaard|niet ingenomen)\b",
                r"\b(?:apotheek|terug ?(?:ge)?bracht|inleveren|ingeleverd|weggegooid|afval)\b",
            ),
            (
                ("weg is", "weg zijn", "slaapt", "slapen"),
                r"\b(?:als|wanneer) (?:iedereen|de kinderen|hij|ze|zij|mijn \w+) (?:<W> ){0,2}?"
                r"(?:weg|de deur uit|op vakantie|slaapt|slapen|op werk)(?: is| zijn)?,? (?:dan )?"
                r"(?:gebeurt het|doe ik het|ga ik het doen)<END>",
                _CHORES,
            ),
            (
                ("trein",),
                r"\b(?:wacht|wachten|sta|staan|kijk|kijken) (?:<W> ){0,4}?(?:goederentrein|sneltrein"
                r"|doorgaande trein|trein die (?:hier )?niet stopt)\b",
            ),
            (
                ("hoe ik het",),
                r"\b(?:fantaseer|fantaseren|denk|dacht|stel me voor|droom) (?:<W> ){0,2}?(?:over |aan"
                r" )?hoe ik het (?:zou|ga|wil|moet) doen<END>",
            ),
            (
                ("hoogste",),
                near("opgezocht|gezocht|uitgezocht|zoeken|gegoogled|gegoogeld",
                     "(?:de )?hoogste (?:flat|flats|gebouw|gebouwen|brug|toren|parkeergarage)", 6),
                r"\b(?:uitzicht|foto\w*|toerist\w*|museum|restaurant|dakterras|werkstuk|spreekbeurt"
                r"|school)\b",
            ),
            (
                ("haal ik",),
                r"\b(?:het nieuwe jaar|de kerst|kerst|de zomer|mijn verjaardag|de winter|de lente"
                r"|volgend jaar|oud en nieuw|het voorjaar) haal ik (?:toch )?niet\b",
            ),
            (
                ("geteld", "niet meer terug"),
                near("<PILLS_NL>|strips|strippen|doosjes", "geteld|niet meer terug te draaien|niemand"
                     " weet (?:ervan|het)", 8),
                r"\b(?:weekdoos|pillendoos|apotheek|baxter\w*|voorraad bijhouden|herhaalrecept)\b",
            ),
            (
                ("voorbij", "raast", "dendert", "doorrijdt", "niet stopt"),
                near("uitgezocht|opgezocht|hoe laat|wanneer", "(?:trein|intercity|sneltrein"
                     "|goederentrein) (?:<W> ){0,3}?(?:voorbij ?raast|voorbij ?dendert|doorrijdt"
                     "|niet stopt)", 8),
            ),
            (
                ("dan is het",),
                r"\b(?:de )?\d{1,2} ?(?:e|ste|de)(?: \w+)?,? dan is het (?:klaar|voorbij|gedaan|over)"
                r"<END>",
                r"\b(?:verbouwing|klus|project|deadline|examen\w*|tentamen\w*|school|vakantie"
                r"|contract|cursus)\b",
            ),
            (
                ("datum",),
                r"\bde datum staat<END>",
            ),
            (
                ("plan",),
                near("ik heb een plan", "rustig (?:onder|over)|kalm|vrede mee|ik weet (?:hoe|wanneer)",
                     6),
            ),
            (
                ("hoe lang het duurt",),
                r"\bhoe lang het duurt (?:voor|voordat|tot) (?:je|ik|iemand) dood\b",
            ),
            (
                ("verhang", "opknop"),
                r"\b(?:me|mij|mezelf|zich|zichzelf) (?:<W> )?(?:verhangen|verhang|opknopen|opknoop)\b",
            ),
        ],
    ),
    (
        "nl.last_things",
        "Dutch: the last things (a will with the codes, a letter for each child, a last entry)",
        [
            (
                ("testament",),
                near("testament\\w*", "pincodes?|pin|wachtwoorden|wachtwoord|codes|inlog\\w*"
                     "|accounts", 8),
            ),
            (
                ("elk", "ieder"),
                near("brie(?:f|ven)|briefjes?|kaarten", "(?:een|eentje|1) voor (?:elk|ieder|elke)"
                     " (?:van (?:de|mijn) )?(?:kind\\w*|kleinkind\\w*)", 8),
            ),
            # "dit wordt mijn laatste meting", "de laatste keer dat ik hier iets schrijf".
            (
                ("laatste",),
                r"\b(?:dit|deze|het) (?:is|wordt|word) (?:mijn|de|me) laatste (?:meting|bericht"
                r"|check-?in|notitie|invoer|rit|berichtje)\b(?! (?:van|voor|deze|vandaag)\b)"
                r"|\b(?:laatste keer dat ik (?:hier )?(?:iets )?(?:schrijf|invul|iets invul))\b",
                r"\b(?:van (?:de|het|vandaag|deze) (?:week|dag|maand)|vandaag|morgen|rust\w*"
                r"|vakantie|weekend|avond)\b",
            ),
            # "heb afscheid genomen van mn broer zonder dat ie het doorhad".
            (
                ("afscheid",),
                r"\bafscheid (?:<W> ){0,6}?zonder dat (?:hij|ze|zij|ie|iemand|jullie) (?:<W> )?"
                r"(?:het )?(?:doorhad|door had|wist|merkte|besefte|doorhadden|wisten)\b",
            ),
            (
                ("schuld",),
                near("bedank\\w*|sorry|vergeef|vaarwel|adieu|afscheid|ik hou van jullie",
                     "niet (?:jullie|jouw|jou|je) schuld", 10),
            ),
            (
                ("geregeld",),
                r"\bgeregeld (?:<W> ){0,8}?voor (?:daarna|erna|na mij|na mijn dood|als ik er niet"
                r" meer ben)<END>",
            ),
            (
                ("adieu", "vaarwel"),
                r"\b(?:adieu|vaarwel) (?:allemaal|iedereen|lieve)\b"
                r"|" + near("adieu|vaarwel|doei", "ik hou van jullie|ik zie jullie (?:allemaal )?graag"
                            "|hou van jullie", 6),
            ),
            (
                ("voorgoed", "voor altijd"),
                near("(?:gebracht|gegeven|overgedragen|weggegeven|afgegeven|zorgt|zorgen)",
                     "voor altijd|voorgoed", 6),
                r"\b(?:allergie|verhuiz\w*|asiel|ruimte|te klein|adopt\w*|vakantie|kringloop"
                r"|marktplaats|gekocht|verkocht)\b",
            ),
            (
                ("ga jullie goed", "ga je goed"),
                r"\bhet ga (?:jullie|je) goed\b",
            ),
            (
                ("er niet meer ben",),
                near("brief|brieven|briefje|briefjes|video|filmpje",
                     "(?:als|en|wanneer) ik er niet meer ben", 12),
            ),
            (
                ("dit leest", "dit lezen"),
                r"\bals (?:je|jij|jullie|u) dit (?:leest|lezen),? (?:ben ik|is het) (?:al )?(?:weg"
                r"|er niet meer|te laat|dood)\b",
            ),
            (
                ("na mij",),
                r"\b(?:niemand|hoeft|hoeven) (?:<W> ){0,3}?na mij\b",
            ),
            (
                ("laatste wens",),
                near("mijn laatste wens", "(?:strooi|begraaf|cremeer) (?:me|mij)|mijn as", 8),
            ),
        ],
    ),
    (
        "nl.nothing_left",
        "Dutch: nothing left to live or fight for, no reason, no hope, no exit",
        [
            (
                ("om door te", "om voor te", "om te leven"),
                r"\b(?:niks|niets|geen (?:enkele )?redenen?) (?:<W> ){0,4}?(?:meer )?(?:over )?"
                r"(?:in (?:me|mij) )?om (?:door te gaan|voor te (?:vechten|leven)|te leven"
                r"|door te leven|door te zetten)\b",
                r"\b(?:aan te trekken|te eten|te doen|te drinken|bod|wedstrijd)\b",
            ),
            (
                ("leef ik", "besta ik"),
                r"\b(?:waarvoor|waarom|waar) (?:leef|besta) ik (?:<W> ){0,2}?(?:nog|eigenlijk)\b",
            ),
            (
                ("hoop",),
                r"\b(?:de|mijn|alle) hoop is (?:<W> )?(?:op|weg|vervlogen|verdwenen|vervlogen)\b",
                r"\b(?:wedstrijd|kampioen\w*|winnen|promotie|sollicitatie|vakantie|weer|zon"
                r"|trein|bus|vlucht|op een|dat)\b",
            ),
            (
                ("uitgang", "uitweg", "ontsnapping"),
                r"\bnergens (?:een )?(?:uitgang|uitweg|ontsnapping)\b",
                r"\b(?:file|snelweg|gebouw|parkeer\w*|doolhof|escape|spel|level|tunnel|station"
                r"|winkel|stadion|festival|afslag|ikea|garage|kelder)\b",
            ),
            (
                ("vol",),
                r"\bhou (?:het leven|dit leven|het bestaan|dit bestaan) niet (?:meer )?vol\b",
            ),
            (
                ("meer last dan",),
                r"\bmeer last dan (?:lust|plezier|gemak|nut) (?:<W> ){0,2}?(?:van|aan) (?:mij|me)\b",
            ),
            # "het enige wat ik nog voor ze kan doen is er niet meer zijn".
            (
                ("enige", "beste"),
                r"\bhet (?:enige|beste) (?:wat|dat) ik (?:<W> ){0,4}?kan doen,? is (?:er niet"
                r" (?:meer )?(?:zijn|te zijn)|verdwijnen|weggaan|dood)",
            ),
            # "zonder mij kan mijn moeder eindelijk rusten".
            (
                ("zonder mij", "zonder me"),
                r"\bzonder (?:mij|me) (?:<W> ){0,5}?(?:eindelijk|rusten|opgelucht|gelukkiger"
                r"|verder met (?:hun|haar|zijn) leven)\b",
                r"\b(?:vergadering|feest|etentje|uitje|training|wedstrijd|boodschappen|vakantie"
                r"|dienst|reis|weekend)\b",
            ),
            (
                ("bestaan",),
                near("mijn bestaan", "opzadel\\w*|lastig ?(?:te )?vallen|lastigvallen|belast\\w*"
                     "|tot last|verpest\\w*|vergal\\w*|kost (?:<W> )?iedereen", 6),
                r"\b(?:zzp|ondernemer|bedrijf|freelance|student)\w*\b",
            ),
            (
                ("als ik", "zoals ik"),
                near("beter af", "zonder (?:<W> ){0,3}?(?:als|zoals) ik", 4),
            ),
            (
                ("blok aan",),
                near("(?:een|het) blok aan (?:hun|zijn|haar|jullie|ieders|iedereens|ons) been",
                     "ik ben|ben ik|dat ben ik|alles wat ik ben", 6),
            ),
            # Round 16, second batch (rows written fresh, not from a set).
            (
                ("ik kost",),
                r"\bik kost (?:<W> ){0,3}?(?:iedereen|jullie|hen|ze|mijn \w+) (?:<W> ){0,2}?(?:geld"
                r"|zorgen|energie|moeite|verdriet)\b",
            ),
            (
                ("verdien",),
                near("verdienen|verdient", "niet mij|(?:als|zoals) ik", 10),
                r"\b(?:vakantie|salaris|loon|bonus|cadeau|compliment|taart|prijs)\b",
            ),
            (
                ("zonder mij", "zonder me"),
                r"\bzonder (?:mij|me) (?:hoeven|hoeft|zouden|kunnen|zijn) (?:<W> ){0,4}?(?:nooit"
                r" meer|niet meer|eindelijk)\b",
                r"\b(?:vergadering|feest|etentje|uitje|training|wedstrijd|boodschappen|vakantie"
                r"|dienst|reis|weekend|koken|afwas)\b",
            ),
            (
                ("geprobeerd",),
                near("alles (?:al )?geprobeerd", "(?:niks|niets) (?:helpt|werkt|verandert)", 6),
                r"\b(?:printer|computer|laptop|auto|wifi|app|vlek|slapen|inslapen|dieet|baby"
                r"|router|telefoon|kraan)\b",
            ),
            (
                ("waarom",),
                r"\bwaarom (?:zou ik )?nog(?: doorgaan| verder)?<END>",
            ),
            (
                ("leven",),
                r"\b(?:dit|het|mijn) leven (?:<W> ){0,2}?niet (?:meer )?(?:dragen|verdragen"
                r"|volhouden)\b",
            ),
            (
                ("van me over", "van mij over"),
                r"\b(?:niks|niets) meer van (?:me|mij) over\b",
            ),
            (
                ("ziet zitten", "zag zitten", "zie zitten"),
                near("niet meer (?:ziet|zag|zie) zitten", "afscheid", 8),
            ),
            (
                ("onder de grond",),
                r"\b(?:ik|me|mij|moeder|vader|mama|papa) (?:<W> ){0,3}?onder de grond\b",
                r"\b(?:kabel\w*|leiding\w*|metro|parkeer\w*|kelder|bollen|wortels|tunnel)\b",
            ),
            (
                ("zoals ik", "als ik"),
                near("meer aan|beter af|beter met", "(?:eentje|iemand|een \\w+) (?:zoals|als) ik", 10),
            ),
            (
                ("weg met mij",),
                r"\bweg met (?:mij|me)\b",
            ),
            (
                ("loslaten",),
                r"\bik wil (?:ze|jullie|iedereen|alles|het leven) loslaten,? (?:<W> )?<FOREVER>",
            ),
            (
                ("niet meer hebben", "niet meer heeft", "niet meer hadden"),
                near("beter|makkelijker|opnieuw beginnen|rust", "als (?:ze|jullie|hij|zij) (?:mij|me)"
                     " niet meer (?:hebben|heeft|hadden)", 8),
            ),
            (
                ("wegval", "niet meer ben"),
                near("als ik wegval|als ik er niet meer ben", "eindelijk|vrij|rust|beter af|opgelucht", 8),
            ),
            (
                ("behalve als ik",),
                r"\bbehalve als ik (?:ophou|stop|er niet meer ben|dood ben|dood ga|doodga)\b",
            ),
            (
                ("weg terug", "weg vooruit", "geen weg"),
                r"\bik zie geen weg (?:terug|vooruit)\b|\bik zie geen weg meer<END>",
            ),
            (
                ("vechten",),
                r"\bklaar met vechten\b",
                r"\b(?:ruzie\w*|discussie\w*|met (?:hem|haar|mijn ex|de \w+)|advocaat|rechter|gemeente"
                r"|instantie\w*|verzekeraar)\b",
            ),
            (
                ("tunnel",),
                r"\btunnel zonder (?:licht|uitgang|einde)\b|\bgeen licht (?:meer )?aan het eind(?:e)?"
                r" van de tunnel\b",
            ),
            (
                ("rust",),
                r"\b(?:nog (?:heel )?even|binnenkort|straks) (?:en )?(?:dan )?hebben (?:jullie|ze|jij|je)"
                r" (?:eindelijk )?rust\b",
                r"\b(?:verbouwing|vakantie|klus|examen\w*|deadline|werk|herrie|lawaai)\b",
            ),
        ],
    ),
    (
        "nl.stop_living",
        "Dutch: stopping with living itself (breathing, everything, a plug pulled on oneself)",
        [
            (
                # "ik wil stoppen met ademen", "hij stopt ermee, met leven".
                ("met ademen", "met ademhalen", "met leven", "met het leven", "met bestaan"),
                r"\b(?:stop|stopt|stopte|stoppen|ophouden|kap|kapt|kappen|klaar|gestopt)\b"
                r"(?:\W{1,3}\w{1,30}){0,5}?"
                r"\W{1,3}met (?:het )?(?:ademen|ademhalen|leven|bestaan)\b"
                r"(?! (?:van|in|op|met|zonder|als|na|voor)\b)",
            ),
            # "ik stop ermee. met alles." — the second sentence on its own.
            (
                ("met alles",),
                r"(?:^|(?<=[.!?] ))(?:en |ook )?met alles(?: en iedereen)?(?:<END>|, ook met"
                r" (?:het )?leven)",
            ),
            (
                ("stekker",),
                r"\bstekker (?:<W> ){0,3}?(?:uit|eruit),? (?:uit )?(?:mezelf|mijzelf|mijn leven"
                r"|het leven|mij)\b",
            ),
            (
                ("van kant",),
                r"\b(?:me|mij|mezelf|mijzelf|zich|zichzelf) (?:<W> ){0,2}?van kant\b",
            ),
            (
                ("ophouden", "stoppen"),
                r"\b(?:ik|ga|wil|zal) (?:<W> ){0,2}?(?:het|alles) (?:<W> ){0,2}?laten (?:ophouden"
                r"|stoppen)\b,? (?:<W> )?<FOREVER>",
            ),
            (
                ("bedoel ik",),
                near("maak|maken|stop|hou|beeindig|eind|einde|af|op",
                     "(?:mijn|het) leven,? bedoel ik", 6),
            ),
            (
                ("mee op",),
                r"\bhou (?:er )?(?:<W> )?mee op,? (?:<W> )?<FOREVER>",
                r"\bmet (?:roken|drinken|blowen|gamen|gokken|snoepen|sporten|alcohol|suiker|vlees"
                r"|die (?:baan|club|cursus|studie|opleiding|app|vereniging))\b",
            ),
            (
                ("eruit",),
                r"\b(?:ga|wil|zal) (?:<W> )?eruit ?stappen<END>",
                r"\b(?:\w*groep\w*|\w*app|club|vereniging|baan|bedrijf|project|auto|bus|trein)\b",
            ),
            (
                ("licht",),
                r"\buit(?:gaan| gaan|gaat)?\b(?:\W{1,3}\w{1,30}){0,5}?\W{1,3}(?:niet|nooit) meer aan<END>",
                r"\b(?:lamp\w*|peer|gang|keuken|kapot|schakelaar|stroom|zekering|badkamer|fiets"
                r"|tv|computer|laptop|telefoon|auto)\b",
            ),
            (
                ("stekker",),
                r"\bbij (?:mij|me) de stekker (?:eruit|uit)\b",
            ),
            (
                ("eeuwige",),
                near("eeuwige (?:rust|slaap)", "wil|wens|verlang|wou", 6),
                r"\b(?:hem|haar|oma|opa|moge|zacht|begrafenis|uitvaart|condoleance\w*)\b",
            ),
            (
                ("blijf slapen", "blijven slapen"),
                near("(?:blijf|blijven) slapen", "is (?:dat|het) goed|prima|fijn|mag het", 6),
                r"\b(?:bij|logeren|logeer\w*|hotel|zus|vriend\w*|oma|mama|papa|weekend)\b",
            ),
            (
                ("echt weg",),
                r"\b(?:wil|wou) weg,? echt weg\b",
            ),
            (
                ("vertrekken", "stappen"),
                r"\buit (?:dit|het|mijn) leven (?:vertrekken|stappen|verdwijnen)\b",
            ),
            (
                ("wegvagen", "uitgewist", "weggevaagd", "uitgegumd"),
                r"\b(?:kon|kan|wil|wou|zou) (?:<W> )?(?:wegvagen|uitgewist worden|weggevaagd worden"
                r"|uitgegumd worden)\b",
            ),
            (
                ("besloten", "knoop"),
                near("(?:vast)?besloten|knoop (?:is )?doorgehakt", "ik stap eruit|stop ik ermee|ik stop"
                     " ermee|ik hou ermee op", 6),
                r"\b(?:\w*groep\w*|\w*app|club|baan|relatie|studie|opleiding|roken|drinken"
                r"|cursus|vereniging)\b",
            ),
            (
                ("beeindig",),
                r"\bik beeindig (?:het|alles)(?: zelf| nu| vanavond| vandaag)?<END>",
            ),
            (
                ("met mezelf",),
                r"\bniet met (?:<W> ){1,6}?(?:maar )?met mezelf\b",
            ),
            (
                ("uit te zetten", "uitzetten", "uit zetten", "uitschakelen"),
                r"\bmezelf (?:uit (?:te )?(?:zetten|schakelen)|uitzetten|uitschakelen)\b",
            ),
        ],
    ),
    (
        "nl.not_here_long",
        "Dutch: not being here long (the days counted, Christmas without me, the last week)",
        [
            (
                ("lang meer",),
                r"\bik ben (?:er |hier )?niet lang meer\b",
                _PLACES,
            ),
            (
                ("zonder mij",),
                r"\b(?:kerst|kerstmis|oud en nieuw|oudjaar|verjaardag|verjaardagen|sinterklaas"
                r"|de zomer|volgend jaar) (?:<W> ){0,4}?zonder mij\b",
                r"\b(?:werk\w*|dienst|vakantie|ziek|ruzie|uitgenodigd|buitenland|reis|op reis"
                r"|weg|schoonfamilie)\b",
            ),
            (
                ("tijd",),
                r"\bmijn tijd (?:hier )?(?:op aarde )?(?:zit erop|is (?:gekomen|om))\b",
                _PLACES,
            ),
            (
                ("geteld",),
                r"\bmijn dagen (?:hier )?(?:op aarde )?zijn geteld\b",
                _PLACES,
            ),
            (
                ("laatste",),
                r"\b(?:dit|deze) (?:is|wordt|word) (?:mijn|me) laatste (?:week|dag|nacht|weekend"
                r"|kerst|verjaardag|zomer|maand)(?:<END>| (?:denk|vermoed|voel|weet) ik| op aarde)",
                _PLACES + r"|\b(?:bij|op|dieet|cursus|voor|van de)\b",
            ),
            (
                ("niet meer",),
                r"\b(?:volgend jaar|volgende maand|na (?:de|deze) (?:zomer|winter|kerst|vakantie))"
                r" (?:<W> ){0,3}?(?:ben ik er|ik er) niet meer\b(?! voor\b)",
                _PLACES,
            ),
            (
                ("niet meer",),
                r"\b(?:over een (?:week|maand|jaar|paar \w+)|tegen de tijd dat|met (?:kerst|pasen))"
                r" (?:<W> ){0,6}?(?:ben ik er|ik er) (?:<W> )?niet meer\b(?! voor\b)",
                _PLACES,
            ),
            (
                ("om deze tijd",),
                near("(?:morgen|volgende week|over een week) om deze tijd", "niks meer|er niet meer"
                     "|weg|voorbij|geen zorgen", 8),
            ),
            (
                ("de mijne", "van mij"),
                near("stoel leeg|lege stoel|plek leeg|lege plek", "de mijne|van mij", 6),
            ),
        ],
    ),
    (
        "nl.death_relief",
        "Dutch: death as a relief (rather be dead, an accident would suit me, my own funeral)",
        [
            (
                ("dood",),
                r"\b(?:zou|wil|wou) (?:<FILLW>|best ){0,3}dood (?:willen )?zijn\b(?! dan\b)",
            ),
            (
                ("verlossing", "opluchting", "uitkomst"),
                r"\b(?:als ik|dat ik) (?:<W> ){0,5}?(?:dood\w*|sterf|stierf|verongeluk\w*|niet meer"
                r" wakker)\b(?:\W{1,3}\w{1,30}){0,6}?\W{1,3}(?:verlossing|opluchting|uitkomst)\b",
            ),
            (
                ("hoop",),
                r"\bhoop (?:<W> ){0,4}?dat ik (?:<W> ){0,4}?(?:doodga|dood ga|sterf|overlijd"
                r"|niet meer wakker word)\b",
                r"\b(?:zenuwen|lachen|schaamte|verveling|kou|hitte|spanning|honger)\b",
            ),
            (
                ("begrafenis", "uitvaart", "graf"),
                r"\b(?:denk|dacht|fantaseer\w*|droom|stel me voor) (?:<W> ){0,3}?(?:aan |over )?"
                r"(?:mijn eigen|mijn) (?:begrafenis|uitvaart|graf)\b",
                r"\b(?:verzekering|uitvaartverzekering|notaris|regelen|wensen|testament)\b",
            ),
            (
                ("tegen een", "tegen de"),
                near("tegen (?:een|de) (?:boom|muur|vrachtwagen|paal|vangrail|pijler)",
                     "is het (?:klaar|voorbij|over)|ben ik (?:er )?(?:niet meer|weg|dood|van af)"
                     "|was het (?:klaar|voorbij)", 8),
            ),
            (
                ("uitkomen", "welkom"),
                r"\b(?:ongeluk|ziekte|hartaanval|ongeval) (?:<W> ){0,3}?(?:zou|zal) (?:me|mij)"
                r" (?:<W> )?(?:uitkomen|welkom zijn)\b",
            ),
            (
                ("lijkt", "klinkt"),
                r"\bdood (?:zijn|gaan|te zijn) (?:lijkt|klinkt) (?:me|mij) (?:<W> )?(?:rustig|fijn"
                r"|heerlijk|prettig|beter|een opluchting|vredig|niet erg)\b",
            ),
            (
                ("alsof ik",),
                r"\b(?:uitgewist|gewist|weggevaagd) (?:<W> ){0,3}?alsof ik (?:er )?nooit"
                r"|\balsof ik (?:er )?nooit (?:ben geweest|was|geweest ben|heb bestaan|bestaan heb)\b",
            ),
            (
                ("wakker",),
                near("niet (?:rouwig|erg|verdrietig)|prima|fijn|opgelucht|een opluchting",
                     "als ik (?:<W> ){0,2}?niet (?:meer )?wakker (?:werd|word|zou worden)", 6),
            ),
            (
                ("zwart",),
                r"\b(?:wil|wou|wens) (?:<W> )?dat (?:alles|het) (?:<W> )?zwart (?:wordt|word)\b",
            ),
            (
                ("laatste",),
                r"\b(?:de|mijn) laatste (?:kerst|verjaardag|zomer|winter|lente|herfst|oud en nieuw"
                r"|sinterklaas) (?:die|dat) ik (?:<W> )?(?:meemaak|mee ga maken|zal meemaken|beleef"
                r"|vier)\b",
                r"\b(?:in|hier|bij|met|als|op)\b",
            ),
            (
                ("stuur", "rij", "fiets", "loop", "spring", "stap"),
                near("denk|dacht", "als ik (?:nu )?(?:gewoon )?(?:de weg op|voor (?:een|de) (?:auto|bus"
                     "|trein|vrachtwagen)) (?:stuur|rij|fiets|loop|spring|stap)", 8),
            ),
            (
                ("maar geweest", "ik dat maar", "ik het maar"),
                near("ongeluk|dood|overleden|verongelukt|slachtoffer", "had ik dat maar geweest"
                     "|was ik (?:dat|het) maar", 10),
            ),
            (
                ("wint",),
                r"\bhoop (?:<W> ){0,3}?(?:ziekte|kanker|tumor) (?:<W> )?wint\b",
            ),
            (
                ("aanreed", "aanrijdt", "overreed", "reed"),
                r"\b(?:zou willen|wou|hoop) dat (?:er )?(?:een|de) (?:vrachtwagen|auto|bus|trein|tram)"
                r" (?:<W> ){0,2}?(?:tegen|over) (?:me|mij) (?:aan ?reed|aanrijdt|heen reed|reed)\b",
            ),
            (
                ("stem",),
                near("stem|stemmen", "je moet dood|maak (?:jezelf|een eind)", 10),
            ),
        ],
    ),
]
