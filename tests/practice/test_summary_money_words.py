"""From counterpart-103's missed summary check: a sum told in words of money ("twelve thousand
is real money") is money as much as one with a pound sign, so "the £20,000 credit" after it
is another sum for the same thing, and corrected."""

from __future__ import annotations

from coach.practice.summary_check import changes_a_number

TOLD = ["Hm. A credit reads like guilt, and twelve thousand is real money. I'd take it out."]


def test_a_sum_in_words_of_money_is_money() -> None:
    assert changes_a_number("So the draft with the £20,000 credit comes out.", TOLD)
    assert not changes_a_number("So the draft with the £12,000 credit comes out.", TOLD)
    assert not changes_a_number("So I'll give it twenty minutes on Thursday.", TOLD)
