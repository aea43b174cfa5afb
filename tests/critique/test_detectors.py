"""Evidence detectors: each finds the turns that show one thing, and nothing that only looks
like it (a formula, a plan passed off as a summary, a brush-off taken as agreement)."""

from __future__ import annotations

from coach.critique import detectors as d
from coach.critique import step_reactions
from coach.critique.asking import context_given, specific_ask, tried_already
from coach.critique.flaws import no_next_step
from coach.critique.next_step import next_step_agreed
from coach.critique.summaries import summaries, summary_checked
from coach.models import LearnerRole
from tests.critique.conversation import session

OPENING = "I walked that site eleven times and I still got it wrong on the night."
ALDER_STREET = (  # three things told, ready to be summed up
    "The residents were angry about Alder Street.",
    "What happened on the night?",
    "I told them the drainage was already settled.",
    "And what did Margit say beforehand?",
    "Margit told me not to reopen the drainage question.",
)


def test_a_reflection_counts_only_when_it_picks_up_their_words() -> None:
    said = session(
        OPENING,
        "So you walked the site eleven times and it still went wrong on the night.",
        "Yes. It was awful.",
        "I hear you.",
    )
    assert d.reflection(said) == [1]
    assert 3 not in d.exploration(said)  # a formula draws nothing out


def test_a_turn_that_opens_by_denying_their_fear_reassures_rather_than_says_back() -> None:
    fear = "Honestly, my registration. You sign my logbook in April. I haven't slept since Tuesday."
    reassured = session(
        fear,
        "This isn't going in your logbook as a mark against you. What goes in your logbook is "
        "the whole year's work.",
    )
    heard = session(fear, "So the logbook in April has been keeping you up since Tuesday.")
    assert d.reflection(reassured) == []
    assert d.reflection(heard) == [1]


def test_telling_them_back_what_they_said_is_a_reflection_whatever_else_the_coder_reads() -> None:
    told = (
        "In my first job I told my team lead. She was nice about it. A fortnight later I was "
        "taken off the client calls, and spent most of a year on fire-door schedules. Nobody "
        "said it was because of what I had told her. That is why I kept quiet."
    )
    said = session(
        told,
        # the coder reads this as an affirmation alone
        "So the last time you trusted a team lead with this, it quietly cost you the client "
        "calls. That is a real reason, and I am glad you told me.",
        told,
        "So did your team lead ever explain the client calls?",
        told,
        "So you should have told me sooner, and in writing.",
    )
    assert d.reflection(said) == [1]


def test_the_counterparts_name_is_not_an_anchor() -> None:
    said = session("Emre. You wanted to see me.", "Great to see you, Emre! Well done.", name="Emre")
    assert d.affirmation(said) == [] and d.warmth(said) == []


def test_a_summary_gathers_several_turns_and_a_check_or_a_yes_makes_it_checked() -> None:
    said = session(
        *ALDER_STREET,
        "Let me check I've got it: the residents were angry about Alder Street, you told them "
        "the drainage was settled, and Margit had told you not to reopen it. Is that right?",
        "Yes, that's it.",
    )
    assert summaries(said) == [5] and summary_checked(said) == [5]


def test_a_plan_is_not_a_summary() -> None:
    said = session(
        "The residents were angry about Alder Street and the drainage.",
        "Let's fix that. Come to the Alder Street meeting and we'll log the drainage questions.",
        "Okay.",
    )
    assert summaries(said) == []


def test_yes_lets_taking_up_their_own_step_agrees_it_even_as_the_last_word() -> None:
    taken = session(
        OPENING,
        "What do you want to do before the fourteenth?",
        "I think I ask Margit for ten minutes this week. Could I practise it with you? I'll send "
        "you the plan by Monday.",
        "Yes. Let's book half an hour on Tuesday to practise.",
    )
    assert next_step_agreed(taken) == [3]


def test_a_next_step_needs_a_concrete_step_and_a_real_yes() -> None:
    agreed = session(OPENING, "Shall we meet next Wednesday to go through the plan?", "Deal.")
    brushed = session(
        OPENING, "I'll send you the link next week.", "Sure. I'll put it on the list."
    )
    vague = session(OPENING, "Just drop me a line whenever you're ready.", "Okay.")
    asked_back = session(
        OPENING, "Let's meet next week.", "Okay. But should I still do the outline?"
    )
    assert next_step_agreed(agreed) == [1]
    assert next_step_agreed(brushed) == next_step_agreed(vague) == []
    assert next_step_agreed(asked_back) == []


def test_a_concrete_step_put_to_try_out_is_agreed_but_a_wait_and_see_is_not() -> None:
    tried = session(
        OPENING,
        "Will you send the first one tomorrow, before school, and we'll see how it feels?",
        "Yeah. One in the morning, the rest for Wednesday.",
    )
    waited = session(OPENING, "Let's leave it for now and we'll see how it feels.", "Okay.")
    assert next_step_agreed(tried) == [1]
    assert next_step_agreed(waited) == []


