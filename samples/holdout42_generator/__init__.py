"""Generator for held-out round 41 (reporting year 2062), stored as samples/holdout42.

Written from the brief only (delmål list, six types, member names, shared
councils).  Every document is produced deterministically; the truth rows are
taken from the same data that is rendered into the documents.
"""
