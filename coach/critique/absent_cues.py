"""Someone not in the room, put down by the learner (pure cues): the same habit as judging the
listener, and it costs the conversation. Split from coach.critique.judgment_cues; the
counterpart standing up for them is in coach.critique.absent_defended.
"""

from __future__ import annotations

from coach.critique.cues import phrases

# Blame of someone absent: "Helen's ops people are quite dramatic", "should be ashamed".
BLAME_ABSENT = phrases(
    # "The previous consultant's number was sloppy work, frankly"
    r"(?:number|figure|work|report|analysis|spec|drawing|plan)s? (?:was|were) sloppy\b",
    r"(?:he|she|they|people|everyone|everybody|(?:his|her|their|\w+'s) (?:team|people|lot|group"
    r"|staff)|engineering"
    r"|management|(?-i:HR)|payroll|procurement"
    r"|the (?:team|district|office|department|board|committee)|(?-i:[A-Z][a-z]+)(?= sounds? like)"
    r"|(?-i:[A-Z][a-z]+)(?='s been))"
    r"(?:'s| is| are|'re"
    r"| was| were| sounds?(?: like)?| seems?|(?:'s| has|'ve| have| had)(?: always)? been)?"
    r" (?:just |always |quite |so |really |completely |basically |being |rather |a bit |pretty"
    r" |an? )*"
    r"(?:dramatic|useless|lazy|unreasonable|hopeless|petty|small-minded|incompetent|clueless"
    r"|impossible|a nightmare|no help|precious|difficult|obstructive|territorial|thin-skinned"
    r"|insecure|oversensitive|theatrical|hysterical|old-fashioned|spineless|disorgani[sz]ed)"
    r"|says more about (?:him|her|them) than",
    # a motive put on them: "Judith's 'it's your call' is just her way of not having an opinion"
    r"\bis (?:just |only )?(?:his|her|their) way of (?:not|avoiding|dodging|ducking|getting out)\b",
    # an institution said not to care: "Leadership here doesn't really value what we do."
    r"(?:leadership|management|admin|head office)(?: here| upstairs)? (?:doesn't|does not"
    r"|don't|do not|never) (?:really |even )?(?:value|care about|listen to|respect)\b",
    # someone by what they think: "an owner who thinks an audit's a formality sounds like a
    # nightmare"
    r"\b(?:who|that) [^.!?]{3,60} sounds? like (?:a |an )?(?:absolute |total |real )?nightmare",
    # "Marcus parking everything behind the engine feels a bit short-sighted"
    # (or "a PM who cuts a usability round to hit a date is being pretty short-sighted")
    r"(?:feels?|seems?|sounds?|looks?|being) (?:a bit |a little |pretty |rather |quite |so"
    r" |really )?short-sighted",
    # "a PM who cuts usability testing to hit a date is being reckless", "whoever carried it
    # back to him was out of order. That's playground gossip."
    r"(?:is|was|were|are) (?:being )?(?:a bit |pretty |rather |quite |so |really |frankly )?"
    r"(?:reckless|irresponsible|out of order|out of line)\b"
    r"|(?:that's|that is|it's|it was) (?:just )?(?:playground|schoolyard) (?:gossip|stuff)",
    # someone filed under a kind of person: "Owen's a bit of a rubber-stamper", "My supervisor
    # there was honestly a bully"
    r"(?:\w+'s|is|was|were|are|\w+'re|sounds? like|can be)(?: honestly| frankly| basically| just"
    r"| really"
    r"| always"
    r"| such)*(?: a bit of)? an? (?:bully|rubber[- ]stamp(?:er)?|box-ticker|jobsworth|micromanager"
    r"|control freak|tyrant|dinosaur|snob|coward|liar|prima donna|narcissist|egomaniac"
    r"|know-it-all|slacker|nitpicker|drama merchant|drama queen|bottleneck|clique)(?![\w-])",
    r"(?:just|only) (?:protect|cover|look after) themselves|escalates? everything",
    # their call weighed: "that was frankly a careless instruction from Margit", "...isn't
    # great leadership"
    # (or "that was a poor call on Margit's part")
    r"(?:careless|sloppy|lazy|thoughtless|poor|weak) (?:instruction|brief|briefing|decision"
    r"|call|planning) (?:from|by|on) (?-i:[A-Z][a-z]+)"
    r"|(?:isn't|is not|wasn't|was not) (?:great|good|very good) (?:leadership|management)",
    # "That's on them, not you.", "that audit was a box-ticking exercise"
    r"(?:that's|that is|it's|it is) on (?:them|him|her|admin|management),? not (?:you|me|us)"
    r"|box-ticking (?:exercise|job|thing)",
    # "honestly he coasts", "Linda's always been overcautious with staff", "those family places
    # are usually a mess", "She kind of left me holding it", "a bit of an old boys' club"
    r"(?:he|she|they|(?!(?-i:The|This|That|It|We|You)\b)(?-i:[A-Z][a-z]+))"
    r"(?:'s been| has been| is| was)? (?:just |kind of |sort of |basically )?coast(?:s|ing)?\b"
    r"|(?:(?-i:[A-Z][a-z]+)|he|she|they)(?:'s| is| are| has| have|'ve)(?: always)?(?: been)?"
    r" (?:a bit |so |way too )?over-?cautious\b|(?:usually|always|generally) a (?:mess|shambles)\b"
    r"|left (?:me|us) (?:holding (?:it|the baby|the bag|everything)|high and dry)|old boys'? club",
    # "Gail's naive if she thinks...", "leaving six months in was disloyal", "Linda can be
    # cautious to a fault", "a bit of a cowboy outfit"
    r"(?:(?-i:[A-Z][a-z]+)'s|\b(?:he|she|they)(?:'s| is| are|'re| was| were)) (?:so |a bit |rather"
    r" |pretty |quite |really |just )?(?:naive|disloyal|spineless|arrogant|two-faced|flaky)\b"
    r"|\b(?:was|were|is|are) (?:a bit |rather |pretty |frankly |honestly )?disloyal\b"
    r"|\bcan be (?:\w+ )to a fault\b|\bcowboy (?:outfit|operation|firm|shop)\b",
    # how someone absent did their part, put down: "Bea took a while once she was on", "If
    # he's got a problem with me, he could come to me."
    r"(?:he|she|they|(?-i:[A-Z][a-z]+)) took (?:a while|ages|forever|their time|his time"
    r"|her time)\b"
    r"|if (?:he|she|they)(?:'s| has|'ve| have) got a problem with me,? (?:he|she|they)"
    r" (?:could|can|should) (?:come to|tell|say it to) me\b",
    # "He's a senior, he should've caught a missing CONCURRENTLY.", "it's a bit precious of
    # them", "staging is frankly useless"
    r"(?:he|she|they) should(?:'ve| have) (?:caught|spotted|noticed|seen|checked|flagged|known)"
    r"|(?:it's|it is|that's|that is) (?:a bit |rather |quite |pretty |so )?(?:precious|petty"
    r"|dramatic|childish) of (?:him|her|them)|\bis frankly (?:useless|hopeless|pointless)",
    r"used (?:the|it|that|this) \w+ as (?:a|an) (?:reason|excuse)",
    # "...was bad planning by whoever staffed Harlow", "sounds like the place is run out of a
    # shoebox", "She'd only hold Harlow over me"
    r"(?:was|is|were|just) (?:really |pretty |frankly )?(?:bad|poor|lousy|terrible|shoddy)"
    r" (?:planning|management|staffing|leadership) (?:by|from|on the part of)\b"
    r"|run (?:out of|from) a shoebox"
    r"|(?:he|she|they)(?:'d| would) (?:only |just )?hold (?:it|that|this|\w+) (?:over|against)"
    r" (?:me|us)\b",
    r"(?:he|she|they) (?:just )?(?:doesn't|don't|didn't|never) (?:care|listen|bother|value"
    r"|respect|appreciate)",
    # someone's absence doubted: "people have started wondering if she's milking it"
    r"(?:milking|swinging) (?:it|the lead)|(?:he|she)(?:'s| is) (?:just )?(?:skiving|malingering)",
    r"i don't think (?:he|she|they) (?:really |even |actually )?(?:cares?|listens?|bothers?)\b",
    r"should be ashamed of (?:themselves|himself|herself)|cowardly \w+|an? empire-builder",
    r"(?:struck|strikes) me as (?:rather |a bit |quite )?(?:a|an) (?:bully|bit of a bully|snob)"
    r"|(?:struck|strikes) me as (?:rather |a bit |quite )?(?:thin-skinned|precious|fragile"
    r"|lazy|difficult|flaky|weak)\b"
    r"|whether (?:he|she|they) (?:had|has|have) (?:quite )?(?:the stomach|what it takes) for",
    # "he's just not very good at committing to anything", "he hides behind the outage a bit",
    # "he just likes to feel in control of his team"
    r"(?:he|she|they)(?:'s|'re| is| are) (?:just )?not (?:very |that |terribly |exactly )?good"
    r" at\b|(?:he|she|they|(?-i:[A-Z][a-z]+))(?:'s| is| are|'ve been| have been)? (?:just )?"
    r"(?:hides?|hid|hiding) behind\b"
    r"|(?:he|she|they) (?:just )?(?:likes?|wants?) to (?:feel|be) in control",
    # "Gareth won't commit to anything", "He's been stonewalling me", "if his team could be a
    # bit less precious about the engine", "Her emails read as pretty unreasonable"
    r"(?:won't|doesn't|never|will not) commit to anything|stonewall(?:ing|ed|s)? (?:me|us)",
    r"be (?:a bit |a little |so much |a lot )?less (?:precious|defensive|territorial|difficult"
    r"|obstructive|rigid|protective) about",
    r"(?:reads?|read|comes? across|sounds?) as (?:pretty |quite |rather |a bit |so |really )?"
    r"(?:unreasonable|rude|aggressive|hostile|dramatic|petty|precious|passive-aggressive)",
    # the blame put on them: "Owen approved it, and honestly he should have caught it",
    # "Jasmine should have said that to my face", "Whoever sized staging set every one of us
    # up for this", "staging is a joke"
    r"(?:he|she|they|(?-i:[A-Z][a-z]+)) (?:really |honestly |frankly |just )?should have"
    r" (?:caught|spotted|checked|flagged|said|told|known|noticed|stopped|warned)\b",
    r"set (?:every one of |all of |each of )?(?:us|me|him|her|them) up (?:for (?:this|that|it"
    r"|a fall)|to fail)|(?:is|was|are|were|\w+'s) (?:kind of |sort of |just )?(?:a (?:total"
    r" |complete |bit of a )?(?:joke|farce|shambles|dead end|dead-end))\b",
    # "admin here has made it pretty clear they don't value what we do", "whoever built them
    # never did a home visit"
    r"made it (?:pretty |very |quite |abundantly )?clear (?:they|he|she) (?:don't|doesn't|do not"
    r"|does not) (?:really )?(?:value|care about|respect)\b"
    r"|whoever (?:built|wrote|designed|made|set up) (?:it|them|this|that|these|those)"
    r" (?:never|has never|hasn't|didn't)\b",
    # colleagues called idle: "they don't carry half what I do", "Ray spends half his
    # afternoons in the break room"
    r"(?:don't|doesn't|didn't) (?:carry|do|pull) half (?:of )?what i do"
    r"|spends? half (?:his|her|their) (?:\w+ )?(?:afternoons?|days?|time|shifts?|mornings?)"
    r" (?:in|on|at)\b",
    # "this place has turned into a bit of a dead end", "the people upstairs clearly don't value
    # what we do"
    r"(?:turned into|become) (?:a bit of |something of )?a dead[ -]end\b"
    r"|upstairs (?:clearly |just |really )?(?:don't|doesn't|never) (?:value|care|listen|notice)\b",
    # "nobody upstairs notices", "nobody up there ever listens"
    # (or "nobody upstairs here ever noticed the cuff program")
    r"nobody (?:upstairs |up there |there |here |in \w+ ){0,2}(?:ever |even |actually |really )?"
    r"(?:notice[sd]|cares|cared|listen(?:s|ed)|bother(?:s|ed))\b",
    # "Graham's brought a debt-collection mindset over from Birmingham", "Money advice charities
    # can be pretty shambolic on the management side"
    r"(?:brought|got|has) an? [\w-]+ mindset\b"
    r"|(?:can be|are|is|was|were) (?:pretty |really |a bit |so |totally |completely )?shambolic\b",
    # "What a petty, small-minded woman.", "People like Phyllis shouldn't be allowed to manage
    # anybody.", "she's sloppy with follow-ups", "tells you how much they rate home visits here"
    r"what an? (?:petty|small-minded|useless|spiteful|awful|horrible|nasty|lazy)\b"
    r"|people like (?-i:[A-Z][a-z]+) (?:shouldn't|should not) be allowed\b"
    r"|(?:he|she|they)(?:'s| is|'re| are) (?:a bit |so |really |pretty |quite )?(?:sloppy"
    r"|careless|lazy|slapdash) (?:with|about|on)\b"
    r"|tells you how much (?:they|he|she|management|admin) (?:rate|rates|value|values|care"
    r"|cares)\b",
    # "cutting a usability test to hit a date is just reckless product management", "it was poor
    # form of your colleagues to carry it straight back"
    r"(?:is|was|\w+'s|sounds?) (?:just |plain |frankly |pretty )?"
    r"(?:reckless|irresponsible|shoddy)\b"
    # "Tyler's the safe, boring pick", "She used you as a stepping stone", "run like a garage
    # sale"
    r"|the safe,? (?:boring|beige|dull|bland|grey|gray|obvious) (?:pick|choice|option)"
    r"|used (?:you|me|us|him|her) as a stepping stone"
    r"|run like a (?:garage sale|circus|shambles|jumble sale)"
    r"|\b(?:poor|bad) form of (?:your|his|her|their|the) \w+",
    # "...carrying it straight back to him was poor form. That's not how colleagues should behave."
    r"\b(?:was|is|were) (?:pretty |really |very )?(?:poor|bad) form\b"
    r"|that's not how (?:colleagues|friends|professionals|adults|grown-ups|a team) (?:should )?"
    r"(?:behave|act)\b",
    # "two people who should've known better than me, frankly", "whoever set up staging did
    # none of us any favours", "Bea's not exactly quick off the mark"
    r"(?:who|he|she|they|(?-i:[A-Z][a-z]+)) should(?:'ve| have) known better"
    r"|did (?:none of us|us|me|anyone|the team) (?:any|no) favours"
    # "They've been running us into the ground", "the audit was a bit of a witch hunt",
    # "Priscilla has had it in for the team"
    r"|running (?:us|me|everyone|everybody|the team) into the ground|witch[- ]hunt"
    r"|(?:has|had|have)(?: always)? had it in for\b"
    r"|(?:he|she|they|(?-i:[A-Z][a-z]+))(?:'s| is| are|'re) not exactly (?:quick|fast|helpful"
    r"|reliable|responsive|on the ball|a team player)\b",
    # "Owen's review was pretty surface-level", "felt a bit passive-aggressive", "he's the one
    # who approved it", "He's been pretty cold."
    # "who's never had an original idea", "running a family business off the back of a napkin",
    # "bailed for industry the minute it suited her", "she's famously allergic to risk"
    r"never had an? (?:original|new|single|fresh|good) (?:idea|thought)\b"
    r"|off the back of an? (?:napkin|envelope|fag packet|beer mat)"
    r"|the (?:minute|moment|second) it suited (?:him|her|them)\b"
    r"|(?:famously |notoriously |just )?allergic to (?:risk|change|anything new|new ideas)\b"
    # "Mrs. Okonkwo sounds like someone who'd come looking for a fight"
    r"|\b(?:looking|spoiling|itching) for a fight\b",
    r"(?:review|check|look|work)(?:'s| was| is) (?:pretty |really |a bit |quite )?surface[- ]level"
    r"|passive[- ]aggressive|(?:he|she|they)(?:'s| is|'re| are| was| were) the one who (?:approved"
    r"|signed|missed|caused|let)\b|(?:he|she|they)(?:'s|'ve| has| have) been (?:pretty |really"
    r" |a bit |quite )?(?:cold|frosty|short with me|off with me)\b",
)
