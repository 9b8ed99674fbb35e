"""More oblique crisis language: sleep that does not end, slang for dying, hoping for an
accident or a bad diagnosis, standing at a place of danger, gathering means, putting affairs
in order, and self-harm that has come back.

Written as general concepts (C-SSRS: passive wish, method, intent, preparatory behaviour)
after reviewing which *kinds* of indirect crisis writing the earlier lexicons missed; they are
vocabularies and frames, not sentences. The crisis layer (:mod:`rules_lex`) applies the same
idiom, negation, past, other-person and mention checks to them.
"""

from __future__ import annotations

import re

_W = r"[^.!?\n]{0,40}?"  # the rest of the clause, lazily
_BODY = r"(?:thighs?|wrists?|arms?|legs?|skin|stomach|hips?|hands?|chest|ribs)"

# Sleep that does not end, and not waking.
SLEEP = (
    r"(?:(?:long|endless|eternal|forever|big|final|last) (?:sleep|nap|rest)|"
    r"(?:sleep|nap|rest) (?:that|which) (?:never|doesn't|won't) ends?|"
    r"(?:sleep|nap) forever|go to sleep in the (?:snow|cold|water|river|sea)|"
    r"(?:hope|hoping|wish|wishing|pray\w*|rather|mind if|mind|okay if|ok if|by which i mean)"
    rf"{_W}\b(?:not|never|didn't|didnae|don't|won't) (?:wak\w*|get(?:ting)? up)|"
    r"not waking(?: up)?(?= tomorrow| again|\s*(?:$|[.!?]))|"
    r"lie down next to (?:him|her|them) and not get up)"
)

# Slang and euphemism for dying or ending it.
SLANG = (
    r"(?:unalive\w*|un-alive\w*|kms\b|"
    r"log(?:ging)? off (?:permanently|for good|forever)|"
    r"check(?:ing)? out (?:of (?:this|my) (?:body|life|world) )?(?:permanently|for good)|"
    r"check(?:ing)? out of (?:this|my) (?:body|life|world)|game over for me|"
    r"(?:planning|plan|planned|plans for) (?:my|an|the) exit|(?:an|my) exit as|"
    r"finally (?:an|my|a way) (?:exit|out)|done\. not done|"
    r"not done [\w' ]{1,25}[.,] done\b|make it official|"
    r"overstay\w* my welcome|lived longer than i (?:wanted|meant|planned|should)|"
    r"(?:hate|sick of|tired of) (?:that i'm |that i am )?still (?:breathing|alive|being alive)|"
    r"ready to (?:come home|set (?:it|everything) (?:all )?down for good|check out)|"
    r"let this be my last|(?:took|take) me tonight|won't be for long|"
    r"i'll be the one who (?:does|gives up|goes)|"
    r"(?:can't|cannot|don't) see (?:a |any )?(?:next (?:year|month|week|spring|summer|"
    r"birthday|christmas)|future)|no after in|"
    r"finish(?:ing)? my life|ending everything|end (?:it|everything|things) for good|"
    r"(?:one|the one) that wants to end it|wants? me gone|"
    r"(?:thinking|thought|think) (?:of|about) ways|forgiven in advance|"
    r"(?:will|would) (?:follow|join) (?:him|her|them)|"
    r"go where (?:she|he|they) (?:is|are)|be with (?:her|him|them) again)"
)

# Hoping for an accident, an illness or a body that stops.
OUTSIDE = (
    r"(?:(?:hope|hoping|wouldn't mind|would not mind|mercy|peace|relief|relieved)"
    rf"{_W}\b(?:hit by|went down|goes down|crash\w*|heart (?:just )?(?:stop\w*|gave out)|"
    r"stop my heart|bad news|growing|doesn't wake|don't wake)|"
    r"(?:hit by a (?:car|bus|train|truck|lorry)|plane (?:went|goes) down|"
    r"heart (?:just )?stop\w*|biopsy (?:is|comes back|came back) bad|tumou?r is growing)"
    rf"{_W}\b(?:wouldn't mind|would not mind|peace|relief|hoping|hope|mercy|finally|"
    r"(?:i'd|i would|id) be (?:grateful|thankful|glad|relieved)|welcome it))"
)