def test_a_step_the_counterpart_takes_on_itself_or_that_the_learner_takes_up_is_agreed() -> None:
    own = session(
        OPENING,
        "Then forty minutes it is. Two weeks, three o'clock?",
        "I'll bring last week's OEE report. Three o'clock, after shift.",
    )
    taken = session(
        OPENING,
        "How would you want to catch it when I slip?",
        "I'll bring my questions written down next time.",
        "Deal. Your questions first.",
        "Good.",
    )
    thanked = session(
        OPENING,
        "I'll find a slot with Margit on Monday and send it to you both.",
        "Thank you. That means more than you probably think.",
    )
    assert next_step_agreed(own) == [1] and next_step_agreed(taken) == [3]
    assert next_step_agreed(thanked) == [1]
    # Not a step: news the counterpart is about to tell, or a promise after an apology.
    told = session(
        OPENING,
        "What am I missing about how the team sees it?",
        "I'm going to tell you something you won't enjoy.",
    )
    forward = session(
        OPENING,
        "I should have flagged it sooner. That's on me.",
        "Okay. I'll put your name forward Thursday.",
    )
    assert next_step_agreed(told) == next_step_agreed(forward) == []


def test_a_boundary_said_plainly_and_held_after_pushback() -> None:
    said = session(
        "Can I message you tonight about the plan?",
        "I'm switching off for school things at eight on weeknights.",
        "But I only finish planning at one.",
        "I hear that, and I'm still off after eight; send it and I'll read it in the morning.",
    )
    assert d.boundary_stated(said) == [1, 3] and d.boundary_held(said) == [3]


def test_a_boundary_put_as_a_question_or_a_limit_reached_is_stated() -> None:
    said = session(
        "Sorry for the one a.m. message again.",
        "Thing is, the late messages are getting a lot for me. Could we keep WhatsApp to before "
        "eight?",
        "Sorry. I'll stop.",
        "You don't have to stop completely. Just not at midnight.",
        "Okay.",
    )
    assert d.boundary_stated(said) == [1, 3]
    chat = session("Sorry for the late message.", "No problem. How did the lesson go?", "Fine.")
    assert d.boundary_stated(chat) == []


def test_power_confidentiality_and_ownership_are_read_in_the_words() -> None:
    said = session(
        "I've brought the update.",
        "This year I'm your mentor and I also sit on the partnership committee.",
        "Okay.",
        "What you tell me here stays between us.",
        "Right.",
        "The email never went; that's on me.",
    )
    assert d.power_named(said) == [1]
    assert d.confidentiality(said) == [3]
    assert d.ownership(said) == [5]


def test_a_mentees_context_ask_and_what_they_tried() -> None:
    good = session(
        "What's on your mind?",
        "It's Meridian. SMS reminders were promised this quarter and have slipped twice since "
        "the March outage, and their ops director has asked for a call on Thursday.",
        "I see.",
        "I've asked Gareth twice for a date. My specific ask is this: could you join the first "
        "fifteen minutes of Thursday's call?",
    )
    bare = session(
        "What's on your mind?",
        "I've got a specific ask: could you join Thursday's call?",
        "What's happened?",
        "I'd rather not go into the back story.",
    )
    assert context_given(good) == [1, 3] and context_given(bare) == []
    assert specific_ask(good) == [3] and tried_already(good) == [3]


def test_an_account_that_ends_asking_for_a_nod_is_context() -> None:
    told = session(
        "What's on your mind?",
        "I saw a posting at St. Brendan's, a coordinator job with a new program for heart-failure "
        "patients going home, and I'd be leading a team, and I just thought, I have to at least "
        "try, right? So I applied. Would you be a reference?",
        "Okay.",
    )
    asked = session(
        "What's on your mind?",
        "Is it a coordinator job at St. Brendan's you think I should go for, leading a team and "
        "following heart-failure patients home, or should I stay put and keep my panel, right?",
        "Okay.",
    )
    felt = session(
        "What's on your mind?",
        "Hi! So, I've been thinking I'm ready for something bigger, you know? I feel like I've "
        "kind of plateaued as staff, and I'd love any opportunities to lead, honestly.",
        "Okay.",
    )
    assert context_given(told) == [1] and context_given(asked) == context_given(felt) == []


def test_particulars_are_context_whatever_the_coder_read_but_the_mentors_name_is_not() -> None:
    # Short sentences of names, numbers and days the coder can read as formulas or chat.
    told = session(
        "Come in, what's this about?",
        "Thanks, Loretta. It's the coordinator post at St. Brendan's that I applied for on "
        "Monday. Interviews start on the 14th. The hiring manager is Curtis Bell. References "
        "are due Wednesday.",
        "Go on.",
    )
    greeted = session(
        "Come in, what's this about?",
        "Thanks so much, Loretta, I really appreciate you, Loretta. Honestly, Loretta. Thank "
        "you, Loretta, it means a lot. You're the best, Loretta, truly.",
        "Go on.",
        name="Loretta Hayes",
    )
    assert context_given(told) == [1]
    assert context_given(greeted) == []


def test_a_step_taken_on_alone_is_not_agreed() -> None:
    def agreed(reply: str) -> list[int]:
        return next_step_agreed(
            session(
                "I cancelled again and the outline isn't done.",
                "What got in the way?",
                "Nights, mostly. And I froze on the format.",
                "So nights and not knowing the format. Send me the outline by Friday?",
                reply,
            )
        )

    assert agreed("Yes. I'll send it Friday, and I'll ask you about the format.") == [3]
    assert agreed("Yes. I'll deal with it on my own.") == []


