"""Dutch crisis rules, issue 11: farewells, preparations and means.

Each rule is (id, description, [(anchors, pattern[, unless]), ...]); see
``safety.crisis_rules`` for how anchors and ``unless`` work.
"""

from __future__ import annotations

from safety.crisis_rules.nl.vocabulary import WATER_NL
from safety.crisis_rules.words import A_JUMP_NL, A_PILLS_NL, near

RULES = [
    (
        "nl.farewell",
        "Dutch: farewells (letters, giving things away, saying goodbye)",
        [
            (
                ("afscheids",),
                r"\bafscheids(?:brief|brieven|briefje|briefjes|video|woorden|bericht)\b",
                r"\b(?:collega|pensioen|werk|baan|team|klas|school|juf|meester|receptie|vertrek"
                r"|verhuiz|emigr|buitenland|leerlingen|klanten|kantoor)\w*",
            ),
            (
                ("niet meer ben", "niet meer zal", "niet meer zijn", "na mijn", "dood ben", "iets met"),
                r"\b<AFTER_ME_NL>",
                r"\bverzekering|\bnotaris|\bpolis\b|\bpensioen",
            ),
            (
                ("brie",),
                r"\b(?:brief|brieven|briefje|briefjes) (?:<W> ){0,4}?(?:voor|aan) (?:mijn|m'n) "
                r"(?:<W> )?(?:kinderen|kind|dochter|zoon|ouders|vrouw|man|partner|familie|gezin)"
                r",? (?:voor later|voor als|voor na)\b",
            ),
            (
                ("van wie ik hou", "dierbaren"),
                r"\b(?:brief|brieven|briefje|briefjes|berichtje|berichtjes) (?:<W> ){0,3}?(?:voor|aan)"
                r" (?:(?:iedereen|de mensen|alle mensen) van wie ik (?:hou|houd)|(?:al )?mijn"
                r" dierbaren)\b",
            ),
            (
                ("laatste",),
                near("(?:een |mijn )?laatste (?:bericht|berichtje|appje|mail|brief|woorden)",
                     "iedereen|allemaal", 4),
                r"\b(?:werk|collega\w*|vakantie|vandaag|gisteren|groepsapp|team|over (?:het|de|die"
                r"|dat)|feest\w*|herinnering)\b",
            ),
            (
                ("schuld",),
                near("(?:gezegd|zeggen|zeg|geschreven|schrijf|schreef) (?:<W> ){0,4}?dat ik van "
                     "(?:haar|hem|ze|hen|jullie|je|jou) (?:hou|houd)", "niet (?:haar|zijn|jouw"
                     "|jullie|je|hun|hun) schuld", 12),
            ),
            (
                ("hou", "houd"),
                r"\bzeg (?:<W> )?(?:tegen )?(?:<W> ){0,2}?dat ik van (?:haar|hem|ze|hen|jullie) "
                r"(?:hou|houd)\b",
                r"\bals je (?:haar|hem|ze|hen) (?:ziet|spreekt|belt)\b|\b(?:morgen|later|straks|feest"
                r"|verjaardag|vakantie)\b",
            ),
            (
                ("schulden", "uitgedeeld", "uitdelen"),
                r"\b(?:schulden|rekeningen) (?:<W> )?(?:afbetaald|betaald|afgelost|geregeld)"
                r"|\b(?:mijn|m'n) (?:<W> )?(?:spullen|bezittingen|dingen) (?:<W> )?(?:uitgedeeld"
                r"|uitdelen|uit te delen)\b",
                r"\b(?:eindelijk|blij|trots|opgelucht|schuldhulp|budget\w*|vakantie|verhuiz\w*)\b",
            ),
            (
                ("brie", "briefje"),
                near("brief|brieven|briefje|briefjes", "klaar ?liggen|ligt klaar|liggen klaar"
                     "|klaargelegd|achtergelaten|achter ?gelaten|voor na|om afscheid|afscheid", 5),
            ),
            (
                ("nodig", "waar ik heen", "wie wat", "toch niet", "wie mijn"),
                near("weggegeven|weg gegeven|weggeven|weg te geven|geef|gaf|gegeven|geschonken"
                     "|verdeeld|verdelen|verdeel|wegdoen|weggedaan", "niet meer nodig|niet nodig"
                     "|waar ik heen ga|heb ik toch niet|toch niet meer|niet meer gebruik"
                     "|wie wat krijgt|wie mijn", 10),
            ),
            (
                ("spullen", "bezittingen", "dingen", "kostbaarheden", "sieraden", "spaargeld"),
                r"\b(?:al|alle)? ?(?:mijn|m'n) (?:spullen|bezittingen|dingen|kostbaarheden"
                r"|sieraden|spaargeld) (?:<W> ){0,3}?(?:weggegeven|weg gegeven|weggeven"
                r"|weg te geven|verdeeld|verdelen|geschonken|weggedaan)\b|\bgeef (?:al |alle )?"
                r"(?:mijn|m'n) (?:spullen|bezittingen) weg\b",
                r"\b(?:oude|kringloop|marktplaats|verhuiz\w*|opruimen|uitzoeken|zolder|verkocht"
                r"|verkopen|te koop)\b",
            ),
            (
                ("wie wat", "wie mijn"),
                r"\bwie (?:wat|mijn <W>) (?:krijgt|mag hebben|erft)\b",
                r"\b(?:sinterklaas|kerst|verjaardag|cadeau|cadeautje|loting|lootjes)\b",
            ),
            (
                ("afscheid", "gedag", "dag gezegd", "vaarwel"),
                near("afscheid|gedag|dag gezegd|vaarwel", "iedereen|allemaal|voorgoed|voor altijd"
                     "|voor het laatst|(?:de|een|mijn) laatste keer|nog (?:een|1) keer"
                     "|het is goed zo|niet meer terug", 8),
                r"\b(?:vakantie|reis|vliegveld|station|verhuiz\w*|emigr\w*|pensioen|collega\w*"
                r"|werk|baan|school|feest|kerst|weekend|maandag|maanden|buitenland|huis|therapeut"
                r"|psycholoog|huisarts|behandelaar|coach|therapie|groep|cursus)\b",
            ),
            (
                ("afscheid genomen",),
                r"\b(?:ik )?(?:heb|had) (?:<W> )?afscheid genomen\b<END>",
                r"\b(?:we|wij|ze|zij|jullie|hij)\b",
            ),
            (
                ("afscheid",),
                r"\bik neem (?:nu |hier |bij deze )?afscheid\b(?! (?:van|op|bij|in|met|voor)\b)",
            ),
            (
                ("laatste keer", "het laatst", "een keer", "1 keer"),
                near("(?:de|een|mijn) laatste keer|voor het laatst|nog (?:een|1) keer",
                     "gebeld|bellen|belde|gezien|zien|zag|bedankt|bedanken|bedankte|geknuffeld|gezeten"
                     "|bezocht|langsgegaan|langs geweest"
                     "|knuffelen|gedag|afscheid|gezoend|omhelsd|van (?:ze|hem|haar|jullie) hou", 8),
                r"\b(?:ziekenhuis|overleden|vakantie|verhuiz\w*|werk|collega\w*|winkel|dokter"
                r"|huisarts|therapeut|klant\w*|verhuurder|gemeente)\b|\b(?:de|het) laatste keer "
                r"(?:dat |toen )?(?:ik|we|wij|hij|zij|ze|je|jij) (?:(?:hem|haar|ze|hen|jou|je|mijn \w+) )?"
                r"(?:zag|zagen|sprak|spraken|was|waren|ging|gingen|belde|hoorde|bezocht|heb|had)\b",
            ),
            (
                ("afscheid",),
                r"\b(?:als|ter) (?:een )?afscheid\b|\bvoelde (?:<W> )?als (?:een )?(?:afscheid"
                r"|een laatste keer)\b",
                r"\b(?:collega\w*|pensioen|werk|baan|team|klas|school|juf|meester|receptie|vertrek"
                r"|verhuiz\w*|emigr\w*|buitenland|bloemen|cadeau\w*|taart|feest\w*|vakantie)\b",
            ),
            (
                ("hond", "kat", "konijn", "huisdier", "poes", "dieren"),
                near("(?:hond|honden|kat|katten|konijn|huisdier\\w*|poes|dieren)", "niet meer voor "
                     "(?:hem|haar|ze|hen) (?:kan )?zorgen|niet meer (?:kan )?(?:voor (?:hem|haar|ze)"
                     " )?zorgen|voor als ik|na mijn dood", 12),
                r"\b(?:vakantie|reis|weekend|verhuiz\w*|allergi\w*|ziekenhuis|opname|operatie|werk)\b",
            ),
            (
                ("dit is",),
                r"\bdit is (?:een |mijn |het )?(?:afscheid|vaarwel)\b",
                r"\b(?:feest|borrel|receptie|cadeau|kaart|collega\w*|werk|baan|team|huis|school)\b",
            ),
            (
                ("weg ben", "weg zal zijn", "weg zijn"),
                r"\b(?:als|wanneer|nadat|zodra) ik (?:er )?<FILLW>{0,2}(?:voorgoed )?(?:weg ben"
                r"|weg zal zijn|weg zou zijn)\b",
                r"\b(?:vakantie|reis|werk|kantoor|weekend|boodschappen|week|weken|maand|dagen"
                r"|zaterdag|zondag|morgen|straks|avond|nacht|oppas|hond|kat|planten|post|sleutel)\b",
            ),
            (
                ("laatste",),
                r"\b(?:mijn|dit is mijn) laatste (?:bericht|berichtje|woorden|brief|appje|mail)\b",
                r"\b(?:voor|tot na) de (?:vakantie|feestdagen|zomer)|vandaag|deze week|op het werk\b",
            ),
            (("vaarwel",), r"\bvaarwel\b", r"\bvaarwel (?:zeggen|gezegd) (?:tegen|aan) (?:mijn|het"
                                             r"|de|ons) (?:<W> )?(?:baan|werk|huis|stad|team)"),
            (
                ("testament",),
                r"\b(?:mijn )?testament (?:<W> ){0,2}?(?:klaar|geschreven|opgesteld|gemaakt)\b",
                r"\b(?:notaris|kinderen|baby|huis|samenwonen|trouwen|getrouwd|we|wij|ons|onze)\b",
            ),
            (
                ("zaken",),
                r"\bmijn zaken (?:<W> ){0,2}?(?:op orde|geregeld|afgehandeld)\b",
                r"\b(?:belasting\w*|administratie|boekhouding|aangifte|werk|verhuiz\w*|vakantie)\b",
            ),
            # Round 15: a will with "nu kan het", funeral wishes, affairs arranged for after,
            # goodbyes they did not understand, a letter saying why, a pet rehomed.
            (
                ("testament", "laatste wensen"),
                near("testament|laatste wensen|wilsbeschikking", "nu kan het|(?:de )?(?:kat|hond|poes"
                     "|katten|honden) (?:gaat|gaan|kan|mag) naar|als ik er niet (?:meer )?ben", 10),
            ),
            (
                ("laatste wensen",),
                r"\blaatste wensen\b",
                r"\b(?:oma|opa|vader|moeder|papa|mama|patient\w*|hospice|tante|oom|buurman|buurvrouw)\b",
            ),
            (
                ("uitvaart", "begrafenis", "crematie"),
                near("mijn (?:eigen )?(?:uitvaart|begrafenis|crematie)", "voorbereid|geregeld|gepland"
                     "|uitgezocht|gekozen|muziek", 8),
                r"\b(?:verzekering|uitvaartverzekering|notaris|polis|later als ik oud|ooit)\b",
            ),
            (
                ("als ik er niet", "na mij", "zodat niemand", "niemand"),
                near("opgezegd|afgesloten|afgerond|wachtwoorden|geregeld|opgeruimd",
                     "als ik er niet (?:meer )?ben|na mij|zodat niemand|niemand (?:er )?(?:<W> ){0,2}?"
                     "last van", 10),
                r"\b(?:vakantie|verhuizing|oppas|werk|collega|reis)\b",
            ),
            (
                ("afscheid", "keer"),
                near("afscheid|nog (?:een|een|1) (?:laatste )?keer (?:gezien|gesproken|geknuffeld|bezocht)",
                     "zonder dat (?:ze|hij|zij|iemand) (?:het )?(?:wist|wisten|doorhad|doorhadden|merkte"
                     "|merkten)|(?:niet|nooit) (?:wist|wisten) (?:dat het|waarom)|voor altijd was"
                     "|voorgoed was|wisten niet waarom", 12),
            ),
            (
                ("brief",),
                near("brief|briefje", "waarom ik het (?:doe|gedaan heb|ga doen)|waarom ik (?:er )?een punt"
                     "|waarom ik (?:weg|er niet meer)", 10),
            ),
            (
                ("hond", "kat", "poes", "huisdier", "konijn"),
                near("hond|kat|poes|huisdier\\w*|konijn", "(?:hoeft|hoeven) (?:straks |dan )?niemand"
                     " (?:meer )?(?:voor|naar) (?:te )?(?:zorgen|om te kijken|omkijken)", 10),
            ),
            # Round 20 (heldout8's dev half, by category): what one will not need any more,
            # said of a thing given away; affairs settled and then "nu kan het."; one's ashes.
            (
                ("nodig",),
                r"\b(?:ga|zal) (?:hem|het|ze|die|dat|dit) <FILLW>{0,2}niet meer nodig hebben\b",
                r"\b(?:verhuis\w*|emigre\w*|omdat|want ik|sinds|nieuwe?|vervang\w*|gestopt"
                r"|stop met|opgegroeid|te klein|upgrade)\b",
            ),
            (
                ("kan het", "is het klaar"),
                near(r"(?:opgezegd|op orde|geregeld|weggebracht|afgesloten|betaald|opgeruimd)",
                     r"(?:nu|dan|daarna) (?:kan het|is het klaar)<END>", 8),
            ),
            (("mijn as",), r"\bmijn as (?:<W> ){0,3}?(?:in (?:de|het) (?:zee|water|bos)|uitstrooien"
                           r"|uitgestrooid|verstrooid)\b"),
        ],
    ),
    (
        "nl.preparation",
        "Dutch: preparations and means (a rope, pills put aside, the railway, a date, searching)",
        [
            (
                ("strop",),
                r"\bstrop(?:pen)?\b",
                # "een flinke strop": a financial loss.
                r"\b(?:flinke|grote|financiele|lelijke|dure|behoorlijke|enorme|forse|gigantische"
                r"|zware|fikse) strop\b|\bstrop voor (?:de|het|ons|onze|mijn|hem|haar)\b"
                r"|\bstroppen (?:zetten|gezet)\b",
            ),
            (
                ("touw",),
                near("touw|touwen", "balk|haak|plafond|zolder|vliering|zoldering|sterk genoeg"
                     "|stevig genoeg|houdt het|strop|lus|ophangen|op te hangen|hangen|waarvoor"
                     "|voor mezelf|klaar|ligt klaar|verstopt", 8),
                r"\b(?:de was|waslijn|wasgoed|tent|zeil|boot|zeilen|aanhanger|aanhangwagen"
                r"|springtouw|touwtjespringen|klimmen|klimhal|schommel|hond|paard|tuin|verhuiz\w*"
                r"|vastbinden|vast te binden|vastmaken|sjorren|pakket|cadeau|knutsel\w*|slinger"
                r"|vlag|lamp|plant|boom|hangmat|tarp|vlieger|gordijn\w*|kerstboom)\b",
            ),
            (
                ("touw",),
                r"\bhet touw (?:<W> )?(?:al )?(?:vastgemaakt|vastgeknoopt|opgehangen|geknoopt"
                r"|aan de balk|aan de haak)\b",
                r"\b(?:de was|waslijn|wasgoed|tent|zeil|boot|aanhanger|springtouw|klimmen"
                r"|schommel|hond|tuin|verhuiz\w*|pakket|hangmat|vlieger|kerstboom|lamp)\b",
            ),
            (
                ("touw",),
                r"\been (?:<W> )?touw (?:<W> ){0,2}?(?:gekocht|gehaald|klaarliggen|verstopt)"
                r"|\b(?:gekocht|gehaald|kocht|haalde) (?:<W> ){0,2}?een (?:<W> )?touw\b",
                r"\b(?:de was|waslijn|wasgoed|tent|zeil|boot|aanhanger|springtouw|klimmen"
                r"|schommel|hond|tuin|verhuiz\w*|vastbinden|pakket|hangmat|vlieger)\b",
            ),
            (
                A_PILLS_NL,
                near("<PILLS_NL>", "<HOARD_NL>", 6),
                r"\b(?:apotheek|vakantie|reis|op reis|weekend|logeer\w*|herhaalrecept|weekdoos"
                r"|pillendoos|medicijndoos|baxter\w*|doseer\w*)\b",
            ),
            (
                ("spoor", "rails", "overgang", "overweg", "perron"),
                near(r"ik|me|mij", "(?:bij|naar|op|langs|aan|over) (?:het|de|een) (?:spoor|spoorlijn"
                     "|spoorbaan|rails|spoorwegovergang|overweg|perronrand)", 8),
                r"\b(?:storing|vertraging|werkzaamheden|seinstoring|trein naar|reis|reisde|forens"
                r"|kaartje|ov-chipkaart|overstap|conducteur|stil|stilstond|gestremd|uitgevallen"
                r"|modelspoor|treinspotten|station|fiets|werk|school|boodschappen)\w*\b"
                r"|\bnaar huis\b",
            ),
            (
                A_JUMP_NL + ("beneden", "hoe hoog", "hoe diep", "diepte", "reling", "te kijken",
                             "eraf", "ervoor", "rand"),
                near("perron|spoor|rails|brug|viaduct|dak|balkon|flat|galerij|toren|kerktoren"
                     "|parkeergarage", "springen|sprong|spring|te springen|eraf|ervoor|naar beneden"
                     "|de diepte|hoe hoog|hoe diep|over de reling|reling|om te kijken"
                     "|(?:te )?dicht bij de rand|over de rand|op de rand", 8),
                WATER_NL,
            ),
            (
                ("rand", "brug", "viaduct", "dak", "spoor", "rails", "perron", "balkon", "flat"),
                r"\bik (?:sta|zit|stond|zat) (?:<W> )?(?:op|bij|aan|boven|langs) (?:de|het|een) "
                r"(?:rand|brug|viaduct|dak|spoor|rails|perron|balkon|flat)\b|\b(?:heb|had) (?:<W> ){0,3}?"
                r"(?:op|bij|aan|boven) (?:de|het) (?:rand|brug|dak|spoor|rails|perron|viaduct|balkon"
                r"|flat)(?: van (?:het|de) \w+)? (?:gestaan|gezeten)\b",
                r"\b(?:wacht\w*|vriend\w*|boten|uitzicht|foto\w*|trein naar|bus|we|wij|fiets\w*"
                r"|markt|concert|feest\w*|kijk\w*|werk\w*|repar\w*|goot|dakgoot|zonnepanelen"
                r"|antenne|terras|barbecue|zon|vertraging|storing|uitgevallen)\b",
            ),
            (
                ("gepland", "voorbereid", "geregeld", "uitgedacht", "bedacht"),
                r"\b(?:heb|had) (?:het|alles) (?:<W> )?(?:allemaal )?(?:al )?(?:gepland|voorbereid"
                r"|geregeld|uitgedacht|bedacht)<END>",
            ),
            (
                ("plan", "hoe en wanneer", "wanneer en hoe", "hoe en waar", "waar en hoe"),
                r"\bik heb (?:al |nu |echt )?(?:een|mijn) plan\b<END>|\bweet (?:<W> )?(?:al |nu )?"
                r"(?:precies )?(?:hoe en wanneer|wanneer en hoe|hoe en waar|waar en hoe)\b<END>",
            ),
            (
                ("spring",),
                r"\bwaar (?:<W> ){0,4}?(?:kan|zou|moet) (?:<W> )?springen\b",
                WATER_NL,
            ),
            (
                ("vindt", "vinden", "vind"),
                r"\b(?:plek|plaats|plekje) (?:<W> ){0,2}?waar (?:niemand|geen mens) (?:me|mij) "
                r"(?:<W> )?(?:vindt|kan vinden|zal vinden|zoekt)\b",
            ),
            (
                ("hoogst", "hoogste", "hoog"),
                r"\bwelke (?:brug|flat|toren|gebouw|viaduct|parkeergarage) (?:<W> ){0,3}?(?:het )?"
                r"(?:hoogst|hoogste|hoog genoeg)\b",
            ),
            (
                ("kussen", "bed", "matras"),
                r"\b(?:mes|messen|scheermes\w*|mesje\w*|pillen|touw|strop) (?:<W> ){0,2}?onder "
                r"(?:mijn|m'n) (?:kussen|bed|matras)\b",
            ),
            (
                ("niet stopt", "doorrijdt", "doorraast", "niet stoppen"),
                r"\bwelke (?:<W> ){0,2}?(?:niet stopt|niet stoppen|doorrijdt|doorraast)\b",
            ),
            (
                ("datum", "gekozen", "vastgesteld", "bepaald"),
                r"\b(?:een|de) (?:<W> )?(?:dag|plek|plaats)(?: en (?:de|het|een) (?:dag|datum|plek"
                r"|plaats|tijd|moment|tijdstip))? (?:<W> )?(?:gekozen|uitgekozen|vastgesteld|bepaald)"
                r"\b<END>"
                r"|\b(?:een|de) (?:<W> )?datum (?:<W> ){0,3}?(?:gekozen|geprikt|vastgesteld|bepaald"
                r"|gepland|in (?:mijn|m'n) hoofd|in gedachten|staat vast|uitgekozen)\b"
                r"|\b(?:gekozen|geprikt|vastgesteld|bepaald|gepland|kies|prik) (?:<W> ){0,2}?"
                r"(?:een|de) datum\b",
                r"\b(?:we|wij|ons|onze|jullie|bruiloft|trouw\w*|huwelijk|feest\w*|verjaardag"
                r"|verhuizing|verhuis|vakantie|afspraak|etentje|borrel|examen|operatie|sollicitatie"
                r"|gesprek|vergadering|reis|bezichtiging|oplevering|cursus|training|wedstrijd)\b"
                r"|\bdatum (?:<W> ){0,3}?voor (?:de|het|een|onze|ons)\b",
            ),
            (
                ("dodelijk", "letale", "pijnlo", "zonder pijn", "dood", "sterven", "overdos",
                 "uit te stappen",
                 "eind", "hoeveel", "welke dosis", "hoe hoog", "genoeg"),
                near("opgezocht|op ?gezocht|gezocht|zoek|zocht|zoeken|uitgezocht|uitzoeken|uit te zoeken"
                     "|nagezocht|googel\\w*|googl\\w*"
                     "|gegoogeld|gegoogled|onderzocht|gelezen|lezen|opzoeken|op te zoeken|chatgpt",
                     "dodelijk|dodelijke|letale|pijnloos|pijnloze|zonder pijn|om dood te gaan|om te sterven"
                     "|doodgaan|doodgaat|dood (?:<W> )?(?:te )?ga(?:at|an)|overdosis"
                     "|er ?uit te stappen|er een eind(?:e)? aan"
                     "|hoeveel (?:<W> )?(?:<PILLS_NL>)|welke dosis|genoeg (?:<W> )?<PILLS_NL>"
                     "|hoe hoog (?:een|de|die) "
                     "(?:brug|flat|viaduct)", 10),
                r"\b(?:tandarts|bevalling|behandeling|verdoving|operatie|hond|kat|dier\w*|plant\w*"
                r"|per dag|mag nemen|maximaal|bijsluiter|hoofdpijn|koorts"
                r"|film|serie|boek|documentaire|scriptie|studie|spin|slang|paddenstoel\w*|teek"
                r"|beet|wesp|griep|virus|ziekte|bacterie|corona|allergie|hitte|bliksem|ongeluk"
                r"|giftig voor)\b",
            ),
            (
                ("dodelijke", "letale"),
                r"\b(?:dodelijke|letale) (?:dosis|hoeveelheid)\b",
            ),
            (
                ("hoeveel",),
                r"\bhoeveel (?:<W> )?<PILLS_NL> (?:<W> ){0,3}?(?:dodelijk|genoeg om|nodig om)\b",
            ),
            (
                ("manier",),
                r"\bmanier(?:en)? (?:<W> )?om (?:<W> ){0,2}?(?:dood te gaan|te sterven"
                r"|er ?uit te stappen|er een eind(?:e)? aan te maken|uit het leven te stappen"
                r"|mezelf (?:<W> ){0,2}?te)\b",
                r"\b(?:contract|abonnement|lidmaatschap|hypotheek|baan|relatie|club|vereniging)\b",
            ),
            (
                ("klaar", "verstopt", "handbereik"),
                near("<MEANS_NL>", "(?:ligt|liggen|hangt|hangen|staat|staan) klaar|klaar ?(?:gelegd"
                     "|gezet|liggen|hangen)|klaarliggen|verstopt|binnen handbereik", 5),
                r"\b(?:taart|brood|groente|vlees|snijden|koken|keuken|eten|diner|verhuiz\w*|weekdoos"
                r"|pillendoos|medicijndoos|baxter\w*"
                r"|kamperen|jacht|klus\w*|gereedschap|cadeau|feest|vakantie|apotheek|ontbijt|tas"
                r"|koffer|recept)\b",
            ),
            (
                A_PILLS_NL,
                r"\bgenoeg (?:<W> )?<PILLS_NL> (?:<W> ){0,2}?(?:om|voor) (?:het te doen|mezelf"
                r"|dood te gaan|er een eind|een overdosis|te sterven|het einde)\b",
            ),
            (
                ("het ga doen", "het zal doen", "het wil doen"),
                r"\b(?:plek|plaats|plekje|manier|moment|tijdstip) (?:<W> ){0,2}?(?:waar|waarop|hoe"
                r"|wanneer) ik het (?:<W> )?(?:ga|wil|zal) doen\b",
                r"\b(?:feest\w*|verjaardag|verhuiz\w*|bruiloft|huwelijk|aanzoek|taart|klus\w*"
                r"|verbouw\w*|tuin|schilder\w*|presentatie|gesprek)\b",
            ),
            (
                ("te doen", "het ga doen", "het zal doen", "het wil doen", "het zou doen",
                 "het kan doen", "het moet doen"),
                r"\balles (?:<W> ){0,3}?(?:wat )?ik nodig heb (?:om het te doen|voor het einde)\b"
                r"|\bbesloten (?:hoe|wanneer|waar) ik het (?:ga|zal|wil) doen\b"
                r"|\b(?:opgezocht|gezocht|gegoogeld|gegoogled|uitgezocht) hoe ik het (?:moet|kan|ga"
                r"|zou kunnen) doen\b|\b(?:nagedacht|gedacht|bedacht|nadenken|denk) (?:<W> )?"
                r"(?:erover |over )?hoe ik het (?:zou|ga|kan|wil|moet) doen\b"
                r"|\bvan plan (?:om )?het te doen\b<END>",
            ),
            (
                ("terug naar",),
                r"\b(?:ga|ging|gaan|loop|liep|fiets|fietste|rijd|reed) (?:<W> )?(?:steeds|telkens"
                r"|elke dag|elke avond|'s nachts|weer|opnieuw)? ?terug naar (?:die|de|het|dat) "
                r"(?:brug|spoor|viaduct|dak|flat|perron|spoorwegovergang|overweg|klif)\b",
                r"\b(?:werk|school|fiets|boodschappen|markt|vriend\w*)\b",
            ),
            (
                ("balk", "haak"),
                r"\b(?:een|de) (?:<W> )?(?:geschikte|perfecte|stevige|sterke) (?:balk|haak)\b"
                r"|\b(?:balk|haak) (?:<W> ){0,2}?(?:sterk|stevig) genoeg\b",
                r"\b(?:klus\w*|verbouw\w*|plank\w*|schommel|hangmat|lamp|fiets\w*|tv|boksbal)\b",
            ),
            (
                ("meegenomen", "gepakt", "gestolen", "ingepikt", "weggenomen", "genomen"),
                r"\b<PILLS_NL> van (?:mijn|m'n) (?:<W> )?(?:moeder|vader|oma|opa|partner|vriend"
                r"|vriendin|man|vrouw|zus|broer|moeders|vaders|ouders) (?:<W> ){0,2}?(?:meegenomen"
                r"|gepakt|gestolen|ingepikt|weggenomen|genomen)\b",
                r"\b(?:apotheek|inleveren|in te leveren|opruimen|weggooien|terugbrengen)\b",
            ),
            (
                ("hoeveel",),
                r"\bweet (?:<W> )?(?:precies )?welke <PILLS_NL> (?:<W> ){0,4}?en hoeveel\b",
                r"\b(?:huisarts|dokter|arts|apotheek|apotheker|bijsluiter|voorgeschreven|recept"
                r"|psychiater)\b",
            ),
            (
                ("staar", "gestaard", "staren"),
                near("brug|viaduct|dak|balkon|flat|spoor|rails|perron|kade", "(?:naar|in) (?:het water|"
                     "de diepte|beneden|het spoor|de rails) (?:<W> )?(?:gestaard|staarde|staren|staar"
                     "|gekeken)|(?:gestaard|staarde|staren|staar) (?:<W> )?(?:naar|in) (?:het water"
                     "|de diepte|beneden|het spoor|de rails)", 10),
                r"\b(?:boten|zonsondergang|foto\w*|eenden|vissen|zwemmers|vuurwerk|uitzicht|we|wij)\b",
            ),
            (
                ("moment",),
                near("<MEANS_NL>", "(?:wacht|wachten|wachtte) (?:<W> )?(?:alleen nog )?(?:op|tot) het"
                     " (?:juiste|goede|geschikte) moment", 10),
            ),
            (
                ("te doen",),
                r"\b(?:alles|het) (?:<W> ){0,2}?(?:klaar ?liggen|klaar ?gelegd|klaar|geregeld"
                r"|voorbereid) (?:om|voor) het te doen\b",
            ),
            (
                ("doen",),
                r"\bweet (?:<W> ){0,2}?(?:hoe|wanneer|waar) ik het (?:<W> ){0,2}?(?:ga|zal|wil"
                r"|moet) doen\b(?! ?[:\-]| (?:met|bij|op|in)\b)",
            ),
            # Round 15: pills held back at the pharmacy, a day named, methods searched,
            # being at the place and looking down.
            (
                ("apotheek", "recept", "pillen", "tabletten", "medicijnen", "medicatie"),
                near("apotheek|herhaalrecept|recept|<PILLS_NL>", "achter ?(?:hou|houd|houden|gehouden)"
                     "|(?:hou|houd|hield) (?:ik )?(?:<W> ){0,3}?achter|opgespaard|gespaard|spaar"
                     "|extra (?:gehaald|gekocht)|opzij|verzamel\\w*", 8),
                r"\b(?:weekdoos|baxter|vakantie|bonnetje|zegels|korting|punten|dokter zei|huisarts zei"
                r"|voorschrift|zoals voorgeschreven)\b",
            ),
            (
                ("zover", "de dag", "dan doe ik het", "ligt klaar"),
                near("(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|vannacht|vanavond"
                     "|morgen) (?:<W> ){0,3}?(?:is het zover|is de dag|wordt het)",
                     "dan doe ik het|alles ligt klaar|ik ben er klaar voor", 5),
                r"\b(?:verjaardag|feest\w*|wedstrijd|bruiloft|examen|optreden|vakantie|verhuizing|etentje"
                r"|diner|première|sollicitatie)\b",
            ),
            (
                ("manier", "methode"),
                near("gezocht|zoek|zocht|opgezocht|googl\\w*|gegoogled",
                     "(?:welke|een|de) (?:manier|methode)\\w* (?:<W> ){0,2}?(?:het (?:snelst|minst pijn"
                     "|pijnloos|zekerst)|minste pijn|pijnloos|er tussenuit)", 8),
                r"\b(?:naar|route|reis|fiets\w*|trein|auto|leren|koken|hardlopen|sporten|afvallen)\b",
            ),
            (
                ("naar beneden", "naar het water"),
                r"\b(?:sta|zit|stond|zat) (?:<W> ){0,2}?(?:op|bij|aan|boven|langs) (?:de|het|een) (?:rand"
                r"|brug|viaduct|dak|spoor|rails|perron|balkon|flat)\b (?:<W> ){0,3}?(?:en )?(?:kijk|keek"
                r"|staar|staarde) (?:<W> )?naar (?:beneden|het water|de diepte|de rails)\b",
                r"\b(?:dakgoot|schoonma\w*|repar\w*|zonnepanelen|antenne|foto\w*|uitzicht|boten|vissen)\b",
            ),
            # Round 20 (heldout8's dev half, by category): the place chosen and visited ("ik
            # weet welke brug."), the roof door that is never locked, methods searched on a
            # forum, made to look like an accident.
            (("welke",), r"\bik weet (?:al )?(?:precies )?welke (?:brug|flat|plek|trein|spoorovergang"
                         r"|toren|klif|rots|overgang)<END>"),
            (
                ("slot",),
                r"\bdeur naar het dak (?:<W> ){0,2}?(?:nooit|niet) op slot\b",
                r"\b(?:terras\w*|borrel\w*|bbq|barbecue|zon\w*|feest\w*|planten)\b",
            ),
            (
                ("ongeluk",),
                r"\bzodat het (?:op )?(?:een )?ongeluk lijkt\b|\bals (?:een )?ongeluk (?:laten lijken"
                r"|te laten lijken)\b",
                r"\b(?:boek|film|serie|roman|thriller|verzekeringsfraude|detective)\b",
            ),
        ],
    ),
]
