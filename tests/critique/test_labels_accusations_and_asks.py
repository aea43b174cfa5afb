"""Labels of someone absent, accusations to the listener's face, asks put after a colon or
answering "what is it you need?", a brush-off that is no agreement, and reflections that
only ever repeat facts beside a plan recap."""

from __future__ import annotations

import pytest

from coach.critique.asking import specific_ask
from coach.critique.defending_cues import defends
from coach.critique.next_step import next_step_agreed
from coach.critique.summaries import summaries
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds, session


def test_a_colleague_filed_as_a_kind_of_person_is_a_judgment_the_mentor_pushes_back_on() -> None:
    found = flaw_kinds(
        "Right. Walk me through the release.",
        "The migration went out unreviewed, really. Priya signed it off, and Priya's a bit of"
        " a box-ticker. She approved it in a minute.",
        "Okay. Blaming Priya won't get you far on Friday. What did the lock do?",
        "It stopped writes for forty minutes. She's always been a bit precious about her"
        " reviews, mind you.",
        "I'm not here to talk about whose fault it was. Tell me the times.",
        role=LearnerRole.MENTEE,
    )
    assert FlawKind.JUDGMENT in found
    assert set(found[FlawKind.JUDGMENT]) == {1, 3}


def test_a_former_manager_called_a_bully_is_a_judgment_when_the_mentor_cautions() -> None:
    found = flaw_kinds(
        "Come in. What's this about?",
        "I want the deputy job at Carrow House. The manager I had before here was frankly a"
        " bully, and I want to show I can lead differently.",
        "Careful how you talk about people you may work with again. What do you need?",
        "A reference by Friday, if you're willing, about the rota work I led.",
        "I can do that.",
        role=LearnerRole.MENTEE,
    )
    assert found.get(FlawKind.JUDGMENT) == (1,)


def test_an_accusation_to_their_face_is_a_judgment_but_their_side_said_back_is_not() -> None:
    accused = flaw_kinds(
        "You wanted to talk about the supplier email.",
        "Yes. You went behind my back, and you overstepped. I had the director asking me why.",
        "I copied you in.",
    )
    assert FlawKind.JUDGMENT in accused
    heard = flaw_kinds(
        "You wanted to talk about the supplier email.",
        "Yes. I think from where you sat it looked like I'd said go ahead, and you felt you"
        " went behind no one's back. Is that fair?",
        "That's exactly it.",
    )
    assert FlawKind.JUDGMENT not in heard
    not_rogue = flaw_kinds(
        "So that's the plan.",
        "I'll tell Hanna it came from me, so she hears it as the team asking, not you going"
        " rogue. Does that feel like yours?",
        "Yes. It does.",
    )
    assert FlawKind.JUDGMENT not in not_rogue


def test_feelings_waved_away_are_a_judgment() -> None:
    found = flaw_kinds(
        "I just feel nobody asked me.",
        "Calm down, it's only a date. I'm telling you how it works here.",
        "Right.",
    )
    assert FlawKind.JUDGMENT in found


def test_a_step_accepted_with_fine_and_a_reason_to_leave_is_no_agreement() -> None:
    lines = (
        "You wanted to talk.",
        "I did. How did the date come to move?",
        "The stability data came back early and the client asked.",
        "What would make the next change easier for both of us?",
        "I'd rather have whatever you decide in writing.",
        "Then I'll put it in writing by Friday: every client date goes through me first.",
        "Fine. I've got samples to pull.",
    )
    assert 5 not in next_step_agreed(session(*lines))
    agreed = (*lines[:-1], "Fine. That works for me, and I'll send you the data first.")
    assert 5 in next_step_agreed(session(*agreed))


def test_an_ask_announced_then_put_after_a_colon_is_specific() -> None:
    lines = (
        "Okay. What have you done so far?",
        "A draft of the timeline and an apology to the team. What I'd like from you is"
        " simple: read the timeline, and let me rehearse it with you once before Friday.",
        "Yes, I can do both.",
    )
    assert specific_ask(session(*lines)) == [1]


@pytest.mark.parametrize(
    "asked",
    ["Okay. And what is it you need from me, exactly?", "And what is it you're asking me for?"],
)
def test_an_answer_to_what_is_it_you_need_that_names_a_letter_is_a_specific_ask(
    asked: str,
) -> None:
    lines = (
        asked,
        "Two things. First, a reference letter by the twelfth. Second, an introduction to"
        " the clinic lead, if you know her.",
        "That's a clear ask. Yes to the letter.",
    )
    assert specific_ask(session(*lines)) == [1]


def test_reflections_that_only_repeat_facts_are_named_beside_a_plan_recap() -> None:
    found = flaw_kinds(
        "It's about how the sessions go. I bring a question and we end up on your stories.",
        "So you bring a question, and we end up on my stories instead.",
        "Yes. And you answer before I've finished explaining the problem.",
        "So I answer before you've finished explaining the problem.",
        "Yes. And you told my story at the conference, with my manager's team in the room.",
        "I told your story at the conference with his team there.",
        "Yes. Anyway. Maybe I send my topic the day before, and the first half hour is mine."
        " And if you asked before offering a fix, whether I want ideas or just to think aloud.",
        "Yes to both. So: your topic comes the day before so the hour doesn't drift into my"
        " stories, I ask 'ideas or thinking aloud?' before I answer your problem, and no story"
        " of yours goes to a conference again without your say-so. Have I got that right?",
        "Yes. Thanks.",
    )
    assert found.get(FlawKind.CONTENT_ONLY_REFLECTIONS) == (1, 3, 5)


