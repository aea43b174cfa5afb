"""Every flaw is named when present and not when absent: no false flag for a summary's check,
for "take your time", for explaining confidentiality or for a reflected feeling."""

from __future__ import annotations

import pytest

from coach.coder.words import feelings
from coach.critique import (
    asking_cues,
    case_cues,
    cues,
    defending_cues,
    judgment_cues,
    listening,
    reactions,
    sayings,
)
from coach.critique.disputes import rejects_label
from coach.critique.facts_cues import FACTS_ONLY
from coach.critique.questioning import bare_answer
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds

MENTOR, MENTEE = LearnerRole.MENTOR, LearnerRole.MENTEE
K = FlawKind


def asked_then_told(questions: list[str], answers: list[str]) -> list[str]:
    """Each question followed by the counterpart's answer to it, in order."""
    return [line for pair in zip(questions, answers, strict=True) for line in pair]


def _planned_nights() -> list[str]:
    """Five nights asked about and told, each one planned till late and sent at once."""
    return [
        "I plan till one, every night.",
        *asked_then_told(
            [f"What happens on night {n}?" for n in range(5)],
            [f"Night {n} I plan and send it." for n in range(5)],
        ),
    ]


def test_judgment_blunt_polite_and_sarcastic() -> None:
    blunt = kinds("I missed the deadline.", "You're being lazy about it.", "That's not fair.")
    sarcastic = kinds(
        "I send things the second they're done, usually around one.",
        "I was starting to wonder if you'd mixed me up with a helpline.",
        "Oh! Sorry. I'll stop. I'll just stop.",
    )
    assert blunt[K.JUDGMENT] == (1,) and sarcastic[K.JUDGMENT] == (1,)


def test_a_reflected_feeling_or_a_denied_judgment_is_not_a_judgment() -> None:
    found = kinds(
        "You sign my logbook in April. I have slept badly since Tuesday.",
        "You sound worried about what this might mean for your registration.",
        "I thought it would sound like an excuse.",
        "It doesn't sound like an excuse to me.",
    )
    assert K.JUDGMENT not in found


def test_a_turn_the_counterpart_thanks_or_laughs_at_was_not_heard_as_a_judgment() -> None:
    told = "My mum's had a bad week, so I didn't send the page."
    turn = 'And if your mum has a bad week, a text that says "bad week" is plenty.'
    thanked = kinds(told, turn, "Okay. Thanks. And thanks for not being cross with me.")
    laughed = kinds(told, turn, "(laughs) No. Fair. I'll text next time.")
    hurt = kinds(told, turn, "Thanks a lot. Ouch, that stings.")
    assert K.JUDGMENT not in thanked and K.JUDGMENT not in laughed
    assert hurt[K.JUDGMENT] == (1,)


@pytest.mark.parametrize(
    "turn",
    [
        "I'd have hoped you'd feel able to have a word with Graham before it got this far.",
        "Whatever you decide, it'd be a shame to throw away seven years.",
        "No offence, but two years seems like a pretty big thing to let slide.",
    ],
)
def test_disappointment_a_verdict_on_their_choice_and_no_offence_are_judgments(turn: str) -> None:
    found = kinds("I've had a second interview, and nobody here knows.", turn, "Sure.")
    assert found[K.JUDGMENT] == (1,)


# Two things told, each said back as facts only: (what they told first, its saying-back, what
# they told next, its saying-back), the replies that take each as facts only, and the replies
# that take each as heard.
FACTS_SAID_BACK = [
    (
        (
            "Margit told me to keep to time and not reopen drainage.",
            "So Margit said keep to time and leave drainage alone.",
            "Under pressure I use the technical words. The residents hear it as cold.",
            "So under pressure you use the technical words, and it comes across as cold.",
        ),
        (
            "Yes. That is what happened.",
            "Mm. Yeah. That's the mechanics of it. The bit I'm trying to get at is what it does.",
        ),
        ("Yes, exactly. And I felt so alone up there.", "Exactly. I freeze."),
    ),
    (
        (
            "My supervisor saw us every Tuesday at nine, agenda the day before.",
            "So weekly, an agenda the day before, like Tuesdays with your supervisor.",
            "The contract ends in March and nobody says if my post goes.",
            "So the contract ends in March and the paper doesn't say either way.",
        ),
        (
            "Nearly. I think there's a bit more to it than the timing, though.",
            "Yes. That's the facts of it, yes.",
        ),
        ("Yes. And I miss knowing where I stand.", "Exactly. It's the not knowing."),
    ),
    (
        (
            "Since January, notices go out at eight weeks instead of twelve. Letters, not calls.",
            "So notices at eight weeks now, and letters instead of calls.",
            "It's about four thousand less a year, and Dan's still training.",
            "So four thousand a year less, and you're the main wage till Dan finishes.",
        ),
        (
            "Yeah. I mean, that's the facts of it.",
            "Yeah. That's the sums. It's not really the sums, though.",
        ),
        ("Yeah. And I hate what it's turned us into.", "Yes. And I feel selfish."),
    ),
    (
        (
            "When you said take the lead, I heard it was mine: the client, the dates, the lot.",
            "So you understood the client and the dates were yours.",
            "I read it on the bus home, and it was Bexley all over again.",
            "So you read it on the bus, and it reminded you of Bexley.",
        ),
        ("Yes. That's what I said.", "That's the gist."),
        ("Yes. And I was proud of it.", "Yes. And I felt set up."),
    ),
    (
        (
            "I found the column failing in week two, swapped it and re-ran everything.",
            "So you found it in week two, replaced the column and re-ran the lot.",
            "At Bexley the write-up said I'd acted outside my remit. It stayed with me.",
            "So the write-up said outside your remit, and it stayed on file for two years.",
        ),
        ("That's the sequence, yes.", "Yes. You've got all the facts."),
        ("Yes. And I was scared I'd missed it.", "Yes. And it still stings."),
    ),
    (
        (
            "There's a second interview next Thursday, at the Trust. Nobody here knows.",
            "So it's a second interview on Thursday at the Trust, and nobody here knows.",
            "It's about four thousand two hundred less a year, and Dan's on his PGCE.",
            "So four thousand two hundred less, and Dan's on his PGCE until September.",
        ),
        ("Correct. You'd make a good minute-taker.", "Yep. Those are the numbers."),
        ("Yes. And I feel like a traitor.", "Yes. And I'm scared of it."),
    ),
]


@pytest.mark.parametrize(("said", "facts", "heard"), FACTS_SAID_BACK)
def test_reflections_answered_as_facts_only_are_content_only(
    said: tuple[str, str, str, str], facts: tuple[str, str], heard: tuple[str, str]
) -> None:
    """Confirmed as facts only ("Yes. That is what happened.", "That's the gist."), or answered
    by reaching past them ("That's the mechanics of it...", "there's a bit more to it than the
    timing"): content-only; the same reflections taken as heard are not."""
    first, said_first, then, said_then = said

    def talk(first_reply: str, second_reply: str) -> dict[FlawKind, tuple[int, ...]]:
        return kinds(first, said_first, f"{first_reply} {then}", said_then, second_reply)

    assert talk(*facts)[K.CONTENT_ONLY_REFLECTIONS] == (1, 3)
    assert K.CONTENT_ONLY_REFLECTIONS not in talk(*heard)


def test_close_but_and_partly_missed_reach_past_facts_unless_the_reflection_named_a_feeling() -> (
    None
):
    """ "That's close. But..." and "Partly. You've missed something..." reach past the facts
    said back; a reflection that named a feeling is not content-only whatever the reply."""
    told = "In meetings I'm counting eye contact and nods. By three there's nothing left."
    plain = "So you count eye contact and nods in meetings, and by three you've nothing left."
    felt = "So meetings leave you drained, counting eye contact and nods, empty by three."
    fridays = "I work from home on Fridays. The agendas are a practical request."
    said_back = "So you work from home on Fridays, and the agendas are a practical request."

    def talk(first: str) -> dict[FlawKind, tuple[int, ...]]:
        close = "That's close. But the agendas aren't me being awkward."
        partly = "Partly. You've missed something, and it's the important part."
        return kinds(told, first, f"{close} {fridays}", said_back, partly)

    assert talk(plain)[K.CONTENT_ONLY_REFLECTIONS] == (1, 3)
    assert K.CONTENT_ONLY_REFLECTIONS not in talk(felt)
    worried = "So Fridays at home are the relief, and you're worried the agendas read as a fuss."
    confirmed = kinds(told, felt, f"Yes. That's what happened. {fridays}", worried, "Correct.")
    assert K.CONTENT_ONLY_REFLECTIONS not in confirmed


def test_reflections_that_only_list_back_what_was_said_are_content_only() -> None:
    """Three reflections of their own, each a list of what was said, none adding a feeling
    or what it means to them: content-only, even where one is paraphrased too freely for the
    depth heuristic to call it simple; one that adds what it means ("which is a lot") is not."""
    lines = [
        "I started the outline twice. Got the title typed, then stopped at the timings.",
        "So you opened it twice, you got as far as the title, and you stopped at the timings.",
        "Then the Gillian email never came. I checked my inbox for two weeks, then gave up.",
        "So you checked your inbox for two weeks, the email didn't come, and you gave up.",
        "Mum had a stroke in July, she lives with us now, and I swapped to nights. I get about "
        "four hours' sleep.",
        "So after the stroke your mum moved in, you changed your shifts, and you barely sleep.",
        "That's it.",
    ]
    assert kinds(*lines)[K.CONTENT_ONLY_REFLECTIONS] == (1, 3, 5)
    meant = [*lines[:5], f"{lines[5][:-1]}, which is a lot.", lines[6]]
    assert K.CONTENT_ONLY_REFLECTIONS not in kinds(*meant)
    # A meaning word inside their words quoted back (a title) is not the learner's.
    title = 'So you typed the title, "Why the numbers matter", and stopped.'
    titled = [lines[0], title, *lines[2:]]
    assert kinds(*titled)[K.CONTENT_ONLY_REFLECTIONS] == (1, 3, 5)
    # What the learner meant themselves is no meaning of theirs said back.
    assert not listening.MEANING.search("So you sent her one. What I meant was narrower.")
    assert listening.MEANING.search("So you sent her one, and what that meant to you.")


def test_once_confirmed_as_facts_their_feeling_said_straight_back_goes_no_deeper() -> None:
    """After "That's the list.", "You love the bedside." (their words straight back) leaves
    the reflections content-only; the same feeling with one of the learner's own does not."""
    lines = [
        "I got as far as the title. Then the objectives and the timings, and I stopped.",
        "So you have the title, and you stopped at the objectives and the timings.",
        "Yes. Then I checked for the email to Gillian for two weeks, and it never came.",
        "So you checked for two weeks, and the email to Gillian never came.",
        "Mum had a stroke in July. She lives with us now and I'm on nights. I get four hours.",
        "So your mum had a stroke in July, she lives with you, you're on nights, four hours' "
        "sleep.",
        "Yes. That's the list. I love the bedside. I'm just not sure.",
        "You love the bedside. What would a realistic first step be?",
        "One page, maybe.",
    ]
    assert kinds(*lines)[K.CONTENT_ONLY_REFLECTIONS] == (1, 3, 5, 7)
    own = [*lines[:7], "You love the bedside, and being this far from it is hard.", lines[8]]
    assert K.CONTENT_ONLY_REFLECTIONS not in kinds(*own)
    # What matters to the learner is not what matters to them.
    assert not listening.MEANING.search(listening.MATTERS_TO_ME.sub(" ", "It matters to me."))


def test_many_plain_reflections_with_no_feeling_or_meaning_are_content_only() -> None:
    """Five reflections of their own, one the depth heuristic calls complex, none naming a
    feeling or what it means: content-only from a mentor, even where none is a list; not
    once one says what it means, and not from a mentee, who says back to check advice."""
    lines = _plain_reflections()
    assert kinds(*lines)[K.CONTENT_ONLY_REFLECTIONS] == (1, 5, 7, 9)
    meant = [*lines[:9], f"{lines[9][:-1]}, and that's a lot to carry.", lines[10]]
    assert K.CONTENT_ONLY_REFLECTIONS not in kinds(*meant)
    assert K.CONTENT_ONLY_REFLECTIONS not in kinds(*lines, role=MENTEE)


