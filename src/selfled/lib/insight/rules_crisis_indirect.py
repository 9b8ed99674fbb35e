"""Crisis language, continued: indirect phrasings, weak cue families, other languages.

Split from :mod:`rules_crisis` to keep modules small; the analyzer reads both.
"""

from __future__ import annotations

from .model import CRISIS
from .rules import Rule, cooc, rule
from .rules_crisis import DEATHISH as _DEATHISH

RULES: tuple[Rule, ...] = (
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
        r"\b(?:world|everyone|anyone|nobody|no one) (?:needs|wants|would miss) me\b(?! (?:at|in|"
        r"on) "
        r"(?:the|work|school|my|our)\b| if i (?:skipped|missed|left early|didn't (?:come|go|"
        r"show)))|"
        r"\b(?:do|doing) (?:the world|everyone|my \w+|them|him|her) a favou?r\b|"
        r"\b(?:life insurance|my will)\b(?=%(s25)s(?:worth|in case|letters?|goodbye|kids))|"
        r"\bit was (?:a|my) goodbye\b|\bsaying goodbye\b(?=%(s25)s(?:without|for good|"
        r"forever|won't|last))|"
        r"\bwho gets my\b|\bdecided who gets\b(?![^.!?\n]{0,40}\b(?:for christmas|presents?|"
        r"gifts?|birthday|chores?|secret santa|room|bedroom|front seat))|"
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
        r"was not|is not) your fault\b(?!\s+(?:the|if|he|she|they|we|our)\b)",
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
        partner_outside_idioms=True,
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
        r"\b(?:bang\w*|hit\w*|slam\w*) my head (?:against|into)\b|"
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
        # Means and preparations said plainly but without a death word (from the misses of
        # eight crisis-focused sets, train-14 to -21, after they were measured): a gun turned
        # on oneself, the suicide clause of one's own policy, "the plan is the river", who
        # gets what, a hose to the exhaust, finishing the job oneself, praying for a fatal
        # illness, letting the body give up.
        "means-plain",
        r"\b(?:barrel|muzzle|gun|rifle|pistol|shotgun)%(w3)s (?:under|against|in|into|to) my "
        r"(?:chin|head|mouth|temple|throat)\b|"
        r"\b(?:barrel|muzzle|gun|rifle|pistol|shotgun) (?:pointed|aimed|turned) (?:at|on) "
        r"(?:me|myself)\b|"
        r"\b(?:the|my) plan is (?:the )?(?:river|bridge|rope|pills|gun|rifle|tracks|train|cliff|"
        r"sea|lake|car|garage|exhaust|roof|motorway|dam)\b|"
        r"\b(?:list|note) of who gets what\b|"
        r"\bhose%(w6)s exhaust\b|\bexhaust%(w4)s hose\b|"
        r"\bpray(?:ing|ed|s)? for (?:pneumonia|death|a heart attack|a stroke|an accident|a crash|"
        r"the end|it all to end|god to take me|it to be over)\b|"
        r"\b(?:told|telling|tell|asked|asking) my body (?:[\w']+ ){0,3}(?:allowed|okay|ok|free) to "
        r"(?:give up|stop|go|let go)\b|"
        r"\blet(?:ting)? (?:my |the )?(?:kidneys|lungs|liver|heart|body|sugars|cancer|illness|"
        r"disease) (?:finish|take) (?:it|me|the job)\b|"
        r"\b(?:going|go|went|steer\w*|drive|drove|swerv\w*) (?:off the road )?into (?:a |the )?"
        r"(?:trees?|wall|river|dam|sea|oncoming traffic|a lorry|a truck)\b(?=[^.!?\n]{0,60}"
        r"\b(?:wheel|on purpose|keep thinking|want|wanted|letting go|let go|hoping)\b)|"
        r"\bletting go of the wheel\b",
        0.8,
        hard=True,
        neg_words=3,
        mention=True,
    ),
    rule(
        CRISIS,
        # the suicide clause of one's own life insurance ("you" here is anyone, not someone else)
        "insurance-suicide-clause",
        r"\b(?:suicide|self-inflicted) (?:clause|exclusion|exclusions|provision)\b|"
        r"\b(?:before|until|till) (?:a |the )?suicide (?:pays out|is paid|counts|is covered)\b",
        0.8,
        hard=True,
        neg_words=3,
        subj=False,
    ),
    rule(
        CRISIS,
        # a wish to die in another language the writer switched to (Spanish, French, German,
        # Italian, Portuguese)
        "wish-to-die-other-language",
        r"\b(?:(?:me )?quiero morir(?:me)?|quisiera morir(?:me)?|ojal[aá] me muriera|"
        r"je veux mourir|j'aimerais mourir|je voudrais mourir|envie de mourir|"
        r"ich will sterben|ich m[oö]chte sterben|ich will nicht mehr leben|"
        r"voglio morire|vorrei morire|quero morrer|queria morrer)\b",
        0.9,
        hard=True,
        neg_words=3,
    ),
    rule(
        CRISIS,
        # "I nearly died last year and part of me wishes I had": the wish is now, whenever
        # the brush with death was (so past framing does not damp it)
        "wish-had-died",
        r"\b(?:nearly|almost|could have|could've|should have|should've|might have) died\b"
        r"[^.!?\n]{0,80}?\b(?:wish|wishes|wished) (?:i had|i'd|it had|i did)\b",
        0.85,
        past=False,
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
        r"\bi (?:want|need) out\b(?= of (?:life|this life|living|existence|this world)\b|"
        r"%(s15)s(?:permanent|for good|forever))|"
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
                r"(?:at )?the end of the line|"
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
                r"won't be around|won't be here|after i'm gone|when i'm gone|"
                r"the end(?! of (?:the|a|this|that|next|last|each|every)\b)|"
                r"no more pain|peace at last|finally rest|finally be free|relief)\b",
            ),
            (
                "burden",
                # not IFS's burden, what a part carries: "its burden", "the burden of"
                r"\b(?:(?<!its )(?<!the )(?<!his )(?<!her )(?<!egacy )burden(?! of\b| it\b| "
                r"that\b| she\b| he\b| they\b)|better off|without me|miss me|in the way|"
                r"drag (?:everyone|them) down|ruin(?:ing)? everyone|everyone hates me|"
                r"nobody cares|no one cares|"
                r"no one would|nobody would|they'd be fine|be fine without|easier for (?:them|"
                r"everyone)|a waste)\b",
            ),
            (
                "selfharm",
                r"\b(?:hurt myself|harm myself|punish myself|cut|cutting|cuts|bleed\w*|bled|"
                r"blood|burn\w* myself|scars?|scratch\w*|bruis\w*|hit myself|self-harm\w*)\b"
                r"(?! (?:back|down|out|off|class|ties|corners|costs|carbs|the (?:grass|cake|"
                r"line|crap)|my hair|in line|a (?:bit|little) (?:off|of)\b|a (?:piece|slice)\b))",
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
