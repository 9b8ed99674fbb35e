"""Concept lexicons: broad vocabularies of how people say things, not sentences.

Each concept is one compiled alternation over the normalized text (see :mod:`normalize`).
:func:`concepts` finds them sentence by sentence; the crisis layer (:mod:`rules_lex`) and
the learned scorer (:mod:`learned`) both read the result. Written from general knowledge of
how people talk about dying, self-harm, protector fears and old habits (euphemisms,
idioms, syntactic frames), not from the data files.
"""

from __future__ import annotations

import re

# Idioms that contain a crisis word but are not about dying or self-harm. Matches are
# blanked out (same length, so offsets stay valid) before the death concepts are read.
IDIOMS = re.compile(
    r"\b(?:(?:is|are|was|were|it's|they're|that's|shoes|feet|back|knees?|head|job|boss|"
    r"commute|heat|deadline|traffic|kids|this|work|class|homework|suspense|music|song|"
    r"joke|show|episode|meeting|week|exam|hangover|cold|flu|cramps|neck|tooth|migraine|"
    r"weather|humidity|waiting|wait) (?:is |are |was |were )?(?:(?:actually|literally|"
    r"really|truly|seriously|honestly|slowly|just|kinda|kind of|sort of|absolutely|totally|"
    r"low-?key) )?(?:kill\w*|murder\w*) me|"
    # a thing that stops working: "if it dies before my deadline"
    r"(?:laptop|phone|battery|computer|car|charger|printer|tablet|headphones|plant|"
    r"kettle|fridge|boiler|engine)(?:'s)?\b[^\n]{0,80}?(?:if|when|before|until|unless) "
    r"(?:it|this one|that one) (?:just |finally )?(?:dies|died)"
    r"(?![^.!?\n]{0,40}\b(?:i(?:'ll| will| would|'d)? (?:too|as well|go with it|die)|"
    r"so (?:will|do) i|me too)\b)|"
    # a way out of an obligation: "a way out of the loan", "no way out of the lease"
    r"ways? out of (?:the|my|our|this|that|a|an) (?:[\w-]+ )?(?:loan|lease|contract|deal|debt|"
    r"mortgage|overdraft|subscription|agreement|commitment|meeting|wedding|trip|party|"
    r"dinner|car park|parking lot|maze|building|tenancy|gym membership|phone plan)s?\b|"
    # rehearsals of a play, a choir, an interview
    r"rehearsals\b|(?:play|panto|choir|band|show|wedding|orchestra|theatre|theater|drama|"
    r"concert|recital) rehearsal|rehears\w* (?:my |the |some |our |a |your |every |each |"
    r"all (?:the |my )?|every possible |each possible )?(?:answers?|"
    r"lines|speech|presentation|pitch|talk|toast|vows|songs?|script|interview|conversations?|"
    r"arguments?|disasters?|jokes?|questions?|scenes?|dialogue|apology|criticisms?|"
    r"scenarios?|replies|reply|meetings?|calls?|phone calls?|words?|comebacks?|excuses?)|"
    # a manager part's rehearsing of what to say (not of what it would write at the end)
    r"rehears\w* (?:what (?:to say|i'm going to say|i want to say|they(?:'ll| will)? "
    r"(?:want to hear|say|think))|how (?:to say|i'll say|to tell|to ask|the (?:meeting|call|"
    r"conversation|talk) (?:will|would|might) go))|"
    # "no point arguing": not worth doing one ordinary thing
    r"no point (?:in )?(?:arguing|asking|explaining|waiting|complaining|calling|telling|"
    r"worrying|rushing|cooking|cleaning|buying|fighting|talking to|emailing|texting|replying|"
    r"going (?:to|in|there|out)|getting (?:upset|angry|dressed up)|dwelling)|"
    # "can't go on like this at work": a job or a routine that has to change
    r"can't go on like this (?:at|with|in) (?:work|my job|this job|the job|school|uni|college|"
    r"this schedule|the commute|these hours|this house|the noise|my boss|the kids|the baby)|"
    # taking medication as meant: "taking my pills as prescribed"
    r"(?:tak(?:e|es|ing)|took|remember(?:ed|ing)? to take) my (?:pills|meds|tablets|"
    r"medication|medicine)(?= (?:as prescribed|every (?:day|morning|night)|daily|on time|with "
    r"food|in the morning|at night|regularly|properly))|"
    # wanting to avoid people, not to be gone: "I don't want to be around people tonight"
    r"(?:don't|do not|didn't|can't|cannot|couldn't) (?:want to |face |stand |bear )?be(?:ing)? "
    r"around (?:people|anyone|others|everyone|crowds|company|humans|my (?:family|friends|"
    r"colleagues|coworkers|in-laws))|"
    # a date for an occasion: "picked the date for the wedding"
    r"(?:picked|pick|set|chose|chosen|booked|fixed|saved|pencil+ed|agreed|confirmed|moved) "
    r"(?:on )?(?:the|a|our|my) (?:new )?date for (?:the|our|my|a|an|his|her|their) "
    r"(?!death|suicide|funeral|end|last|final|exit|goodbye)[\w'-]+|"
    # a knife for cooking
    r"knife (?:(?:i|we) )?(?:bought|got|ordered|use|need) (?:[\w']+ ){0,3}?(?:for|in) the "
    r"kitchen|knife (?:set|skills|sharpener)|"
    # too much of a good thing: "overdosed on telly and chocolate"
    r"overdos\w* on (?:coffee|caffeine|sugar|sweets|candy|chocolate|cake|carbs|cheese|pizza|"
    r"cookies|biscuits|tv|telly|netflix|films|movies|christmas|holiday|festive|sun|sunshine|"
    r"screen time|social media|news|podcasts|memes|nostalgia|kindness|cute|cuteness|k-?drama)|"
    r"kill(?:ed|ing)? (?:it|time|the vibe|the mood|a few hours|an hour|the lights?|"
    r"the engine|the game|the bottle)|killer (?:workout|app|deal|view|heels)|"
    r"dy(?:ing|e) (?:to|for) (?!myself|me\b)|(?:to die|would die|i'd die|kill) for\b|"
    r"(?:die|died|dying|dead) (?:laughing|of (?:laughter|embarrassment|shame|boredom|"
    r"cringe|cuteness)|from (?:embarrassment|cringe|laughter))|"
    r"(?:bored|scared|frightened|worried|sick|tired|loved?) to death|"
    r"dead (?:tired|beat|serious|set|end|ends|heat|weight|on|wrong|right|last|center|"
    r"centre|asleep|silence|quiet|battery|phone|air|skin|leaves|plants?|cert|simple|easy|"
    r"giveaway|ringer|inside jokes?)|deadline\w*|deadpan|deadly (?:serious|dull|boring)|"
    r"drop[- ]dead|over my dead body|dead to me|"
    # titles: games, shows, bands
    r"dead (?:by daylight|space|island|cells|poets\w*)|red dead\w*|walking dead|dying light|"
    r"grateful dead|"
    r"(?:phone|battery|laptop|car|engine|computer|tv|charger|plant|plants|fish|goldfish|"
    r"houseplant|houseplants|basil|garden|party|conversation|wifi|internet|signal|"
    r"mouse|headphones|torch|flashlight|lightbulb|bulb|printer|vibe|mood|trend|"
    r"fire|storm|wind|noise|hype|band|show|tomato(?:es)?|roses?|succulents?)s? "
    # "the plant on my desk is dying": a place between the thing and its dying
    r"(?:(?:on|in|at|by|from|of) (?:my|the|our|a|this|that|his|her) [\w'-]+ )?"
    r"(?:just |finally |totally |completely |has |had )?(?:died|dies|is dead|was dead|"
    r"are dead|dying|is dying|went dead|keeps? dying)|"
    r"die (?:down|out|off|hard)|died (?:down|out|off)|dying (?:down|out|breed|art)|"
    r"slay\w*|slain it|killed (?:it|the (?:presentation|interview|exam|game))|"
    r"cut(?:ting|s)? (?:down|back|corners|it close|class|ties|loose|in line|out (?:sugar|"
    r"carbs|coffee|caffeine|meat|alcohol|dairy|gluten|the)|the (?:grass|lawn|cake|crap|"
    r"line|cord|cheese|bread|onions?|vegetables|veggies)|my (?:hair|nails|losses|fringe|"
    r"bangs|hours)|me off|him off|her off|them off|to the chase|a deal|some slack|"
    r"my (?:finger|thumb|hand) (?:on|while|chopping|cooking|slicing|by)|the crap)|"
    r"haircut|short ?cut|paper ?cut|price cut|budget cut|pay cut|"
    r"burn(?:ed|t|ing|s)? (?:out|the (?:toast|rice|dinner|food|pasta|candle|midnight oil)|"
    r"bridges|calories|my tongue|through)|burnout|sunburn\w*|heartburn|"
    r"hit(?:s|ting)? (?:the (?:gym|road|hay|sack|books|snooze|wall(?! with)|jackpot|"
    r"nail|spot|ground running|brakes)|send|a wall(?! with)|rock bottom|me (?:that|how|"
    r"hard|like)|a nerve|home|it off)|"
    r"bridge the gap|bridge (?:club|night|game)|water under the bridge|cross that bridge|"
    r"train(?:ing|ed|s)? (?:for|at|with|session|my|the dog|station|ride|journey|to work|"
    r"home|was late|delayed)|on the train|train (?:was|is) (?:late|delayed|packed)|"
    r"gun to my head(?= (?:i|i'd|couldn't))|jump(?:ing|ed)? (?:at the chance|to "
    r"conclusions|through hoops|on a call|in the pool|in the lake|on the bandwagon|ship|"
    r"the gun|the queue|rope)|"
    r"end (?:of the (?:day|week|month|year|road trip|meeting|session))|"
    r"at the end of the day|the end of (?:an era|the world as|the line)|"
    r"gone (?:are the days|shopping|for (?:a|the) (?:walk|run|weekend|day|week))|"
    r"check(?:ed|ing)? out (?:the|this|that|a|some|of (?:the|my) (?:hotel|room|library)|"
    r"early|late|books|groceries)|"
    r"not (?:a )?(?:morning person|people person)|i could just die|mortified|"
    r"blood (?:pressure|tests?|sugars?|work|draws?|results|donation|type|orange|moon)|"
    r"could (?:just )?sleep (?:forever|for (?:a week|days|a year|hours|a month))|"
    r"(?:almost|nearly|could have|could've) died(?![^.!?\n]{0,80}\b(?:wish|wishes|wished) "
    r"(?:i had|i'd|it had|i did)\b)|near[- ]death|dead or alive|"
    r"(?:the|a) dead (?:of|bird|mouse|rat|fly|flies|bug)|death (?:metal|star|valley)|"
    r"dy(?:ing|ed) (?:my|her|his|their|the) (?:hair|beard|clothes|shirt)|through the roof|"
    r"hit the roof|raise the roof|roof over|roof off|(?:would|'d) (?:[\w']+ )?rather die than|"
    r"died and (?:was )?reborn|ego death|thought i was (?:going|gonna) to die|over the edge|"
    r"on edge|like (?:stepping|jumping|falling|walking) off (?:a|the) cliff|off a cliff with|"
    r"(?:deadline|project|team|idea|plan|meeting|party|town|office|chat|group chat)'s dead|"
    r"i'm dying(?= laughing|\s*(?:$|[.!?,;]) (?:lol|haha|and we))|bridge (?:loan|year|course)|"
    r"suicide "
    r"(?:squad|doors|run|mission)|killjoy|painkiller|"
    # death-and-rebirth imagery of a dosing session, and other everyday figures of speech
    r"(?:die|died|dying|death)(?: and| then|,) (?:be |was |being |got |get |i )?"
    r"(?:reborn|born again|resurrected|back to life|came back|come back)|"
    r"(?:died|death) (?:and )?(?:reborn|rebirth)|"
    r"(?:be|i'd be|i would be) dead without (?:my|coffee|tea|caffeine)|"
    r"drown(?:ing)? in (?:them|it|feelings|emotions|work|emails|paperwork|grief|tears|laundry)|"
    r"disappear(?:ing)? into (?:a |the |my )?(?:book|novel|film|movie|game|show|series|"
    r"weekend|woods|garden|music|work)|"
    r"goodbye (?:letter )?to (?:my|the|our) (?:old |first )?(?:apartment|house|flat|home|job|"
    r"office|car|city|town|team|colleagues|coworkers|desk|school|room|twenties|thirties|"
    r"patients|clients|students|pupils|class|residents|regulars)|"
    r"high dive|diving board|(?:climbing|bouldering|rock) (?:gym|wall)|"
    # IFS's "burden", what a part carries (not the writer as a burden): "its burden",
    # "a legacy burden", "the burden of shame", "let go of the burden", "carries a burden"
    r"(?<!i'm )(?<!am )(?<!being )(?:its|his|her|their) (?:\w+ )?burdens?\b(?! (?:to|on) )|"
    r"legacy burdens?|burdens? (?:of (?!being|living|existing|staying|me\b|my life)|"
    r"it (?:carries|carried|holds|held|took on|picked up)|they (?:carry|carried|hold))|"
    r"(?:carr(?:y|ies|ied|ying)|hold(?:s|ing)?|releas\w+|let(?:s|ting)? go of|"
    r"drop(?:s|ped|ping)?|put(?:s|ting)? down|hand(?:s|ed|ing)? over|unload\w*|"
    r"lift(?:s|ed|ing)?|unburden\w*) (?:(?:a|the|an|this|that|its|her|his|their|some|"
    r"old|heavy|ancient|family|inherited) ){0,3}burdens?\b(?! (?:to|on|for) )|"
    r"stop existing as|won't be around (?:next|this|on|for the|until|till|tomorrow|"
    r"tonight|today|all)|"
    r"(?:reading|read) up on (?:overdose|suicide|self-harm)(?: warning)? signs|"
    r"won't be around forever|notice if i (?:skipped|missed|left early|didn't (?:go|come|show))|"
    r"what happens when (?:we|you|people|someone|pets|animals) die|"
    r"(?:expired|old|leftover|unused) (?:meds|medication|medicines|pills|tablets)|"
    r"letters? to my (?:future|older|younger) self|"
    r"stockpil\w* (?:canned|food|water|supplies|toilet|snacks|batteries)|"
    r"(?:cliff|coastal|coast) (?:walk|path|hike|trail)|"
    r"died (?:like )?(?:\w+ )?times|(?:last|final|the) boss|respawn\w*|worth dying for|"
    r"(?:legs|arms|feet|body|phone|battery|laptop) (?:are|is|were|was|felt|feel) (?:completely |"
    r"totally |so |just )?dead|"
    r"stay (?:in|inside) (?:the )?(?:k-space|k-hole|k hole|journey|experience|that place|that "
    r"feeling|the music) forever|"
    r"burn(?:ed|t) my (?:finger|fingers|hand|tongue|thumb) (?:on the|on a|while|making|"
    r"cooking|taking)|(?:want|like|would like) my funeral to be|"
    r"disappear(?:ing)? into (?:a |the |my )?(?:good |new )?(?:book|novel|film|movie|game|"
    r"show|series)|(?:disappear|vanish)(?:ing)? for (?:a|the) (?:week|weekend|day|few days|"
    r"while|bit|month|fortnight)|(?:disappear|vanish)(?:ing)? (?:off )?to (?:a|an|the|some) "
    r"(?:[\w-]+ )?(?:cabin|beach|island|cottage|spa|retreat|hotel|resort|villa|campsite|"
    r"lake house|bothy|caravan)s?|"
    r"(?:pre-?planned|pre-?paid|paid for) (?:and paid for )?my own funeral|"
    r"(?:we're|we are|you're|you are|they're) (?:all )?dead|dead in the water|dead meat|"
    r"(?:coffin|grave|casket) and (?:then )?(?:climbed|got|stepped|crawled) out|"
    r"(?:was|were|been) gone for (?:hours|minutes|a while|ages|a bit|\d+)|"
    r"(?:vanish|disappear) from (?:this|the|that) (?:[\w-]+ )?(?:call|meeting|room|party|class|"
    r"conversation|chat|event|office)(?:,? (?:it|this|they|that) (?:never ends|goes on forever|"
    r"is endless|drags on|won't end))?|"
    r"rope (?:ladder|swing|bridge course)|(?:jump|skipping|climbing) rope|"
    r"(?:ohne|und|für|auf|mit|von|ist|sind|dass|weil|wie|über|auch) die\b|"
    r"(?:starter|sourdough|yeast|printer|bulbs?|tamagotchi|kombucha)s? (?:just |finally |"
    r"has |had )?(?:died|dies|is dead|was dead)|"
    # going to an occasion: "not making it to her birthday party", "won't make it to the
    # match" (an occasion someone attends, not a date the writer means not to live to); what
    # leads up to it stays readable ("I don't plan on making it to the wedding" can be either)
    r"(?<=make |made )it (?:to|for) (?:the|her|his|their|our|your|a|an|[\w-]+'s) "
    r"(?:[\w-]+ ){0,2}(?:party|parties|wedding|buffet|reception|dinner|lunch|brunch|meeting|"
    r"class|game|match|gig|concert|show|rehearsal|practice|appointment|barbecue|bbq|picnic|"
    r"shower|graduation|recital|reunion|event|drinks|quiz|meetup|fundraiser|ceremony)s?\b|"
    r"(?<=making )it (?:to|for) (?:the|her|his|their|our|your|a|an|[\w-]+'s) "
    r"(?:[\w-]+ ){0,2}(?:party|parties|wedding|buffet|reception|dinner|lunch|brunch|meeting|"
    r"class|game|match|gig|concert|show|rehearsal|practice|appointment|barbecue|bbq|picnic|"
    r"shower|graduation|recital|reunion|event|drinks|quiz|meetup|fundraiser|ceremony)s?\b|"
    r"hide(?:-| and )seek|"
    # crafts and food, leaving work early, a night's stay
    r"cut (?:a bit|a piece|a strip|a little|an inch|some|the end|the ends) off (?:the|a|an|this|"
    r"that) (?:[\w-]+ )?(?:fabric|cloth|material|hem|sleeves?|ribbon|thread|paper|card|tape|"
    r"plank|board|wood|branch|stems?|hedge|bread|loaf|cheese|cake|steak|meat|fat|pizza|pastry|"
    r"dough)\b(?: so (?:it|they) (?:fits?|sits? flat|looks? neater|lines? up|hangs? straight))?|"
    r"cut (?:out |off |a (?:little|bit) )?early (?:from|at|on|off) (?:work|school|class|college|"
    r"uni|the office|my shift|the shift|practice|training|the meeting|rehearsal)\b|"
    r"(?:stay|stayed|staying) (?:there|over|at [\w-]+'s) (?:for )?(?:another|one more|an extra) "
    r"night\b|"
    # wishing a part or a person would be quiet: "I wish it would shut up" (a feeling toward
    # a part, not a wish to die; "I wish it would all stop" stays readable)
    r"(?:wish|wishing|want|wanted|need|needed) (?:it|this part|that part|the [\w-]+|he|she|they|"
    r"everyone|everybody|people|my [\w-]+) (?:would |to |could )?(?:just )?(?:shut up|be quiet|"
    r"go quiet|quiet down|pipe down|stop talking|stop nagging|stop shouting|stop yelling|"
    r"leave me alone|back off|calm down|chill out|give me a break|give it a rest|let me sleep|"
    r"let me be)\b(?: and (?:leave me alone|let me (?:sleep|be|think|rest)|back off|go quiet))?|"
    # sharing out food: "who gets what at the buffet"
    r"(?:work(?:ed|ing)? out|decid(?:e|ed|ing)|sort(?:ed|ing)? out|figur(?:e|ed|ing) out|"
    r"agree(?:d)?) who gets what (?:at|for|from) (?:the|a|an|our|their|this|that) "
    r"(?:[\w-]+ ){0,2}(?:buffet|party|wedding|dinner|lunch|table|potluck|barbecue|bbq|raffle|"
    r"menu|rota|chores|picnic|reception)|"
    # hoping for good news about someone's health: "I hope it's not a tumour", "hoping they
    # catch the cancer early", "I hope mum's cancer doesn't come back" (a hope that an illness
    # wins, or that the writer does not survive it, stays readable)
    r"(?:hope|hoping|pray|praying)(?: that)? (?:it|it's|this|that|the [\w-]+|mine|my [\w-]+)"
    r"(?:'s| is| are| was)? (?:not|isn't|aren't|wasn't|won't be|isn't going to be) "
    r"(?:anything )?(?:serious |bad )?(?:like )?(?:a |an )?(?:cancer|tumou?r|malignant|"
    r"fracture|infection|stroke|heart attack|lump|growth)\b|"
    r"(?:hope|hoping|pray|praying)(?: that)? (?:the |my |his |her |their |[\w-]+'s )?(?:scan|"
    r"biopsy|results?|tests?|bloods|mri|x-?rays?|lump|mole|mammogram|smear)s? (?:is |are |comes? "
    r"back |came back )?(?:clear|benign|normal|fine|negative|nothing)\b|"
    r"(?:hope|hoping|pray|praying)(?: that)? (?:they|the doctors?|the surgeons?|the surgery|"
    r"the chemo|the treatment|the operation|the op|radiotherapy) (?:can |will |)(?:catch|treat|"
    r"beat|cure|remove|get|kill|shrink)s? (?:it|the cancer|the tumou?r|the growth|the lump|"
    r"it all|the whole (?:tumou?r|thing))(?: (?:early|in time|quickly|soon|all))?\b|"
    r"(?:hope|hoping|pray|praying)(?: that)? (?:i|we|they|he|she|mum|mom|dad|[\w-]+) (?:don't|"
    r"doesn't|never|won't) (?:get|develop|have|catch) (?:cancer|a stroke|a heart attack|a tumou?r"
    r"|it)\b|"
    r"(?:hope|hoping|pray|praying)(?: that)? (?:the |my |his |her |[\w-]+'s )(?:cancer|tumou?r|"
    r"growth|infection) (?:hasn't|doesn't|won't|isn't|didn't) (?:spread|come back|grow|return|"
    r"spreading|growing)\b)"
)

