"""Oblique crisis language: euphemism, metaphor, hoping for an outside death, self-neglect.

People rarely write "I want to die". They write about logging out, being excused, a
permanent holiday, hoping the scan comes back bad, not being around for next month's
appointment, the garage, the bath, the quarry. These families are written from general
knowledge of how passive and active suicidal thinking is expressed (C-SSRS categories:
wish to be dead, non-specific thoughts, method, intent, plan, preparatory behaviour).
"""

from __future__ import annotations

import re

from .lexicon import AROUND

# Wanting out by metaphor: exits, switches, subscriptions, being excused.
EXIT = (
    r"(?:log(?:ging)? (?:out|off) (?:of|from) (?:life|existence|everything|this)|"
    r"(?:asking for|want|wanting|need|needing|wish for|looking for|find|found|know where)"
    r" (?:[\w']+ ){0,3}off switch|be excused|tap(?:ping)? out(?= of life|\s*(?:$|[.!?,;]))|"
    r"bow(?:ing)? out(?= of life| for good|\s*(?:$|[.!?,;]))|opt(?:ing)? out of (?:life|"
    r"living|existing|being alive|everything)|unsubscrib\w* from (?:life|existence)|"
    r"(?:over|done|finished|through) (?:with )?being (?:a person|alive|human|me|here|"
    r"a human)|(?:pull|pulling) the plug on (?:myself|me|my life)|"
    r"permanent(?:ly)? (?:one|version|exit|solution|way out|holiday|rest|sleep|escape|"
    r"break|vacation|fix|answer|leave|goodbye|option|way|end|out|quiet|silence)|"
    r"something (?:more )?permanent|(?:a|the) permanent one|"
    r"(?:be|go) nowhere at all|better to be nowhere|"
    r"call (?:me|us) home|(?:be|see (?:him|her|them)) (?:there|again) soon|"
    r"join (?:him|her|them|my \w+) (?:soon|there|again|in heaven)|go home to (?:god|the lord|"
    r"jesus|heaven)|"
    r"(?:it's|it is) time (?:to fix it|to go|for me to go)|that's it for me|"
    r"(?:like|love|ready|want|wanna) to go now|(?:made|making) my peace|"
    r"(?:woke|wake|waking) up anyway|disappointed (?:to wake|that i (?:woke|wake)|i woke|"
    r"when i wake|to still be here)|still here(?=,? unfortunately| sadly|\s*(?:$|[.!?]) "
    r"(?:unfortunately|sadly|again))|"
    r"(?:don't|do not|didn't|never|not) (?:want|have|need) to come (?:back|up)|"
    r"wish i didn't have to come back|go with the (?:leaves|tide|current)|"
    r"blow (?:it|me) out|(?:shouldn't|should not|don't deserve to|do not deserve to) "
    r"(?:exist|be alive|be here|live)|born a mistake|a mistake (?:to|that i) (?:exist|"
    r"was born|be here)|(?:body|heart) (?:to )?(?:give out|give up|stop|fail|make the "
    r"decision)|let (?:my|the) (?:heart|body|illness|cancer|disease|nature) (?:make the "
    r"decision|decide|take (?:its|it's) course|do it|sort it)|let(?:ting)? nature "
    r"(?:sort|take)|(?:if it happens,? it happens)|"
    r"(?:don't|do not) care (?:what happens to me|if i (?:live|die|wake|make it|get hurt|"
    r"crash)|whether i (?:live|die|wake|make it))|"
    r"(?:i'm|i am) (?:just )?finished(?=\s*(?:$|[.!?]))|"
    r"(?:the )?(?:last|final) (?:thing|time) i (?:try|'ll try|will try|do)|"
    r"rehears\w*|dress rehearsal|(?:how people|how others|how to) do it)"
)

