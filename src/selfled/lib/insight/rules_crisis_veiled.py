"""Crisis language, veiled: warning signs written around the act rather than naming it.

A long life refused ("another thirty years of this? no"), a risk taken in the hope that
something would "take care of things", possessions or a pet given away under a cover story,
a method researched "not out of curiosity", pills saved up, a wish to be "switched off",
notes left "for whoever is here after me", a late partner not to be "kept waiting long",
clothes worn to hide one's arms. Each family needs its own context (the refusal, the hope,
the cover story), so ordinary talk about long careers, road trips, rehoming a pet for a new
job or reading about a medicine does not match. Split from :mod:`rules_crisis_signals` to
keep modules small; the analyzer reads all of them.
"""

from __future__ import annotations

from .model import CRISIS
from .rules import Rule, cooc, rule

# "another thirty years", "60 more yrs", "the next forty years", "decades more"
_MORE_YEARS = (
    r"(?:another|the next|(?:\d+|few|ten|twenty|thirty|forty|fifty|sixty|seventy|many|"
    r"several) more|more) (?:(?:\d+|few|ten|twenty|thirty|forty|fifty|sixty|seventy|many|"
    r"several) )?(?:more )?(?:years|yrs|decades)"
)
# ... of this life: "of this" ending the clause, or of living, pain, feeling like this
_OF_THIS = (
    r" (?:of|like) (?:this|that|it|living|life|being alive|existing|the pain|this pain|"
    r"feeling (?:like )?this|being me|me)(?=\s*(?:[.!?,;:\n]|$|fr\b|tbh\b|honestly\b|lol\b))"
)
# a refusal of it
_REFUSAL = (
    r"(?:hard pass|no thanks|no thank you|nope|not happening|i'm out|im out|count me out|"
    r"not for me|(?:i )?can't do (?:it|that|this)|(?:i )?cannot do (?:it|that|this)|not doing "
    r"(?:it|that|this)|i don't want (?:it|that|this))\b"
    # not a job, a place or a course left behind
    r"(?![^.!?\n]{0,60}?\b(?:job|work|career|commute|boss|retir\w*|quit\w*|resign\w*|school|"
    r"degree|course|city|town|weather|rent|landlord|marriage|divorce|move|moving)\b)"
)

# Taking a risk with one's life, then hoping a hazard would finish it.
_HAZARD = (
    r"(?:deer|moose|tree|truck|lorry|semi|train|car|bus|wave|waves|current|storm|ice|cold|boat|"
    r"bullet|fall|crash|accident|heart attack|stroke|cancer|virus|plane|wall|bridge|drunk "
    r"driver|driver|lightning|avalanche|river|sea|lake|water|overdose)"
)
_FINISH = (
    r"(?:take care of (?:things|it|me|everything|the rest)|finish (?:me|it|things|the job)|"
    r"end (?:it|things|me)|do it for me|do the job|tip over|capsize|hit me|not see me|"
    r"kill me|make it quick|swallow me)"
)

# Giving away a pet or one's things, and the reason given is not the real one.
_GIVE_AWAY = (
    r"(?:found (?:a|an|another|some) (?:new )?(?:family|home|owner|people) (?:to|for|who)|"
    r"rehom\w+|gave away|giving away|given away|signed over|let (?:my|our) \w+ (?:take|have|"
    r"keep)|let (?:him|her|them) (?:take|have|keep)|told (?:\w+ )?(?:he|she|they|him|her|them) "
    r"(?:can|could) (?:have|keep|take)|(?:he|she|they) can (?:have|keep|take) (?:my|the))"
)
_COVER_STORY = (
    r"(?:(?:told|telling|said|saying) [^.!?\n]{0,60}?[.!?]\s*(?:but )?(?:it's|it is|that's|it "
    r"isn't) not (?:really )?(?:the|about the|because of the|because of my) \w+|not the (?:real )?"
    r"reason|let (?:him|her|them) think (?:that|so|it)|(?:he|she|"
    r"they) (?:thinks?|think) i'm (?:moving|going|travelling|traveling|leaving|relocating|"
    r"away)|true,? but not the reason|that's (?:what|the story) i told)"
)