# Dying, being dead, not existing, disappearing, ending, sleeping forever: as a state or
# wish of the writer. Euphemisms included.
DEATH = (
    r"(?:die|dies|died|dying|dead|death wish|(?:thoughts?|thinking|think) (?:of|about) "
    r"death|welcome death|deathbed|my (?:own )?(?:funeral|grave|coffin|"
    r"obituary|wake|eulogy)|"
    r"suicid\w*|kill\w* myself|killing me(?=\s*(?:$|[.!?]))|end\w* (?:it|it all|my life|"
    r"things|everything|this|my own life|the pain|my suffering)(?=\s*(?:$|[.!?,;]|\s+(?:now|"
    r"tonight|soon|for good|forever|already|today|somehow|once and for all|and|but|so|feels|"
    r"seems|would|is|sounds|keeps)))|"
    r"take (?:us|me|myself)(?: both| all)? out (?:of here |of this )?(?:for good|"
    r"permanently|forever)|(?:not|never) (?:come|coming) back(?=\s*(?:$|[.!?,;]))|"
    r"worth more (?:dead|gone|than i am|than me)|"
    r"take my (?:own )?life|taking my (?:own )?life|unaliv\w*|"
    r"not (?:be |being )?(?:here|alive|around|breathing)(?:\s+anymore|\s+any ?more|"
    r"\s+any longer|\s+tomorrow|\s+next \w+|\s+at all)?(?=\s*(?:$|[.!?,;]|\s+(?:anymore|"
    r"forever|for good|and|tomorrow|next|at all)))|"
    r"(?:stop|ceas\w*|quit) (?:existing|to exist|breathing|living|being alive)|"
    r"not (?:to )?exist\w*|never (?:been )?born|(?:go|went|fall) (?:to )?sleep (?:and|&) "
    r"(?:never|not) wake|(?:not|never) (?:to )?wak(?:e|ing) up|didn't wake up|sleep "
    r"forever|eternal (?:sleep|rest)|rest (?:forever|in peace)|permanent (?:sleep|rest|"
    r"solution|escape|exit|way out|fix)|be gone|was gone|were gone|i'm gone|i am gone|"
    r"(?:(?:i|to|just|could|would|me|i'd|i'll|and)\s+(?:\w+\s+){0,2})(?:disappear\w*|"
    r"vanish\w*|fade (?:away|out)|cease)|disappear\w* (?:forever|for good|permanently)|"
    r"erase myself|check(?:ing)? out "
    r"(?:for good|early|of life|permanently)|(?:leave|leaving|exit|exiting) (?:this|the) "
    r"(?:world|earth|life|planet)|no longer (?:be )?(?:here|alive|around)|"
    r"(?:end|ending) of me|my last (?:day|night|week|breath)|last goodbye|final (?:goodbye|"
    r"exit|act|sleep|rest|escape)|(?:join|be with) (?:my )?(?:mum|mom|dad|nan|gran|grandma|"
    r"grandpa|brother|sister|son|daughter|wife|husband) (?:again|soon|in heaven)|"
    r"go to (?:heaven|sleep for good)|jump\w* (?:off|from|in front)|hang\w* myself|"
    r"drown\w* myself|shoot\w* myself|overdos\w*|o\.?d(?:'d|ed)?(?=\s*(?:$|[.!?,;]|on\b))|"
    r"make it (?:all )?stop (?:for good|forever|permanently)|make (?:it|everything|the "
    r"noise|the pain) stop(?=\s*(?:$|[.!?,;]|\s+(?:for good|forever|once)))|"
    r"(?:way|ways) (?:out|to go)|no way out|only way out|"
    r"(?:not|never) (?:going to |gonna )?(?:see|make it to) (?:tomorrow|morning|christmas|"
    r"my birthday|"
    r"next \w+|the weekend|another \w+)|lights out|the void|not here next|"
    r"nonexist\w*|non-exist\w*|oblivion|end of the line)"
)

