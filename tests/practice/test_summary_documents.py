"""From counterpart-111's misses: a summary that names another document than the one talked
about ("your interview guide" after "my one-page research plan", "the apology letter" after
"an email to Meridian in my drafts") is corrected and the document named; one that names the
document in other words, or brings in a document of its own about something else, is not."""

from __future__ import annotations

from coach.practice.detail_fix import wrong_detail
from coach.practice.summary_check import corrects
from coach.practice.summary_documents import changed_document
from coach.scenarios.library import ScenarioLibrary

PLAN = [
    "A small thing first. Before our last session I emailed you my one-page research plan for "
    "the claims upload test. I don't think we opened it.",
    "Help arguing for the test with Declan. He cut it to keep the release date.",
]
DRAFTS = ["I've already got an SMS-only plan, and there's an email to Meridian in my drafts."]
HOLD = ["Hold it. Nothing goes to Meridian before we've talked Thursday through."]


def test_another_document_for_the_one_talked_about_is_put_right() -> None:
    claim = (
        "So before our last session you sent me your interview guide for the claims upload "
        "test, and Declan cut the test."
    )
    assert changed_document(claim, PLAN) == ("research plan", "interview guide")
    assert wrong_detail(claim, PLAN) == ("research plan", "interview guide")
    scenario = ScenarioLibrary().get("receiving-feedback")
    assert corrects(claim, PLAN, scenario)


def test_the_learner_s_own_document_counts_and_the_nearest_one_is_named() -> None:
    claim = "So I hold the apology letter to Meridian until we've talked Thursday through."
    # the email was the learner's to mention; the plan, in the same sentence, is not tied
    assert changed_document(claim, HOLD, DRAFTS) == ("email", "apology letter")
    assert changed_document(claim, HOLD) is None  # no document was talked about


def test_the_same_document_in_other_words_is_not_put_right() -> None:
    for claim in (
        "So you sent me your plan for the claims upload test before our last session.",
        "So you emailed me the research doc for the claims upload test.",
        "So before our last session you sent the one-page plan for the upload test.",
    ):
        assert changed_document(claim, PLAN) is None, claim


def test_a_document_about_something_else_is_not_put_right() -> None:
    # shares one loose word ("want") with a line about a note: not the same thing
    said = [
        "Your note said you wanted twenty minutes before Thursday.",
        "And the bank's date is October 28. No extension.",
    ]
    claim = "And the bank wants the report by October 28 with no extension."
    assert changed_document(claim, said) is None
    # "twenty-five minutes" is time, not a meeting's minutes
    assert changed_document("So I hold the letter.", ["We've got twenty-five minutes."]) is None


def test_a_slide_deck_for_the_timeline_is_put_right() -> None:
    # from counterpart-132: "send the slide deck tonight" after "the timeline, tonight" was
    # confirmed, a timeline being no kind of document the check knew
    told = ["Good. Send me the timeline tonight and I'll mark it up before the review."]
    claim = "So I send you the slide deck tonight and you mark it up before the review."
    assert changed_document(claim, told) == ("timeline", "slide deck")
    assert changed_document("So I send you the timeline tonight.", told) is None
