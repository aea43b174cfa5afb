"""Evaluative pattern tables for the skill coder: judgment (blame) and affirmation (praise).

Both read the same evaluation of the listener or their work; which one applies depends
on whether the words praise or blame ("you always explain things clearly" praises, "you
always leave it late" blames). Patterns follow the conventions of ``coach.coder.patterns``.
"""

from __future__ import annotations

# Blame labels for a person, and for what they did ("that was careless").
_LABEL = (
    r"(?:lazy|careless|sloppy|selfish|unprofessional|defensive|dramatic|sensitive|"
    r"overreacting|immature|naive|arrogant|rude|irresponsible|hopeless|useless|incompetent|"
    r"unreliable|disorgani[sz]ed|stubborn|stupid|dumb|childish|clueless|entitled|blunt|"
    r"ungrateful|inconsiderate|thoughtless|disrespectful|paranoid|weak|bossy|a pushover|"
    r"sulking|moping|whingeing|whining|"
    r"not (?:cut out|good enough|ready|a team player)|the problem|oversensitive|overthinking|"
    r"overdramatic|overcautious|overconfident|making excuses|picking on|(?:a )?(?:proper |total |"
    r"real )?(?:perfectionist|control freak|drama queen|know-it-all|liability))\b"
)
_DEED = (
    r"(?:careless|sloppy|lazy|unprofessional|stupid|dumb|irresponsible|childish|silly|rude|"
    r"unacceptable|thoughtless|inconsiderate|pathetic|ridiculous|immature|no excuse|"
    r"tone-deaf|basic stuff|amateur hour|(?:not|n't) (?:very |exactly )?professional|perfectionism|"
    r"a (?:complete |total |real )?(?:mess|disaster|joke|shambles|misjudge?ment))\b"
)
_MODIFIERS = (
    r"(?: being| just| so| too| far too| really| such| pretty| completely| totally| a| an)*"
)

# Evaluations that praise when said of the listener's work ("made it easy to follow").
_POSITIVE = (
    r"(?:useful|helpful|thorough|clear|clearer|sharp|sharper|strong|stronger|excellent|"
    r"impressive|brilliant|outstanding|superb|great|honest|fair|generous|patient|supportive|"
    r"reliable|thoughtful|easy to follow|makes? sense|click|better|easier|spot on|on point|"
    r"made (?:a|the|all the) difference|changed the (?:decision|outcome|conversation))\b"
)
# Manner that praises a habit ("you always explain it clearly"), not a work product.
_PRAISED_HABIT = (
    rf"(?:{_POSITIVE}|(?:clearly|thoughtfully|carefully|calmly|patiently|generously|"
    r"brilliantly|(?<!as )well)\b)"
)

