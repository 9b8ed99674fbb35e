"""Recall-first crisis layer over the concept lexicons of :mod:`lexicon`.

A concept of dying, not wanting to live, being a burden, self-harm, or means-with-intent,
in a sentence where the writer is the subject, counts as crisis at moderate confidence
(just over the threshold) unless the clause is negated, past and resolved, about someone
else, or a mention (film, screening, safety plan). Idioms were blanked out first. A wish or
plan frame around the concept raises the confidence. When unsure we flag: a false alarm
costs a clinician a look; a miss can cost a life.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .context import _NOT_NEGATION, Context, has_past_marker, past_in_clause
from .index import PrefixIndex
from .lexicon import CRISIS_CONCEPTS, PAST_RESOLVED, blank_idioms
from .lexicon_general import GENERAL_CONCEPTS
from .lexicon_oblique import OBLIQUE_CONCEPTS
from .lexicon_wish import WISH_CONCEPTS
from .required import may_match, required_words

CONCEPTS = {**CRISIS_CONCEPTS, **OBLIQUE_CONCEPTS, **GENERAL_CONCEPTS, **WISH_CONCEPTS}
_NAMES = list(CONCEPTS)
_INDEX = PrefixIndex(list(CONCEPTS.values()))

# Base confidence of each concept when the writer is the subject.
BASE: dict[str, float] = {
    "death": 0.55,
    "not-living": 0.7,
    "burden": 0.6,
    "self-harm": 0.7,
    "means": 0.6,
    "preparation": 0.6,
    "plan": 0.7,
    "method-thought": 0.65,
    "unsafe-self": 0.65,
    "exit": 0.6,
    "not-staying": 0.6,
    "outside": 0.65,
    "method-scene": 0.65,
    "preparation-oblique": 0.6,
    "self-harm-oblique": 0.7,
    "synonyms": 0.65,
    "sleep": 0.65,
    "slang": 0.65,
    "outside-hope": 0.65,
    "place": 0.6,
    "means-gather": 0.65,
    "affairs": 0.6,
    "harm-back": 0.65,
    "existing": 0.7,
    "after-me": 0.6,
    "dwell": 0.65,
    "risk": 0.7,
    "harm-now": 0.7,
    "missed": 0.6,
    "other-languages": 0.75,
    "screening": 0.8,
}
# Families that are themselves about a question asked (the mention check does not apply).
_OWN_MENTION = frozenset({"screening"})
# Families whose own wording carries the negation ("don't want to live").
_OWN_NEGATION = frozenset(
    {"not-living", "not-staying", "exit", "sleep", "slang", "affairs", "means-gather"}
)
# Families that name other people by nature ("everyone would be better off").
_OTHERS_NAMED = frozenset(
    {
        "burden",
        "preparation",
        "preparation-oblique",
        "not-staying",
        "outside",
        "unsafe-self",
        "exit",
        "affairs",
        "outside-hope",
        "place",
        "existing",
        "after-me",
        "dwell",
        "missed",
        "screening",
    }
)
# A negator right before a family that carries its own negation: "not tired of living",
# "I'm not stockpiling anything".
# Only a plain "not"/"never": "there isn't any reason to live" needs its negation to be crisis.
_NEGATOR_JUST_BEFORE = re.compile(r"\b(?:not|never)\s+$")
# A wish denied as a noun, right before the match: "no wish to be dead", "zero urge to".
_NO_WISH = re.compile(
    r"\b(?:no|zero|without any|not any|not a single|never any)\s+(?:real\s+)?(?:wish|wishes|"
    r"desire|urges?|intention|intent|thoughts? (?:of|about)|plans? to)\b(?:\s+[\w']+){0,4}\s*$"
)
# Joking that is not undercut ("not totally joking") halves the weight.
_HUMOUR = re.compile(
    r"\b(?:lol|lmao|haha\w*|jk|just kidding|joking|(?:we|and i|both) laughed|"
    r"in the good way|10/10)\b"
)
# ("jk", "lol", "haha", ...: a text with none of these cannot match _HUMOUR)
_HUMOUR_WORDS = required_words(_HUMOUR, most=12, unbroken=False, shortest=2)
_NOT_JOKING = re.compile(
    r"\b(?:not (?:\w+ )?(?:joking|kidding|a joke|a metaphor)|also not|"
    r"half[- ]joking|only half|genuinely|real talk|for real|seriously|but actually|"
    r"no but (?:actually|seriously|really))\b"
)
WISH_BONUS = 0.85

_WISH = re.compile(
    r"\b(?:want|wanted|wanting|wanna|wish|wished|wishing|hope|hoping|pray\w*|rather|"
    r"sooner|ready|plan\w*|going to|gonna|about to|decided|thinking about|think about|"
    r"thought about|thoughts (?:of|about)|fantasi\w*|dream\w* (?:of|about)|long(?:ing)? "
    r"(?:for|to)|crave|craving|tempt\w*|urge\w*|need|needed|should|could just|easier|"
    r"better|relief|peaceful|at peace|welcome|wouldn't mind|okay with|ok with|fine with|"
    r"keep (?:thinking|picturing|imagining)|can't stop thinking|tonight|soon|"
    r"(?:figured|worked) out how|how i would|how to)\b"
)
_NEGATE = re.compile(
    r"\b(?:not|no|never|don't|do not|doesn't|didn't|did not|isn't|wasn't|aren't|won't|"
    r"wouldn't|would never|could never|can't imagine|cannot imagine|nothing|nobody|none|"
    r"denied|deny|denies|free of|zero|stopped|no longer|quit|without)\b"
)
_DENIAL_AFTER = re.compile(
    r"[^.!?\n]{0,30}?(?:\bnot at all\b|\banswered no\b|\bsaid no\b|\bdenied\b|\bnope\b)|"
    r"[^\n]{0,60}?(?:\b(?:marked|ticked|scored|answered|circled|put) (?:a )?(?:0|zero|no|"
    r"not at all|never)\b|\bnot a plan\b|\bnothing so far\b|\band none\b)|"
    r"\s*[:;=-]\s*(?:none|no|zero|0|nil|n/a|nope)\b|"
    r"[^.!?\n]{0,40}[.!?]\s*(?:honestly,?\s*|and\s*|but\s*)?(?:no|nope|none|not really|"
    r"never)\b(?!,?\s+(?:one|reason|point|way|hope|future|but|wait|actually|seriously))"
)
_PAST_RESOLVED = re.compile(r"\b" + PAST_RESOLVED + r"\b")
_RECENT = re.compile(
    # ("years ago today" is an anniversary, not a recency cue)
    r"\b(?:again|lately|recently|these days|this week|(?<!ago )today|tonight|yesterday|last night|"
    r"right now|currently|this morning|now|still|keep|keeps|creeping|"
    # "it's back", but not "back in 2019"
    r"back(?! in (?:19|20)\d\d\b))\b"
)
_THIRD = re.compile(
    r"\b(?:he|she|they|his|her|their|him|them|you|your|someone|somebody|people|"
    r"characters?|protagonist|author|singer|actor|actress|patient|client|victim|man|"
    r"woman|guy|girl|boy|kid|person|friend|friends|sister|brother|mom|mum|mother|dad|"
    r"father|partner|husband|wife|son|daughter|aunt|uncle|cousin|grandma|grandpa|"
    r"grandmother|grandfather|nan|gran|neighbou?r|coworker|colleague|boss|classmate|"
    r"roommate|dog|cat|pet|plant|plants|celebrity)\b"
)
# "my" alone is not the writer as subject ("the plant on my desk is dying").
_FIRST = re.compile(
    r"\b(?:i|i'm|i've|i'd|i'll|me|myself|mine|my (?:own )?(?:life|death|"
    r"funeral|body|head|brain|mind|heart|self|wrists?|arms?|skin|legs?))\b"
)
_MENTION = re.compile(
    r"\b(?:safety plan|crisis plan|screening|screener|questionnaire|phq|c-ssrs|cssrs|"
    r"intake form|the form|asked (?:me )?(?:if|whether|about)|asks (?:if|whether|about)|"
    r"documentary|podcast|article|the news|news about|headline|film|movie|tv show|novel|"
    r"book about|song about|episode|series|video about|lecture|training on|course on|"
    r"prevention|awareness|jokes? about|joking about|memes?|my feed|tiktok|reddit|"
    r"twitter|instagram|class|seminar|philosophy|poem|poetry|show(?! up| me| you| off)|"
    r"(?:had|have) a dream|dreamt|dreamed|hotline|statistics|research on|essay|true crime|"
    r"game of thrones|video game|in the game|(?:my|the) will (?:and|at|with) (?:a |the )?"
    r"(?:lawyer|solicitor|notary)|life insurance (?:quote|renewal)|"
    r"estate planning|funeral (?:of|for) (?:my|a|her|his)|philosoph\w*|stoics?|memento mori|"
    r"hospice|chaplain|lawyer|solicitor|deployment|side effects?|may cause|warning signs?|"
    r"values exercise|as an exercise|workshop|leaflet|label says|memoir|in the paper|"
    r"harm reduction|asked me to rate|training (?:on|in|about)|paper (?:on|about)|"
    r"guidance (?:on|about)|risk assessments?|news (?:\w+ )?about|"
    r"piece (?:on|about)|(?:rate|rated) my mood|(?:standard |usual |the )?"
    r"questions? (?:about|on|regarding))\b"
)
# Someone else's words in quotes: 'my teen said "I want to die" about her test'.
_QUOTED_OTHER = re.compile(
    r"\b(?!i\b)[\w']+ (?:says|said|saying|keeps saying|kept saying|told me|tells me|goes|went)"
    r"[:,]?\s*[\"'][^\"'\n]{0,80}$"
)
_QUOTE_CHARS = re.compile(r"[\"]|(?<![a-z])'")
_FEAR_WORDS = re.compile(r"what|scared|afraid|nervous|worried|terrified|frightened|panick|anxious")
# "my rabbit died", "saw a dead crow", "met my dead father": a death that is not the writer's.
_NOUN_SUBJECT = re.compile(
    r"\b(?:my|our|his|her|their|the|a|an|this|that|whose|your)\s+(?:[\w']+\s+){0,2}$"
)
_BARE_SUBJECT = re.compile(
    r"(?!(?:i|i'm|i've|i'd|me|my|we|part|side|just|nearly|almost|wish|could|should|would|"
    r"might|want|and|then|so|if|when|once|before|after|until|unless|because|since|whether|"
    r"it|that|this)\b)[a-z][\w'-]* (?:(?!i\b|me\b|my\b)[a-z][\w'-]* )?"
)
_DIED = re.compile(r"(?:died|dies|is dead|was dead)\b")
_IS_BEFORE = re.compile(r"(?:(?<=[a-z])'s|\b(?:is|was|are|were|went|has gone|has been))\s+$")
_OWN_NOUNS = re.compile(r"\b(?:life|self|body|heart|brain|mind|own|whole|only)\s*$")
_DEAD_NOUN = re.compile(
    r"\s+(?!and|or|but|than|now|already|by|to|so|because|inside|honestly|"
    r"really|at|in|before|soon|tbh|lol|i\b|if|yet|anyway|tonight|tomorrow|"
    r"either|too|instead|asleep|set)[a-z]{3,}"
)
# Fear of dying is not a wish to die: "what if I don't wake up", "scared I'll die".
_FEAR_OF_DYING = re.compile(
    r"(?:\bwhat(?: if)?\s+(?:i\s+)?|\b(?:scared|afraid|nervous|worried|terrified|frightened|"
    r"panicked|panicking|anxious)\s+(?:of|about|that|i|i'll|i'd|i'm)\s+(?:[\w']+\s+){0,3})$"
)


# Said right after: the words were denied, answered "no", or meant something smaller.
_DENIED_NEAR = re.compile(
    r"[^\n]{0,100}?(?:\b(?:marked|ticked|scored|answered|circled|put) (?:a )?(?:0|zero|no|"
    r"never)\b|\bmy answer (?:is|was) \W?(?:not at all|no|never|zero|0)|\bnot a plan\b|"
    r"\bnothing so far\b|\band none\b)|"
    r"\s*[:;=-]\s*(?:none|no|zero|0|nil|n/a|nope)\b|"
    r"\W{0,3}\s*(?:this|the|my) [\w' ]{2,20},? i mean\b"
)
# A frame in the sentence that makes death talk benign: philosophy, work with the dying,
# a medicine leaflet, a coaching exercise.
_BENIGN_FRAME = re.compile(
    r"\b(?:philosoph\w*|stoics?|memento mori|hospice|chaplain|leaflet|side effects?|may cause|"
    r"values exercise|goal setting|as an exercise|graduating|deployment|charity shop|"
    r"thrift store|goodwill|decluttering|declutter|clearing out|climbing|carabiners|camping|"
    r"(?:has|have|had|got) (?:the )?(?:flu|a cold|covid|a fever)|overdose risk|memoir|"
    r"in the paper|harm reduction|hospice care|novel|(?:song|playlist|lyrics?|album) (?:about|"
    r"called|titled)|intake|course for|prevention|not morbid|take-back|"
    r"(?:cleaned|cleared|clearing|cleaning) out the medicine cabinet|hunting season|hunting trip|"
    r"target practice|the move|moving to|moving house|dream last night|in the dream|"
    r"baby's here|the baby came|new baby|now the baby|on the news|the news|fly out|flying out|"
    r"new job|relocat\w*|spring clean\w*|(?:the|my) closet|wardrobe|safely take|safe dose|"
    r"can safely|maximum dose|the (?:medicine|journey|session) showed|bought (?:a|the|our) "
    r"house|solicitor|lawyer|divorce|mortgage|in case of (?:an )?emergency)\b"
)
# Substrings at least one of which every _BENIGN_FRAME match contains (a cheap prefilter).
_BENIGN_HINTS = (
    "philosoph",
    "stoic",
    "memento",
    "hospice",
    "chaplain",
    "leaflet",
    "side effect",
    "may cause",
    "exercise",
    "goal setting",
    "graduat",
    "deployment",
    "charity",
    "thrift",
    "goodwill",
    "declutter",
    "clearing out",
    "climbing",
    "carabiner",
    "camping",
    "flu",
    "cold",
    "covid",
    "fever",
    "overdose risk",
    "memoir",
    "paper",
    "harm reduction",
    "novel",
    "song",
    "playlist",
    "lyric",
    "album",
    "intake",
    "course for",
    "prevention",
    "morbid",
    "take-back",
    "medicine cabinet",
    "hunting",
    "target practice",
    "the move",
    "moving",
    "dream",
    "baby",
    "news",
    "fly",
    "flying",
    "new job",
    "relocat",
    "spring clean",
    "closet",
    "wardrobe",
    "safe",
    "maximum dose",
    "showed",
    "house",
    "solicitor",
    "lawyer",
    "divorce",
    "mortgage",
    "emergency",
)
# Someone close as the subject: "my best friend attempted suicide", "Mum keeps saying she".
_KIN_SUBJECT = re.compile(
    r"(?:^|[.!?;,:]\s*|\b(?:and|but|because|so|when|while)\s+)(?:(?:my|our|his|her|their)\s+"
    r"(?:[\w']+\s+){0,2})?(?:friend|sister|"
    r"brother|mum|mom|mother|dad|father|son|daughter|wife|husband|partner|cousin|grandad|"
    r"grandpa|grandma|gran|nan|aunt|uncle|colleague|coworker|patient|client|teen|teenager|"
    r"kid|child|niece|nephew|neighbou?r|boss|roommate|flatmate)s?\b(?!'s)(?![^.!?\n]*\b(?:i|"
    r"i'm|i've|i'd|me|myself)\b)[^.!?\n]*$"
)


@dataclass(slots=True)
class _Scan:
    """What :func:`context_factor` needs to know of a whole text, found once per text."""

    text: str
    quotes: bool
    benign: tuple[tuple[int, int], ...]
    _kin: bool | None = None  # found on first need

    @property
    def kin(self) -> bool:
        if self._kin is None:
            self._kin = _KIN_WORD.search(self.text) is not None
        return self._kin


_KIN_WORD = re.compile(
    r"\b(?:friend|sister|brother|mum|mom|mother|dad|father|son|daughter|wife|husband|partner|"
    r"cousin|grandad|grandpa|grandma|gran|nan|aunt|uncle|colleague|coworker|patient|client|"
    r"teen|teenager|kid|child|niece|nephew|neighbou?r|boss|roommate|flatmate)s?\b"
)
_last_scan: tuple[str, _Scan] | None = None


def _has_quote(text: str) -> bool:
    """``_QUOTE_CHARS.search(text) is not None``: a double quote, or an apostrophe that
    does not follow a lower-case letter (found with str.find, not a regex scan)."""
    if '"' in text:
        return True
    i = text.find("'")
    while i >= 0:
        if i == 0 or not "a" <= text[i - 1] <= "z":
            return True
        i = text.find("'", i + 1)
    return False


def _scan(text: str) -> _Scan:
    global _last_scan
    cached = _last_scan
    if cached is not None and cached[0] is text:
        return cached[1]
    scan = _Scan(
        text=text,
        quotes=_has_quote(text),
        benign=tuple(m.span() for m in _BENIGN_FRAME.finditer(text))
        if any(map(text.__contains__, _BENIGN_HINTS))
        else (),
    )
    _last_scan = (text, scan)
    return scan


def context_factor(
    text: str, start: int, end: int, family: str = "", *, strong_in: Context | None = None
) -> float:
    """What is left of a crisis match's weight when it sits in someone else's quoted words,
    in a fear of dying, is denied just after, sits in a benign frame, or (for the death
    family) names a death that is not the writer's.

    A benign frame (a solicitor, a move, a new job) turns down a match in its sentence; for a
    strong match (a plain wish or intent, `strong_in` given) only one in its own clause does:
    "I saw my lawyer today and I just want to never wake up" is not about the lawyer."""
    scan = _scan(text)
    before = text[max(0, start - 100) : start]
    if scan.quotes and _QUOTED_OTHER.search(before):
        return 0.15
    near = before[-60:]
    # (a fear word in ``near`` is one in the text: no whole-text check needed first)
    if _FEAR_WORDS.search(near) and _FEAR_OF_DYING.search(near):
        return 0.15
    if _DENIED_NEAR.match(text, end, end + 120):
        return 0.15
    # the whole-text kin word check last: it is the dearest, and rarely reached
    if _KIN_SUBJECT.search(before[-70:]) and scan.kin and not _FIRST.search(text, start, end):
        return 0.15
    if scan.benign:
        if strong_in is not None:
            s_start = strong_in.clause(start)[0]
            s_end = strong_in.clause(max(start, end - 1))[1]
        else:
            s_start = text.rfind(".", 0, start) + 1
            s_end = text.find(".", end)
            s_end = len(text) if s_end < 0 else s_end
        if any(s_start <= a and b <= s_end for a, b in scan.benign):
            return 0.3
    if _not_writers_death(text, family, start, end):
        return 0.15
    return 1.0


def _not_writers_death(text: str, name: str, start: int, end: int) -> bool:
    """A death word whose subject is a noun ("my rabbit died") or that names a dead thing."""
    if name != "death":
        return False
    before = text[max(0, start - 40) : start]
    if _NOUN_SUBJECT.search(before) and not _OWN_NOUNS.search(before):
        return True
    # a sentence that starts with a noun or a name: "budgie died", "grandad died last year"
    opening = before[
        max(before.rfind("."), before.rfind("\n"), before.rfind("!"), before.rfind("?")) + 1 :
    ]
    if _BARE_SUBJECT.fullmatch(opening.strip() + " ") and _DIED.match(text, start):
        return True
    if text[start:end] != "dead":
        return False
    # "car battery's dead", "the phone is dead": a thing that is dead, said of its name
    linked = _IS_BEFORE.search(opening)
    if linked is not None and _BARE_SUBJECT.fullmatch(opening[: linked.start()].strip() + " "):
        return True
    return _DEAD_NOUN.match(text, end) is not None


# A part speaking: "a part of me wants to die" is still the writer.
_PART_SUBJECT = re.compile(r"\b(?:part|parts|side|voice|critic|protector|exile)\b")


def _writer_is_subject(ctx: Context, text: str, start: int, end: int) -> bool:
    if "myself" in text[start:end]:
        return True  # "the cuts I gave myself": the act is the writer's own, whoever is near
    c_start, _ = ctx.clause(start)
    before = text[c_start:start]
    last_first = -1
    for m in _FIRST.finditer(before):
        last_first = m.end()
    last_third = -1
    for m in _THIRD.finditer(before):
        last_third = m.end()
    if last_third > last_first:
        # "my friend says she wants to die": someone else. "a part of me ...": the writer.
        if _PART_SUBJECT.search(before) and last_first >= 0:
            return True
        return False
    if last_first >= 0:
        return True
    # No person in the clause before: look at the whole sentence; a sentence with no
    # person at all is diary ellipsis ("want to disappear.") and counts as the writer.
    s_start, s_end = ctx.sentence(start)
    sentence = text[s_start:s_end]
    first = _FIRST.search(sentence) is not None
    third = _THIRD.search(text, s_start, start) is not None
    return first or not third


def _negated(ctx: Context, text: str, start: int, end: int) -> bool:
    # ("no matter", "when nobody's home": a negative word that negates nothing here)
    if _NEGATE.search(_NOT_NEGATION.sub(" ", ctx.before_content(start, 3))) is not None:
        return True
    if _DENIAL_AFTER.match(text, end, end + 60) is not None:
        return True
    return ctx.answered_no(start, end)


def _past(ctx: Context, text: str, start: int, end: int) -> bool:
    s_start, s_end = ctx.sentence(start)
    sentence = text[s_start:s_end]
    if past_in_clause(ctx, start, end, _RECENT):
        return True
    if not has_past_marker(_PAST_RESOLVED, sentence):
        return False
    c_start, c_end = ctx.clause(start)
    return _RECENT.search(text, c_start, max(c_end, end)) is None


PATTERNS = list(CONCEPTS.values())


def crisis_hits(
    ntext: str,
    ctx: Context,
    starts: dict[int, list[int]] | None = None,
    blanked: str | None = None,
) -> tuple[list[float], list[tuple[int, int]]]:
    """Weights (one per concept family, the best) and the spans that carry them."""
    text = blank_idioms(ntext) if blanked is None else blanked
    best: dict[str, float] = {}
    spans: list[tuple[int, int]] = []
    humour = (
        may_match(_HUMOUR_WORDS, text)
        and _HUMOUR.search(text) is not None
        and _NOT_JOKING.search(text) is None
    )
    # Start positions may come from the analyzer's shared index over the un-blanked text;
    # inside a blanked idiom they simply fail to match.
    if starts is None:
        starts = _INDEX.candidates(text)
    for i, name in enumerate(_NAMES):
        if i not in starts and i not in _INDEX.unindexed_set:
            continue
        for m in _INDEX.matches(i, text, starts.get(i)):
            a, b = m.span()
            if b <= a:
                continue
            s_start, s_end = ctx.sentence(a)
            weight = BASE[name]
            if _WISH.search(text, max(s_start, a - 60), a) is not None:
                if _NO_WISH.search(text, max(s_start, a - 40), a) is not None:
                    weight *= 0.1  # a screening's answer: "no wish to be dead"
                else:
                    weight = max(weight, WISH_BONUS)
            if (name not in _OWN_NEGATION and _negated(ctx, text, a, b)) or (
                name in _OWN_NEGATION and _NEGATOR_JUST_BEFORE.search(text, max(0, a - 12), a)
            ):
                weight *= 0.1
            if _past(ctx, text, a, b):
                weight *= 0.15
            if name not in _OTHERS_NAMED and not _writer_is_subject(ctx, text, a, b):
                weight *= 0.15
            if name not in _OWN_MENTION and _MENTION.search(text, s_start, s_end) is not None:
                weight *= 0.3
            if humour:
                weight *= 0.5
            strong = ctx if weight >= WISH_BONUS else None
            weight *= context_factor(text, a, b, name, strong_in=strong)
            if weight >= 0.3 and weight > best.get(name, 0.0) * 0.5:
                spans.append((a, b))
            if weight > best.get(name, 0.0):
                best[name] = weight
    return list(best.values()), spans
