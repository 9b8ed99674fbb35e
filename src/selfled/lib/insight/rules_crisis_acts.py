"""Crisis language said through acts and circumstances rather than death words.

Written from the misses of six sets by new writer groups (chronic illness, grief, recovery
from drugs and alcohol, long journal entries, new parents and break-ups, terse online slang):
hurting oneself on purpose, not wanting to be saved, wanting to join someone who died,
taking every pill at once, being sorry to wake up, a "no" on a screening question that was
a "yes", and passive thoughts turning active. Each pattern has ordinary look-alikes in the
tests (an accident, a visit to a grave, a morning routine with all one's tablets).
"""

from __future__ import annotations

from .model import CRISIS
from .rules import Rule, cooc, rule

_BODY = (
    r"(?:face|head|legs?|arms?|knees?|thighs?|wrists?|hands?|stomach|chest|ribs|shins?|"
    r"fists?|skull|own face|own head|bad knee|bad leg|bad arm)"
)
# someone the writer has lost, when the sentence is about joining them
_LOST = (
    r"(?:him|her|them|you|mum|mom|mam|dad|mother|father|nan|nana|gran|granny|grandma|"
    r"grandpa|grandad|my (?:baby|son|daughter|boy|girl|husband|wife|partner|mum|mom|dad|"
    r"mother|father|brother|sister|twin|love|family|parents|grandma|grandpa|nan|gran|"
    r"best friend|fiance|fiancee))"
)
_GRIEF = (
    r"\b(?:died|death|passed away|grave|ashes|funeral|heaven|afterlife|"
    r"the other side|wherever (?:he|she|they) (?:is|are)|anniversary|miss (?:him|her|them)|"
    r"buried|memorial|hospice|since (?:he|she|they) (?:died|went|left us))\b"
)

# The end of what is said, give or take a time word or a bit of chat slang ("tbh", "rn").
_CLAUSE_END = (
    r"\s*(?:$|[.!?,;)]|\s+(?:tonight|today|soon|now|right now|again|tbh|honestly|lol|fr|"
    r"for real|ngl|atm|tho|though)\b)"
)