def _plain_reflections() -> list[str]:
    return [
        "Q3 was heavy. I stopped logging the hours I spent training the juniors.",
        "So the training hours stopped going on the record in Q3.",
        "And I've been bringing you the polished version, the wins and the pipeline.",
        "So you've been bringing me the same material you'd bring the committee.",
        "Halloran's counsel shouts at my associates on calls. One of them left in May.",
        "So Halloran's counsel shouts at your associates and one of them left in May.",
        "Since September I leave at half five and log back on at nine.",
        "So since September you leave at half five and log on again at nine.",
        "My daughter was diagnosed in August. That's why the evenings changed.",
        "So the evenings changed after your daughter's diagnosis in August.",
        "Yes.",
    ]


@pytest.mark.parametrize(
    "added",
    [", and asking about it felt daft.", ". Your whole face changed telling me that."],
)
def test_how_it_felt_to_them_or_a_feeling_seen_on_them_is_more_than_content(added: str) -> None:
    """Plain reflections stop being content-only once one says how something felt to them or
    names a feeling that showed on them; the learner's own feeling does not count."""
    lines = _plain_reflections()
    told = [*lines[:9], f"{lines[9][:-1]}{added}", lines[10]]
    assert K.CONTENT_ONLY_REFLECTIONS not in kinds(*told)
    assert not listening.MEANING.search("So I felt awkward asking about the evenings.")
    assert not listening.MEANING.search("It feels like the evenings changed in August.")


def test_something_lost_is_no_feeling_but_feeling_lost_is() -> None:
    assert not feelings("so the group lost two partners to leeds")
    assert not feelings("you lost the contract in may")
    assert feelings("you must have felt lost up there") == {"lost"}
    assert not feelings("so margit said keep to time and leave drainage alone")
    assert feelings("you were up there alone") == {"alon"}  # stems: a silent "e" goes


@pytest.mark.parametrize(
    "reply",
    [
        "That's correct. (a pause) Yes.",
        "Broadly. I'd put it slightly differently, though.",
        "Yes. That's the timetable of it. I love the bedside.",
        "Mostly, yes. The facts are all there.",
        "Yes. Well. That is the surface of it.",
        "Yes. That's... yes. That's the list.",
    ],
)
def test_a_bare_correct_or_a_framing_put_otherwise_confirms_facts_only(reply: str) -> None:
    assert FACTS_ONLY.search(reply)


def test_a_fix_answered_with_a_step_of_their_own_is_not_too_soon() -> None:
    found = kinds(
        "Could we start with my questions, and could you ask before offering ideas?",
        "Yes to both. I'll ask 'ideas or thinking space?' first. Is there anything you'd want me "
        "to do about the crit evening?",
        "I'll think about that one. For now, I'll bring my questions written down.",
    )
    assert K.PREMATURE_ADVICE not in found


def test_holding_up_their_own_words_is_no_judgment() -> None:
    found = kinds(
        "No, totally, totally fine! Honestly. Sorry. I'll leave you alone, it's fine.",
        "That was a very fast 'totally fine'. I'd rather hear what it sounded like from your side.",
        "Honestly? It sounded a bit like the start of you letting go.",
    )
    assert K.JUDGMENT not in found
    invented = kinds(
        "No, totally, totally fine! Honestly. Sorry. I'll leave you alone, it's fine.",
        "That was a very fast 'whatever you say'. I'd rather hear what it sounded like to you.",
        "Honestly? It sounded a bit like the start of you letting go.",
    )
    assert K.JUDGMENT in invented  # words they never said are the learner's own verdict


def test_a_verdict_only_supposed_is_not_a_judgment_but_one_given_is() -> None:
    said = "I'd hoped you might look at my work and tell me honestly whether I'm good enough."
    offered = kinds(
        said,
        "What I can offer: I'll look at your work properly and tell you where it's strong and "
        "where it isn't, including if I think you're not ready yet.",
        "That's fair.",
    )
    given = kinds(said, "Honestly? You're not ready yet, and you're too sloppy.", "Oh.")
    assert K.JUDGMENT not in offered and given[K.JUDGMENT] == (1,)


def test_an_anxious_apology_or_a_laugh_after_a_kind_turn_is_not_a_sting() -> None:
    reassured = kinds(
        "Sorry I'm late, I finished the plan at one this morning.",
        "Don't worry about that. You're not in trouble, I just want to talk about the late nights.",
        "No, totally fine! Sorry, I'll stop, honestly.",
    )
    own_side = kinds(
        "Is it the messages?",
        "I'll be honest about my side: my phone goes at half eleven and I lie awake after.",
        "Oh no. Sorry, I'll stop.",
    )
    laughed = kinds(
        "It takes three hours a lesson.",
        "Three hours from three bullet points. How are you sleeping on that?",
        "(laughs) Sleeping's a strong word. Five hours?",
    )
    self_blame = kinds(
        "What do you need from me?",
        "That you join Thursday's call, if you can.",
        "Yes. And I've been half here all month, that's not fair on you.",
        role=MENTEE,
    )
    private = kinds(
        "I've been looking at other jobs. I don't know why I'm telling you first.",
        "Before you say more: I sit with Graham on the board, and what you tell me stays with me.",
        "Okay. Wow. That was going to be my first question, so... thanks.",
    )
    found = [reassured, own_side, laughed, self_blame, private]
    assert [K.JUDGMENT in f for f in found] == [False] * 5


def test_a_word_pushed_back_on_then_granted_is_no_sting() -> None:
    told = "I stopped logging the training hours, so the figures look neat."
    said_back = "So a second job runs under the recorded one, out of sight. That sounds lonely."
    granted = kinds(told, said_back, "Lonely's a strong word. Not a wrong one. I've always coped.")
    stung = kinds(told, said_back, "Lonely's a strong word. I've always coped.")
    assert K.JUDGMENT not in granted
    assert stung[K.JUDGMENT] == (1,)


def test_a_fault_owned_for_the_team_makes_what_follows_an_admission() -> None:
    found = kinds(
        "Margit told me not to reopen drainage, so I said it was settled.",
        "That was the line you were handed, and it's on us as a practice too. We sent you to "
        "the front on your own with a script that closed the door.",
        "Okay.",
    )
    assert K.JUDGMENT not in found


def test_advice_before_anything_was_said_back_is_premature_but_take_your_time_is_not() -> None:
    early = kinds("The evenings went badly.", "You should use simpler words next time.", "Okay.")
    patient = kinds("I'm not sure where to start.", "Take your time; there's no rush.", "Okay.")
    asked = kinds("What would you do in my place?", "I'd suggest writing it down first.", "Okay.")
    assert early[K.PREMATURE_ADVICE] == (1,)
    assert K.PREMATURE_ADVICE not in patient and K.PREMATURE_ADVICE not in asked


def test_later_advice_they_are_not_ready_for_is_premature_but_welcome_advice_is_not() -> None:
    understood = (
        "The rota changed again and nobody told the night staff.",
        "You're frustrated that the rota keeps changing without anyone telling the night staff.",
        "Every week. I find out from the board when I arrive.",
        "So you find out from the board when you arrive, every week, and that wears you down.",
    )
    unready = kinds(
        *understood,
        "Yes, exactly that.",
        "Here's what I'd do: print the rota on Friday and pin it up yourself.",
        "That's easy to say when you're not on nights.",
    )
    brushed = kinds(
        *understood,
        "Yes, exactly that.",
        "You should just email the rota manager every Friday.",
        "Sure. I'll put it on the list.",
    )
    welcome = kinds(
        *understood,
        "Yes, exactly that.",
        "You should email the rota manager every Friday.",
        "Good idea. I'll do that tomorrow.",
    )
    assert unready[K.PREMATURE_ADVICE] == (5,) and brushed[K.PREMATURE_ADVICE] == (5,)
    assert K.PREMATURE_ADVICE not in welcome


def test_stacked_questions_but_not_a_summary_with_its_check() -> None:
    stacked = kinds("It went wrong.", "What happened? Was it the column? When did you know?")
    summary = kinds(
        "The column failed and I re-queued the samples.",
        "Let me check I've got it: the column failed and you re-queued the samples. "
        "Have I got that right? Anything else?",
    )
    assert stacked[K.STACKED_QUESTIONS] == (1,)
    assert K.STACKED_QUESTIONS not in summary and K.CLOSED_QUESTIONS not in summary


def test_closed_questions_that_shut_the_talk_down() -> None:
    found = kinds(
        "You wanted to see me.",
        "Did you notice how it was landing?",
        "Yes.",
        "Was it a hard evening?",
        "Yes. Both of them.",
    )
    assert found[K.CLOSED_QUESTIONS] == (1, 3)


def test_self_focus_but_not_confidentiality_or_an_answer_about_oneself() -> None:
    story = kinds(
        "Now the talking stops when I walk in the break room.",
        "God, that takes me back. When I made team lead at the depot, my best mate stopped "
        "talking to me for six months. I tried everything and we sorted it at his wedding.",
    )
    explained = kinds(
        "What happens to what I say here?",
        "It stays with me. I'll write one line saying we met, and I won't share anything else.",
    )
    asked = kinds(
        "What do you actually get out of this?",
        "Honest answer: I came up from the warehouse floor, and my first year in charge was the "
        "loneliest I've had at work. I had nobody outside it to talk to, and I signed up for that.",
    )
    challenged = kinds(
        "A tick. Everybody says that part. What's it to you, anyway? You run trucks.",
        "Fair question. I drove a forklift for six years before anybody gave me a desk, and that "
        "first year at the desk about finished me. Nobody outside my building to talk to.",
    )
    assert story[K.SELF_FOCUS] == (1,)
    assert K.SELF_FOCUS not in explained and K.SELF_FOCUS not in asked
    assert K.SELF_FOCUS not in challenged


def test_no_summary_and_no_next_step_in_a_long_conversation() -> None:
    lines = ["I'm behind on the outline."]
    for n in range(6):
        lines += [f"What got in the way of part {n}?", f"Part {n} needed a session plan."]
    found = kinds(*lines)
    assert K.NO_SUMMARY in found and K.NO_NEXT_STEP in found
    assert K.NO_SUMMARY not in kinds(*lines[:3])  # too short to need one


def test_stock_phrases_only_when_they_answer_nothing() -> None:
    found = kinds(
        "My daughter was diagnosed in September.",
        "I hear you. That must be hard.",
        "It is.",
        "Thank you for sharing. I'm here for you.",
    )
    assert found[K.STOCK_PHRASES] == (1, 3)


def test_a_formula_with_an_open_question_that_opens_them_up_is_not_a_stock_phrase() -> None:
    """ "Thank you for saying that so clearly. What's the rest of it?" answered at length asked
    something; the same turn answered in two words did not draw them out."""
    told = "The hour drifts into your stories and I leave with my question still on the monitor."
    asked = "Thank you for saying that so clearly. What's the rest of it?"
    more = (
        "There's one thing about what stays private between us. At the crit evening in May "
        "you used something I told you in here, and two people from my team were in the room. "
        "It got back to my PM within a week."
    )
    opened = kinds(told, asked, more, "I hear you. That must be hard.", "Yes.")
    guarded = kinds(told, asked, "That's all.", "I hear you. That must be hard.", "Yes.")
    assert K.STOCK_PHRASES not in opened
    assert guarded[K.STOCK_PHRASES] == (1, 3)


def test_a_short_answer_naming_who_is_no_formula() -> None:
    """ "Who's the email to?" "Their ops director. Helen Marsh." answers; "Just support,
    really." after "What do you need?" says nothing."""
    named = kinds(
        "I drafted an email promising a date.",
        "Great stuff. Love that. Onwards.",
        "Who's the email to?",
        "Their ops director. Helen Marsh.",
        "Helen Marsh? We worked together years ago.",
    )
    assert K.STOCK_PHRASES not in named
    empty = kinds(
        "I drafted an email promising a date.",
        "Great stuff. Love that. Onwards.",
        "What do you need from me?",
        "Just support, really. You're amazing.",
        "Right.",
    )
    assert empty[K.STOCK_PHRASES] == (1, 3)