# "around", but not "around anyone / people / my family / today": wanting no company is not
# wanting to be gone. Shared by the not-living, not-staying and crisis-rule wordings.
AROUND = (
    r"around(?! (?:anyone|anybody|people|them|him|her|you|others|crowds|my |the |other|"
    r"family|friends|today|this))"
)

# Not living: negated or questioned life, which reads as a wish to die.
NOT_LIVING = (
    r"(?:(?:don't|do not|didn't|no longer|never|not sure i|don't know if i|can't|cannot|"
    r"not|no) (?:[\w']+ ){0,2}(?:want|wanna|wish|care|need|bother|know how|see the point) "
    r"(?:[\w']+ ){0,1}(?:to )?(?:live|be alive|be living|exist|be here|keep going|go on|continue|"
    r"wake up(?! (?:early|so early|at \d|before|for (?:work|school|my|the)|on (?:a )?"
    r"(?:saturday|sunday|weekend|monday)))|be " + AROUND + r"|keep living|keep existing|"
    r"stay(?! (?:safe|calm|sober|clean|positive|"
    r"focused|grounded|home|in|at|with|up|on|over|awake|busy|present|open|well|strong))|carry on|"
    r"try anymore|get up anymore|"
    r"stick around|wait around|be saved|be rescued|be found(?! out)|survive|make it)|"
    r"(?:can't|cannot|can not|couldn't) (?:go on|keep going|"
    r"do this(?:(?: anymore| any more| any longer| again)\b|(?=\s*(?:$|[.!?,;])))|"
    r"take (?:it|this|"
    r"much more)|keep doing this|live like this|carry on|continue|hold on|stand it|"
    r"survive this|face (?:tomorrow|another day|another))|"
    r"(?:tired|exhausted|sick) (?:of )?(?:to live|of living|of life|being alive|existing|"
    r"being here|breathing|"
    r"waking up|it all|everything|fighting|trying|being me|being a burden|pretending)|"
    r"(?:done|finished|through) with (?:life|living|everything|it all|all of it|this "
    r"world|this life|being alive|existing|trying|fighting|this)(?=\s*(?:$|[.!?,;]|\s+"
    r"(?:now|for good|forever|anymore)))|"
    r"(?:no|zero|nothing|not any|any) (?:[\w']+ ){0,1}(?:reason|point|purpose|will|hope|"
    r"future|meaning) (?:[\w']+ ){0,1}(?:to|in|for|of) (?:live|living|go on|going on|life|"
    r"being alive|stay|staying|be here|being here|wake|waking|continu\w*|keep going|"
    r"tomorrow|anything|any of it|trying|it all)|nothing (?:left )?to live for|"
    r"(?:life|living|my life|existence|existing) (?:is|isn't|is not|feels|seems|has "
    r"become) (?:[\w']+ ){0,2}(?:worth|pointless|meaningless|unbearable|too much|"
    r"a burden|not worth)|not worth (?:living|it anymore|saving|the oxygen)|"
    r"what's the point(?:\s+(?:of|in) (?:living|life|anything|any of it|going on|me|"
    r"being here|it all|trying))?(?=\s*(?:$|[.!?,;]|\s+(?:anymore|now)))|"
    r"(?:giv|gave|given|give) up on (?:life|living|myself|everything|me)|"
    r"(?:don't|do not|can't|cannot) see (?:myself (?:being )?(?:here|alive|around|making it|"
    r"getting old|growing old)|(?:a|any) (?:future|way forward|tomorrow))|"
    r"(?:ready|want|wanted|wanna) to (?:go|be done|give up|let go|leave)(?=\s*(?:$|[.!?,;]|"
    r"\s+(?:now|for good|forever|for real)))|let me (?:go|rest|sleep|die|disappear)"
    r"(?=\s*(?:$|[.!?,;]))|want (?:out|to get out)(?= of (?:this life|life|here|"
    r"everything|existence|this world)|\s*(?:$|[.!?,;]))|"
    r"(?:hope|hoping|praying|pray|wish) (?:[\w']+ ){0,2}(?:doesn't|don't|won't|never|not) "
    r"(?:wake|come|make it|see|last)|"
    r"(?:hope|wish|hoping|wishing|pray) (?:(?!(?:doesn't|don't|won't|didn't|not|never)\b)"
    r"[\w']+ ){0,4}(?:(?:kills|kill|would kill|takes|hits|hit)(?= me\b|\s*(?:$|[.!?,;]))|"
    r"run me over|runs me over|gets me|crash|crashes|ends it|ends me|take me))"
)

