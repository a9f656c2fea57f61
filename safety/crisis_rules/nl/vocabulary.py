"""Dutch word lists for the crisis rules: ``<NAME>`` fragments and everyday settings."""

from __future__ import annotations

FRAGMENTS = {
    # "met Joris", but not "met pillen": after "er een eind aan maken".
    "WITH_SOMEONE_NL": (
        r" (?:<W> ){0,2}?met (?!(?:<PILLS_NL>|<MEANS_NL>|alles|mijn leven|het leven|leven"
        r"|een (?:<W> )?(?:touw|strop|mes|pistool|geweer)|de trein|gas)\b)\w"
    ),
    "MEANS_NL": (
        r"(?:mes|messen|scheermes|scheermesjes|mesje|mesjes|touw|strop|wapen|pistool"
        r"|geweer|plastic zak|slang|gif|<PILLS_NL>)"
    ),
    # "ik ben", "ben ik", "ik voel me", "dat ben ik": the self as the subject.
    "SELF_BE_NL": (
        r"(?:ik (?:<W> )?(?:ben|was|voel (?:me|mij)|voelde (?:me|mij)|blijf|word|werd|zal zijn)"
        r"|(?:ben|was|word|werd|blijf) ik|voel ik (?:me|mij)|dat ben ik|i'?m|i am"
        r"|mijn (?:hele )?(?:bestaan|aanwezigheid) (?:is|voelt als|was)"
        # Chat drops the "ik": "ben gwn een last".
        r"|(?:^|(?<=[.!?,;]\s))ben)"
    ),
    "BURDEN_NL": (
        r"(?:<EEN>|zo'n|zo een|de grootste|het grootste|alleen maar|nog maar|enkel) (?:<W> )?"
        r"(?:last|lastpost|blok aan (?:het|hun|zijn|haar|jullie|ieders|mijn|ons) been|molensteen|belasting"
        r"|zorg voor (?:iedereen|ze|hen|jullie|mijn \w+|anderen)|zorg"
        r"|burden|sta-in-de-weg|ballast|zorgenkind)"
    ),
    "BETTER_NL": (
        r"(?:beter af|better off|beter|gelukkiger|blijer|blij|makkelijker|opgelucht|rustiger"
        r"|vrolijker|vrijer|happier|beter uit|beter mee)"
    ),
    "WITHOUT_ME_NL": (
        r"(?:zonder (?:mij|me)\b|without me|als ik (?:er )?<FILLW>{0,2}(?:niet (?:meer )?(?:ben|was"
        r"|zou zijn|er ben|er was|besta|bestond|leef|leefde)|weg (?:ben|was|zou zijn)"
        r"|dood (?:ben|was|zou zijn)|er niet meer (?:ben|was)|verdween|verdwijn|zou verdwijnen"
        r"|wegga|weg zou gaan|doodga|dood zou gaan|er niet meer zou zijn))"
    ),
    # "voor als ik er niet meer ben": arranging things for after one's death.
    "AFTER_ME_NL": (
        r"(?:(?:voor |tegen )?(?:als|wanneer|nadat|zodra) ik er <FILLW>{0,2}niet meer "
        r"(?:ben|zal zijn|zijn)|na mijn (?:dood|overlijden|zelfmoord)|als ik <FILLW>{0,2}dood ben"
        r"|(?:voor )?(?:als|wanneer|mocht) er (?:<W> )?iets met (?:me|mij) (?:gebeurt|gebeuren))"
    ),
    "WANT_NL": (
        r"(?:wil|wilde|wou|wilt|zou willen|zou|kon ik maar|kan ik maar|wens|wenste|hoop|hoopte"
        r"|verlang|verlangde|wanna|want)"
    ),
    "HOARD_NL": (
        r"(?:(?:opzij|apart) (?:<W> )?(?:gelegd|gezet|gehouden|leggen|houden|te leggen|gedaan)"
        r"|opgespaard|op ?(?:te )?sparen|gespaard|spaar|sparen|verzameld|verzamel|verzamelen"
        r"|voorraad|verstopt|verstop|verstoppen|achtergehouden|achter ?gehouden"
        r"|niet (?:in)?genomen maar|klaarliggen|klaar liggen|liggen klaar|ligt klaar"
        r"|klaargelegd|genoeg (?:om|voor) (?:het|mezelf|dood|er|een overdosis)|hamster\w*"
        r"|voor als het (?:zover|zo ver) is|voor als het moment (?:daar|gekomen) is|voor die dag"
        r"|in plaats van (?:ze|die|het|deze) (?:in )?te (?:nemen|slikken)"
        r"|(?:bij|van|in) (?:\w+ )?(?:verschillende|meerdere|allerlei|andere) (?:winkels|apotheken"
        r"|drogisterijen|drogist|supermarkten))"
    ),
    "THINK_NL": (
        r"(?:denk|dacht|denken|gedacht|gedachte|gedachten|gedachtes|pieker|piekeren"
        r"|piekerde|gepiekerd|fantaseer|fantaseren|fantaseerde|fantasie|fantasieen|droom"
        r"|dromen|droomde|gedroomd|dagdroom|verlang|verlangen|verlangde|obsessie|geobsedeerd"
        r"|bezig met|maal|malen|maalt|stel (?:me|mij) (?:<W> )?voor|voorstellen)"
    ),
    "DEATH_NL": (
        r"(?:de dood|doodgaan|dood gaan|dood zijn|dood te gaan|dood te zijn|sterven|te sterven"
        r"|(?:dat|als|hoe) ik dood (?:ben|was|zou zijn|ga|ging|zou (?:willen )?gaan|wil gaan)"
        r"|mezelf dood"
        r"|mijn (?:eigen )?(?:dood|begrafenis|uitvaart|graf|overlijden)"
        r"|er niet meer (?:te )?zijn|niet meer (?:te )?leven|niet meer (?:te )?bestaan)"
    ),
    "RELIEF_NL": (
        r"(?:opluchting|verlossing|bevrijding|rust|rustig|rustiger|fijn|fijner|heerlijk|vredig"
        r"|makkelijker|beter|aantrekkelijk|aanlokkelijk|troost|troostend|uitweg|oplossing"
        r"|welkom|verleidelijk|lonkt|trekt me|niet eng|niet meer eng)"
    ),
    # Someone else's death, or death as a subject: not thoughts of one's own death.
    "OTHERS_DEATH_NL": (
        r"(?:(?:dood|overlijden|begrafenis|uitvaart|sterven|sterfbed|crematie|graf) van "
        r"(?!(?:mij|mezelf|mijzelf)\b)\w|\b(?:patient|patienten|client|clienten|documentaire"
        r"|film|serie|boek|podcast|artikel|college|lezing|hospice)\b|er niet meer (?:te )?zijn voor)"
    ),
    "SOON_NL": (
        r"(?:niet lang meer|niet zo lang meer|niet meer lang|lang (?:zullen|zal|hoeven|hoef|gaan"
        r"|zijn|hebben) (?:<W> )?niet meer|binnenkort|straks|snel|gauw|nog even|nog maar even"
        r"|over (?:een|1|twee|2|drie|3|een paar) (?:dag|dagen|week|weken|maand|maanden)"
        r"|volgende week|morgen|na vandaag|na vanavond|na deze week|dan)"
    ),
    "RID_NL": (
        r"(?:(?:last|gedoe|zorgen|problemen|ellende) (?:<W> ){0,2}?(?:van|om|over|met|aan) "
        r"(?:mij|me|mezelf)\b|(?:van|met) (?:mij|me) (?:af|verlost|bevrijd|opgescheept)\b"
        r"|(?:verlost|bevrijd|af) van (?:mij|me)\b|om (?:mij|me) (?:te )?(?:zorgen|maken)"
        r"|ik (?:<W> ){0,2}?(?:er (?:<W> )?niet (?:<W> )?meer|niemands (?:probleem|zorg|last)"
        r"|geen probleem meer"
        r"|geen last meer|een probleem)|(?:ben|zal|zijn) ik (?:<W> ){0,2}?(?:er niet meer"
        r"|niemands (?:probleem|zorg|last)|niet meer tot last)|niemands (?:probleem|zorg|last)"
        r"|niemand (?:<W> ){0,2}?(?:zich )?(?:meer )?zorgen (?:<W> )?(?:te )?maken"
        r"|lastig ?(?:vallen|val|valt)|voor (?:mij|me) (?:te )?zorgen|(?:ben|zal|zijn) ik weg)"
    ),
}

# Everyday settings in which "no way out" is said of a traffic jam or a quarrel.
EVERYDAY_TRAP_NL = (
    r"\b(?:file|files|verkeer|vergadering|puzzel|spel|doolhof|escape ?room|gebouw|garage"
    r"|parkeergarage|tunnel|discussie|conflict|ruzie|onderhandeling|contract|project|examen"
    r"|lift|wedstrijd|schaak\w*|level|game|kruispunt|rotonde|wegwerkzaamheden|kantoor|baas"
    r"|collega|relatie|huwelijk|hypotheek|schuld|schulden|lening|studie|opleiding|baan)\w*\b"
)
# "We sprongen van de brug het water in": summer, not a jump to die.
WATER_NL = (
    r"\b(?:water|zwemmen|zwembad|bommetje|meer|plas|zee|gracht|kanaal|duiken|trampoline"
    r"|parachute|bungee|uitzicht|foto|fotograferen|zonsondergang|vuurwerk|schaatsen)\b"
)
