"""Per-label behaviour of the language-insight analyzer: positives and hard negatives."""

from __future__ import annotations

import pytest

from selfled.lib.insight import THRESHOLD, analysis_to_dict, analyze
from selfled.lib.insight.model import (
    CRISIS,
    FEAR_IDENTITY,
    FEAR_OVERWHELM,
    FEAR_SAFETY,
    OLD_PATTERN,
    PARTS,
    SELF,
)


def present(text: str) -> list[str]:
    return analyze(text).present()


def assert_has(text: str, label: str) -> None:
    result = analyze(text)
    assert label in result.present(), (text, [(r.label, r.confidence) for r in result.labels])


def assert_lacks(text: str, label: str) -> None:
    result = analyze(text)
    assert label not in result.present(), (text, [(r.label, r.confidence) for r in result.labels])


# --- crisis -------------------------------------------------------------------------------

CRISIS_POSITIVE = [
    # idioms must not swallow these (review of rules+lex-2.7)
    "I set a date for my death.",
    "there's no point in living",
    "I nearly died last year and part of me wishes I had.",
    # means and preparations said without a death word; another language (rules+lex-2.7)
    "Twenty minutes ago the gun was against my temple. I put it down to write this.",
    "How long does a policy have to run before the suicide clause stops applying?",
    "If the appeal fails the plan is the bridge.",
    "Wrote a list of who gets what and left it in the drawer.",
    "Found a length of hose that fits the exhaust.",
    "I pray for a heart attack most nights.",
    "Skipping dialysis and letting my kidneys finish it.",
    "Quiero morirme, no aguanto más.",
    "I can't go on like this anymore",
    "took my pills. all of them.",
    "Picked the date for my last day.",
    "Sharpened the kitchen knife and held it to my wrist.",
    "If it dies before tomorrow I will too.",
    # a comparison with the past is not past framing; who is home does not negate; "the cuts
    # I gave myself" is the writer's own act whoever is near (rules+lex-2.7)
    "Hit my face against the bathroom door over and over tonight, like I did at fifteen.",
    "Whenever nobody is around I bang my head on the desk until it throbs.",
    "You'll see the cuts I gave myself when I roll up my sleeves on Thursday.",
    "I keep staring at the knife block in the kitchen and thinking about my wrist.",
    "The urge to burn my arm is back tonight, the same as it used to be in high school.",
    "I want to die.",
    "i want to kill myself tonight",
    "I've been thinking about ending my life.",
    "Everyone would be better off without me.",
    "I won't be a burden much longer.",
    "I just want to go to sleep and not wake up.",
    "I don't want to be alive anymore.",
    "I wrote goodbye letters to my kids.",
    "I've been giving away my things, my guitar and my books.",
    "I've been stockpiling my pills.",
    "I cut myself again last night.",
    "The urge to cut is back and it's strong.",
    "Honestly no one would miss me if I was gone.",
    "im so done, i wanna die",  # shorthand, no apostrophe
    "I want to diiiie",  # repeated letters
    "I’m suicidal and I don’t know what to do",  # curly apostrophes
    "<p>I want to <b>end it all</b></p>",  # HTML
    "a part of me keeps telling me to kill myself",
    "There's no reason to live anymore.",
    "I feel like a burden to everyone.",
    # euphemisms and indirect wishes (rules+lex-2.0)
    "Honestly I'd rather not be around anymore.",
    "I keep thinking it would be easier if I just didn't wake up tomorrow.",
    "Sometimes I want to check out for good.",
    "I'm tired of existing.",
    "i just want to sleep forever",
    "I don't see myself being here next year.",
    "The thought of not existing is so peaceful.",
    "Nobody would even notice if I was gone.",
    "My kids would be fine without me.",
    "I'd like to log out of life for a while, maybe permanently.",
    "Honestly hoping the scan comes back bad so it isn't my choice.",
    "I cancelled my dentist for next spring because I'm not sure I'll be around.",
    "If I get the rejection tomorrow, that's it for me.",
    # means, plans and preparations
    "I've been hoarding my sleeping pills in a sock drawer.",
    "I looked up how many paracetamol it would take.",
    "stood on the bridge for an hour last night looking down at the water",
    "I bought a rope today.",
    "I keep picturing myself stepping in front of the train.",
    "Been sitting in the garage with the car running, just to see how it feels.",
    "I keep picturing walking into the sea and not coming back.",
    "Wrote my kids a letter each and left them in the drawer.",
    "Put my passwords in an envelope for my sister.",
    # self-harm
    "burned my arm with a lighter again",
    "I scratched my skin until it bled.",
    "I want to hurt myself so badly right now.",
    "burned my arm on purpose again last night",
    # rehearsing the act or the goodbye
    "I keep rehearsing my goodbye letter to the kids.",
    "Sat in the garage with the engine running for a while. Rehearsing, I suppose.",
    "I rehearsed it with the rope last night",
    "I've been rehearsing the end",
    "I rehearse it every night before I fall asleep",
    # past framing in another sentence or clause does not hide what is happening now
    "I lost my job a year ago and I just want to die",
    "A year ago I wanted to die and I still do",
    "I bought the rope a month ago",
    "I've wanted to die since back in school",
    "That was before I decided to end it.",
    "I want to die, there was a time I didn't",
    "Being back in uni makes me want to die",
    "There was a time I had hope. Now I want to die.",
    "A year ago I was fine and now I want to kill myself.",
]