# Places of danger and being drawn to them (bridge, cliff, rails, height, water).
_PLACE = (
    r"(?:bridges?|river|canal|harbou?r|cliffs?|cliff path|pier|sea wall|railing|rails|"
    r"tracks|train timetable|fast (?:ones|trains)|multi-?storey|rooftop|top level|ledge|"
    r"the window to the ground|estuary|tide times|lorry|lorries|oncoming traffic|"
    r"the (?:long )?drop|the garage|the water)"
)
_DRAWN = (
    r"(?:keep (?:walking|going|coming) back|keep (?:looking|thinking|picturing|staring)|"
    r"kept thinking|standing (?:at|by|on)|stood (?:at|by|on)|how (?:easy|quick|cold|far|high|"
    r"fast)|height|don't have nets|no nets|jump\w*|lean\w*|step(?:ping)? out|walk in|"
    r"keep going|not for fishing|at night|keeps? coming into my head|think about the|"
    r"pointing at|the idea of|doing what i can't|will hold you)"
)
PLACE = rf"(?:{_PLACE}{_W}\b{_DRAWN}|{_DRAWN}{_W}\b{_PLACE})"

# Gathering means.
MEANS = (
    r"(?:stockpil(?:e|es|ed|ing)\b(?! (?:[\w']+ ){0,3}(?:tins|cans|canned|food|pasta|rice|water|"
    r"toilet|"
    r"firewood|wood|supplies|snacks|groceries|batteries|flour|beans|nappies|diapers|coffee))|"
    r"stash of [\w' ]{0,25}(?:pills|morphine|tablets|meds|oxy\w*|insulin)|"
    r"(?:paracetamol|tylenol|pills|tablets|painkillers) from (?:two|three|four|several|"
    r"different|multiple)|bought (?:charcoal|a rope|rope|a hose|a hosepipe)[^.!?\n]{0,25}"
    r"not for|(?:pills|tablets|meds) and the (?:whisky|whiskey|vodka|wine|gin|alcohol)|"
    r"(?:hook|beam) in the [\w ]{0,15}ceiling|(?:belt|rope|cord) in the drawer|"
    r"tied a (?:knot|noose)|the knife block|showing me the (?:pills|knife|razor|rope)|"
    r"doing the maths on my (?:own )?body|know exactly what would work|"
    r"what i keep it for|bigger prescription so|had the pills out|took too many)"
)

# Putting affairs in order so others are not left with them.
AFFAIRS = (
    r"(?:(?:so|in case|so that) (?:nobody|no one|noone|my \w+|she|he|they|everyone|anyone)"
    r"(?:'s|'re| is| are)?"
    r"[^.!?\n]{0,35}(?:\bafter\b|later|gets? stuck|has to (?:chase|deal|sort|clean|pay|"
    r"cover)|having to (?:chase|deal|sort)|is covered|'s covered|reads? them|less to deal)|"
    r"(?:for|to) whoever sorts (?:out )?my (?:stuff|things)|"
    r"(?:letters?|messages?|notes?) (?:to|for) (?:each of )?(?:my|the) (?:kids|children|son|"
    r"daughter|family|wife|husband|partner)[^.!?\n]{0,45}(?:birthdays|the will|after|to read)|"
    r"funeral (?:songs|is paid|paid|playlist|music)|the last thing on the list|"
    r"from now on\"|saying goodbye to (?:places|everyone|people|things)|"
    r"(?:quiet|little) goodbyes|telling everyone i love them|"
    r"(?:written|wrote|writing|rewrote|rewritten) the note|every version says sorry|"
    r"(?:changed|rewrote) my will(?! (?:with|at|after|because|for the))|"
    r"won't be needing (?:them|it|those)|"
    r"not planning to need|stopped renewing|"
    r"one-way ticket(?! to [a-z]+(?:[.!?,]|\s+(?:in|on|for|next|this)))|"
    r"(?:gave|handed in) (?:my )?notice and didn't|handed (?:in )?my (?:badge|keys|laptop) "
    r"in early|found a (?:new |lovely |good )?(?:home|family) for [\w ]{1,15}\. told|"
    r"someone who'll be around|you'll need this\"|clean slate for|"
    r"there's no after)"
)

# Self-harm that has come back, or is being done to the body now.
HARM = (
    r"(?:(?:carv\w*|press\w*|burn\w*|bang\w*|punch\w*|scratch\w*|hitting|hit)"
    rf"[^.!?\n]{{0,30}}(?:into|on|until) (?:my )?{_BODY}|"
    r"cigarette (?:into|on) my|(?:with|new|the) razor|"
    r"(?:relapsed|started again|is back at|back at the lighter|started again this week)"
    r"(?= tonight|\.| this week)|the hitting|the cutting|"
    r"(?:old|same) thoughts are back|same spot on my|wants to cut)"
)

GENERAL_CONCEPTS: dict[str, re.Pattern[str]] = {
    "sleep": re.compile(r"\b" + SLEEP),
    "slang": re.compile(r"\b" + SLANG),
    "outside-hope": re.compile(r"\b" + OUTSIDE),
    "place": re.compile(r"\b" + PLACE),
    "means-gather": re.compile(r"\b" + MEANS),
    "affairs": re.compile(r"\b" + AFFAIRS),
    "harm-back": re.compile(r"\b" + HARM),
}
