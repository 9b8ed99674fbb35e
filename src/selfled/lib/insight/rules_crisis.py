"""Crisis language: current suicidal thoughts, intent, plans, preparations, self-harm.

Tuned for recall: a missed crisis costs far more than a false alarm. Idioms ("this deadline is
killing me", "dying to see her"), negation, past framing, other people and clinical mentions
are switched off by the context checks or excluded in the patterns themselves.
"""

from __future__ import annotations

from .model import CRISIS
from .rules import Rule, cooc, rule

# Ways of saying "die" that are not idioms; "end it" / "end things" only at a clause end,
# so "end it with my landlord" does not count.
_DIE_STRONG = (
    r"(?:be dead|not be alive|not exist|stop existing|cease to exist|"
    r"not be here(?=\s*(?:$|[.!?,;]|\s+(?:anymore|any longer|tomorrow|at all)))|"
    r"disappear (?:forever|for good|permanently)|vanish forever|"
    r"end (?:it all|my life|everything|my own life|the pain for good)|"
    r"end (?:it|things|this)(?=\s*(?:$|[.!?,;]|\s+(?:now|tonight|soon|today|already|for good|"
    r"forever|all|once and for all)))|"
    r"kill myself|hurt myself|harm myself|cut myself|take my (?:own )?life|"
    r"(?:go to |fall )?(?:a)?sleep (?:and|&) (?:never|not) wake up|(?:go to |fall )?(?:a)?sleep "
    r"forever|not wake up|not come back|disappear\w* for good|not being here|"
    r"take (?:us|me|myself)(?: both| all)? out(?: of here)?(?: for good)?|"
    r"never wake up|not be alive anymore|give up on life|stop living|overdose|od)"
)
# Plain "die" only where it is not an idiom ("die of embarrassment", "dying to see her").
_DIE = (
    r"(?:die(?!\s+(?:of|from|laughing|for|down|out|off|hard|trying|happy|alone with|"
    r"inside a little))|be gone(?=\s*(?:$|[.!?,;]|\s+(?:forever|for good)))|"
    r"just stop(?=\s*(?:$|[.!?,;]))|" + _DIE_STRONG + r")"
)

_LIVE = r"(?:live|be alive|exist|be here|keep going|go on|continue|wake up|be around|keep living)"

_META = r"(?:plan|planned|planning|decided|ready|prepared|preparing)"

_DEATHISH = (
    r"(?:\bdie\b|\bdied\b|\bdying\b|\bdead\b|\bdeath\b|\bfuneral\b|\bgone\b|"
    r"\bdisappear\w*|\bnot (?:be |being )?here\b|\bnot exist\w*|\bkill\w*|\bend it\b|"
    r"\bwent down\b|\bhit me\b|\bcrash\w*|\bpills\b|\boverdose\b|\bbridge\b|"
    r"\bplatform\b|\btracks\b|\bgoodbye\b|\bwasn't around\b|\bweren't around\b|"
    r"\bnot around\b|\bnot wake up\b|\bdidn't wake up\b|\bsuicid\w*)"
)

