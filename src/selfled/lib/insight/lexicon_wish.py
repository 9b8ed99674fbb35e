"""Crisis wording that keyword lists miss: wishes not to exist said sideways, arrangements for
a time after the writer, dwelling on a means, stopping treatment or food in order to die,
self-harm that feels good or is back, asking whether one would be missed, and the most common
phrasings in Spanish, French, German, Portuguese and Italian.

Written as concept families (C-SSRS: passive wish, active thought, method, intent,
preparatory behaviour, self-harm) after a fifth author's set showed which *kinds* of writing
the earlier lexicons had no vocabulary for. They are frames with open slots, not sentences;
the crisis layer (:mod:`rules_lex`) applies its idiom, negation, past, other-person and
mention checks to them as to every other family.
"""

from __future__ import annotations

import re

_C = r"[^.!?\n]{0,40}?"  # the rest of the clause, lazily
_ANY = r"[^\n]{0,80}?"  # up to a line, across a sentence end (cause ... purpose)

# Not wanting to exist, said without the usual "want to die".
EXISTING = (
    r"(?:want(?:ing)? (?:out of|to be out of|off) (?:being alive|being here|living|existing|"
    r"life|this life|it all|this world|the world)|"
    r"(?:done|finished|through)\W{1,4}(?:[\w']+\W{1,4}){0,3}with (?:living|life|being alive|"
    r"existing|breathing|being here)\b|"
    r"(?:whether|if) i (?:live|wake up|make it|survive|am alive|exist) or (?:not|die|don't)|"
    r"(?:undo|take back|erase|reverse|cancel|delete) (?:ever |my |me )?(?:being (?:here|born|"
    r"alive)|having been born|existing|my existence|my birth|ever existing)|"
    r"(?:should|shouldn't|should never|should not|should've never) (?:have |'ve |of )?"
    r"(?:ever )?been born|never (?:asked|wanted|chose) to be born|"
    r"overstay\w* (?:my|our) (?:time|stay|welcome)|"
    r"(?:won't|will not|wont|not going to) be (?:a problem|a burden|a bother|a drain|in "
    r"(?:anyone's|your|the|their) way|bothering (?:anyone|anybody|you)|a worry|anyone's "
    r"problem|around|here) (?:(?:for|to) (?:anyone|anybody|you|everyone|them) )?(?:much|very|"
    r"that|a lot) longer|"
    r"(?:no|isn't a|there's no|not a|never a) (?:version|world|future|picture|timeline) "
    rf"(?:of|where|in which|with){_C}\b(?:with me|has me|me in it|includes me|i'm in|"
    r"i am in|i'm still|i am still|i'm there|i exist)|"
    r"(?:all of it|everything|it all|all this|life|the pain|my life|the noise) to (?:stop|end) "
    r"(?:permanently|for good|forever|for ever)|"
    r"off switch (?:for good|permanently|forever|for (?:me|my life|everything|all of it))|"
    r"switch (?:myself|me) off (?:for good|permanently|forever)|"
    r"(?:jealous|envious) of (?:people|those|anyone|the ones) (?:who|that) (?:die|died|get to "
    r"die|don't wake|go young|went young|are dead)|"
    r"(?:catch|get|develop|have) something (?:fast and |quick and )?(?:fatal|terminal)|"
    r"(?:hoping|hope|praying|pray|wish) (?:[\w']+ ){0,4}(?:finishes me|ends me|does me in|"
    r"takes me out|is fatal|is terminal|fast and fatal)|"
    r"(?:stopped|stop|don't|do not) (?:caring|care) (?:if|whether) i (?:live|die|wake|make it)|"
    r"(?:already )?(?:feel|felt) (?:like )?(?:i'm |i am |i've )?already (?:gone|dead|left)|"
    r"(?:i've|i have) (?:already )?left and my body|"
    r"still want (?:out|to be gone|to not be here|to not exist)|"
    r"(?:want|wanting|wish|wishing|need)\w* to not (?:exist|be here|be alive|wake up|be around)|"
    r"(?:want|need|wish|would like) (?:for )?(?:my life|it all|everything|my existence) to "
    r"(?:stop|end|be over)(?! for a (?:minute|second|bit|while|moment|day|week)| so i can)|"
    r"(?:wish|wishing|wished) i (?:hadn't|had not|didn't|wouldn't|would not) (?:woken|wake|woke)|"
    r"(?:trade|swap|switch) places with [\w' ]{1,30}(?:coffin|grave|in the ground|dead)|"
    r"(?:wouldn't|would not|won't) (?:object to|say no to|complain about|fight) (?:a |an )?"
    r"(?:quiet |sudden |fatal |big )?(?:heart attack|stroke|aneurysm|accident|crash|illness)|"
    r"(?:praying|pray|hoping|hope|wish\w*) (?:to be|i get|i'll be|i'd be|i got) (?:struck|hit|"
    r"run over|taken)|"
    r"(?:and|then) not (?:bother )?(?:coming|come|walking|swimming|going) back"
    r"(?: in| out| home| up)?\b|"
    r"(?:when|if|after|once) (?:[\w']+ ){1,3}(?:dies|die|goes|is gone),? (?:i'm|i am|i'll be) "
    r"going (?:too|with (?:her|him|them))|"
    r"(?:death|dying|being dead|not existing) (?:sounds|seems|feels|looks) (?:so |really |"
    r"pretty )?(?:good|nice|appealing|peaceful|like relief|tempting|inviting|restful)|"
    r"(?:if|once|when) i (?:wasn't|weren't|am not|was not|were not|'m not) (?:in the picture|"
    r"around|here|alive) (?:anymore|any more|any longer)|"
    r"want to (?:keep living|live|be alive|go on)\W+(?:because |and |but )?i don't\b|"
    r"go(?:ing)? through with what i(?:'ve| have)? been plan\w*|before i go through with|"
    r"looking forward to (?:it|dying|death)[^.!?\n]{0,10}the sooner the better|"
    r"(?:looking forward to|can't wait for|counting down to) (?:dying|death|being dead|my death|"
    r"the end of me)|"
    r"(?:wish|wished|hope|hoping)[^.!?\n]{0,30}(?:had |would |'d )?(?:just )?finish\w* the "
    r"job|"
    r"(?:pull|urge|wish|longing|craving|draw|itch) (?:to|towards?) (?:die|dying|death|be dead|"
    r"end it)\b|"
    r"(?:nerve|courage|guts|strength) to (?:go through with it|do it|finally do it)\b|"
    r"(?:fall|go|drift off) (?:to )?(?:sleep|asleep) and (?:just )?(?:stay asleep|not wake|never "
    r"wake)|"
    r"(?:a weight|a drain|a burden|dead weight|a millstone) on (?:every|everyone|everybody|the "
    r"people|my family|them|all of them)|"
    r"(?:heal|recover|move on|cope|get over it|be happier|be fine)\w* (?:[\w']+ ){0,2}"
    r"(?:quicker |faster |better |easier )?without me\b|\b(?:and|with) no me\b|"
    r"(?:if|when) (?:a |the )?(?:bus|car|truck|lorry|train|plane|tree|lightning|cancer|heart "
    r"attack|stroke)\b[^.!?\n]{0,40}(?:wouldn't|would not|'d not|wouldnt) mind|"
    r"(?:i'd|i would|i) not mind (?:at all |in the slightest |one bit )?if (?:a |the |my )?"
    r"(?:bus|car|plane|train|truck|heart|tumou?r|cancer)|"
    r"(?:one|only one|the only|a) way (?:that's|that is|which is|it's) permanent|permanent "
    r"(?:way out|solution|fix|answer|exit)|"
    r"(?:if|when) (?:god|the lord|jesus|allah|he|she) (?:called|calls|took|takes|came for) "
    r"(?:me|for me)[^.!?\n]{0,30}(?:wouldn't|would not|won't|wont) (?:argue|mind|fight|complain|"
    r"object|resist)|"
    r"(?:don't|do not|dont) think i(?:'ll| will) (?:be here|be around|still be here|still be "
    r"around|make it to|be alive)|"
    r"not (?:planning|planned|intending) (?:on|to be) (?:being )?(?:around|here|alive)|"
    r"(?:knowing|know|knew) i won't be (?:keeping|needing|using|there|here|around)|"
    r"doesn't matter,? i won't be (?:there|here|around)|"
    r"(?:decided|know|knowing) (?:this|that|it) (?:will|would|'ll) be my last (?:festival|"
    r"christmas|birthday|diwali|eid|summer|holiday|winter|spring|year)|"
    r"(?:left to|need to|have to) (?:clear out|get rid of|throw out|tidy away|remove|"
    r"sort out) is me\b|"
    r"off (?:everyone's|their|your|people's|everybody's|my family's) hands (?:permanently|for "
    r"good|forever)|"
    r"(?:want|wanted|wish) to stop (?:being here|being alive|existing|living|breathing)"
    r"(?=\s*(?:$|[.!?,;]|anymore|for good|forever|permanently|altogether))|"
    r"\b(?:done|finished|through) (?:living|existing|being alive)\b|"
    r"let (?:tonight|today|this|it) be (?:the|my) last (?:one|night|day|time)\b|"
    r"(?:world|everyone|everybody|they|life)(?:'s| is| would be| will be)? better (?:off )?"
    r"without me\b|"
    r"can't do another (?:year|month|week|winter|christmas|birthday|day|night)\b|"
    r"(?:keep|kept) (?:doing|running) (?:that|those|the) (?:math|maths|sums|numbers)\b|"
    r"\b(?:dying|death|suicid\w*) (?:thoughts|urges?)\b(?=[^.!?\n]{0,25}\b(?:back|again|"
    r"returned|worse|louder|stronger))|"
    r"(?:want|wanted|wish) to (?:go and )?(?:join|follow|be with) (?:him|her|them)\b|"
    r"(?:hiding|hide|hid) (?:that|how) (?:it's|it is|i've|i have) (?:planned|decided|made up "
    r"my mind)|"
    r"better (?:no|without a) (?:mother|mum|mom|father|dad|wife|husband|parent|partner) "
    r"(?:at all )?than me\b|"
    r"(?:want|need|wish) (?:it|this) to be (?:finished|over|done),? my life|"
    r"want my life (?:to be )?(?:finished|over|done)\b|"
    r"no more (?:mornings|tomorrows|waking up|birthdays)(?=\s*(?:$|[.!?,;]|please))|"
    r"pull\w* (?:my own plug|the plug on (?:myself|me|my life))|"
    r"(?:clock\w*|sign\w*|bow\w*|tap\w*) out (?:permanently|for good|forever)|"
    r"(?:clock\w*|sign\w*) off (?:permanently|for good|forever)|"
    r"pack\w* (?:its|my|their|his|her) bags? for the other side|"
    r"over soon\W+(?:[\w']+\W+){0,3}(?:meant|mean) me\b|me included\b|including me\b|"
    r"(?:i'm|i am|im) not safe (?:tonight|right now|now|today|with myself|around myself|alone|"
    r"in my own hands)|"
    r"(?:be|go|going) (?:home )?where (?:grandpa|grandma|grandad|gran|nan|mum|mom|dad|my \w+) "
    r"(?:is|are)|"
    r"(?:better (?:shot|chance|life|lives|future)|better off)[^.!?\n]{0,40}without me\b|"
    r"(?:cansad[oa]|harta|harto) de vivir|tirarme (?:del|de un|de la|por|al)|an den tod|"
    r"(?:que )?(?:ça|ca) s'arr[êe]te\W+(?:[\w']+\W+){0,4}(?:moi|me included))"
)

