"""IFS parts language and Self-energy language (the 8 C's)."""

from __future__ import annotations

from .model import PARTS, SELF
from .rules import Rule, rule

# Words that make "the X part" ordinary English rather than a part of the person.
_NON_IFS_PART = (
    r"(?:best|worst|hard|hardest|easy|easiest|fun|funniest|good|bad|tough|toughest|weird|"
    r"weirdest|strange|strangest|scary|scariest|funny|sad|saddest|main|first|second|third|"
    r"last|final|next|middle|early|late|latter|former|rest|spare|car|body|auto|replacement|"
    r"missing|large|small|big|major|minor|greater|better|biggest|interesting|important|"
    r"crucial|key|essential|integral|huge|only|same|whole|lower|upper|back|front|top|bottom|"
    r"speaking|starring|leading|supporting|cool|nice|great|boring|annoying|frustrating|"
    r"tricky|difficult|painful|confusing|surprising|amazing|exciting|sweetest|cutest|"
    r"favorite|favourite|least|most)"
)

_PART_ADJ = (
    r"(?:another|one|other|younger|little|young|exiled|protective|critical|wounded|teenage|"
    r"inner|child|baby|angry|scared|frightened|terrified|hurt|lonely|vulnerable|anxious|"
    r"striving|perfectionist|controlling|loyal|rebellious|wise|caretaking|caretaker|"
    r"people-pleasing|pleasing|numbing|drinking|skeptical|sceptical|skeptic|grieving|"
    r"ashamed|shamed|frozen|furious|jealous|worried|worrying|hopeless|despairing|suicidal|"
    r"firefighter|manager|protector|exile|vigilant|hypervigilant|judging|judgmental|"
    r"shaming|bossy|stubborn|defensive|cautious|fearful|needy|sleepy|numb|hiding|"
    r"rageful|raging|shy|doubting|managerial|hungry|restless|"
    r"exhausted|fierce|eight-year-old|\d+-year-old|teenaged|toddler)"
)

_PART_VERB = (
    r"(?:wants?|wanted|feels?|felt|gets|got|needs?|needed|says|said|believes?|believed|"
    r"thinks?|tries|tried|holds?|held|carries|carried|keeps?|kept|protects?|"
    r"protected|fears?|feared|worries|worried|"
    r"hates?|longs?|longed|craves?|craved|"
    r"judges?|judged|criticizes?|criticized|pushes?|pushed|is (?:scared|afraid|"
    r"angry|sad|hurt|terrified|young|little|tired|ashamed|lonely|convinced|worried|"
    r"protecting|trying|holding|carrying|so)|was (?:scared|afraid|angry|sad|hurt|terrified|"
    r"young|little|tired|ashamed|lonely|convinced|worried|protecting|trying|holding|"
    r"carrying)|shows? up|showed up|comes? up|came up|shows? me|showed me|steps? back|"
    r"stepped back|softened|softens|relaxed|relaxes|took over|takes over|jumped in|"
    r"jumps in|panics?|panicked|freezes|froze|shuts? down|shut down|hides|hid|cries|"
    r"cried|screams?|screamed|yells?|yelled|whispers?|whispered|insists?|insisted|"
    r"warns?|warned|refuses?|refused|agrees?|agreed|resists?|resisted|blends?|blended|"
    r"is blending)"
)
_ADVS = (
    r"(?:(?:really|still|just|always|so|also|kind of|desperately|deeply|only|never|often|"
    r"sometimes|badly|quietly|secretly|clearly|immediately|suddenly|then|now)\s+)*"
)

_NON_IFS_WORD = (
    r"(?:body|car|auto|spare|replacement|missing|engine|machine|bike|computer|first|second|"
    r"third|last|final|next|main|best|worst|hard|harder|hardest|easy|easiest|fun|funniest|"
    r"good|bad|tough|toughest|weird|weirdest|strange|scary|scariest|funny|sad|saddest|"
    r"middle|early|late|rest|large|small|big|bigger|major|minor|greater|biggest|"
    r"interesting|important|crucial|key|essential|integral|huge|only|same|whole|lower|"
    r"upper|back|front|top|bottom|speaking|starring|leading|supporting|cool|nice|great|"
    r"boring|annoying|frustrating|tricky|difficult|painful|confusing|surprising|amazing|"
    r"exciting|favorite|favourite|least|most|new|old|technical|musical|piano|guitar|"
    r"singing|dancing|reading|writing|math|science|story|movie|film|book|song|chorus|"
    r"script|plot|exam|test|question|assignment|project|work|job|meeting|day|week|"
    r"morning|evening|trip|journey|drive|process|program|hair|other|each|every|one|any|"
    r"no|this|that|my|your|his|her|their|our|its|a|an|the|some|small|tiny|large|"
    r"best-kept|unknown|hidden|fair|equal|big|real|certain|necessary|english|french|"
    r"spanish|plastic|metal|wooden|broken|new|used|original|automotive|screen|surge)"
)

