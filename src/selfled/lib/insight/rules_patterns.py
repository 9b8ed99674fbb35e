"""Old-pattern language: a current return of, or pull back to, old coping (DESIGN.md I5)."""

from __future__ import annotations

from .model import OLD_PATTERN
from .rules import Rule, cooc, rule

# Old coping behaviours, as verbs/gerunds the writer does.
_BEHAVIOUR = (
    r"(?:drink|drinking|drank|drunk|binge|binged|binging|binge-eating|binge eating|"
    r"binge-watching|binge watching|purge|purged|purging|throwing up|threw up|restrict|"
    r"restricted|restricting|starve|starving|starved|skipping meals|skipped meals|"
    r"skip meals|not eating|counting calories|overwork|overworked|overworking|workaholic|"
    r"working (?:late|all night|until|till|through|every|nonstop|non-stop|\d+|twelve|"
    r"fourteen|sixteen|weekends)|worked (?:late|all night|until|till|through|every|"
    r"nonstop|non-stop|\d+|twelve|fourteen|sixteen)|isolate|isolated|isolating|isolation|"
    r"hiding (?:in my room|from everyone|away|out)|hid (?:in my room|from everyone|away)|"
    r"withdraw|withdrew|withdrawing|numb|numbed|numbing|numbing out|zoning out|zoned out|"
    r"checking out|checked out|dissociat\w*|scroll|scrolled|scrolling|doomscroll\w*|"
    r"smoke|smoked|smoking|vape|vaped|vaping|using|gambl\w*|shopping|spending|"
    r"people-pleas\w*|people pleas\w*|saying yes to everything|said yes to everything|"
    r"over-apologi[sz]\w*|apologi[sz]ing for everything|cutting|self-harm\w*|"
    r"picking (?:at )?my skin|picked (?:at )?my skin|pulling (?:out )?my hair|"
    r"pulled (?:out )?my hair|overeat\w*|stress[- ]eat\w*|emotional eating|eating my "
    r"feelings|bottl\w* (?:it|things|everything) up|stuff\w* (?:it|things|everything) down|"
    r"weed|pot|wine|beer|vodka|whiskey|booze|alcohol|porn|gaming|rage|raging|"
    r"controlling|over-controlling|micromanag\w*|perfectionis\w*|overthinking|ruminating|"
    r"obsessing|catastrophi[sz]ing|procrastinat\w*|shutting down|shut "
    r"down|staying in bed|sleeping all day|lying in bed|hiding|fawning|caretaking|"
    r"overcommit\w*|overfunction\w*|over-function\w*|sugar|junk food|the fridge|"
    r"eating the whole|ate the whole|ate an entire|eating an entire|the bottle|"
    r"cancel\w* (?:plans|on)|ignor\w* (?:texts|calls|messages|everyone|my friends)|"
    r"stopped eating|stopped answering|betting|placed a bet|placing bets|casino|slots|"
    r"slot machines?|poker (?:app|site)|online poker|accumulators?|scratch cards?|"
    r"online shopping|retail therapy|"
    r"logging (?:every )?calories|chasing (?:a |my )?loss\w*)"
)