# Arrangements for a time after the writer: debts, passwords, pets, children, last words.
AFTER_ME = (
    r"(?:(?:before|once|after|when) i(?:'m| am)? (?:go|gone|leave)\b(?! (?:to|for|on|home|"
    r"out|away|into|back|abroad|shopping|the|there|over|through|in|up|down|off|and|but|"
    r"tomorrow|tonight|today|next|this))|"
    r"after that(?:,)? (?:it|nothing) (?:won't|doesn't|will not|does not|wont) matter|"
    r"(?:she|he|they)(?:'ll| will) need (?:it|them|this|that) soon|"
    r"(?:easier|better|simpler) for (?:her|him|them|everyone|everybody|the kids) after\b|"
    r"whoever (?:comes|finds|takes|looks after|gets|ends up with) (?:for )?(?:him|her|them|"
    r"the \w+|my \w+|me)|"
    r"last thing (?:they|she|he|you|anyone|people)?(?: get| have| hear| will have)? ?from me|"
    r"in a (?:final|last|permanent|goodbye) (?:kind of |sort of )?(?:way|sense)|"
    r"(?:picked|chose|chosen|set|have|got|decided on) (?:a|the) (?:date|day|night|weekend|"
    r"time|spot|method)\b"
    r"(?! (?:for|of) (?:the|my|our|a|his|her) (?:wedding|party|move|surgery|trip|launch|"
    r"appointment|reunion|interview))|"
    r"(?:if|when) (?:you|they|she|he|anyone) (?:don't|doesn't|do not|does not|dont|doesnt) "
    r"(?:hear|see) (?:from )?(?:me|from me)|"
    r"like (?:i'm|i am|i was) saying goodbye|"
    r"everything (?:square|settled|sorted|in order|tidy|squared away) before|"
    r"(?:then|and then|after that) i can (?:go|stop|rest|leave|finally rest|be done|stop "
    r"pretending)(?=\s*(?:$|[.!?,;]))|"
    r"who(?:'d| would| will|'ll) (?:take|have|look after|keep) (?:the|my) (?:dogs?|cats?|kids|"
    r"children|pets?|birds?|horses?) if|"
    r"notes? for each of (?:the|my) (?:kids|children|family|grandkids)|"
    r"(?:notes?|letters?) to (?:my|the) (?:kids|children|daughter|son|wife|husband|family)"
    r"[^.!?\n]{0,20}just in case|"
    r"(?:says|saying) sorry to everyone|(?:scheduled|drafted|saved) (?:the|an?|my) (?:email|"
    r"message|texts?|note)[^.!?\n]{0,40}(?:sorry|goodbye|right before)|"
    r"for when i decide\b|"
    r"picked the same (?:lake|bridge|place|spot|river|month|day|way|method)\b|"
    r"changed the beneficiar\w*|(?:put|left) (?:the|my) (?:keys|papers|passwords|note) where "
    r"(?:she|he|they)(?:'ll| will) find (?:it|them)|"
    r"(?:early refill|refill early)[^\n]{0,60}(?:lied|enough|so i have)|"
    r"(?:like|as|sounded like) a goodbye,? because it (?:was|is)|"
    r"(?:i'm )?writing this so (?:someone|somebody|you) (?:knows|will know)|"
    r"(?:people|they|everyone|everybody) (?:should|will|would|can) remember me as|"
    r"writ\w* down who gets (?:what|my)|"
    r"(?:so|for when) (?:they|she|he|whoever)(?:'ll| will)? (?:know|have|find) "
    r"(?:what|where|it|everything) (?:after|when i'm gone|without me))"
)

