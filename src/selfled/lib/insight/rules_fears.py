"""The three protector fears after a breakthrough (DESIGN.md I1).

safety: the symptom kept the writer safe/careful/alive; without it, danger.
overwhelm: letting go of old coping would flood them, they would fall apart, lose control.
identity: who am I without this pain; how will others respond to the new me; belonging.
"""

from __future__ import annotations

from .model import FEAR_IDENTITY, FEAR_OVERWHELM, FEAR_SAFETY
from .rules import Rule, cooc, rule

_FEAR_CUE = (
    r"(?:afraid|scared|terrified|fear|fears|feared|fearing|worried|worry|worries|frightened|"
    r"nervous|panic|panicking|panicked|dread|dreading|anxious|what if|what happens if|"
    r"what happens when|if|once|when|without|suppose|might|could|would|will|won't|"
    r"part of me|a part|convinced|insists|believes|warns|warned|warning)"
)
_SAFE_WORDS = (
    r"(?:safe|safer|safety|unsafe|careful|careless|reckless|protected|protect|protects|"
    r"protecting|protection|unprotected|defenseless|defenceless|danger|dangerous|hurt|harmed|"
    r"vulnerable|exposed|let my guard down|guard down|off guard|blindsided|attacked|"
    r"something bad|something terrible|bad things?|disaster|alive|in check|out of trouble|"
    r"on my toes|prepared|ready for|caught off guard|taken advantage of|get hurt|"
    r"keep me alive|watchful|vigilant|on alert|ambushed|punished|jinx|the other shoe)"
)
_OVERWHELM = (
    r"(?:overwhelm\w*|flood\w*|drown\w*|fall apart|falling apart|fell apart|come undone|"
    r"coming undone|come apart|coming apart|break down|breaking down|shatter\w*|crumble\w*|"
    r"unravel\w*|lose control|losing control|lost control|out of control|fall to pieces|"
    r"falling to pieces|too much|swallow(?:ed)?(?: me| up| whole)|consume[ds]? me|"
    r"consumed|spiral\w*|collapse\w*|(?:won't|wouldn't|can't|couldn't|not) (?:be able to )?"
    r"(?:stop|cope|handle|contain|survive|function|bear)|never stop|bottomless|engulf\w*|"
    r"explode|burst|wash over|sweep me away|swept away|go crazy|lose my mind|lose it|"
    r"losing it|break me|break apart|bury me|buried|crush(?:ed)? me|tidal wave|tsunami|"
    r"avalanche|no bottom|no end|endless|pour out|pouring out|come rushing|come flooding|"
    r"come pouring|take over|taken over|sink|sinking|unmanageable|unbearable|cave in|"
    r"overpower\w*|falls apart)"
)
_LET_GO = (
    r"(?:let go|letting go|let it go|stop|stopped|stopping|give up|giving up|drop|dropping|"
    r"lose|losing|loosen|loosening|put down|let down|open up|opening up|open (?:that|the|this)|"
    r"let (?:myself|it|them|the feelings|it all|my guard)|feel (?:it|them|everything|all)|"
    r"feeling (?:it|everything|all)|stop (?:drinking|numbing|working|controlling|planning|"
    r"running|busy)|without|quit|quitting|allow myself|relax|relaxing|slow down|slowing down|"
    r"unclench|soften|face (?:it|the)|go there|go into|look at)"
)