CRISIS_NEGATIVE = [
    "This deadline is killing me.",
    "I'm dying to see her again!",
    "Dead tired after work, going to bed.",
    "I need to end it with my landlord, this lease is a nightmare.",
    "I'm not suicidal, just very tired.",
    "I used to cut, years ago. I haven't in a long time.",
    # a manager part's rehearsing (rules+lex-2.12): a walk-through's new part went to the
    # crisis page for it
    "Makes lists at 2am, checks the calendar over and over, rehearses every conversation.",
    "I rehearse what to say before every phone call.",
    "A part of me is rehearsing every possible criticism before the review.",
    # past framing (rules+lex-2.12)
    "A year ago I had a plan to end my life. Today I booked a holiday with my sister.",
    "There was a time I saved up my tablets. That was before treatment; it's a closed chapter.",
    "Back in 2015 I spent most nights wishing I wouldn't wake up. I'm glad I did.",
    "My friend told me she wants to die and I'm worried about her.",
    "We went over my safety plan in session today.",
    "That stand-up special killed me, I was crying laughing.",
    "My phone battery died again.",
    "I would die for my kids.",
    "Watched a documentary about suicide prevention. Heavy but good.",
    "I could die of embarrassment after that meeting.",
    # an adverb inside the idiom, a device, rehearsals of a play, too much telly, a described
    # relation (rules+lex-2.7)
    "This commute is actually killing me. Two trains and a bus.",
    "Old laptop. If it dies before my deadline I'll scream.",
    "My phone is at 3%. If it dies I'm stranded.",
    # everyday phrases a walk-through raised crisis on (rules+lex-2.7)
    "budgie died, I'm sad",
    "I nearly died in that crash and I'm so glad I didn't.",
    "We worked out who gets what at the wedding buffet.",
    "The garden hose sprayed the car window.",
    "The plan is the beach this weekend.",
    "I pray for my mum every night.",
    "there's no point arguing with my sister",
    "I can't go on like this at work, need a holiday",
    "I've been taking my pills as prescribed",
    "I got a part in the community play! Rehearsals start next week.",
    "Interview at nine tomorrow, I keep rehearsing answers in the shower.",
    "Overdosed on telly and chocolate over the holidays, as usual.",
    "My best friend told me she's been thinking about suicide. I stayed with her all night.",
    "Like I did as a kid, I hid under the duvet all Saturday. It was cosy.",
    "My friend told me she cut herself again.",
    # idioms, other people, past, clinical and everyday uses (rules+lex-2.0)
    "I'm dying for a coffee.",
    "That cheesecake was to die for.",
    "Over my dead body will I go back to that job.",
    "We died laughing at the wedding speech.",
    "I would rather die than sing karaoke again, lol.",
    "The ego death on the dose was beautiful, I felt reborn.",
    "My laptop died in the middle of the meeting.",
    "The plant on my desk is dying, I keep forgetting to water it.",
    "Ten years ago I tried to end my life. I'm grateful I'm still here.",
    "My brother attempted suicide last spring and I'm scared for him.",
    "The film was about a man who wants to die. It was beautiful.",
    "The screening asked about thoughts of self-harm; I said no.",
    "I updated my will with the lawyer after the house sale.",
    "I took my pills with breakfast as usual.",
    "I cut my finger chopping onions.",
    "I burned the toast again.",
    "We crossed the bridge on our walk and watched the ducks.",
    "I checked out of the hotel early.",
    "I'm done with this project, finally submitted it.",
    "I stopped taking the antibiotics once the course was finished.",
    "Our garage door is broken again, the car is stuck inside.",
]