RULES: tuple[Rule, ...] = (
    # --- direct wish / intent -----------------------------------------------------------
    rule(
        CRISIS,
        "want-to-die",
        r"\b%(want)s%(adv)s (?:to%(adv)s |i (?:was|were|could)%(adv)s |i could%(adv)s )" + _DIE,
        0.9,
        hard=True,
        neg_words=3,
        mention=True,
        needs=("want", "wish", "need"),
    ),
    rule(
        CRISIS,
        "intent-to-die",
        r"\b(?:" + _META + r"|thinking about how|figured out how|know how i(?:'d| would| will|"
        r" am going to)?)%(adv)s to " + _DIE + r"|\b(?:gonna|going|about)%(adv)s to " + _DIE_STRONG,
        0.85,
        hard=True,
        neg_words=3,
        needs=(
            "plan",
            "decid",
            "ready",
            "prepar",
            "going",
            "gonna",
            "about",
            "know how",
            "figured out how",
            "thinking about how",
        ),
    ),
    rule(
        CRISIS,
        "kill-myself",
        r"\b(?:kill|killing|killed|end|ending|off|offing|hang|hanging|drown|shoot|"
        r"poison|suffocate)\s+myself\b",
        0.9,
        hard=True,
        neg_words=3,
        subj=False,
        needs=("myself",),
        mention=True,
    ),
    rule(
        CRISIS,
        "end-my-life",
        r"\b(?:end(?:ing)?|take|taking|took) my (?:own )?life\b|\bend(?:ing)? it all\b|"
        r"\b(?:suicide|suicidal) (?:plan|note|letter|attempt|pact|method)s?\b|"
        r"\bcommit(?:ting)? suicide\b|\bonly one way out\b|"
        r"\bcheck(?:ing)? out (?:for good|permanently|of life)\b|\bunalive\b|"
        r"\bkms\b|\bctb\b",
        0.85,
        hard=True,
        neg_words=3,
        needs=("life", "end", "suicid", "way out", "check", "unalive", "kms", "ctb"),
        mention=True,
    ),
    rule(
        CRISIS,
        "suicidal",
        r"\b(?:suicidal|suicide|suicidality|si\b(?=\s+(?:is|are|has|came|back|again))|"
        r"ideation|thoughts of (?:death|dying|ending|killing)|death wish|"
        r"dark thoughts? (?:about|of) (?:dying|death|ending))",
        0.75,
        hard=True,
        neg_words=4,
        needs=("suicid", "si ", "ideation", "thoughts of", "death wish", "dark thought"),
        mention=True,
    ),
    rule(
        CRISIS,
        "thoughts-of-dying",
        r"\b(?:think|thinking|thought|thoughts|fantasi[sz]e|fantasi[sz]ing|dream|dreaming|"
        r"obsess|obsessing|picture|picturing|imagine|imagining|urges?|urge)%(w2)s about "
        r"(?:dying|death|being dead|killing myself|ending (?:it|my life|things)|not being here|"
        r"not waking up|suicide|my funeral|disappearing|jumping|overdosing|crashing my car|"
        r"driving (?:off|into)|hurting myself|cutting)\b",
        0.8,
        hard=True,
        neg_words=4,
        needs=("about",),
        mention=True,
    ),
    # --- not wanting to live --------------------------------------------------------------
    rule(
        CRISIS,
        "dont-want-to-live",
        r"\b(?:don't|do not|didn't|no longer|never) (?:really )?(?:want|wanna|wish|care) to "
        + _LIVE
        + r"\b|\b(?:don't|do not|no longer) (?:want|wish) to be (?:alive|here|around)\b|"
        r"\b(?:not sure|don't know|unsure|no idea) (?:if|whether|that|why)?\s*i (?:want|wanna|"
        r"can|should|even want)%(adv)s (?:to )?" + _LIVE + r"\b|"
        r"\b(?:hope|hoping|pray|praying|wish) (?:that )?i (?:don't|do not|never|won't|wouldn't|"
        r"didn't) (?:wake up|wake|make it)\b",
        0.9,
        neg=False,
        needs=(
            "don't",
            "do not",
            "didn't",
            "no longer",
            "never",
            "not sure",
            "unsure",
            "no idea",
            "hope",
            "hoping",
            "pray",
            "wish",
        ),
        mention=True,
    ),
    rule(
        CRISIS,
        "no-reason-to-live",
        r"\b(?:no|nothing|zero|any) (?:reason|point|purpose|will) (?:to|in|for) (?:living|live|"
        r"go on|going on|being alive|keep going|carry on|stay|staying|be here|wake up|"
        r"waking up|life|trying anymore)\b|\bnothing (?:left )?to live for\b|"
        r"\b(?:life|living|my life) (?:is|isn't|is not|isnt|feels|seems) (?:not )?"
        r"(?:worth (?:it|living)|pointless|meaningless)\b|\bnot worth living\b|"
        r"\b(?:what's|what is) the point of (?:living|life|being alive|going on|anything|"
        r"any of it)\b|\btired of (?:living|being alive|existing|life|fighting to stay)\b|"
        r"\b(?:done|finished) with (?:life|living|everything|it all|this life|being alive)\b|"
        r"\bready to (?:die|go|be done|give up on life)\b",
        0.85,
        neg=False,
        needs=(
            "reason",
            "point",
            "purpose",
            "will to",
            "nothing",
            "worth",
            "pointless",
            "meaningless",
            "tired of",
            "done with",
            "finished with",
            "ready to",
        ),
        mention=True,
    ),
    rule(
        CRISIS,
        "cant-go-on",
        r"\bcan't (?:go on|keep going|do this anymore|keep doing this|take (?:it|this) "
        r"anymore|live like this|carry on|continue like this|be here anymore|hold on (?:much )?"
        r"(?:any )?longer|keep living|survive this|stand being alive)\b|"
        r"\b(?:giving|given|give) up on (?:myself|life|living|everything)\b",
        0.7,
        neg=False,
        needs=("can't", "give", "giving"),
    ),
    rule(
        CRISIS,
        "wish-dead",
        r"\b(?:wish|wished|wishing)%(adv)s (?:that )?(?:i|i'd) (?:was|were|had|would|could|"
        r"wouldn't|didn't|never|just|'d)%(adv)s (?:dead|die|died|be dead|been born|exist|"
        r"existed|disappear|not wake up|wake up|gone|here|been here|fall asleep)\b|"
        r"\bwish (?:i|it) (?:could all|would all) (?:end|stop|be over)\b|"
        r"\bwant (?:it all|everything|the pain|all of it|it) to (?:end|stop|be over)"
        r"(?: for good| forever| permanently)?(?=\s*(?:$|[.!?,;]|\s+(?:for good|forever|now)))",
        0.8,
        hard=True,
        neg_words=3,
        needs=("wish", "want"),
    ),
    # --- indirect / burden --------------------------------------------------------------
    rule(
        CRISIS,
        "better-off-without-me",
        r"\bbetter off (?:without me|if i%(adv)s (?:was|were|wasn't|weren't|died|was gone|"
        r"were gone|"
        r"didn't exist|wasn't here|wasn't around|disappeared)|with me gone|dead|gone|"
        r"when i'm gone)\b|"
        r"\b(?:would|will|'d)%(adv)s be (?:better|happier|fine|okay|relieved|easier|simpler|"
        r"lighter)%(w3)s (?:without me|if i%(adv)s (?:was|were|wasn't|weren't|died|disappeared|"
        r"was gone|were gone|wasn't around|weren't around|wasn't here|weren't here|didn't exist)|"
        r"once i'm gone|when i'm gone|with me gone)\b",
        0.9,
        neg=False,
        subj=False,
        mention=True,
        needs=("better", "happier", "relieved", "fine", "okay", "easier", "simpler", "lighter"),
    ),
    rule(
        CRISIS,
        "burden",
        r"\b(?:won't|will not|wont) be (?:a burden|around|here|a problem|in anyone's way|"
        r"anyone's problem|bothering anyone)(?: to (?:anyone|anybody|you|them|everyone|"
        r"my \w+))?%(adv)s (?:much |for )?(?:longer|long|soon|"
        r"anymore|after (?:this|tonight|today|this week))\b|"
        r"\b(?:(?:no one|nobody) (?:would|will)%(adv)s (?:miss|notice|care|mind)(?: if i| me|"
        r" when i| that i|\.|$))|"
        r"\b(?:i'm|i am|i feel like|i'm just|i've become|i'm only)%(adv)s (?:a|such a|the) "
        r"burden\b|\bburden (?:to|on) (?:everyone|everybody|my family|them|the people)\b|"
        r"\bsoon (?:it|this|everything|the pain) (?:will|won't) (?:be over|matter|hurt)\b|"
        r"\b(?:this|it) (?:will|'ll) (?:all )?be over soon\b",
        0.8,
        neg=False,
        subj=False,
        needs=("burden", "won't", "will not", "wont", "no one", "nobody", "soon"),
    ),
    # --- plans and preparations -----------------------------------------------------------
    rule(
        CRISIS,
        "preparations",
        r"\b(?:giving|gave|give|given) (?:away )?(?:away|all|most) (?:of )?(?:my|the)%(w2)s "
        r"(?:things|stuff|belongings|possessions|clothes|books|cat|dog|pets?|plants|"
        r"guitar|jewelry|records|art)\b|"
        r"\bgiving (?:my|all my)%(w2)s (?:things|stuff|belongings|possessions|plants|pets?|cat|"
        r"dog|guitar|books) away\b|"
        r"\b(?:wrote|writing|written|write|drafted|drafting|left|leave)%(w2)s (?:goodbye|"
        r"farewell|suicide|final|last) (?:letters?|notes?|messages?|texts?|emails?)\b|"
        r"\bgoodbye (?:letters?|notes?)\b|\b(?:said|saying) (?:my )?(?:goodbyes|goodbye to "
        r"everyone)\b|"
        r"\b(?:stockpil\w*|hoard\w*|sav(?:e|ed|ing) up|collect\w*|stash\w*|counting)%(w3)s "
        r"(?:pills|meds|medication|tablets|sleeping pills|painkillers|oxy|opioids)\b|"
        r"\b(?:pills|meds|tablets)%(w3)s (?:saved|stockpiled|hoarded|stashed|hidden)\b|"
        r"\b(?:bought|buying|got|have|found|looked up)%(w2)s (?:a )?(?:gun|rope|noose|"
        r"razor blades?|blades|enough pills)\b|"
        r"\b(?:picked|chose|choosing|set) (?:a|the) (?:date|day|time|place|bridge|spot)\b|"
        r"\b(?:researching|research|googling|googled|looking up|looked up|read about)%(w2)s "
        r"(?:ways|how|methods) to (?:die|kill|end|overdose|od)\b|"
        r"\b(?:lethal|fatal) dose\b|\bhow many (?:pills|tablets)\b|"
        r"\b(?:put|putting|getting) my (?:affairs|things) in order\b|"
        r"\b(?:updated|wrote|writing|made) (?:my )?will\b(?=.{0,80}\b(?:just in case|before|"
        r"won't need|goodbye|ready))",
        0.85,
        hard=True,
        neg_words=3,
        subj=False,
    ),
    rule(
        CRISIS,
        "method",
        r"\b(?:take|taking|swallow|swallowing|down|downing|took|swallowed)%(w1)s (?:all|every|"
        r"the whole|a whole|a bunch of|a handful of|enough|too many)%(w2)s (?:of )?(?:my |the |"
        r"those )?(?:pills|meds|medication|tablets|bottle)\b|"
        r"\b(?:jump|jumping)%(w2)s (?:off|from|in front of) (?:a|the|that)%(w1)s "
        r"(?:bridge|building|roof|balcony|cliff|train|tracks|car|bus|overpass|window)\b|"
        r"\b(?:step|stepping|walk|walking) in front of (?:a|the) (?:train|bus|truck|car)\b|"
        r"\b(?:drive|driving|crash|crashing|swerve|swerving)%(w2)s (?:into|off)%(w2)s "
        r"(?:a |the |oncoming )?(?:tree|wall|bridge|traffic|cliff|road|river|truck|pole)\b|"
        r"\b(?:overdos\w*|o\.?d\.?(?:'d|ed)?)\b(?! on (?:coffee|caffeine|sugar|tv|netflix|"
        r"chocolate))|"
        r"\b(?:hang|hanging)%(w1)s (?:myself|from)\b|\bslit(?:ting)? my wrists?\b|"
        r"\b(?:the|a) (?:bridge|tracks|rope)\b(?=.{0,60}\b(?:again|tonight|calling|keep "
        r"thinking|pulling|drawn)\b)",
        0.8,
        hard=True,
        neg_words=3,
        needs=(
            "pill",
            "meds",
            "medication",
            "tablet",
            "bottle",
            "jump",
            "front of",
            "into",
            "off",
            "overdos",
            "od",
            "o.d",
            "hang",
            "slit",
            "bridge",
            "tracks",
            "rope",
        ),
    ),
    # --- self-harm ----------------------------------------------------------------------
    rule(
        CRISIS,
        "self-harm",
        r"\b(?:cut|cutting|cuts|carve|carved|carving|scratch|scratched|scratching)%(adv)s "
        r"(?:myself|my (?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?))\b"
        r"(?!\s+(?:shaving|cooking|by accident|accidentally|on the|on a|chopping|slicing))|"
        r"\b(?:burn|burned|burnt|burning|hit|hitting|punch|punched|punching|bit|biting|"
        r"bruise|bruising|bruised)%(adv)s myself\b(?!\s+(?:by accident|accidentally|on the|"
        r"cooking|with the iron))|"
        r"\bself[- ]?harm\w*\b|\bself[- ]?injur\w*\b|"
        r"\bhurt(?:ing)? myself\b(?!\s+(?:at|in|on|playing|lifting|running|while|during|"
        r"skiing|doing))|"
        r"\b(?:urge|urges|pull|itch|craving|wanting|want|need)%(w2)s to (?:cut|burn|hurt|harm|"
        r"punish|scratch)(?: myself| my\b|\s*(?:$|[.!?,;]|again)|(?=\s+(?:is|was|came|comes|"
        r"has|keeps|won't|back)\b))|"
        r"\bcut(?:ting)?(?: myself)? (?:again|last night|tonight|this morning)\b|"
        r"\b(?:blade|razor|razors|blades)\b(?=.{0,60}\b(?:again|arm|wrist|skin|thigh|hide|"
        r"hiding|bathroom)\b)|\bfresh (?:cuts|scars|wounds|marks)\b",
        0.85,
        hard=True,
        neg_words=3,
        needs=(
            "cut",
            "carv",
            "scratch",
            "burn",
            "hit",
            "punch",
            "bit",
            "bruis",
            "self",
            "hurt",
            "urge",
            "pull",
            "itch",
            "crav",
            "want",
            "need",
            "blade",
            "razor",
            "fresh",
        ),
        mention=True,
    ),
    # --- indirect phrasings found in journal entries -------------------------------------
    rule(
        CRISIS,
        "indirect-death",
        r"\b(?:rather|sooner) (?:be dead|die|not exist|not be here|not be alive|be gone)\b|"
        r"\b(?:hope|hoping|wish|wishing|pray|praying) (?:it|this|that|something|the \w+) "
        r"(?:kills|kill|would kill|takes|take) me\b|"
        r"\b(?:wish|wished|hope|hoping)%(adv)s (?:a|the|some) (?:car|bus|truck|train|plane|"
        r"lorry|stray bullet|tumou?r|cancer)%(w3)s (?:would|will|could)%(adv)s (?:hit|kill|"
        r"crash|take|run)\b|"
        r"\b(?:miss me|blame themselves|blames themselves|blame yourself|sort (?:it|things|"
        r"everything) out|find me|be sad|grieve)%(w2)s (?:if|when|once|after) i(?:'m| am)?"
        r"%(adv)s (?:was |were |am )?(?:gone|dead|die|died|disappeared|not here|not around)\b|"
        r"\bif i (?:was|were|am) (?:gone|dead|not here|not around)\b|"
        r"\b(?:only thing|one thing|all that's|the only reason i'm) (?:keeping|keeps|kept|"
        r"holding) me (?:here|alive|going|around|from)\b|"
        r"\bmy (?:own )?(?:funeral|death|obituary|grave|suicide)\b|"
        r"\bif i (?:didn't|don't|never|did not|do not) wake up\b|"
        r"\b(?:a )?waste of (?:oxygen|space|air|skin)\b|"
        r"\b(?:world|everyone|nobody|no one|anyone)%(w1)s (?:doesn't|does not|don't|wouldn't|"
        r"won't) (?:need|want|miss) me\b|"
        r"\b(?:world|everyone|anyone|nobody|no one) (?:needs|wants|would miss) me\b|"
        r"\b(?:do|doing) (?:the world|everyone|my \w+|them|him|her) a favou?r\b|"
        r"\b(?:life insurance|my will)\b(?=%(s25)s(?:worth|in case|letters?|goodbye|kids))|"
        r"\bit was (?:a|my) goodbye\b|\bsaying goodbye\b(?=%(s25)s(?:without|for good|"
        r"forever|won't|last))|"
        r"\bwho gets my\b|\bdecided who gets\b|"
        r"\b(?:thanks|thank you) for everything\b(?=.{0,80}\bgoodbye\b)|"
        r"\bnot going to make it to (?:my|the|next|christmas|new year|spring|summer)\b|"
        r"\buntil i can (?:go|leave|be done|finally rest|die)\b|"
        r"\b(?:step|stepping|jump|jumping) off (?:the|a) (?:platform|edge|ledge|roof|bridge|"
        r"balcony|cliff)\b|"
        r"\b(?:don't|do not) (?:want|plan) to (?:wait around|stick around|be around) to "
        r"(?:find out|see)\b|"
        r"\b(?:don't|do not|can't|cannot) trust myself (?:with|around|alone|near|tonight)\b|"
        r"\bscared of (?:myself|what i might do|what i'll do)\b|"
        r"\bwhoever (?:has to|will have to|needs to|finds)\b|"
        r"\b(?:research\w*|look\w* (?:up|into)|google\w*)%(w1)s (?:methods|ways to go|"
        r"painless)\b|"
        r"\b(?:made|have|got|had|making) (?:a|the) plan\b(?=\s*(?:[.!?;]|$|this week|"
        r"tonight|for (?:how|when|it)))|"
        r"\b(?:stopped|stop|can't|don't|no longer|never) see(?:ing)? (?:the|any) point (?:in|"
        r"of) (?:staying|living|being here|going on|carrying on|continuing|trying|anything|"
        r"any of it|any of this|it all|life)\b|"
        r"\b(?:lives|life|things) (?:would|will|'d) (?:get|be) (?:easier|better|simpler)\b"
        r"(?=.{0,80}\b(?:without me|if i|when i|grieve|gone)\b)|\bwould grieve\b|"
        r"\bcounted (?:the|my) pills\b|\bcount(?:ing)? (?:the|my) pills\b|"
        r"\bswallow\w* everything\b|\bmedicine cabinet\b|"
        r"\bhow many%(w3)s (?:pills|tablets)\b|"
        r"\b(?:passwords|pin numbers|bank details)\b(?=%(s25)s(?:envelope|will need|'ll need|"
        r"for my|in case))|"
        r"\bgave (?:the|my) (?:dog|cat|pets?|plants|guitar|fish|bird|rabbit) (?:to|away)\b|"
        r"\b(?:cancel\w*|closed) (?:all )?my (?:subscriptions|accounts)\b|"
        r"\bletters? to (?:my|each of my) (?:kids|children|family|son|daughter|parents|wife|"
        r"husband|partner|mum|mom|dad|sister|brother)\b|"
        r"\bif you (?:read|find|are reading|found) this\b|\b(?:it|this) (?:wasn't|isn't|"
        r"was not|is not) your fault\b",
        0.75,
        hard=True,
        neg_words=3,
        subj=False,
        mention=True,
    ),
    cooc(
        CRISIS,
        "phq-item-9",
        r"\b(?:last question|question 9|item 9|ninth question|the last item|question nine)\b",
        r"\b(?:nearly every day|more than half|several days|meant it|ticked|yes)\b",
        0.8,
        window=120,
        neg=False,
        subj=False,
    ),
    cooc(
        CRISIS,
        "death-relief",
        r"\b(?:relieved|relief|(?:would|'d) be (?:fine|okay|ok|a relief)|wouldn't mind|"
        r"that'd be fine|peaceful|at peace)\b",
        _DEATHISH,
        0.7,
        window=120,
        hard=True,
        neg_words=3,
        subj=False,
    ),
    cooc(
        CRISIS,
        "place-on-purpose",
        r"\b(?:drove|drive|driving|walked|walk|walking|went|stood|standing|sat|sitting|"
        r"looking|looked|stared|staring)%(w3)s (?:to|past|on|at|by|over|off|near|down at|"
        r"over at)%(w1)s (?:the|a) (?:bridge|tracks|edge|roof|cliff|platform|ledge|train "
        r"timetable|railway|overpass|river)\b",
        r"\b(?:on purpose|scares me|scared me|in a way|again|for a long time|what i was doing|"
        r"i think i do|how high|how deep|how far|pull|pulled|calling)\b",
        0.75,
        window=120,
        hard=True,
        neg_words=3,
        subj=False,
    ),
    rule(
        CRISIS,
        "self-harm-indirect",
        r"\b(?:bang\w*|hit\w*|slam\w*) my head (?:against|on|into)\b|"
        r"\bpunch\w* (?:the|a) wall\b|\b(?:until|till) (?:it|they|i|my \w+) (?:bled|bleeds|"
        r"split|bruised|was bleeding|were bleeding)\b|\bwanted it to hurt\b|"
        r"\b(?:pick\w*|scratch\w*|dig\w*) at (?:the|my) (?:scabs|skin|wounds|cuts)\b"
        r"(?=.{0,80}\b(?:bled|bleed|on purpose|wanted|again)\b)|"
        r"\bcutting (?:helps|is the only|was the only|makes|again|myself)\b|"
        r"\b(?:the )?(?:lighter|blade|razor)%(w3)s (?:on|to|against) my (?:skin|arm|wrist|"
        r"leg|thigh)\b|\bwith a (?:lighter|blade|razor)\b|\blet me (?:not come back|die|"
        r"not wake up|just die|disappear)\b|\bshould%(adv)s (?:end it|die|kill myself|jump|"
        r"do it|end things|overdose|hurt myself|"
        r"disappear|not be here|not exist)\b|\b(?:felt|feel|feeling|feels) like (?:disappearing|"
        r"dying|not existing|ending it|giving up on life)\b|\bdisappear\w* (?:for good|forever|"
        r"permanently)\b|\bnot being (?:here|alive|around)(?: anymore)?\b(?!\s+(?:for|when|to|"
        r"at|with))|\b(?:when|once|after) i'm (?:gone|dead|not here|not around)\b|\bnot exist"
        r"\b(?=%(s15)s(?:forever|for good|permanently|for a while))",
        0.75,
        hard=True,
        neg_words=3,
    ),
    rule(
        CRISIS,
        "more-indirect",
        r"\b(?:easier|better|simpler)%(adv)s to (?:just )?(?:not be here|die|disappear|be gone|"
        r"not exist|not wake up|stop existing|end it)\b|\bjust (?:not be here|disappear|not "
        r"exist|be gone|stop existing)\b|\b(?:noose|tie a rope|loaded gun)\b|"
        r"\bthe (?:night|day) i (?:finally )?do it\b|\bfinally do it\b(?=%(s15)s(?:tonight|"
        r"soon|night|end|week|$))|\b(?:sat|stood|standing|sitting|sit|stand) (?:on|at) (?:the|a) "
        r"(?:roof edge|ledge|edge of the (?:roof|bridge|platform|cliff)|railing|roof|bridge "
        r"railing)\b|\bthis is my last (?:week|day|night|month|christmas|birthday|summer)\b|"
        r"\bi (?:want|need) out\b(?=%(s15)s(?:permanent|for good|forever|of life|of this life))|"
        r"\bwouldn't (?:fight it|fight back|try to survive)\b",
        0.75,
        hard=True,
        neg_words=3,
        subj=False,
    ),
    cooc(
        CRISIS,
        "means-at-hand",
        r"\b(?:pills|meds|tablets|painkillers|sleeping pills|razor|razors|blade|blades|rope)\b",
        r"\b(?:lined up|counted|counting|in my hand|holding|hold|held|saved|saving|stash\w*|"
        r"enough|all of them|the whole|swallow\w*|take them all|think about it|thinking about "
        r"it|stare at|staring at|looked at|looking at|on the counter|in the drawer|hidden|"
        r"hiding|my arm|my wrist|my skin)\b",
        0.7,
        window=60,
        hard=True,
        neg_words=3,
        subj=False,
    ),
    cooc(
        CRISIS,
        "would-not-mind",
        r"\b(?:if|when) (?:something|anything) (?:happened|happens|were to happen|bad happened) "
        r"to me\b",
        r"\b(?:wouldn't (?:fight|mind|care|try)|fine|relieved|relief|let it|okay with|glad)\b",
        0.75,
        window=80,
        hard=True,
        neg_words=3,
        subj=False,
    ),
    # --- weak cues: one alone stays below the threshold, two families together reach it -------
    *(
        rule(CRISIS, f"cue-{name}", pattern, 0.3, hard=True, neg_words=3, mention=True, cue=True)
        for name, pattern in (
            (
                "death",
                r"\b(?:die|dying|died|death|dead|deathbed|funeral|grave|suicid\w*|unalive|"
                r"not (?:be )?here|not being here|not (?:to )?wake up|never wake up|be gone|"
                r"disappear\w*|end (?:it|it all|things|everything|my life)|ending (?:it|things)|"
                r"kill\w* myself|cease|stop existing|not exist\w*|rest forever|sleep forever|"
                r"permanent(?:ly)? (?:solution|escape|rest|sleep))\b"
                r"(?! (?:of|from) (?:laugh\w*|embarrass\w*|boredom|shame|cringe))"
                r"(?!-?tired| tired| serious| battery| ends?\b| wrong| on\b| set on)",
            ),
            (
                "hopeless",
                r"\b(?:hopeless|no hope|no point|pointless|meaningless|no future|no way out|"
                r"trapped|can't go on|cannot go on|can't keep (?:going|doing this)|give up|"
                r"giving up|given up|nothing left|nothing matters|what's the point|end of the "
                r"road|end of my rope|at the end of my|too tired to keep|tired of (?:living|life|"
                r"everything|fighting|being alive|existing|trying)|done with (?:life|everything|"
                r"it all|trying)|worthless|waste of space|can't do this anymore|don't want to "
                r"do this anymore|no reason|no purpose|can't see a way|no light|dark place|"
                r"numb to everything|empty inside)\b",
            ),
            (
                "means",
                r"\b(?:pills|overdos\w*|razor\w*|blades?|rope|noose|gun|bridge|cliff|ledge|roof|"
                r"tracks|train|platform|traffic|river|bottle of|medicine cabinet|"
                r"sleeping pills|painkillers|lethal|jump\w*|hang myself|hanging myself)\b",
            ),
            (
                "finality",
                r"\b(?:goodbye|goodbyes|farewell|last (?:message|letter|"
                r"words|chance)|final|for good|forever|one last|in order|my will|letters? to|"
                r"sorry for everything|forgive me|take care of (?:my|the) (?:cat|dog|kids)|"
                r"won't be around|won't be here|after i'm gone|when i'm gone|the end|"
                r"no more pain|peace at last|finally rest|finally be free|relief)\b",
            ),
            (
                "burden",
                r"\b(?:burden|better off|without me|miss me|in the way|drag (?:everyone|them) "
                r"down|ruin(?:ing)? everyone|everyone hates me|nobody cares|no one cares|"
                r"no one would|nobody would|they'd be fine|be fine without|easier for (?:them|"
                r"everyone)|a waste)\b",
            ),
            (
                "selfharm",
                r"\b(?:hurt myself|harm myself|punish myself|cut|cutting|cuts|bleed\w*|bled|"
                r"blood|burn\w* myself|scars?|scratch\w*|bruis\w*|hit myself|self-harm\w*)\b"
                r"(?! (?:back|down|out|off|class|ties|corners|costs|carbs|the (?:grass|cake|"
                r"line|crap)|my hair|in line))",
            ),
        )
    ),
    # --- other languages (no context checks: the English ones would not apply) ----------
    rule(
        CRISIS,
        "other-language",
        r"\b(?:quiero morir(?:me)?|me quiero (?:morir|matar)|quiero matarme|no quiero vivir|"
        r"je veux mourir|je veux me tuer|envie de mourir|ich will sterben|ich will mich "
        r"umbringen|voglio morire|quero morrer|quero me matar|ik wil dood)\b",
        0.85,
        neg=False,
        past=False,
        subj=False,
        needs=(
            "quiero",
            "morir",
            "mourir",
            "tuer",
            "sterben",
            "umbringen",
            "morire",
            "morrer",
            "dood",
        ),
    ),
)
