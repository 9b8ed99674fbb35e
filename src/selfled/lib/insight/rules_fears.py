"""The three protector fears after a breakthrough (DESIGN.md I1).

safety: the symptom kept the writer safe/careful/alive; without it, danger.
overwhelm: letting go of old coping would flood them, they would fall apart, lose control.
identity: who am I without this pain; how will others respond to the new me; belonging.
"""

from __future__ import annotations

from .model import FEAR_OVERWHELM, FEAR_SAFETY
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

RULES: tuple[Rule, ...] = SAFETY + OVERWHELM
