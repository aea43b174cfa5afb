"""Where delivery starts to get in the way of a listening conversation: the project's choices.

These are the numbers the debrief measures a spoken conversation against. They are our
choices, made for a mentoring conversation (unhurried, with room for the other person), and
informed by what is known of ordinary talk:

- Pace. Conversational English is commonly put at around 150 words a minute (the figure the
  US National Center for Voice and Speech gives for conversation). We flag below 100, where
  listeners tend to hear hesitation, and above 170, where a hard message sounds rushed.
- Filler words. "Uh" and "um" are normal signals that a speaker is planning (Clark and Fox
  Tree, 2002, Cognition 84), and disfluencies of all kinds run at about six per hundred
  words in conversation (Bortfeld et al., 2001, Language and Speech 44). So a few are not
  flagged: only more than 6 a minute, which at conversational pace is roughly one in every
  25 words and is heard as a habit rather than a search for the right word.
- Long pauses. A silence of about a second between turns is what conversation tolerates
  before it is noticed (Jefferson, 1989, "standard maximum" silence). Inside one's own turn
  we count pauses of 2 seconds or more; silence can be a gift in mentoring, so they are
  flagged only when there are at least two and they come more than once a minute of speaking.
- Share of the talking. In a conversation meant to help the other person, they should do
  most of the talking. A mentor is flagged above 40% of the speaking time. A mentee asking
  for help has to give context, so the mark is 60%.
"""

from __future__ import annotations

NORMAL_PACE_WPM = 150  # what a reply is assumed to take when it was not read aloud
SLOW_WPM = 100
FAST_WPM = 170
MAX_FILLERS_PER_MINUTE = 6.0
LONG_PAUSE_SECONDS = 2.0
MAX_LONG_PAUSES_PER_MINUTE = 1.0
MIN_LONG_PAUSES_FLAGGED = 2  # one pause in a short sample is not a pattern
MAX_MENTOR_SHARE = 0.40
MAX_MENTEE_SHARE = 0.60

# Non-lexical fillers, as speech-to-text writes them, and two lexical ones that are almost
# always fillers in speech. "Like" and "so" are not counted: too often they carry meaning.
FILLER_WORDS = frozenset({"um", "umm", "uh", "uhh", "uhm", "er", "erm", "hmm", "ah", "eh"})
FILLER_PHRASES = (("you", "know"), ("i", "mean"))