# Concept lexicons for co-occurrence rules.
_CHANGE = (
    r"\b(?:better|well|okay|ok|fine|good (?:days?|week|feeling|mood)|the good|lighter|"
    r"lightness|relax\w*|calm\w*|happy|happier|happiness|joy|thriv\w*|heal|healed|healing|"
    r"recover\w*|improv\w*|healthy|healthier|getting well|less (?:anxious|depressed|numb|"
    r"scared|afraid|sad|guarded)|not (?:depressed|anxious|numb|sick|struggling|scared|"
    r"afraid|suspicious|angry|sad|in pain|on edge|difficult|down|miserable)|"
    r"(?:stop|stops|stopped|stopping|quit|drop|dropped|dropping|lose|losing|loosen\w*|"
    r"lower\w*|let go of|letting go of|give up|giving up) (?:being|the|my|its|this|that|"
    r"worrying|expecting|bracing|checking|scanning|watching|pushing|it|them)|"
    r"let (?:it|them|myself|my guard) (?:go|down|relax|soften|be)|loosen\w* up|let up|"
    r"without me|letting (?:it|them|"
    r"my guard) (?:go|down|soften)|without (?:the|my|this|it|them|that)|no longer|"
    r"(?:it's|its|they're) gone|now that i'm|if i'm not|when i'm not|once i'm not|"
    r"trust (?:the good|people|that things)|feeling good|feel good|felt good|"
    r"since the (?:session|dose|infusion|treatment|journey|ketamine)|after the (?:session|"
    r"dose|infusion|last dose|journey)|the medicine|the ketamine|not numb|lifted|has lifted|"
    r"is lifting|went away|has gone|is gone)\b"
)
_DANGER = (
    r"\b(?:high alert|on alert|early warning|warning system|unsafe|not safe|never been safe|"
    r"isn't safe|wasn't safe|dangerous|danger|"
    r"a target|prey|exposed|vulnerable|blindsided|punished|a trap|reckless|careless|"
    r"fooled|taken advantage|take advantage|walked on|doormat|no cover|open field|"
    r"out in the open|armou?r|war zone|catastrophe|other shoe|get hurt|got hurt|gets hurt|"
    r"hurt me|hurt again|get me hurt|hurt (?:you|me) again|no walls|get hurt|they strike|"
    r"strike|attack\w*|ambush\w*|knock me down|high alert|"
    r"unprotected|defen[cs]eless|blown away|lazy|end up on the street|ruin everything|"
    r"go back to him|walk right back|something would happen|bad things|something bad|"
    r"the worst|won't be ready|off guard|let my guard down|dropped my guard|guard down|"
    r"forgetting to lock|blindfold\w*|seatbelt|alarm system|keep watch|insurance|"
    r"hiding place|out of hiding|bodyguard|get fired|fired|doing something dangerous|"
    r"stopping me from|standing between me|trust people|taken from me|lose everything)\b"
)
_SYMPTOM = (
    r"\b(?:depress\w*|anxiety|anxious|the worry|worrying|the fear|my fear|numb\w*|"
    r"dissociat\w*|panic attacks|hypervigilan\w*|vigilan\w*|sadness|the sad|on edge|"
    r"suspicio\w*|small and invisible|being small|rituals|anger|angry|expecting the worst|"
    r"the checking|ocd|scanning|bracing|the pain|my illness|being sick|the illness|"
    r"a protector|my protector|the protector|the part|that part|this part|the critic|"
    r"my critic|inner critic|the guard|the watcher|the sentry|the scared one)\b"
)
_PROTECT = (
    r"\b(?:safe|safer|protect(?:s|ed|ing)? me|protection|(?:kept|keeps|keeping|keep) "
    r"(?:me|us) (?:safe|alive|careful|away|small|from|out of|on guard|in check|hidden|"
    r"invisible|quiet|ready|vigilant)|keeping (?:the|those|my) \w+(?: \w+)? from|"
    r"from destroying|stopping \w+ from|guard\w*|seatbelt|alarm|keep watch|keeping watch|insurance|"
    r"bodyguard|shield|hiding place|survived|how i've survived|standing between|stopping me|"
    r"away from (?:places|people|danger)|lock\w*|defen[cs]\w*|looking out for me|"
    r"watch(?:es|ing)? out|on my watch|careful|in check|alive)\b"
)
_FLOOD = (
    r"\b(?:flood\w*|drown\w*|crash(?:es|ing)? (?:in|down|over)|rush\w* in\b(?! to)|"
    r"comes? rushing|hit me (?:all )?at once|all (?:hit|come|comes) (?:me )?at once|"
    r"all at once|wave of dread|something huge|feel it without|everything (?:up )?at once|"
    r"can't put it back|no bottom|free-?fall\w*|bottomless pit|"
    r"too much|break me|breaks me|breakdown|break down|breaking down|fall apart|falling "
    r"apart|fall to pieces|lose control|losing control|lost control|out of control|"
    r"lose myself|get lost|can't get back|crack|spin out|spiral\w*|explode|flatten\w*|"
    r"swallow\w*|bigger and bigger|can't close|can't shut|shut it|close (?:it|them) again|"
    r"can't screw|can't hold|hold them|boil over|puddle|unbearable|never stop|ever stop|"
    r"won't stop|eat until|chaos|no exit|get through it|catch me|take me with it|open "
    r"something|taped shut|floodgates|wall comes down|bury|buried|consume\w*|engulf\w*|"
    r"overwhelm\w*|shatter\w*|unravel\w*|come undone|go under|sink|lose it|lose my mind|"
    r"can't cope|won't cope|can't handle|won't be able to|screaming|tidal wave|tsunami|"
    r"avalanche|all of it|everything i avoid|full of everything|feel it all|feeling it all|"
    r"feel all of it|feeling all of it|have to feel|you'll feel it|i'll feel it|"
    r"feel the \w+|what comes up|where that ends|breaks? loose|pour\w* out|spill\w* out|"
    r"fall in|falling in|go crazy|wrecked|destroy\w*|crumble)\b"
)
_FEARCOND = (
    r"\b(?:scared|afraid|terrified|terrifies|fear|fears|feared|what if|dread\w*|panic\w*|"
    r"worried|worry|worries|nervous|frighten\w*|if|once|when|without|i'll|it'll|they'll|"
    r"will|would|i'd|going to|gonna|might|could|begging|insists|warns|says|thinks|believes)\b"
)
_LETGO = (
    r"\b(?:let go|letting go|let (?:it|them|myself)|stop|stops|stopping|stopped|slow down|"
    r"slowing down|quiet|silence|break from|take a (?:real )?break|day off|pause|feel (?:it|"
    r"them|everything|all)|sit with|open (?:up|the|that)|opening|loosen\w*|come off|quit\w*|"
    r"without (?:my|the|it|them|a|something)|take the full dose|memory work|trauma work|"
    r"deeper|the medicine|ketamine|the dose|sessions?|infusion|not drinking|off alcohol|"
    r"sober|lid|the wall|dose|silence|routines?|schedule|keep(?:ing)? busy|packed|cleaning|rules)\b"
)
_IDENT = (
    r"\b(?:(?:happier|new|healthier|better|well|different|changed|honest|lighter) me|"
    r"who am i|who i am|who i'm becoming|who i was|who i'd be|who i'll be|"
    r"who is the|what's my value|what am i to|what i am to|my story|the story|my identity|"
    r"identity|defined me|my personality|personality|a stranger|stranger|the (?:anxious|sick|"
    r"depressed|"
    r"sensitive|difficult|strong|reliable|responsible|funny|helper|broken|quiet|good|"
    r"chronically ill|struggling|messy|sad|fragile|needy|problem|caretaker) one|"
    r"version of me|the new me|new honest me|the old (?:you|me)|old me|not yourself|"
    r"not myself|isn't me|in common|my people|my community|community|belong\w*|fit the|"
    r"fit in|lose (?:her|him|them|my \w+)|losing (?:her|him|them|my \w+)|outgrow\w*|"
    r"leave me|leaving (?:them|me)|turn on me|cut me off|still love|love me|like me|"
    r"need me|needed me|know what to do with me|know how to reach me|how to be|introduce "
    r"myself|get to be|faking it|weird now|different|lonely|unlovable|lovable|stop being "
    r"gentle|stopped caring|cost me|betraying|permission|expected to|the family group|"
    r"barely speaking|my whole social life|miss knowing|wrong life|liked the|likes me|"
    r"goes cold|what's left between|our relationship|the wife he married|the husband she|"
    r"what i actually like|boring|my art|my edge|recogni[sz]e me|my role|the helper|"
    r"the fixer|the strong one|the sick one|the sensitive one|the difficult one|"
    r"the anxious one|who survived|stranger in my own life|the one who|alone|checking on "
    r"me|expected to|have anything|losing (?:him|her) again|what i'd do with|my life or|"
    r"only stay|know me as|the not-\w+ one|people in it|"
    r"what (?:will|would) (?:people|they|my \w+) think|will think|think i was)\b"
)
_FEAR_STRICT = (
    r"\b(?:scared|afraid|terrified|terrifies|fear|fears|what if|worried|worries|freaked|"
    r"freaks|scares|nervous|panic\w*|insists|believes|dread\w*)\b"
)
_CHANGE_ID = (
    r"\b(?:better|well|heal\w*|change|changing|changed|stop being|stop|if i stop|not sick|"
    r"not in pain|not struggling|not anxious|not difficult|not depressed|thriving|"
    r"saying no|said no|say no|boundaries|honest|relaxed|getting better|getting well|"
    r"if i'm not|when i'm not|without (?:it|my|the)|fine now|anymore|sessions started|"
    r"don't need|new|lately|recover\w*|grow\w*|improv\w*|happier|healthier|not the)\b"
)

