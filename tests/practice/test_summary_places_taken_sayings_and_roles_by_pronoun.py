"""From counterpart-216 and -217 (each measured once unseen first): a summary that puts
someone the persona never named in another's place beside the same people ("Jess Amadi is the
one Linda's already pencilled in" after "Linda already has Tyler Gant pencilled in"), that
gives the learner's own saying to someone else ("the programme lead had told you it would be
straightforward" after "you'd told me it would be straightforward"), or that gives someone
another post than the one the persona told with a pronoun just after their name ("Denise, the
HR manager" after "Denise is fair... She's the plant manager") is corrected, in those words."""

from __future__ import annotations

from coach.practice.detail_fix import wrong_detail
from coach.practice.summary_check import changes_a_fact
from coach.practice.summary_names import given_to_another
from coach.practice.summary_roles import renamed_relation
from coach.practice.summary_told import saying_given_to_another

KNOWN = "The panel: Linda Marsh signs the report; Tyler Gant and Jess Amadi are seniors."
PANEL = [
    "Okay. That's an ask I can work with. Four of us sit on that panel; I'm one vote. Linda "
    "already has Tyler Gant pencilled in, and Linda's the signing partner.",
    "Not from me. Linda's fair-minded. But it's her signature, so caution's her right.",
]


def test_someone_unnamed_put_in_anothers_place_is_corrected() -> None:
    claim = (
        "So: you're one of four votes on Thursday, and Jess Amadi is the one Linda's already "
        "pencilled in for Dunmore, with Linda signing the report."
    )
    assert given_to_another(claim, PANEL, KNOWN) == ("Tyler", "Jess")
    assert changes_a_fact(claim, PANEL, KNOWN)


def test_the_same_place_or_someone_named_beside_it_is_not() -> None:
    right = "So Linda has Tyler Gant pencilled in, and she signs the report."
    assert given_to_another(right, PANEL, KNOWN) is None
    # (Jess brought in on a clause of her own: nothing said of Tyler is given to her)
    beside = "So Linda has Tyler pencilled in, and Jess Amadi could write me two lines."
    assert given_to_another(beside, PANEL, KNOWN) is None


OUTLINE = [
    "I did start it. Twice. Title, two headings, then nothing. I was too embarrassed to ask, "
    "because you'd told me it would be straightforward."
]


def test_the_learners_saying_given_to_someone_else_is_corrected() -> None:
    claim = (
        "So you froze after two headings, and you didn't want to ask, because the programme "
        "lead had told you it would be straightforward. Have I got that right?"
    )
    assert saying_given_to_another(claim, OUTLINE) == ("you", "the programme lead")
    # (a pronoun for the teller too, though "he" is inside "the" and "she" inside "shape")
    said_by_him = "So you didn't ask, because he had told you it would be straightforward."
    assert saying_given_to_another(said_by_him, OUTLINE) == ("you", "he")
    assert wrong_detail(claim, OUTLINE) == ("you", "the programme lead")


def test_the_saying_kept_as_the_learners_own_is_not() -> None:
    own = "So you didn't ask, because I'd told you it would be straightforward."
    assert saying_given_to_another(own, OUTLINE) is None
    other = "So the programme lead had told you the deadline was June."
    assert saying_given_to_another(other, OUTLINE) is None


PLANT = [
    "Okay. Denise is fair, I'll give her that. Head-office type, but fair. She's the plant "
    "manager; she's the one who put my name in. I didn't ask for it."
]


def test_another_post_for_someone_told_by_a_pronoun_is_corrected() -> None:
    claim = "So Denise, the HR manager, put you forward without asking."
    # (in the persona's own words: "She's the plant manager")
    assert renamed_relation(claim, PLANT) == ("the plant manager", "your HR manager")
    assert renamed_relation("So Denise, the plant manager, put you forward.", PLANT) is None


def test_a_firm_is_nobody_put_in_their_place() -> None:
    """Checked on the older sets: "for Dunmore" is a client, not someone a summary could put
    in Linda's place."""
    firm = "So you've already pencilled Tyler Gant in for Dunmore yourself, and Linda signs."
    assert given_to_another(firm, PANEL, KNOWN + " Dunmore Cold Storage is the client.") is None


def test_the_learner_telling_is_not_a_saying_given_away() -> None:
    said = ["In the car you told me it came across as rude. That's what stayed with me."]
    claim = "So afterwards in the car I told you it came across as rude. Is that accurate?"
    assert saying_given_to_another(claim, said) is None


def test_a_word_opening_a_sentence_is_nobody_a_pronoun_points_at() -> None:
    said = ["Good. I'll give you that. She's the plant manager; she put my name in."]
    assert renamed_relation("So Denise, the HR manager, put you forward.", said) is None