# Staying alive, doubted or declined: "not sure I'll be around", "not sticking around".
NOT_STAYING = (
    r"(?:(?:not|never|don't|won't|wouldn't|no reason|why|if|whether|doubt) (?:[\w']+ ){0,4}?"
    r"(?:be " + AROUND + r"|stick(?:ing)? around|still be here|"
    r"be here (?:for|next|to see|by|in)|"
    r"stay(?:ing)? alive|make it (?:to|through|past) (?:spring|summer|autumn|fall|winter|"
    r"christmas|graduation|my birthday|next (?:year|month|week)|the (?:weekend|end of)|"
    r"\d+)|see (?:spring|summer|autumn|winter|christmas|my birthday|next year|another)|"
    r"be (?:here|around) (?:much )?longer|should stay)\b|"
    r"(?:after|beyond) (?:next week|this week|tonight|friday|the weekend)(?= (?:[\w']+ ){0,4}"
    r"(?:worry|need|matter|handled|sorted))|don't worry about me (?:after|once|when)|"
    r"if anything (?:ever )?happens to me|in case (?:something|anything) happens to me|"
    r"(?:didn't|don't|no) see the point (?:of|in) (?:booking|planning|making plans|"
    r"buying|renewing|signing up|anything that far))"
)

# Hoping something outside does it: an illness, an accident, a crash.
OUTSIDE = (
    r"(?:(?:hope|hoping|hoped|wish|wishing|pray\w*|fantasi\w*|daydream\w*|dream\w* "
    r"(?:of|about)|long\w* for|secretly want)\W+(?:[\w']+\W+){0,8}?(?:biopsy|scan|results?|"
    r"tests?) (?:comes?|came|will come) back bad|"
    r"(?:hope|hoping|hoped|wish|wishing|pray\w*|fantasi\w*|daydream\w*)\W+(?:[\w']+\W+){0,8}?"
    r"(?:plane|flight|bus|car|truck|lorry|train) (?:[\w']+ ){0,2}(?:goes down|go down|went down|"
    r"crash\w*|hit\w* me|run\w* me over|ran me over)|"
    r"(?:fantasi\w*|daydream\w*|dream\w*|hope|hoping|wish\w*) (?:[\w']+ ){0,3}(?:a |an |the )?"
    r"(?:car accident|accident|crash|heart attack|stroke|aneurysm|cancer|tumou?r|"
    r"terminal|fatal)|"
    r"if (?:a|the) (?:bus|car|truck|lorry|train) (?:hit|hits|ran over|runs over|took) me|"
    r"thank the driver|(?:biopsy|scan|results?) (?:[\w']+ ){0,3}(?:comes?|came) back bad"
    r"(?= (?:[\w']+ ){0,6}(?:then|choice|relief|good|hope))|"
    r"(?:one of these (?:times|nights|days)|this time) (?:[\w']+ ){0,3}(?:it's|it is|will be|"
    r"would be)? ?(?:the last (?:one|time)|i (?:just )?(?:don't|won't) wake))"
)

# Places and means named obliquely, with what is done there.
METHOD_SCENE = (
    r"(?:garage\W+(?:[\w']+\W+){0,10}?(?:car running|engine (?:on|running)|door (?:pulled )?"
    r"down|exhaust|hose|turn the engine)|(?:car running|engine running)\W+(?:[\w']+\W+){0,6}?"
    r"garage|"
    r"(?:bath|bathtub|tub)\W+(?:[\w']+\W+){0,8}?(?:slip\w* under|go under|stay\w* (?:there|"
    r"under|down)|don't want to come up|underwater)|"
    r"(?:sea|river|lake|ocean|water|quarry)\W+(?:[\w']+\W+){0,6}?(?:walk\w* in|keep walking|"
    r"swim out|the answer|not come back|into it)|"
    r"(?:long way|way) (?:home )?(?:past|by) the (?:quarry|bridge|cliffs?|railway|tracks|"
    r"reservoir|river)|"
    r"(?:pistol|gun|rifle|revolver|firearm)\W+(?:[\w']+\W+){0,10}?(?:in my lap|sitting with|"
    r"sit with|hold\w*|loaded|in my mouth|to my head|clean\w*)|(?:clean\w*|holding|"
    r"loaded|sitting with) (?:my|the|his|dad's) (?:pistol|gun|rifle|revolver)|"
    r"(?:belt|rope|cord|cable|scarf|ligature)\W+(?:[\w']+\W+){0,8}?(?:rail|beam|hook|hold|"
    r"door|closet|banister|shed|know where it is|hung|hang)|(?:hung|hang\w*|tied) (?:a|the|"
    r"my) (?:belt|rope|cord|cable|scarf)|"
    r"take (?:everything|it all|all of it|the lot|the whole (?:bottle|box|packet|pack)) "
    r"(?:in|from) (?:the|my) (?:cabinet|cupboard|drawer|bathroom|medicine)|"
    r"(?:took|take|taking|swallowed) (?:more than|double|triple|twice|three times) "
    r"(?:the label|the dose|prescribed|i'm supposed|what it says)|"
    r"(?:motorway|highway|traffic|platform|tracks|edge)\W+(?:[\w']+\W+){0,8}?(?:how quick|how "
    r"easy|how fast|step forward|step out|one step|the pull)|"
    r"pull to step (?:forward|out|off|in front)|"
    r"(?:without|no) (?:my )?seat ?belt (?:on )?(?:on purpose|deliberately)|"
    r"(?:train|bus) (?:timetable|times|schedule)\W+(?:[\w']+\W+){0,8}?(?:not because|not going "
    r"anywhere|wasn't going anywhere|not to catch)|"
    r"(?:stop\w*|not tak\w*|no longer tak\w*|haven't refilled|won't refill|not "
    r"refill\w*|quit\w*) (?:[\w']+ ){0,2}(?:insulin|heart (?:tablets|pills|meds|medication)|"
    r"bp meds|blood pressure (?:meds|pills|tablets)|transplant meds|"
    r"anti-?rejection))"
)