def test_a_rival_labelled_is_a_judgment_when_told_to_leave_them_out_of_it() -> None:
    found = flaw_kinds(
        "Four votes on the panel, and Linda's leaning to Marco.",
        "Understood. For what it's worth, Marco's a box-ticker. He never asks a question he"
        " doesn't know the answer to.",
        "Leave Marco out of this. I want your case, not his weaknesses.",
        role=LearnerRole.MENTEE,
    )
    assert found.get(FlawKind.JUDGMENT) == (1,)


def test_a_fix_met_with_that_is_the_thing_again_is_premature_advice() -> None:
    found = flaw_kinds(
        "When I start explaining, you have the answer before I've finished.",
        "So my jumping in cuts you off before you've worked it through.",
        "Yes. That's it.",
        "Okay. Then here's what I'll do: I'll count to five before I answer, and you stop me"
        " if I start with 'what I'd do'.",
        "I think that's... kind of the thing again, honestly.",
    )
    assert FlawKind.PREMATURE_ADVICE in found
    assert 3 in found[FlawKind.PREMATURE_ADVICE]


def test_steps_listed_by_who_takes_them_and_checked_are_agreed() -> None:
    lines = (
        "I've told you what I think about the committee and the survey.",
        "What would make the timeline work for you?",
        "Starting the survey in spring, and a stop date of October first in writing.",
        "And what's worrying Judith?",
        "The money. The grant ends in August, and she hasn't said it.",
        "How would we reach the district?",
        "I'll write to Tomás there. Their work plan is set in March.",
        "Then let me pull it together. You: write to Tomás and copy me. Me: answer Tomás the"
        " day your email lands, talk to Judith about the grant, start the survey in spring and"
        " put the October first stop date in the timeline. Have I missed anything?",
        "No, that's it.",
    )
    assert 7 in next_step_agreed(session(*lines))


def test_a_denial_held_up_in_quotes_to_disown_it_is_no_defence() -> None:
    assert not defends("I'll put it in as a fact. Not as 'so it's not my fault', just as it was.")
    assert defends("It wasn't my fault. The check was never built.")
    assert defends("Honestly, I don't think 'sharp' is fair. I asked him twice.")  # one word


def test_plain_reflections_confirmed_as_facts_only_are_content_only_with_one_fewer() -> None:
    found = flaw_kinds(
        "When you said take the lead, I heard it was mine. I read it as a step towards Associate"
        " Principal, and I told Agnieszka that evening and we went out for dinner.",
        "So you read it as a step towards Associate Principal, and you told Agnieszka that"
        " evening and went out for dinner.",
        "Yes. Those are the facts. Anyway. Then your message arrived, on the bus home.",
        "My message arrived after the email went to Ines. What happened for you when it did?",
        "At Bexley I was given the method transfer, the client complained, and the write-up"
        " said I'd acted outside my remit. Your message read the same way.",
        "At Bexley you were given the method transfer, the client complained, and the write-up"
        " said you'd acted outside your remit.",
        "Yes. The runs from the third to the fourteenth are invalid. I re-qualified the column,"
        " and the repeats take three weeks.",
        "So the runs from the third to the fourteenth are invalid, you re-qualified the column,"
        " and the repeats take three weeks.",
        "Clean so far. I haven't raised the deviation for the column yet.",
        "How do you want to handle the deviation?",
        "Properly. Tomorrow.",
    )
    assert found.get(FlawKind.CONTENT_ONLY_REFLECTIONS) == (1, 5, 7)


def test_owning_what_one_never_did_is_no_judgment() -> None:
    found = flaw_kinds(
        "I hope the email didn't read as a complaint.",
        "It didn't. I was glad you asked; I realised I'd been taking the shape for granted and"
        " never checked it with you. What did you picture these sessions being?",
        "Something more regular, I suppose.",
        "And I've never been straight with you about what my seat on the committee does to"
        " these talks. What would make them worth more to you?",
        "That's candid. Let me think.",
    )
    assert FlawKind.JUDGMENT not in found


def test_a_limit_of_ones_own_stated_is_no_self_focus() -> None:
    found = flaw_kinds(
        "Sorry about the messages last night! I finished the plan at one.",
        "I did, and I want to talk about the messages. I've got mocks coming and a four-year-old"
        " who's up at six. When my phone goes at half eleven I either read it and lie awake, or"
        " leave it and feel guilty. Last Sunday there were twenty-three, and I'm running on"
        " empty. That's my limit as a person. What I'm asking is no messages to me after eight.",
        "No, totally fine. Honestly.",
        "I'm still your mentor and I'm not going anywhere. I'll keep Wednesdays, I'll read"
        " everything you bring on a Wednesday, and I'll answer one message in the morning if"
        " something can't wait. After eight, though, my phone goes off and I don't check it.",
        "Okay. That's fair.",
    )
    assert FlawKind.SELF_FOCUS not in found