SAFETY: tuple[Rule, ...] = (
    rule(
        FEAR_SAFETY,
        "not-depressed-how-safe",
        r"\b(?:if|when|once|without)%(w2)s (?:i'm|i am|i'm no longer|i am no longer|i stop "
        r"being|i'm not|i am not|i wasn't|i'm not so|i get|i got|i feel)%(w1)s (?:not )?"
        r"(?:depressed|anxious|numb|scared|afraid|worried|on guard|vigilant|sad|sick|"
        r"hypervigilant|careful|miserable|down|better|well|happy|happier|okay|fine|cured|"
        r"healed|hopeful|guarded|watchful|small|invisible)%(s25)s\b" + _SAFE_WORDS + r"\b",
        0.85,
        neg=False,
        subj=False,
        needs=("if", "when", "once", "without"),
    ),
    rule(
        FEAR_SAFETY,
        "symptom-kept-me-safe",
        r"\b%(symptom)s%(w4)s (?:has |have |was |is |had )?(?:kept|keeps|keeping|keep|"
        r"protected|protects|protecting|protect|saved|saves|guarded|guards|shielded|shields|"
        r"warned|warns|made)%(adv)s (?:me|us|my (?:system|body))%(w1)s (?:safe|safer|careful|"
        r"alive|small|in check|out of trouble|protected|from|vigilant|on guard|on alert|"
        r"quiet|hidden|invisible|ready|prepared|humble|watchful|grounded)\b",
        0.8,
        neg=False,
        subj=False,
    ),
    rule(
        FEAR_SAFETY,
        "what-keeps-me-safe",
        r"\b(?:how|who|what)%(w1)s (?:will|would|is going to|'s going to|could|can|is gonna|"
        r"else will)%(w1)s (?:keep|protect|warn|watch out for|look out for|guard) (?:me|us)\b|"
        r"\b(?:is|was|has been|as) (?:what|how|the thing that|the only thing that|the reason)"
        r"%(w2)s (?:keeps|kept|keep) (?:me|us)%(w1)s (?:safe|alive|careful|in check|"
        r"out of trouble|protected)\b|"
        r"\b(?:how|can) (?:will |would |do |can )?i (?:stay|be|keep myself|remain)%(w1)s "
        r"(?:safe|careful|protected|alive|on guard)\b(?=%(s25)s(?:without|if|once|when|"
        r"depress|anxi|numb|worry|fear|guard|pain))",
        0.8,
        neg=False,
        subj=False,
        needs=("how", "who", "what", "is", "was", "as"),
    ),
    rule(
        FEAR_SAFETY,
        "letting-go-unsafe",
        r"\b(?:let|letting|lower|lowering|drop|dropping|put|putting) (?:my|the|our) "
        r"(?:guard|guards|walls|defenses|defences|armor|armour|shield)%(w1)s (?:down|go)?"
        r"(?=%(s25)s\b(?:hurt|danger|unsafe|attack|happen|taken advantage|blindsided|exposed|"
        r"vulnerable|again|bad|scared|afraid|terrif|frighten|what if))|"
        r"\b" + _FEAR_CUE + r"%(s15)s(?:let|letting|lower|lowering|drop|dropping) (?:my|the|our) "
        r"(?:guard|guards|walls|defenses|defences|armor|armour)\b",
        0.65,
        neg=False,
        subj=False,
        needs=("guard", "wall", "defens", "defenc", "armo", "shield"),
    ),
    rule(
        FEAR_SAFETY,
        "feeling-good-is-dangerous",
        r"\b(?:feeling|being|getting|feel|be|get|am|i'm)%(w1)s (?:better|happy|happier|well|"
        r"good|hopeful|okay|light|lighter|relaxed|calm|content|joyful|carefree|at ease|free)"
        r"%(s15)s\b(?:feels?|is|seems|means|could be|might be|will be|would be|isn't)%(w2)s "
        r"(?:unsafe|dangerous|risky|a trap|scary|a setup|naive|careless|reckless|"
        r"tempting fate|asking for trouble)\b|"
        r"\b(?:if|when|once)%(w1)s i%(w1)s (?:relax|relaxed|stop worrying|stop being careful|"
        r"stop watching|stop checking|stop scanning|stop bracing|let up|let myself be happy|"
        r"let myself feel good|feel good|am happy|get happy|drop the worry|stop the worry|"
        r"lose the anxiety|lose my anxiety|stop being anxious|stop being vigilant)%(s25)s\b"
        r"(?:bad|happen|hurt|danger|unsafe|attack|disaster|punish|taken away|crash|"
        r"blindside|fall|lose everything|die)\w*",
        0.75,
        neg=False,
        subj=False,
        needs=(
            "if",
            "when",
            "once",
            "better",
            "happy",
            "happier",
            "well",
            "good",
            "hopeful",
            "okay",
            "light",
            "relax",
            "calm",
            "content",
            "joy",
            "carefree",
            "ease",
            "free",
        ),
    ),
    rule(
        FEAR_SAFETY,
        "vigilance-job",
        r"\b(?:its|the|their|his|her) (?:job|role|purpose|task|work) (?:is|was|has been) "
        r"(?:to )?(?:keep|keeping|protect|protecting|warn|warning|watch|watching|scan|scanning)"
        r"%(w1)s (?:me|us|my|for|out for)%(w2)s (?:safe|alive|danger|threats?|hurt|from)\b",
        0.6,
        neg=False,
        subj=False,
        needs=("job", "role", "purpose", "task", "work"),
    ),
)