def test_help_to_find_someone_named_is_a_specific_ask_but_help_to_find_something_is_not() -> None:
    def ask(said: str) -> list[int]:
        return specific_ask(session("What's on your mind?", said, "Okay."))

    assert ask(
        "Nobody answers at the district. So here's the ask: would you be willing to help me "
        "find a contact at the district who could get my structures on the work plan?"
    ) == [1]
    assert ask("I've been stuck lately and I was hoping you could help me find something?") == []
    assert ask("So here's what I'm asking: a reference letter from you by Wednesday.") == [1]


def test_a_step_they_name_when_asked_what_they_want_to_do_is_agreed() -> None:
    coded = session(
        "What's on your mind?",
        "The consultation evening went badly.",
        "It did.",
        "So the room got loud and the plain words went.",
        "Yes.",
        "What do you want to do before the fourteenth?",
        "I'll rework the fourteenth around tables and send you the plan by Monday.",
    )
    assert next_step_agreed(coded) == [5]


def test_an_opening_promise_is_not_an_agreed_next_step() -> None:
    coded = session(
        "Sorry I'm two minutes late. Could you look at my plan?",
        "No bother. I will look at it, I promise. Before we do, can we talk about the messages?",
        "Okay, sure.",
        "What's it like for you when you send them after eleven?",
        "Honestly, it's the only time I get to it.",
        "So the evenings are when the planning finally happens.",
        "Yes, that's it.",
    )
    assert next_step_agreed(coded) == []


def test_a_statement_of_ones_own_position_is_not_a_summary() -> None:
    coded = session(
        "I'd hoped you might look at my work and mention my name to Farah's team.",
        "What were you hoping to get from these sessions?",
        "An honest read on whether I'm good enough, and someone to say my name to Farah.",
        "And on Farah's team: I can't promise you a job. What I can do is review your work "
        "honestly, and if I think you're ready, tell Farah myself. Okay?",
        "Okay.",
    )
    assert summaries(coded) == []


def test_a_vague_promise_the_counterpart_resigns_itself_to_is_not_an_agreed_step() -> None:
    coded = session(
        "I wasn't sure you'd want to talk to me after the email.",
        "What made you send it when you did?",
        "I thought you'd say no.",
        "So you expected a no and went ahead to save time.",
        "Yes. That's it.",
        "We'll work all that out later, don't worry. No rush today.",
        "Right. Fine. I suppose I'll wait to hear, then.",
    )
    assert next_step_agreed(coded) == []


def test_an_ask_is_specific_by_what_it_asks_not_by_a_day_named_beside_it() -> None:
    plea = session(
        "What's happened?",
        "They want a call on Thursday and might not renew. Can you just sort it out with them?",
        "I won't lean on Gareth for you.",
        "Could you be on Thursday's call and back me up on the timeline?",
    )
    assert specific_ask(plea) == [3]
    helped = session("What's on your mind?", "Everything's on fire with Meridian. Can you help?")
    assert specific_ask(helped) == []
    hoping = session(
        "What were you hoping for?",
        "I guess I was hoping you could at least ask Marcus if there's any wiggle room?",
    )
    assert specific_ask(hoping) == [1]
    # Someone handed over, with nothing of what for; not the same ask with its purpose.
    handed = session("What have you tried?", "I've asked him loads. Can you talk to him?")
    assert specific_ask(handed) == []
    purposed = session(
        "What have you tried?", "Could you talk to Gareth with me about a date before Thursday?"
    )
    assert specific_ask(purposed) == [1]


def test_a_mentees_own_steps_with_a_time_are_a_plan_the_mentor_agrees() -> None:
    said = session(
        "What's on your mind?",
        "Meridian. They want a date on Thursday and I don't have one.",
        "Don't walk in with a date you don't own.",
        "Understood. Could you join the first fifteen minutes of the call?",
        "Yes, I can do that.",
        "I'll see Gareth first thing, then send you the one-pager by four tomorrow.",
        "Good. I'll block the fifteen minutes now.",
    )
    assert 5 in next_step_agreed(said)


def test_a_plan_put_time_first_and_checked_in_a_word_is_a_step_and_a_summary() -> None:
    agreed = session(
        "What's on your mind?",
        "The outage review on Friday. I want to get it right.",
        "Send me the timeline tonight and talk to Owen in person.",
        "Okay. I'll be straight with you, I've been avoiding Owen.",
        "Walk over to his desk. Not a chat message.",
        "So: the timeline to you tonight. Tomorrow morning I go find Owen at his desk. Thursday "
        "at four we run it once. Does that match?",
        "Good. Send me that draft tonight. See you Thursday at four.",
    )
    assert 5 in next_step_agreed(agreed)
    advice_said_back = session(
        "What's on your mind?",
        "The outage review on Friday. I want to get it right.",
        "Own it in one sentence, then the times. And I can't back you up in the room.",
        "I thought you might say that.",
        "Put Memphis in plainly.",
        "Can I check I've got it? The review's one sentence owning it, then the times, with "
        "Memphis in plainly. You can't back me up in the room, so whatever help I get is before "
        "Friday. Right?",
        "Right. And get some sleep.",
    )
    assert next_step_agreed(advice_said_back) == []


def test_a_step_with_no_time_at_all_is_not_agreed() -> None:
    def closing(step: str) -> list[int]:
        return next_step_agreed(
            session(
                "What's on your mind?",
                "The timeline for Friday's review.",
                "Then rework it with all of this and send it to me.",
                "Okay. That makes sense.",
                "The catch is timing. After Thursday I can't coach you.",
                step,
                "Okay.",
            )
        )

    assert closing("Understood. I'll send it by four tomorrow.") == [5]
    assert closing("Understood. I'll get it to you as soon as I can.") == []
    assert closing("I'll send it once it's in better shape, and find a moment with Owen.") == []