# Dwelling on a means, testing it, or working out the details.
_MEANS = (
    r"(?:shotgun|gun|rifle|pistol|revolver|handgun|knife|knives|blade|razor|rope|noose|"
    r"belt|cord|pills|pill bottle|bottle of pills|painkillers|wrists?|bridge|ledge|tracks|"
    r"hairdryer|toaster|overpass|cliff)"
)
DWELL = (
    r"(?:(?:thinking about|think about|thought about|staring at|stared at|stare at|looking at|"
    r"looked at|eyeing|eyed|fixated on|obsessing over|dreaming about|picturing)\s+"
    r"(?:the |my |a |that |his |her |our )?(?:[\w']+'s\s+)?(?:[\w']+\s+)?" + _MEANS + r"\b"
    r"(?=[^.!?\n]{0,60}(?:more than i should|a (?:really |very )?long time|again|every time|"
    r"all night|every night|too much|a lot|lately|constantly|keep|and it|feels|comfort))|"
    r"(?:collecting|saving up|saving|hoarding|stockpiling|stashing|hiding|squirrel\w* away|"
    r"sleeping with) (?:up )?(?:my |his |her |the |a |all the |some )?(?:[\w']+'s )?"
    r"(?:[\w']+ )?(?:pills|painkillers|tablets|meds|medication|sleeping pills|pill bottle|"
    r"oxy\w*|opioids|insulin)|"
    r"(?:bought|buying|got|ordered|picked up) (?:a |another |a second |more |extra |two )?"
    r"(?:box|bottle|pack|packet)s? of (?:the )?(?:sleeping pills|pills|painkillers|"
    r"paracetamol|tylenol|acetaminophen|sleeping tablets)[^.!?\n]{0,40}(?:different|another|"
    r"wouldn't ask|won't ask|so (?:they|nobody|no one))|"
    r"(?:test|tested|testing|checked|check|see|seeing) (?:whether|if|how) (?:the|a|my) "
    r"(?:bar|beam|hook|rail|pipe|door|rope|belt|branch|rafter|banister) (?:would |could |will "
    r"|can )?(?:hold|take) (?:my|the|a person's) weight|"
    r"(?:how deep|how high|how tall|how far down|how cold|how fast) (?:the )?(?:[\w']+ )?"
    r"(?:river|lake|water|bridge|building|drop|fall|sea|quarry)|"
    r"(?:googl\w*|search\w*|look\w* up|research\w*|worked out|figured out|checking) "
    r"(?:[\w']+ ){0,3}(?:tall buildings|roof access|rooftops?|which (?:train|trains)|"
    r"trains? (?:that )?(?:comes?|goes|pass\w*) through|without stopping|lethal|fatal dose|"
    r"how many (?:[\w']+ )?(?:it takes|would|to))|"
    r"(?:not|don't|do not) going to (?:write|say|tell you) (?:down )?how|"
    r"(?:rifle|gun|shotgun|pistol|knife|blade|razor|pills|rope)\b[^\n]{0,90}?(?:keep "
    r"(?:taking it out|holding it|picking it up|opening it)|just holding it|holding it, "
    r"thinking|just to look at it)|"
    r"count\w* (?:what's left|how many|the pills|the tablets|my pills|my tablets)[^\n]{0,40}"
    r"\benough\b|"
    r"(?:the )?thoughts? (?:about|of) the (?:tablets|pills|rope|bridge|gun|knife|train|tracks|"
    r"blade)\b|"
    r"different (?:chemist|pharmacy|pharmacies|chemists)[^.!?\n]{0,60}(?:notices|ask|how many)|"
    r"(?:kept back|keeping back|holding back|set aside|put aside|saving up|saving|stashing|"
    r"hoarding) (?:some of )?(?:my |the |all )?(?:[\w-]+ )?(?:troches|doses|lozenges|"
    r"tablets|pills)|sav\w* (?:up )?(?:my |the )?[\w-]+[^.!?\n]{0,30}(?:month|week)'?s worth|"
    r"(?:jumping|hanging|drowning|pills|an overdose|overdosing|the gun|the rope|the bridge|"
    r"the train|the tracks|the car) (?:seems|would be|is|sounds|feels) (?:like )?(?:the )?"
    r"(?:quickest|fastest|easiest|simplest|least painful|most certain|cleanest|surest)|"
    r"(?:happens|would happen) if (?:you|i|someone|a person) (?:take|took|swallow\w*) too "
    r"(?:much|many)|"
    r"(?:have|had|got) them (?:all )?counted out|"
    r"how many (?:boxes|packs|packets|pills|tablets|bottles)[^.!?\n]{0,20}(?:i'd|i would|i'll|"
    r"i will|i) need|"
    r"\b(?:fatal|lethal) (?:in combination|together|amounts?|doses?)\b|"
    r"(?:breath|bath|water|rope|pills|edge|ledge|drown)[^.!?\n]{0,50}like i'm (?:practising|"
    r"practicing|rehearsing)|"
    r"(?:think|thinking|thought) about (?:turning the wheel|swerving|steering into|driving off|"
    r"driving into)|turn(?:ing)? the wheel hard|"
    r"pull the (?:garage )?door down|"
    r"(?:bridges?|roofs?|car parks?|buildings?)[^.!?\n]{0,30}(?:don't|do not|without) "
    r"(?:have )?(?:fences|barriers|railings|nets)|"
    r"(?:thought|thinking|decided) about how(?=\s*(?:$|[.!?;]|i(?:'d| would| will|'ll) do it|"
    r"to do it|to end it|to die)))"
)