# Preparations told sideways.
PREPARATION_OBLIQUE = (
    r"(?:(?:wrote|written|writing|drafted|drafting|draft|finished|left) (?:a|the) "
    r"(?:note|letter)(?=\s*(?:$|[.!?,;]|\s+(?:for|to)\s+(?:my|everyone|whoever|the kids)))|"
    r"(?:already|has|have) (?:written|wrote) the note|"
    r"goodbye (?:voicemail|video|recording|voice ?note|post|message)|"
    r"(?:making|made|make) arrangements|"
    r"(?:papers|documents|passwords) (?:in|into) an envelope|where my (?:important )?(?:papers|"
    r"documents|"
    r"will|passwords) are|given my passwords|"
    r"(?:everything(?:'s| is)|all) (?:paid off|labell?ed|sorted|in order|tied up)|"
    r"(?:paying|paid) off (?:the|my|a) (?:small |last )?(?:card|debts?|loan|bills?)(?= "
    r"(?:[\w']+ ){0,5}(?:before|so|cancel|arrangements)|\s*[.,])|"
    r"(?:life insurance|insurance policy)\W+(?:[\w']+\W+){0,8}?(?:pays? out|suicide|if it's|"
    r"like (?:it's )?a plan|worth|cover)|"
    r"(?:look after|take care of|raise) (?:the|my) (?:kids|children|dog|cat|boys|girls) "
    r"(?:[\w']+ ){0,3}(?:if anything|when i'm|after i|once i|for me)|"
    r"(?:told|tell|telling) (?:him|her|them) (?:it's|it is) permanent|"
    r"(?:a )?list for (?:later|after|when i'm gone)|things i want (?:them|him|her|you) to "
    r"know|"
    r"(?:cancel\w*|quit\w*) (?:my|the) (?:therapy|gym|appointments?|dentist|dental|"
    r"membership|lease|phone contract)\b(?= (?:[\w']+ ){0,10}(?:around|point|won't need|"
    r"need it|arrangements|be here))|"
    r"(?:thanks for everything|thank you for everything)(?:, truly|, really)?|"
    r"(?:i'm|i am) sorry\W+(?:[\w']+\W+){0,6}?knew what i meant)"
)