def test_turns_of_formulas_and_chat_alone_are_stock_phrases_but_thanks_are_not() -> None:
    lines = [
        "I still haven't finished the handover notes. Sorry.",
        "Perfect. No rush at all. Whenever feels right.",
        "I'll try to get them done this week.",
        "Okay. Onwards and upwards! Every day's a new day.",
        "Right.",
    ]
    found = kinds(*lines)
    assert found[K.STOCK_PHRASES] == (1, 3)
    thanked = [lines[0], "Thanks. No rush at all. Whenever feels right.", *lines[2:]]
    assert K.STOCK_PHRASES not in kinds(*thanked)


@pytest.mark.parametrize(
    "saying",
    [
        "Busy hands, as they say.",
        "Growth is never a straight line.",
        "Client meetings are a dance, and nobody learns the steps overnight.",
        "Good things come from keeping options in play.",
        "Everyone's Part 3 is shaped differently, and yours will find its shape too.",
    ],
)
def test_sayings_about_how_things_go(saying: str) -> None:
    assert sayings.PLATITUDE.search(saying)
    assert not sayings.PLATITUDE.search("So the hall was never going to be quiet enough.")


def test_sayings_in_place_of_their_story_are_stock_phrases_even_in_their_words() -> None:
    """A saying about how things go ("as they say", "comes out in the wash", "The safest
    hands always get handed the heaviest parcels") put where their story was is a formula,
    even built from their words; once is not a habit, and a saying with an open question
    asks them something."""
    lines = [
        "I stopped logging the hours I spent training the juniors.",
        "Ah, well. Busy hands, as they say. It all evens out over a year.",
        "Quite. It's in hand. I've always been the safe pair of hands.",
        "The safest hands always get handed the heaviest parcels.",
        "I suppose that's one way of looking at it.",
    ]
    assert kinds(*lines)[K.STOCK_PHRASES] == (1, 3)
    once = [*lines[:3], "So you're the one people hand things to, and nobody checks.", lines[4]]
    assert K.STOCK_PHRASES not in kinds(*once)
    asked = [*lines[:3], f"{lines[3]} What has that been like for you?", lines[4]]
    assert K.STOCK_PHRASES not in kinds(*asked)


def test_defensive_answers_to_criticism() -> None:
    found = kinds(
        "At the crit evening you mentioned my PM, and it got back to her.",
        "I hear that, but I was really careful not to use your name.",
    )
    assert found[K.DEFENSIVE] == (1,)
    # a yes-but answering the opening question has nothing to argue with yet
    opening = kinds(
        "You wanted to see me. Is it about the email from the council?",
        "It's connected, yes, but I'd rather start with you than with an email.",
    )
    assert K.DEFENSIVE not in opening


@pytest.mark.parametrize(
    "turn",
    [
        "She can want. I've explained how this works, dates only, twice now.",
        "I'm not sure what more I can say to convince you.",
        "But I'd ask you to judge me on what I do, not on what someone else did.",
        "Okay, well, I'd never do that.",
    ],
)
def test_arguing_ones_good_faith_when_they_doubt_it_is_defensive(turn: str) -> None:
    doubted = "Denise'll want to know what we talked about, though. That's the problem."
    assert kinds(doubted, turn)[K.DEFENSIVE] == (1,)


def test_a_vow_of_ones_own_is_not_a_defence() -> None:
    doubted = "Nobody ever told me what 'read the room' meant."
    vow = "My first mentor never told me either, and I swore I'd never do that to anyone."
    assert K.DEFENSIVE not in kinds(doubted, vow)


# A mentee's yes/no questions about their own things ("Did you see my email?") and asks are
# not closed questions; those that try to draw the mentor out are (test_flaws_in_context.py).
@pytest.mark.parametrize("kind", [K.PREMATURE_ADVICE, K.SELF_FOCUS, K.CLOSED_QUESTIONS])
def test_mentor_only_flaws_are_not_a_mentees(kind: FlawKind) -> None:
    found = kinds(
        "What's on your mind?",
        "When I was your age I just got on with it. Did you see my email? You should read it.",
        "Yes.",
        "Did you get a chance to look? Can you help?",
        "No.",
        role=MENTEE,
    )
    assert kind not in found


def test_a_mentee_without_context_or_a_specific_ask() -> None:
    found = kinds(
        "What can I do for you?", "Just, the Meridian thing. Whatever you think.", role=MENTEE
    )
    assert K.NO_CONTEXT in found and K.VAGUE_ASK in found


def test_a_hedged_put_down_of_their_idea_is_a_judgment_and_a_send_off_is_not() -> None:
    hedged = kinds(
        "I'd like forty slides so people see the care that went in.",
        "That's a slightly naive idea of what the public wants, to be honest.",
        "I see.",
    )
    send_off = kinds(
        "Three o'clock, here. Fortnight, not a month.",
        "A fortnight from today, three o'clock, here. Go and sort out press nine.",
        "Heater band, zone three. You'll see.",
    )
    assert hedged[K.JUDGMENT] == (1,) and K.JUDGMENT not in send_off


def test_questions_heard_as_too_many_at_once_are_stacked() -> None:
    """One long sentence the parser reads as one question, answered "That's three questions":
    stacked; the same answered in full is not."""
    asked = "Why three weeks, what happened in the runs, and had you told anyone before Ines?"
    piled = kinds(
        "The date slipped three weeks.", asked, "That's three questions. I'll take the middle one."
    )
    answered = kinds(
        "The date slipped three weeks.", asked, "The column failed in week two, so we re-ran it."
    )
    assert piled[K.STACKED_QUESTIONS] == (1,) and K.STACKED_QUESTIONS not in answered


def test_one_open_question_narrowed_once_is_not_yet_stacking() -> None:
    told = "Since Shona moved out it's just me in the flat, and I plan every night."
    once = kinds(told, "Thank you for saying it. Who else is around you? Family, friends?", "Mum.")
    habit = kinds(
        told,
        "How does that feel? Is it lonely?",
        "A bit.",
        "And how is school going? Is anyone there for you?",
        "Not really.",
    )
    piled = kinds(told, "Well, what happened then? Why's it late? Were you behind?", "Yes.")
    assert K.STACKED_QUESTIONS not in once
    assert habit[K.STACKED_QUESTIONS] == (1, 3) and piled[K.STACKED_QUESTIONS] == (1,)


def test_a_proposal_with_a_time_question_is_not_stacked() -> None:
    found = kinds(
        "The spreadsheets. If you could show me the report thing.",
        "How about next time you bring last week's report and we go through it line by line? "
        "When would suit you?",
        "After shift.",
    )
    assert K.STACKED_QUESTIONS not in found


@pytest.mark.parametrize(
    ("opening", "vague", "puzzled", "specific", "reply"),
    [
        (
            "What did you want to talk about?",
            "I suppose just help with Thursday generally? Whatever you think would be best.",
            "Hm. What do you actually want from me? Pick one.",
            "Could you sit in on the first fifteen minutes of Thursday's call with the client?",
            "Yes, I can do that.",
        ),
        (  # a soft ask for oneself the mentor has to sharpen
            "What's up?",
            "So, it's been a busy spring, I was on Fenwick, then a couple of reviews, and I've"
            " been thinking about where I want to be. Dunmore is on Thursday's panel. I'd love to"
            " be considered for in-charge.",
            "Considered by whom, for what? What exactly do you want me to do on Thursday?",
            "I'd like you to put my name forward as in-charge on Dunmore.",
            "Okay. That's clearer.",
        ),
        (  # help with nothing named, however the mentor takes it
            "Go ahead, walk me through it.",
            "Honestly, I just need help making it work. Can you help?",
            "Okay. Here's the honest version of my advice: it's the plumbing that worries me.",
            "Could you introduce me to the district hydrologist this week?",
            "I'll write to him today.",
        ),
    ],
)
def test_a_vague_ask_that_puzzled_the_mentor_is_named_even_after_a_specific_one(
    opening: str, vague: str, puzzled: str, specific: str, reply: str
) -> None:
    found = kinds(opening, vague, puzzled, specific, reply, role=MENTEE)
    assert found[K.VAGUE_ASK] == (1,)


def test_an_excuse_disowned_then_owned_is_no_defence() -> None:
    raised = "At Bexley I was written up for using the ownership I'd been given."
    owned = "I wrote it fast, that's an explanation, not an excuse. It was a bad message."
    assert K.DEFENSIVE not in kinds(raised, owned)
    assert kinds(raised, owned.rsplit(" It was", 1)[0])[K.DEFENSIVE] == (1,)


def test_context_the_mentor_answers_with_what_do_you_need_is_no_vague_ask() -> None:
    found = kinds(
        "What did you want to talk about?",
        "So far I've written a cut-down plan, SMS only, and I've asked Gareth twice for a date "
        "and not got one. Meridian want a call on Thursday.",
        "Okay. That's a real list. So what do you need from me?",
        "Could you sit in on the first fifteen minutes of Thursday's call with Meridian?",
        "Yes, I can do that.",
        role=MENTEE,
    )
    assert K.VAGUE_ASK not in found


def test_closed_questions_answered_with_a_word_or_two_are_named() -> None:
    found = kinds(
        "I asked for agendas because meetings take a lot out of me.",
        "Was your request connected to that meeting?",
        "Partly. Yes.",
        "Did you think the feedback was fair?",
        "No.",
        "Right.",
    )
    assert found[K.CLOSED_QUESTIONS] == (1, 3)


def test_a_judgment_worded_as_an_impression_is_a_judgment_and_a_denial_is_not() -> None:
    impression = kinds(
        "Since the promotion I eat lunch in the office.",
        "Honestly, that sounds a bit like hiding. Some of that's on you to fix.",
        "That's easy to say.",
    )
    denial = kinds(
        "I thought it would sound silly.",
        "It doesn't sound silly at all. It sounds like a lot to carry.",
        "Thanks.",
    )
    assert impression[K.JUDGMENT] == (1,) and K.JUDGMENT not in denial
    promised = kinds(
        "I don't want it to sound like an excuse.",
        "It won't sound like an excuse to me. I'd like to hear what 'a lot' has meant.",
        "Okay.",
    )
    assert K.JUDGMENT not in promised
    doubted = kinds(
        "Maybe that's just me.", "I doubt it's just you. What did that look like?", "Honestly?"
    )
    assert K.JUDGMENT not in doubted


def test_instructions_after_calling_it_fixable_are_early_advice() -> None:
    found = kinds(
        "The hours dipped because I stopped recording the training time.",
        "Right, well, that's fixable. First, record all of it against the training code.",
        "I'll certainly look at it.",
    )
    assert found[K.PREMATURE_ADVICE] == (1,)


def test_guesses_put_as_yes_no_questions_with_fewer_open_ones_are_closed_questions() -> None:
    lines = [
        "I've written a few things down, if that's all right.",
        "Of course. Is it about me cancelling the last two?",
        "No, it isn't that. It's more what happens once we're in the room.",
        "Once we're in the room. Go on, I'm listening.",
        "I bring a question and we drift off it, and I leave with it still open.",
        "Okay. Are you saying I talk too much?",
        "Partly. It's the drifting more than the talking.",
        "What would you want the hour to look like instead?",
        "The first part mine, before anything else.",
    ]
    assert kinds(*lines)[K.CLOSED_QUESTIONS] == (1, 5)
    # the same guesses beside as many open questions are not the flaw
    opened = [*lines[:3], "Once we're in the room. What happens there?", *lines[4:]]
    assert K.CLOSED_QUESTIONS not in kinds(*opened)


def test_two_turns_running_of_yes_no_questions_are_closed_questions() -> None:
    found = kinds(
        "I've got notes on two of the sessions.",
        "Only two? Is that out of the five?",
        "Five, I think. Five sessions, yes, and two of them helped me a lot.",
        "Okay. So were the other three not useful?",
        "Not in so many words, no. I mean, they were useful in places, I suppose.",
        "What made those two different for you?",
        "You asked and then waited.",
    )
    assert found[K.CLOSED_QUESTIONS] == (1, 3)