# Broad coping vocabulary for the co-occurrence rule below.
_COPING = (
    r"\b(?:fight|fought|picked a fight|pick a fight|cookies|chocolate|takeout|take-out|pizza|"
    r"ice cream|ate|eating|binge\w*|purg\w*|restrict\w*|skipped (?:breakfast|lunch|dinner|"
    r"meals?)|skipping (?:breakfast|lunch|dinner|meals?)|not eating|weigh\w*|calories|"
    r"drink\w*|drank|wine|glass(?:es)?|beers?|booze|alcohol|vodka|got high|getting high|"
    r"stoned|joint|weed|smok\w*|vap\w*|xanax|sleeping pills?|took (?:an )?extra|"
    r"sleeping \d+ hours|sleep all day|slept all day|sleep and scroll|in bed|on the couch|"
    r"on my phone (?:in bed|all|until|till|for hours)|scroll\w*|doom-?scroll\w*|instagram|"
    r"tiktok|tv|netflix|episodes|gaming|"
    r"swip\w*|dating apps|re-reading|old messages|ex's|overwork\w*|put in \d+ hours|emails|"
    r"extra projects|projects|shift|volunteer\w*|said yes|saying yes|say yes|agree\w*|"
    r"apologi[sz]\w*|people-pleas\w*|pleaser|happy to|nodding|went along|not answering|"
    r"ignoring|isolat\w*|staying home|not leaving|bailed|cancel\w*|didn't see|"
    r"checking the|locks|cleaning|numb\w*|cut|cutting|burned myself|burn myself|hurt myself|"
    r"scratch\w*|picked at|banging my head|punched|self-harm\w*|restricting|shopping|"
    r"gambl\w*|porn|work(?:ed|ing)? lat|junk food|snack\w*|fast food|candy|crisps|chips|"
    r"cigarettes?|shots|hungover|blackout|blacked out|edibles?|adderall|benzos?|valium|"
    r"klonopin|ativan|codeine|youtube|reddit|social media|video games|betting|casino|"
    r"online shopping|amazon|spent money|lied|snapped|yelled|screamed|overthink\w*|"
    r"ruminat\w*|reassurance|googling symptoms|zoned out|shut down|froze|fawn\w*|"
    r"all-nighter|overtime|hid(?:e|ing)? (?:in|from|under)|avoid\w*|withdr\w*|bets?|"
    r"poker (?:app|site)|online poker|"
    r"slots|slot machines?|accumulators?|retail therapy|calorie\w*|cardio|"
    r"workouts?|liquor store|off-licen[cs]e|bottle shop|dealer|"
    r"reinstall\w*|on read)\b"
)
_RETURN = (
    r"\b(?:again|back to(?! normal| work| school| bed| sleep)|back on|came back|is back|"
    r"are back|crept back|back in|gone back|went back|same as|like before|old me|"
    r"classic me|old friend|the old thing|this is how it starts|i know what that is|"
    r"first time (?:since|in)|nights? in a row|in a row|\w+ nights running|every night|"
    r"every hour|all night|all day|till \d|until \d|at \d+ ?am|\d+ ?am|for hours|hours of|"
    r"straight|twice this week|so i don't have to|to avoid|to get through|just so i could|"
    r"to numb|for validation|alive and well|can't say no|than prescribed|running on empty|"
    r"took over|in charge|full speed|which was the point|when things get hard|when i'm "
    r"upset|that's what i do|told myself|since (?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|last)|all weekend|as always|as usual|every year|last winter|"
    r"before treatment|old habits?|old pattern|slipped|relaps\w*|fell back|old ways|"
    r"old coping|familiar|crept|creeping|sneaking back|snuck back|returned|resurfaced|"
    r"showed up again|for the first time in|first time since|hadn't done that|streak|"
    r"the pull|urge|craving)\b"
)

