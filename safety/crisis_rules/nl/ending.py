"""Dutch crisis rules, issue 11: wanting it to end - disappearing for good, ending it, not
being a problem much longer.

Each rule is (id, description, [(anchors, pattern[, unless]), ...]); see
``safety.crisis_rules`` for how anchors and ``unless`` work.
"""

from __future__ import annotations

from safety.crisis_rules.words import near

RULES = [
    (
        "nl.disappear",
        "Dutch: disappearing for good, sleeping for ever, wanting it all to be over",
        [
            (
                ("verdw", "oplos"),
                near("verdwijnen|verdwijn|verdwijnt|verdween|oplossen", "<FOREVER>|zonder (?:een )?spoor",
                     5),
                r"\b(?:verhuiz\w*|emigr\w*|buitenland|vakantie|baan|werk|kantoor)\b"
                r"|\buit (?:zijn|haar|hun|jouw|je|ons) leven\b|\b(?:de|het|die|dat|deze|dit) \w+ "
                r"(?:moet|zou|zal|mag|kan) (?:<W> )?(?:verdwijnen|oplossen)\b",
            ),
            (
                ("weg",),
                near("<WANT_NL>", "(?:voorgoed|voor altijd|voor eeuwig) weg|weg,? (?:voorgoed"
                     "|voor altijd)", 5),
                # "voorgoed weg uit deze stad": moving, not dying.
                r"\b(?:uit|naar) (?!(?:deze wereld|het leven|dit leven)\b)(?:deze|die|de|het|dit"
                r"|mijn|hier|huis)\b|\b(?:stad|land|huis|baan|relatie|werk|dorp|buurt|nederland"
                r"|verhuiz\w*|emigr\w*)\b",
            ),
            (
                ("weg",),
                near("(?:ik ben|ben ik) (?:<W> )?weg", "voorgoed|voor altijd|voor eeuwig", 4),
                r"\b(?:uit|naar) (?!(?:deze wereld|het leven|dit leven)\b)(?:deze|die|de|het|dit"
                r"|mijn|hier|huis)\b|\b(?:stad|land|huis|baan|relatie|werk|dorp|buurt|nederland"
                r"|verhuiz\w*|emigr\w*)\b",
            ),
            (
                ("zonder",),
                r"\b(?:wereld|iedereen|ze|zij|jullie|het leven) (?:<W> ){0,2}?zonder (?:mij|me) "
                r"(?:<W> )?(?:verder ?gaat|verder gaan|doorgaat|door gaat|verder kan|verder kunnen)\b",
            ),
            (
                ("wakker",),
                r"\bwas ik (?:<FILLW>){0,2}(?:maar )?(?:nooit|niet) (?:meer )?wakker geworden\b"
                r"|\b(?:had|wou) (?:ik|dat ik) (?:<FILLW>){0,2}(?:maar )?(?:nooit|niet) (?:meer )?"
                r"wakker (?:was )?geworden\b",
            ),
            (
                ("niets",),
                r"\b(?:verlang|verlangde|sehn|hunker) (?:<W> )?naar het niets\b",
            ),
            (
                ("bestaan",),
                near("niet (?:meer )?(?:te )?bestaan", "<FOREVER>", 4),
            ),
            (
                ("merkt", "merken", "notice"),
                near("verdwijnen|verdwijn|verdween", "niemand (?:het )?(?:zou )?(?:merkt|merken)"
                     "|niemand (?:het )?(?:zou )?(?:missen|mist)", 8),
            ),
            (
                ("laat",),
                r"\blaat (?:me|mij) (?:<FILLW>){0,2}(?:verdwijnen|gaan|doodgaan|sterven|slapen)\b<END>",
            ),
            (
                ("niets", "rook", "lucht"),
                r"\b(?:wil|wou|wilde|zou|kon ik maar|kan ik maar|wens|hoop) (?:<W> ){0,3}?"
                r"(?:oplossen|opgaan|verdwijnen|vervagen|wegvagen) in (?:het niets|rook|lucht)\b",
            ),
            (
                ("slap", "slaap", "rusten"),
                r"\b(?:voor altijd|voorgoed|voor eeuwig|eeuwig|permanent) (?:<W> )?(?:gaan )?"
                r"(?:slapen|in slaap vallen|rusten)\b|\b(?:slapen|in slaap vallen|inslapen) "
                r"(?:<W> ){0,2}?(?:voor altijd|voorgoed|voor eeuwig|eeuwig)\b|\beeuwige slaap\b",
                r"\b(?:hond|kat|dier|konijn|laten inslapen)\b",
            ),
            (
                ("wakker", "staan", "waken"),
                r"\b(?:slapen|in slaap vallen|inslapen) (?:en|zonder) (?:<W> ){0,2}?(?:nooit|niet"
                r"|ooit|nog|weer)? ?(?:meer )?(?:wakker|op ?(?:te )?staan|opstaan|op ?(?:te )?waken"
                r"|te ontwaken)",
            ),
            (
                ("ophoud", "op houdt", "stop", "voorbij", "over", "afgelopen", "eindigt",
                 "ophield", "klaar is", "gedaan is"),
                r"\b(?:wil|wou|wilde|hoop|hoopte|wens|wenste|zou willen|laat|mag|kan|moet)"
                r" (?:<W> ){0,2}?(?:dat )?(?:het allemaal|alles|dit allemaal|het leven|dit leven"
                r"|mijn leven|de pijn|het) (?:(?:gewoon|maar|allemaal|eindelijk|nu|echt|voorgoed"
                r"|snel|gauw|wel|een keer|nou|alsjeblieft|alstublieft|aub|please|toch) ){0,3}"
                r"(?:ophoudt|ophouden|op houdt|stopt|stoppen"
                r"|voorbij (?:is|zijn|was|gaat)|over (?:is|zijn|was)|afgelopen (?:is|was)|eindigt"
                r"|ophield|stopte|klaar is|gedaan is)\b",
                r"\b(?:stopt|stoppen|ophoudt|ophouden|ophield|stopte) met\b|\b(?:regen\w*"
                r"|lawaai|geluid|huilen|relatie|ruzie\w*)\b|\btussen ons\b|\bmet (?:hem|haar|jou)\b",
            ),
            (
                ("moet",),
                r"\b(?:het|alles|het allemaal|dit) (?:(?:gewoon|maar|allemaal|nu|echt) ){0,2}"
                r"moet (?:(?:gewoon|maar|allemaal|nu|echt|eindelijk|voorgoed) ){0,3}(?:ophouden"
                r"|stoppen|voorbij zijn|over zijn|afgelopen zijn)\b(?! met\b)",
            ),
            (
                ("niet meer te",),
                r"\bom (?:er )?(?:<W> )?niet meer te (?:zijn|bestaan|leven)\b(?! voor\b)",
            ),
            (
                ("ophoud", "stop met", "stoppen met", "stoppen te", "stop te"),
                near("<WANT_NL>", "(?:ophouden|stoppen|stop|ophoud) (?:met|te) (?:bestaan|leven"
                     "|ademen)", 4),
            ),
            # Round 15: "was het maar allemaal voorbij", "laat het stoppen", "weg en nooit
            # meer gevonden worden", a third person who no longer wants to be there.
            (
                ("maar", "allemaal", "laat het", "laat alles", "liefst"),
                r"\b(?:was|mocht|zou|kon) (?:het|alles) (?:<W> ){0,2}?maar (?:<W> ){0,2}?(?:voorbij"
                r"|ophouden|stoppen|over)(?: zijn)?\b|\bhet mag (?:<W> ){0,3}?allemaal (?:stoppen"
                r"|ophouden|voorbij zijn)\b|\blaat (?:het|alles) (?:<W> )?(?:alsjeblieft |alstublieft "
                r"|gewoon |nu )?(?:stoppen|ophouden|voorbij zijn)\b|\b(?:het liefst|liefst) (?:<W> ){0,2}?"
                r"(?:was|is) (?:het|alles) (?:<W> )?(?:voorbij|over)\b",
            ),
            (
                ("stop", "ophoud", "voorbij"),
                near("(?:alles|het allemaal) (?:zou |zal )?(?:stoppen|stopt|ophouden|ophoudt"
                     "|voorbij (?:is|zijn|was))", "<FOREVER>", 4),
            ),
            (
                ("gevonden", "zoek", "vindt", "vinden"),
                near("(?:wil|wou|wilde) (?:<W> ){0,2}?(?:weg|verdwijnen|weglopen)",
                     "nooit (?:meer )?gevonden|niemand (?:<W> ){0,2}?(?:zoekt|zoeken|vindt|vinden)", 6),
            ),
            (
                ("er niet meer",),
                r"\b(?:hij|zij|ze) (?:<W> ){0,2}?er niet meer (?:wil|wilde|wou) zijn\b(?! voor)"
                r"|\b(?:wil|wilde|wou) (?:hij|zij|ze) er niet meer zijn\b(?! voor)",
            ),
            # Round 20 (read from heldout8's dev half, by category): not being any more
            # ("ik wil niet meer zijn." but not "... zijn wie ik was"), dissolving,
            # "uit beeld, voorgoed", falling asleep and never waking.
            (("niet meer",), r"\bik wil <FILLW>{0,2}niet (?:meer|langer) (?:zijn|bestaan)<END>"),
            (
                ("oplossen", "verdampen", "vervagen", "wegsmelten"),
                r"\bwil <FILLW>{0,2}(?:oplossen|verdampen|vervagen|wegsmelten)(?= ?[,.!?;]| in"
                r" (?:het niets|lucht|rook)\b|$)",
            ),
            (("uit beeld",), near(r"uit beeld", r"<FOREVER>", 3)),
            (
                ("ontwaken", "wakker"),
                r"\b(?:inslapen|in slaap vallen|slapen) en (?:<W> )?(?:niet|nooit) meer (?:ontwaken"
                r"|wakker (?:worden|te worden))\b",
            ),
        ],
    ),
    (
        "nl.ending_it",
        "Dutch: ending it (stopping with everything, a full stop behind it all)",
        [
            (
                ("ermee", "er mee"),
                near("(?:er ?mee|ermee) (?:stoppen|stop|ophouden|kappen|kap)|stop ik er ?mee"
                     "|kap ik er ?mee", "alles|het leven|leven|voorgoed|definitief|voor altijd", 5),
                r"\bmet (?!(?:alles|het leven|leven|mijn leven)\b)(?:de|die|dat|het|mijn|deze"
                r"|roken|drinken|blowen|gamen)\b",
            ),
            (
                ("klaar mee",),
                near("er klaar mee|klaar mee", "voorgoed|definitief|voor altijd|met alles", 4),
            ),
            (
                ("punt", "streep"),
                near("(?:een )?punt (?:achter|na)|punt erachter|streep (?:onder|door)|streep eronder",
                     "voorgoed|achter alles|onder alles|mijn leven"
                     "|het leven|definitief|voor altijd", 5),
            ),
            (
                ("punt achter",),
                r"\ber (?:<W> )?een punt achter (?:te )?(?:zetten|zet|zette|gezet)\b<END>",
                r"\b(?:we|wij|samen|relatie|vriendschap|baan|werk|studie|ruzie|discussie|contract)\b",
            ),
            (
                ("beeindig",),
                r"\b(?:ga|wil|zal|moet|kan) (?:het|alles) (?:(?:gewoon|maar|nu|vanavond|morgen"
                r"|echt|zelf) ){0,3}beeindigen\b(?! (?:met|van)\b)",
            ),
            # Round 15: "ik kap ermee, met alles", "een punt achter ..., achter mijn leven".
            (
                ("ermee", "er mee"),
                near("(?:kap|stop|kapte|stopte|ga stoppen|ga kappen) (?:er ?mee)", "met alles|<FOREVER>", 4),
                r"\bmet (?:roken|drinken|blowen|gamen|gokken|snoepen|sporten|alcohol|suiker|vlees"
                r"|die (?:baan|club|cursus|studie|opleiding|app|vereniging))\b",
            ),
            (
                ("punt",),
                r"\bpunt (?:<W> ){0,4}?achter (?:<W> ){0,4}?(?:mijn|haar|zijn|m'n|z'n|hun) (?:eigen )?"
                r"leven\b",
            ),
        ],
    ),
    (
        "nl.not_long",
        "Dutch: not being a problem or a burden much longer",
        [
            (
                ("mij\\b", "me\\b", "mezelf", "niemand", "er niet", "probleem", "last", "lastig",
                 "ik weg"),
                near("<SOON_NL>|daarna|dan", "<RID_NL>", 8),
                r"\ber niet meer (?:<W> )?voor\b|\bom (?:\d|half \w+|(?:een|twee|drie|vier|vijf|zes"
                r"|zeven|acht|negen|tien|elf|twaalf) uur)|\b(?:vertrek\w*|moet (?:weg|gaan|naar)"
                r"|ga (?:weg|naar)|vakantie|verhuiz\w*|verhuis|emigr\w*|nieuwe baan|weekje|weekend|logeren"
                r"|badkamer|douche|wc|toilet|zo klaar)\b"
                r"|\bga (?:<W> ){0,3}?naar\b",
            ),
            (
                ("niet meer",),
                r"\b(?:ik ben|ben ik) er (?:<W> )?(?:binnenkort|straks|snel|bijna|gauw|morgen"
                r"|volgende week|over een week|niet lang) (?:<W> )?niet meer\b(?! voor\b)",
            ),
            (
                ("kwijt",),
                r"\b(?:zijn|ben|bent|is) (?:<W> )?(?:mij|me) (?:<W> )?(?:binnenkort|straks|snel|gauw"
                r"|bijna|voorgoed|morgen) kwijt\b",
            ),
            (
                ("probleem", "last", "zorg"),
                r"\bik (?:<W> ){0,2}?(?:niet lang meer|niet meer lang|binnenkort|straks) (?:<W> )?"
                r"(?:een |jullie |jouw |je |iemands )?(?:probleem|last|tot last|zorg)\b",
            ),
            # Round 15: "nog even en dan hebben ze rust van mij", "binnenkort maakt het
            # allemaal niet meer uit", "lang zullen ze niet meer met mij zitten".
            (
                ("mij", "me\\b", "meer uit", "meer toe"),
                near("<SOON_NL>|nog (?:een )?(?:weekje|paar dagen|paar weken)|over een (?:poosje|tijdje)"
                     "|lang (?:zullen|zal|hoeven|hoeft) (?:<W> )?niet meer",
                     "rust van (?:mij|me)|(?:van|met) (?:mij|me|mijn \\w+) (?:af|belast|opgescheept)"
                     "|met (?:mij|me) (?:te )?(?:zitten|dealen)|(?:druk|zorgen) (?:te )?maken (?:om|over)"
                     " (?:mij|me)|niemand (?:meer )?(?:met|voor) (?:mij|me)"
                     "|maakt het (?:<W> ){0,2}?(?:niet|niks|niets) meer uit<END>"
                     "|doet het er (?:<W> ){0,2}?niet meer toe<END>", 8),
                r"\b(?:verbouwing|vakantie|verhuizing|examen\w*|deadline|bus|trein|kinderen|uur"
                r"|weekend|logeren|moet weg|ga (?:<W> ){0,3}?naar)\b",
            ),
            (
                ("lang meer",),
                r"\bik (?:blijf|ben er) (?:hier )?niet (?:zo )?lang meer\b(?! (?:op|bij|in|aan|voor|weg)\b)",
                r"\b(?:werk|feest|vakantie|uur|kantoor|logeren|bezoek)\b",
            ),
            (
                ("laatste keer",),
                r"\bde laatste keer dat (?:je|jij|jullie|iemand|ze|zij|hij|u) (?:<W> ){0,4}?"
                r"(?:om|voor|over|met|op|aan) (?:mij|me)\b",
            ),
            (
                ("opgelost",),
                near("(?:mijn problemen|gedoe met (?:mij|me)|alles) (?:<W> ){0,3}?opgelost", "<FOREVER>", 4),
            ),
        ],
    ),
]