# Stopping treatment or food, or risking the body, in order to die.
RISK = (
    r"(?:(?:stopped|quit|skipping|skipped|stopping|not taking|haven't taken|off) (?:taking )?"
    # (a blanked idiom such as "blood pressure" leaves spaces between "my" and "meds")
    r"(?:my |all my )?[\w' ]{0,30}?(?:meds|medication|medicine|pills|lithium|insulin|"
    r"antidepressants?|tablets|eating|food)" + _ANY + r"(?:on purpose|so i'd|so i can|"
    r"to get out|fine by me|hoping|finish(?:es)? me|finally go|go through with|happen slowly|"
    r"not (?:trying to )?(?:get|feel) better|gives? out|die|dying|dead|stop(?:s)? for good)|"
    r"(?:haven't eaten|not eating|stopped eating)" + _ANY + r"(?:not going to start|"
    r"happen slowly|finishes me|until i|to die)|"
    r"(?:mixing|mixed|mix|taking|took) (?:the |my |some )?(?:[\w']+ )?(?:with|and) "
    r"(?:wine|alcohol|booze|vodka|whisky|whiskey|beer|drink)[^.!?\n]{0,40}"
    r"(?:on purpose|not an accident|hoping|wouldn't mind)|"
    r"(?:driving|drove|drive|ride|riding|walk|walking|cross\w*) (?:[\w']+ ){0,4}(?:without "
    r"(?:my |a )?(?:seatbelt|helmet)|too fast|into (?:traffic|the road))[^.!?\n]{0,40}"
    r"(?:hoping|hope|on purpose|wouldn't mind|something happens)|"
    r"(?:just |could |maybe i'll |might |thinking (?:about|of) )(?:walk|walking|step|stepping|"
    r"run|running|drive|driving) (?:out )?in(?:to)? (?:traffic|the road|oncoming|the path of|"
    r"the sea|the river|the lake)|"
    r"(?:took|take|taking) (?:a few |some |a couple of )?extra (?:of )?(?:my )?(?:[\w']+ )?"
    r"(?:meds|pills|tablets)[^.!?\n]{0,40}(?:see what|what it would|more tomorrow|enough)|"
    r"(?:restricting|purging|not eating)[^.!?\n]{0,60}(?:finishes me|kills me|to die|"
    r"not about being thin|disappear for good))"
)