# "better off if I" followed by an ordinary change: "everyone would be better off if I got
# more sleep" (but not "if I got hit by a bus", "if I took all my pills", "if I had never
# been born").
_ORDINARY_IF_I = (
    r"(?! (?:just |only |finally |actually )?(?:got (?!hit\b|run\b|killed\b|knocked\b)|"
    r"had (?!never\b|not\b|died\b|gone\b)|took (?!all\b|the\b|my\b|an\b|too\b|every\b)|"
    r"slept|started|learned|learnt|ate|exercised|paid|saved|spent|asked|called|cooked|cleaned|"
    r"tidied|studied|practi[cs]ed|bought|sold|spoke up|said no|retired|changed jobs|"
    r"moved house|went to (?:bed|the gym|therapy|work|school|class)|quit (?:my job|smoking|"
    r"drinking|vaping)|worked (?:less|fewer|part)|listened|apologi[sz]ed|stayed (?:home|in|late)|"
    r"relaxed|calmed down|cheered up|lightened up)\b)"
)

# Burden and "better off": the writer as a weight on others.
BURDEN = (
    # the writer as the burden, not IFS's burdens a part carries ("heavy burden from dad")
    r"(?:burden(?:s|ing)? (?:to|on|for) (?:everyone|everybody|them|my|the|all|people|you|"
    r"others|him|her|us|anyone)\b|burden(?:ing|ed)? (?:everyone|everybody|them|my|people|you|"
    r"others|him|her|us|anyone)\b|(?:i'm|i am|i feel|feel like|i've been|i have been|being|"
    r"i was|i'll be|i will be|i'd be|just|i've become|i become|i'm becoming) (?:[\w']+ ){0,2}"
    r"burden\b|(?:you're|you are|be|been|being) (?:[\w']+ ){0,2}a burden\b|burden of "
    r"(?:being (?:me|alive|here|myself)|my (?:life|existence))|(?:am i|i'm|i am) (?:[\w']+ )"
    r"{0,2}a burden\b|(?:sees?|saw|treats?|treated|thinks? of|thought of) me as (?:a |such a )?"
    r"burden\b|my burden is (?:that )?(?:i'm|i am|being) (?:still )?(?:here|alive)|"
    r"better off (?:without|if i" + _ORDINARY_IF_I + r"|when i|with me|once i|"
    r"dead|gone)|"
    r"(?:would|will|'d|'ll) (?:[\w']+ ){0,2}(?:better|happier|easier|fine|okay|relieved|"
    r"lighter|free|be ok)(?: \w+){0,3} (?:without me|if i (?:[\w']+ )?(?:wasn't|weren't|was|were|"
    r"died|left|disappeared|didn't)|once i'm|when i'm|with me gone|after i'm)|"
    r"(?:no one|nobody|noone|none of them|anyone|everyone) (?:would|will|'d|is going to) "
    r"(?:[\w']+ ){0,2}(?:miss|notice|care|mind|cry)(?= if i| when i| me if| that i|"
    r"\s*(?:$|[.!?,;]))|"
    r"(?:won't|will not|wont|wouldn't) (?:[\w']+ ){0,1}(?:be|have) (?:a burden|around|"
    r"here|in (?:the|anyone's|your|their) way|to worry about me|anyone's problem|"
    r"bothering|to deal with me|much longer)|waste of (?:space|oxygen|air|skin|life)|"
    r"(?:world|everyone|everybody|anyone|nobody|no one|they) (?:[\w']+ ){0,1}(?:doesn't|"
    r"does not|don't|wouldn't|won't|will not) (?:[\w']+ ){0,1}(?:need|miss) me|"
    r"(?:everyone|they|people|my family|my kids|the kids|he|she) (?:would|will|'d) "
    r"(?:[\w']+ ){0,1}(?:get over it|move on|forget me|be relieved)|"
    r"(?:kids|children|family|everyone|they|he|she|my \w+) (?:would|'d|will) be better off"
    r"(?! if i" + _ORDINARY_IF_I[3:-1] + r")"
    r"|(?:would|'d) (?:[\w']+ ){0,2}(?:lighter|happier|better|easier|freer) without me|"
    r"(?:would|will|'d) (?:[\w']+ ){0,1}(?:grieve|mourn)(?: for (?:me|a while))?|"
    r"(?:everyone|everybody|the world|my family|they) (?:[\w']+ ){0,2}(?:without me|"
    r"if i was gone|be better off(?! if i" + _ORDINARY_IF_I[3:-1] + r"))|"
    r"(?:do|doing) (?:everyone|the world|them|my \w+) a favou?r|"
    r"drag\w* (?:everyone|them|you|my \w+) down|ruin\w* everyone's|"
    r"(?:i'm|i am|feel like|i'm just|i've become|being) (?:[\w']+ ){0,2}(?:a |the |such a )"
    r"(?:burden|problem|weight|drain|waste|mistake|disappointment|failure)"
    r"(?= (?:to|on|for) (?:everyone|everybody|them|my|the|all|people|you)|\s*(?:$|[.!?,;])))"
)

