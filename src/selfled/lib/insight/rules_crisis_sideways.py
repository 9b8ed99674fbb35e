"""Crisis said sideways: a part's voice telling the writer to die, self-harm played down, a
goodbye disguised as an ordinary message, a means kept "just in case", a method question
asked "for me", a day after which the writer will not be around.

Written as kinds of language (rules+lex-2.9), after four new authors' sets (fresh-13 to
-16) showed which kinds the earlier rules had no frame for; each is a frame with open
slots, not a sentence. The analyzer's idiom, negation, past, other-person and mention checks
apply as to every crisis rule.
"""

from __future__ import annotations

from .model import CRISIS
from .rules import Rule, cooc, rule

# A part, an inner voice or a thought as the speaker (the writer's own system).
_INNER = (
    r"\b(?:voice|voices|critic|part|parts|exile|protector|protectors|manager|firefighter|"
    r"little one|inner \w+|thought|thoughts|line|loop|in me|of me|inside me|inside)\b"
)
_MEANS_KEPT = (
    r"(?:extra|leftover|old|saved|hidden|spare|mum's|mom's|dad's|her|his)\s(?:[\w-]+\s)?"
    r"(?:pills|tablets|meds|painkillers|sleeping pills)|(?:the |a |my )?(?:knife|rope|belt|"
    r"blade|blades|razor|razors|gun|rifle|pistol|noose|cord)"
)

