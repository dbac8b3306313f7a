"""What the reader takes for a year: one pattern, so every stage agrees on it."""

import re

# 1900–2199: reports name past strategies (19xx) and plans decades ahead; a narrower
# pattern would make «2100» a plain number and a measure moved to it look current.
YEAR = r"(?:19|20|21)\d\d"
YEAR_WORD = re.compile(rf"\b{YEAR}\b")  # a year standing as a word of its own («i 2099», not «20991»)
# A year a report may cover, or be dated or named by: this century and the next, not a past strategy's.
RUN_YEAR = r"2[01]\d\d"
