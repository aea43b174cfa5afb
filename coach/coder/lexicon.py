"""Word lists and formulas the coder's features read (pattern data, no logic).

The model learns how much each one counts; these lists only say which words belong together,
so that a word the training data never showed still counts with its kind ("shambolic" with
"sloppy"). Stock formulas are the content-free phrases of sympathy, validation, reassurance,
thanks and generic prompting that could answer almost anything.
"""

from __future__ import annotations

import re

# Spoken lead-ins the first-words features skip.
FILLERS = frozenset(
    "um uh erm er hmm mm mhm like so and well okay ok oh right yeah look listen i mean".split()  # noqa: SIM905
)

LEXICON: dict[str, frozenset[str]] = {
    name: frozenset(words.split())
    for name, words in {
        "sympathy": """sorry hard tough difficult rough awful horrible terrible sad
            heartbreaking brutal hear valid validate understand understandable imagine feel
            feelings felt""",
        "platitude": """everyone everybody happens happen normal natural journey pace time
            process strong fine okay ok alright worry worries deserve deserved proud amazing
            brave courage safe space here support supported glad grateful thank thanks
            appreciate sharing totally completely absolutely""",
        "negative": """careless sloppy lazy unprofessional naive immature rude arrogant selfish
            overreacting overreaction overthinking dramatic silly stupid ridiculous pathetic
            disappointed disappointing embarrassing mess messy poor bad wrong worse worst
            unacceptable irresponsible incompetent useless weak pointless childish defensive
            excuses excuse blame fault shouldn't should've terrible awful
            howler rookie amateur amateurish sneaky dishonest lying lie lies liar indefensible
            reckless foolish dumb idiotic clueless hopeless shambles shambolic disgrace
            disgraceful shameful appalling shocking sloppiness laziness lax slack slapdash
            shoddy substandard mediocre half-hearted halfhearted unreliable disorganised
            disorganized chaotic scattered vague rambling waffle waffling abrupt blunt harsh
            aggressive hostile rigid stubborn entitled precious petty unfair rich hypocritical
            patronising patronizing condescending inappropriate insensitive tactless
            thoughtless inconsiderate negligent problem problematic lame cheap tacky nonsense
            rubbish garbage joke laughable ludicrous absurd waste wasted""",
        "positive": """great brilliant incredible amazing excellent fantastic superb impressive
            outstanding wonderful terrific smart clever wise thoughtful mature brave
            courageous bold generous kind caring integrity honest honesty diligent thorough
            careful proactive resourceful creative strong solid good nice lovely lucky proud
            huge win real step progress skill skilled talented talent gift gifted commitment
            committed dedication dedicated effort grit guts resilience resilient patience
            patient calm composed professional organised organized clear sharp insightful
            perceptive respect respectful admire admirable""",
        "absolute": "always never every constantly again",
        "feeling": """feel feeling felt scared afraid anxious worried frustrated angry upset
            hurt lonely alone exhausted tired overwhelmed stressed nervous embarrassed ashamed
            guilty relieved disappointed stuck lost""",
        "ask": "could would can will please mind able willing",
        "advice": "should try maybe might perhaps suggest recommend consider worth need",
    }.items()
}