def test_a_formula_is_no_specific_feedback_and_soon_is_no_step() -> None:
    said = session(
        "I am holding up. I did not see the email until this morning. I know the evenings did "
        "not go well.",
        "These things happen every time to everyone. I'm here for you.",
        "Twice I told residents the flooding was already settled.",
        "At both evenings you told residents it was settled, and two of them walked out.",
        "Yes.",
        "Well, my door's always open, you know that. Let's check in again soon, yeah?",
        "Okay. Thank you for your time.",
    )
    assert d.feedback_specific(said) == [3]
    assert next_step_agreed(said) == []


def test_a_day_told_of_is_no_plan() -> None:
    def closing(said: str) -> list[int]:
        return next_step_agreed(
            session(
                "I know the evenings did not go well.",
                "What happened at the second one?",
                "Twice I told residents the flooding was already settled.",
                "That took courage to say.",
                "It did.",
                said,
                "Yes.",
            )
        )

    assert closing("On Tuesday you told the residents it was settled, and two walked out.") == []
    assert closing("Shall we meet on Tuesday and plan the third evening?") == [5]


def test_an_argument_draws_nobody_out_whatever_words_it_picks_up() -> None:
    said = session(
        "And there's something about how your messages to engineering are landing.",
        "If this is about me messaging his engineers, someone had to.",
        "I'd be careful saying that outside this room.",
        "Careful how? What did it look like from where you sat?",
    )
    assert 1 not in d.exploration(said)
    assert 3 in d.exploration(said)


def test_asking_to_be_told_what_to_do_draws_nobody_out() -> None:
    said = session(
        "Don't walk in with a date you don't own.",
        "Anyway, Thursday. What should I say? Just tell me what to say and I'll say it.",
        "What do you want Thursday to achieve?",
        "What would you do in my place, with a customer this angry?",
    )
    assert 1 not in d.exploration(said)
    assert 3 in d.exploration(said)


def test_a_confirmed_summary_followed_by_what_will_you_do_is_not_an_agreed_step() -> None:
    said = session(
        "I'll put your name forward if you meet me every Monday and tell Linda yourself.",
        "What would the Mondays look like?",
        "Twenty minutes, and anything two days behind comes to me the same day.",
        "And Linda?",
        "Before Thursday. That part isn't optional.",
        "So: my name goes forward, Mondays for twenty minutes, and I tell Linda before "
        "Thursday. Is that right?",
        "Right. You've got all of it. So what are you going to do before Thursday?",
        "Let me see how the week goes, I've got fieldwork too.",
        "Okay.",
    )
    assert next_step_agreed(said) == []


def test_a_summary_that_opens_with_its_check_is_checked() -> None:
    said = session(
        *ALDER_STREET,
        "Can I check I've got it all? The residents were angry about Alder Street, you told "
        "them the drainage was settled, and Margit had told you not to reopen it.",
        "Mm. And the second evening was worse.",
    )
    assert summary_checked(said) == [5]


def test_a_step_said_as_a_bare_verb_when_asked_what_you_will_do_is_a_next_step() -> None:
    lines = [
        OPENING,
        "That sounds like it's still with you.",
        "It is. What are you going to do about the Alder Street residents?",
    ]
    own = session(*lines, "Go and see Margit first, in person.", "Exactly.")
    advice = session(
        OPENING,
        "That sounds like it's still with you.",
        "It is. I keep replaying it.",
        "Go and see Margit first, in person.",
        "Exactly.",
    )
    assert next_step_agreed(own) == [3] and next_step_agreed(advice) == []


def test_a_plan_ending_in_deal_draws_nobody_out() -> None:
    said = session(OPENING, "So what I'll do is keep my stories shorter, and you speak up. Deal?")
    assert d.exploration(said) == []


def test_a_mentees_ask_named_as_such_is_specific_whatever_else_the_turn_does() -> None:
    said = session(
        "Go on, what's on your mind?",
        "Gareth's team got pulled onto the engine after the outage. I've written a cut-down "
        "plan. So my ask is two things, specifically: would you join the first part of "
        "Thursday's call, and what should I say when they ask for a date?",
    )
    assert specific_ask(said) == [1]


def test_a_checked_summary_that_names_a_day_is_not_an_agreed_step() -> None:
    said = session(
        "The job changed in January and the money's a worry.",
        "What's been hardest?",
        "There's a second interview on Thursday and no one here knows.",
        "Let me check I've understood. The job changed in January, the money's a worry, and "
        "there's a second interview on Thursday no one here knows about. Have I got that right?",
        "Yeah, that's it. So what do I do with all that before Thursday?",
    )
    assert summary_checked(said) == [3] and next_step_agreed(said) == []


def test_a_short_unchecked_gathering_is_a_reflection_not_a_summary() -> None:
    lines = [
        "I came into housing because an officer sat at our kitchen table when I was fourteen.",
        "What happened in March?",
        "In March I signed off thirty-eight notices in one batch and said nothing in the meeting.",
        "And how has the job felt since the hub?",
        "Since the hub it's all dashboards, and the kitchen table feels a long way off.",
    ]
    short = session(
        *lines,
        "A housing officer at your kitchen table is why you're here, and in March you signed "
        "off thirty-eight notices and said nothing. No wonder it feels a long way off.",
    )
    checked = session(
        *lines,
        "A housing officer at your kitchen table is why you're here, and in March you signed "
        "off thirty-eight notices and said nothing. Have I got that right?",
    )
    assert summaries(short) == [] and summaries(checked) == [5]