# Means of suicide, each with the acts that turn a mention into intent or preparation.
# Substances: stockpiling, counting, "all of them".
_SUBSTANCE = (
    r"(?:pills?|tablets|meds|medication|sleeping pills|painkillers|paracetamol|tylenol|"
    r"acetaminophen|opioids|oxy\w*|insulin|lithium|antifreeze|bleach)"
)
_SUBSTANCE_ACT = (
    r"(?:stockpil\w*|stash\w*|hoard\w*|sav(?:e|ed|ing) (?:up|them)|lined? (?:them )?up|"
    r"count(?:ed|ing)?|all (?:of )?(?:them|my|the)|every (?:single )?one|the whole|"
    r"a handful|handfuls|enough (?:to|of)|how many|lethal|fatal|at once|in one go|"
    r"swallow(?:ed|ing)? (?:them|all|every)|take (?:them )?all|took (?:them )?all)"
)
# Places: heights, water, rail, roads.
_PLACE = (
    r"(?:bridge|cliff|ledge|rooftop|roof edge|edge of the roof|balcony|overpass|tracks|"
    r"railway|rail line|train line|platform edge|oncoming traffic|motorway|highway|"
    r"tall building|top floor|multi-?storey|car park roof|the edge|into the (?:river|sea|"
    r"lake|water|ocean))"
)
_PLACE_ACT = (
    r"(?:stood|standing|stand|sat|sitting|lean\w* over|look\w* (?:down|over)|stare\w*|"
    r"staring|climb\w*|jump\w*|step\w* (?:off|in front|out)|fall|falling|drove|driving|"
    r"drive|walk\w* (?:to|onto|along|into|out)|went (?:to|back to)|how (?:high|far|deep|"
    r"long|fast|easy)|drawn|pull\w*|calling|keep (?:thinking|going back|picturing)|"
    r"think\w* about|thought about|picture\w*|imagin\w*|on purpose|swerv\w*|"
    r"crash\w*|into (?:a|the|oncoming))"
)
# Weapons and ligatures.
_WEAPON = r"(?:rope|noose|ligature|gun|pistol|rifle|firearm|bullets?|razor\w*|blades?)"
_WEAPON_ACT = (
    r"(?:bought|buy|buying|ordered|got|getting|found|hid|hidden|hiding|keep|kept|"
    r"holding|held|hold|look\w* at|stare\w*|staring|tie\w*|tying|load\w*|in my "
    r"(?:hand|drawer|room|car|bag)|under my (?:bed|pillow|mattress)|think\w* about|"
    r"thought about|picture\w*|imagin\w*|research\w*|googl\w*|how to)"
)
_GAP5 = r"(?:\W+\w+){0,5}?\W+"
_GAP6 = r"(?:\W+\w+){0,6}?\W+"
MEANS = (
    "(?:"
    + "|".join(
        (
            _SUBSTANCE + _GAP5 + _SUBSTANCE_ACT,
            _SUBSTANCE_ACT + _GAP5 + _SUBSTANCE,
            _PLACE + _GAP6 + _PLACE_ACT,
            _PLACE_ACT + _GAP6 + _PLACE,
            _WEAPON + _GAP5 + _WEAPON_ACT,
            _WEAPON_ACT + _GAP5 + _WEAPON,
            r"noose|lethal dose|fatal dose|ligature",
        )
    )
    + ")"
)

