"""Protector fear of identity and belonging (DESIGN.md I1): who am I without this pain, how
will others respond to the new me. Split from :mod:`rules_fears` to keep modules small.
"""

from __future__ import annotations

from .model import FEAR_IDENTITY
from .rules import Rule, cooc, rule

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

RULES: tuple[Rule, ...] = IDENTITY