def test_taking_up_the_counterparts_own_proposal_is_a_next_step() -> None:
    lines = [
        OPENING,
        "That sounds like it's still with you.",
        "It is. Could we start each session with ten minutes of my questions, before anything?",
    ]
    taken = session(*lines, "Yes to that. Your questions first, every time.", "Thank you.")
    ignored = session(*lines, "Hm. Anyway, about the reports.", "Okay.")
    assert next_step_agreed(taken) == [3] and next_step_agreed(ignored) == []


def test_the_counterparts_own_steps_said_back_as_settled_are_a_next_step() -> None:
    lines = [
        OPENING,
        "That sounds like it's still with you.",
        "It is.",
        "With Thursday coming up, what would be useful to you between now and then?",
        "I think I go on Thursday and ask them the questions I care about. And I need to talk "
        "to Dan properly. Sunday night, with the numbers.",
    ]
    said_back = session(*lines, "Thursday with your questions, Sunday night with Dan.", "Yes.")
    asked_on = session(*lines, "Thursday and Dan? What about the money side?", "Hm.")
    elsewhere = session(*lines, "Fair enough. Anyway, the ops board.", "Right.")
    assert next_step_agreed(said_back) == [5]
    assert next_step_agreed(asked_on) == next_step_agreed(elsewhere) == []


def test_a_checked_summary_of_a_plan_is_a_step_but_one_of_what_happened_is_not() -> None:
    lines = [*ALDER_STREET, "What would help before the next evening?", "Some plain words."]
    plan = session(
        *lines,
        "Let me check I've got it. Margit told you not to reopen the drainage, the residents "
        "were angry about Alder Street, so next week you'll try plain words and we'll check "
        "after the evening. Have I got that right?",
        "Yes. That's exactly it.",
    )
    recount = session(
        *lines,
        "Let me check I've got it. Margit told you not to reopen the drainage, the residents "
        "were angry about Alder Street, and you told them it was already settled. Have I got "
        "that right?",
        "Yes. That's exactly it.",
    )
    assert summaries(plan) == [7] and summaries(recount) == [7]
    assert next_step_agreed(plan) == [7] and next_step_agreed(recount) == []


def test_approving_how_a_sentence_is_said_is_not_agreeing_a_step() -> None:
    lines = [*ALDER_STREET, "Can I try how I'd open on the night?", "Go on."]
    rehearsed = session(
        *lines, "I'll open with: I was told to hold that line, and I said it too hard.",
        "Good. That's exactly how to say it.",
    )  # fmt: skip
    agreed = session(
        *lines, "I'll send you a plan for the evening by Monday.", "Good. Monday works."
    )
    assert next_step_agreed(rehearsed) == [] and next_step_agreed(agreed) == [7]
    assert step_reactions.WORDING.search("Good. That's exactly how to say it.")
    assert not step_reactions.WORDING.search("Good. Monday works.")


def test_a_checked_summary_naming_when_we_meet_next_is_a_step() -> None:
    lines = [*ALDER_STREET, "What would help?", "Going through the model with someone."]
    plan = session(
        *lines,
        "Let me check I've got it. Margit told you not to reopen the drainage, the residents "
        "were angry, and the model is what would help. We meet here at three. Next one in two "
        "weeks. Is that right?",
        "Yeah. That's right.",
    )
    assert next_step_agreed(plan) == [7]


def test_the_counterparts_own_steps_taken_up_hold_despite_a_vague_follow_up() -> None:
    lines = [
        OPENING,
        "That sounds like it's still with you.",
        "It is.",
        "Then what would you want to happen with any of it?",
        "I'll put the last two calls down on paper, and I'll log the training time from Monday.",
    ]
    taken = session(*lines, "Good. That's what we'll do. Same time next month.", "Thanks.")
    vague = session(*lines, "Hm. Same time next month, then.", "Okay.")
    # asked what should happen, they took on steps of their own (turn 3); "Good. That's what
    # we'll do" takes them up (turn 5), "Hm. Same time next month" does not
    assert next_step_agreed(taken) == [3, 5] and next_step_agreed(vague) == [3]


def test_a_plan_put_with_does_that_work_and_taken_on_is_a_step() -> None:
    lines = [*ALDER_STREET, "What would help before the next evening?", "Some plain words."]
    put = "So: your question first, I ask before I offer ideas, and the notes stay ours."
    works = session(*lines, f"{put} Does that work?", "Yes. I'll bring my question written down.")
    told = session(*lines, put, "Yes. I'll bring my question written down.")
    assert next_step_agreed(works) == [7] and next_step_agreed(told) == []


def test_asking_when_a_step_will_happen_answered_with_a_time_and_a_step_is_agreed() -> None:
    lines = [*ALDER_STREET, "What would help before the next evening?", "A talk with Dan."]
    asked = session(
        *lines, "When would the Dan conversation happen?", "Sunday. I'll get the spreadsheet out."
    )
    past = session(
        *lines, "When did the Dan conversation happen?", "Sunday. I'll get the spreadsheet out."
    )
    assert next_step_agreed(asked) == [7] and next_step_agreed(past) == []