def test_a_put_down_of_their_plan_or_of_people_not_in_the_room_is_a_judgment() -> None:
    idea = kinds(
        "My supervisor wants me to use the long-term survey data instead.",
        "Honestly, a thesis built on somebody else's data feels like a cop-out to me.",
        "That's a strong word for eighteen years of fieldwork.",
        role=MENTEE,
    )
    absent = kinds(
        "What have you tried with the district?",
        "I've emailed them three times and honestly they've been hopeless.",
        "I'd go easy there.",
        role=MENTEE,
    )
    assert idea[K.JUDGMENT] == (1,) and absent[K.JUDGMENT] == (1,)


def test_it_might_be_worth_is_advice_and_not_that_simple_says_it_came_too_soon() -> None:
    found = kinds(
        "I've been looking at other jobs. I don't know why I'm telling you first.",
        "Thank you for telling me. It might be worth writing down what would have to change.",
        "Maybe. I don't think it's that simple.",
    )
    assert found[K.PREMATURE_ADVICE] == (1,)


def test_explaining_oneself_away_is_defensive() -> None:
    found = kinds(
        "You told my story at the crit evening. People knew it was me.",
        "Oh. I didn't name you, though. I was only trying to show how common it is.",
        "Right. Sorry. Maybe I've misread things.",
        "No, I mean, you have to understand, I'm always careful about names.",
        "Okay.",
    )
    assert found[K.DEFENSIVE] == (1, 3)


def test_history_declined_when_asked_for_it_is_context_held_back() -> None:
    lines = [
        "Come in, I've got twenty-five minutes. What's on your mind?",
        "I've a call with Meridian on Thursday at two, and I've tried a few things already. "
        "Could you join the first fifteen minutes?",
        "Maybe. What's the call about? Where's it at?",
        "It's about the reminders. I'd rather use the time on the call than go through the "
        "history.",
        "I'll be honest, it's hard to help with a call when I don't know what's happened.",
        "Fair. Can I send you a page on it tonight?",
        "Do. Have you got a fallback? What's engineering said?",
        "There's something in progress. I'd rather not go round the houses on it.",
        "Okay. Then bring it on one page.",
    ]
    # (the ask itself too, which the mentor met with "What's the call about?")
    assert kinds(*lines, role=MENTEE)[K.NO_CONTEXT] == (1, 3, 7)
    lines[2] = "Maybe. Where's it at?"
    assert kinds(*lines, role=MENTEE)[K.NO_CONTEXT] == (3, 7)
    lines[3] = "It's the reminders: Gareth's team cut the branch in March and we slipped twice."
    lines[7] = "Engineering have scoped a cut-down version for May; I've got the page half written."
    assert K.NO_CONTEXT not in kinds(*lines, role=MENTEE)


def test_an_ask_the_mentor_answers_by_asking_for_the_case_lacked_context() -> None:
    lines = [
        "Come in. Your note said you wanted twenty minutes. What's up?",
        "I want you to back me at Thursday's panel as the lead on Dunmore.",
        "That's an ask. It isn't a case. Why Dunmore?",
        "I ran the Kelso audit on my own in March when Harlow was off, and the client asked "
        "for me by name for the next one. I've also done the panel training course.",
        "Okay, that helps.",
    ]
    assert kinds(*lines, role=MENTEE)[K.NO_CONTEXT] == (1,)
    lines[2] = "Okay. Tell me what you've done so far."
    assert K.NO_CONTEXT not in kinds(*lines, role=MENTEE)


def test_long_disclosures_answered_only_with_the_next_question_are_owed_reflections() -> None:
    told = (
        "I came up with Luis, same shift eleven years, and we both went for it and I got it. "
        "Now the talking stops when I walk into the break room, and guys I've had barbecues "
        "with call me boss like it's a joke."
    )
    questions = [
        "Nowhere; they stay with me. How has the change been for you?",
        "How does your manager think it has gone?",
        "What do you want from the job yourself?",
        "What would be worth our time, then?",
    ]
    answers = [told.replace("Luis", name) for name in ("Luis", "Marco", "Dev", "Sam")]
    lines = [
        "So. Where do your notes go?",
        *asked_then_told(questions, answers),
        "So it's Luis and the break room that weigh on you.",
        "Yes.",
    ]
    found = kinds(*lines)
    assert found[K.NO_REFLECTIONS] == (3, 5, 7)


def test_a_yes_with_a_deflection_or_a_pause_still_closed_the_talk_down() -> None:
    found = kinds(
        "It didn't read as a complaint, I hope.",
        "Were you expecting something different from the coffees?",
        "Probably, yes. (pause) I'm not sure it's my place to say.",
        "So you'd pictured something more regular. What would make these worth your time?",
        "Weekly, maybe. With an agenda.",
        "Do you have a particular goal in mind?",
        "Yes. (long pause) I do.",
        "Okay.",
    )
    assert found[K.CLOSED_QUESTIONS] == (1, 5)
    # A yes that goes on into the story is an answer, not a door closing.
    assert not bare_answer(
        "Yes. Well, since March I'd pictured weekly sessions with an agenda, and a plan for "
        "the analyst role."
    )


def test_yes_but_to_a_warning_is_defensive() -> None:
    found = kinds(
        "Don't walk into Thursday with a date you don't own.",
        "Yeah, but if I don't give them a date they'll walk anyway.",
        "I've seen how that ends.",
        "Well, someone has to push engineering.",
        "Hm.",
        role=MENTEE,
    )
    assert found[K.DEFENSIVE] == (1, 3)


def test_asking_what_the_job_is_before_answering_wants_context() -> None:
    for reply in (
        "Hold on. Before I say yes to anything, tell me what the job actually is.",
        "Okay. A coordinator doing what, for who?",
        "What exactly is the role?",
    ):
        assert case_cues.WANTS_CONTEXT.search(reply), reply
    assert not case_cues.WANTS_CONTEXT.search("Okay. Tell me when you need it by.")


def test_a_vague_promise_at_the_end_shows_the_missing_next_step() -> None:
    found = kinds(
        "So what are you going to do before Thursday?",
        "Honestly, I need to think about how to approach Linda. I'll figure out the best way.",
        "Figure it out fast. Write me a page on Dunmore if you want and I'll read it.",
        "That's a good idea, maybe. Let me see how the week goes.",
        "Okay.",
        "Thanks, really. I'll let you know how it goes.",
        "Okay. Thursday's eight-thirty.",
        "Right.",
        "Anything else?",
        "No, that's all.",
        role=MENTEE,
    )
    assert found[K.NO_NEXT_STEP] == (1, 3, 5)


def test_taking_in_what_was_raised_is_not_defensive_even_with_an_explanation() -> None:
    raised = "Marcus says your messages to Gareth have got sharp, and he felt gone around."
    owned = kinds(
        raised,
        "Okay. That's hard to hear, but it's fair. I was trying to get a read on scope, but I "
        "can see it looked like going round him.",
        "Good. What will you do with it?",
        role=MENTEE,
    )
    argued = kinds(
        raised,
        "I was trying to get a read on scope. He never answers on Slack anyway.",
        "Mm.",
        role=MENTEE,
    )
    assert K.DEFENSIVE not in owned and argued[K.DEFENSIVE] == (1,)


@pytest.mark.parametrize(
    "said",
    [
        "I understand, it has to be fair for everyone. I will send it tonight.",
        "So while I was just being disorganised, you were checking your inbox for a fortnight.",
        "Thanks for telling me; I genuinely didn't know that's what was behind it.",
        "I'd only speak to Farah if I genuinely believed you were ready.",
        "And there's me thinking I was being nice and relaxed. I'd far rather you'd got it out.",
        "Five questions, folded in your notebook, twice, while I was busy being relaxed.",
        "And with respect to your husband, is he around in the evenings?",
        "What I said to you in the car was vague, and I don't think it was fair.",
        "I'm not asking you to fix it, I'm just asking what you'd look at first.",
        "If it's about my promotion case, I'd really value your view.",
        "Someone has to chair the panel, and I'd like it to be me.",
        "That's the harder thing to hear, and it's right. I think I was trying to fix it quietly.",
    ],
)
def test_words_that_only_sound_like_a_defence_are_not_one(said: str) -> None:
    assert not defending_cues.defends(said)


@pytest.mark.parametrize(
    "said",
    [
        "To be fair, I did ask twice.",
        "I was just trying to help.",
        "I get that, but a survey chapter this spring eats the months I need for install prep.",
        "I genuinely thought it was fine.",
        "Most of my day is people wanting answers fast. That's context, not an excuse.",
        "Not an excuse, but the deadline moved twice that week.",
        "On the stories, I tell them because my own first mentor did, and I learned from those.",
        "Honestly, I don't think 'sharp' is fair. I asked Gareth twice, politely.",
        "I only went to his engineers because I needed to know whether the branch was alive.",
        # a charge denied before it is made
        "I'm not piling on, I'm just telling you what happened.",
        "I'm not blaming, I'm being realistic. Meridian are going to walk.",
        "If this is about me messaging his engineers, someone had to. Gareth wasn't answering.",
        # owning it afterwards does not undo the justification before it
        "I thought leaving your name out would be enough, that's why I used it. That's on me.",
    ],
)
def test_the_same_words_defending_are_one(said: str) -> None:
    assert defending_cues.defends(said)


def test_blaming_someone_absent_is_a_judgment_when_the_counterpart_stands_up_for_them() -> None:
    lines = [
        "Go on, what's on your mind?",
        "It's slipped twice because Gareth's team have used the outage as a reason to park "
        "everything.",
    ]
    defended = kinds(*lines, "Mm. I'm not going to pile on someone who isn't here.", role=MENTEE)
    taken_up = kinds(*lines, "Slipped twice. Tell me about the outage.", role=MENTEE)
    assert defended[K.JUDGMENT] == (1,) and K.JUDGMENT not in taken_up
    for polite in (
        "Gareth's lovely, but he's just not very good at committing to anything.",
        "I think he hides behind the outage a bit, honestly.",
        "I think he just likes to feel in control of his team.",
        "I don't think he cares about customers, to be honest.",
    ):
        said = kinds("Go on, what's on your mind?", polite, "Gareth isn't difficult.", role=MENTEE)
        assert said[K.JUDGMENT] == (1,), polite


@pytest.mark.parametrize(
    ("said", "declined"),
    [
        (
            "And between us, Farah's a bit of an empire-builder, so she'll want a win.",
            "Oh. I don't know her, really. I'd rather not go in thinking of her like that.",
        ),
        (
            "Whoever wrote that paper should be ashamed of themselves.",
            "I'd rather not criticise anyone. They probably don't know yet either.",
        ),
        (
            "Between ourselves, he's always struck me as rather a bully.",
            "Part of it. I don't want it heard as a complaint about him.",
        ),
        (
            "Nice enough, but I did always wonder whether she had quite the stomach for it.",
            "I'd put it differently. She was very good.",
        ),
    ],
)
def test_a_put_down_of_someone_absent_the_counterpart_declines_to_join_is_a_judgment(
    said: str, declined: str
) -> None:
    opening = "The restructure paper says 'analytical capacity to be consolidated'."
    assert kinds(opening, said, declined)[K.JUDGMENT] == (1,)
    assert K.JUDGMENT not in kinds(opening, said, "Ha. Maybe. Anyway, the paper.")


def test_what_most_people_would_have_done_held_up_to_them_is_a_judgment() -> None:
    """ "Most people would have checked before changing a client date" grades what they did
    against others; "most people would have felt the same" shares a feeling."""
    told = "When you said take the lead, I heard it was mine. So I gave Ines a date."
    held_up = kinds(
        told,
        "I can see how you got there. But I think most people would have checked before "
        "changing a client date.",
        "Sure, next time I'll run it past you.",
    )
    shared = kinds(
        told, "I can see how you got there. Most people would have felt the same.", "Maybe."
    )
    assert held_up[K.JUDGMENT] == (1,)
    assert K.JUDGMENT not in shared


def test_denying_it_is_just_them_is_no_polite_judgment() -> None:
    said = "I'd imagined something more regular. But maybe that's just me."
    denied = kinds(said, "I don't think it's just you. What did regular look like?", "Weekly.")
    assert K.JUDGMENT not in denied
    assert kinds(said, "Ha, that's so you. What did regular look like?", "Weekly.")[K.JUDGMENT]


