"""From counterpart-270's and -271's misses (each set measured once unseen first): a date of
the same month ("the tenth of July" after "I gave Ines the third of July") is the same thing
moved; someone the persona meant by "him" ("What about Gareth?" "Go and see him.") given
another name ("go and talk to Marcus") is put right by name; and every one of a thing ("he
reads every single note") made now and then ("every so often") is put right."""

from __future__ import annotations

from coach.practice.detail_fix import wrong_detail
from coach.practice.summary_check import changes_a_detail
from coach.practice.summary_dates import redated
from coach.practice.summary_often import made_occasional
from coach.practice.summary_pronouns import pronoun_swapped

DATES = [
    "The client was holding the fourth of May, which was yours. I gave Nadia the twentieth of"
    " May. There's a reason in the lab for it.",
]


def test_another_day_of_the_same_month_is_a_date_moved() -> None:
    claim = "So the client had the fourth of May, and on Friday you sent her the twelfth of May."
    assert redated(claim, DATES) == ("the twentieth", "the twelfth")
    assert wrong_detail(claim, DATES) == ("the twentieth", "the twelfth")
    other_month = "So the client had the fourth of May, and the audit is on the ninth of June."
    assert redated(other_month, DATES) is None


SAID = [
    "Hello, come in.",
    "I can join the first ten minutes. Priya set the priorities after the outage, and I agreed.",
    "Go and see him. Face to face. Ask what he'd need before he could give a date.",
]
ASKED = ["Could you join Thursday's call?", "And what should I do about Tomasz before then?"]


def test_someone_meant_by_him_given_another_name_is_put_right() -> None:
    claim = "So you'll join the first ten minutes, and I should go and talk to Priya in person."
    assert pronoun_swapped(claim, SAID, ASKED) == ("Tomasz", "Priya")
    assert wrong_detail(claim, SAID, "", ASKED) == ("Tomasz", "Priya")
    assert changes_a_detail(claim, SAID, "", ASKED)
    right = "So you'll join the first ten minutes, and I should go and see Tomasz in person."
    assert pronoun_swapped(right, SAID, ASKED) is None
    # (without the one person the learner asked about, "him" is nobody in particular)
    unnamed = ["Could you join?", "What should I do before then?"]
    assert pronoun_swapped(claim, SAID, unnamed) is None
    # (nor when the line names someone first, "go and see Ruth and tell her", or the name the
    # summary gives is one the learner had named: "him" may be them)
    named_first = [*SAID[:2], "Go and see Ruth on Monday and tell her yourself."]
    assert pronoun_swapped("And I should go and see Priya.", named_first, ASKED) is None
    learners = ["I asked Priya twice for a date.", "Over Slack, on Wednesday."]
    assert pronoun_swapped("So I go and see Priya in person.", SAID, learners) is None


def test_every_one_made_now_and_then_is_put_right() -> None:
    said = ["She's fussy, and she reads every single report her team files, every one."]
    claim = "So she looks over her team's reports every so often, and she's fussy."
    assert made_occasional(claim, said) == ("every single report", "every so often")
    assert wrong_detail(claim, said) == ("every single report", "every so often")
    assert made_occasional("So she reads every report her team files.", said) is None
    assert made_occasional("So you see her now and then at the depot.", said) is None
    # (a rhythm is no "every one": "every two weeks" against "now and then")
    rhythm = ["I'd rather have thirty minutes every two weeks than a lunch every quarter."]
    assert made_occasional("So every two weeks, not a lunch now and then.", rhythm) is None