@pytest.mark.parametrize("text", CRISIS_POSITIVE)
def test_crisis_positive(text: str) -> None:
    assert_has(text, CRISIS)


@pytest.mark.parametrize("text", CRISIS_NEGATIVE)
def test_crisis_hard_negative(text: str) -> None:
    assert_lacks(text, CRISIS)


def test_crisis_span_points_at_the_words() -> None:
    text = "Long day. Honestly, I want to die. Tea helped a bit."
    result = analyze(text).get(CRISIS)
    assert result is not None and result.confidence >= THRESHOLD
    assert any("want to die" in span.text for span in result.spans)
    for span in result.spans:
        assert text[span.start : span.end] == span.text


def test_crisis_span_offsets_survive_html_and_shorthand() -> None:
    text = "<div>ok so… im <i>tired</i>. i wanna  die</div>"
    result = analyze(text).get(CRISIS)
    assert result is not None and result.present
    for span in result.spans:
        assert text[span.start : span.end] == span.text
    assert any("die" in span.text for span in result.spans)


# --- protector fears ----------------------------------------------------------------------

SAFETY_POSITIVE = [
    "If I'm not depressed anymore, how will I stay safe?",
    "The depression kept me careful. Without it I'm scared I'll get hurt.",
    "Being anxious is what keeps me safe.",
    "Part of me thinks that if I relax, something bad will happen.",
    "Feeling better feels dangerous, like I've let my guard down.",
    "Now that the dread has eased I feel like nobody is watching the door.",
    "Since the infusions I'm calmer, and a part of me is sure I'll get blindsided.",
    "The numbness was my armour; without it I'll get hurt again.",
]
OVERWHELM_POSITIVE = [
    "If I let go of the drinking I'm scared I'll fall apart.",
    "I'm afraid that if I stop keeping busy the feelings will flood me.",
    "What if I open the door to the grief and it never stops?",
    "Without my routines I think I'd lose control completely.",
    "If I stop working late every night, I think all the grief will come rushing in at once.",
    "What happens when I put down the wine? I'm afraid I'll come apart.",
    "Without my lists and routines I'm scared everything will cave in.",
]
IDENTITY_POSITIVE = [
    "Who am I without this pain?",
    "If I get better, will my friends still like me?",
    "Depression has been my whole identity. I don't know who I'd be without it.",
    "I'm scared my family won't know how to relate to the new me.",
    "If I'm not the struggling one anymore, I don't know what my friends and I would even "
    "talk about.",
    "Who would I be if I stopped being the sick one?",
    "I'm scared my partner only loves the fragile version of me.",
    # being left or shamed for changing (a browser walk-through's misses)
    "A part of me is scared that if I speak up I will be humiliated and rejected.",
    "What if I set boundaries and everyone leaves?",
]
FEAR_NEGATIVE = [
    ("I spoke up at the meeting and felt fine.", FEAR_IDENTITY),
    ("My friend was rejected from the course she applied to.", FEAR_IDENTITY),
    ("I'm nervous about my driving test on Monday.", FEAR_SAFETY),
    ("I'm nervous about my driving test on Monday.", FEAR_OVERWHELM),
    ("Work has been overwhelming this week, so many deadlines.", FEAR_OVERWHELM),
    ("I locked the door and felt safe at home.", FEAR_SAFETY),
    ("Who is coming to dinner on Sunday?", FEAR_IDENTITY),
    ("My sister is worried she will lose her job.", FEAR_IDENTITY),
    ("We watched a film about a family falling apart.", FEAR_OVERWHELM),
    ("The tent kept us safe from the storm last night.", FEAR_SAFETY),
]


