"""Labels of someone absent, accusations to the listener's face, asks put after a colon or
answering "what is it you need?", a brush-off that is no agreement, and reflections that
only ever repeat facts beside a plan recap."""

from __future__ import annotations

from coach.critique.asking import specific_ask
from coach.critique.defending_cues import defends
from coach.critique.next_step import next_step_agreed
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


def test_an_answer_to_what_is_it_you_need_that_names_a_letter_is_a_specific_ask() -> None:
    lines = (
        "Okay. And what is it you need from me, exactly?",
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