# Self-harm that is back, wanted, or felt as relief.
HARM_NOW = (
    r"(?:(?:the )?(?:knife|blade|razor|lighter|scissors|glass|compass|needle) (?:felt|feels) "
    r"(?:good|right|like relief|calming|so good)|"
    r"(?:the )?(?:scratching|cutting|burning|hitting|punching|biting|picking|head-banging) "
    r"(?:myself )?(?:is|are) (?:back|worse|every night)|"
    r"(?:forearms|wrists|thighs|upper arms|stomach|hips) again\b|"
    r"(?:stared|staring|looked|looking) at my wrists|"
    r"(?:want|wanted|need|needed|urge|itch) to (?:feel )?(?:the |a )?(?:sting|bleed|burn)\b|"
    r"(?:hurt|hurting|punish|punishing) myself (?:again|tonight|so i|to feel)|"
    r"(?:knife|blade|razor|pills|rope|gun|bridge|edge|water|river|tracks|sea|ocean|lake|cliff|"
    r"ledge)(?:'s| has| keeps| is| was)?(?: been)? (?:calling|calls) (?:me|to me|my name))"
)

# Asking whether one would be missed, or thanking in a last way.
MISSED = (
    r"(?:would (?:you|anyone|anybody|people|they|she|he|my \w+) (?:be sad|miss me|notice|care|"
    r"cry|be okay|be ok|be fine) (?:if|when) i (?:wasn't|was not|weren't|were not|died|was "
    r"gone|were gone|disappeared|didn't wake|wasn't around|stopped)|"
    r"(?:sad|miss me|notice|care|okay|fine) if i (?:wasn't|weren't|was not|were not) "
    r"(?:around|here|alive)(?: anymore)?|"
    r"(?:you were|you've been|you are) (?:one of )?the (?:only|last) (?:ones?|person|people)"
    rf"{_C}\b(?:final|goodbye|for everything|in the end))"
)

