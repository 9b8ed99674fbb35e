"""Where a match sits: its sentence and clause, and whether it is negated, past or someone else's.

All positions are offsets into the normalized text (see :mod:`normalize`).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .required import may_match, required_words

_SENTENCE_END = re.compile(r"[.!?;\n]+|\s[-\u2013\u2014]+\s|\s*:\s")
# The same matches for a text with no dash and no colon (the other two branches need one).
_SENTENCE_PUNCT = re.compile(r"[.!?;\n]+")
_DASHES = ("-", "\u2013", "\u2014")
_CLAUSE_PUNCT = r"[,()\"]"
_CLAUSE_WORD = (
    r"\b(?:but|though|although|however|whereas|except|because|so that|even if|even though)\b"
    r"|\b(?:and|so|yet|then|or)\b(?=\s+(?:i|i'm|i've|i'd|i'll|she|he|they|it|we|then|now|"
    r"today|tonight|lately|this|that|my|the)\b)"
)
_CLAUSE_END = re.compile(_CLAUSE_PUNCT + r"|\s[-\u2013\u2014]+\s|" + _CLAUSE_WORD)
# For a text with no dash (the middle branch needs one), the ends of _CLAUSE_END are those
# of two cheaper scans: a punctuation mark and a linking word never overlap, and neither can
# start inside the other.
_CLAUSE_PUNCT_ONLY = re.compile(_CLAUSE_PUNCT)
_CLAUSE_WORD_ONLY = re.compile(_CLAUSE_WORD)
_WORD = re.compile(r"[\w']+")

# Negation cues that switch off a match that follows them in the same clause.
_NEGATION = re.compile(
    r"\b(?:not|no|never|don't|do not|doesn't|didn't|did not|isn't|wasn't|aren't|weren't|"
    r"won't|can't|cannot|couldn't|haven't|hasn't|hadn't|nor|without|none|nothing|neither|"
    r"nobody|hardly|barely|lack|lacking|denies|denied|deny|free of|instead of|rather than|"
    r"stopped|quit|less|zero|far from|impossible to|unable to|struggle to|struggled to|"
    r"wish i (?:could|felt|was|were)|if only|try to|trying to|tried to|supposed to|"
    r"should|would like to|want to be able to|hope to|hoping to)\b"
)
# The narrower set used where the rule's own phrase may start with a verb of wanting.
_HARD_NEGATION = re.compile(
    r"\b(?:not|no|never|don't|do not|doesn't|didn't|did not|isn't|wasn't|aren't|weren't|"
    r"won't|can't|cannot|couldn't|haven't|hasn't|hadn't|nor|none|nothing|neither|nobody|"
    r"denies|denied|deny|free of|zero|stopped|no longer|quit)\b"
)
# Phrases with a negative word that do not negate what follows.
_NOT_NEGATION = re.compile(
    r"\b(?:can't|cannot|couldn't|won't|don't|doesn't|didn't|never) (?:stop|help|shake|"
    r"get rid of|seem to stop)\b|\bno matter\b|\bnot only\b|\bnothing but\b|"
    r"\bnot sure (?:if|whether)\b|\bno one would\b|\bnobody would\b|"
    # "why not just end it": a suggestion, not a refusal
    r"\bwhy not\b(?! (?:to\b|\w+ing\b))|"
    # "when nobody's home I ...": who is around, not what the writer does
    r"\b(?:(?:when|while|if|once|whenever|as soon as) )?(?:no one|nobody|noone)(?:'s| is| was|"
    r" else's| else is) (?:home|around|here|there|looking|watching|awake|up|in)\b"
)
# "... but not (with) the": the clause is only the part left out of a contrast.
_ELLIPSIS_NOT = re.compile(r"\s*not (?:with |for |on )?(?:the |my |this |that |these |those )?")
# Verbs of relief or change whose object a "but not ..." clause leaves out.
_RELIEF = re.compile(
    r"\b(?:helps?|helped|helping|fix(?:es|ed)?|touch(?:es|ed)?|reach(?:es|ed)?|lift(?:s|ed)?|"
    r"eas(?:es|ed)|quiet(?:s|ed)|calm(?:s|ed)|dull(?:s|ed)|shift(?:s|ed)|chang(?:es|ed)|"
    r"cured?|clear(?:s|ed)|work(?:s|ed) (?:on|for)|takes? away|took away|gets? rid of|"
    r"got rid of|(?:went|goes|has gone) away|faded|improved|better)\b"
)
# An answer that denies what was just asked about: "thoughts of self-harm? Honestly, no."
_DENIAL_AFTER = re.compile(
    r"[^.!?\n]{0,60}?(?:\bnot at all\b|\banswered no\b|\bsaid no\b|\bdenied\b)|"
    r"[^.!?\n]{0,60}[.!?]\s*(?:honestly,?\s*|and\s*)?(?:no|nope|none|not really)\b"
    r"(?!,?\s+(?:one|but|wait|actually|seriously))"
    # the answer itself ("No.", "None, I'm okay", "no i don't"), not a new sentence that
    # starts with the word ("None of it matters.", "No matter what.", "No more.")
    r"(?=\s*(?:$|[.!?,;:)\n-]|\b(?:i|i'm|im|not|never|thank\w*|thanks|really|honestly|"
    r"definitely|absolutely|nothing like that|to (?:all|both|each|any|every|those|them|"
    r"everything))\b))"
)
# The writer's answer, in the next sentence, to a question the sentence before asked: "the GP
# asked whether I have any wish to die. I told her no." Only after a question (ASKED), and not
# "I said no one would understand".
_ANSWERED_NO = re.compile(
    r"[^.!?\n]{0,60}[.!?]\s*i (?:told (?:him|her|them|the \w+)|said|answered)(?: (?:him|her|"
    r"them))?,? (?:no|not at all|never)\b(?!\s*one\b|\s*(?:more|longer|matter|way)\b|,?\s+"
    r"(?:but|i'm|i am|i do|i did|i want|i meant))"
)
_ASKED = re.compile(
    r"\b(?:ask\w*|question\w*|whether|screen\w*|how often|check\w* (?:if|whether))\b"
)

# The words are being talked about rather than used.
_MENTION = re.compile(
    r"\b(?:podcast|book|article|video|documentary|explained|explaining|read about|reading "
    r"about|learned about|learning about|heard about|lecture|workshop|jokes? about|memes? "
    r"about|joking about|(?:asked|asks|asking) (?:me )?(?:if|whether|about)|question about|"
    r"questions about|asked me to rate|training (?:on|in|about)|paper (?:on|about)|"
    r"guidance (?:on|about)|risk assessments?|"
    r"news (?:\w+ )?about|questions (?:on|regarding)|screening|questionnaire|what (?:protectors|"
    r"parts|exiles) are|"
    r"(?:film|movie|show|song|novel|series|episode) about|the character|film|movie|novel|"
    r"documentary|phq|item 9|question 9|lecture|seminar|class|a character|characters|"
    r"(?:had|have) a dream|dreamt|dreamed)\b"
)

# Framing that puts a behaviour or feeling in the past / resolved.
_PAST = re.compile(
    r"\b(?:used to|(?:are|is|were) (?:well |long |all )?behind me|in (?:19|20)\d\d|"
    r"that was (?:19|20)\d\d|when i first|years ago|"
    r"months ago|long ago|a long time ago|back then|in the past|"
    r"when i was (?:a |in |younger|little|young|small|\d+|\w+teen|twenty\w*|thirty\w*)|"
    r"as a (?:teen|teenager|kid|child)|"
    r"in (?:high school|college|(?:my|her|his|their) (?:teens|twenties|thirties|20s|30s|"
    r"teenage))|no longer|"
    r"(?:\w+ )?(?:years?|months?) (?:clean|sober)|haven't \w+ in (?:years|months|ages)|"
    r"back in (?:the day|\d+|high school|college)|back when i|through (?:most of )?my "
    r"(?:teens|twenties|thirties|forties|20s|30s|40s)|at that time|those days|that time in my life|"
    r"the old me|in my (?:teens|twenties|youth)|(?:quit|stopped) (?:years|months) ago|"
    r"for years now|not since|ago)\b"
)


# A text holding none of these cannot contain a past marker (most texts), or a mention.
_PAST_WORDS = required_words(_PAST, most=40, unbroken=False)
_MENTION_WORDS = required_words(_MENTION, most=40, unbroken=False)

_FILLERS = frozenset(
    "any thoughts thought of having had have a single urge urges once ever even real "
    "serious been the".split()
)


def _is_past_marker(m: re.Match[str], text: str) -> bool:
    """A comparison with the past ("as it used to", "like I did as a teenager", "the way I
    did when I was 16") is not past framing: what it compares is happening now."""
    if m.group(0) == "used to" and text[max(0, m.start() - 10) : m.start()].endswith(_COMPARISON):
        return False
    return _COMPARED.search(text, max(0, m.start() - 32), m.start()) is None


# Words that, just before a past marker, make it a comparison.
_COMPARED = re.compile(
    r"\b(?:like|same as|just as|the way|as)\s+(?:(?:i|it|they|she|he|we)\s+)?"
    r"(?:did|do|used to|was|were|had)?\s*(?:back\s+)?$"
)


# Past framing that holds only for its own clause, and only where nothing in the sentence
# says it is happening now: "A year ago I had the pills lined up." is past; "I lost my job a
# year ago and I want to die" and "a year ago I wanted to die and I still do" are not.
_PAST_IN_CLAUSE = re.compile(
    r"(?<!since )\b(?:(?:a|one) (?:year|decade) ago|decades ago|there was a time|"
    r"back in (?:19|20)\d\d)\b"
)


def past_in_clause(
    ctx: Context, start: int, end: int, recent: re.Pattern[str] | None = None
) -> bool:
    """Whether the match at [start, end) sits in a clause framed as long past
    (:data:`_PAST_IN_CLAUSE`), with no recency cue (``recent``) anywhere in its sentence."""
    text = ctx.text
    if "ago" not in text and "time" not in text and "back in" not in text:
        return False
    c_start, c_end = ctx.clause(start)
    if _PAST_IN_CLAUSE.search(text, c_start, max(c_end, end)) is None:
        return False
    s_start, s_end = ctx.sentence(start)
    return (recent or _RECENT).search(text, s_start, max(s_end, end)) is None


def past_markers(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Spans of the past-and-resolved markers in ``text``."""
    return [m.span() for m in pattern.finditer(text) if _is_past_marker(m, text)]


def has_past_marker(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``text`` holds a past-and-resolved marker (stops at the first)."""
    return any(_is_past_marker(m, text) for m in pattern.finditer(text))


_COMPARISON = tuple(
    f"{a} {b} " for a in ("as", "than") for b in ("it", "i", "they", "she", "he", "we")
)


# A recency cue in the same clause overrides past framing ("I used to cut; I did it again").
_RECENT = re.compile(
    # ("years ago today" is an anniversary, not a recency cue)
    r"\b(?:again|lately|recently|these days|this week|(?<!ago )today|tonight|yesterday|last night|"
    r"right now|currently|this morning|since the (?:session|journey|dose|dosing)|"
    r"creeping back|coming back|came back|are back|is back|relapsed|all over again|"
    r"(?:on |last |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"this weekend|last weekend|all week|this month|(?:[\w-]+ )?minutes ago|an hour ago|"
    r"(?:a few |two |three |\d+ )?hours ago|earlier today|this afternoon|this evening)\b"
)

# The writer, or the writer's own part ("my exile is a kid who wants to die").
OWN_PART = (
    r"my (?:own )?(?:exiles?|parts?|protectors?|firefighters?|managers?|inner (?:child|kid|"
    r"teen|critic)|little one|younger self|teen self|critic)"
)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|" + OWN_PART + r")\b")
# "is a kid who ...": a noun said of a subject already named, not a new person.
_PREDICATE = re.compile(r"(?:\b(?:is|was|am|as)|'s|'m)\s+$")
_RELATION = (
    r"(?:friend|friends|sister|brother|mom|mum|mother|dad|father|partner|husband|wife|"
    r"boyfriend|girlfriend|client|patient|son|daughter|kid|kids|child|roommate|boss|coworker|"
    r"co-worker|colleague|aunt|uncle|cousin|grandma|grandpa|grandmother|grandfather|"
    r"neighbor|neighbour|therapist|teacher|ex|family|parents|niece|nephew|classmate|"
    r"character|coworkers|colleagues|team|cat|dog|man|woman|guy|girl|boy|person|"
    r"protagonist|narrator|hero|heroine)"
)
# "my best friend", "my older sister": one describing word before the relation.
_KIND = (
    r"(?:(?:best|old|oldest|close|closest|dear|younger|youngest|older|eldest|"
    r"twin|new|ex-?|step-?|late|former|favourite|favorite) ?)?"
)
_OTHER_PERSON = re.compile(
    r"\b(?:he|she|they|he's|she's|they're|he'd|she'd|they'd|he'll|she'll|they'll|his|her|"
    r"their|him|them|herself|himself|themselves|you|you're|your|yourself|someone|somebody|"
    r"people|anyone|everybody|a lot of people|"
    r"(?:my|our|his|her|their|a|the) " + _KIND + _RELATION + r")\b"
)
_OTHER_STRICT = re.compile(
    r"\b(?:(?:she|he|they) (?:said|says|told|tells|felt|feels|was|is|has been|had been)|"
    r"you|you're|your|yourself|someone|somebody|people|anyone|everybody|"
    r"a lot of people|(?:my|our|his|her|their|a|the) " + _KIND + _RELATION + r")\b"
)


_PREPOSITION = re.compile(
    r"\b(?:with|to|for|at|from|about|of|toward|towards|by|on|around|like|than|and)\s+$"
)


class Context:
    """Sentence/clause structure of one normalized text, computed once per analysis."""

    __slots__ = ("text", "_sent", "_clause", "_past_marks", "_mentions")

    def __init__(self, text: str) -> None:
        self.text = text
        self._past_marks: list[tuple[int, int]] | None = None  # computed on first need
        self._mentions: bool | None = None  # whether _MENTION can match: on first need
        dashed = any(map(text.__contains__, _DASHES))
        ends = _SENTENCE_END if dashed or ":" in text else _SENTENCE_PUNCT
        self._sent = [m.end() for m in ends.finditer(text)]
        if dashed:
            clause = {m.end() for m in _CLAUSE_END.finditer(text)}
        else:
            clause = {m.end() for m in _CLAUSE_WORD_ONLY.finditer(text)}
            clause.update(m.end() for m in _CLAUSE_PUNCT_ONLY.finditer(text))
        clause.update(self._sent)
        # Clause boundaries: positions where a new clause begins.
        self._clause = sorted(clause)

    @staticmethod
    def _bounds(points: list[int], pos: int, length: int) -> tuple[int, int]:
        i = bisect_right(points, pos)
        start = points[i - 1] if i > 0 else 0
        end = points[i] if i < len(points) else length
        return start, end

    def sentence(self, pos: int) -> tuple[int, int]:
        return self._bounds(self._sent, pos, len(self.text))

    def clause(self, pos: int) -> tuple[int, int]:
        return self._bounds(self._clause, pos, len(self.text))

    def before(self, pos: int, words: int) -> str:
        """Up to ``words`` words before ``pos`` within its clause."""
        start, _ = self.clause(pos)
        chunk = self.text[start:pos]
        if words <= 0:
            return ""
        tokens = _WORD.findall(chunk)
        return " ".join(tokens[-words:])

    def before_content(self, pos: int, words: int) -> str:
        """Like :meth:`before`, skipping filler words, so "not having any thoughts of" and
        "never once thought about" keep their negation in reach."""
        if words <= 0:
            return ""
        start, _ = self.clause(pos)
        # the last few words are enough: at most 3 fillers in a row are skipped in practice
        tokens = _WORD.findall(self.text, max(start, pos - 12 * words), pos)
        if max(start, pos - 12 * words) > start and tokens:
            tokens = tokens[1:]  # the first may be cut in half
        kept = [t for t in tokens if t not in _FILLERS]
        return " ".join(kept[-words:])

    def negated(self, pos: int, *, words: int = 5, hard: bool = False, end: int = -1) -> bool:
        if hard and end >= 0:
            if _DENIAL_AFTER.match(self.text, end, end + 80) is not None:
                return True
            if self.answered_no(pos, end):
                return True
        window = self.before_content(pos, words)
        if not window:
            return False
        if window.startswith("not") and self._kept_after_ellipsis(pos):
            return False
        window = _NOT_NEGATION.sub(" ", window)
        pattern = _HARD_NEGATION if hard else _NEGATION
        return pattern.search(window) is not None

    def answered_no(self, start: int, end: int) -> bool:
        """The next sentence is the writer's "no" to what this one asked about ("the GP asked
        whether I have any wish to die. I told her no.")."""
        if _ANSWERED_NO.match(self.text, end, end + 100) is None:
            return False
        s_start, s_end = self.sentence(start)
        return _ASKED.search(self.text, s_start, s_end) is not None

    def _kept_after_ellipsis(self, pos: int) -> bool:
        """ "The dose lifted the fog but not the wish to die": after a verb of relief, "but
        not" leaves out that verb; what follows is what stayed, not what is denied."""
        start, _ = self.clause(pos)
        if _ELLIPSIS_NOT.fullmatch(self.text, start, pos) is None:
            return False
        if start == 0 or start in self._sent:
            return False
        prev_start, _ = self.clause(start - 1)
        return _RELIEF.search(self.text, prev_start, start) is not None

    def mention(self, start: int, end: int) -> bool:
        if self._mentions is None:
            self._mentions = may_match(_MENTION_WORDS, self.text)
        if not self._mentions:
            return False
        s_start, s_end = self.sentence(start)
        return _MENTION.search(self.text, s_start, max(s_end, end)) is not None

    def past(self, start: int, end: int) -> bool:
        # Markers inside the match itself ("no longer want to live") are the rule's business.
        if past_in_clause(self, start, end):
            return True
        marks = self._past_marks
        if marks is None:
            text = self.text
            marks = past_markers(_PAST, text) if may_match(_PAST_WORDS, text) else []
            self._past_marks = marks
        if not marks:
            return False
        s_start, s_end = self.sentence(start)
        s_end = max(s_end, end)
        if not any((s_start <= a and b <= start) or (end <= a and b <= s_end) for a, b in marks):
            return False
        c_start, c_end = self.clause(start)
        clause = self.text[c_start : max(c_end, end)]
        return _RECENT.search(clause) is None

    def other_subject(self, pos: int, *, strict: bool = False) -> bool:
        """True when the nearest person before ``pos`` in its clause is not the writer.

        ``strict`` (crisis) counts only named relations and other people, not bare
        "he/she/it/they", which in parts language often mean a part of the writer.
        """
        start, _ = self.clause(pos)
        chunk = self.text[start:pos]
        last_other = -1
        pattern = _OTHER_STRICT if strict else _OTHER_PERSON
        for m in pattern.finditer(chunk):
            # "with my brother", "from my friend": an object, not who is speaking.
            if _PREPOSITION.search(chunk, max(0, m.start() - 8), m.start()) is None and (
                _PREDICATE.search(chunk, max(0, m.start() - 5), m.start()) is None
            ):
                last_other = m.end()
        if last_other < 0:
            return False
        last_first = -1
        for m in _FIRST_PERSON.finditer(chunk):
            last_first = m.end()
        return last_other > last_first
