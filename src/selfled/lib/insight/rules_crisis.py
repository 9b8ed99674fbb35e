"""Crisis language: current suicidal thoughts, intent, plans, preparations, self-harm.

Tuned for recall: a missed crisis costs far more than a false alarm. Idioms ("this deadline is
killing me", "dying to see her"), negation, past framing, other people and clinical mentions
are switched off by the context checks or excluded in the patterns themselves.
"""

from __future__ import annotations

from .lexicon import AROUND
from .lexicon import LETTER_TO as _LETTER_TO
from .model import CRISIS
from .rules import Rule, rule

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
    r"inside a little|someday|some day|one day|eventually|at some point|like everyone))|"
    r"be gone(?=\s*(?:$|[.!?,;]|\s+(?:forever|for good)))|"
    r"just stop(?=\s*(?:$|[.!?,;]))|" + _DIE_STRONG + r")"
)

_LIVE = (
    r"(?:live|be alive|exist|be here|keep going|go on|continue|be " + AROUND + r"|keep living|"
    # an alarm, not a life: "don't want to wake up early tomorrow"
    r"wake up(?! (?:early|so early|at \d|before|for (?:work|school|my|the)|on (?:a )?"
    r"(?:saturday|sunday|weekend|monday))))"
)

_META = r"(?:plan|planned|planning|decided|ready|prepared|preparing)"