@pytest.mark.parametrize("text", SAFETY_POSITIVE)
def test_fear_safety_positive(text: str) -> None:
    assert_has(text, FEAR_SAFETY)


@pytest.mark.parametrize("text", OVERWHELM_POSITIVE)
def test_fear_overwhelm_positive(text: str) -> None:
    assert_has(text, FEAR_OVERWHELM)


@pytest.mark.parametrize("text", IDENTITY_POSITIVE)
def test_fear_identity_positive(text: str) -> None:
    assert_has(text, FEAR_IDENTITY)


@pytest.mark.parametrize(("text", "label"), FEAR_NEGATIVE)
def test_fear_hard_negative(text: str, label: str) -> None:
    assert_lacks(text, label)


# --- parts ----------------------------------------------------------------------------------

PARTS_POSITIVE = [
    "A part of me wants to hide.",
    "Part of me wants to go and another part wants to stay.",
    "My inner critic was loud all day.",
    "The little one was scared during the session.",
    "Half of me wants to call him and half of me never wants to speak to him again.",
    "The Worrier showed up again before the meeting.",
    "I asked the angry part to step back and it did.",
    "There's a part in me that goes silent around my father.",
]
PARTS_NEGATIVE = [
    "The best part of the day was the walk.",
    "The car needs new parts and I can't afford it.",
    "I did my part and cleaned the kitchen.",
    "For the most part the week was fine.",
    "I work part-time at the library.",
    "The hardest part was saying goodbye at the airport.",
    "The screen protector on my phone cracked.",
]


@pytest.mark.parametrize("text", PARTS_POSITIVE)
def test_parts_positive(text: str) -> None:
    assert_has(text, PARTS)


@pytest.mark.parametrize("text", PARTS_NEGATIVE)
def test_parts_hard_negative(text: str) -> None:
    assert_lacks(text, PARTS)


def test_part_candidates_match_known_parts_case_and_typo_insensitively() -> None:
    text = "My inner critic was loud, then the worier piped up, and the little one hid."
    result = analyze(text, known_parts=["Inner Critic", "Worrier", "Little One"])
    matched = {c.matched_part for c in result.part_candidates}
    assert {"Inner Critic", "Worrier", "Little One"} <= matched
    for cand in result.part_candidates:
        assert text[cand.span.start : cand.span.end] == cand.span.text


def test_part_candidate_from_relative_clause() -> None:
    result = analyze("There is a part of me that wants to hide.")
    names = [c.name for c in result.part_candidates]
    assert any("part that wants to hide" in n for n in names), names
    assert all(c.matched_part is None for c in result.part_candidates)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("part of me is scared that if I stop I'll get careless", "part that is scared"),
        ("there's a part of me that is so angry", "part that is so angry"),
        ("a part of me is so tired so I stayed in", "part that is so tired"),
        # the one it acts on stays: not "part that wants everyone to like"
        ("A part of me wants everyone to like me.", "part that wants everyone to like me"),
        ("a part of me hates it and", "part that hates it"),
    ],
)
def test_part_candidate_names_end_on_a_word_that_names(text: str, name: str) -> None:
    # a name offered as a new part reads as a name, not "part that is" or "... scared that"
    assert [c.name for c in analyze(text).part_candidates] == [name]