# Common phrasings in other languages a client may slip into (es, fr, de, pt, it).
OTHER_LANGUAGES = (
    r"(?:quiero morir\w*|me quiero morir|quisiera morir\w*|no quiero (?:seguir )?viv\w*|"
    r"(?:prefiero|preferir\w*|quisiera|quiero) estar muert[oa]s?|me quiero matar|"
    r"(?:quitarme|terminar con) (?:la|mi) vida|suicidarme|matarme|no vale la pena vivir|"
    r"je veux mourir|envie de mourir|(?:me tuer|me suicider)|en finir avec (?:la vie|tout)|"
    r"(?:plus|pas) envie de vivre|"
    r"(?:ich )?(?:will|möchte|moechte|würde gern|wuerde gern) (?:nur noch )?sterben|"
    r"(?:will|möchte|moechte|kann) nicht mehr leben|mich umbringen|nicht mehr aufwachen|"
    r"lebensmüde|lebensmuede|quero morrer|não quero (?:mais )?viver|nao quero (?:mais )?viver|"
    r"me matar|voglio morire|non voglio (?:più |piu )?vivere|farla finita)"
)

# A screening question answered in a way that means risk: asked whether they are safe, the
# writer said no; asked about thoughts of harm, the writer said yes.
SCREENING = (
    r"(?:(?:asked|asks|asking) (?:me )?(?:if|whether) i (?:feel|felt|am|was|'m) safe"
    r"[^.!?\n]{0,40}\b(?:i )?(?:said|answered|told (?:her|him|them)) no\b|"
    r"(?:said|answered|told (?:her|him|them|you)) (?:i'm |i was |i am |i felt )?(?:no|yes|fine|"
    r"safe|ok|okay)\W+(?:but )?i lied|"
    r"(?:thoughts?|urges?) of (?:harming|hurting|killing) (?:yourself|myself)\?\s*"
    r"(?:answer:?\s*)?yes\b)"
)

WISH_CONCEPTS: dict[str, re.Pattern[str]] = {
    "screening": re.compile(r"\b" + SCREENING),
    "existing": re.compile(r"\b" + EXISTING),
    "after-me": re.compile(r"\b" + AFTER_ME),
    "dwell": re.compile(r"\b" + DWELL),
    "risk": re.compile(r"\b" + RISK),
    "harm-now": re.compile(r"\b" + HARM_NOW),
    "missed": re.compile(r"\b" + MISSED),
    "other-languages": re.compile(r"\b" + OTHER_LANGUAGES),
}