DEATHISH = (
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
    # no longer afraid of death because it is wanted, or because living scares more: "not
    # scared of dying any more, I'm looking forward to it", "not afraid of dying, afraid of
    # another ten years like this", "more scared of waking up than of dying" (the "not" is
    # the writer's, not a denial of the wish). "Not afraid of death any more" alone is often
    # peace after a dose, so it needs the second half.
    rule(
        CRISIS,
        "unafraid-of-dying-wants-it",
        r"\b(?:not|no longer|never been|stopped being|less) (?:scared|afraid|frightened|worried|"
        r"terrified) of (?:dying|death|being dead)\b(?=[^\n]{0,40}?\b(?:looking forward to it|"
        r"ready for it|(?:i'd |i would )?welcome it|hoping for it|can't come soon enough|the "
        r"sooner the better|i want it)\b|[^\n]{0,60}?(?<!not )(?<!no longer )(?<!n't )\b(?:scared|"
        r"afraid|frightened|terrified) "
        r"of (?:living|life|waking up|going on|carrying on|another|more (?:years|decades)|the "
        r"next \w+ (?:years|decades)|growing old|getting old)\b|[^\n]{0,80}?\bi(?:'d| would) "
        r"(?:take|choose|pick) (?:the first|death|dying)\b)|"
        r"\b(?:more|most) (?:scared|afraid|frightened|terrified) of (?:living|life|waking up|"
        r"going on|carrying on|another (?:\w+ )?(?:days?|weeks?|months?|years?|decades?)(?: "
        r"like this)?) than (?:of )?(?:dying|death|being dead)\b",
        0.85,
        neg=False,
        needs=("dying", "death", "dead"),
    ),
    # an inner voice or part telling the writer to die: "my critic says you should be dead"
    rule(
        CRISIS,
        "inner-voice-says-die",
        r"\b(?:critic|voice|voices|part|parts|brain|head|mind|judge|protector|firefighter|"
        r"manager|exile|demons?|depression|it)\b(?: \w+){0,3}? (?:says|said|tells me|told me|"
        r"keeps (?:saying|telling me)|whispers|whispered|screams|yells|repeats|hisses|insists)"
        r"(?: that)?[\s,:'\"]+(?:i|you) (?:should|ought to|deserve to|need to|might as well|"
        r"would be better off|'d be better off)%(adv)s (?:be dead|die|kill (?:yourself|myself)|"
        r"not (?:be here|exist|be alive|wake up)|end it(?=\s*(?:$|[.!?,;]))|dead)\b|"
        r"\b(?:critic|voice|voices|part|brain|head|mind|judge|manager|firefighter)\b"
        r"(?: \w+){0,3}? (?:says|said|tells me|told me|keeps (?:saying|telling me)|whispers|"
        r"insists)\b[^.!?\n]{0,80}?\bwhy not (?:just )?(?:finish the job|end it(?: all)?|get it "
        r"over with|end things|die|go through with it)\b|"
        # the voice quoted without a subject: "heard 'you should just kill yourself' from my
        # critic all day"
        r"\b(?:hear|heard|hearing|hears)[\s'\"]+(?:i|you) (?:should|ought to|deserve to|need to|"
        r"might as well)%(adv)s (?:be dead|die|kill (?:yourself|myself)|not (?:be here|exist|"
        r"be alive|wake up))\b(?=[^.!?\n]{0,30}?\b(?:from|in|inside) (?:my|the) (?:inner )?"
        r"(?:critic|head|mind|voice|part|brain))",
        0.85,
        neg=False,
        mention=True,
        needs=("should", "ought", "deserve", "need", "might", "better off", "why not"),
    ),
    # the only way out is the writer: "the only off-switch I can find is me"
    rule(
        CRISIS,
        "only-exit-is-me",
        r"\bonly (?:way out|exit|off[- ]?switch|escape)\b"
        r"(?: [\w']+){0,5}? (?:is|was|would be|left is) (?:me|myself|to (?:go|leave|disappear|"
        r"not exist|die|end it|not be here)|death|dying|not being here|not existing|ending it|"
        r"ending me)(?=\s*(?:$|[.!?;]))",
        0.85,
        hard=True,
        needs=("only",),
    ),
    # not knowing whether the writer is safe from themself: "I don't know if I'm safe
    # tonight", "can't keep myself safe" (not "not sure if I'm safe to drive")
    rule(
        CRISIS,
        "unsure-if-safe",
        r"\b(?:don't know|do not know|not sure|unsure|no idea) (?:if|whether) i(?:'m| am| can|"
        r" will|'ll| could)? (?:be |stay |keep myself |keep me )?safe\b(?=\s*(?:$|[.!?,;]|"
        r"\s+(?:tonight|today|right now|this weekend|by myself|with myself|from myself|around "
        r"myself)))|"
        r"\bcan't promise (?:i'll|i will|to|that i'll) (?:be|stay|keep myself) safe\b|"
        r"\b(?:can't|cannot|couldn't|don't think i can|not sure i can|unable to) (?:keep|stay) "
        r"(?:myself )?safe\b(?! (?:on|in|at|from|during|while|with) (?!myself))|"
        r"\bnot safe (?:with|from|around) myself\b",
        0.85,
        neg=False,
        needs=("safe",),
    ),
    # leaving survival to chance: "let the road decide if I get to stay"
    rule(
        CRISIS,
        "let-chance-decide",
        r"\blet (?:the (?:road|traffic|cold|river|sea|water|pills|drugs|universe|dice|night)|"
        r"fate|god|chance|nature|it) decide (?:if|whether) i (?:live|get to (?:stay|live)|stay|"
        r"make it|make it home|get home|get there|wake up|survive|come back|come home|keep "
        r"going)\b(?=\s*(?:$|[.!?,;]|\s+(?:or not|alive|this time)\b))",
        0.85,
        neg=False,
        needs=("decide",),
    ),
    # --- not wanting to live --------------------------------------------------------------
    rule(
        CRISIS,
        "dont-want-to-live",
        r"\b(?:don't|do not|didn't|no longer|never) (?:really )?(?:want|wanna|wish|care) to "
        + _LIVE
        + r"\b|\b(?:don't|do not|no longer) (?:want|wish) to be (?:alive|here|"
        + AROUND
        + r")\b|"
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
        r"any of it)\b|"
        r"(?<!not )(?<!never )\btired of (?:living|being alive|existing|life|fighting to stay)\b|"
        r"\b(?:done|finished) with (?:life|living|everything|it all|this life|being alive)\b|"
        r"\bready to (?:die|go(?! home| to | out| back| now\b| for )|be done|give up on life)\b",
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
        r"lighter|cleaner|quieter|calmer|safer|nicer|brighter|freer|cheaper)%(w3)s "
        r"(?:without me|if i%(adv)s (?:wasn't|weren't|died|disappeared|vanished|"
        r"was gone|were gone|(?:was|were) (?:dead|not here|not around|out of the picture)|"
        r"wasn't around|weren't around|wasn't here|weren't here|didn't exist)|"
        r"once i'm gone|when i'm gone|with me gone)\b",
        0.9,
        neg=False,
        subj=False,
        mention=True,
        needs=(
            "better",
            "happier",
            "relieved",
            "fine",
            "okay",
            "easier",
            "simpler",
            "lighter",
            "cleaner",
            "quieter",
            "calmer",
            "safer",
            "nicer",
            "brighter",
            "freer",
            "cheaper",
        ),
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
        r"farewell|suicide|final|last) (?:letters?|notes?|messages?|texts?|emails?)\b"
        r"(?! to (?:my|the|our) " + _LETTER_TO + r")|"
        r"\bgoodbye (?:letters?|notes?)\b(?! to (?:my|the|our) "
        + _LETTER_TO
        + r")|\b(?:said|saying) (?:my )?(?:goodbyes|goodbye to "
        r"everyone)\b|"
        r"\b(?:stockpil\w*|hoard\w*|sav(?:e|ed|ing) up|collect\w*|stash\w*|counting)%(w3)s "
        r"(?:pills|meds|medication|tablets|sleeping pills|painkillers|oxy|opioids)\b|"
        r"\b(?:pills|meds|tablets)%(w3)s (?:saved|stockpiled|hoarded|stashed|hidden)\b|"
        r"\b(?:bought|buying|got|have|found|looked up)%(w2)s (?:a )?(?:gun|rope|noose|"
        r"razor blades?|blades|enough pills)\b|"
        r"\b(?:picked|chose|choosing|set) (?:a|the) (?:date|day|time|place|bridge|spot)\b"
        r"(?! (?:for|of) (?:the|my|our|a|his|her|their) (?:wedding|party|move|surgery|trip|"
        r"launch|appointment|reunion|interview|holiday|vacation|birthday|shower|meeting|"
        r"funeral of|event))|"
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
        r"those )?(?:pills|meds|medication|tablets|bottle)\b(?![^.!?]{0,25}\b(?:with (?:my )?"
        r"(?:breakfast|food|a meal|dinner|lunch)|as prescribed)\b)|"
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
)
