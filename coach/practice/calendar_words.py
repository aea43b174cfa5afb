"""The names of the days and the months, as the practice package reads them in what is said
(pattern data, pure). Split from coach.practice.summary_names so that modules it reads from
(coach.practice.summary_told) can name them too."""

from __future__ import annotations

WEEKDAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# The months in order; "may" is left out of DAYS_AND_MONTHS, being a verb as often as a month.
MONTHS = tuple(
    "january february march april may june july august september october november december".split()  # noqa: SIM905
)
DAYS_AND_MONTHS = "|".join([WEEKDAYS, *(m for m in MONTHS if m != "may")])