def test_relief_at_stopping_a_habit_is_not_a_sting() -> None:
    found = kinds(
        "Could it be every two weeks? Thirty minutes.",
        "Every two weeks, thirty minutes, and you send the agenda the day before. What have I "
        "missed?",
        "Nothing. That's exactly it. If it's written down, I'll stop second-guessing.",
    )
    assert K.JUDGMENT not in found
    stung = kinds("Could it be every two weeks?", "Honestly, that's a bit needy.", "I'll stop.")
    assert stung[K.JUDGMENT] == (1,)


def test_a_textbook_over_preparer_is_a_label() -> None:
    found = kinds(
        "I brought a printed list of questions.",
        "Mind you, you're a textbook over-preparer, aren't you?",
        "Ha. Maybe.",
    )
    assert found[K.JUDGMENT] == (1,)


def test_an_agreed_step_put_off_when_asked_what_they_will_do_is_no_next_step() -> None:
    lines = _explored()
    agreed = [
        *lines,
        "What would you need from me to back me on Thursday?",
        "I'll put your name forward, and you go and tell Linda about Harlow yourself.",
        "Deal. I'll do that.",
        "Catch is, Linda's out until Wednesday afternoon.",
    ]
    put_off = [
        *agreed,
        "Okay. That's a lot. Let me sit with it.",
        "Thursday's Thursday, though. What are you going to do?",
        "I'll think it through tonight and come back to you.",
        "Okay. Well. You know where I am.",
    ]
    taken_on = [*agreed, "Then I'll ask her for the Wednesday slot today.", "Good."]
    assert K.NO_NEXT_STEP in kinds(*put_off, role=MENTEE)
    assert K.NO_NEXT_STEP not in kinds(*taken_on, role=MENTEE)


def test_a_yes_no_question_after_a_lead_in_is_a_closed_question() -> None:
    found = kinds(
        "I've only got two things on my notes.",
        "Only two? Is that out of the five?",
        "Five, I think. Yes.",
        "Okay. So the other three, were they not useful?",
        "Not in so many words, no.",
    )
    assert found[K.CLOSED_QUESTIONS] == (1, 3)


def test_a_judgment_of_their_character_said_kindly_is_a_judgment() -> None:
    found = kinds(
        "I found the column problem myself, fixed it and re-ran everything.",
        "Fixing it quietly so nobody has to worry is a very you thing to do, and it's not really "
        "what I'd expect from someone going for Associate Principal. What happened then?",
        "That's the tidy version.",
    )
    behaviour = kinds(
        "I found the column problem myself, fixed it and re-ran everything.",
        "You fixed it and re-ran everything before anyone knew. What happened then?",
        "I told nobody for a week.",
    )
    assert found[K.JUDGMENT] == (1,) and K.JUDGMENT not in behaviour


def test_questions_after_every_disclosure_with_only_a_summary_lack_reflections() -> None:
    told = [
        "The first evening was fine until Alder Street came up, and then a man stood up and "
        "shouted about the water in his basement, and I answered him with return periods, "
        "which I knew was wrong as soon as I said it.",
        "Margit had told me before the meeting not to reopen the drainage question under any "
        "circumstances, so when they asked about it I said it was already settled, and I "
        "could see the room turn against me.",
        "When the room gets loud my English gets smaller, and the technical words are the only "
        "ones I never get wrong, so I hide in them and talk about infiltration rates.",
        "My mother went to every meeting about the park below our building with a notebook, "
        "and then it was built exactly like the first drawing, and I promised myself I would "
        "never run a meeting like that one.",
    ]
    questions = [
        "What happened on the first evening?",
        "And what had Margit said beforehand?",
        "What was going on for you when the questions got technical?",
        "Why does this one matter so much to you?",
    ]
    summary = (
        "Let me pull this together: the basement question, Margit's instruction not to reopen "
        "drainage, your English getting smaller, and the park in Üsküdar. Is that right?"
    )
    lines = ["Hello. You wanted to talk about the consultation.", *asked_then_told(questions, told)]
    asked_only = kinds(*lines, summary, "Yes, that's it.")
    heard = list(lines)
    heard[3] = "So you answered the basement with return periods. What had Margit said?"
    heard[5] = (
        "So Margit told you not to reopen drainage, and you called it settled. What was going "
        "on for you then?"
    )
    reflected = kinds(*heard, summary, "Yes, that's it.")
    assert K.NO_REFLECTIONS in asked_only and K.NO_REFLECTIONS not in reflected


def test_a_fix_offered_before_they_have_finished_is_premature() -> None:
    lines = [
        "I've written some notes. The first is that our sessions end up on your stories.",
    ]
    too_soon = kinds(
        *lines,
        "That's really clear, thank you. Okay, what if we flipped it? You email me the question "
        "the day before and the first half hour's yours.",
        "That might help. Can I finish what I was saying first?",
    )
    welcome = kinds(
        *lines,
        "That's really clear, thank you. Okay, what if we flipped it? You email me the question "
        "the day before and the first half hour's yours.",
        "That might help, yes.",
    )
    assert too_soon[K.PREMATURE_ADVICE] == (1,) and K.PREMATURE_ADVICE not in welcome


def test_ill_be_in_touch_whenever_that_is_is_no_next_step() -> None:
    lines = ["Hello."]
    for i in range(5):
        lines += [f"What else is on your list, part {i}?", f"Item {i} on my list is the dashboard."]
    found = kinds(
        *lines,
        "Yes, I'll be in touch. And bring the list next time, whenever that is!",
        "Okay. Thank you.",
    )
    assert found[K.NO_NEXT_STEP] == (11,)


@pytest.mark.parametrize(
    "deferral",
    [
        "Honestly, I need to sit with all of that. I'll have a think tonight and come back to you.",
        "I'll have a proper think about how to play it and get back to you.",
    ],
)
def test_time_to_think_and_a_promise_to_come_back_is_no_next_step(deferral: str) -> None:
    lines = ["Hello."]
    for i in range(5):
        lines += [f"What else is on your list, part {i}?", f"Item {i} on my list is the dashboard."]
    found = kinds(*lines, deferral, "Okay. Thursday's close, mind.")
    assert found[K.NO_NEXT_STEP] == (11,)


def test_is_everything_all_right_answered_broadly_yes_is_a_closed_question() -> None:
    found = kinds(
        "The second tranche closed on Friday. It's all in hand.",
        "That's good news. So: is everything actually all right?",
        "Broadly, yes. The group's stretched, but it's in hand.",
        "Seven, diagnosed in September, and nobody here knows. Are you managing, with all that?",
        "Mostly. Yes. I'm managing.",
    )
    assert found[K.CLOSED_QUESTIONS] == (1, 3)


def test_a_candid_verdict_on_their_habits_is_a_judgment() -> None:
    found = kinds(
        "Every lesson takes me about three hours. I send things when I finish, usually late.",
        "Thank you. I'll say this kindly: three hours per lesson is a perfectionism that isn't "
        "serving you, and sending things at one in the morning is not really a sustainable habit.",
        "Right. Okay! Noted.",
    )
    assert found[K.JUDGMENT] == (1,)


def test_a_soft_label_is_a_judgment_and_its_denial_is_not() -> None:
    said = "I told the residents the drainage was settled, and they got louder."
    labelled = kinds(
        said, "Honestly, you can be a bit rigid in those rooms. What happened next?", "Fine."
    )
    denied = kinds(said, "You weren't being difficult. What happened next?", "They left angry.")
    assert labelled[K.JUDGMENT] == (1,) and K.JUDGMENT not in denied


def test_putting_the_plan_off_until_next_time_is_no_next_step() -> None:
    lines = ["Hello."]
    for i in range(5):
        lines += [f"What else is on your list, part {i}?", f"Item {i} on my list is the dashboard."]
    found = kinds(
        *lines, "We can come back to that next time. No need to decide anything now.", "Okay."
    )
    assert found[K.NO_NEXT_STEP] == (11,)


def test_advice_asked_as_a_question_and_answered_i_have_already_got_is_premature() -> None:
    found = kinds(
        "Every lesson takes me about three hours and I send things at one in the morning.",
        "Right. Okay. So, um, one thing that might help: could you set yourself a cut-off, "
        "like, stop planning at nine?",
        "Okay! Noted. Time management. I've already got three planners.",
    )
    assert found[K.PREMATURE_ADVICE] == (1,)


def test_context_held_back_when_the_mentor_asks_for_their_account_lacked_context() -> None:
    lines = [
        "Come in, shut the door. We've got thirty minutes. What do you need?",
        "Thanks, Lorraine. I'll get right to it, because I know you've only just come off a long "
        "call and this week has been a lot for everyone on the team. Could you look over my "
        "timeline for Friday's review and do a dry run with me?",
        "Maybe. Tell me more first. I'd rather hear your version of Tuesday.",
        "I mean, you all know what happened Tuesday, it was my migration, and it was a rough "
        "morning for a lot of folks on the floor. It's all in the doc, honestly.",
        "Give it to me in five sentences.",
        "My change locked the load table for two hours and thirty-eight terminals stopped.",
        "Okay, that I can work with.",
    ]
    assert kinds(*lines, role=MENTEE)[K.NO_CONTEXT] == (1, 3)
    lines[2] = "Okay. What's in the timeline so far?"
    lines[3] = "The times, what I tried, and when I paged Bea. I can send it tonight."
    lines[4] = "Good."
    assert K.NO_CONTEXT not in kinds(*lines, role=MENTEE)


def test_a_mentors_verdict_on_the_mentees_choice_said_gently_is_a_judgment() -> None:
    told = "I stopped recording the hours I spent training the juniors. Tidying up, mostly."
    warm = "Thank you. I know that wasn't easy to say. Can I be honest back, gently? "
    verdict = kinds(told, warm + "I think leaving that time off was the wrong call.", "Noted.")
    heard = kinds(told, warm + "What was behind leaving that time off?", "Time, mostly.")
    assert verdict[K.JUDGMENT] == (1,) and K.JUDGMENT not in heard


def test_a_fix_the_learner_then_owns_up_to_was_premature_advice() -> None:
    lines = [
        "The first evening I prepared forty slides, and nobody looked at them.",
        "Forty slides, and nobody looked at them.",
        "After the second evening I sat in my car for twenty minutes before I could drive.",
        "Twenty minutes in the car before you could drive.",
        "Yes.",
        "So what if we ditched most of the slides and got you three plain sentences instead?",
        "Maybe.",
        "Sorry, I jumped ahead there. What was going on in the car?",
        "I was shaking, honestly.",
    ]
    assert kinds(*lines)[K.PREMATURE_ADVICE] == (5,)
    habit = [*lines[:7], "I think what was happening, when I jumped in, was that I...", "Go on."]
    assert K.PREMATURE_ADVICE not in kinds(*habit)  # the habit they raised, told as a story
    lines[7] = "What was going on in the car?"
    assert K.PREMATURE_ADVICE not in kinds(*lines)
    # owned up a turn later, after more of the same
    later = [
        *lines[:7],
        "And there might be another route first: I could find out what's coming up.",
        "Right.",
        "I've just gone straight into fixing it, haven't I. Sorry. What was the car like?",
        "I was shaking, honestly.",
    ]
    assert 5 in kinds(*later)[K.PREMATURE_ADVICE]


def test_owning_ones_own_part_is_neither_defensive_nor_a_judgment_of_them() -> None:
    found = kinds(
        "You said 'read the room' and I still don't know what it means.",
        "The feedback I gave you in the car was vague, and I don't think it was fair. That's on "
        "me. It was a lazy instruction.",
        "Thank you. That helps.",
    )
    assert K.DEFENSIVE not in found and K.JUDGMENT not in found
    mine = kinds(
        "You'd called it straightforward, so asking felt stupid.",
        "A blank page stops you dead, and asking felt like admitting you couldn't do the bit I'd "
        "called straightforward. That was a careless word of mine.",
        "Since you mention it, I noticed that too.",
    )
    assert K.JUDGMENT not in mine