# Reading or searching about a way to die, and saying it is not idle.
_RESEARCH = (
    r"(?:searched|googled|googling|looked up|looking up|been reading about|reading about|"
    r"read up on|researching|researched|asked (?:chatgpt|the internet|google))"
)
_METHOD = (
    r"(?:what happens if (?:you|i|someone|a person) (?:take|takes|mix|mixes|drink|drinks|"
    r"swallow|swallows|jump|jumps)|how (?:much|many) (?:of (?:my|the) )?(?:pills|tablets|"
    r"paracetamol|tylenol|insulin|meds|sleeping pills)|clinics? in switzerland|"
    r"dignitas|assisted (?:dying|suicide)|euthanasia|overdos\w+|lethal|fatal|painless|pills|"
    r"tablets|paracetamol|tylenol|acetaminophen|with alcohol|bridges?|heights|knots?|rope|"
    r"carbon monoxide|helium|chloroquine|insulin|antifreeze|exit bags?|the fastest way)"
)
_NOT_IDLE = (
    r"(?:not (?:as|for) (?:research|a (?:story|book|paper|class|friend|project))|(?:it|that) "
    r"(?:was|wasn't|was not|isn't|is not) (?:not )?(?:just |out of |idle )?curiosity|not (?:out "
    r"of|from|for) curiosity|not (?:just )?curious|wasn't (?:just )?(?:curious|idle)|not idle)"
)

# Work that someone takes over: a note for "whoever is here after me" there is a handover.
_WORKPLACE = (
    r"\b(?:handover|hand over|handing over|shift|ward|rota|desk|office|job|work|team|role|post|"
    r"contract|locum|cover|successor|replacement|clinic|practice|classroom|class)\b"
)