RULES: tuple[Rule, ...] = (
    # --- hurting oneself on purpose --------------------------------------------------------
    cooc(
        CRISIS,
        "hit-myself",
        r"\b(?:slapp?(?:ed|ing)?|hit|hitting|punch\w*|bang\w*|smash\w*|scratch\w*|pinch\w*|"
        r"bit|bite|biting|claw\w*) my " + _BODY + r"\b",
        r"\b(?:until|till|til|over and over|again and again|on purpose|deliberately|"
        r"punish\w*|deserved?|deserving|to feel (?:something|it)|so it (?:would|'d) hurt)\b",
        0.75,
        window=90,
        hard=True,
        neg_words=3,
        needs=("my",),
    ),
    rule(
        CRISIS,
        "burn-myself",
        r"\b(?:held|hold|holding|put|pressed|pressing) (?:the |a |my )?(?:lighter|lit match|"
        r"match|flame|cigarette|iron|candle)\w* (?:to|against|on) (?:my|the (?:back of|inside of) "
        r"my) (?:\w+ )?(?:arm|wrist|hand|skin|leg|thigh|palm|one)\b",
        0.8,
        hard=True,
        neg_words=3,
        needs=("lighter", "match", "flame", "cigarette", "iron", "candle"),
    ),
    rule(
        CRISIS,
        "unalive",
        # the slang verb without an object ("wanna unalive", "unalive thoughts"), read after
        # normalization has made it "kill"; with an object it is a joke about a laptop
        r"\b(?:want to|going to|need to|about to|could|might|should|will|i'll|gonna) "
        r"kill(?="
        + _CLAUSE_END
        + r")|\b(?:thinking|thought|think) (?:of|about) killing(?="
        + _CLAUSE_END
        + r")|\bkill(?:ing)? (?:thoughts|ideation)\b",
        0.85,
        hard=True,
        neg_words=3,
        mention=True,
        needs=("kill",),
    ),
    rule(
        CRISIS,
        "sh-slang",
        r"\b(?:did|done|doing|relapsed on|relapse on|urges? to|want to|going to) sh\b|"
        r"\bsh(?:'d)? again\b|\bsh urges?\b|\bsh (?:last|this|tonight)\b",
        0.75,
        hard=True,
        neg_words=3,
        needs=("sh",),
    ),
    # --- not wanting to be saved, found or revived -----------------------------------------
    rule(
        CRISIS,
        "no-rescue",
        r"\b(?:please )?(?:don't|do not) (?:save|revive|resuscitate|rescue) me\b|"
        r"\b(?:don't|do not|didn't) want (?:anyone |anybody |them |you )?to (?:be )?"
        r"(?:stop(?:ped)? me|save(?:d)? me|saved|stopped|found|rescued|revived|resuscitated|"
        r"find me|see it coming)\b(?! out)|"
        r"\bwhy (?:didn't|did) (?:you|they|anyone|somebody|he|she) (?:just )?"
        r"(?:let me (?:go|die)|bring me back|save me)(?=\s*(?:$|[.!?,;\"'])|\s+(?:i|and i)\b)|"
        r"\bnot worth (?:saving|reviving|rescuing|resuscitating|the narcan|the naloxone)\b|"
        r"\btell them not to bother(?: next time| reviving| saving| with me)\b|"
        r"\b(?:nobody|no one|no-one) (?:will|would|'ll|is going to) find me (?:for|until|till|"
        r"in time)\b",
        0.8,
        neg=False,
        past=False,
        needs=(
            "save",
            "stop",
            "found",
            "find",
            "revive",
            "resusc",
            "rescue",
            "let me",
            "bring me",
            "narcan",
            "naloxone",
            "bother",
            "see it coming",
        ),
    ),
    cooc(
        CRISIS,
        "found-by-the-right-person",
        r"\b(?:someone|somebody|a neighbour|the neighbours?|a stranger|the police|they) "
        r"(?:finds?|will find|would find) me\b",
        r"\b(?:not|instead of|rather than|before) (?:my|the) (?:son|daughter|kids|children|"
        r"wife|husband|partner|mum|mom|dad|boy|girl|family)\b",
        0.85,
        window=60,
        neg=False,
        needs=("find",),
    ),
    # --- joining someone who died ------------------------------------------------------------
    cooc(
        CRISIS,
        "join-the-dead",
        r"\b(?:(?:want|wanted|wanting|wish|need|long|longing|yearn\w*|ready|going|gonna|"
        r"decided|plan\w*|trying|made up my mind)(?: to)?(?: just)? (?:be with|join|go to|"
        r"be wherever|see)|(?:i'm coming|i am coming|i'll be|i will be|i'm going to be) "
        r"(?:with|to)) "
        + _LOST
        + r"(?: again)?(?= soon| now| tonight| before| by| sooner| where| in heaven| wherever|"
        r" on the other side| for good| forever|\s*[.!?,;]|\s*$)",
        _GRIEF + r"|\b(?:made (?:up )?my mind(?: up)?|i've decided|decided|sorry,? everyone|"
        r"goodbye|stay asleep|never wake|not wake|bought what i need)\b",
        0.8,
        window=220,
        hard=True,
        neg_words=3,
        needs=("with", "join", "go to", "wherever", "see", "coming"),
    ),
    rule(
        CRISIS,
        "join-the-dead-plain",
        r"\b(?:want|wanted|wish|need|ready|going|trying)(?: is)? to be (?:wherever|where) "
        r"(?:he|she|they|mum|mom|dad|my \w+) (?:is|are) now\b|"
        r"\b(?:stopping|keeping) me from joining (?:him|her|them)\b|"
        r"\bi(?:'ve| have| had|'d)?%(adv)s (?:want|wanted|wish|wished)(?:ed)? to be (?:ash|ashes|"
        r"dust|buried) (?:too|with (?:him|her|them))\b",
        0.85,
        hard=True,
        neg_words=3,
        needs=("wherever", "where", "joining", "ash", "dust", "buried"),
    ),
    # --- every pill at once --------------------------------------------------------------
    rule(
        CRISIS,
        "all-at-once",
        r"\b(?:thinking about|keep thinking about|thought about|want to|if i|could)%(adv)s "
        r"(?:take|taking|swallow\w*|put(?:ting)? on|us(?:e|ing)) (?:all|every one|the whole "
        r"(?:lot|box|bottle|pack|packet|tin|stash)) (?:of )?(?:them|these|those|it|my \w+|the "
        r"\w+)?\s?(?:at once|in one go)\b|"
        r"\b(?:going to|gonna|want to) take (?:all|the lot) (?:of )?(?:them|these|my pills|the "
        r"pills|it) and (?:sleep|go to sleep|lie down|not wake)\b",
        0.85,
        hard=True,
        neg_words=3,
        needs=("all", "whole", "every one", "the lot"),
    ),
    cooc(
        CRISIS,
        "stash-for-the-end",
        # the anchor is the purpose: "painkillers" itself is blanked as an idiom ("killers")
        r"\b(?:for something else|(?:is|it's|they're|are) (?:really )?(?:an|my) (?:exit|way out)|"
        r"my exit|the exit plan|saving (?:it|them) for (?:something|the end|when)|"
        r"saved (?:it|them) for (?:something|the end|when)|for when i'm ready|for the end)\b",
        r"\b(?:pills?|tablets?|meds|medication|painkillers|opioids|oxy\w*|morphine|oramorph|"
        r"insulin|patches|tin|stash|kit|supply|bottle of (?:my )?(?:old )?pills)\b",
        0.8,
        window=120,
        hard=True,
        neg_words=3,
        needs=("for something else", "exit", "way out", "saving", "saved", "ready", "the end"),
    ),
    # --- sorry to wake up, not caring whether one lives -----------------------------------
    rule(
        CRISIS,
        "sorry-to-wake",
        r"\b(?:disappoint\w*|gutted|annoyed|angry|upset|pissed(?: off)?|jealous|sad) "
        r"(?:again\W+)?(?:that |because )?i (?:woke(?: up)?|survived|am still (?:here|"
        r"alive)|'m still (?:here|alive)|was still (?:here|alive)|didn't die)\b"
        r"(?!\s+(?:up\s+)?(?:late|early|so early|so late|at \d|to (?:rain|snow|find|the)|in (?:a|"
        r"the)|with|"
        r"feeling|and|on|from|after|before))|"
        r"\bwoke (?:up )?(?:disappointed|gutted|annoyed|angry|upset)(?:\W+again)?\W+"
        r"(?:that i (?:woke|was|am|'m)|to be (?:alive|here)|i'm still)\b|"
        r"\b(?:don't|didn't|do not|did not|stopped|stop) car(?:e|ing) (?:if|whether) "
        r"(?:i|you) (?:wake|woke|live|lived|survive|survived|make it|made it|die|died)\b|"
        r"\bif i (?:stop|stopped|never) wak(?:e|ing) up(?! (?:at|early|in|so|before|at \d))\b",
        0.8,
        neg=False,
        needs=("woke", "wake", "surviv", "still", "didn't die", "care", "caring"),
    ),
    # --- a screening "no" that was a "yes" ---------------------------------------------------
    cooc(
        CRISIS,
        "screening-was-yes",
        # the anchor is the "yes": the "no" given on the form would read as a denial
        r"\b(?:it was a yes|it's a yes|(?:real|true|honest|actual) answer\w*(?: [\w']+){0,6} "
        r"(?:is|was|'s) yes|should(?:'ve| have) said yes|it should(?:'ve| have) said|the truth "
        r"is yes|i lied|that was a lie|wasn't (?:honest|true)|i have\.|yes,? most days)",
        r"\b(?:screening|safety (?:q|qs|question|questions)|the (?:second|last|ninth|9th|"
        r"suicide|self-harm) (?:question|q)|asked (?:me )?(?:if|whether|about) i"
        r"(?:'d| had| have| was| am|'m)?\s?(?:had |been |having )?(?:any )?(?:thoughts|"
        r"thinking|suicidal|safe|hurting|harming|plans?)|thoughts of (?:harming|hurting) "
        r"myself|item 9|question 9|phq)\b",
        0.85,
        window=140,
        neg=False,
        past=False,
        subj=False,
        needs=("yes", "said", "lied", "lie", "honest", "true", "i have."),
    ),
    # --- passive thoughts turning active, method research ---------------------------------
    rule(
        CRISIS,
        "thoughts-turned-active",
        r"\b(?:passive|suicidal|dark|death|those|the) (?:thoughts?|ideation)%(s6)s\b(?:turned|"
        r"became|become|becoming|getting|gone|went|are now|is now|now)\s(?:more )?(?:active|"
        r"specific|concrete|detailed)\b|\bpassive thoughts? (?:turned|became|are) active\b",
        0.8,
        hard=True,
        neg_words=3,
        needs=("active", "specific", "concrete", "detailed"),
    ),
    rule(
        CRISIS,
        "method-research",
        r"\b(?:read(?:ing)?|look(?:ing|ed)? (?:up|into|at)|research\w*|search\w*|googl\w*|"
        r"studying|watch(?:ing|ed) videos)\s(?:about |up |on |into )?(?:suicide )?(?:methods"
        r"(?!\s+(?:of|for|to|in|that|and|we|they|he|she)\b)|ways to die|how to die|painless "
        r"ways?(?: out| to die| to go)?|the most painless|lethal doses?|how much it takes to)",
        0.8,
        neg_words=3,
        hard=True,
        needs=("method", "ways to die", "how to die", "painless", "lethal", "how much it takes"),
    ),
    # --- not needing things any more, things left for "after" -------------------------------
    rule(
        CRISIS,
        "wont-need-it",
        r"\b(?:won't|don't|will not|do not) need (?:it|them|any of (?:it|this|them)|stuff|"
        r"things|anything|my (?:stuff|things))(?: \w+)? (?:where i'm going|"
        r"after (?:this|next) (?:month|week)|"
        r"after (?:tonight|tomorrow|friday|saturday|sunday|monday|the weekend))\b|"
        r"\bthere won't be (?:a|any) need(?=\s*(?:[.!?,;]|$))",
        0.8,
        hard=True,
        neg=False,
        needs=("need",),
    ),
    cooc(
        CRISIS,
        "no-renewal",
        r"\b(?:won't|not|don't bother|no point|not bothering) (?:be )?renew(?:ing)? (?:the|my) "
        r"(?:lease|passport|prescriptions?|licen[cs]e|membership|contract|tenancy)\b",
        r"\b(?:won't need (?:it|them)|no need|won't be a need|there won't be a need)\b",
        0.8,
        window=70,
        neg=False,
        needs=("renew",),
    ),
    cooc(
        CRISIS,
        "for-after",
        r"\b(?:for|to open|to read|to have|to find) ['\"]?after['\"]?(?=\s*(?:[.!?,;]|$))",
        r"\b(?:letters?|cards?|notes?|photos?|video|message|recording)\b",
        0.8,
        window=100,
        neg=False,
        needs=("after",),
    ),
    cooc(
        CRISIS,
        "giving-it-all-away",
        r"\b(?:getting rid of|giving away|give away|gave away|selling) (?:everything|it all|"
        r"all my (?:stuff|things)|my (?:stuff|things))\b|\bgiving (?:it all|everything) away\b|"
        r"\bgiving (?:them|it) (?:both |all )?away\b",
        r"\bnot (?:moving|decluttering|downsizing)\b|\bin a way\b|\bwhere i'm going\b|"
        r"\bwon't need (?:it|them|any of it) (?:after|where|once)\b",
        0.8,
        window=90,
        hard=True,
        needs=("giv", "gave", "rid of", "selling"),
    ),
    rule(
        CRISIS,
        "letter-you-leave",
        r"\b(?:letter|note)s?\b[^.!?]{0,40}\bthe kind (?:you|people) leave(?=\s*(?:[.,;!?]|$))|"
        r"\bnot the kind you send\b|\bgoodbye (?:msgs|messages|texts|notes|letters|emails|"
        r"videos) (?:in|to) (?:my )?drafts\b",
        0.8,
        neg=False,
        needs=("kind", "drafts"),
    ),
    # --- an end point, a day, the nerve ---------------------------------------------------
    rule(
        CRISIS,
        "not-making-it",
        r"\b(?:don't|do not|dont) (?:plan on|intend on|intend to|expect to|think i'll|see "
        r"myself) (?:making it|be(?:ing)? (?:here|around|alive)|last(?:ing)?)(?=\s*(?:[.!?,;]|$)|"
        r" (?:to|until|till|past|through) (?:my |the |her |his |our |next )?(?:first )?"
        r"(?:birthday|bday|anniversary|christmas|new year|spring|summer|autumn|winter|easter|"
        r"next year|\d+)\b(?! (?:party|parties|dinner|drinks|do|lunch|meal|bash|celebration|"
        r"show|match|game|concert))| much longer| another (?:year|month|week|winter|christmas))",
        0.8,
        neg=False,
        needs=("plan on", "intend", "expect", "think i'll", "see myself"),
    ),
    cooc(
        CRISIS,
        "pick-a-day",
        r"\b(?:just )?need to (?:pick|choose|set) (?:a|the) (?:day|date)\b",
        r"\b(?:i've decided|i have decided|made (?:up )?my mind|it's decided|ive decided)\b",
        0.8,
        window=70,
        needs=("pick", "choose", "set"),
    ),
    rule(
        CRISIS,
        "the-nerve",
        r"\b(?:till|until|til|when|once) i (?:have|get|find|work up|build up) the (?:nerve|"
        r"courage|guts)(?=\s*(?:[.!?,;]|$))",
        0.45,  # alone it is asking someone out; beside any other crisis word it is not
        needs=("nerve", "courage", "guts"),
    ),
    rule(
        CRISIS,
        "my-road-ends",
        r"\b(?:my road|my life|it all) ends\b[^.!?]{0,40}\bi'm the one (?:who|that) ends it\b|"
        r"\b(?:most )?painless (?:way out|way to (?:die|go|do it|end it))\b|"
        r"\bthinking (?:about|of) how (?:i'd|id|i would|i'll|i will|i could) do it\b"
        r"(?! (?:differently|better|again|next|if|for|with|without))|"
        r"\bwant the (?:intrusive |dark |bad )?thoughts? to win\b|"
        r"\b(?:6|six) (?:ft|feet) under\b[^.!?]{0,20}\b(?:sounds|looks|seems) (?:cozy|cosy|"
        r"nice|good|peaceful|great|like a plan)\b|"
        r"\bif (?:the|my|this|our|it|that) (?:\w+ )?(?:is|'s) (?:over|done|gone|finished),? "
        r"(?:then )?so am i(?=\s*(?:[.!?,;]|$))",
        0.8,
        hard=True,
        neg_words=3,
        needs=("ends it", "painless", "do it", "to win", "under", "so am i"),
    ),
    # --- hoping an illness, a batch or a clot does it ----------------------------------------
    rule(
        CRISIS,
        "hoping-it-kills-me",
        r"\b(?:hop(?:e|ed|ing)|wish(?:ed|ing)?|pray(?:ed|ing)?)\b%(s15)s\b(?:the (?:thing|one) "
        r"(?:that|which) (?:kills|ends|takes|finishes) (?:me|it)|(?<!n't )(?<!not )(?<!never )"
        r"(?:kills|killed) me\b|(?:takes|took|take) me out\b|(?:had|would have|would) "
        r"finish(?:ed)? the job|finish(?:es)? me(?: off)?\b|(?:i|i'll) (?:get|got) a bad batch|"
        r"(?<!n't )ends it\b|more than numb)",
        0.8,
        hard=True,
        neg_words=3,
        needs=("hop", "wish", "pray"),
    ),
    cooc(
        CRISIS,
        "so-be-it",
        r"\b(?:so be it|okay then|ok then|fine by me|i'm (?:ok|okay|fine) with (?:that|it)"
        r"(?! risk))\b",
        r"\b(?:leaflet warns|warns about|warned me|fatal|lethal|(?:could|might|would|can) kill|"
        r"overdose|the clot|clots|the combination|stops? my heart|not wake)\b",
        0.75,
        window=100,
        neg=False,
        needs=("so be it", "then", "fine by me", "with that", "with it"),
    ),
    rule(
        CRISIS,
        "let-it-take-me",
        r"\blet(?:ting)? (?:the|my|this) (?:clot|cancer|disease|illness|tumou?r|infection|body|"
        r"heart|liver|kidneys|pump) (?:do what it wants|take me|finish (?:me|the job|it)|win)\b|"
        r"\b(?:until|till|til) (?:something|my (?:heart|liver|kidneys|lungs)|it all) "
        r"(?:gives out|quits|stops|fails|gives up|packs in)\b|"
        r"\bwish(?:ed|ing)? (?:they|the ambulance|the paramedics|someone|help|anyone) "
        r"(?:wouldn't|would not|didn't|did not|won't) (?:come|find me|arrive|get here|show up)\b|"
        r"\bwould it be so bad (?:if i|to)\b%(s15)s\b(?:stay(?:ed)? (?:there|under)(?=\s*(?:[.!?,;]"
        r"|$))|under the water|(?:till|until) it's over|let (?:it|the \w+) (?:do|take|finish))",
        0.8,
        hard=True,
        neg_words=3,
        needs=("let", "until", "till", "til", "wish", "so bad"),
    ),
    rule(
        CRISIS,
        "want-me-off",
        r"(?:^|(?<=[.!?] )|\bi%(adv)s )(?:want|need) (?:me|myself) (?:to stop|off|gone|to be gone|"
        r"to end|turned off|"
        r"switched off)(?=\s*(?:[.!?,;]|$)| permanently| for good| forever)|\b(?:rather|prefer "
        r"to) not (?:live|be alive|exist|wake up)(?= at all|\s*(?:[.!?,;]|$)| anymore)|\bwhat if "
        r"i (?:just )?(?:didn't|did not|stopped) (?:exist|existing|wake up|waking up|breathing)"
        r"(?=\s*(?:[.!?,;]|$)| anymore| again| at all)",
        0.8,
        neg=False,
        needs=("me", "myself", "rather", "prefer", "what if"),
    ),
    # --- drugs taken for the dark, not the high ---------------------------------------------
    cooc(
        CRISIS,
        "not-for-the-high",
        r"\bnot (?:looking for|chasing|after|about|for|to get) (?:a |the )?high\b|"
        r"\bnot because i wanted to get high\b|\bwasn't going to buy to get high\b",
        r"\b(?:enough|the rest of|all of (?:it|them)|the dark|strongest|saving it|for something|"
        r"the end|to be done|on purpose|heavier)\b",
        0.8,
        window=120,
        neg=False,
        needs=("high",),
    ),
    rule(
        CRISIS,
        "enough-to-end",
        r"\benough (?:\w+ )?to (?:be done with it|end it(?=\s*(?:[.!?,;]|$| all| for good| "
        r"tonight))|not wake up|never wake up|do the job|finish (?:it|me|the job))\b|"
        r"\b(?:handfuls?|a fistful|fistfuls) of (?:\w+ )?(?:\w+ )?(?:pills|tablets|meds|"
        r"painkillers)\b",
        0.75,
        hard=True,
        neg_words=3,
        needs=("enough", "handful", "fistful"),
    ),
    cooc(
        CRISIS,
        "it-would-work",
        r"\bi know it(?:'d| would| will) work\b",
        r"\b(?:insulin|pills|tablets|rope|gun|belt|bridge|drop|overdose|dose|car|train)\b",
        0.75,
        window=100,
        needs=("work",),
    ),
    # --- left for others: a card, a word to the family -------------------------------------
    cooc(
        CRISIS,
        "not-their-fault",
        r"\b(?:it )?(?:wasn't|isn't|was not|is not|won't be|wasnt) (?:your|ur|their|his|her|"
        r"anyone's|anybody's) fault\b",
        r"\b(?:if (?:you|u) (?:\w+ )?read this|when (?:you|u) read this|by the time (?:you|u) "
        r"read|won't be around|i want (?:them|you) to know)\b",
        0.8,
        window=140,
        neg=False,
        needs=("fault",),
    ),
    cooc(
        CRISIS,
        "tonight-is-the-night",
        r"\b(?:tonight's|tonight is|today's|today is|this is) the (?:night|day)\b",
        r"\b(?:sorry,? everyone|sorry to everyone|goodbye|forgive me)\b",
        0.8,
        window=70,
        needs=("the night", "the day"),
    ),
    rule(
        CRISIS,
        "part-has-a-plan",
        r"\b(?:a|one|one of my) parts? (?:of me )?(?:has|have|made) a plan for (?:the "
        r"anniversary|tonight|the end|ending it|dying|how to do it)\b",
        0.8,
        needs=("plan",),
    ),
    rule(
        CRISIS,
        "plan-yes",
        r"(?<!meal )(?<!lesson )(?<!care )(?<!safety )(?<!business )(?<!birth )(?<!phone )"
        r"(?<!data )(?<!travel )(?<!study )(?<!work )(?<!training )(?<!diet )"
        r"\bplan\s?[:=-]\s?yes\b",
        0.75,
        neg=False,
        needs=("plan",),
    ),
    # --- means kept "just in case", a fatal illness hoped for, a drop looked up ----------
    cooc(
        CRISIS,
        "kept-just-in-case",
        # "just in case" ending the thought: "in case of a headache" is ordinary
        r"\bjust in case(?=\s*(?:$|[.,;!?)]|(?:i know|you know|i guess|i suppose|lol|tbh)\b|"
        r"i (?:need|want) (?:them|it|a way out|to)\b))",
        r"\b(?:holding on ?to|hanging on ?to|held on ?to|hung on ?to|kept|keeping|saving|"
        r"still (?:have|got)|"
        r"saved|stash\w*|hid|hidden|hiding|hoard\w*|squirrel\w*|stockpil\w*)\b"
        # a "spare" or "backup" supply is an ordinary precaution (an insulin pen, an inhaler)
        r"[^.!?\n]{0,60}(?<!spare )(?<!backup )(?<!emergency )\b(?:pills?|tablets?|meds|"
        r"medication|painkillers|tramadol|codeine|oxy\w*|"
        r"morphine|sleeping pills|opioids|benzos?|diazepam|zopiclone|lorazepam|ketamine|"
        r"troches?|lozenges?|antidepressants?|sertraline|amitriptyline|lithium|insulin|gun|"
        r"pistol|rifle|firearm|the rope|a rope|the blade|blades|razors?)\b",
        0.8,
        window=120,
        hard=True,
        neg_words=3,
        needs=("just in case",),
    ),
    rule(
        CRISIS,
        "hoping-it-is-fatal",
        r"\b(?:(?:hop(?:e|es|ed|ing)|wish(?:es|ed|ing)?|pray(?:s|ed|ing)?|want(?:s|ed)?)\b"
        r"(?: (?!because\b|since\b)[\w']+){0,3}|(?:relieved|glad|happy|grateful) if)"
        r" (?:the |my |this |that |it |these )?(?:scan|biopsy|tests?|results?|lump|mri|"
        r"ct scan|bloods|blood work|diagnosis|mole|x-?rays?|growth|tumou?r)\b"
        r"(?: (?!because\b|since\b)[\w']+){0,4}? (?:is|are|shows?|showed|finds?|found|comes? "
        r"back|came back|turns? out|turned out|will be|would be|to be|to come back|to show)\b"
        r"(?!n't| not| no\b) (?:as |to be |something |a |an |the |it's |it is )?(?:terminal|"
        r"cancer|malignant|fatal|incurable|something terminal)\b(?! (?:has|had|is|was) "
        r"(?:shrunk|gone|smaller|clear|treatable|in remission|responding))",
        0.8,
        hard=True,
        neg_words=3,
        needs=("terminal", "cancer", "malignant", "fatal", "incurable"),
    ),
    rule(
        CRISIS,
        "way-out-given",
        r"\bso (?:that )?i(?:'d| would)? (?:have|had|get|got|finally have) (?:a|my|an easy) "
        r"way out\b(?! of\b)",
        0.75,
        hard=True,
        neg_words=3,
        needs=("way out",),
    ),
    cooc(
        CRISIS,
        "drop-looked-up",
        r"\b(?:looked up|look up|looking up|googled|googling|searched|searching|checked|"
        r"checking|researched|researching)\b[^.!?\n]{0,30}\b(?:the )?(?:tallest|highest) "
        r"(?:building|bridge|car park|parking (?:garage|structure|lot)|tower|block of flats)\b"
        # a trip, a view or homework is what most such looking up is for
        r"(?![^.!?\n]*\b(?:trip|visit|holiday|vacation|homework|project|views?|bar|restaurant|"
        r"hike|hiking|tour|tourists?|photos?|sightseeing)\b)",
        r"\b(?:roof|barriers?|fences?|how high|how far down|the drop|how many floors)\b",
        0.8,
        window=100,
        hard=True,
        neg_words=3,
        needs=("tallest", "highest"),
    ),
    rule(
        CRISIS,
        "cut-a-bit",
        # ending the clause, or with how deep or when: "a little cake", "a bit loose" differ
        r"\b(?:i )?(?:only |just )?cut (?:a (?:bit|little)|just a (?:bit|little)|a few times)"
        r"(?: (?:too deep|deeper|more|again|yesterday|last night|today|tonight|this morning|"
        r"earlier|this week))*(?=\s*(?:$|[.!?,;]|(?:and|but|not|it|it's|again|so)\b))",
        0.75,
        hard=True,
        neg_words=3,
        needs=("cut a", "cut just"),
    ),
    # --- a lifeline stopped, a goodbye hidden, joining someone who died ------------------
    cooc(
        CRISIS,
        "lifeline-stopped",
        r"\bstopp(?:ed|ing) (?:taking )?(?:my |the |all my )?(?:blood thinners|heart (?:pills|meds|"
        r"medication|tablets)|insulin|dialysis|chemo|anticoagulants?|warfarin|transplant meds|"
        r"anti-rejection (?:meds|drugs|pills))\b",
        r"\b(?:on purpose|deliberately|without telling|not telling|hop(?:e|ing) it (?:does|will|"
        r"ends|takes|finishes|kills)|at peace with whatever happens|does the job|do the job|"
        r"let nature|so it (?:can|will) (?:end|be over|finish)|be over|ready to go|won't restart|"
        r"not restarting|take its course)\b",
        0.8,
        window=150,
        hard=True,
        neg_words=3,
        needs=("stopped", "stopping"),
    ),
    cooc(
        CRISIS,
        "goodbye-hidden",
        r"\b(?:doesn't|don't|didn't|won't|does not|do not|did not|will not) know (?:it's|it is|"
        r"it was|that it's|that it was|this is|this was) (?:a |my |the )?(?:last |final )?"
        r"goodbye\b(?! for (?:now|the|a|this|next))|"
        r"\bgoodbye (?:in a way|so) (?:that )?(?:it )?(?:sounds|looks|seems|felt|feels) "
        r"(?:normal|casual|ordinary|like nothing)\b",
        # a goodbye from the writer: said, texted, told, written or loved, by "I"
        r"\bi (?:\w+ )?(?:said|say|texted|text|told|tell|wrote|write|hugged|kissed|love|loved|"
        r"rang|called|thanked)\b|^(?:said|texted|told|wrote|hugged|rang|called)\b",
        0.8,
        window=160,
        neg=False,
        subj=False,
        needs=("goodbye",),
    ),
    rule(
        CRISIS,
        "join-them-properly",
        r"\b(?:go|to|and) join " + _LOST + r" (?:properly|on the other side(?! of\b)|in heaven|"
        r"wherever (?:she|he|they) (?:is|are))\b|"
        r"\bhow to join (?:someone|somebody|a person|people|him|her|them|my \w+) (?:who|that) "
        r"(?:died|passed|has died|is dead|are dead)\b|"
        r"\blooking forward to (?:it|dying|death|the end)\b[^.!?\n]{0,30}\bif it means "
        r"(?:seeing|being with|joining|holding)\b",
        0.8,
        hard=True,
        neg_words=3,
        needs=("join", "if it means"),
    ),
)
