"""Crisis said without a death word in the writer's own voice (rules_crisis_signals and the
rules added beside it for rules+lex-2.16; rules_crisis_veiled for 2.17), each with the ordinary
writing closest to it.

The sentences are written for these tests; none is a row of a data file.
"""

from __future__ import annotations

import pytest

from selfled.lib.insight import analyze
from selfled.lib.insight.model import CRISIS, THRESHOLD


def crisis(text: str) -> float:
    return next((r.confidence for r in analyze(text).labels if r.label == CRISIS), 0.0)


SIGNALS = [
    # accident-welcome
    "honestly it would be nice if a tree came down and landed on me on the walk home",
    "if the lorry ahead swerved and hit me I wouldn't be that upset, is that bad",
    # screening-answer-yes
    "ticked 'more than half the days' on the better-off-dead question and meant it",
    # part-wish-shared
    "the exile wants to not exist anymore and, if I'm honest, so do I",
    # keeper-letting-go
    "the manager part that has kept me alive since I was twelve says it is done now",
    # whole-pack
    "tonight's plan from my firefighter: gin and the whole blister pack",
    # recent-cutting
    "was cutting again last night, only a little",
    "two years without self-harm and this week the urge came back hard",
    # means-hidden-from-me
    "my flatmate locked away the pills again. she's right to.",
    # wish-had-died
    "some mornings I wish I'd not survived the overdose in March",
    # helium
    "looked up prices and ordered a tank of helium, not telling anyone",
    # not-make-it-to
    "if I don't make it to Christmas, the dog goes to my sister",
    # resign-from-life
    "living feels like a membership I want to cancel my subscription to",
    # envy-of-the-dead
    "at Gran's funeral I caught myself feeling jealous of her, lying there so still",
    # nothing-to-stay-for
    "kids are grown, the house is sold, nothing left to stick around for",
    # sorry-to-wake
    "woke up at noon, disappointed to still be breathing",
    # who-gets-what
    "spent the evening writing down who gets what, the records, the bike, the plants",
    # last-time-intended
    "hugged my brother like it was the last time, because it will be",
    # anyone-miss-me
    "I keep asking myself whether anyone would even notice me gone. would anybody miss me",
    # quietly-go
    "get the kids through exams, then I can quietly slip away",
    # only-exit-is-me
    "the only off switch for this pain is me",
    # unsure-if-safe
    "not sure I can keep myself safe this weekend",
    # let-chance-decide
    "walking home on the unlit road without a torch, let the traffic decide whether I get home",
    # unafraid-of-dying-wants-it, second half
    "more scared of waking up than of dying, if that makes sense",
    # inner-voice-says-die
    "the critic keeps telling me I should just die and I can't argue back today",
    # the contrast ellipsis: relief named, the wish left out of it
    "the dose lifted the fog but not the urge to end it",
    # the better-off family, more comparatives
    "the family would be calmer without me in it",
    # other languages
    "quiero desaparecer, no aguanto más",
    # a review found these: each was crisis before rules+lex-2.16 and must stay so
    "Part of me wants to die. I said no one can know.",
    "Honestly I want to die. I said no, I'm not okay.",
    "I wish I had died in that crash. I told her no one would understand.",
    "In aftercare I said I don't want to live anymore.",
    "At the intake form I lied, I do want to die.",
    "I'm a patient on the ward and I want to die.",
    "After the radio interview I just want to die.",
    "Wrote a goodbye note to my Ed last night, he'll find it in the morning.",
    "From when I wake up I want to die.",
    # and these, close to the new rules, were missed by its first draft
    "I want to cancel my subscription to life.",
    "I can't promise I'll be safe tonight.",
    "I bought helium, and not for balloons.",
    # rules_crisis_veiled (rules+lex-2.17): warning signs written around the act
    "Forty more years of this? No thanks.",
    "whats the point of like 50 more yrs of this tbh",
    "I keep trying and I can't come up with one reason for staying alive.",
    "I've had enough birthdays. I don't intend to see another christmas.",
    "Walked home along the dual carriageway in the dark hoping a lorry would take care of it.",
    "took the kayak out past the buoys with no vest on, hoping it would capsize",
    "Let my brother have the guitar and the amp. He thinks I'm moving abroad. Let him think that.",
    "Rehomed the rabbits with a neighbour. Told her it was the allergies. It's not the allergies.",
    "Spent the night reading about how many paracetamol it takes. Not out of curiosity.",
    "I looked at which of my meds would be strong enough if I took them all together.",
    "Stopped taking the tramadol a fortnight ago. There's a good stash in the shoebox now.",
    "Some nights I just want to be switched off. Permanently.",
    "Left a list of his allergies on the fridge for whoever is looking after him when I'm gone.",
    "Visited the grave again. I won't keep her waiting much longer.",
    "wore a cardigan all day in the heat so nobody sees my wrists",
    "The critic says I should disappear. I'm starting to believe it.",
    "Deleted Instagram and left every group chat. Tying up the final loose ends.",
]