# Self-harm: acts on one's own body, and the urge.
SELF_HARM = (
    r"(?:(?:cut|cutting|cuts|carv\w*|slic\w*|scratch\w*|burn\w*|hit|hitting|punch\w*|"
    r"bang\w*|slam\w*|bit|bite|biting|pinch\w*|hurt\w*|harm\w*|punish\w*|starv\w*|bruis\w*|"
    r"claw\w*|dig\w*|stab\w*) (?:at )?(?:myself|my (?:own )?(?:arms?|wrists?|legs?|"
    r"thighs?|skin|stomach|hips?|hands?|head|body|face|chest|ankles?|fingers?))"
    r"(?! (?:on (?:the|a) (?:oven|stove|door|table|cupboard|pan|car|car door|shelf|cabinet|"
    r"counter|ceiling|beam|sink|boot|bunk)|by accident|accidentally|"
    r"shaving|cooking|at (?:the )?gym|playing|lifting|running|skiing|in the kitchen))|"
    r"self[- ]?harm\w*|self[- ]?injur\w*|self[- ]?mutilat\w*|"
    r"(?:urge|urges|itch|pull|craving|need|needed|wanted|want|wanting|tempted) (?:[\w']+ ){0,2}"
    r"(?:to |at )(?:cut|burn|hurt|harm|punish|scratch|bleed|hit)(?! (?:down|back|out|off|"
    r"corners|ties|class|loose|it close|the))|"
    r"(?:bled|bleed|bleeding|blood)(?= (?:again|on purpose|to feel|so i|until|till|for)|"
    r"\s*(?:$|[.!?,;]))|(?:until|till) (?:it|i|they|my \w+) (?:bled|bleeds?|bleeding|"
    r"bruised|hurt)|fresh (?:cuts|marks|scars|wounds|ones)|new (?:cuts|scars|marks)|"
    r"(?:the |my )?(?:blade|razor|lighter|compass|sharpener|scissors)(?= (?:[\w']+ ){0,4}(?:on|"
    r"to|against|into|across) my)|hide (?:the |my )?(?:cuts|scars|marks|arms|wrists)|"
    r"long sleeves|wanted it to hurt|make (?:it|myself) bleed|feel the pain (?:on|in) my|"
    r"(?:cuts|burns|bruises|marks|scratches|wounds|scars) (?:that )?i (?:gave|made|did to|"
    r"left on|put on) myself|"
    r"(?:cut|cutting|burned|burning|scratched)(?: myself)? (?:again|last night|tonight|"
    r"this week|twice|helps|is the only|was the only|makes (?:it|me))|"
    r"(?:relapsed|slipped|gave in) (?:and|with) (?:[\w']+ ){0,2}(?:cut|burn\w*|hurt myself))"
)