def test_the_learner_fixing_a_step_the_counterpart_put_to_them_agrees_it() -> None:
    meant = session(
        OPENING,
        "What would make these sessions worth your while?",
        "If you meant that about the notes, maybe you sit with me on the report. Line by line.",
        "I meant it. Two weeks from today, three o'clock, this room. I'll bring coffee.",
    )
    got_it = session(
        OPENING,
        "So I send you the posting tonight?",
        "Yes. I'll have the letter to you Tuesday night, so you can read it first.",
        "Tuesday night, got it. Thank you.",
    )
    assert next_step_agreed(meant) == [3]
    assert next_step_agreed(got_it) == [3]


def test_a_plan_checked_for_gaps_and_answered_nope_is_agreed() -> None:
    said = session(
        OPENING,
        "What would help most now?",
        "A contact at the district, honestly.",
        "Let me make sure we leave with the same list. You email Tomas tonight and copy me. "
        "I send you the timeline by Friday. Anything I missed?",
        "Nope. That's all of it.",
    )
    assert next_step_agreed(said) == [3]


def test_one_item_left_to_think_about_in_a_concrete_plan_is_no_vague_plan() -> None:
    plan = (
        "So you'll write the reference and call Curtis on Monday. I'll send you the posting "
        "tonight. I'll get my notes caught up by Friday. And the supervisor line, I'll think "
        "about it properly. Did I miss anything?"
    )
    concrete = session(
        OPENING, "What happens next?", "A reference, if you'll write it.", plan, "No."
    )
    vague = session(
        OPENING,
        "What happens next?",
        "A reference, if you'll write it.",
        "I'll think about it properly and get back to you.",
        "Okay.",
    )
    assert next_step_agreed(concrete) == [3]
    assert next_step_agreed(vague) == []


def test_a_step_the_counterpart_takes_on_when_answering_is_its_own() -> None:
    said = session(
        OPENING,
        "What do I do first?",
        "Call two of the supervisors and thank them.",
        "I'll call two supervisors tomorrow afternoon. Which terminals had it worst?",
        "Toledo and Gary. Ask for the day supervisors. I'll mark up your timeline by noon.",
    )
    assert next_step_agreed(said) == [3]


def test_asking_to_be_backed_or_sponsored_at_a_named_meeting_is_a_specific_ask() -> None:
    backed = session(
        "Come in. What's up?",
        "I'm asking you to back me at Thursday's panel, to put my name forward on Dunmore.",
        "Okay. That's a clear ask.",
    )
    sponsored = session(
        "Come in. What's up?",
        "My ask, specifically: will you sponsor me at Thursday's panel for in-charge on Dunmore?",
        "Okay.",
    )
    plea = session("Come in. What's up?", "Can you help me out with the panel thing?", "With what?")
    assert specific_ask(backed) == [1] and specific_ask(sponsored) == [1]
    assert specific_ask(plea) == []


def test_a_no_to_whether_the_plan_steamrollered_them_agrees_it() -> None:
    said = session(
        OPENING,
        "What would help?",
        "Maybe I save the messages up and send them once, in the morning?",
        "Both good. So one message in the morning and the rest for Wednesday. Will you ring "
        "your GP this week? Does that sound doable, or have I steamrollered you?",
        "No, it's doable. I'll ring the GP on Friday.",
    )
    assert next_step_agreed(said) == [3]


def test_a_no_to_whether_the_learner_made_the_plan_theirs_owns_it() -> None:
    def ending(answer: str) -> list[int]:
        return next_step_agreed(
            session(
                OPENING,
                "What would help?",
                "Maybe I ask Margit for ten minutes about the corner.",
                "So: tables on the fourteenth, and Margit this week. Is that your plan, or have I "
                "just made it mine?",
                answer,
            )
        )

    assert ending("No, it is mine. I'll ask Margit for ten minutes this week.") == [3]
    assert ending("No. I'm not doing any of that.") == []


def test_saying_what_stays_private_and_the_seat_one_holds_are_found() -> None:
    said = session(
        "Before I say more: you sit on the ops board with Graham.",
        "Yes, I sit on the ops leadership team with Graham. What you tell me stays with me. "
        "I won't mention it to Graham, and who knows, and when, is your call.",
        "Okay.",
    )
    assert d.confidentiality(said) == [1] and d.power_named(said) == [1]
    vague = session("Before I say more: you know Graham.", "I know Graham, yes. Go on.", "Okay.")
    assert d.confidentiality(vague) == [] and d.power_named(vague) == []


def test_a_fault_denied_or_an_excuse_is_no_ownership() -> None:
    said = session(
        "Harlow was late, you know that.",
        "Okay, but Harlow honestly wasn't my fault. Jess was out and nobody told me.",
        "Hm.",
        "It was a crazy week, and I didn't want to bother her.",
        "And now?",
        "You're right. I didn't flag it, and that was my mistake.",
    )
    assert d.ownership(said) == [5]


def test_asking_to_be_told_which_to_go_for_draws_nobody_out() -> None:
    said = session(
        "Come in. What's up?",
        "So, the panel. I'm looking for something bigger. What do you think I should go for?",
        "Depends what you want.",
        "What would you want to see from me before Thursday?",
        "Honesty, mostly.",
    )
    assert d.exploration(said) == [3]