PARTS_RULES: tuple[Rule, ...] = (
    rule(
        PARTS,
        "named-x-part",
        r"\b(?:the|my|a|an|this|that|one|another|some|our|her|his|their|your)\s+"
        r"(?!" + _NON_IFS_WORD + r"\b)['\"]?[\w-]+(?:\s+(?!" + _NON_IFS_WORD + r"\b)[\w-]+)?"
        r"['\"]?\s+parts?\b(?!\s+of\s+(?!me\b|myself\b|us\b))(?![- ]time)(?!s? (?:store|shop|"
        r"list|number|department|supplier|dealer))",
        0.7,
        neg=False,
        past=False,
        subj=False,
        mention=True,
        needs=("part",),
    ),
    rule(
        PARTS,
        "figure-in-me",
        r"\b(?:a|the|my|this|that|one|another)\s+(?:[\w'-]+\s+)?(?:firefighter|manager|"
        r"protector|guard|sentry|soldier|teenager|teen|kid|child|girl|boy|critic|judge|part|"
        r"voice|one|exile|worrier|perfectionist|pleaser|rebel|caretaker|controller|watcher|"
        r"little one|bully|skeptic|parent|toddler|baby)\s+(?:in|inside|within)\s+(?:me|myself)"
        r"\b|\bparts?\s+(?:in|inside|within)\s+(?:me|myself)\b|\b(?:\d+|younger|older|"
        r"teenage|little|child|kid|[\w]+-year-old|year old|young|earlier) (?:version|versions|"
        r"part) of me\b|\b(?:mi|una) parte\b",
        0.8,
        neg=False,
        past=False,
        subj=False,
        # every alternative ends in one of these (a cheap prefilter: the rule is unindexed)
        needs=("in me", "inside me", "within me", "myself", "of me", "parte"),
    ),
    rule(
        PARTS,
        "role-acts",
        r"\b(?:the|my|this|that)\s+(?:firefighter|protector|exile|critic|inner critic|"
        r"worrier|pleaser|people-pleaser|controller|sentry|watcher|perfectionist|caretaker|"
        r"overworker|little one|scared kid|scared one|young one|"
        r"(?!only|last|first|next|other|same|right|wrong|new|old|big|second|third|latter|"
        r"former|main|best|worst|one|no)[a-z]+ one)\s+(?:" + _PART_VERB + r"|came out|comes out|"
        r"showed up|shows up|took over|takes over|is back|was back|is running|was running|"
        r"piped up|pipes up|doesn't|didn't|won't|wouldn't|has me|had me|made me|makes me|"
        r"keeps|is terrified|is scared|is afraid|is worried|is panicking|is freaking)\b",
        0.65,
        neg=False,
        past=False,
        subj=False,
    ),
    rule(
        PARTS,
        "a-part-that",
        r"\b(?:a|one|another)\s+parts?\s+(?:that|who|which)\b|\bthe parts?\s+(?:that|who|"
        r"which)(?:'s| is)?\s+(?:really\s+|always\s+|still\s+|just\s+|so\s+)?"
        r"(?!is\b|was\b|has\b|does\b|makes\b|seems\b|means\b|gets me\b)(?:[a-z]+s\b|"
        r"afraid|scared|terrified|angry|sad|hurt|young|little|ashamed|lonely|worried|"
        r"protecting|trying|holding|rushing|running|always)",
        0.7,
        neg=False,
        past=False,
        subj=False,
    ),
    rule(
        PARTS,
        "part-of-me",
        r"\b(?:parts?|piece|pieces) of (?:me|myself)\b(?!\s+(?:forever|now|too))",
        0.85,
        neg=False,
        past=False,
        subj=False,
        needs=("of me", "of myself"),
    ),
    rule(
        PARTS,
        "adjective-part",
        r"\b" + _PART_ADJ + r" parts?\b(?!\s+of\s+(?!me\b|myself\b|my system\b|us\b))"
        r"(?!-time| time| of the| in| for the)",
        0.75,
        neg=False,
        past=False,
        subj=False,
        needs=("part",),
    ),
    rule(
        PARTS,
        "part-that-verbs",
        r"\b(?:a|the|this|that|one|some|another|other)\s+parts?\s+(?:of me\s+)?"
        r"(?:(?:that|which|who|inside|in me)\s+)?" + _ADVS + _PART_VERB + r"\b|"
        r"\b(?:a|the|one|some|another|other)\s+parts?\s+(?:of me\s+)?(?:that|which|who)\s+"
        r"(?:doesn't|didn't|can't|won't|never|always|really|still|does not|did not|cannot)\b",
        0.75,
        neg=False,
        past=False,
        subj=False,
        needs=("part",),
    ),
    rule(
        PARTS,
        "inner-figure",
        r"\b(?:my|the|this|that|an|her|his|our) (?:inner|internal) (?:critic|child|children|"
        r"judge|teenager|teen|kid|parent|protector|bully|perfectionist|rebel|cheerleader|"
        r"skeptic|pleaser|controller|manager|saboteur|guardian|warrior|little girl|little "
        r"boy|toddler|system|family|world|team|committee|council|voices?|part|parts|"
        r"worrier|caretaker|watcher|police|drill sergeant|taskmaster|coach|nag|mom|"
        r"gremlin|monster|wolf|orphan)\b|\binner child work\b|\bifs\b",
        0.8,
        neg=False,
        past=False,
        subj=False,
        needs=("inner", "internal", "ifs"),
        mention=True,
    ),
    rule(
        PARTS,
        "little-one",
        r"\b(?:the|that|this|my|a) (?:little|young|younger|tiny|small|scared|frightened|"
        r"lonely|hurt|wounded|sad) (?:one|girl inside|boy inside|kid inside|one inside|me|self|"
        r"version of me)\b|\b(?:little|young|younger|teenage|child|\d+-year-old|"
        r"(?:five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen)-year-old) "
        r"(?:me|self|version of me)\b|\b(?:little|young) (?:girl|boy|kid|one) (?:inside|in "
        r"me|within)\b",
        0.7,
        neg=False,
        past=False,
        subj=False,
        needs=(
            "little",
            "young",
            "tiny",
            "small",
            "scared",
            "frighten",
            "lonely",
            "hurt",
            "wounded",
            "sad",
            "teen",
            "child",
            "year-old",
        ),
    ),
    rule(
        PARTS,
        "half-of-me",
        r"\b(?:half|one side|a side|the side|other side|one half|other half|another side|"
        r"some side|a piece|a corner|somewhere deep|something) (?:of|in|inside) (?:me|myself)"
        r"\b(?=\s+(?:that|which|who|is|was|wants|wanted|feels|felt|says|said|thinks|thought|"
        r"still|just|really|believes|needs|knows|hates|loves|worries|wonders|keeps|can't|"
        r"won't|doesn't|didn't|would|wishes|screams|whispers|insists|longs|craves))",
        0.75,
        neg=False,
        past=False,
        subj=False,
        needs=(" me", " myself"),
    ),
    rule(
        PARTS,
        "ifs-terms",
        r"(?<!screen )(?<!surge )(?<!mouth )(?<!sun )\b(?:unblend\w*|blended|blending|"
        r"un-blend\w*|unburden\w*|exiles?|exiled|"
        r"protectors?|firefighters?(?= part| parts|,? (?:and|or) (?:managers?|exiles?))|"
        r"managers?(?= part| parts|,? (?:and|or) (?:firefighters?|exiles?|protectors?))|"
        r"polari[sz]ed|polari[sz]ation|parts work|parts map|parts language|my parts|"
        r"the parts|these parts|those parts|both parts|all my parts|self-like part|"
        r"trailhead|witnessing the|witnessed the)\b",
        0.7,
        neg=False,
        past=False,
        subj=False,
        needs=(
            "blend",
            "burden",
            "exile",
            "protector",
            "firefighter",
            "manager",
            "polari",
            "parts",
            "trailhead",
            "witness",
        ),
        mention=True,
    ),
    rule(
        PARTS,
        "step-back",
        r"\b(?:asked|ask|asking|invited|invite|inviting)%(w2)s (?:it|her|him|them|the \w+|"
        r"that \w+|this \w+)%(w1)s to (?:step back|step aside|soften|relax|give me (?:some )?"
        r"space|move back|separate|unblend)\b",
        0.7,
        neg=False,
        past=False,
        subj=False,
        needs=("ask", "invit"),
    ),
    rule(
        PARTS,
        "named-part",
        r"\b(?:my|the) (?:critic|worrier|pleaser|people-pleaser|controller|perfectionist|"
        r"skeptic|sceptic|caretaker|taskmaster|pusher|saboteur|watcher|vigilant one|"
        r"planner|judge inside|overthinker|striver|achiever|numb one|"
        r"gatekeeper|doubter|hider|runner|rebel|inner critic|procrastinator|martyr|"
        r"cynic|pessimist|nag|bully inside|guard inside)\b(?!\s+(?:at|in|on) (?:work|the "
        r"office|school|court))",
        0.6,
        neg=False,
        past=False,
        subj=False,
        needs=("my ", "the "),
    ),
)