def test_an_account_promised_before_the_ask_does_not_lack_context() -> None:
    opening = "Come in. Your email said you'd made up your mind about something. Go ahead."
    promised = (
        "I have. I'm keeping the field plan, and I want to tell you why, and then ask for "
        "some specific help with the permits."
    )
    bare = "I have. I'm keeping the field plan, and I'd really like your help making it work."
    rest = [
        "Okay. Walk me through it.",
        "The question is whether the dams bring the frogs back to burned streams, and I've "
        "moved installation to May and emailed the district three times since Dale retired.",
        "Okay. That's a real plan.",
    ]
    assert K.NO_CONTEXT not in kinds(opening, promised, *rest, role=MENTEE)
    assert kinds(opening, bare, *rest, role=MENTEE)[K.NO_CONTEXT] == (1,)


def test_a_turn_the_counterpart_opens_up_after_is_no_judgment() -> None:
    told = "I send them when I finish, then lie there waiting for the blue ticks. Silly, I know."
    said_back = (
        "Lying there waiting for the blue ticks. That's not about a lesson plan, is it. That's "
        "about having someone at the other end."
    )
    opened = (
        "Since Shona moved to Bristol it's just me in the flat. I get home, I plan, I eat "
        "standing up. Your replies are honestly the only grown-up conversation I have some "
        "days, and I hadn't noticed how much I was leaning on them until you said it."
    )
    assert K.JUDGMENT not in kinds(told, said_back, opened)
    assert kinds(told, said_back, "Right.")[K.JUDGMENT] == (1,)
    hurt = f"Ouch. {opened}"
    assert kinds(told, said_back, hurt)[K.JUDGMENT] == (1,)


def test_a_verdict_handed_back_stung() -> None:
    found = kinds(
        "I meant to send the outline and then I didn't.",
        "The text twenty minutes before our session did make it look as if you weren't really "
        "taking this seriously.",
        "Right. If you think I'm not committed, maybe you should put someone else forward.",
    )
    assert found[K.JUDGMENT] == (1,)
    # a hope with the verdict left unsaid is no verdict handed back
    hoped = kinds(
        "I'd pictured something more regular, honestly.",
        "That's a rotten position to be left in. What would you want out of it?",
        "I'd hoped you might look at my work and, if you think I am, say my name to Farah.",
    )
    assert K.JUDGMENT not in hoped


def test_a_turn_the_counterpart_takes_as_rightly_heard_is_no_judgment() -> None:
    told = "I started the outline twice and got stuck on what a written session should look like."
    said_back = (
        "Nobody's ever shown you one, and I'd made it sound easy, so asking felt like admitting "
        "something."
    )
    heard = kinds(told, said_back, "Yes. Exactly that. I know the content cold.")
    flat = kinds(told, said_back, "Right.")
    assert K.JUDGMENT not in heard and flat[K.JUDGMENT] == (1,)


def test_a_clipped_answer_to_a_closed_question_closed_the_talk_down() -> None:
    found = kinds(
        "Everybody says that bit.",
        "Fair. Have you had a mentor through the company before?",
        "Once. Didn't go great.",
        "So you've every reason to be careful. How did you find the changeover?",
        "Slow. The resin lot held us up and I had two people out.",
        "Is the supervisor job going okay so far?",
        "Yep. Fourteen weeks.",
    )
    assert found[K.CLOSED_QUESTIONS] == (1, 5)
    assert bare_answer("Once. Didn't go great.")
    assert bare_answer("Nights, mostly, at the moment. I'm okay. Busy.")
    assert not bare_answer("Once, in 2017, and it went badly because my notes ended up in a file.")


def test_a_yes_that_only_hedges_after_it_closed_the_talk_down() -> None:
    found = kinds(
        "I just wasn't sure what the shape of this is meant to be.",
        "Can I check something first: were you expecting these to be more regular?",
        "Probably, yes. I mean, I'm not unhappy with it. I just wasn't sure.",
        "That's a different picture from mine. And is there a reason it feels pressing now?",
        "Both, I suppose. Yes.",
    )
    assert found[K.CLOSED_QUESTIONS] == (1, 3)
    assert not bare_answer(
        "Yes. Partly. I suppose I'd hoped you might look at my work. I'm not sure how to put it."
    )


def test_an_apology_that_turns_into_ones_own_story_is_self_focus() -> None:
    told = "You used my story at the crit evening, and it got back to my PM."
    owned = "That was me, and I'm sorry. I shouldn't have told it, and I didn't ask you first."
    turned = (
        "That was me, and I'm so sorry. I know a little of how that feels, actually. Years ago a "
        "creative director put my rebrand up as his slide of what not to do at a conference, "
        "and I felt sick for about a month."
    )
    brief = (
        "Nineteen years of that is knowledge. Honestly, when I got my first manager job I spent "
        "a year feeling I'd lost the thing I was good at. How's the move been for you?"
    )
    assert K.SELF_FOCUS not in kinds(told, owned)
    assert kinds(told, turned)[K.SELF_FOCUS] == (1,)
    assert K.SELF_FOCUS not in kinds("A good setter hears it before the scrap rate.", brief)


def test_it_was_everyone_not_me_is_defensive() -> None:
    raised = "About a third of your visit notes went in more than three days late."
    everyone = "Wait, everybody's notes were late in the spring. That's not really a me thing."
    arguing = "I'm not arguing. I just don't want that to be the first thing Curtis hears."
    assert kinds(raised, everyone, role=MENTEE)[K.DEFENSIVE] == (1,)
    assert kinds(raised, arguing, role=MENTEE)[K.DEFENSIVE] == (1,)


def test_welcomes_invitations_and_reached_are_not_advice() -> None:
    found = kinds(
        "Hiya! Sorry, I'm two minutes late, Year 8 wouldn't leave.",
        "Don't worry about two minutes. Sit down, get your breath. Let's park the plan for now.",
        "Okay. When I start describing a problem you have the answer before I've finished.",
        "So I jump in before you've got to the messy part. Say more about the messy part.",
        "It's usually the people bit.",
    )
    assert K.PREMATURE_ADVICE not in found
    progress = kinds(
        'I still don\'t know what "read the room" was supposed to mean.',
        "I'd like to hear where you've got to with it, even if it's unfinished.",
        "I asked myself what was actually in the room.",
    )
    assert K.PREMATURE_ADVICE not in progress
    told = kinds("My PM binned the test again.", "You've got to tell him straight.", "Hm.")
    assert told[K.PREMATURE_ADVICE] == (1,)
    settled = kinds(
        "Sorry, I cancelled on you and I still haven't done the outline. I promise I'll do it.",
        "Deepa, stop, breathe. I'd rather understand what got in the way than just put new "
        "dates in the diary.",
        "I did start it. I just got stuck.",
        "Take me back to the last time you had it open. Where did it stop?",
        "At the objectives. I stared at the cursor.",
    )
    assert K.PREMATURE_ADVICE not in settled


def test_advice_taken_as_rightly_heard_or_thanked_for_is_not_premature() -> None:
    raised = "When I start on a problem you say 'what I'd do is' before I've finished."
    heard = kinds(raised, "You should stop me when I do that.", "Yes. That's it. Exactly that.")
    brushed = kinds(raised, "You should stop me when I do that.", "That's easy to say.")
    assert K.PREMATURE_ADVICE not in heard and brushed[K.PREMATURE_ADVICE] == (1,)
    # thanks for listening is not "that's easy for you to say"
    assert not reactions.NOT_READY.search("Thank you for hearing it. That wasn't easy to say.")
    assert reactions.NOT_READY.search("That's easy to say from an office.")


def test_a_trait_named_as_the_cause_or_a_label_they_dispute_is_a_judgment() -> None:
    costs = "Meetings cost me more than they look. By three o'clock there's nothing left."
    trait = kinds(costs, "That's the perfectionist in you, isn't it?", "No. It's not that.")
    disputed = kinds(
        "The phrase didn't say anything I could use.",
        "You're such a literal soul, Callum, I say that with real affection.",
        "I'm not sure 'literal' is the problem.",
    )
    agreed = kinds(
        "The phrase didn't say anything I could use.",
        "So 'read the room' gave you nothing literal to do.",
        "Yes. Nothing I could act on.",
    )
    assert trait[K.JUDGMENT] == (1,) and disputed[K.JUDGMENT] == (1,)
    assert K.JUDGMENT not in agreed
    # the cues themselves, which the coder need not agree with
    assert judgment_cues.POLITE_JUDGMENT.search("That's the perfectionist in you, isn't it?")
    assert rejects_label("No. It's not perfectionism.", "the perfectionist in you")
    assert rejects_label("I'm not sure 'introvert' is the word.", "an introvert")
    assert not rejects_label("It's not Tuesday, it's Monday.", "on Tuesday")


def test_a_summary_said_back_as_everything_and_checked_is_a_summary() -> None:
    lines = _planned_nights()
    said_back = (
        "Let me say back everything, to be sure I have it. You plan until one, you send it "
        "the second it's done, and the nights all run together. Is this right?"
    )
    assert K.NO_SUMMARY in kinds(*lines)
    assert K.NO_SUMMARY not in kinds(*lines, said_back, "Yes. All of it.")


def test_what_i_would_do_in_their_place_and_a_fix_put_off_are_premature_advice() -> None:
    found = kinds(
        "For the first evening I prepared forty slides. Nobody looked at them.",
        "Ah, the forty slides. Look, for the fourteenth I'd ditch the slides altogether. Set it "
        "up as tables and let them come to you.",
        "Maybe. Tables may help. With respect, I don't think the problem is only how I present.",
        "Fair. What else is going on for you in that room?",
        "When a room is angry my English gets smaller, so I hold on to the technical words.",
        "A railing, so. That makes sense. What if we wrote you three plain sentences, on a card? "
        "We could draft them now.",
        "I'll think about that. Perhaps. I'm not sure I can change how I speak in ten days.",
    )
    assert found[K.PREMATURE_ADVICE] == (1, 5)
    assert not reactions.NOT_READY.search("I'll think about who else was in the room.")


def test_calling_ones_own_slip_careless_is_owning_it_not_a_judgment() -> None:
    found = kinds(
        "Your invitation said 'Riverside' and I have slept badly since Tuesday.",
        "A one-word subject line from the man who signs your logbook. That was careless of me. "
        "None of this goes in your logbook.",
        "Thank you. That means more than you probably think.",
    )
    assert K.JUDGMENT not in found
    assert kinds("I sent the draft late.", "That was careless.", "Right.")[K.JUDGMENT] == (1,)


def test_i_know_that_one_before_ones_own_story_is_self_focus() -> None:
    told = "The bit I keep skipping over is money. It's four thousand less a year."
    story = (
        "Oh, I know that one. When my Steve went back to uni I was the only wage for two years, "
        "with the twins still tiny. We ate a lot of beans on toast."
    )
    praise = "Well done on the tranche, I know that one was a slog. What's the money side like?"
    assert kinds(told, story, "Yeah. I suppose.")[K.SELF_FOCUS] == (1,)
    assert K.SELF_FOCUS not in kinds(told, praise, "Tight, honestly.")


def test_agreeing_a_day_or_saying_agreed_says_nothing_back() -> None:
    """'Good. Thursday, then.' picks up one long word of what was said, but a day or an
    'agreed' is no reflection: a conversation of questions alone still lacks them."""
    told = (
        "Pride, mostly. I missed the column for a week and I'd rather have handed over a fix "
        "than a problem, which is not a great reason, strictly speaking, but there it is."
    )
    questions = [
        "What did you understand I meant by 'take the lead'?",
        "What happened when my message arrived?",
        "What would have helped, instead of those words?",
        "What made you fix it quietly?",
    ]
    answers = [told.replace("column", word) for word in ("column", "assay", "runs", "tailing")]
    lines = [
        "I've got samples at half past, so.",
        *asked_then_told(questions, answers),
        "What would you want on the calls, then?",
        "Me, if it's agreed with you first, and I'll draft it by Thursday.",
        "Agreed. What would you want on the fortnightly calls?",
        "To present and take the questions. You'll have the draft by Thursday.",
        "Good. Thursday, then.",
    ]
    assert K.NO_REFLECTIONS in kinds(*lines)
    lines[-1] = "Good. So the calls become yours to present, and you draft it by Thursday."
    lines[-3] = "So you'd want it agreed with me first. What about the calls?"
    assert K.NO_REFLECTIONS not in kinds(*lines)