def test_i_would_like_you_to_sponsor_me_is_a_specific_ask() -> None:
    asked = session(
        "Come in. What's up?",
        "Sorry. I'd like you to sponsor me at the panel. For in-charge on Dunmore.",
        "Okay.",
    )
    helped = session("Come in. What's up?", "I need you to help me with the panel.", "With what?")
    assert specific_ask(asked) == [1]
    assert specific_ask(helped) == []


def test_a_plan_checked_for_changes_or_words_put_in_their_mouth_and_answered_no_is_agreed() -> None:
    def ending(check: str, answer: str) -> list[int]:
        return next_step_agreed(
            session(
                OPENING,
                "What would help?",
                "Maybe the report, line by line. After shift, not upstairs.",
                f"So: every two weeks, here, three o'clock, and we go through it. {check}",
                answer,
            )
        )

    said = "No. That works. I'll bring last week's report."
    assert ending("Anything in that you'd change?", said) == [3]
    assert ending("Anything I've put in your mouth that isn't yours?", "No, that is mine.") == [3]
    assert ending("Anything in that you'd change?", "No, but I'm not coming every week.") == []


def test_yes_to_the_counterparts_own_step_asked_as_a_question_agrees_it() -> None:
    said = session(
        OPENING,
        "What would help?",
        "Could I prepare three plain sentences for when the room gets loud, and practise them "
        "with you before the fourteenth?",
        "Yes. Bring them Wednesday at four and we'll run them until they're boring.",
    )
    assert next_step_agreed(said) == [3]
    assert step_reactions.TAKES_UP.match("Yes, but not this week.") is None


def test_a_day_things_come_out_is_no_plan() -> None:
    said = session(
        OPENING,
        "What happened with Gareth?",
        "Marcus says your messages to Gareth have got sharp.",
        "That's fair, and I'd rather hear it from you than find out on Thursday. That's mine to "
        "put right with him.",
        "Good. And since you've been straight with me: there's a restructure coming.",
        "Can I have a think and come back to you?",
        "Don't leave it long.",
    )
    assert next_step_agreed(said) == []


def test_the_counterparts_own_steps_said_back_in_a_later_sentence_are_agreed() -> None:
    said = session(
        OPENING,
        "What would you want to have done before Thursday?",
        "I think go on Thursday and ask them the things I care about. And before our next "
        "session I'll write two lists and bring them.",
        "That's a good week's work, and it's yours. Ask them on Thursday, and the two lists "
        "next session. Anything else you want from me?",
        "No. Thank you.",
    )
    assert next_step_agreed(said) == [3]


def test_a_step_of_their_own_put_time_first_taken_up_with_deal_is_agreed() -> None:
    said = session(
        OPENING,
        "If these meetings were worth forty minutes to you, what would they be for?",
        "If you mean it about the notes, next time I bring last week's OEE report and we go "
        "through it.",
        "Deal. Two weeks, three o'clock, down here. You bring the report, I bring coffee.",
    )
    assert next_step_agreed(said) == [3]


def test_two_asks_named_as_such_are_a_specific_ask() -> None:
    said = session(
        "Come in. What's up?",
        "St. Brendan's is hiring a coordinator and references are due next Wednesday. So I've "
        "got two asks: a reference from you by Wednesday, and an introduction if you know anyone.",
        "Okay. That's a straight ask.",
    )
    assert specific_ask(said) == [1]


def test_an_agreed_name_for_it_takes_up_the_counterparts_own_steps() -> None:
    said = session(
        OPENING,
        "How would you want to flag it if I start slipping back?",
        "Maybe a code word. 'Sticky note.' I'll come with my question written down and start us "
        "off.",
        "'Sticky note' it is. And after the next two, let's take five minutes to look at it.",
    )
    assert next_step_agreed(said) == [3]
    assert step_reactions.TAKES_UP.match("That's how it is.") is None


def test_a_reminder_is_no_brush_off_and_a_later_before_leaves_nothing_open() -> None:
    talk = session(
        "Come in. What do you need?",
        "A reference for Home Bridge, and your read on my documentation.",
        "A reference. Tell me about the job.",
        "It's a coordinator post leading four health workers, and the interview is next week.",
        "I'll write it. Your notes are a third late, though. Get them in before he asks.",
        "That's fair. Then I'll have every note from last month in by Monday, and I'll show you"
        " before you call him.",
        "That's right. Write that down before you forget it.",
        "Thank you. I'll send you the posting tonight.",
        "There's a post here I've been pushing for, with your name on it.",
        "I didn't know. I'll think about it properly, and I'll come to you before I decide.",
        "Good. Send me that posting tonight.",
    )
    assert 5 in next_step_agreed(talk)
    assert no_next_step(talk, LearnerRole.MENTEE) is None


def _agreeing(step: str, reply: str) -> list[int]:
    return next_step_agreed(
        session(
            "Thanks for making time. I wanted to talk about the client meeting.",
            "Of course. What happened from where you sat?",
            "You corrected me in front of them, and I felt small.",
            "So it landed as being shown up in front of the client. What would help?",
            "An agenda beforehand, and corrections in private.",
            step,
            reply,
        )
    )