# Self-harm told sideways.
SELF_HARM_OBLIQUE = (
    r"(?:(?:relaps\w*|back) (?:on|to|into) (?:the )?(?:cutting|burning|self-harm\w*|"
    r"hurting myself|scratching|the blade)|(?:cut|cutting|cuttng|burn\w*|hit\w*|scratch\w*|"
    r"pinch\w*|twist\w*|bruis\w*|hurt\w*) (?:[\w']+ ){0,5}on purpose|"
    r"(?:lighter|blade|razor) under (?:the|my) sleeve|"
    r"(?:pinch\w*|twist\w*|scratch\w*|dig\w*|claw\w*) (?:and \w+ )?(?:the )?(?:skin|flesh) "
    r"(?:on|of) my|skin on my (?:arms?|legs?|thighs?|wrists?) (?:[\w']+ ){0,4}(?:purple|raw|"
    r"bleed|bled|bruised)|"
    r"(?:been|keep|started) (?:cutting|cuttng|burning|scratching) (?:again|myself)|"
    r"cuttng)"
)

# Slang and plain synonyms for killing oneself or dying, and wishes to be dead/gone.
SYNONYMS = (
    r"(?:top(?:ping)? myself|do(?:ing)? myself in|off(?:ing)? myself|end(?:ing)? myself|"
    r"self[- ]delet\w*|sewerslide|kys|unalive myself|slip(?:ping)? away(?= for good| "
    r"forever| quietly|\s*(?:$|[.!?]))|go(?:ing)? to sleep for good|six feet under|"
    r"leave this (?:world|earth|life)|cross(?:ing)? over(?= for good|\s*(?:$|[.!?]))|"
    r"(?:want|wanted|wish|wished|wanna|need|needed|hope|hoping|long|longing|rather) "
    r"(?:[\w']+ ){0,3}(?:to )?(?:be|being) (?:dead|gone|done|nothing|nowhere|at rest|"
    r"free of (?:it all|everything|life|this life|myself)|out of (?:here|this life|the "
    r"picture)(?= for good| permanently| forever|\s*(?:$|[.!?])))|"
    r"(?:dark|suicidal|intrusive|scary) thoughts? (?:[\w']+ ){0,3}(?:back|again|tonight|"
    r"louder|worse|about (?:dying|death|ending|not being|jumping|the pills|the bridge))|"
    r"(?:thoughts?|idea|urge|impulse|fantas(?:y|ies)|images?) (?:of|about) (?:[\w']+ ){0,2}"
    r"(?:dying|death|ending it|killing myself|suicide|not existing|disappearing|jumping|"
    r"overdosing|hanging|drowning|crashing|being dead|my funeral)|"
    r"(?:handful|fistful|bottle|box|packet|strip|blister) of (?:[\w']+ ){0,2}(?:pills|"
    r"tablets|sleeping pills|painkillers|paracetamol|meds)(?= (?:[\w']+ ){0,6}(?:swallow|"
    r"take|took|staring|hand|kept|hid|hidden|ready|tonight|all)|\s*(?:$|[.!?]))|"
    r"(?:razor|blade|knife|box cutter|scissors|glass) (?:[\w']+ ){0,4}(?:on|to|into|across|"
    r"against) my (?:skin|arm|arms|wrist|wrists|thigh|thighs|leg|legs|stomach)|"
    r"(?:roof|window|balcony|top floor|ledge) of (?:my|the|our) (?:building|block|flat|"
    r"apartment|office|car park)(?= (?:[\w']+ ){0,6}(?:jump|step|edge|down|high|fall|"
    r"think|stood|standing))|"
    r"(?:in front of|under) (?:a|the) (?:train|bus|truck|lorry|tram)(?= (?:[\w']+ ){0,4}"
    r"|\s*(?:$|[.!?]))|"
    r"(?:hide|hiding|cover|covering) (?:the |my )?(?:scars|cuts|marks|bandages|burns)|"
    r"(?:this|it) is the end(?=\s*(?:$|[.!?])| for me)|end of the road for me)"
)

OBLIQUE_CONCEPTS: dict[str, re.Pattern[str]] = {
    "synonyms": re.compile(r"\b" + SYNONYMS),
    "exit": re.compile(r"\b" + EXIT),
    "not-staying": re.compile(r"\b" + NOT_STAYING),
    "outside": re.compile(r"\b" + OUTSIDE),
    "method-scene": re.compile(r"\b" + METHOD_SCENE),
    "preparation-oblique": re.compile(r"\b" + PREPARATION_OBLIQUE),
    "self-harm-oblique": re.compile(r"\b" + SELF_HARM_OBLIQUE),
}