SAFETY = SAFETY + (
    cooc(
        FEAR_SAFETY, "symptom-protects", _SYMPTOM, _PROTECT, 0.6, window=90, neg=False, subj=False
    ),
    cooc(FEAR_SAFETY, "change-danger", _DANGER, _CHANGE, 0.6, window=160, neg=False, subj=False),
    rule(
        FEAR_SAFETY,
        "who-protects",
        r"\b(?:who|what)(?:'s| is)?%(w1)s (?:will|would|is going to|going to|gonna|could|can|"
        r"else)?%(w1)s (?:protect|protects|keep watch|keeps watch|keep me safe|warn|look out "
        r"for|watch out for|watch over)\b",
        0.8,
        neg=False,
        subj=False,
    ),
)

OVERWHELM: tuple[Rule, ...] = (
    cooc(FEAR_OVERWHELM, "flood-fear", _FLOOD, _FEARCOND, 0.5, window=110, neg=False, subj=False),
    cooc(FEAR_OVERWHELM, "flood-letgo", _FLOOD, _LETGO, 0.5, window=140, neg=False, subj=False),
    rule(
        FEAR_OVERWHELM,
        "let-go-then-flooded",
        r"\b(?:if|once|when|what if|as soon as|the moment|the minute)%(w2)s (?:i|we)%(w1)s "
        + _LET_GO
        + r"%(s25)s\b"
        + _OVERWHELM,
        0.85,
        neg=False,
        subj=False,
        needs=("if", "once", "when", "as soon as", "the moment", "the minute"),
    ),
    rule(
        FEAR_OVERWHELM,
        "afraid-of-flood",
        r"\b(?:afraid|scared|terrified|fear|fears|feared|fearing|worried|worry|worries|"
        r"frightened|nervous|panic|panicking|dread|dreading|what if|convinced|terrifies|"
        r"scares|frightens|worries|warns|warning|insists)%(s25)s\b" + _OVERWHELM,
        0.7,
        neg=False,
        subj=False,
    ),
    rule(
        FEAR_OVERWHELM,
        "feelings-will-flood",
        r"\b(?:feelings?|grief|emotions?|pain|sadness|rage|anger|tears|it all|everything|"
        r"memories|the past|the hurt|the shame|the terror|the fear|what's underneath|what's "
        r"under there|the exile|the little one|that part|all of it|the wave)%(s10)s\b"
        r"(?:will|would|might|could|is going to|are going to|'ll|'d|is gonna|are gonna)%(adv)s"
        r"%(w1)s "
        r"(?:overwhelm|flood|drown|swallow|consume|bury|crush|pour out|come (?:flooding|pouring|"
        r"rushing|crashing)|be too much|never stop|break me|destroy me|take over|engulf|"
        r"knock me over|sweep me|wreck me|eat me alive|spill out|pull me under|take me down)\w*",
        0.8,
        neg=False,
        subj=False,
    ),
    rule(
        FEAR_OVERWHELM,
        "dam-breaks",
        r"\b(?:dam|floodgates?|pandora's box|lid|can of worms|levee)%(s10)s\b(?:break|breaks|"
        r"burst|bursts|open|opens|opened|come off|comes off|blow|give way|gives way)\b|"
        r"\b(?:open|opening|lift|lifting)%(w1)s (?:the|that|this) (?:floodgates?|door|lid|box)"
        r"(?=%(s25)s\b(?:never|too much|can't|won't|everything|all of it|flood|close))",
        0.75,
        neg=False,
        subj=False,
        needs=("dam", "flood", "pandora", "lid", "worms", "levee", "door", "box"),
    ),
    rule(
        FEAR_OVERWHELM,
        "without-coping",
        r"\bwithout (?:my|the|this|that|those|all the|its)%(w2)s (?:drinking|wine|numbing|"
        r"control|coping|busyness|work|food|routine|structure|walls|armor|armour|distraction|"
        r"distractions|plans|lists|rules|pills|weed|bingeing|binging|restricting|scrolling|"
        r"perfectionism|protectors?|manager|shield|anxiety|numbness|defenses|defences)"
        r"%(s25)s\b" + _OVERWHELM,
        0.8,
        neg=False,
        subj=False,
        needs=("without",),
    ),
)