_SELF_WORD = (
    r"(?:calm|calmer|calmness|curious|curiosity|compassionate|compassion|self-compassion|"
    r"clear|clearer|clarity|clear-headed|clear-eyed|confident|confidence|courageous|courage|"
    r"brave|braver|creative|creativity|connected|connection|spacious|spaciousness|grounded|"
    r"groundedness|centered|centred|peaceful|at peace|steady|steadier|openness|"
    r"open-hearted|openhearted|warm|warmth|tender|tenderness|kind|kindness|loving|present|"
    r"presence|settled|expansive|safe inside|at ease|patient|patience|playful|serene|"
    r"tranquil|soft|softer|gentle|accepting|acceptance|peace|stillness|equanimity|"
    r"self-led|embodied|rooted|anchored|balanced|empathy|empathic|solid)"
)
_SELF_STRONG = (
    r"(?:calm|calmer|calmness|curious|curiosity|compassionate|compassion|self-compassion|"
    r"clarity|confident|confidence|courageous|courage|creative|creativity|connected|"
    r"spacious|spaciousness|grounded|groundedness|centered|centred|peaceful|at peace|steady|"
    r"open-hearted|warmth|tenderness|settled|expansive|serene|tranquil|stillness|equanimity|"
    r"self-led|embodied|rooted|anchored|at ease)"
)
_INTENS = (
    r"(?:\s+(?:a lot|a bit|a little|a sense|a wave|a moment|a flicker|a glimmer|a spark|a "
    r"kind|a deep|a quiet|a real|an unexpected|an|a|of|more|so|very|really|quite|deeply|"
    r"incredibly|surprisingly|genuinely|pretty|fairly|some|real|much|oddly|strangely|"
    r"remarkably|almost|totally|completely|fully|mostly|mainly|calm and|and|honestly|"
    r"unexpectedly|actually|finally|suddenly|even|truly|rather|super|way|lots of|lot|bit|"
    r"little|sense|wave|moment|flicker|glimmer|spark|kind|deep|quiet|new|strong|gentle|"
    r"huge|warm|tiny|small|little bit|such|such a|enormous|soft))*"
)
_OBJECT = (
    r"(?:it|the part|this part|that part|her|him|them|myself|my own \w+|my \w+|the \w+ "
    r"part|the \w+ one|part|parts|the (?:little one|critic|exile|protector|worrier|child|"
    r"kid|girl|boy|younger me|fear|grief|sadness|pain|anger|shame|feeling|feelings|"
    r"memory|younger one|teenager)|the (?:\w+ ){1,2}(?:part|one|kid|child|girl|boy|"
    r"teenager)|both of us|what|how|where|why|whether|younger me|little me|"
    r"who|all of|these|those|this|that)"
)

