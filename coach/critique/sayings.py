"""Sayings (pattern data, pure): a saying about how things go in general, put where the
other person's own story was. Read by coach.critique.formulas (stock phrases), judging (a
saying is no verdict) and flaw_quotes; coach.critique.sayings_given holds a saying announced
and a reply that heard a turn as one.
"""

from __future__ import annotations

import re

# A saying about how things go in general, put where their own story was: "Busy hands, as
# they say.", "It all comes out in the wash eventually.", "Life does like to bunch things up",
# "These things have a way of washing out", "The safest hands always get handed the heaviest
# parcels.", "growth is never a straight line", "nobody learns the steps overnight", "Good
# things come from...", "yours will find its shape too", "Everyone's Part 3 is shaped
# differently".
PLATITUDE = re.compile(
    # A saying about every thing of a kind, about no one here: "Every pencil draws its own
    # line.", "Every deadline is a teacher." (not "every time", "every bit of it", nor one that
    # says you, I or we; "Each new chapter..." is left to how the counterpart takes it)
    r"^\W*(?:(?:well|and|but|so|remember|ah|after all|hey|mind you|honestly|still"
    r"|the way i (?:look at|see) it)[,.]?\s+)*"
    r"every (?!(?:time"
    r"|day|week|month|morning|evening|night|year|session|other|one|single|few|bit|part|word"
    r"|two|three|four|five|six|couple|\d+"
    r"|of|step|hour|minute|fortnight|term|quarter|weekend|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|spring|summer|autumn|winter)\b)[a-z-]+"
    r"(?![^.!?]*\b(?:you|your|you're|yours|i|i'm|i've|me|my|we|our|us)\b)"
    # (nor one with its deadline: "Every note from the last month caught up by Friday.")
    r"(?![^.!?]*\bby (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow"
    r"|tonight|the end of)\b)[^.!?;]{0,60}(?:;[^.!?]*)?[.!]?$"
    r"|\bas (?:they|people|we) (?:always )?say\b|\bas the saying goes\b"
    r"|\bcomes? out in the wash\b"
    r"|\b(?:these|such) things (?:have a way of|tend to|happen for|find (?:their|a) way)\b"
    # a saying given as one: "I always say a missed obs isn't a missed patient", "that's what
    # my old sister used to say", "We all drop a stitch now and then"
    r"|\bi always say\b|\bwhat my (?:\w+ ){0,2}(?:used to|would always|always used to) say\b"
    r"|\bas my (?:\w+ ){0,2}(?:used to say|always said|would say)\b"
    r"|^\W*we all\b[^.!?]*\bnow and (?:then|again)\b"
    r"|\blife (?:does|has a way"
    r"|likes to|tends to)\b|\bit is what it is\b|\bthat's life\b|\bsuch is life\b"
    r"|^\W*the \w+est \w+ always\b"
    # "the big clients always bark loudest", "the third quarter is where partners are forged"
    r"|\bthe \w+ \w+s always \w+ \w+est\W*$|\b(?:is|are) where \w+s (?:are|get) (?:forged|born)\b"
    r"|\b(?:is|are|isn't|aren't) never a straight line\b"
    # "A wobbly voice is just a steady one warming up.", "One bumpy evening never sank anybody's
    # career.", "the third evening is the one they'll write home about"
    r"|(?:\bis|'s) (?:just |only )?(?:still )?(?:an? |the )?(?:\w+ ){1,2}(?:still )?warming up\b"
    r"|\bnever (?:sank|sunk|hurt|ruined|harmed) (?:anybody|anyone|a good \w+|a career)\b"
    r"|\bwrite home about\b"
    # "Slow reactions grow the biggest crystals.", "Early nights are the best reagent", "Sunday
    # blues come for us all."
    r"|(?<!would )(?<!could )(?<!will )(?<!to )\b(?:grow|make|build)s? the (?:biggest|best"
    r"|strongest|finest|sweetest|deepest) [a-z]+(?:[.!]|$)|\b(?:is|are) the best (?:medicine"
    r"|reagent|teacher|cure|remedy|catalyst|fertili[sz]er)\b"
    r"|\bcomes? for (?:us all|all of us|everyone|everybody)\b"
    r"|\b(?:nobody|no one|no-one) (?:learns|gets|masters|becomes|finds)\b[^.?!]* overnight\b"
    r"|\bgood things (?:come|happen|take time|run|arrive|grow)\b"
    r"|(?:\bwill|'ll) find (?:its|their|your) (?:shape|way|feet)\b"
    # "You can always earn it back, you can't get the time back."
    r"|\byou can(?:'t|not) get (?:the |that |those )?(?:time|years) back\b"
    r"|\b(?:everyone|everybody)(?:'s| is) (?:\w+ )?(?:different|shaped differently)\b"
    # "Change is never easy, but it's how we grow.", "that's half the battle", "everyone's
    # got their thing", "You've clearly got what it takes", "this room's a no-blame room"
    r"|\bis never (?:easy|simple)\b|\b(?:it's|that's|is|are) how (?:we|you|people) (?:grow"
    r"|learn)\b|\bhalf the battle\b|\b(?:everyone|everybody)(?:'s got| has got| has) (?:their"
    r"|a) (?:thing|things|own (?:thing|stuff|struggles))\b|\bgot what it takes\b"
    r"|\b(?:no-blame|blame-free|judge?ment-free|no-judge?ment) (?:room|zone|space)\b"
    # "good people have a way of landing on their feet", "Every question is a good question",
    # "no question too small"
    r"|\bland(?:s|ing|ed)? on (?:their|your) feet\b|\bevery question is a good question\b"
    r"|\bno question (?:is )?too (?:small|silly|stupid)\b"
    # "Every bit of feedback is a chance for me to grow", "It's all part of us growing
    # together", "Every conversation like this makes the relationship stronger"
    r"|\b(?:a |an )?(?:chance|opportunity) (?:for (?:me|us|you) )?to grow\b"
    r"|\bpart of (?:us |our |the )?(?:growing|growth)\b"
    r"|\bmakes? (?:the|our) relationship stronger\b"
    # "Every challenge is an opportunity in disguise", "nobody's expecting perfection", "We're
    # all still learning", "The door's always open", "that's such a human thing", "Please
    # don't let that keep you up at night"
    r"|\bevery (?:challenge|setback|problem|mistake|failure|obstacle) is (?:an? |just an? )?"
    r"(?:opportunity|chance|lesson|teacher)\b"
    r"|\b(?:nobody|no one|no-one)(?:'s| is) (?:expecting|asking for) perfection\b"
    r"|\bwe(?:'re| are) all (?:still )?learning\b|\b(?:my|the) door(?:'s| is) always open\b"
    r"|\bsuch a human thing\b|\bdon't let (?:it|that|this) keep you up at night\b"
    # "Please don't ever doubt yourself", "Family first, always", "Long nights make everything
    # look bigger", "You'll feel differently after a proper sleep"
    r"|\bdon't (?:ever )?doubt yourself\b|\bfamily (?:comes )?first\b"
    r"|\bmakes? everything (?:look|seem|feel) (?:bigger|worse|harder)\b"
    r"|\byou'll feel (?:differently|better|different) (?:after|once|in the morning|tomorrow)\b"
    # "Rite of passage for every new supervisor.", "the golden rule"
    r"|\brite of passage\b|\bthe golden rule\b"
    # a saying handed down: "as my old principal used to say", "As I always tell my juniors"
    r"|\bas (?:my|our) (?:old |late |first |dear )?\w+(?: \w+)? (?:used to|would always|always)"
    r" (?:say|tell (?:me|us))\b|\bas i always (?:tell|say)\b"
    # "it's what's in the box that counts", "One wet Tuesday never sank a career.", "Don't
    # give that a second thought."
    r"|\bwhat's (?:inside|underneath|on the inside|in the \w+) that counts\b"
    r"|^\W*one (?:\w+ ){0,2}(?:never|doesn't|does not|won't) \w+ (?:out )?(?:a|an|anyone|anybody)\b"
    r"|\bdon't give (?:it|that|this) (?:a )?second thought\b"
    # a thing of a kind said to be one thing and not another: "A logbook's a diary, not a
    # verdict", "Partnership is a staircase, not a lift", "Ah, observations are a snapshot,
    # not the film", "But honestly, one observation is a snapshot, not the film" (not "It's a
    # draft, not a plan")
    r"|^\W*(?:(?:ah|oh|well|look|remember|but|and|so|honestly)[,.]?\s+)*(?:(?:an?|one) )?"
    r"(?!(?:it|this|that|there|he|she|they|what|which|who|mine|yours)\b)[a-z-]+"
    r"(?:'s| is| are) (?:just |only )?an? [a-z-]+,? not (?:an?|the) [a-z-]+\b"
    # a thing of a kind said to be another, and nothing more: "Ah, a quiet flat is a blank
    # page.", "A title's a start." (not "A third is a real number.", nor "a lot", "a bit")
    r"|^\W*(?:(?:ah|oh|well|look|remember|but|and|so|honestly|hey)[,.]?\s+)*an? (?:[a-z-]+ )?"
    r"[a-z-]+(?:'s| is) (?:just |only |really |always )?an? (?!(?:lot|bit|real)\b)(?:[a-z-]+ )?"
    r"[a-z-]+\W*$"
    # or just another thing, going on: "A wobble's just a compass finding north."
    r"|^\W*(?:(?:ah|oh|well|look|remember|but|and|so|honestly|hey)[,.]?\s+)*an? (?:[a-z-]+ )?"
    r"[a-z-]+(?:'s| is) (?:just|only) an? [a-z-]+"
    # a thing said to be itself: "Money's money.", "no decision is a forever decision"
    r"|^\W*(?:an? )?(?P<itself>[a-z]+)(?:'s| is) (?:an? )?(?P=itself)\W*$"
    r"|\bno (?P<kind>[a-z]+) is (?:an? )?(?:[a-z-]+ )?(?P=kind)\b"
    # the empty vessel: "you can't titrate from an empty burette"
    r"|\byou can(?:'t|not) (?:[a-z-]+ )?(?:from|out of|with) an empty [a-z-]+"
    # "you live and learn", "Different strokes.", "just be yourself", "Everything else tends to
    # fall into place", "part of the Part 3 journey", "that's what makes a team a team"
    r"|\byou live and learn\b|\bdifferent strokes\b|\bjust be yourself\b"
    r"|\b(?:everything|things|it all)(?: else)? (?:tends? to |will |always )?falls? into place\b"
    r"|\bpart of the (?:\w+ ){0,2}journey\b|\bwhat makes a (?P<team>\w+) an? (?P=team)\b"
    # a kind likened to a thing, about no one here: "Good analysts are like good signals";
    # "The tram never comes any quicker for staring down the rails"; "...and the rest will
    # follow"; "Whatever's coming, every line finds its riders in the end."
    r"|^\W*(?:good|great|the best|real) [a-z-]+s are like (?:an? |good |great )?[a-z-]+"
    r"(?![^.!?]*\b(?:you|your|you're|i|i'm|me|my|we|our|us)\b)"
    r"|\bnever \w+ any (?:quicker|faster|sooner) for\b|\bthe rest (?:will|tends to) follow\b"
    r"|^\W*whatever(?:'s| is) (?:coming|ahead|next),\s+every [a-z-]+ \w+s (?:its|their)\b"
    # "a good plan is half the building", "It's the architect's lot.", "Onwards and upwards."
    r"|\b(?:a )?good [a-z-]+ is half the [a-z-]+\b"
    r"|\b(?:it's|that's) (?:the|our|an?) [a-z-]+'s lot\b|\bonwards? and upwards?\b"
    # "nobody ever planted a tree without getting mud on their boots", "Fear is just enthusiasm
    # without a planting plan", "Facts are just feelings with timestamps", "You'll grow into it."
    r"|\b(?:nobody|no one|no-one) ever \w+ [^.!?]{0,40}\bwithout\b"
    r"|\b(?:nobody|no one|no-one) ever \w+ (?!(?:me|you|us|him|her|them)\b)[^.!?]{0,30}\bin an?"
    r" (?:quiet|easy|calm|slow) (?:year|month|week|quarter|season)\b"
    r"|^\W*(?!(?:it|this|that|there|he|she|they|what|which|who|mine|yours)\b)[a-z-]+ (?:is|are)"
    r" (?:just|only|simply|nothing but) (?:an? )?(?!(?:someone|somebody|one)\b)[a-z-]+"
    r" (?:without|with) (?:an? |its |their |the )?[a-z-]+"
    r"|\byou'll grow into (?:it|the role|the job)\b"
    # "as I tell my planners, ...", "my gran used to say what's meant for you won't pass you
    # by", "Good work always finds its way to the right desk.", "...and let the rest follow."
    r"|\bas i (?:always )?tell (?:my|our|the) \w+\b"
    r"|\b(?:my|our) (?:old |late )?(?:gran|granny|grandma|grandmother|nan|nana|grandad|grandpa"
    r"|grandfather) used to say\b|\bwhat's meant for you (?:won't|will not) \w+"
    r"|\balways finds? (?:its|their) way\b|\blet the rest follow\b"
    # "The right connection comes along when the network's ready.", "You can't rush a rollout"
    r"|^\W*the right [a-z-]+ (?:always |will )?(?:comes?|turns? up|shows? up)(?: along)?"
    r" (?:when|in the end|eventually)\b"
    # "Hey, better a late date than a wrong one.", "Never judge a run by its first injection",
    # "The data tells the truth in the end."
    r"|^\W*(?:(?:hey|well|ah|oh|look)[,.]?\s+)?better (?:an? )?(?:[a-z-]+ ){1,2}than (?:an? )?"
    r"(?:[a-z-]+ )?(?:one|never|sorry)\b"
    r"|^\W*never judge an? [a-z-]+ by its\b|\btells? the truth in the end\b"
    # what a good one of a kind does, or one thing beating another, about no one here: "Ha, a
    # good nurse bends, she doesn't snap.", "Remember, a page written beats a chapter planned."
    r"|^\W*(?:(?:ha|ah|oh|well|remember)[,.]?\s+)*an? good [a-z-]+ (?:always |never )?"
    r"(?!(?:is|was|has|does|can|will|would)\b)[a-z]+s\b"
    r"(?![^.!?]*\b(?:you|your|you're|i|i'm|me|my|we|our|us)\b)"
    r"|^\W*(?:(?:remember|well|and|but|after all|ha)[,.]?\s+)*(?:an? |the )?[a-z-]+(?: [a-z-]+)?"
    r" beats (?:an? |the )?[a-z-]+(?: [a-z-]+)?\W*$"
    r"|\byou can(?:'t|not) rush (?:an? [a-z-]+|good [a-z-]+|these things|things)"
    r"(?=\s*(?:$|[;,.!]))"
    # a kind likened to another thing, about anyone: "But a difficult client is tuition you
    # don't have to pay for.", "Family is the one client you never bill", "Partnership is a
    # long climb with a good view at the top." (not "Halloran is the client you never refuse")
    r"|^\W*(?:(?:well|but|and|so|ah|oh|look|remember|after all)[,.]?\s+)*(?:an? [a-z-]+ )?"
    r"(?!(?:it|this|that|there|he|she|they|what|which|who|mine|yours|everything|nothing"
    r"|something|one|today|tonight|now)\b)(?-i:[a-z-]+) is (?:the one |an? )?(?:[a-z-]+ ){0,2}"
    r"(?:[a-z-]+ (?:you|we) (?:never|don't|do not|can't|cannot|always) |long (?:climb|game|road"
    r"|haul|walk|race|run|journey)\b)"
    # one thing of a kind said to be no other, alone: "A wobble isn't a fall.", "Rome wasn't
    # drained in a day."
    r"|^\W*an? (?-i:[a-z-]+) (?:isn't|is not|'s not) an? (?-i:[a-z-]+)[.!]?$"
    r"|\brome wasn't \w+ in a day\b"
    # "you can't pour from an empty beaker", "It's a marathon, not a fire drill.", "Sundays come
    # and go."
    r"|\byou can(?:'t|not) pour from an empty \w+|\ba marathon,? not a \w+"
    r"|^\W*(?:[a-z]+ )?[a-z]+s come and go[.!]?$"
    # "No two sites have the same ground conditions", "a good practice is a building with a lot
    # of rooms", "Concrete cures in its own time."
    r"|\bno two [a-z-]+ (?:are|have|look|sound) (?:the same|alike|identical)\b"
    r"|^\W*(?:(?:and|so|but|remember|well)[,.]?\s+)*an? (?:good|great|real|true) [a-z-]+ is an?"
    r" (?!good\b|great\b)[a-z-]+ (?:with|that|where|of)\b"
    r"|\b[a-z]+s (?:in|at) (?:its|their) own (?:time|pace)[.!]?$"
    # "Remember, a good mentee is just a good question with legs.", "Cream rises.", "Good work
    # finds its own audience.", "Paper tigers, most of them.", "Don't borrow trouble from
    # March.", "the tram didn't reach Eastgate in one go either"
    r"|^\W*(?:(?:and|so|but|remember|well)[,.]?\s+)*an? (?:good|great|real|true) [a-z-]+ is"
    r" (?:just|only|simply) an? (?:[a-z-]+ ){1,2}(?:with|that|where|of)\b"
    r"|\bcream (?:always )?rises\b|\bfinds? (?:its|their) own (?:audience|level|place)\b"
    r"|\bpaper tigers?\b|\bborrow(?:ing)? trouble\b|\bin (?:a day|one go),? either\b"
    # "first year is a marathon in wellies", "a quiet flat is a planner's best friend", "the
    # kettle boils whether you watch it or not"
    r"|\b(?:is|'s) a marathon\b|\bis an? [a-z-]+'s best friend\b"
    # "It all squares up at practical completion."
    r"|\bit all (?:squares|works|evens|balances|comes) (?:up|out)\b"
    r"|\bwhether you watch (?:it|them) or not\b"
    # "rooms are rougher than drawings, that's the trade", "nobody's born fluent in an angry
    # room", "The weather passes, the park stays.", "what's done is drawn"
    r"|,\s*that's (?:the|our) (?:trade|game)[.!]?$"
    r"|\b(?:nobody|no one|no-one)(?:'s| is| was) born (?:fluent|knowing|perfect|ready|an? \w+)\b"
    r"|^\W*the [a-z-]+ pass(?:es)?,? (?:but )?the [a-z-]+ (?:stays?|remains?)\b"
    r"|\bwhat's (?:done|past) is (?:done|drawn|past|gone)\b"
    # "it's always darkest before the completion call", "Good lawyers bend; great ones bounce.",
    # "All that teaching is an investment; it comes back to you."
    r"|\b(?:always|it's) darkest before\b|^\W*good [a-z-]+s \w+[;,] great ones \w+"
    r"|\bit(?:'ll| will| always)? comes? back to you\b"
    # "Good routes find their riders", "Timetables are promises, not prophecies.", "Nobody ever
    # missed a tram by being early.", "Preparation is never wasted.", "the best journeys are
    # the ones somebody bothered to plan"
    r"|^\W*good [a-z-]+s (?:always )?find (?:their|its) [a-z-]+"
    r"|^\W*[a-z-]+s are [a-z-]+s,? not [a-z-]+s[.!]?$"
    r"|\b(?:nobody|no one|no-one) ever \w+ (?:an? |the )?[a-z-]+ by being \w+"
    r"|^\W*[a-z-]+ is never (?:wasted|lost)[.!]?$|\bthe best [a-z-]+s are the ones\b"
    # "nobody's January lasts all year", "what's meant to land on your doormat lands on your
    # doormat", "the rest tends to swim after it", "And remember, the tide always tells you..."
    r"|\b(?:nobody|no one)'s [a-z-]+ lasts (?:all year|forever)\b"
    r"|\bwhat's meant (?:to|for) [^.!?]{0,40}\b(?:lands?|comes?|finds?|will)\b"
    r"|\bthe rest (?:tends to|will) \w+ after (?:it|you)\b"
    r"|\bremember,? (?:the|every|a|an) [a-z-]+ (?:always|never) \w+"
    # "welcome to the first-year midnight club", "a quiet flat's a blank page", "an observation
    # is one photograph, not the whole album", "whatever doesn't flatten you in year one...",
    # "Monday's never as tall as it looks from Sunday."
    r"|\bwelcome to the (?:[\w-]+ ){0,3}club\b"
    r"|^\W*(?:well,? )?an? [a-z-]+ [a-z-]+'s an? [a-z-]+ [a-z-]+[.!]?$"
    r"|^\W*(?:(?:listen|well|look),? )?an? [a-z-]+ is (?:one|a single|just one) [a-z-]+,? not the"
    r" whole [a-z-]+\b"
    r"|\bwhat(?:ever)? doesn't (?:kill|flatten|break|sink) you\b"
    r"|\bnever as (?:tall|big|bad|scary|hard|grim) as it looks\b"
    # "You're right where you should be.", "exactly where you're meant to be"
    r"|\b(?:right|exactly) where you(?:'re| are)? (?:should|need to|meant to|supposed to) be\W*$"
    # "Be yourself in there and the rest follows.", "That's the job talking, not you.",
    # "Sunday nights come round for all of us in the first year."
    r"|^\W*(?:just )?be yourself\b|\bthe rest (?:just )?follows\b"
    r"|\bthat's (?:just )?the [a-z-]+(?: [a-z-]+)? talking,? not you\b"
    r"|\b(?:comes?|came) (?:round|around) for all of us\b"
    r"|\bhappens to (?:all of us|the best of us|everyone|everybody)\b"
    # a kind said to be where something is, about no one here: "Well, rough edges are where the
    # grip is, right?", "Still, a crack is just where the glaze tells its story."
    r"|^\W*(?:(?:well|but|and|so|ah|oh|still|remember|look)[,.]?\s+)*"
    r"(?!(?:and|but|so|well|still|ah|oh|look|remember)\b)"
    r"(?!(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends|mornings"
    r"|evenings|nights)\b)(?:an? [a-z-]+|[a-z-]+ [a-z-]+s|[a-z-]+s"
    r"|the (?:first|last|hardest|best) (?:[a-z-]+ ){0,2}[a-z-]+) (?:is|are|'s) (?:just |only"
    r" |always )?where (?!(?:i|you|we|he|she|they)\b)(?:the |its |their )?[a-z-]+ [a-z]+"
    r"(?![^.!?]*\b(?:you|your|you're|i|i'm|me|my|we|our|us)\b)"
    # every thing of a kind said to be another, a "but" going on to the speaker: "Well, every
    # ending is a beginning wearing a disguise, but I'd much rather this was a beginning."
    r"|^\W*(?:(?:well|and|but|so|remember|still)[,.]?\s+)*every (?!(?:time|day|week|month|year"
    r"|session|one|single|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)[a-z-]+ is"
    r" (?:just |really )?an?"
    r" [a-z-]+(?![^,.!?]*\b(?:you|your|i|me|my|we|our|us)\b)[^,.!?]*,\s*but\b"
    # a kind of thing said to do as they all do, its agreement asked: "Well, the best maps get
    # redrawn, don't they?", "Stories grow legs, don't they?"; "Mind you, the tidy answer is
    # rarely the true one"; "turning up is half the climb"; "Fresh page, same pen.", "Mud
    # today, meadow tomorrow."; "Lesson learned."
    r"|^\W*(?:(?:well|and|but|so|oh|ah|still|mind you)[,.]?\s+)*(?:the (?:best|worst|hardest"
    r"|good|old) )?[a-z-]+s (?!(?:[a-z-]+ ){0,4}(?:you|your|i|me|my|we|our|us)\b)(?:[a-z-]+ )"
    r"{0,3}[a-z-]+,\s*(?:don't|do|won't|can't|aren't) they\?$"
    r"|^\W*(?:(?:mind you|well|but|and|still)[,.]?\s+)*the [a-z-]+ [a-z-]+ is (?:rarely|seldom"
    r"|never|always|usually) the [a-z-]+ one\b|\b[a-z]+ing (?:up |out |in )?is half the [a-z-]+"
    r"|^\W*(?:new|fresh|clean|blank) [a-z-]+,\s*(?:same|old) [a-z-]+[.!]?$"
    r"|^\W*next [a-z-]+,\s*(?:fresh|clean|blank) [a-z-]+[.!]?$"  # "Next sheet, fresh pencil."
    # good things of a kind said to come of something: "Good buildings come out of a bit of
    # friction."; "It's all grist for the Part 3 mill."
    r"|^\W*(?:(?:well|but|and|so|still)[,.]?\s+)*(?:good|great|the best) [a-z-]+s (?:come|grow)"
    r" (?:out )?of\b|\bgrist (?:for|to) (?:the|my|your|our) (?:[\w-]+ ){0,3}mill\b"
    r"|^\W*[a-z-]+ today,\s*[a-z-]+ tomorrow[.!]?$"
    # things of a kind that always or never fare one way, about no one here: "Well, safe hands
    # always get handed the heavy boxes."; or no one who does a thing without another: "No one
    # crosses April without a wet March."
    r"|^\W*(?:(?:well|ah|oh|but|and|so|still|remember|look)[,.]?\s+)*"
    r"(?!(?:these|those|the|his|her|their|our|your|my|its|it|they|this|that|things|there|what"
    r"|who|which|today|one|everything|nothing|something|he|she)\b)(?:[a-z-]+ )?"
    r"(?!(?:was|is|has|does|goes|says|gets|seems|looks|makes|takes)\b)[a-z-]+s (?:always|never)"
    r" [a-z]+\b"
    r"(?![^.!?]*\b(?:you|your|you're|yours|i|i'm|i've|me|my|we|our|us)\b)"
    r"|^\W*(?:(?:well|ah|oh|but|and|so|still|remember|look)[,.]?\s+)*(?:nobody|no one|no-one)"
    r" [a-z]+s\b(?![^.!?]*\b(?:you|your|you're|i|i'm|me|my|we|our|us)\b)[^.!?]{0,40}\bwithout\b"
    r"|^\W*lessons? learn(?:ed|t)[.!]?$"
    # a kind of thing with its way: "Money has a way of finding its own level", "Reasons have a
    # way of surfacing when they're ready" (not someone's: "she has a way of making me...")
    r"|^\W*(?:(?:well|and|but|so|still|remember)[,.]?\s+)*(?!(?:he|she|they|it|you|we|i|who"
    r"|that|this)\b)[a-z]+ (?:has|have) a way of [a-z]+ing\b"
    # kinds likened: "Good people are like good routes, they always get funded in the end.";
    # "Nobody ever caught a bus standing behind the shelter."; "Every line starts with one
    # stop."; "we'll cross each junction when the lights change"
    r"|^\W*(?:(?:ah|oh|well|but|and|so)[,.]?\s+)*(?:good |great |the best )?(?:[a-z-]+s|people)"
    r" are like (?:good |great |the best )?[a-z-]+s\b(?![^.!?]*\b(?:you|your|i|me|my|we|our|us)\b)"
    r"|^\W*(?:nobody|no one|no-one) ever [a-z]+ (?:an? |the )?[a-z-]+ (?:by|standing|sitting"
    r"|waiting|behind)\b|\bcross (?:that|each|every|the) [a-z-]+ when\b"
    r"|^\W*every (?!(?:session|meeting|week|time|day|month|year|one)\b)[a-z-]+ (?:starts|begins)"
    r" with (?:an?|one) [a-z-]+\b(?![^.!?]*\b(?:you|your|i|me|my|we|our|us)\b)",
    re.I,
)
