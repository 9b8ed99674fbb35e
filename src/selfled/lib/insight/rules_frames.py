"""Concept-frame layer for the protector fears and old patterns.

A protector fear (DESIGN.md I1) is a frame, not a phrase: a CHANGE (getting better,
letting go of a symptom or a coping habit, "without my X", "if I stop ...") seen through
FEAR or doubt ("what if", "scared", "how will", "who will") with a CONSEQUENCE of one of
three kinds: safety (danger, getting hurt, careless), overwhelm (flooded, fall apart, lose
control) or identity (who am I, how will people respond, belonging). The three parts are
looked for in the same sentence or the next one. Old pattern: an old coping BEHAVIOUR with
a RETURN or recency cue ("again", "back to", "slipped", "three nights in a row").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .context import Context
from .index import PrefixIndex
from .model import FEAR_IDENTITY, FEAR_OVERWHELM, FEAR_SAFETY, OLD_PATTERN

_CHANGE = re.compile(
    r"\b(?:better|well|okay|ok|fine|good|lighter|happier|happy|healthier|healthy|healing|"
    r"heal|healed|recover\w*|improv\w*|progress|change|changing|changed|different|calmer|"
    r"less (?:anxious|depressed|numb|scared|guarded|afraid|sad|angry|vigilant|careful)|"
    r"not (?:depressed|anxious|numb|sick|struggling|in pain|sad|afraid|on guard)|"
    r"no longer|anymore|any more|without|if i (?:stop|quit|let|give|drop|lose|don't|"
    r"didn't|no longer|put|relax|trust|open|soften|heal|get|am|'m|feel|let go)|"
    r"once i|when i (?:stop|quit|let|don't|no longer|get|am)|if (?:it|this|the \w+) "
    r"(?:goes|leaves|lifts|stops|is gone)|let(?:ting)? go|give up|giving up|stop(?:ping|"
    r"ped)?|quit(?:ting)?|lose|losing|drop(?:ping)?|put down|lower(?:ing)?|loosen\w*|"
    r"soften\w*|relax\w*|unclench|open up|opening up|lifted|lifting|gone|fading|fade|"
    r"since (?:the|my) (?:session|dose|infusion|treatment|journey|medicine)|"
    r"after (?:the|my) (?:session|dose|infusion)|the (?:medicine|ketamine|treatment|"
    r"sessions|therapy) (?:is )?(?:working|helping|worked|helped)|breakthrough|"
    r"unburden\w*|new role|new job|eas(?:ed|ing|es)|settl(?:ed|ing)|soften(?:ed|ing)|quieter|"
    r"quiet now|asleep|sleep through|ease up|rest|"
    r"slow down|put down|loosen up|off the \w+|getting off|coming off|come off|weeks? off|"
    r"days? off|sober|trusting|setting limits|saying no|boundaries|lightness|post-dose|"
    r"ketamine|session|if i heal|if i'm well|if i get well|if there aren't|allowed to be|"
    r"journey|dose|release|the medicine|deleted|postpone|now that (?:we've|i've) stopped|"
    r"eating (?:normally|three meals|properly)|the next step|speak(?:ing)? up|"
    r"stand(?:ing)? up for myself|be(?:ing)? myself|show(?:ing)? (?:people|them|anyone|"
    r"everyone) (?:who i (?:really )?am|the real me)|see (?:who i (?:really )?am|the real me)|"
    r"set(?:ting)? boundaries)\b"
)
_FEAR = re.compile(
    r"\b(?:afraid|scared|terrified|terrifies|terrifying|fear|fears|feared|fearful|"
    r"frighten\w*|worr(?:y|ied|ies|ying)|anxious about|nervous|dread\w*|panic\w*|"
    r"what if|what happens (?:if|when)|how (?:will|would|can|could|do|am) i|how will|"
    r"how would|who will|who would|what will|what would|will i|would i|can i|could i|"
    r"i don't know (?:if|how|who|what|whether)|not sure (?:if|how|who|what|whether)|"
    r"part of me|a part|protector|convinced|insists|warns|keeps saying|believes|"
    r"suspicious|don't trust|can't trust|unsure|uneasy|wary|freak\w*|"
    r"might|could|would|i'll|it'll|they'll|going to|gonna|bound to|sure to|"
    r"not sure|unclear|no idea|wonder\w*|voice|part|it thinks|she thinks|he thinks|"
    r"keeps (?:asking|checking|saying|telling)|what then|what stops|who's)\b"
)
_SAFETY = re.compile(
    r"\b(?:safe|safer|safety|unsafe|danger\w*|protect(?:s|ed|ing|ion)?\b|careful|careless|reckless|"
    r"guard(?:ed)?|off guard|guard down|defen[cs]\w*|vigilan\w*|alert|watchful|on edge|"
    r"hurt|harm\w*|attack\w*|ambush\w*|blindsid\w*|exposed|vulnerable|unprotected|"
    r"something bad|something terrible|bad things?|disaster|catastroph\w*|the worst|"
    r"trouble|mistakes?|taken advantage|take advantage|walk(?:ed)? all over|doormat|"
    r"naive|gullible|trust (?:the wrong|anyone|people)|target|prey|risk\w*|threat\w*|"
    r"punish\w*|jinx\w*|tempting fate|other shoe|caught off|keep(?:s|ing)? me (?:safe|"
    r"alive|careful|in line|small|out of|from|prepared|ready|humble)|kept me (?:safe|"
    r"alive|careful|in line|small|out of|from|prepared|ready|humble)|prepared|ready for|"
    r"see it coming|warning signs?|red flags?|lock\w*|alarm|armou?r|shield|walls?|"
    r"keep(?:s|ing)? watch|keeping watch|watching the (?:house|door)|minding the|lookout|"
    r"look-?out|guard dog|watchdog|sentry|smoke alarm|fence|gets? you|hit you|hurt again|"
    r"wrong (?:men|man|people|person|guy)|bad relationships?|unnoticed|get noticed|"
    r"just in case|packed bag|door open|locked|front door|scanning|exits|gone soft|soft|"
    r"seat ?belt|a risk|afford|wolves|predators?|reachable|defenceless|defenseless)\b"
)
_OVERWHELM = re.compile(
    r"\b(?:overwhelm\w*|flood\w*|drown\w*|swamp\w*|engulf\w*|swallow\w* (?:me|up|whole)|"
    r"fall(?:ing)? apart|fell apart|come (?:apart|undone)|coming (?:apart|undone)|"
    r"break(?:ing)? down|breakdown|shatter\w*|crumbl\w*|collaps\w*|unravel\w*|"
    r"lose control|losing control|lost control|out of control|spiral\w*|too much|"
    r"can't (?:cope|handle|stop|contain|bear|function|breathe)|won't (?:be able to|cope|"
    r"stop)|never stop|not stop|all at once|at once|rush\w* (?:in|back|out)|pour\w* out|"
    r"(?:come|coming|came) (?:flooding|pouring|rushing|crashing)|crash\w* (?:down|over|in)|"
    r"explod\w*|burst\w*|tidal wave|wave|tsunami|avalanche|dam|floodgates?|go under|"
    r"sink\w*|lose it|lose my mind|go crazy|fall to pieces|in pieces|wreck\w*|"
    r"consum\w*|bury|buried|crush\w*|paralys\w*|paralyz\w*|freeze|shut down|"
    r"unbearable|unmanageable|chaos|chaotic|bottomless|no bottom|endless|swept|"
    r"fall into|climb out|cry for (?:a|a whole) (?:year|month|week|lifetime)|melt\w* down|"
    r"meltdown|scream|slides? into|ceiling|cave in|caving in|holding the roof|dam|cracks|"
    r"takes? over|gets? in|falls? apart|skinned|raw|universe of|what (?:would|will|might) "
    r"come up|won't start again|eat me alive|over the edge|fall through|spill\w*|"
    r"the sea|tidal|wall of|unleash\w*|let loose|break loose|hit me all|"
    # collapse and flooding said in pictures
    r"(?:come|coming|came) unglued|fly apart|flying apart|million pieces|at capacity|"
    r"bigger than me|more than i can (?:hold|handle|take|carry)|barely (?:got|get|made it) "
    r"through|lose the plot|black hole|sucked (?:in|under)|snap|snapped|mess on the floor|"
    r"(?:floor|ground) (?:might|would|will|could) give|pressure building|spin off|swirl\w*|"
    r"can't let them (?:all )?in|big and messy|holding (?:us|me|it|everything) together|"
    r"(?:can't|couldn't|won't) put (?:it|them) back|lining up at the door|too big)\b"
)
_IDENTITY = re.compile(
    r"\b(?:who (?:am i|i am|i'd be|i would be|i'll be|i will be|i'm becoming|i was)|"
    r"identity|my (?:whole )?(?:personality|story|role|place|label|thing)|"
    r"not (?:me|myself)|(?:a )?stranger|recogni[sz]e|belong\w*|fit in|in common|"
    r"(?:the )?(?:sick|sad|strong|broken|funny|quiet|fragile|anxious|depressed|helper|"
    r"responsible|reliable|difficult|messy|struggling|wounded|caretaker|fixer|problem) "
    r"one|(?:my|our) (?:friends?|friendships?|partner|husband|wife|boyfriend|girlfriend|"
    r"family|parents|mum|mom|dad|sister|brother|community|group|circle|people|tribe|"
    r"marriage|relationships?)|"
    r"(?:like|love|want|need|accept|know|understand|relate to|recogni[sz]e) me|leave me|"
    r"left behind|outgrow\w*|drift\w* apart|lose (?:them|him|her)|losing (?:them|him|"
    r"her)|what (?:will|would) (?:they|people|my \w+) think|react|"
    r"respond|see me|treat me|the (?:new|old|real) me|version of me|"
    r"don't know (?:her|him|who|what we are|what to do with me|what i'd|what i will)|"
    r"where i'd (?:sit|fit|belong)|one of (?:them|us)|traitor|outsider|what's left of|"
    r"(?:call|know) me|my role|the guy who|the one who|the woman who|testimony|followers|"
    r"this (?:one|version|new)|what (?:do|would|will) (?:i|we) (?:talk about|share|be)|"
    r"who is \w+ without|what we are|what to be|nobody will love|won't love|still love|"
    # being left or shamed for changing: "what if I set boundaries and everyone leaves"
    r"(?:everyone|everybody|they|people|friends|he|she|nobody|no one) (?:will |would |'ll |"
    r"might |just )?(?:leave|leaves|walk away|walks away|drop me|drops me|turn on me)|"
    r"rejected|rejection|humiliat\w*|abandon\w*|push (?:me|them|people) away)\b"
)
# "who am I without it" is identity on its own.
_IDENTITY_STRONG = re.compile(
    r"\bwho (?:am i|would i be|will i be|i am|i'd be|i'll be|even am i|is left|is the "
    r"real me)\b(?=[^.!?]{0,80}\b(?:without|if|when|once|after|anymore|now that|no longer|"
    r"besides|apart from|other than|not))|\b(?:don't|do not|won't|wouldn't) (?:even )?"
    r"(?:know|recogni[sz]e) (?:who i (?:am|'d be|would be|will be)|myself)\b|"
    r"\b(?:depression|anxiety|the pain|my pain|my illness|being sick|my diagnosis|"
    r"struggling|it) (?:has been|is|was|became) (?:\w+ ){0,2}(?:my (?:whole )?(?:identity|"
    r"personality|life|story)|who i am|all i (?:know|am|have))\b"
)

# The old symptom or protector, which the fear is about losing.
_SYMPTOM = re.compile(
    r"\b(?:depress\w*|anxiety|anxious|worry|worrying|the fear|my fear|dread|the panic|numb\w*|"
    r"sad\w*|"
    r"dissociat\w*|panic\w*|vigilan\w*|hypervigilan\w*|on edge|suspicio\w*|"
    r"checking|bracing|scanning|expecting the worst|pessimis\w*|the pain|my pain|"
    r"illness|being sick|symptoms?|ocd|rituals?|the (?:\w+ )?part|protector|manager|"
    r"firefighter|critic|darkness|heaviness|low mood|guard|walls|armou?r|control|"
    r"perfectionis\w*|busy|busyness|drinking|the wine|food|binge\w*|restrict\w*)\b"
)

_BEHAVIOUR = re.compile(
    r"\b(?:drink\w*|drank|drunk|wine|beers?|vodka|gin|whiskey|tequila|booze|alcohol|shots|"
    r"hungover|hangover|tipsy|binge\w*|binging|purg\w*|throw(?:ing)? up|threw up|"
    r"restrict\w*|starv\w*|skip\w* (?:meals?|breakfast|lunch|dinner)|not eating|"
    r"count\w* calories|calories|overeat\w*|stress[- ]eat\w*|comfort eat\w*|stuff\w* my "
    r"face|ate (?:the|a|an) (?:whole|entire)|overwork\w*|work\w* (?:late|until|till|all|"
    r"through|weekends|\d+)|emails? at|isolat\w*|withdr\w*|cancel\w* (?:plans|on)|"
    r"ignor\w* (?:texts|calls|messages|everyone|my)|hid\w* (?:in|from|away)|"
    r"scroll\w*|doom\w*|my phone (?:until|till|for)|on my phone|tiktok|instagram|reddit|"
    r"youtube|netflix|gaming|video games|smok\w*|cigarettes?|vap\w*|weed|high|stoned|"
    r"edibles?|pills?|xanax|benzos?|valium|using|people[- ]pleas\w*|said yes|saying yes|"
    r"say yes|apologi[sz]\w*|pick\w* (?:a )?fights?|picked (?:a )?fights?|snap\w* at|"
    r"yell\w*|scream\w* at|numb\w*|zon\w* out|dissociat\w*|check\w* out|shopping|"
    r"spend\w*|spent|gambl\w*|betting|porn|pick\w* (?:at )?my skin|pull\w* (?:out )?my hair|"
    r"bit(?:e|ing)? my nails|cutting|self[- ]harm\w*|in bed all day|stay\w* in bed|"
    r"sleep\w* all day|procrastinat\w*|perfectionis\w*|micromanag\w*|controlling|"
    r"reassurance|overthink\w*|ruminat\w*|fawn\w*|caretak\w*|rescu\w*|lying|lied|"
    r"hitting myself|hurting myself|the burning|burning|crisps|biscuits|family-size|"
    r"refreshing|apps|scrolled|crossword\w*|obsessive\w*|checking|\d+-hour weeks?|"
    r"sixty-hour|worked \d+ ?h\w*|three jobs|slept \d+ hours|sleeping \d+ hours|"
    r"hibernat\w*|hiding|shut (?:the door|down|myself)|shutting down|video games|"
    r"played \w+ for|snapped|fight|skipping|stopped going|white-knuckl\w*|"
    r"not eating|skip\w* meals|skipped meals|eating disorder|the ed|bingeing|"
    r"purging|pills|the bottle|the booze|booze aisle)\b"
)
_RETURN = re.compile(
    r"\b(?:again|back to|back on|back in|back into|went back|going back|slid back|"
    r"slipp?\w*|slip|relaps\w*|fell off|off the wagon|old (?:habits?|patterns?|ways|"
    r"me|self|coping|friend|routine|groove|loop)|same old|like before|like i used to|"
    r"the way i used to|creep\w* (?:back|in)|crept (?:back|in)|sneak\w* back|snuck back|"
    r"returned|is back|are back|came back|coming back|first time (?:in|since)|"
    r"in a row|every (?:night|day|evening|morning)|all (?:night|day|weekend)|"
    r"(?:two|three|four|five|six|several|\d+) nights? running|caught myself|catch myself|"
    r"found myself|find myself|"
    r"couldn't stop|can't stop|ended up|the urge|urges|the pull|pulled (?:back|toward)|"
    r"tempted|craving|cravings|reached for|reaching for|autopilot|default|"
    r"broke my (?:streak|sobriety)|streak|since (?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|last week|the weekend)|this week|lately|these days|"
    r"the last (?:few|couple|\w+) (?:days|nights|weeks)|to cope|to numb|to avoid|to get "
    r"through|instead of|recurring|pattern|running the show|old me|the old way|old way|"
    r"same old|is how it started|how it started|last time|like a teenager|thought that was "
    r"over|thought i'd left|flagging|(?:quit|stopped) (?:\w+ ){0,2}(?:years?|months?) ago|"
    r"so i'd have a reason|did it anyway|let (?:him|her|it|them) drive|took the wheel|"
    r"back 2|routine|hard\.|running from|to not feel|so i don't feel|again)\b"
)
_NOT_NOW = re.compile(
    r"\b(?:didn't|did not|don't|do not|haven't|have not|never|no longer|stopped|quit|"
    r"resisted|instead of|without|sober|clean|used to|years ago|months ago|back then|"
    r"when i was|in the past|not (?:once|even)|managed not to|chose not to|decided not to)\b"
)
_OTHER = re.compile(
    r"\b(?:he|she|they|his|her|their|my (?:dad|mom|mum|father|mother|brother|sister|"
    r"partner|husband|wife|friend|son|daughter|boss|roommate|coworker|colleague))\b"
)
# The writer as subject or object; "my" alone is not enough ("my sister is worried").
_FIRST = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|myself)\b")

FRAME_FULL = 0.7
# One of change/fear with the consequence: below the threshold alone, except for safety,
# whose consequence words (danger, guard, careful) rarely occur without the fear.
FRAME_PARTIAL = {FEAR_SAFETY: 0.45, FEAR_OVERWHELM: 0.45, FEAR_IDENTITY: 0.45}
FRAME_MID = 0.6
OLD_WEIGHT = 0.6


def _windows(text: str, ctx: Context) -> list[tuple[int, int]]:
    """Each sentence joined with the one after it (fears often span two sentences)."""
    bounds: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos < n:
        s, e = ctx.sentence(pos)
        if e <= pos:
            e = n
        bounds.append((s, e))
        pos = e + 1 if e == pos else e
    return [
        (bounds[i][0], bounds[i + 1][1] if i + 1 < len(bounds) else bounds[i][1])
        for i in range(len(bounds))
    ]


_PATTERNS = (
    _CHANGE,
    _FEAR,
    _SAFETY,
    _OVERWHELM,
    _IDENTITY,
    _IDENTITY_STRONG,
    _SYMPTOM,
    _BEHAVIOUR,
    _RETURN,
)
_INDEX = PrefixIndex(list(_PATTERNS))
_SLOT = {id(p): i for i, p in enumerate(_PATTERNS)}


class _Hits:
    """All matches of each frame pattern in one text, found once, looked up by window."""

    def __init__(self, text: str, starts: dict[int, list[int]] | None) -> None:
        self.text = text
        self.starts = _INDEX.candidates(text) if starts is None else starts
        self.cache: dict[int, tuple[list[int], list[tuple[int, int]]]] = {}

    def has(self, p: re.Pattern[str]) -> bool:
        """Whether ``p`` may match anywhere in the text."""
        i = _SLOT[id(p)]
        return i in _INDEX.unindexed_set or i in self.starts

    def first(self, p: re.Pattern[str], a: int, b: int) -> tuple[int, int] | None:
        i = _SLOT[id(p)]
        found = self.cache.get(i)
        if found is None:
            if i in _INDEX.unindexed_set or i in self.starts:
                spans = [m.span() for m in _INDEX.matches(i, self.text, self.starts.get(i))]
            else:
                spans = []
            found = ([x for x, _ in spans], spans)
            self.cache[i] = found
        k = bisect_left(found[0], a)
        if k < len(found[0]) and found[1][k][1] <= b:
            return found[1][k]
        return None


PATTERNS = list(_PATTERNS)


def frame_hits(
    ntext: str, ctx: Context, starts: dict[int, list[int]] | None = None
) -> dict[str, tuple[float, list[tuple[int, int]]]]:
    """label -> (best weight, spans) from the fear frames and the old-pattern frame."""
    out: dict[str, tuple[float, list[tuple[int, int]]]] = {}

    def put(label: str, weight: float, spans: list[tuple[int, int]]) -> None:
        if weight > out.get(label, (0.0, []))[0]:
            out[label] = (weight, spans)

    hits = _Hits(ntext, starts)
    _first_hit = hits.first
    # Patterns with no candidate start anywhere in the text cannot match in any window.
    has = hits.has
    conseq_patterns = [
        (label, pattern)
        for label, pattern in (
            (FEAR_SAFETY, _SAFETY),
            (FEAR_OVERWHELM, _OVERWHELM),
            (FEAR_IDENTITY, _IDENTITY),
        )
        if has(pattern)
    ]
    has_strong = has(_IDENTITY_STRONG)
    has_old = has(_BEHAVIOUR) and has(_RETURN)
    if not conseq_patterns and not has_strong and not has_old:
        return out
    for a, b in _windows(ntext, ctx):
        if _FIRST.search(ntext, a, b) is None:
            continue
        if has_strong:
            strong = _first_hit(_IDENTITY_STRONG, a, b)
            if strong is not None:
                put(FEAR_IDENTITY, 0.75, [strong])
        found = [(label, _first_hit(pattern, a, b)) for label, pattern in conseq_patterns]
        if any(conseq is not None for _, conseq in found):
            change = _first_hit(_CHANGE, a, b)
            fear = _first_hit(_FEAR, a, b)
            if fear is None and "?" in ntext[a:b]:
                q = ntext.index("?", a, b)
                fear = (q, q + 1)
            symptom = _first_hit(_SYMPTOM, a, b)
            for label, conseq in found:
                if conseq is None:
                    continue
                if change is not None and fear is not None:
                    put(label, FRAME_FULL, [change, fear, conseq])
                elif label != FEAR_IDENTITY and symptom is not None and (change or fear):
                    put(label, FRAME_MID, [s for s in (symptom, change, fear, conseq) if s])
                elif change is not None or fear is not None:
                    put(label, FRAME_PARTIAL[label], [s for s in (change, fear, conseq) if s])
        if not has_old:
            continue
        beh = _first_hit(_BEHAVIOUR, a, b)
        ret = _first_hit(_RETURN, a, b)
        if beh is not None and ret is not None:
            c_start, _ = ctx.clause(beh[0])
            before = ntext[max(a, c_start - 30) : beh[0]]
            if _NOT_NOW.search(before) is None and _OTHER.search(before) is None:
                put(OLD_PATTERN, OLD_WEIGHT, [beh, ret])
    return out