IDENTITY: tuple[Rule, ...] = (
    cooc(FEAR_IDENTITY, "ident-change", _IDENT, _CHANGE_ID, 0.6, window=160, neg=False, subj=False),
    cooc(
        FEAR_IDENTITY, "ident-fear", _IDENT, _FEAR_STRICT, 0.55, window=140, neg=False, subj=False
    ),
    rule(
        FEAR_IDENTITY,
        "who-am-i-if",
        r"\bwho (?:am i|would i be|will i be|i am|i'd be|i'll be|i would be|is the) (?:if|when|"
        r"once|"
        r"in this|without|after|now)\b|\bdefined me\b|\boutgrow\w* (?:my|our|them|him|her)\b",
        0.75,
        neg=False,
        subj=False,
    ),
    rule(
        FEAR_IDENTITY,
        "who-am-i-without",
        r"\bwho (?:am i|would i be|will i be|i am|i'd be|i'll be|i would be|i will be|even am i|"
        r"is me|am i supposed to be|am i even|would i even be|is left)%(s15)s\b(?:without|if "
        r"(?:i'm|i am|i stop|i'm no longer|i don't|it's|this|the)|once|when i'm not|after|"
        r"anymore|now that|no longer)\b|"
        r"\bwho (?:am i|would i be|will i be|i am|i'd be|i'll be) (?:if not|when not|apart "
        r"from|besides|other than)\b",
        0.9,
        neg=False,
        subj=False,
        needs=("who",),
    ),
    rule(
        FEAR_IDENTITY,
        "dont-know-who-i-am",
        r"\b(?:don't|do not|no longer|barely|won't|wouldn't|can't|not sure i) (?:even |really )?"
        r"(?:know|recognize|recognise) (?:who i am|who i'd be|who i would be|who i will be|"
        r"myself|me|who i'm supposed to be|this (?:new )?(?:person|version|me))\b",
        0.7,
        neg=False,
        subj=False,
        needs=("know", "recogni"),
    ),
    rule(
        FEAR_IDENTITY,
        "how-will-others-respond",
        r"\bhow (?:will|would|are|is|do|might|could|does|can)%(w2)s (?:people|others|everyone|"
        r"anyone|my [\w-]+|they|he|she|the people|my friends|the world|those)%(w2)s "
        r"(?:react|respond|see me|treat me|feel about|relate to me|take it|handle|cope|accept|"
        r"look at me|think of me|deal with|know me|love me|fit|receive)\w*\b|"
        r"\b(?:will|would|do|does|could)%(w1)s (?:they|people|my [\w-]+|he|she|anyone|"
        r"everyone|others)%(w2)s (?:still )?(?:love|like|want|need|accept|recognize|recognise|"
        r"know|understand|get|relate to) (?:me|the new me|this (?:new )?(?:version|me|person))\b",
        0.8,
        neg=False,
        subj=False,
        needs=("how", "will", "would", "do", "does", "could"),
    ),
    rule(
        FEAR_IDENTITY,
        "symptom-is-identity",
        r"\b(?:depression|anxiety|pain|sadness|illness|struggle|struggling|being sick|"
        r"being depressed|being anxious|being sad|being broken|the pain|my story|this wound|"
        r"the wound|the darkness|the trauma|being the \w+ one|the \w+ one|it)%(w2)s (?:is|has "
        r"been|was|became|feels like|feel like)%(w2)s (?:who i am|my identity|part of (?:my "
        r"identity|who i am)|all i (?:know|am|have known|ever knew)|my whole (?:personality|"
        r"life|identity|self)|my personality|what (?:makes|made) me (?:me|who i am)|"
        r"the core of me|my (?:whole )?story)\b",
        0.8,
        neg=False,
        subj=False,
    ),
    rule(
        FEAR_IDENTITY,
        "without-pain-nobody",
        r"\b(?:without|if i (?:lose|let go of|give up|drop|heal)|once i (?:lose|let go of|heal)|"
        r"losing|letting go of) (?:my|the|this|that|all the)%(w2)s (?:pain|depression|anxiety|"
        r"sadness|story|wound|wounds|illness|struggle|struggles|diagnosis|trauma|darkness|"
        r"suffering|sickness|grief|anger|label|role|victimhood|brokenness|history)"
        r"%(s25)s\b(?:who|identity|nothing|nobody|no one|empty|lost|don't know|not me|"
        r"stranger|unrecognizable|hollow|blank|erased|disappear|myself|left of me|fit in|"
        r"belong|relate|recognize|connect)\w*",
        0.8,
        neg=False,
        subj=False,
        needs=("without", "if i", "once i", "losing", "letting go"),
    ),
    rule(
        FEAR_IDENTITY,
        "old-me-new-me",
        r"\b(?:the |this )?(?:new|healthier|happier|well|better|different|changed|healed|"
        r"lighter) (?:me|version of me|self|person i'm becoming|person i am becoming)\b"
        r"(?=%(s25)s\b(?:afraid|scared|fear|worried|won't|wouldn't|don't|not|how|will|leave|"
        r"lose|like|love|accept|recognize|fit|belong|who|weird|strange|stranger|fake|"
        r"imposter|impostor))|"
        r"\b(?:liked|loved|preferred|prefer|only know|only knew|used to|expect|expects|"
        r"expecting|miss|missed|want|wants)%(w2)s (?:the )?(?:old|sad|depressed|sick|broken|"
        r"struggling|quiet|previous|former|anxious) (?:me|version of me|self)\b",
        0.7,
        neg=False,
        subj=False,
        needs=(" me", " self", "person i"),
    ),
    rule(
        FEAR_IDENTITY,
        "role-identity",
        r"\b(?:i've always been|always been|i'm|i am|i was|being|used to being|known as|"
        r"stop being|not being|no longer)%(w1)s the (?:sick|broken|sad|depressed|struggling|"
        r"fragile|messy|strong|helper|caretaker|funny|responsible|anxious|damaged|troubled|"
        r"wounded|problem|quiet|invisible|mess|needy|difficult) one\b",
        0.6,
        neg=False,
        subj=False,
        needs=(" one",),
    ),
    rule(
        FEAR_IDENTITY,
        "losing-belonging",
        r"\b(?:lose|losing|lost|leave|leaving|outgrow|outgrowing|drift from|drifting from|"
        r"drift away from|abandon|abandoned|abandoning)%(w2)s (?:my|our|the|all my|them|"
        r"everyone|people)%(w2)s (?:friends|friendships|people|community|place|belonging|"
        r"connection|connections|relationships?|support group|group|tribe|marriage|partner|"
        r"family|circle|crowd|sponsor|me)?\b(?=%(s25)s\b(?:if|once|when|better|heal|change|"
        r"changed|changing|well|new|different|stop|grow|growing))|"
        r"\b(?:won't|wouldn't|will not|would not|don't|no longer|not|never) (?:really )?"
        r"(?:fit in|belong|have anything in common|be needed|need me|recognize me|recognise me|"
        r"relate to me|know me|know how to be with me|be the same)\b(?=%(s25)s(?:if|once|when|"
        r"better|heal|change|well|new|different|anymore|now))|"
        r"\b(?:if|once|when|now that)%(w2)s (?:i'm|i am|i get|i feel|i've gotten|i got|i keep "
        r"getting)%(w1)s (?:better|well|healed|healthy|not depressed|happy|happier|okay|fine|"
        r"stronger|different|changed|less depressed|less anxious|lighter)%(s25)s\b(?:who am i|"
        r"who i am|lose|leave|abandon|belong|fit in|still love|relate|recognize|identity|need "
        r"me|friends|people|family|partner|they|everyone|anyone)\b",
        0.7,
        neg=False,
        subj=False,
        needs=(
            "lose",
            "losing",
            "lost",
            "leave",
            "leaving",
            "outgrow",
            "drift",
            "abandon",
            "fit in",
            "belong",
            "in common",
            "need",
            "recogni",
            "relate",
            "know",
            "same",
            "if",
            "once",
            "when",
            "now that",
        ),
    ),
)

RULES: tuple[Rule, ...] = SAFETY + OVERWHELM + IDENTITY