_BARE_C = (
    r"(?:calm|calmer|calmness|curious|curiosity|compassion|compassionate|self-compassion|"
    r"clear-headed|clear-eyed|clear head|clarity|confident|confidence|courage|courageous|"
    r"brave|braver|creative|creativity|connected|connection|spacious|spaciousness|"
    r"grounded|groundedness|centered|centred|openhearted|open-hearted|open heart|"
    r"playful|patience|softness|tenderness|warmth|at peace|peaceful|serene|equanimity|"
    r"more room inside|room inside|space inside|open feeling|at ease|"
    r"clear(?=\s*(?:[,.!;]|and\b|$)))"
)

SELF_RULES: tuple[Rule, ...] = (
    rule(
        SELF,
        "bare-c",
        r"(?<! is )(?<! was )(?<! are )(?<!\bwere )(?<!\bseemed )(?<!\blooked )(?<!\blooks )"
        r"(?<!\bseems )(?<!\bis so )(?<!\bwas so )(?<!\bis very )"
        r"(?<!\bwas very )(?<!\bit's )(?<!\bkeep )"
        r"(?<!\b's so )(?<!\b're so )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\byour )(?<!\bstay )"
        r"\b" + _BARE_C + r"\b(?!-)(?! down\b)(?! (?:up|out|the|that|to the internet|to wifi)\b)"
        r"(?! (?:to|with) (?:the )?(?:internet|wifi|network|server|flight|train))",
        0.6,
        neg_words=4,
    ),
    rule(
        SELF,
        "heart-open",
        r"\b(?:heart|chest)%(w2)s (?:felt |feels |was |is )?(?:open|opened|opening|soft|warm|"
        r"full|wide open)\b|\b(?:feel|felt|sense|sensed|noticed|notice)%(w1)s self\b(?!-)|"
        r"\bheart went out to (?:it|the|that|this|her|him|them|my)\b|"
        r"\b(?:bigger|larger|wider) than (?:it|both|all of it|the (?:fear|feeling|feelings|panic|"
        r"tightness|grief|pain|part|parts|urge|pull|anger|shame|sadness|worry|anxiety|dread)|my "
        r"(?:fear|feelings|panic|anxiety|grief|pain|parts))\b(?! (?:looks|seems|was|is)\b)|"
        r"\b(?:held|holding) by myself\b",
        0.6,
        neg_words=4,
    ),
    rule(
        SELF,
        "i-feel-c",
        r"\b(?:i|i'm|i am|i've|i was|i've been|i feel|i felt|me|i got|i'd|i noticed|there "
        r"was|there's|i had|i have|i could feel|i'm feeling|i was feeling|i keep feeling|i "
        r"found|found myself|myself|i became|i stayed|i remained|i sensed|i'm noticing|"
        r"i notice)%(adv)s(?:\s+%(feel)s)?" + _INTENS + r"\s+" + _SELF_WORD + r"\b(?!-)"
        r"(?!\s+(?:of|to|about (?:the|my) (?:deadline|bill|job)|that|with him|with her))",
        0.65,
        neg_words=6,
    ),
    rule(
        SELF,
        "strong-c",
        r"\b(?:feel|feels|felt|feeling|notice|noticed|noticing|sense|sensed|became|become|"
        r"stayed|stay|remained|got|grew)" + _INTENS + r"\s+" + _SELF_STRONG + r"\b",
        0.7,
        neg_words=6,
    ),
    rule(
        SELF,
        "c-toward",
        # not a wish for it ("I'd love to feel tender toward her")
        r"(?<!to feel )(?<!to be )\b(?:curious|curiosity|compassion|compassionate|warmth|warm|"
        r"tenderness|tender|love|loving|kindness|kind|care|caring|gentleness|gentle|softness|soft|acceptance|"
        r"appreciation|gratitude|grateful|open|openness|patience|patient|understanding|"
        r"empathy|protective|affection|interest|interested)%(adv)s (?:for|toward|towards|"
        r"about|to|with|at|of|in) " + _OBJECT + r"\b|\b(?:i|felt|feel|feeling)%(adv)s sorry for "
        r"(?:it|the part|that part|this part)\b",
        0.6,
        neg_words=6,
    ),
    rule(
        SELF,
        "sense-of-c",
        r"\b(?:a sense of|sense of|feeling of|moment of|moments of|wave of|waves of|space of|"
        r"place of|deep|deeper|quiet|real|some|more|glimmer of|flicker of|spark of|"
        r"rush of|flood of|bit of|lot of|much|such|new|felt|found|noticed|there was|there's|"
        r"surge of|pocket of|well of|feel the|felt the|access|accessed|full of|filled with)"
        r"\s+(?:calm|peace|clarity|spaciousness|spacious|space|connection|connectedness|"
        r"compassion|curiosity|groundedness|openness|warmth|stillness|ease|courage|"
        r"confidence|creativity|presence|self|self-energy|tenderness|equanimity|"
        r"steadiness|lightness|love|kindness|acceptance|wholeness|freedom|okayness)\b|"
        r"\broom (?:around|for) (?:it|all of it|both|the (?:feeling|feelings|fear|grief|sadness|"
        r"pain|anger|shame|part|parts)|my (?:\w+'s )?(?:sadness|grief|fear|anger|pain|"
        r"feelings))\b|"
        r"\b(?:steady|still|calm|quiet|solid) (?:place|centre|center|core) (?:in|inside|behind|"
        r"under) (?:me|my)\b|\bsomething steady in me\b",
        0.65,
        neg_words=6,
    ),
    rule(
        SELF,
        "c-arrives",
        r"\b(?:calm|calmness|curiosity|compassion|clarity|confidence|courage|creativity|"
        r"connection|connectedness|spaciousness|peace|stillness|warmth|groundedness|presence|"
        r"openness|tenderness|self|self-energy|love|kindness|softness|ease|lightness|space)"
        r"%(w1)s (?:came|comes|coming|was there|is there|showed up|shows up|arose|arises|"
        r"washed|washes|filled|fills|flooded|spread|spreads|returned|returns|settled|settles|"
        r"emerged|emerges|opened|opens|rose|rises|poured|pours|grew|grows|bloomed|stayed|"
        r"was present|is present|was here|is here|was back|is back|in my (?:chest|body|heart|"
        r"belly))\b",
        0.65,
        neg_words=6,
    ),
    rule(
        SELF,
        "body-softens",
        r"\b(?:my )?(?:breath|breathing|shoulders|chest|heart|body|jaw|belly|stomach|throat|"
        r"hands|whole body|system|nervous system)%(w1)s (?:softened|softens|softening|"
        r"relaxed|relaxes|relaxing|opened|opens|opening|settled|settles|slowed|slows|loosened|"
        r"loosens|eased|eases|unclenched|unclenches|dropped|deepened|deepens|unwound|"
        r"unwinds|expanded|expands|warmed|warms|let go)\b",
        0.55,
        neg_words=6,
        needs=(
            "breath",
            "shoulder",
            "chest",
            "heart",
            "body",
            "jaw",
            "belly",
            "stomach",
            "throat",
            "hands",
            "system",
        ),
    ),
    rule(
        SELF,
        "with-part",
        r"\b(?:i could|i was able to|able to|managed to|i did|i can|i got to|i stayed to|"
        r"i wanted to|i|i'm|i was|i've been|we)%(w1)s (?:be with|stay with|sit with|sat with|"
        r"stayed with|listen to|listened to|listening to|hold|held|holding|witness|witnessed|"
        r"welcome|welcomed|approach|approached|get curious|got curious|getting curious|hear|"
        r"heard|thank|thanked|thanking|appreciate|appreciated|appreciating|befriend|"
        r"befriended|comfort|comforted|comforting|hug|hugged|reassure|reassured|"
        r"reassuring|ask|asked|asking|thank|make room for|made room for|making room for|"
        r"be curious about|was curious about|get to know|got to know|getting to know)"
        r"%(w2)s (?:it|the part|this part|that part|her|him|them|the little one|the exile|"
        r"my \w+ part|my \w+|the \w+ part|the \w+ one|the fear|the grief|the sadness|the pain|"
        r"the anger|the shame|the \w+|younger me|little me|the part of me|part of me)\b"
        r"(?=%(s15)s(?:\bwith (?:curiosity|compassion|kindness|warmth|love|care|patience)|"
        r"\bgently\b|\bwithout (?:judg|fix|flinch|push)|\bcompassion|\bcurious|\bwarmth|"
        r"\bkindness|\bsoftened|\brelaxed|\bfelt (?:seen|heard|understood)|\bwhat it "
        r"(?:needs|needed|wants|wanted|was afraid|feared|is afraid|fears)|\bhow old|"
        r"\bits job|\bthank|\bappreciat|\bbreathed|\bpatient|\bpresent|"
        r"\bcalm|\bhug|\bkindly|\bwithout being (?:pulled|swept|dragged|taken|flooded|"
        r"overwhelmed|sucked)))",
        0.6,
        neg_words=6,
    ),
    rule(
        SELF,
        "self-energy",
        r"\b(?:self-energy|self energy|self-led|self led|self-leadership|self leadership|"
        r"in self\b(?!-)|from self\b(?!-)|more self\b(?!-)|(?:the )?self (?:was|is|came|"
        r"stayed|felt|showed) (?:there|present|here|back|up|in|forward)|led by self|"
        r"access to self|accessing self|connected to self|connecting to self|"
        r"self-presence|8 c's|eight c's)",
        0.7,
        neg_words=6,
        needs=("self", "8 c", "eight c"),
    ),
)

RULES: tuple[Rule, ...] = PARTS_RULES + SELF_RULES