JUDGMENT = [
    # Not inside a reported feeling ("feeling like you're never off duty").
    # Nor a reassurance: "Let's write the rules down so you never have to guess."
    rf"(?<!like )(?<!that )\byou(?:'re| are)? (?:always|never|constantly|forever)\b"
    # nor a wish said back: "the side of the table you never wanted to sit on"
    rf"(?! (?:have|need|had|needed) to\b)(?! (?:wanted|meant|intended|chose|expected|planned)\b)"
    rf"(?!.*\b{_PRAISED_HABIT})",
    # Not a label others might pin on them, said back: "so nobody would think you were making
    # excuses".
    rf"(?<!think )(?<!thought )(?<!thinks )(?<!assume )(?<!assumed )\byou(?:'re| are| were"
    rf"|'ve been| have been){_MODIFIERS} {_LABEL}",
    rf"\b(?:that|this|it)(?:'s| is| was){_MODIFIERS} {_DEED}(?! of me)",
    r"\b(?:kind|sort|type) of (?:person|people) who (?:always|never)\b",
    r"\bwhat were you thinking\b|\bwhat(?:'s| is) wrong with you\b|\bhow could you\b",
    # Not their own regret said back ("a colleague you feel you should have seen coming"),
    # nor a question they are left with ("not knowing what you should have done instead").
    r"(?<!feel )(?<!felt )(?<!feel like )(?<!feel that )(?<!what )(?<!whether )(?<!how )"
    r"\byou should(?:n't)? have (?:been|\w+ed|done|told|known|said|gone|taken|made|seen|"
    r"thought|spoken|sent|come|written|given|got|brought|kept|left|heard|let|run)\b",
    r"\b(?:so|such an?) (?:stupid|careless|dumb|lazy|sloppy|basic)\b|\bpeople like you\b",
    r"^you (?!seemed|sounded|looked|wanted|needed)(?:\w+ed|forgot|did|made|left|broke|lost|came|"
    r"were|was) .*\bagain\b",
    r"\byour (?:own )?fault\b|\bno excuse\b|\beveryone else (?:manages|managed|can|got)\b",
    r"\b(?:don't you|you don't|you didn't) (?:even )?(?:care|listen|bother)\b",
    # "Why didn't you just ask?" blames; "Why don't you just ask?" is advice.
    r"\b(?:can't|didn't|won't) you (?:ever|even|just)\b|\bdon't you (?:ever|even)\b",
    r"\b(?:get over it|grow up|typical of you|easy for you to say|walk all over you)\b",
    # A label for the listener's work: "Your code reviews are always sloppy."
    rf"^your (?:[\w']+ ){{1,3}}(?:are|is|was|were)(?: always| never)?{_MODIFIERS} "
    rf"(?:{_LABEL}|{_DEED})",
    # Too much of a trait: "You're far too soft", "You need to stop being so rigid".
    r"\byou(?:'re| are)(?: being)? (?:far |way |much |a bit |a little |just )?too \w+"
    r"(?! (?:hard on|harsh on|critical of) yourself)|\b(?:stop|quit) being (?:so|too) \w+",
    r"\byou(?:'re| are) just (?:being|making|picking|looking for)\b|\byou(?:'re| are) being "
    r"(?:so |really |very |a bit )?(?!asked|told|paid|given|\w+ed\b|honest|brave|kind|open|"
    r"careful|sensible|realistic|generous|patient|fair|hard on yourself|\w+ly\b|"
    # A clause going on, not a trait: "how careful you're being that it isn't a lever".
    r"that\b(?! (?:person|guy|one|kind|type))|"
    r"(?:this|it|there|here|with|in|on|at|for|to|and|but|by|now|when)\b)\w+",
    r"\byou (?:clearly|obviously) (?:didn't|don't|haven't|never|weren't|can't|couldn't)\b",
    r"^you keep (?:moving|changing|forgetting|missing|ignoring|interrupting|dropping|breaking)\b",
    # Blanket claims about a group: "Nobody here ever explains anything."
    r"^(?:nobody|no one|everyone|everybody)\b.*\b(?:ever|always|never)\b",
    r"^(?!most|many|plenty|some|a lot|lots)(?:the |these |you |all )?(?:[\w-]+ ){0,2}(?:people|"
    r"managers|mentors|engineers|developers|leaders|bosses|management)"
    r"(?: here| around here| from \w+| in \w+)? (?:always|never) \w+",
    # Blaming questions: "Did you even look at it?", "Why is it always me?"
    r"\byou even\b|^why would you\b(?! want| like| need| prefer| choose)",
    r"^why (?:is|are|am|do|does|did|must|can't) (?:it|you|i|we|they|this|everyone|nobody) "
    r"(?:always|never)\b|^why is it so (?:hard|difficult) for you\b",
    r"\b(?:something|anything) (?:that|so|this) (?:simple|basic|easy|obvious)\b",
    r"\b(?:that|it|this)(?:'s| is| was) (?:completely|totally|utterly) (?:unfair|ridiculous|"
    r"absurd|wrong)\b",
    # The listener's group: "It's always 'just banter' with you lot."
    r"\byou lot\b.*\b(?:always|never)\b|\b(?:always|never)\b.*\b(?:with|from) you lot\b",
    r"(?<!\bi )(?<!\bwe )\b(?:always|never|every time)\b[^.?!]*\bwith you\b",  # not "I never"
    # Blaming and scornful questions: "Did you ever stop and think...?", "Do you honestly
    # think...?", "How's that working out?"
    r"\bdid(?:n't)? (?:it|you) (?:ever )?(?:stop and think|cross your mind|occur to you)\b",
    r"\b(?:didn't|did) it (?:ever )?(?:cross your mind|occur to you)\b",
    r"^do you (?:honestly|seriously|really) (?:think|expect|believe)\b",
    r"\bhow(?:'s| is) (?:that|this)\b.*\bworking out\b",
    r"\byou(?:'ve| have) not exactly\b|\byou haven't exactly\b",
    # A motive imputed to the listener: "you're trying to guilt me into staying", "you're just
    # covering yourself", "you saw a chance to grab the account".
    r"\byou(?:'re| are| were)? (?:just |only |really |simply )?(?:trying to |out to |looking to )?"
    r"(?:guilt(?:ing)? me|manipulat(?:e|ing) me|cover(?:ing)? (?:yourself|your (?:back|own))"
    r"|butter(?:ing)? me up|get(?:ting)? rid of me|push(?:ing)? me out|scor(?:e|ing) points)\b",
    r"\byou saw (?:a|your|the) (?:chance|opening|opportunity) to (?:grab|take over|get one over"
    r"|push \w+ out)\b",
    # The same, said as if heard: "Sounds like you don't really trust your guys", "That sounds
    # like covering yourself".
    r"\b(?:sounds|seems|looks) like you (?:don't|do not) (?:really |actually |fully )?(?:trust"
    r"|rate|back|value|listen to) your (?:team|guys|people|staff|crew|juniors|reports|students"
    r"|colleagues)\b",
    r"\b(?:sounds|seems|looks) like (?:you(?:'re| are) )?(?:just )?(?:covering (?:yourself|your"
    r" back)|passing the buck|making excuses)\b",
]