# Preparations: putting affairs in order, giving things away, goodbyes, letters.
# A goodbye letter to an illness, a habit or a job is a therapy exercise or a leaving email.
LETTER_TO = (
    r"(?:eating disorder|anorexia|bulimia|depression|anxiety|addiction|drinking|ocd|"
    r"old (?:job|self|life|me|flat|house|team|habits?|ways)|younger self|inner \w+|\w+ part|"
    r"team|pain|illness|cancer|body|bottle)\b"
)
PREPARATION = (
    r"(?:(?:giv(?:e|ing|en)|gave) (?:away )?(?:[\w']+ ){0,3}(?:things|stuff|belongings|possessions|"
    r"clothes|books|records|guitar|jewel\w*|plants|cat|dog|pets?|fish|art|collection|"
    r"savings)(?: (?:[\w']+ ){0,3}away)?|gave (?:the|my) (?:dog|cat|pets?|fish|bird|rabbit)"
    r" (?:to|away)|rehom\w* (?:the|my) (?:dog|cat|pets?)|who (?:gets|should get|will get)"
    r" my|(?:goodbye|farewell|suicide|final|last) (?:notes?|letters?|messages?|texts?|"
    r"emails?|videos?)(?! to (?:my|the|our) "
    + LETTER_TO
    + r")|letters? (?:to|for) (?:my(?! "
    + LETTER_TO
    + r")|each of my|everyone)|(?:wrote|writing|left|"
    r"leaving) (?:my|each of my|all my) (?:[\w']+ ){0,2}(?:a |an )?(?:letters?|notes?)|"
    r"(?:wrote|writing|write|updated|updating|made|making|sorted|finished) (?:out )?"
    r"(?:a |my )will|(?:affairs|things|papers|paperwork) in order|"
    r"(?:passwords|pin numbers|bank details|account details)(?= (?:[\w']+ ){0,6}(?:envelope|"
    r"for (?:my|him|her|them)|need|in case|written down))|"
    r"(?:cancel\w*|closed|closing|deleted|deleting) (?:all )?(?:of )?my (?:subscriptions|"
    r"accounts|social media|memberships)|paid off (?:what i owe|my debts|everything)|"
    r"(?:tidy\w*|clean\w* up|sort\w* (?:things|everything) out) before i (?:go|leave)|"
    r"(?:thanks|thank you) for everything(?= (?:[\w']+ ){0,6}(?:goodbye|bye|sorry)|"
    r"\s*(?:$|[.!?]))|(?:if you(?:'re| are)? (?:read|reading|find|found) this)|"
    r"(?:it|this) (?:wasn't|isn't|was not|is not) your fault(?!\s+(?:the|if|he|she|they|we|"
    r"our)\b)|sorry for everything|"
    r"forgive me(?=\s*(?:$|[.!?,;]))|look after (?:the|my) (?:dog|cat|kids|plants) "
    r"(?:for me|when|after)|whoever (?:has to|will have to|needs to|finds)|"
    r"(?:it|that) was (?:a|my) goodbye|(?:said|saying) (?:my )?goodbyes?(?= to (?:everyone|"
    r"them|my)| without|\s*(?:$|[.!?])))"
)