FORMULAS = (
    r"i (?:totally |really |completely )?hear (?:you|that|what you'?re saying)",
    r"i (?:totally |completely |really )?get (?:it|that|you)",
    r"i (?:totally |completely |really )?(?:get|see) where you'?re coming from",
    r"i (?:totally |completely )?understand(?: that| how you feel)?",
    r"i can (?:only )?imagine",
    r"i know (?:how you feel|what you mean|the feeling)",
    r"i feel (?:you|for you|your pain)",
    r"(?:that |it )?makes (?:total |complete |perfect )?sense",
    r"fair enough",
    r"(?:oh,? )?(?:i'?m|i am) (?:so |really |very |truly )?sorry(?: to hear (?:that|this)"
    r"| that happened| for your loss| you'?re going through (?:this|that))?",
    r"(?:that|it|this)(?: must be| must have been| sounds| is| was|'s) (?:so |really |very "
    r"|incredibly |super |pretty )?(?:hard|tough|difficult|rough|awful|horrible|terrible"
    r"|frustrating|stressful|painful|upsetting|draining|exhausting|overwhelming|a lot"
    r"|the worst|rubbish|brutal)(?: for you| to (?:carry|be carrying|deal with|hold|handle))?",
    r"(?:that'?s|that is|it'?s|it is|your (?:feelings|reaction|concerns?) (?:are|is)) "
    r"(?:completely |totally |absolutely |so |entirely |perfectly )?(?:valid|understandable"
    r"|normal|natural|okay|ok|fine)",
    r"(?:it'?s|it is) (?:ok|okay|fine|alright|normal|natural|understandable) to (?:feel|be)",
    r"you'?re allowed to feel",
    r"thank(?:s| you)(?: so much)? for (?:sharing|telling me|being (?:so )?(?:honest|open)"
    r"|opening up|saying (?:that|so))",
    r"i (?:really )?appreciate (?:you|your|that|it)(?: sharing| honesty| openness| being)?",
    r"(?:this|it'?s|here'?s) (?:is )?a safe space",
    r"you'?re safe here",
    r"i'?m (?:always )?here (?:for you|if you need|to listen|whenever)",
    r"you'?re not alone",
    r"(?:we'?ve|i'?ve) got (?:you|your back)",
    r"everything happens for a reason",
    r"it is what it is",
    r"these things happen",
    r"(?:it|things|everything)(?:'ll| will) (?:all )?(?:be|work out|turn out) (?:fine|ok"
    r"|okay|alright|for the best)",
    r"you'?ll be (?:fine|ok|okay|alright|great)",
    r"you'?ve got this",
    r"stay strong|hang in there|chin up|keep your chin up|one day at a time",
    r"don'?t be (?:so )?hard on yourself|be kind to yourself|self-care",
    r"take (?:all )?(?:the|your) time(?: you need)?",
    r"no such thing as a (?:stupid|silly|dumb) question",
    r"(?:great|good|excellent|fair) question",
    r"i'?m (?:so |really )?glad you (?:came|told|said|shared|reached out|brought (?:it|this) up)",
    r"(?:that'?s|that is|how) (?:so |really |very |super )?(?:interesting|fascinating|helpful)",
    r"(?:i )?love that",
    r"everyone (?:feels|goes through|has)|we all (?:feel|go through|have)",
    r"win some,? lose some|that'?s life|such is life",
    r"(?:it'?s|that'?s) (?:all )?part of the (?:journey|process|learning)",
    r"you'?re doing (?:great|amazing|your best|so well|fine)",
    r"you'?re (?:so |truly )?(?:amazing|awesome|incredible|a star|a legend)",
    r"tell me more|go on|say more|keep going",
    r"how does (?:that|this|it) make you feel|how do you feel about (?:that|this|it)",
    r"(?:it )?sounds like (?:there'?s|you'?ve got|you have) (?:a lot|so much)"
    r"(?: going on| on your plate)?",
    r"sounds (?:like a lot|hard|tough|difficult|rough)",
    r"i can see (?:this|that|it) (?:is|has been|must be) (?:hard|difficult|tough)",
    r"what a (?:lot|journey|week|day)",
    r"no (?:worries|problem|rush)",
    r"congratulations|well done|good for you",
    # Platitudes: consolation, reassurance and praise that would fit anyone's story.
    r"(?:it'?s|it is|it was|this is) (?:never|not ever) (?:easy|simple|fun)",
    r"(?:it|these things|that|good things) (?:all )?takes? time",
    r"(?:it'?s|it is|this is) not the end of the world",
    r"every(?:one|body) (?:gets|feels|goes through|struggles|has been there|makes mistakes)",
    r"(?:the )?first (?:one|time|go|attempt|year)(?:'s| is) always the (?:worst|hardest|toughest)",
    r"plenty (?:more )?(?:fish in the sea|of time|more where that came from)",
    r"(?:that'?s|it'?s) (?:just )?(?:the way|how) the cookie crumbles|que sera",
    r"you can'?t pour from an empty cup|haters (?:gonna|are going to) hate",
    r"the only constant is change|what doesn'?t kill you|every cloud",
    r"(?:everything|it) (?:will )?(?:work|works|sort|sorts) (?:itself )?out",
    r"i (?:really )?believe in you|(?:i'?m )?rooting for you|i'?ve got faith in you",
    r"you'?re (?:right )?(?:exactly )?where you (?:need|are meant|'re meant) to be",
    r"you'?re (?:a |an |such a |an absolute |a total )?(?:rock ?star|saint|legend|hero|gem"
    r"|superstar|star|treasure|angel)\b|\blegend\b",
    r"i know (?:exactly|just) how you feel|(?:trust me,? )?we'?ve all been there",
    r"(?:it'?s|that'?s) all good",
    r"don'?t (?:be daft|worry about it|sweat it|beat yourself up)",
    r"i (?:really |truly )?value (?:that|your|you|this)(?: feedback| input| honesty)?",
    r"(?:take a )?deep breaths?|just breathe",
    r"it was what it was",
)
FORMULA = re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in FORMULAS) + r")\b")