ORDINARY = [
    # accident-welcome
    "it would be nice if the bus came on time for once",
    # screening-answer-yes
    "better-off-dead question: not at all, and that felt good to write",
    # part-wish-shared
    "the little one wants to go to the beach and honestly so do I",
    # keeper-letting-go
    "the part that kept me going through exams can rest now, and I feel lighter",
    # whole-pack
    "drank a whole bottle of water and went to bed early",
    "finished the whole box of cereal with the kids this morning",
    # recent-cutting
    "was cutting onions and cried like a baby",
    "I cut the hedge back again yesterday",
    # means-hidden-from-me
    "mum hid the chocolate again, she knows me too well",
    # wish-had-died
    "I used to wish I'd died that night; I don't any more",
    # helium
    "bought a tank of helium for the party balloons",
    # not-make-it-to
    "probably won't make it to the party, the trains are on strike",
    # resign-from-life
    "I'm going to hand in my notice at work and I'm excited about life again",
    # envy-of-the-dead
    "jealous of my friend's new car, I'll admit it",
    # nothing-to-stay-for
    "nothing to stay up for tonight, early bed",
    # sorry-to-wake
    "annoyed that I woke up so early on a Sunday",
    # who-gets-what
    "mum's writing her will so we all know who gets what",
    "we decided who gets the big bedroom in the new flat",
    # last-time-intended
    "the cake was as good as the last time",
    # anyone-miss-me
    "everyone would miss me at the party if I skipped it",
    # quietly-go
    "finish this report, then I can go home",
    # only-exit-is-me
    "the only way out is through, my therapist says",
    # unsure-if-safe
    "not sure if I'm safe to drive after the dose, so I'll get a lift",
    # let-chance-decide
    "let the kids decide if we go camping",
    # the contrast ellipsis
    "therapy helped, I'm tired but not suicidal",
    # goodbye letters as an exercise, not a preparation
    "wrote a goodbye letter to my anxiety as homework this week",
    # stockpiling for a storm
    "stockpiling tins and batteries before the snow",
    # game titles
    "played Dead by Daylight with my brother all evening",
    # an alarm, not a life
    "I don't want to wake up early tomorrow, it's my day off",
    # a phone that died
    "my phone died on the train and honestly it was a relief",
    # a screening question answered no in the next sentence
    "The GP asked if I'd thought about hurting myself. I told her no.",
    # work with suicide
    "we had training on suicide risk assessment at work today, heavy but useful",
    # a review of the first draft found these raising crisis
    "It would be nice if my boss took me out for lunch sometime.",
    "I'd be glad if the storm didn't wake up the dog tonight.",
    "For the better-off-dead question I put not at all, and several days for trouble sleeping.",
    "My doctor asked about hurting myself and I said no, but I do feel tired most days.",
    "My part wants to end it with my boyfriend and I agree, he's not kind to me.",
    "The part of me that keeps me going at work is exhausted.",
    "I finished the entire packet of tablets the GP gave me for the infection, with food.",
    "I was cutting a bit of slack for myself this week.",
    "They cut yesterday's meeting, so I had a free afternoon.",
    "My husband hid the car keys again because I keep losing them.",
    "I wish I had finished it before the deadline.",
    "We ordered a tank of helium for my son's graduation celebration.",
    "If I don't make it to Thursday's session can we reschedule?",
    "I'm so jealous of Sam's holiday, my laptop died on the first day of mine.",
    "Honestly jealous of my sister, she was dead tired but still won the race.",
    "No one to stay for dinner tonight, so I cooked for one.",
    "I'm gutted that I woke up with a cold today.",
    "Wrote down who gets what from the garden harvest.",
    "Would anyone even notice me if I dyed my hair?",
    "After the exam, then I can just go.",
    "After the session I'm not afraid of death anymore, and not afraid of living either.",
    "The manager part keeps telling me you need to end it before the deadline.",
    "The only cure for this boredom is me, getting off the sofa.",
    "I don't know if I'm safe at home since my ex got out of prison.",
    "Let the dice decide if I stay in tonight or go out.",
    "The house would be quieter if I was out more often.",
    # a goodbye at work, not a preparation
    "Saying goodbye to my patients was the hardest part of leaving the clinic.",
    # rules_crisis_veiled (rules+lex-2.17): the ordinary writing closest to them
    "Another thirty years of this job? Hard pass, I'm retraining as a nurse.",
    "Thirty more years of this commute? No thanks, I'm asking for a remote role.",
    "What's the point of another meeting about the meeting?",
    "I can finally see the point of living somewhere with a garden.",
    "I don't care to see the next Marvel film, honestly.",
    "Drove home in the storm hoping the bus would come on time.",
    "Hoping my brother would take care of things while I'm away.",
    "hoping the scales would tip in my favour at the hearing",
    "hoping it would sink in after the session",
    "Gave away the old sofa, it's not the money, I just wanted space.",
    "Found a new family for the kittens; we simply have too many cats.",
    "I researched ketamine's side effects, not out of curiosity: my doctor asked me to.",
    "Stopped taking my meds because the supply ran out at the pharmacy.",
    "I just want to shut down my laptop and sleep.",
    "I want to be switched off for the whole weekend, no emails.",
    "Wrote handover notes for whoever is here after me on the night shift.",
    "Don't want to keep him waiting, he passed his driving test and wants to celebrate.",
    "The critic says I should quit the choir. I'm starting to believe it.",
    "Tying up the last loose ends before we move to Leeds: closed my old accounts.",
    "Tying up loose ends at work, deleted the old project group chat.",
    "Let it be short, the speech I mean, nobody wants an hour.",
    # a review of rules+lex-2.17 found these ordinary sentences raised as crisis
    "Ten more years of this? I can't wait!",
    "Ten more years of this? I can't believe how lucky I am.",
    "I was hoping the bus would get me to work on time",
    "hoping the train will get me home early",
    "hoping it would go over well with my boss",
    "I'd like to be put down as a volunteer",
    "I just want to be deleted as an admin from that group",
    "can't think of a good reason for going on the trip",
    "Last day on the ward tomorrow; I left a handover folder for whoever is here after me.",
    "I don't want to keep her waiting, so I'll join her now",
    "I've been skipping my meds. Work is a huge stack of emails.",
    "We gave away the puppies to good homes. Are we sad? In a way, yes.",
    "Forty more years of this? Nope, I'm quitting this job.",
]


@pytest.mark.parametrize("text", SIGNALS)
def test_signal_is_crisis(text: str) -> None:
    assert crisis(text) >= THRESHOLD, text


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_writing_close_to_a_signal_is_not(text: str) -> None:
    assert crisis(text) < THRESHOLD, text


def test_rule_names_are_unique() -> None:
    # a rule's name is how a trace or a test finds it; two rules of one name hide each other
    from selfled.lib.insight.analyzer import RULES

    names = [r.name for r in RULES]
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})