def test_no_part_name_is_offered_when_nothing_names_it() -> None:
    result = analyze("I think there is a part of me that is.")
    assert result.part_candidates == ()


def test_named_part_keeps_its_capitalization() -> None:
    result = analyze('I\'ve been calling the anxious part "the Worrier". It worried all day.')
    assert "Worrier" in [c.name for c in result.part_candidates]


# --- self -----------------------------------------------------------------------------------

SELF_POSITIVE = [
    "I felt calm and curious toward the part.",
    "Grounded. Spacious. Clear.",
    "I noticed a real sense of compassion for the little one.",
    "I stayed calm during the argument.",
    "i feel so conected and calm today",  # typo: conected is not fixed, calm carries it
    # Self-energy in everyday words (rules+lex-2.8)
    "Felt tender toward the frightened girl part when she showed up.",
    "The panic was loud but I was bigger than it.",
    "There was room around the grief today, it wasn't the whole sky.",
    "Got interested in it and it settled.",
    "My heart went out to the part that still waits for him.",
    "Afterwards I lay there completely at ease.",
]
SELF_NEGATIVE = [
    "I don't feel calm at all.",
    "My therapist is so compassionate.",
    "The sea was calm this morning.",
    "I couldn't find any compassion for myself.",
    "Calm down, I told the dog.",
    "I used to feel grounded, years ago.",
    "I'd love to feel tender toward the little girl in me, but I can't yet.",
    "Cleared out the spare room for my sister's visit.",
    "Another part feels sorry for it, and I just feel tired.",
    "My sister is bigger than me.",
]


@pytest.mark.parametrize("text", SELF_POSITIVE)
def test_self_positive(text: str) -> None:
    assert_has(text, SELF)


@pytest.mark.parametrize("text", SELF_NEGATIVE)
def test_self_hard_negative(text: str) -> None:
    assert_lacks(text, SELF)


# --- old-pattern ----------------------------------------------------------------------------

OLD_POSITIVE = [
    "I'm drinking again every night.",
    "Back to bingeing after dinner, three nights in a row.",
    "I've been isolating again, haven't left my room in days.",
    "Said yes to everything at work again. Classic me.",
    "I relapsed last night.",
    "Skipped breakfast and lunch again, the restricting is back.",
    "Caught myself scrolling until 3am again, three nights in a row.",
    "Back on the vape this week after two good months.",
    "Slipped back into saying yes to everything at work.",
    # gambling, calorie logging, the old move named (rules+lex-2.8)
    "Put bets on every match this weekend again, chasing what I lost on Friday.",
    "reinstalled the poker app last night, there goes the streak",
    "logging every calorie again, under a thousand a day",
    "Cleaned the whole flat at midnight instead of calling her back. That's the old move.",
]
OLD_NEGATIVE = [
    "I used to binge every night in my twenties. Food is just food now.",  # habit, in the past
    "I used to binge, years ago.",
    "I didn't drink at the party.",
    "My dad is drinking again and I'm worried.",
    "I no longer restrict, I eat three meals a day.",
    "Back to work on Monday after the holiday.",
    "Had a glass of water and went to bed early.",
    "Fasting for my blood test tomorrow.",
    "I used to binge, years ago.",
    "Watched the match at the pub with my brother, one pint, home by ten.",
    "My uncle lost his house to the casino years ago.",
    "The old move would have been to cancel. I went anyway.",
    "That's the pattern on the wallpaper I liked.",
    "It's the move I learned in salsa class.",
    "Went to the pub again with my brother for his birthday.",
    "Played poker with friends again, so much fun.",
]


@pytest.mark.parametrize("text", OLD_POSITIVE)
def test_old_pattern_positive(text: str) -> None:
    assert_has(text, OLD_PATTERN)