def test_putting_ones_own_side_on_the_table_is_not_self_focus() -> None:
    said = "Sorry, sorry! Yes, I do message late. It's just when I get through the planning."
    mine = (
        "I've got two Year 11 groups with mocks in January and a four-year-old who's up at six, "
        "and I'm running on empty most nights. When my phone goes at half eleven I either "
        "answer and I'm wired till one, or I don't and I lie there feeling guilty about it."
    )
    side = kinds(said, f"I'll be honest about my side. {mine}", "Oh. I didn't know that.")
    this_end = kinds(said, f"Let me tell you what it's like this end. {mine}", "Oh. I see.")
    story = kinds(said, f"Honestly? {mine}", "Oh. I didn't know that.")
    assert K.SELF_FOCUS not in side and story[K.SELF_FOCUS] == (1,)
    assert K.SELF_FOCUS not in this_end


@pytest.mark.parametrize(
    "opener",
    [
        "Can I try and pull together what you've told me, and you tell me what I've missed?",
        "Let me put it all back to you and you tell me what I've got wrong.",
        "Can I check I've heard it all?",
        "Can I say back where we landed so I don't mess it up?",
        "Let me try to pull together the rest of it, and correct me where I'm wrong.",
        "Then let me pull together what I've heard, and tell me what I've got wrong.",
        "Then let me say them now, and you correct me.",
        "Let me play the whole thing back, and you tell me what I've got wrong.",
        "Can I try pulling the whole thing together, and you tell me where I've got it wrong?",
    ],
)
def test_gathering_what_they_told_is_a_summary_opener(opener: str) -> None:
    lines = _planned_nights()
    said_back = f"{opener} You plan until one, you send it at once, and the nights blur."
    assert K.NO_SUMMARY not in kinds(*lines, said_back, "Yes. All of it.")


def test_praise_that_grades_the_person_is_a_judgment_unless_they_open_up() -> None:
    said = "My hours went down because I stopped logging the training. The figures look tidy."
    graded = "You're carrying the whole team. That's the mark of a real leader, honestly."
    closed = kinds(said, graded, "Thank you. That's kind. It's probably nothing I can manage.")
    opened = kinds(
        said,
        graded,
        "Thank you. (pause) The truth is my daughter was diagnosed in September and the "
        "evenings are injections and carb counting now, and nobody here knows, and walking out "
        "at half five this year of all years says something in this place. So I log less.",
    )
    specific = kinds(said, "Logging it all was a lot of quiet work. Thank you.", "It was.")
    assert closed[K.JUDGMENT] == (1,)
    assert K.JUDGMENT not in opened and K.JUDGMENT not in specific


def test_playing_down_what_was_raised_is_defensive_not_a_judgment() -> None:
    found = kinds(
        "Three of ten went in, and two were dry by July. That's what worries me.",
        "Right, but last year was one of the driest springs on record. So I don't think it's "
        "really a fair read of the design.",
        "Hm. The schedule slipped too.",
        "Only because the crew got pulled onto road repairs. That was a one-off. It's not a "
        "design flaw.",
        "It's not a one-off.",
        role=MENTEE,
    )
    assert found[K.DEFENSIVE] == (1, 3) and K.JUDGMENT not in found


def test_careful_to_be_fair_to_someone_is_not_defensive() -> None:
    found = kinds(
        "Margit told me to keep to time and not reopen drainage. I followed that.",
        "You're being careful to be fair to Margit while still owning the tone. That's decent.",
        "Thank you.",
    )
    assert K.DEFENSIVE not in found


def test_naming_ones_two_roles_is_not_self_focus() -> None:
    said = (
        "Thanks for squeezing me in. A short update: Halloran's second tranche closed on "
        "Friday, the Kestrel portfolio is on track, and I've done both business development "
        "lunches."
    )
    two_hats = (
        "Thank you. That's a good quarter's worth of news. Before we go through any of it, can "
        "I say something I should have said a while ago? This year I'm wearing two hats. I'm "
        "your mentor, and I'm on the committee that looks at partnership in April. I imagine "
        "that makes these sessions feel a bit like an interview. What's it been like, meeting "
        "me with both of those on?"
    )
    assert K.SELF_FOCUS not in kinds(said, two_hats, "It's fine. I understand the structure.")


def test_a_motive_read_into_them_or_a_kind_they_are_is_a_judgment() -> None:
    said = "Each session I bring one thing, and we end up on your stories."
    motive = kinds(
        said,
        "That's clear. I'd gently add that you sometimes ask about my career to avoid getting "
        "to your own problem.",
        "Maybe. I'm not sure that's quite the point.",
    )
    kind = kinds(
        "You used my story at the crit evening, and it got back to my PM.",
        "I'm so sorry. You're clearly someone who holds things in rather than raising them.",
        "I raised it when I felt I could. Today.",
    )
    assert motive[K.JUDGMENT] == (1,) and kind[K.JUDGMENT] == (1,)


def test_holding_back_the_background_when_asked_for_it_is_no_context() -> None:
    found = kinds(
        "What's on your mind?",
        "I've been on your team four years now, with sixty patients on my panel, and I've "
        "applied for a post somewhere else. I'd like a reference by next Wednesday, and an "
        "introduction to anyone you know at St. Brendan's.",
        "Wait. What's the job?",
        "A coordinator position. I'd rather not get into the whole thing, if that's okay.",
        "I can't write a letter for a job I know nothing about. Start me further back.",
        "It's coordinating, a small team. I get that's not a lot to go on.",
        "Okay.",
        role=MENTEE,
    )
    assert found[K.NO_CONTEXT] == (3, 5)


def test_naming_the_thing_when_asked_what_they_want_is_a_specific_ask() -> None:
    lines = [
        "What's on your mind?",
        "I've been offered an interview for the coordinator post at St. Brendan's, on the "
        "Home Bridge programme, and it matters to me because it's the work I came into nursing "
        "for. I've led the blood-pressure project here for two years.",
        "Mm-hmm. And what are you asking me for?",
        "Two things. A reference by Wednesday. And if you know anybody at St. Brendan's, an "
        "introduction.",
        "All right. That's plain enough, and yes, I'll write it.",
    ]
    assert K.VAGUE_ASK not in kinds(*lines, role=MENTEE)
    lines[3] = "Two things, really. Just some help, and whatever you think is best."
    assert K.VAGUE_ASK in kinds(*lines, role=MENTEE)


def test_telling_them_what_is_in_it_for_you_when_asked_is_not_self_focus() -> None:
    found = kinds(
        "Heard that before. What's in this for you, anyway? You've got your own building to run.",
        "Fair question. When I got made manager I had nobody outside my own four walls to think "
        "out loud with, and I made a couple of bad calls I'd have caught if I'd said them to "
        "somebody first. So partly I'm paying that back, and partly I'm nosy about your presses.",
        "We've got fourteen presses.",
    )
    assert K.SELF_FOCUS not in found
    assert reactions.ABOUT_YOU.search("What's in this for you, anyway?")


def test_you_didnt_just_get_a_new_job_is_not_advice() -> None:
    found = kinds(
        "Luis and me came up together, eleven years. Now the break room goes quiet.",
        "Eleven years next to the man. You didn't just get a new job, you lost your lunch table.",
        "Ha. Yeah. That wasn't in the job posting.",
    )
    assert K.PREMATURE_ADVICE not in found


@pytest.mark.parametrize(
    "said",
    [
        "Let me try to put it all together, and correct me where I've got it wrong.",
        "And I'm not going to try to keep you or push you out.",
        "When I said you should 'take the lead on the updates', what did you take that to mean?",
        "Ha. I'll try to be a better audience. Take whatever time you need. What's first?",
        "Get your coat off and sit down. Start wherever you like.",
        "Read away, notes are good. Take it from the top.",
        "That's on us as a practice. You shouldn't have been the one sent out holding that line.",
        "You were straight with him and it came back in writing. I'd stick to the weather too.",
        "I'm on the committee this year. If I were you, I'd be quite careful what I said to me.",
    ],
)
def test_the_speakers_own_effort_reported_words_and_the_floor_given_are_not_advice(
    said: str,
) -> None:
    found = kinds("I've been looking at other jobs. I wanted you to hear it first.", said, "Okay.")
    assert K.PREMATURE_ADVICE not in found


@pytest.mark.parametrize(
    "said",
    [
        "You should talk to Graham about it.",
        "Just take the job, honestly.",
        "Try to keep calm.",
        "I'd stick to the facts with Graham.",
        "If I were you, I'd be careful what you say to Graham.",
    ],
)
def test_the_same_words_telling_them_what_to_do_are_advice(said: str) -> None:
    found = kinds("I've been looking at other jobs. I wanted you to hear it first.", said, "Okay.")
    assert found[K.PREMATURE_ADVICE] == (1,)


def _explored(n: int = 5) -> list[str]:
    """A conversation of ``n`` questions and answers, long enough to need a next step."""
    return [
        "The consultations went badly and a councillor heard about it.",
        *asked_then_told(
            [f"What happened at point {i}?" for i in range(n)],
            [f"At point {i} the room got loud." for i in range(n)],
        ),
    ]


def test_a_no_to_a_check_for_mistakes_agrees_the_plan() -> None:
    plan = (
        "Let me check the plan back: you ask Margit for ten minutes this week, you send me the "
        "outline by Monday, and we meet Thursday to rehearse. Anything I've got wrong or left out?"
    )
    agreed = kinds(*_explored(), plan, "No, that is all of it. Monday for the plan. Thank you.")
    corrected = kinds(*_explored(), plan, "No, but you left out the model. I'd bring that.")
    assert K.NO_NEXT_STEP not in agreed and K.NO_NEXT_STEP in corrected


def test_a_good_plan_said_to_their_own_steps_agrees_them() -> None:
    lines = [
        *_explored(),
        "What would be useful to do with it, before Thursday?",
        "I think I go on Thursday and ask what they do when someone can't pay, and talk to Dan "
        "properly on Sunday, with the numbers.",
    ]
    taken = kinds(*lines, "That's a good plan, and it's yours.", "Thanks.")
    left = kinds(*lines, "Hm. Let's see how you feel.", "Okay.")
    assert K.NO_NEXT_STEP not in taken and K.NO_NEXT_STEP in left


def test_putting_the_pieces_together_opens_a_summary() -> None:
    summary = (
        "Can I try and put the pieces together, and you tell me if I've got it wrong? Point one "
        "got loud, point two got loud, and point three got loud. Is that fair?"
    )
    assert K.NO_SUMMARY not in kinds(*_explored(), summary, "Yes, that's it.")
    assert cues.SUMMARY_OPENER.search("Could I try to pull together what we've said?")
    assert cues.SUMMARY_OPENER.search("Can I try and pull it together, and you tell me?")


def test_the_turn_after_asking_leave_to_sum_up_is_the_summary() -> None:
    asked = "Can I try to put the whole of it back to you?"
    summary = "Point one got loud, point two got loud, point three got loud, and point four too."
    assert K.NO_SUMMARY not in kinds(*_explored(), asked, "Go on.", summary, "Yes. All of it.")
    assert K.NO_SUMMARY in kinds(*_explored(), "Okay.", "Go on.", summary, "Yes. All of it.")


def test_one_story_that_hands_the_floor_back_is_not_self_focus() -> None:
    said = "So for eighteen months I've given you the committee version of everything."
    story = (
        "When I was up for partner I never once told my mentor my dad was poorly that year, and "
        "I sat through every one of those meetings saying it was all in hand. I kept it up for "
        "the whole year, and I only told him after I'd made it, so I know the habit well."
    )
    handed_back = f"{story} If it had felt safe, what would you have brought?"
    once = kinds(said, handed_back, "The team, probably.")
    kept = kinds(said, story, "Right.")
    twice = kinds(said, handed_back, "The team, probably.", handed_back, "Okay.")
    assert K.SELF_FOCUS not in once
    assert kept[K.SELF_FOCUS] == (1,) and twice[K.SELF_FOCUS] == (1, 3)


