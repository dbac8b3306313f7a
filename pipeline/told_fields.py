"""Fields an account tells in sentences of their own, as a speaker does («Det er et kurs, under delmål 2.4.
Ansvarlig var Utdanningsforbundet. Vi samarbeidet med OsloMet.»): the fields, and the account less those sentences
(round 80's video report)."""

from __future__ import annotations

import re

from normalise.text import clean, fold
from normalise.vocabulary import Vocabulary

from .prose_meta import partners_told
from .prose_titles import SENTENCES

# «Det er et kurs, under delmål 2.4.», «Også det er rådsarbeid, under delmål 1.1.»: the kind beside the delmål.
_KIND_AND_CODE = re.compile(r"^(?:også\s+)?(?:det|dette|tiltaket|det\s+også)\s+(?:er|var)\s+(?:også\s+)?"
                            r"(?:(?:et|en|ei|eit)\s+)?(?P<kind>[^\d.]{3,60}?),?\s+(?:under|i|for)\s+"
                            r"(?P<code>delm[åa]l(?:et)?\s+\d[.,]\d{1,2})\s*[.!]?$", re.IGNORECASE)


def told_fields(account: str, vocabulary: Vocabulary) -> tuple[str, dict[str, str]]:
    """The account less its sentences telling the kind and delmål, the responsible and the partners; and the fields
    those sentences give (none where no sentence tells one)."""
    kept, fields = [], {}
    rest, partners = partners_told(account, vocabulary.partner_sentences, vocabulary.no_partner_sentences)
    if partners is not None:
        fields["samarbeidspartnere"] = partners
    openings = tuple(fold(o) for o in vocabulary.responsible_sentences)
    for sentence in SENTENCES.split(clean(rest)):
        said = fold(sentence).rstrip(" .")
        opening = next((o for o in openings if said.startswith(f"{o} ")), "")
        kind = _KIND_AND_CODE.match(sentence.strip())
        if opening and "ansvarlig" not in fields:
            fields["ansvarlig"] = sentence.strip()[len(opening):].strip().rstrip(" .")
        elif kind and "type" not in fields:
            fields.update(type=kind["kind"].strip(" ,"), delmal=kind["code"])
        else:
            kept.append(sentence)
    return (" ".join(kept), fields) if fields else (account, {})