def test_pulling_together_where_we_have_got_to_is_a_summary() -> None:
    lines = (
        "I'd pictured something regular, like my master's. Tuesdays at nine.",
        "What would regular look like now?",
        "Every two weeks. Thirty minutes. An agenda the day before.",
        "And what's behind the timing?",
        "My contract ends in March. The grant runs out.",
        "Let me pull together where we've got to. You'd pictured something regular, every two"
        " weeks with an agenda, and March is why it can't drift. What would you change?",
        "No, that's it.",
    )
    assert 5 in summaries(session(*lines))


def test_a_step_agreed_then_left_open_is_no_next_step() -> None:
    lines = (
        "Linda signs the report, and she has Marco pencilled in.",
        "What would you need from me before Thursday?",
        "Monday check-ins, and you tell Linda about Harlow yourself before Thursday.",
        "How would the check-ins work?",
        "Twenty minutes every Monday. Anything two days behind comes to me the same day.",
        "So: you put me forward, Monday check-ins of twenty minutes, anything two days behind"
        " goes to you that day, and before Thursday I tell Linda about Harlow myself. Have I"
        " got that right?",
        "Yes. That's it exactly. Linda's out until Wednesday afternoon, so there's one window.",
        "That's a lot to take in. Let me sit with the Linda part tonight and work out how I'd"
        " approach it. I'll let you know where I land.",
        "Hm. Okay. Let me know.",
        "Thanks again for being straight with me.",
        "Alright.",
    )
    found = flaw_kinds(*lines, role=LearnerRole.MENTEE)
    assert found.get(FlawKind.NO_NEXT_STEP) == (7,)
    decided = (
        *lines[:7],
        "Then I'll email Linda tonight for Wednesday afternoon and tell you by Wednesday night"
        " how it went.",
        *lines[8:],
    )
    assert FlawKind.NO_NEXT_STEP not in flaw_kinds(*decided, role=LearnerRole.MENTEE)


def test_ones_own_standing_put_up_against_a_challenge_is_defensive() -> None:
    assert defends("Look, I don't have to be here. I volunteered, on my own time.")
    assert defends("I think I've earned a fair shot before I get lumped in with him.")
    assert not defends("Eight words, no context. I don't think it was fair to you.")


def test_a_step_the_counterpart_names_after_a_pause_is_taken_up_by_saying_it_back() -> None:
    lines = (
        "It's a second interview, Thursday.",
        "What would help before then?",
        "I'm not sure. The money, mostly. Dan and I haven't talked properly.",
        "What would be most useful to do before Thursday?",
        "I think... I go on Thursday and ask them what I care about. And Sunday night I sit"
        " down with Dan and go through the numbers.",
        "That sounds like yours. Thursday with your own questions, Sunday with Dan and the"
        " numbers.",
        "Yeah. It does.",
    )
    assert 5 in next_step_agreed(session(*lines))


def test_asking_where_ones_own_draft_sounds_like_an_excuse_is_no_judgment() -> None:
    found = flaw_kinds(
        "What have you done since?",
        "A four-page timeline and an apology in the channel. So my ask: would you read the"
        " timeline before Friday and tell me where it sounds like an excuse?",
        "Yes. Send it tonight.",
        role=LearnerRole.MENTEE,
    )
    assert FlawKind.JUDGMENT not in found


@pytest.mark.parametrize(
    "opener", ["Can I check I've got the whole of it?", "Can I make sure I've got all of it?"]
)
def test_can_i_check_ive_got_the_whole_of_it_opens_a_summary(opener: str) -> None:
    lines = (
        "I started the outline twice and froze. Nobody's shown me what a good one looks like.",
        "What got in the way?",
        "Nights. And my mum. I've been caring for her since July.",
        "And the email to Gillian?",
        "I thought you'd changed your mind about me when it never came.",
        f"{opener} The outline stalled because nobody showed you a good one, my missing email"
        " felt like I'd lost faith, and since July you've been caring for your mum on nights.",
        "Yes. That's all of it.",
    )
    assert 5 in summaries(session(*lines))


def test_naming_what_i_just_said_is_no_defence() -> None:
    assert not defends("So what I just said about eight o'clock probably landed harder on you.")
    assert defends("I just said it to help, that's all.")


def test_a_feeling_said_back_that_names_the_learner_is_no_self_focus() -> None:
    found = flaw_kinds(
        "Since Shona moved out it's just me in the flat. Your replies are the only grown-up"
        " conversation I get some nights. Which sounds so tragic out loud.",
        "It doesn't sound tragic. It sounds lonely: a quiet flat, a long night, and my blue"
        " ticks being the one bit of company in it. So what I just said about eight o'clock"
        " probably landed a lot harder than it would for someone with a full house.",
        "A wee bit, yeah.",
    )
    assert FlawKind.SELF_FOCUS not in found
    assert FlawKind.DEFENSIVE not in found
