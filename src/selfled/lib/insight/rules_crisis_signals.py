"""Crisis language, continued: signals that say it without a death word in the writer's voice.

An accident that would be welcome, a screening answer that is yes, a part that wants to die
and the writer with it, a protector that has kept the writer alive and is letting go, a
recent cut, means that someone else now hides. Split from :mod:`rules_crisis` to keep modules
small; the analyzer reads all of them.
"""

from __future__ import annotations

from .model import CRISIS
from .rules import Rule, cooc, rule
from .rules_crisis import DEATHISH

# Something falling on, hitting or taking the writer; or the writer's own crash.
_ACCIDENT = (
    r"(?:fell on me|falls on me|fell on my head|hit me|hits me|crushed me|ran me over|"
    r"ran over me|landed on me|killed me|kills me|"
    r"(?:wrapped|wrap|drove|drive|crashed|crash|put|swerved) (?:the|my) car (?:round|around|"
    r"into|off)|went off the road|i (?:didn't|don't|never) (?:wake|woke) up\b(?! early| the| "
    r"my| him| her| them| in time| on time))"
)
# Saying it would be fine.
_WELCOME = (
    r"(?:would be nice|'d be nice|wouldn't mind|would not mind|wouldn't be (?:too |that |so |"
    r"all that )?(?:upset|sad|sorry|bothered)|wouldn't care|would not care|i'd be (?:fine|okay|"
    r"ok|relieved|glad)|i would be (?:fine|okay|ok|relieved|glad)|wouldn't be the worst thing)"
)

# The PHQ-9's question about being better off dead or hurting oneself, as clients name it.
_ITEM_9 = (
    r"(?:better[- ]off[- ]dead|hurting (?:yourself|myself)|hurt (?:yourself|myself)|question 9|"
    r"item 9|q9|thoughts of (?:death|dying|self-harm)|self-harm question|the (?:dead|death|"
    r"suicide) question)"
)
# One character of the same sentence that does not start a denial ("not at all", "no").
_NO_DENIAL = r"(?:(?!not at all|\bno\b|\bnever\b|\bzero\b|\bnone\b)[^.!?\n])"

