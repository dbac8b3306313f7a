"""What the reader takes for a year: one pattern, so every stage agrees on it."""

# 1900–2199: reports name past strategies (19xx) and plans decades ahead; a narrower
# pattern would make «2100» a plain number and a measure moved to it look current.
YEAR = r"(?:19|20|21)\d\d"