# Plans and method research.
PLAN = (
    r"(?:(?:made|have|got|making|worked out|figured out|came up with) (?:a|the|my) plan"
    r"(?!\s+(?:for (?:the|next|this|dinner|work|tomorrow|school)|with|to (?:see|go|meet|"
    r"visit|call|study|exercise|eat|start)))|(?:research\w*|look\w* up|looked into|"
    r"googl\w*|search\w* for|read up on) (?:[\w']+ ){0,2}(?:methods|ways to (?:die|go|end)|"
    r"how (?:to|much|many|long|high)|painless|lethal|overdose|what would happen if)|"
    r"(?:decided|know|chosen|picked|chose|set|worked out|figured out|planned) (?:on )?"
    r"(?:when|how|where|the date|a date|"
    r"the day|a day|the place|a place|the spot|the time)(?=\s*(?:$|[.!?,;]| i(?:'m| am)? "
    r"(?:going|will|'ll)| to do it))|"
    r"(?:the night|the day|when) i (?:finally )?do it|how i(?:'d| would| will| could| "
    r"should|'ll) (?:do it|go|end it)(?=\s*(?:$|[.!?,;]))|i'(?:ll|m going to) do it "
    r"(?:tonight|soon|this week|when)|this (?:is|will be) my last (?:week|day|night|month|"
    r"christmas|birthday|summer|entry|check-?in))"
)

# Thoughts or urges toward an act of dying.
METHOD_THOUGHT = (
    r"(?:(?:think\w*|thought|thoughts|can't stop thinking|keep thinking|picture\w*|"
    r"imagin\w*|fantasi\w*|urge\w*|pull\w*|tempt\w*|want\w*|wish\w*|should|could|"
    r"the idea of|the thought|had the thought|dream\w*|obsess\w*)\W+(?:[\w']+\W+){0,4}?"
    r"(?:jump\w*(?! (?:jacks|rope|around|up and down|for joy|in the pool))|"
    r"step\w* (?:off|in front|out in front|into (?:the )?traffic)|swallow\w* "
    r"(?:everything|all|them|it all|the whole)|drown\w*|swerv\w*|"
    r"crash\w* (?:the|my|into)|driv\w* (?:into|off)|hang\w*(?= myself|\s*(?:$|[.!?]))|"
    r"walk\w* into (?:the )?(?:sea|river|lake|traffic|water)|let go of the (?:wheel|railing)|"
    r"take (?:them|it|everything) all|not (?:coming|come) back|falling asleep forever))"
)

# Not safe from oneself.
UNSAFE_SELF = (
    r"(?:(?:don't|do not|can't|cannot) trust myself(?: (?:[\w']+ ){0,3}(?:with|around|alone|"
    r"near|tonight|right now))?|scared of (?:myself|what i (?:might|could|will|'ll) do)|"
    r"not safe (?:with|from|around) myself|(?:only|one) "
    r"(?:thing|reason|person|one)s? (?:[\w']+ ){0,2}(?:keeping|keeps|kept|holding|holds) me "
    r"(?:here|alive|going|around|from)|reasons? (?:i'm|i am) still (?:here|alive|around)|"
    r"(?:want|need|wish) (?:it|this|everything|all of it|the pain|it all) (?:to )?(?:be "
    r"over|end|stop)(?= for good| forever| permanently|\s*(?:$|[.!?,;]))|"
    r"(?:it|this|everything) (?:will|'ll) (?:all )?be over soon|until i can (?:go|leave|"
    r"rest|be done|stop|finally rest)|(?:relieved|relief|wouldn't mind|welcome|be fine|"
    r"okay|ok) (?:[\w']+ ){0,3}if (?:[\w']+ ){0,4}(?:went down|crashed|hit me|killed me|"
    r"didn't wake|don't wake|happened to me|died|got sick|took me))"
)

# The writer as the one speaking: "i", "me", "my", "myself".
FIRST_PERSON = r"(?:i|i'm|i've|i'd|i'll|me|my|myself|mine|im|id|ive)"

# Past and resolved framing (sentence level), and recency that overrides it.
PAST_RESOLVED = (
    # "used to", but not in a comparison ("not arguing as hard as it used to")
    r"(?:used to|the old me|last year|at the time|since then|years ago|months ago|long ago|"
    r"(?:are|is|were) (?:well |long |all )?behind me|that (?:winter|summer|spring|autumn|year)|"
    r"in (?:19|20)\d\d|that was (?:19|20)\d\d|when i first|"
    r"a long time ago|back then|in the past|"
    r"when i was (?:a |in |younger|little|young|small|\d+|a teen|\w+teen|twenty\w*|"
    r"thirty\w*|ten|eleven|twelve)|as a (?:teen|teenager|kid|"
    r"child)|in (?:high school|college|my (?:teens|twenties|thirties|20s|30s|youth))|"
    r"no longer|haven't (?:[\w'-]+ ){0,2}(?:in|for|since) (?:[\w']+ )?(?:years|months|ages|"
    r"a long time|"
    r"over a year)|(?:years?|months?) (?:clean|sober|free|without)|clean for|sober for|"
    r"not since|anymore(?= (?:and|thank|which))|these days i don't|glad i'm still here|"
    r"i'm glad i didn't|survived (?:that|it|those)|that was (?:then|years|a long))"
)

_FIRST = re.compile(r"\b" + FIRST_PERSON + r"\b")

CRISIS_CONCEPTS: dict[str, re.Pattern[str]] = {
    "death": re.compile(r"\b" + DEATH + r"\b"),
    "not-living": re.compile(r"\b" + NOT_LIVING),
    "burden": re.compile(r"\b" + BURDEN),
    "means": re.compile(r"\b" + MEANS + r"\b"),
    "self-harm": re.compile(r"\b" + SELF_HARM),
    "preparation": re.compile(r"\b" + PREPARATION),
    "plan": re.compile(r"\b" + PLAN),
    "method-thought": re.compile(r"\b" + METHOD_THOUGHT),
    "unsafe-self": re.compile(r"\b" + UNSAFE_SELF),
}


def blank_idioms(ntext: str) -> str:
    """The text with idioms replaced by spaces (same length, offsets unchanged)."""
    return IDIOMS.sub(lambda m: " " * (m.end() - m.start()), ntext)


def first_person(text: str, start: int = 0, end: int | None = None) -> bool:
    return _FIRST.search(text, start, len(text) if end is None else end) is not None