AFFIRMATION = [
    r"\byou (?:clearly|obviously|really) (?:put|care|cared|worked|tried|thought|prepared|handled)",
    r"\b(?:well done|good job|great job|nice work|great work|good work|nicely done|kudos|"
    r"congratulations|you earned it|you deserved? it)\b",
    r"\b(?:that|it) took (?:real |a lot of |some )?(?:courage|guts|nerve|honesty|effort)\b",
    r"\bi(?:'m| am) (?:really |so )?(?:impressed|proud)\b",
    r"\bi (?:really )?(?:appreciate|appreciated|admire|value|respect) (?:you|your|that you|"
    r"how\b|the way you|the effort|the work)",
    r"\bthank(?:s| you) (?:so much )?for (?:being|sharing|telling|raising|flagging|trusting|"
    r"speaking up|bringing|your (?:honesty|openness|candou?r|patience|effort|hard work))",
    r"\byou(?:'ve| have) (?:come a long way|grown|made (?:real|great|huge|a lot of) progress)",
    r"\byou(?:'ve| have)? handled (?:that|it|this|a|the)\b.*\b(?:well|calmly|grace|brilliantly)",
    r"\byou(?:'re| are) (?:clearly |really |obviously )?(?:good at|great at|a natural|talented|"
    r"resourceful|committed|dedicated|brave|resilient)\b",
    r"\b(?:that|it)(?:'s| is| was) (?:a |an )?(?:really |very |such a )?(?:great|good|excellent|"
    r"thoughtful|smart|brave|clever|insightful|mature|clear|wise|solid) (?:idea|plan|point|insight|"
    r"move|call|way|instinct|step|line|catch|decision|approach|boundary|example|start)\b",
    r"\bit(?:'s| is) clear (?:that )?you (?:care|worked|put|thought|tried)\b",
    r"\b(?:that|this) shows (?:real|a lot of|how much|great)\b",
    r"\byour (?:advice|feedback|support|help)\b.*\b(?:helped|made a difference)\b",
    r"\byou did (?:the right thing|a (?:great|good|brilliant) job|really well)\b",
    r"\byou (?:owned|stepped up|stuck with|followed through|held your nerve|kept your word|"
    r"kept going|kept calm)\b",
    # Praise of the listener's work without a praise word: "The way you X made it easy".
    rf"^(?:your|the way you|how you) (?!.*\b(?:not|never|no longer)\b|.*n't\b).*\b{_POSITIVE}",
    rf"^you(?:'ve| have)? (?:always|consistently) (?!.*n't\b).*\b{_PRAISED_HABIT}",
    r"\byou (?:were|are|'re) (?:absolutely |quite |so )?(?:right|smart|wise|brave|sensible|clever)"
    r" to\b|\byou did well to\b",
    r"\b(?:it|that|this) means (?:a lot|so much|the world|a great deal)\b",
    r"\b(?:it|that) took (?:real |a lot of |some |great |genuine )\w+",
    r"\b(?:that's|that is|it's|it is) (?:a |an )?(?:real |rare |genuine )(?:skill|strength|gift|"
    r"talent|achievement)\b|\bthat's what makes (?:this|it) work\b|\bit shows$",
    r"\bthank(?:s| you)(?: so much| again)? for (?:\w+ing|your)\b",
    r"\bi (?:really )?(?:appreciate|respect|admire|value) (?:that|it|this)$",
]