def test_a_checked_plan_answered_with_a_step_of_their_own_is_agreed() -> None:
    """ "Let me check how we'd work... That about right?" answered "Huh. You were listening.
    Yeah. I'll bring last week's report." agrees the plan, though the learner's summary says
    no "will" and the step comes after a pause and two short words."""
    plan = (
        "Let me check I've got how we'd work. Every two weeks, down here after your shift, and "
        "you bring whatever report's giving you grief. That about right?"
    )
    took_on = "Huh. You were actually listening. Yeah. I'll bring last week's report."
    assert K.NO_NEXT_STEP not in kinds(*_explored(), plan, took_on)
    assert K.NO_NEXT_STEP in kinds(*_explored(), plan, "Huh. You were listening. Yeah.")


def test_a_step_they_take_on_when_asked_which_is_theirs_is_agreed() -> None:
    """ "Which of those feels like yours to do first?" answered "I'll sit down with Dan on
    Sunday night..." closes on a step they own, though the learner proposed none."""
    asked = "Which of those feels like yours to do first?"
    took_on = "I'll sit down with Dan on Sunday night and go through the numbers properly."
    assert K.NO_NEXT_STEP not in kinds(*_explored(), asked, took_on)
    assert K.NO_NEXT_STEP in kinds(*_explored(), asked, "I'm not sure, honestly. Maybe none.")


def test_their_own_verdict_said_back_word_for_word_is_not_a_judgment() -> None:
    """The verdict is theirs, repeated to show it landed."""
    their = "By the sound. A good setter hears trouble first. That's not in any dashboard."
    found = kinds(their, "That's not in any dashboard. I love that.", "Nineteen years.")
    assert K.JUDGMENT not in found


def test_a_kindly_meant_filing_of_them_is_a_judgment() -> None:
    born = kinds(
        "The figure was wrong, so I corrected it in front of the client.",
        "Of course you did. You're a born engineer: numbers first, and I say that fondly.",
        "I don't think it's numbers first. I just didn't know what else to do.",
    )
    filed = kinds(
        "I work from home on Fridays and eat lunch at my desk.",
        "That makes sense. I'd sort of had you down as a bit of a loner, to be honest.",
        "I'm not, really. Meetings just take a lot out of me.",
    )
    assert born[K.JUDGMENT] == (1,) and filed[K.JUDGMENT] == (1,)


def test_a_what_if_we_fix_the_learner_then_owns_up_to_is_premature() -> None:
    found = kinds(
        "I made thirty slides and nobody looked at them.",
        "Okay, what if we cut the slides and did a one-page handout for the next evening?",
        "Maybe. I'm not sure the slides were the problem.",
        "Fair. I've jumped ahead of myself there. What was going on for you in the room?",
        "I was told to keep to time and not reopen the drainage.",
        "I'm doing it again, aren't I. Fixing it before I've asked you anything.",
        "A little.",
    )
    assert found[K.PREMATURE_ADVICE] == (1,)


def test_leaving_the_mentor_to_read_what_happened_is_no_context() -> None:
    found = kinds(
        "Come in. What do you need?",
        "I'll keep it short, since you've only got half an hour today. It's about the review on "
        "Friday, for the outage on Tuesday. Could you read my timeline before then and do a dry "
        "run with me? I'd really like to get it right.",
        "Whoa, slow down. I want Tuesday first. Your version.",
        "You were on the channel. You probably know it better than I do, honestly. It'd be "
        "quicker if you just read the timeline.",
        "I saw the channel. I want to hear it from you.",
        "Okay. The index I added locked the events table for forty minutes.",
        "Thank you.",
        role=MENTEE,
    )
    assert found[K.NO_CONTEXT] == (1, 3)


def test_what_they_did_told_back_in_their_words_is_not_a_judgment() -> None:
    said = (
        "Last time I had a mentor I told him personal things, and they showed up somewhere "
        "they shouldn't have, in a report."
    )
    told_back = kinds(
        said,
        "You handed somebody something personal and it showed up in a report you never saw.",
        "I suppose. Anyway. The weather, then.",
    )
    weighed = kinds(
        said,
        "You just handed somebody something personal and it showed up in a report.",
        "I suppose. Anyway. The weather, then.",
    )
    assert K.JUDGMENT not in told_back
    assert weighed[K.JUDGMENT] == (1,)


def test_a_closed_question_they_decline_to_follow_shut_the_talk_down() -> None:
    declined = (
        "Career-wise I'm where I am. You know the structure as well as I do. I'd rather leave "
        "that one today, if it's all the same."
    )
    assert bare_answer(declined)
    assert not bare_answer(
        "Career-wise I'm where I am, and I'd like to talk about where I'm going next year."
    )
    found = kinds(
        "You asked me to take the lead and I did.",
        "Were you hoping it was the start of a promotion?",
        declined,
        "Did the new date come from the six-month data?",
        "Yes.",
    )
    assert found[K.CLOSED_QUESTIONS] == (1, 3)


def test_whatever_you_think_left_for_the_mentor_to_make_an_ask_of_is_vague() -> None:
    found = kinds(
        "What can I do for you?",
        "Meridian are about to walk. Could you talk to Marcus and get Gareth's team back on "
        "reminders for two weeks?",
        "No. The engine comes first.",
        "Then what am I supposed to tell them on Thursday?",
        "Okay. What do you want from me, specifically?",
        "Just... whatever you think. Help. I don't know.",
        "I can't do much with 'help'. Come back with a page on Thursday.",
        role=MENTEE,
    )
    assert found[K.VAGUE_ASK] == (5,)
    assert asking_cues.VAGUE_ASK.search("Just... whatever you think. Help.")
    assert not asking_cues.VAGUE_ASK.search("Tell me whatever you think of the draft.")
    assert case_cues.WHAT_IS_ASKED.search("I can't do much with 'help'.")


def test_a_fix_announced_for_both_then_owned_up_to_was_premature_advice() -> None:
    lines = [
        "Nobody asked why the date moved.",
        "Okay, so here's what I think we do. We write the split down today.",
        "We can draw up a chart if you like.",
        "Could we throw some extra instrument time at it, run a couple of weekends?",
        "Weekends won't change it.",
        "You're right. I've gone straight to fixing it. Why three weeks?",
        "The column failed in the second week.",
    ]
    assert K.PREMATURE_ADVICE in kinds(*lines)


def test_a_gap_parked_for_later_or_where_one_stands_told_is_no_advice() -> None:
    parked = kinds(
        "I'm short on contract administration hours. That's the only gap.",
        "Bramley goes to site in the spring, so that's fixable. Can we come back to it at the end?",
        "Yes. Item three, then.",
    )
    told = kinds(
        "I've been looking at other jobs.",
        "Thanks for saying it. Before you say anything else, you ought to know where I stand: "
        "what you tell me here stays with me.",
        "Okay. Thank you.",
    )
    assert K.PREMATURE_ADVICE not in parked and K.PREMATURE_ADVICE not in told


def test_input_on_everything_that_left_the_mentor_asking_is_a_vague_ask() -> None:
    found = kinds(
        "Go on.",
        "The outage was my change. So... yeah. I guess I wanted to get your thoughts on all of it.",
        "That's a big question. What do you actually need from me in the next two days?",
        "Honestly, just any perspective you've got. Whatever you'd think is most useful.",
        "Pick something.",
        "Would you read my timeline tonight and tell me what's wrong with it?",
        "Yes. Send it.",
        role=MENTEE,
    )
    assert found[K.VAGUE_ASK] == (1, 3)


def test_a_summary_half_confirmed_and_a_reflection_taken_as_the_timeline_are_content_only() -> None:
    found = kinds(
        "I opened the outline twice and got as far as the title.",
        "So you opened it twice and got as far as the title.",
        "Yes. That's the timeline. The shadowing day didn't happen either.",
        "What got in the way of the shadowing day?",
        "Mum moved in with us in July, and I went onto nights.",
        "Let me check I've got it all. The outline stalled at the title, the shadowing day didn't "
        "happen, and since July your mum's been with you and you've been on nights. Is that "
        "right?",
        "Mostly, yes. But it's not that I didn't care about it.",
    )
    assert found.get(K.CONTENT_ONLY_REFLECTIONS) == (1, 5), found


@pytest.mark.parametrize(
    "said",
    [
        "It's just, last summer wasn't my fault. The crews only got three structures in.",
        "Okay, that's kind of harsh. I came here for support, not to get lectured about risk.",
    ],
)
def test_a_fault_denied_or_listening_called_a_lecture_is_defending(said: str) -> None:
    assert defending_cues.defends(said)


def test_a_fault_denial_held_up_in_quotes_is_no_defence() -> None:
    said = "I'll put it in plainly, as a fact, not as a 'see, not my fault'. I wrote the migration."
    assert not defending_cues.defends(said)


def test_tried_everything_names_nothing_tried() -> None:
    assert not asking_cues.TRIED.search("I've tried everything, honestly.")
    assert asking_cues.TRIED.search("I've tried calling him twice.")


def test_a_case_asked_for_again_after_a_turn_was_held_back() -> None:
    found = kinds(
        "Come in. What's up?",
        "Dunmore's a first-year audit starting in June, and the in-charge slot is still open on "
        "the staffing sheet. I want you to back me as in-charge on Dunmore at Thursday's panel.",
        "That's plain enough. Four of us on the panel. Tell me what you've done since February.",
        "I know Harlow was late. I'm asking because I think I'm ready for it.",
        "That's a conclusion. Where's the support?",
        "Fair. I've been doing the work. What would you want to see from me?",
        "What have you actually changed? Walk me through it like a workpaper.",
        role=MENTEE,
    )
    assert found[K.NO_CONTEXT] == (5,)


def test_an_account_with_no_question_is_no_vague_ask_whatever_the_mentor_asks_next() -> None:
    found = kinds(
        "So. Where are we?",
        "The question I care about is whether the structures bring amphibians back, and the "
        "survey data can't answer that. Since we talked I've redrawn the timeline, emailed the "
        "ranger district three times and applied for a state grant. The gap is the district.",
        "Huh. Okay. That's more than I got three weeks ago. What do you need from me?",
        "Two specific things: help finding out who's picked up Dale's files at the district, "
        "and a read of my revised timeline before the committee sees it.",
        "Okay. That's a clean ask.",
        role=MENTEE,
    )
    assert K.VAGUE_ASK not in found


def test_a_feeling_of_should_and_owning_the_floor_taken_are_neither_advice_nor_judgment() -> None:
    should = kinds(
        "I got as far as the title and then the blank page.",
        "So nobody's ever shown you a written session plan, and my 'straightforward' made it "
        "feel like you should already know. That one's partly mine too.",
        "I did notice, yes.",
    )
    floor = kinds(
        "I'd expected we'd turn to me at some point.",
        "I'd assumed a monthly coffee, me mostly answering questions. Which, now I say it out "
        "loud, means I spent an hour on the tram extension and you never got a turn.",
        "Well, yes. That's it.",
    )
    assert K.PREMATURE_ADVICE not in should and K.JUDGMENT not in floor


def test_help_hoped_for_that_left_the_mentor_asking_is_a_vague_ask() -> None:
    found = kinds(
        "So what can I do for you?",
        "I've applied for a coordinator post at St. Brendan's. I was hoping you could help me "
        "out with it. However you think is best.",
        "What exactly do you want me to say, and to who?",
        "A reference letter by Wednesday, if you'd write one.",
        "Okay. A letter by Wednesday I can do.",
        role=MENTEE,
    )
    assert found[K.VAGUE_ASK] == (1,)


def test_a_long_account_ending_in_asking_if_you_can_help_left_the_mentor_asking() -> None:
    account = (
        "On Tuesday the nightly release had my migration, a new index on the load events "
        "table. In staging it took three seconds. In production it locked the table for two "
        "hours, so thirty-eight terminals could not scan and the docks went to paper. I saw "
        "the alerts, tried to fix it alone, then paged the on-call engineer, who rolled it "
        "back. Friday at ten is the review, and I have to walk the room through the timeline. "
        "So I wanted to ask if you can help me with Friday."
    )
    found = kinds(
        "Sit down. What's going on?",
        account,
        "That's a lot done already. But help with Friday is a big question. What do you "
        "actually need from me?",
        "Would you read my timeline tonight and mark it up?",
        "Yes. Send it.",
        role=MENTEE,
    )
    assert found[K.VAGUE_ASK] == (1,)