RULES: tuple[Rule, ...] = (
    # --- a part or inner voice tells the writer to die, and the writer agrees -------------
    cooc(
        CRISIS,
        "inner-voice-says-die",
        # the imperative itself, said in the second person (so no other-person check)
        r"\b(?:you should (?:just )?(?:die|be dead|end it|kill yourself|not be here|not exist)|"
        r"just (?:die|stop breathing|end it|let go for good|don't wake up)|"
        r"why come back(?: at all)?(?=\s*(?:[.!?,;]|$))|"
        r"just do it,? (?:nobody|no one) (?:needs|wants|would miss|will miss|cares about) you|"
        r"you'd be better off dead|"
        r"(?:you're|you are) allowed to (?:die|go for good|not come back))",
        _INNER + r"|\b(?:agree|agreeing|agreed|nodding|(?:is|he's|she's|it's) right|sounds "
        r"reasonable|makes sense|that pull|want to let (?:her|him|it|them))\b",
        0.8,
        window=140,
        hard=True,
        neg_words=3,
        subj=False,
        needs=("you should", "just", "why", "better off dead", "allowed to"),
    ),
    rule(
        CRISIS,
        # "one part of me has a plan", said with no ordinary object after it
        "part-has-a-plan-plain",
        r"\b(?:a|one|some|one of my|this|that|the) (?:[\w-]+ )?parts? (?:of me |in me )?"
        r"(?:has|have|had|made|is making|'s made|has made) (?:a|the|its|her|his) plan,? and "
        r"(?:it|she|he|they)(?:'s| is| are| was| seems) (?:very |so |quite |really |completely )?"
        r"(?:calm|quiet|ready|serious|sure|certain|patient|detailed|specific|decided|set)\b",
        0.8,
        hard=True,
        neg_words=3,
        subj=False,
        needs=("plan",),
    ),
    # --- self-harm played down, or given in to -----------------------------------------
    rule(
        CRISIS,
        "self-harm-minimised",
        r"\b(?:cut|burned|burnt|scratched)(?: myself)? (?:a little|a bit|just a little|only a "
        r"little|a few times|once|twice|anyway|lightly)(?=\s*(?:[.!?,;]|$|yesterday|last night|"
        r"tonight|today|this (?:week|morning|evening)|again|but|though|and|tho))|"
        r"\b(?:try|trying|tried) not to (?:cut|burn myself|hurt myself|self-harm|scratch|sh)\b"
        r"\W+(?:[\w']+\W+){0,2}?(?:failed|didn't work|did anyway|did it anyway|lost|gave in|"
        r"caved|slipped)\b|"
        r"\binstead of (?:cutting|burning|hurting myself)\b[^.!?\n]{0,40}\b(?:cut anyway|did it "
        r"anyway|didn't work)\b",
        0.75,
        hard=True,
        neg_words=3,
        needs=("cut", "burn", "scratch", "not to"),
    ),
    # --- a goodbye dressed as an ordinary message ----------------------------------------
    rule(
        CRISIS,
        "goodbye-disguised",
        r"\b(?:said|say|saying|texted|text|texting|sent|wrote|told) (?:[\w']+ ){0,3}?goodbye\b"
        r"[^.!?\n]{0,30}\bin a way (?:that|they|she|he|nobody|no one|it)\b|"
        r"\b(?:doesn't|don't|didn't|won't) (?:know|realise|realize|get) (?:that )?(?:it's|it was|"
        r"it is|this is|this was) (?:a |my )?goodbye\b|"
        r"\b(?:wrote|written|writing|left) (?:everyone|everybody|each of them|all of them) (?:a )?"
        r"(?:note|letter|message)s?\b(?=[^.!?\n]{0,20}\b(?:just in case|in case|for after|to "
        r"open)\b)",
        0.8,
        hard=True,
        neg_words=3,
        needs=("goodbye", "everyone", "everybody", "each of them", "all of them"),
    ),
    cooc(
        CRISIS,
        "messages-scheduled",
        r"\bscheduled (?:them|it|the (?:messages|emails|texts|letters|notes)) to (?:send|go out|"
        r"be sent)\b",
        r"(?<!birthday )(?<!christmas )(?<!holiday )(?<!thank-you )(?<!thank you )"
        r"\b(?:messages?|letters?|emails?|notes?|texts?) (?:to|for) (?:my|each|everyone|all)\b"
        r"(?![^.!?\n]{0,40}\b(?:birthdays?|christmas|anniversary|new year|wedding)\b)",
        0.75,
        window=80,
        hard=True,
        neg_words=3,
        needs=("scheduled",),
    ),
    # --- a means kept "just in case", or "for me" ----------------------------------------
    rule(
        CRISIS,
        "means-just-in-case",
        r"\b(?:keep|keeps|keeping|kept|hid|hide|hiding|hidden|sleeping with|sleep with|stash\w*|"
        r"moved|put)\s(?:the |my |a |some |all the )?(?:" + _MEANS_KEPT + r")\b[^.!?\n]{0,45}"
        r"\b(?:just in case|it's for me|they're for me|not for (?:burglars|intruders|protection|"
        r"anything good|cooking|a barbecue|the bbq|camping))\b",
        0.8,
        hard=True,
        neg_words=3,
        needs=("case", "for me", "not for"),
    ),
    # --- a method question asked "for me" --------------------------------------------------
    cooc(
        CRISIS,
        "asking-for-me",
        r"(?<!kept )(?<!keeps )(?<!was )(?<!were )(?<!is )(?<!are )\basking for (?:me|myself)"
        r"(?=\s*(?:$|[.!?,;]))",
        r"\b(?:how (?:long|many|much)|whether|does it|can you|if you|die|dies|dying|dead|death|"
        r"find you|find me|suicide|funeral|buried|overdose|lethal|own hand|pills)\b",
        0.8,
        window=140,
        hard=True,
        neg_words=3,
        subj=False,
        needs=("asking for",),
    ),
    # --- not around for what comes next ----------------------------------------------------
    cooc(
        CRISIS,
        "not-around-for-it",
        r"\b(?:since|because|cause|as|if|when) i (?:won't|will not|wont) be (?:around|here) "
        r"(?:for|to see) (?:the|my|next|her|his|their|it)\b(?![^.!?\n]{0,50}\b(?:trip|away|"
        r"travel\w*|abroad|holiday|vacation|camping|conference|visiting|flight|hospital|"
        r"shift|moving|move|signal|wedding|festival|course)\b)",
        r"\b(?:what's the point|what is the point|no point|gave|giving|given|give away|"
        r"won't need|the point)\b",
        0.8,
        window=100,
        hard=True,
        neg_words=3,
        needs=("be around", "be here"),
    ),
    cooc(
        CRISIS,
        "no-plans-beyond",
        r"\b(?:stopped|stop|not|no longer|quit) making (?:any )?plans (?:beyond|past|after)\b",
        r"\b(?:deliberate|on purpose|you know what i mean|intentional|i mean it|for a reason)\b",
        0.8,
        window=120,
        neg=False,
        needs=("plans",),
    ),
    # --- a means that "would solve" it ------------------------------------------------------
    cooc(
        CRISIS,
        "means-would-solve",
        r"\bwould (?:solve|fix|end|sort out) (?:a lot|everything|it all|all of it|all of this|"
        r"all my problems|the problem)\b(?!\s+(?:of|for (?:the|my) (?:team|kids|work)))",
        r"\b(?:sleeping pills|pills|tablets|rope|bridge|overdose|mixing|mix|gun|jump\w*|tracks|"
        r"the lot|all of them)\b",
        0.75,
        window=80,
        hard=True,
        neg_words=3,
        needs=("would",),
    ),
    # --- a jump thought, and leaning toward it ----------------------------------------------
    rule(
        CRISIS,
        "jump-thought",
        r"\b(?:just jump|what if i jump(?:ed)?|jump now|just step (?:off|out|forward|in "
        r"front))['\"]? (?:thought|urge|voice|impulse|feeling|idea)\b",
        0.8,
        hard=True,
        neg_words=3,
        needs=("jump", "step"),
    ),
)