RULES: tuple[Rule, ...] = (
    cooc(OLD_PATTERN, "coping-return", _COPING, _RETURN, 0.65, window=130, neg_words=3),
    rule(
        OLD_PATTERN,
        "behaviour-again",
        r"\b" + _BEHAVIOUR + r"\b%(s10)s\b(?:again|all over again|like before|like i used to|"
        r"like the old days|the old way|back)\b",
        0.85,
        neg_words=6,
    ),
    rule(
        OLD_PATTERN,
        "again-behaviour",
        r"\b(?:again|back to|back into|back at|returned to|returning to|went back to|going "
        r"back to|slipped back into|slid back into|fell back into|falling back into|"
        r"sliding back into|reverted to|reverting to|started|starting|restarted|picked up)"
        r"%(w2)s " + _BEHAVIOUR + r"\b",
        0.75,
        neg_words=6,
    ),
    rule(
        OLD_PATTERN,
        "old-habits",
        r"\b(?:old|same old|familiar|former|usual) (?:habits?|patterns?|ways|coping|"
        r"strateg(?:y|ies)|behaviou?rs?|routines?|tricks|groove|loops?|cycle|defaults?|"
        r"stuff|self)\b|\bfell off the wagon\b|\boff the wagon\b|\bbroke my (?:streak|"
        r"sobriety|clean time)\b|\brelaps\w*\b|\bslip(?:ped|ping)? (?:up|back)\b|"
        r"\bhad a slip\b|\b(?:lost|losing) my (?:streak|sobriety|clean time)\b|"
        r"\b(?:that's|this is|it's) the (?:old )?(?:move|pattern|ritual|script|reflex)"
        r"(?=\s*(?:[.!?,;]|$))|"
        r"\bthe old (?:move|ritual|math|maths|script|fawning|reflex|loop)\b"
        r"(?!\s+(?:would|was|used|of)\b)",
        0.75,
        neg_words=6,
        needs=(
            "old",
            "usual",
            "familiar",
            "former",
            "wagon",
            "broke my",
            "relaps",
            "slip",
            "lost my",
            "losing my",
            "the old",
            "the move",
            "the pattern",
            "the ritual",
            "the script",
            "the reflex",
        ),
    ),
    rule(
        OLD_PATTERN,
        "pull-urge",
        r"\b(?:pull|pulled|pulling|tug|drawn|urge|urges|craving|cravings|itch|temptation|"
        r"tempted|want|wanting|need|needing|itching)%(w3)s (?:back )?(?:to|toward|towards|"
        r"for|into)%(w2)s " + _BEHAVIOUR + r"\b|"
        r"\b(?:pull|pulled|pulling|drag|dragged|dragging|suck|sucked|sucking|tug|tugging)%(w2)s "
        r"(?:me|myself) back (?:in|into|to|toward|towards|under|down)\b|"
        r"\b(?:pull|tug|call|lure|gravity) of (?:the )?(?:old|bottle|wine|drink|food|numbing|"
        r"work|phone)\b",
        0.65,
        neg_words=6,
    ),
    rule(
        OLD_PATTERN,
        "been-doing",
        r"\b(?:i've been|i have been|i've started|i started|i keep|i kept|caught myself|"
        r"catch myself|find myself|found myself|i'm|i am|i was|can't stop|couldn't stop|"
        r"i've|i)%(adv)s " + _BEHAVIOUR + r"\b%(s15)s\b(?:every night|every day|all day|all "
        r"night|each night|all weekend|nightly|daily|more and more|a lot|non-stop|nonstop|"
        r"constantly|again|lately|this week|since|every evening|all the time|more|until|"
        r"till|hours|the whole|entire|instead|to cope|to numb|to avoid|so i don't have to)\b",
        0.65,
        neg_words=6,
    ),
    rule(
        OLD_PATTERN,
        "reached-for",
        r"\b(?:reached for|reaching for|grabbed|grabbing|poured|pouring|opened|opening|"
        r"bought|buying|ordered|ordering|finished|downed)%(w2)s (?:a |the |another |my |"
        r"some |a whole |an entire |two |three )?(?:drink|drinks|bottle|bottles|wine|beer|"
        r"beers|vodka|whiskey|glass|glasses|pills|joint|vape|cigarettes?|pack|pint|tub of "
        r"ice cream|family-size|pizza|cake)\b",
        0.6,
        neg_words=6,
        needs=("reach", "grab", "pour", "open", "bought", "buy", "order", "finish", "down"),
    ),
    rule(
        OLD_PATTERN,
        "isolating-signs",
        r"\b(?:haven't|have not|didn't|did not|couldn't|could not)%(w1)s (?:left|leave|gotten "
        r"out of|get out of|got out of|answered|answer|returned|return|replied to|reply to|"
        r"opened|open|eaten|eat|showered|shower)%(w1)s (?:the house|my room|my apartment|"
        r"bed|the flat|anyone's|any|texts|calls|messages|my phone|the door|a real meal|"
        r"a meal|anything|in days)\b",
        0.55,
        neg=False,
        needs=("haven't", "have not", "didn't", "did not", "couldn't", "could not"),
    ),
)