RULES: tuple[Rule, ...] = (
    # "would be nice if a piano fell on me", "if I wrapped the car round a tree on the way
    # home I wouldn't be too upset"
    rule(
        CRISIS,
        "accident-welcome",
        r"\b" + _WELCOME + r" if (?:[\w']+ ){0,6}?" + _ACCIDENT + r"|"
        r"\bif (?:[\w']+ ){0,6}?" + _ACCIDENT + r"\b[^.!?\n]{0,50}?\b" + _WELCOME,
        0.85,
        hard=True,
        neg_words=2,
        needs=("if",),
    ),
    # a screening answer that says yes: "I put 'several days' for the better-off-dead
    # question", "ticked nearly every day for question 9" (an answer of "not at all" is not)
    rule(
        CRISIS,
        "screening-answer-yes",
        r"\b(?:several days|more than half (?:the|of the) days|nearly every day)\b"
        r"(?=" + _NO_DENIAL + r"{0,80}?\b" + _ITEM_9 + r")|"
        r"\b" + _ITEM_9 + r"\b" + _NO_DENIAL + r"{0,60}?\b(?:several days|more than half "
        r"(?:the|of the) days|nearly every day)\b(?! for (?!(?:that|it|this|the (?:dead|death|"
        r"suicide|self-harm)))\w)",
        0.85,
        neg=False,
        needs=("days", "every day"),
    ),
    # a part that wants to die, and the writer with it: "my exile just wants to disappear and
    # honestly so do I"
    rule(
        CRISIS,
        "part-wish-shared",
        r"\bwants? to (?:disappear|die|be dead|be gone|not exist|stop existing|end it(?! with| "
        r"before| at| after| on| by)|not be here|not wake up)\b[^.!?\n]{0,30}?\b(?:so do i|me too|"
        r"i do too|and so do i|same "
        r"here|i agree|and i want it too|i want that too)\b",
        0.85,
        neg=False,
        subj=False,
        needs=("so do i", "me too", "i do too", "same here", "i agree", "too"),
    ),
    # a protector that has kept the writer alive and is giving up: "the protector that kept
    # me alive all these years is exhausted and going to let go"
    rule(
        CRISIS,
        "keeper-letting-go",
        r"\b(?:part|protector|manager|firefighter|one|side of me)\b(?: of me)? (?:that|who|which) "
        r"(?:has )?(?:kept|keeps|has been keeping) me (?:alive|here|breathing)\b"
        r"(?=[^.!?\n]{0,100}?\b(?:let(?:ting)? go|give up|giving up|gave up|stop(?:ping)?|"
        r"quit(?:ting)?|done|can't anymore|losing the fight|too tired|exhausted)\b)",
        0.85,
        neg=False,
        subj=False,
        needs=("kept me", "keeps me", "keeping me"),
    ),
    # a part's plan that is an overdose: "the firefighter's plan for tonight is vodka plus the
    # whole blister pack"
    rule(
        CRISIS,
        "whole-pack",
        r"\b(?:the |a )?(?:whole|entire|full) (?:blister pack|blister strip|month's supply|"
        r"prescription|(?:packet|pack|box|bottle|strip|tub) of (?:pills|tablets|paracetamol|"
        r"tylenol|painkillers|sleeping pills|meds|my (?:pills|meds|tablets)))\b"
        r"(?=[^.!?\n]{0,40}?\b(?:tonight|plus|on top|at once|in one go|vodka|wine|whisky|"
        r"whiskey|gin|beer)\b)|"
        r"\b(?:vodka|wine|whisky|whiskey|gin|alcohol|booze|a bottle) (?:plus|and|with) (?:the |a )?"
        r"(?:whole |entire |full )?(?:blister pack|packet of pills|bottle of pills|pills|"
        r"tablets|paracetamol|sleeping pills)\b",
        0.85,
        neg=False,
        needs=("whole", "entire", "full", "pills", "tablets", "paracetamol"),
    ),
    # a recent cut: "was cutting a bit last night", "the urge to cut came back today"
    rule(
        CRISIS,
        "recent-cutting",
        r"\b(?:was|been|started|have been|i've been|am|i'm) cutting(?: myself)?(?: (?:a bit|a "
        r"little|again|more|last night|tonight|this week|yesterday))+\b(?!'s| (?:of|back|down|"
        r"the|into|off|out|up|through|it|them|my hair|corners|costs|carbs|sugar|ties))|"
        r"\b(?:without|since|no|stopped) (?:cutting|self-harm\w*|hurting myself|burning myself)"
        r"\b[^.!?\n]{0,60}?\burge (?:came|comes|is|was) back\b|"
        r"\bi (?:just |have |'ve )?cut (?:myself )?(?:again|last night|tonight|yesterday)\b(?!'s| "
        r"(?:the|a|my|some|off|down|out|into|through|up|back|in|from|onions?|hair|bread))",
        0.85,
        hard=True,
        neg_words=3,
        needs=("cutting", "urge", "cut "),
    ),
    # someone hides the means from the writer: "my husband hid the knives again. he's right
    # to." (the someone is part of the match: it is not a third person's crisis)
    rule(
        CRISIS,
        "means-hidden-from-me",
        r"\b(?:(?:my|our) (?:\w+ )?(?:husband|wife|partner|boyfriend|girlfriend|mum|mom|"
        r"mother|dad|father|sister|brother|son|daughter|flatmate|roommate|friend|nurse|carer) |"
        r"(?:he|she|they) )?(?:hid|hides|hiding|hidden|locked (?:up|away)|locks (?:up|away)|"
        r"took away|takes "
        r"away|removed|counts|counted) (?:all )?(?:the|my) (?:knives|pills|meds|medication|"
        r"razors|blades|belts|tablets|painkillers|paracetamol)\b(?=[^.!?\n]{0,40}?(?:"
        r"\bfrom me\b|\bright to\b|\bso i (?:can't|don't|won't)\b|\bbecause of me\b|\bin case "
        r"i\b|[.!?]\s*(?:he|she|they)(?:'s| is|'re| are) right))",
        0.75,
        neg=False,
        subj=False,
        needs=("knives", "pills", "meds", "medication", "razors", "blades", "belts", "keys"),
    ),
    # a wish about a past brush with death is a wish now: "wish I'd died in that crash in
    # 2019", "should have died back then" (not "I used to wish I'd died")
    rule(
        CRISIS,
        "wish-had-died-now",
        r"(?<!used to )(?<!once )\b(?:wish|wishing) (?:that )?i(?:'d| had)%(adv)s (?:died|not "
        r"survived|never survived|not woken up|never woken up|stayed dead|been killed|not been "
        r"saved)\b|"
        r"\bi (?:should|should've|should have|was meant to|was supposed to) (?:have )?died\b",
        0.85,
        hard=True,
        neg_words=3,
        past=False,
        needs=("died", "survived", "woken", "dead", "killed", "saved"),
    ),
    # helium bought or priced, not for balloons
    rule(
        CRISIS,
        "helium",
        r"\b(?:pric\w+(?: up)?|bought|buying|ordered|ordering|order|looked up|a tank of|tank "
        r"of|canister of|cylinder of)(?: some| a| the)? helium\b"
        # not for balloons ("and not for balloons" is no exception)
        r"(?!(?:(?!\bnot\b)[^.!?\n]){0,50}?\b(?:balloons?|party|birthday|voice|squeaky|blimp|"
        r"welding|graduation|celebration|wedding|anniversary|baby shower|decorations?))",
        0.8,
        needs=("helium",),
    ),
    # "if I don't make it to Friday"
    rule(
        CRISIS,
        "not-make-it-to",
        r"\bif i (?:don't|do not|never|didn't|won't) make it (?:to|through|past|until|till) "
        r"(?:friday|monday|tuesday|wednesday|thursday|saturday|sunday|the weekend|christmas|"
        r"new year|next week|next month|my birthday|tomorrow|spring|summer|autumn|winter)\b"
        r"(?!'s|\s+(?:session|appointment|meeting|class|party|dinner|lunch|game|match|shift|"
        r"deadline|service|market|rehearsal|practice))",
        0.75,
        neg=False,
        needs=("make it",),
    ),
    # resigning from life: "being alive feels like a job I want to hand my notice in for"
    rule(
        CRISIS,
        "resign-from-life",
        r"\b(?:being alive|life|living|existing|existence|being here)\b[^.!?\n]{0,40}?\b(?:hand "
        r"(?:in )?my notice|handing (?:in )?my notice|hand in my resignation|resign from|"
        r"cancel my (?:subscription|membership)|unsubscribe from|opt out of|clock out of|"
        r"log out of|check out of)\b|"
        r"\b(?:resign|resigning|unsubscribe|unsubscribing|opt out|opting out|clock out|log "
        r"out|check out|checking out) (?:from|of) (?:life|living|being alive|existence|"
        r"existing|this life)\b|"
        r"\b(?:cancel|end) my (?:subscription|membership) (?:to|of) (?:life|living|existence|"
        r"being alive|this life)\b",
        0.8,
        needs=("life", "living", "alive", "exist", "being here"),
    ),
    # envy of the dead or of an overdose: "felt jealous of him ... I'd swap with him", "a part
    # of me was envious of her" (after "a deliberate overdose")
    cooc(
        CRISIS,
        "envy-of-the-dead",
        r"\b(?:jealous|envious|envied|envy)\b(?! of (?:my|your|his|her|their) (?:friend|sister|"
        r"brother|colleague)s?'s? (?:job|car|house|holiday|life))|\bi'd (?:swap|trade) (?:places )?"
        r"with (?:him|her|them)\b",
        DEATHISH + r"|\b(?:grave|overdose|buried|cemetery|coffin|ashes)\b",
        0.8,
        window=90,
        hard=True,
        neg_words=3,
        subj=False,
        partner_outside_idioms=True,
    ),
    # nothing left to live for: "Cattle sold. Debts cleared. Nothing left to stay for."
    rule(
        CRISIS,
        "nothing-to-stay-for",
        r"\b(?:nothing|no one|nobody|no reason|no reasons) (?:left )?(?:to (?:stay|stick around|"
        r"hang around|live|keep going|be here) for(?! (?:dinner|lunch|tea|breakfast|drinks?|a "
        r"drink|coffee|a coffee|the (?:night|weekend|match|film|show|party)))|keeping me (?:here|"
        r"going|alive|around)|holding "
        r"me (?:here|back)|to stay(?=\s*(?:$|[.!?,;])))\b",
        0.85,
        hard=True,
        neg_words=2,
        needs=("nothing", "no one", "nobody", "no reason"),
    ),
    # sorry to wake up: "woke up furious that I'd woken up at all"
    rule(
        CRISIS,
        "angry-to-have-woken",
        r"\b(?:furious|angry|disappointed|upset|annoyed|gutted|sad|sorry|devastated|pissed off|"
        r"cross|resentful|bitter) (?:that )?(?:i(?:'d| had)? (?:woken|woke) up|to (?:have )?"
        r"(?:woken up|wake up|be awake|still be here|be alive|still be alive|still be breathing))"
        r"\b(?! (?:so early|early|at \d|before|late|in time|with|to (?:find|rain|snow|the)|and|"
        r"on|from|after|feeling))",
        0.85,
        hard=True,
        neg_words=2,
        needs=("woke", "woken", "wake", "awake", "alive", "still be"),
    ),
    # the writer sorting out "who gets what": "made a spreadsheet of who gets what"
    rule(
        CRISIS,
        "who-gets-what",
        r"\b(?:spreadsheet|list|note|notes|letter|decided|deciding|sorted|sorting|working out|"
        r"worked out|figured out|written down|wrote down|writing down)\b(?: \w+){0,2} (?:of |on |"
        r"out )?who (?:gets|should get|will get|is getting) what\b(?=\s*(?:$|[.!?;:]|,\s*"
        r"(?:with|the|my|down|all|everything)\b|\s+(?:when|after|once|if|in the end)\b))|"
        r"\bwho (?:gets|should get|will get) what (?:when|after|once) i(?:'m| am)? (?:gone|dead|"
        r"die|not here)\b",
        0.8,
        needs=("who ",),
    ),
    # "behaved as though it were the last time we should meet. I rather think that is what I
    # intended"
    rule(
        CRISIS,
        "last-time-intended",
        # (whom the writer saw is part of the match: "hugged my brother as if ...")
        r"\b(?:(?:hugged|saw|visited|called|kissed|held|treated|spoke to|talked to|said goodbye "
        r"to|looked at) (?:my|our) [\w']+ )?(?:as though|as if|like) it (?:were|was|is|would be) "
        r"the last time\b"
        r"(?=[^\n]{0,120}?\b(?:intend\w*|meant it|on purpose|planned|that's the plan|what i "
        r"(?:want|mean)|because it (?:will|might|may) be)\b)",
        0.8,
        neg=False,
        needs=("last time",),
    ),
    # an urge to die named as an urge: "the urge to end it is loud today"
    rule(
        CRISIS,
        "urge-to-end-it",
        r"\b(?:urge|urges|pull|itch|craving|temptation)%(w2)s to (?:end it|end things|end it all|"
        r"die|be dead|not exist|disappear for good|kill myself|take my (?:own )?life|overdose|"
        r"jump|not wake up)\b",
        0.9,
        hard=True,
        neg_words=3,
        needs=("urge", "pull", "itch", "craving", "temptation"),
    ),
    # "wondering if anyone would really miss me"
    rule(
        CRISIS,
        "anyone-miss-me",
        r"\b(?:if|whether) (?:anyone|anybody|any of them|people|they) (?:would|will|'d)"
        r"%(adv)s (?:miss|notice|care about) me\b(?! (?:at the|at work|in the|on the|at "
        r"the party|if i (?:left|moved|quit|changed)))|"
        r"\bwould (?:anyone|anybody) (?:even |really )?(?:miss|notice) me\b(?=\s*(?:$|[.!?,;]|"
        r"\s+(?:if i (?:was|were) (?:gone|dead|not here)|if i (?:died|disappeared|wasn't here)|"
        r"when i(?:'m| am) gone)))",
        0.8,
        hard=True,
        neg_words=3,
        needs=("miss me", "notice me", "care about me"),
    ),
    # a quiet exit after a date: "hold it together until the end of the quarter, then I can
    # quietly go"
    rule(
        CRISIS,
        "quietly-go",
        r"\b(?:then|after that|and then) i (?:can|could|will|'ll|get to) (?:quietly (?:go|leave|"
        r"slip away|disappear|fade|exit|check out)|(?:finally|just) (?:slip away|disappear|fade "
        r"away|rest forever|go for good|leave for good))\b"
        r"(?=\s*(?:$|[.!?,;]|\s+(?:for good|forever|in peace)))|\bslip away (?:quietly|for "
        r"good|forever)\b",
        0.8,
        hard=True,
        neg_words=3,
        needs=("quietly", "slip away", "disappear", "fade away", "for good", "forever"),
    ),
    # romanised Hindi and Portuguese a client may write in: "jeene ka mann nahi karta",
    # "queria dormir e não acordar"
    rule(
        CRISIS,
        "other-language-wish",
        r"\b(?:jeene ka (?:mann|man|mun) nahi|jeena nahi chaht[ai]|marna chaht[ai]|mar jana "
        r"chaht[ai]|mar jaun|khud ?kushi|aatmahatya|dormir e n[aã]o acordar|n[aã]o quero "
        r"(?:mais )?viver|quero sumir para sempre|me matar|dormir y no despertar|no quiero "
        r"despertar|dormir et ne (?:plus )?me r[ée]veiller|einschlafen und nicht mehr aufwachen|"
        # disappearing for good, in es / pt / fr / it / de
        r"(?:quiero|quisiera|quero|queria) desaparecer|desaparecer (?:para|pra) siempre|"
        r"desaparecer (?:para|pra) sempre|(?:je veux|j'aimerais|je voudrais) dispara[iî]tre|"
        r"dispara[iî]tre (?:pour toujours|[àa] jamais)|(?:voglio|vorrei) sparire|sparire per "
        r"sempre|f[üu]r immer verschwinden|ich (?:will|m[öo]chte) (?:einfach )?verschwinden|"
        r"no quiero (?:estar|seguir) aqu[ií])",
        0.9,
        neg=False,
        subj=False,
        needs=(),
    ),
)