RULES: tuple[Rule, ...] = (
    # a long life refused: "Another thirty years of this? Hard pass.", "whats even the point of
    # like 60 more yrs of this fr" (not "another thirty years of this job")
    rule(
        CRISIS,
        "more-years-refused",
        r"\b" + _MORE_YEARS + _OF_THIS + r"\W{0,4}(?:[\w']+ ){0,2}?" + _REFUSAL + r"\b|"
        r"\b(?:what'?s|what is) (?:even )?the (?:point|sense|use) (?:of|in) (?:like )?(?:"
        + _MORE_YEARS
        + _OF_THIS
        + r")",
        0.8,
        neg=False,
        needs=("years", "yrs", "decades"),
    ),
    # "I no longer see the point of a long life. Let it be short.", "I've seen enough springs
    # and don't care to see the next one", "can't construct a single argument for continuing"
    rule(
        CRISIS,
        "no-case-for-living",
        r"\b(?:can't|cannot|can not|couldn't|could not|no longer|don't|do not|unable to|fail to|"
        r"struggle to)(?: \w+){0,2}? (?:see|find|make|construct|think of|come up with) (?:a|one|"
        r"any|the) (?:single |good |real )?(?:point of|reason for|argument for|case for) (?:a "
        r"long life|living|continuing|going on|staying alive|being alive|carrying on|staying "
        r"here)\b(?=\s*(?:[.!?,;:\n]|$|anymore\b|any more\b|at all\b|like this\b))|"
        r"\blong life\b[^.!?\n]{0,40}?[.!?]?\s*let it be short\b|"
        r"\b(?:don't|do not) (?:care|need|want|intend|plan) to see (?:the next|another) (?:spring|"
        r"summer|winter|autumn|fall|christmas|birthday)\b",
        0.8,
        neg=False,
        needs=(
            "point of",
            "reason for",
            "argument for",
            "case for",
            "be short",
            "see the next",
            "see another",
        ),
    ),
    # a risk taken in the hope of not surviving it: "drove home hoping a deer or a tree would
    # take care of things", "sat in the boat hoping it would tip"
    rule(
        CRISIS,
        "hoping-it-would-finish",
        r"\bhop(?:ing|ed|e) (?:that )?(?:a|an|the|some|one)(?: \w+)? " + _HAZARD + r"\b"
        r"[^.!?\n]{0,30}?\b(?:would|will|might|could|'d) " + _FINISH + r"\b|"
        r"\bhop(?:ing|ed|e) (?:that )?(?:it|the boat|the canoe|the kayak) (?:would|will|might) "
        r"(?:tip over|capsize|sink|tip(?=\s*(?:[.!?,;:\n]|$)))\b(?! (?:in|into|the|my|our|a|"
        r"well|fine)\b)",
        0.8,
        neg_words=3,
        needs=("hoping", "hoped", "hope"),
    ),
    # a pet or one's things given away under a cover story: "Found a family to take Biscuit.
    # Told them it's because of my hours. It's not the hours."
    cooc(
        CRISIS,
        "give-away-cover-story",
        r"\b" + _GIVE_AWAY,
        r"\b" + _COVER_STORY + r"\b",
        0.85,
        window=140,
        neg_words=3,
        subj=False,
    ),
    # a method looked into, "not as research", "it was not curiosity"
    cooc(
        CRISIS,
        "research-not-idle",
        r"\b" + _RESEARCH + r"\b[^.!?\n]{0,60}?\b" + _METHOD + r"\b",
        r"\b" + _NOT_IDLE + r"\b",
        0.85,
        window=120,
        neg=False,
        subj=False,
    ),
    # which pills would be enough, how many it would take
    rule(
        CRISIS,
        "enough-to-do-it",
        r"\bwhich (?:of (?:the|my) )?(?:medicines|meds|medications|pills|tablets|drugs|"
        r"painkillers)\b[^.!?\n]{0,50}?\bwould be (?:enough|strong enough|lethal|fatal)\b|"
        r"\bhow many (?:of (?:my|the|these) )?(?:pills|tablets|meds|sleeping pills|"
        r"painkillers)\b[^.!?\n]{0,30}?\b(?:would be enough|it would take|it'd take|to be sure|"
        r"to not wake up)\b",
        0.85,
        neg_words=3,
        needs=("enough", "lethal", "fatal", "take", "sure", "wake"),
    ),
    # pills saved up rather than taken: "Haven't taken the oxy in three weeks. Not because I'm
    # tapering. Got a good stack in the coffee can now."
    cooc(
        CRISIS,
        "pills-saved-up",
        r"\b(?:haven't|have not|not been|stopped|skipping|skipped|been saving|saving up|saved "
        r"up|stockpil\w+|hoard\w+|squirrel\w* away|putting (?:them|some) aside)\b(?: (?:taking|"
        r"taken|swallowing))? (?:the |my |all my |up my |up )?(?:oxy\w*|opioids?|pills|meds|"
        r"tablets|painkillers|sleeping pills|prescription|morphine|tramadol|codeine|"
        r"benzos?|xanax|valium)\b",
        r"\b(?:stash|hoard|saved up|a good few|enough (?:now|saved)|(?:a )?(?:good|nice|big) "
        r"(?:stack|pile)|(?:stack|pile) of (?:them|pills|tablets)|in the (?:coffee can|tin|sock|"
        r"shoebox))\b",
        0.85,
        window=140,
        neg=False,
        past=False,
        subj=False,
    ),
    # "I'd like to simply be switched off", "if being gone is like that, I'd sign up today"
    rule(
        CRISIS,
        "switched-off",
        r"\b(?:i'd like|i would like|i want|i wish|wish i could|i just want|i'd love) to "
        r"(?:simply |just |finally )?be (?:switched off|turned off|powered down|shut off|"
        r"deleted|erased|put down)\b(?! (?:from|for|at|during|on|over|after|until|till|by|in|"
        r"when|while|as|to|off|with|until|before) )|"
        r"\b(?:being gone|being dead|death|dying|not existing|nothingness|not being here)\b"
        r"[^.!?\n]{0,30}?\b(?:i'd|i would|i'll) (?:sign (?:me )?up|take it|go)(?: today| now| "
        r"tomorrow| in a heartbeat| tonight)\b",
        0.8,
        neg_words=3,
        needs=(
            "switched off",
            "turned off",
            "powered down",
            "shut off",
            "deleted",
            "erased",
            "put down",
            "sign",
            "take it",
            "go",
        ),
    ),
    # notes for after the writer: "taped it to the fridge for whoever's here after me"
    rule(
        CRISIS,
        "for-whoever-after-me",
        # from the sentence's start, so that a handover note at work ("left a handover folder
        # for whoever is here after me") is seen for what it is, before or after the words
        r"(?:(?<=[.!?\n])|^)(?:(?!" + _WORKPLACE + r")[^.!?\n])*?"
        r"\bfor (?:whoever|whomever|the person|the one|anyone|someone)(?:'s| is| who's| that's)?"
        r" (?:here|left|around|looking after (?:her|him|them)|is here) (?:after me|when i'm gone|"
        r"once i'm gone|after i'm gone)\b(?![^.!?\n]{0,40}?" + _WORKPLACE + r")|"
        r"\bfor (?:whoever|whomever|the person|the one) (?:who )?finds (?:me|my body)\b",
        0.85,
        neg=False,
        needs=("after me", "i'm gone", "finds me", "finds my body"),
    ),
    # a late partner not to be kept waiting: "bought the plot beside hers, and I don't intend
    # to keep her waiting long"
    cooc(
        CRISIS,
        "not-keep-them-waiting",
        r"\b(?:don't|do not|won't|will not|not going to|shan't) (?:intend |plan |mean |want )?"
        r"(?:to )?keep (?:her|him|them) waiting(?: (?:long|much longer|any longer))?\b",
        r"\b(?:plot|grave|buried|cemetery|churchyard|headstone|ashes|urn|late (?:wife|husband|"
        r"partner)|since (?:she|he) (?:died|passed|went)|beside (?:hers|his))\b",
        0.85,
        window=120,
        neg=False,
        subj=False,
    ),
    # affairs put in order with accounts closed: "Deleted the apps, left the group chat, closed
    # my Facebook. Tying up the last loose ends this week."
    cooc(
        CRISIS,
        "closing-down",
        r"(?:\b(?:tying up|tie up|tied up) (?:the |my |all the |all my )?(?:last|final) loose "
        r"ends\b|\b(?:putting|getting|put|got) (?:all )?my affairs in order\b)"
        r"(?![^\n]{0,200}?\b(?:move|moving|moved|relocat\w*|new job|new role|leaving (?:the|my) "
        r"job|holiday|vacation|maternity|paternity|sabbatical|travel\w*|trip|retir\w*|"
        r"surgery|operation|deploy\w*|semester|term|project|handover|hand over)\b)",
        r"\b(?:deleted|closed|deactivated|wiped|left) (?:all )?(?:my |the )?(?:accounts?|apps?|"
        r"facebook|instagram|social media|socials|group chats?|profiles?)\b|\bwho gets\b",
        0.85,
        window=160,
        neg_words=3,
    ),
    # covering one's arms: "wearing my hoodie in PE even tho its 90° bc of my arms"
    rule(
        CRISIS,
        "hiding-arms",
        r"\b(?:hoodie|long sleeves|long-sleeved|jumper|sweater|cardigan|jacket|bracelets?|"
        r"wristbands?|sleeves down)\b[^.!?\n]{0,60}?\b(?:because of|bc of|bc|cos of|cause of|"
        r"coz of|to hide|hiding|so (?:no one|nobody|no1) (?:sees|can see|notices)) (?:my |the )?"
        r"(?:arms|wrists|thighs|forearms|cuts|fresh cuts|burns|marks)\b(?![^.!?\n]{0,40}?\b(?:"
        r"eczema|psoriasis|sunburn|rash|tattoos?|hair|weight|fat|flabby|wings|sun|mosquito|"
        r"bites|allerg\w*|cold|chilly|freezing|skinny|thin|muscles?|birthmark)\b)",
        0.8,
        neg_words=3,
        needs=("arms", "wrists", "thighs", "cuts", "burns", "marks"),
    ),
    # a part that wants the writer gone, and the writer giving in: "now says I should remove
    # myself. I am starting to listen to it."
    rule(
        CRISIS,
        "giving-in-to-the-part",
        r"\b(?:remove myself|disappear|not be here|stop existing|be gone|end it|end myself|"
        r"kill myself|die|not wake up|go away for good)\b[^.!?\n]{0,20}?[.!?]?\s*(?:and )?(?:i "
        r"am|i'm|im|and i'm|part of me is) (?:starting|beginning|tempted) to (?:listen to|agree "
        r"with|believe|obey|go along with) (?:it|him|her|them|that)\b",
        0.8,
        neg=False,
        subj=False,
        needs=("listen to", "agree", "believe", "obey", "go along"),
    ),
)