def test_a_step_agreed_with_more_on_it_or_after_noted_is_agreed() -> None:
    plan = "Let's do that: I'll send an agenda before every meeting, starting with Thursday's."
    assert _agreeing(plan, "Noted. Thank you. I'll reply by the end of the day.") == [5]
    assert _agreeing(plan, "That would work. Could we check in after two meetings?") == [5]
    assert _agreeing(plan, "No, that works. I'll bring the drawings on Thursday.") == [5]
    assert _agreeing(plan, "Why would that change anything?") == []
    assert _agreeing(plan, "No. I don't see the point.") == []


def test_a_checked_summary_of_steps_from_monday_confirmed_is_agreed() -> None:
    summed = (
        "Then here's what I think we've agreed. From Monday the training time goes down as"
        " non-chargeable, and you bring me the notes of the last two calls. Have I got that"
        " right?"
    )
    assert _agreeing(summed, "That's right. All of it.") == [5]


def test_their_own_promised_step_said_back_as_settled_is_agreed() -> None:
    talk = session(
        "Denise said be here at three.",
        "Thanks for coming straight from the floor. What's happening on press nine?",
        "Short shots all week. Nobody asked me.",
        "So you've got a diagnosis and nobody came to you. What would these meetings be for?",
        "Maybe you show me the OEE report. I'll bring last week's OEE report next time."
        " Three o'clock, after shift.",
        "Three o'clock, after shift, here. Last week's OEE report, line by line.",
    )
    assert 5 in next_step_agreed(talk)


def test_a_fair_summary_agrees() -> None:
    summed = (
        "Let me check I've got all of it. You'll put my name forward on Thursday if I've"
        " talked to Linda by Wednesday night, and tonight I'll email her assistant for a slot."
        " Have I got that right?"
    )
    assert _agreeing(summed, "That's a fair summary. Put it in an email to me tonight.") == [5]


def test_what_the_programme_gets_and_no_notes_explain_confidentiality() -> None:
    talk = session(
        "Denise said to be here at three, so here I am.",
        "The program gets one thing from me: the dates we met. I don't take notes, not today,"
        " not ever. Nothing goes to Denise, HR or a file.",
        "Huh. Okay.",
        "How's press nine?",
    )
    assert d.confidentiality(talk) == [1]


def test_a_summary_with_stop_me_if_its_off_is_checked() -> None:
    talk = session(
        "I'm Bao. Forty minutes, then I'm back on the floor.",
        "Thanks for coming. What's the changeover today?",
        "Mould swap on press nine. Short shots all week, and nobody asked me why.",
        "So you can hear the heater band going, and nobody asks you. How did you end up here?",
        "Denise put my name down. Last mentor wrote my family into a report.",
        "Let me check I've got the main things. The last mentor wrote your family into a"
        " report, you didn't ask to be here, and nobody asks you about press nine. Stop me if"
        " any of that's off.",
        "Huh. You were actually listening. Yeah, that's it.",
    )
    assert summary_checked(talk) == [5]


def test_a_meeting_set_with_a_part_left_to_them_is_agreed() -> None:
    set_time = (
        "Two weeks from today, three o'clock, this room. You bring a report if you feel like"
        " it, I bring no notebook. That work?"
    )
    assert _agreeing(set_time, "Okay. See you in two weeks, then.") == [5]


def test_a_longer_answer_to_their_question_about_the_learner_is_a_word_about_oneself() -> None:
    answer = (
        "Fair question. I came up off a loading dock. Forklift, then lead, then one day they"
        " handed me the building. First year, I had nobody outside my own chain to think out"
        " loud with, and I made a couple of dumb calls I'd have caught if I had. So partly"
        " this is me doing what I wish someone had done for me. And partly I'm curious. I've"
        " unloaded your glove box lids for six years and I've never seen one made."
    )
    talk = session("What do you actually get out of this? Honest question.", answer, "Huh. Okay.")
    assert d.self_shared(talk) == [1]


def test_asking_them_to_be_a_reference_is_specific_but_to_write_something_is_not() -> None:
    def ask(said: str) -> list[int]:
        return specific_ask(session("What's on your mind?", said, "Okay."))

    assert ask("There's a job at St. Brendan's. Would you be a reference for me?") == [1]
    assert ask("Could you be one of my referees for the Leeds post?") == [1]
    assert ask("I kind of need a favor. Could you write me something? Like a reference?") == []
    assert ask("Would you say something nice about me?") == []


def test_saying_what_the_named_job_is_gives_context_but_running_the_place_down_does_not() -> None:
    def context(told: str) -> list[int]:
        return context_given(
            session(
                "What's on your mind?",
                "There's a job at St. Brendan's, and I wondered if you'd put in a word for me?",
                "Tell me what the job actually is.",
                told,
                "Okay.",
            )
        )

    assert context(
        "It's a Community Care Coordinator job, on a program called Home Bridge. Heart-failure "
        "patients going home from the hospital. I'd be leading four CHWs. I already applied, "
        "last week. References are due Wednesday."
    ) == [3]
    assert (
        context(
            "It's a Lakeshore thing, everyone here is lazy. Heart-failure "
            "patients going home from the hospital. I'd be leading four CHWs. References are due "
            "Wednesday."
        )
        == []
    )


def test_an_ask_announced_with_i_wanted_to_ask_is_no_context() -> None:
    told = session(
        "Go ahead.",
        "So I just wanted to ask if there were any opportunities coming up for me this year.",
        "Such as?",
        "I've been here almost two years, ran Harlow's fieldwork and trained both new juniors.",
        "Okay.",
    )
    assert context_given(told) == []