@pytest.mark.parametrize("text", OLD_NEGATIVE)
def test_old_pattern_hard_negative(text: str) -> None:
    assert_lacks(text, OLD_PATTERN)


# --- general ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "🙂🙂", "...", "<p></p>"])
def test_empty_or_textless_input_has_no_labels(text: str) -> None:
    result = analyze(text)
    assert result.labels == ()
    assert result.present() == []


def test_low_confidence_results_are_kept_but_not_present() -> None:
    result = analyze("I'm not suicidal.")
    crisis = result.get(CRISIS)
    assert crisis is not None and 0 < crisis.confidence < THRESHOLD
    assert CRISIS not in result.present()


def test_mixed_language_does_not_crash_and_notes_low_confidence() -> None:
    result = analyze(
        "Hoy me siento tranquila y con curiosidad por todo lo que pasó ayer en la sesión"
    )
    assert result.version
    assert all(r.confidence <= 1 for r in result.labels)
    foreign = analyze("今日はとても穏やかな気持ちでした。calm。")
    assert any("non-English" in note for note in foreign.notes)


def test_multiple_labels_in_one_entry() -> None:
    text = (
        "Part of me wants to drink again tonight. If I let go of the wine I'm scared "
        "I'll fall apart."
    )
    labels = present(text)
    assert PARTS in labels and FEAR_OVERWHELM in labels and OLD_PATTERN in labels


def test_analysis_to_dict_is_json_shaped() -> None:
    data = analysis_to_dict(analyze("A part of me wants to die.", known_parts=["Hider"]))
    assert data["version"].startswith("rules")
    assert set(data["present"]) >= {CRISIS, PARTS}
    first = data["labels"][0]
    assert set(first) == {"label", "confidence", "present", "spans"}
    assert set(first["spans"][0]) == {"start", "end", "text"}
    assert data["truncated"] is False and data["notes"] == []


@pytest.mark.parametrize(
    "text",
    [
        "It stays if I look at it",
        "It softened when I looked at it",
        "Thank you for keeping me safe all these years",
        "It looks like a little kid hiding",
    ],
)
def test_ordinary_check_in_answers_are_not_crisis(text: str) -> None:
    assert "crisis" not in analyze(text).present()


# --- "burden": IFS's word for what a part carries, and the writer as a burden -------------

IFS_BURDENS = [
    "it carries the burden of shame",
    "The exile is ready to let go of its burden.",
    "its burden is loneliness, mostly",
    "my exile carries a legacy burden from my grandmother",
    "We offered the little one the river to release the burden.",
    "Burdens it carries: fear of being too much, grief",
    "we unburdened the young one today and I feel lighter",
    # what a client types into a part's "What is it carrying?" field (a walk-through found
    # each of these raising the crisis page before rules+lex-2.15)
    "heavy burden from dad",
    "burdened",
    "Burden: shame",
    "Burdens: not enough, too much",
    "a burden of perfectionism, mum's worry",
]
WRITER_AS_BURDEN = [
    "I am a burden to everyone",
    "Being a burden is all I am",
    "Everyone sees me as a burden",
    "Am I a burden?",
    "I'm the family burden",
    "my burden is that I'm still here",
    "the burden of being me is too much",
    "i'm just a burden",
    "the voice says you're a burden, you've always been a burden, leave",
    "How long can you be a burden before it turns into a decision?",
    "I keep burdening everyone and they'd be better off without me",
]


@pytest.mark.parametrize("text", IFS_BURDENS)
def test_a_parts_burden_is_not_crisis(text: str) -> None:
    assert_lacks(text, CRISIS)


@pytest.mark.parametrize("text", WRITER_AS_BURDEN)
def test_the_writer_as_a_burden_is_crisis(text: str) -> None:
    assert_has(text, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "I won't be around much longer, I've given my dog away.",
        "I won't be around for long, I gave my things away.",
    ],
)
def test_not_being_around_with_things_given_away_is_crisis(text: str) -> None:
    assert_has(text, CRISIS)
