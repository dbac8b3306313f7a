"""Decides whether a tiltak is a member's participation in a shared council (KBU, RSA, SRY, ...).

Participation in the same council is one tiltak however each member words it. A measure that
merely mentions a council ("Dialogmøte med representantene i faglige råd", "Tiltak for å styrke
RSA i egne rekker") is the member's own measure and stays apart.
"""

from __future__ import annotations

import re

from .catalogue import Catalogue
from .text import fold, words

COUNCIL_TYPE = "Råd/utvalg/nettverk"
# Words left after removing the council's name, the participation phrase, stopwords and member
# names: more than this, and the row describes something beyond taking part.
MAX_RESIDUAL_WORDS = 4
# A participation phrase this close to the start, before the council's name, makes the sentence one
# about taking part ("Akademikerne er medlem av KBU og bidrar med ...").
MAX_LEAD_WORDS = 3


class CouncilMatcher:
    def __init__(self, catalogue: Catalogue) -> None:
        vocab = catalogue.vocabulary
        self._councils = [
            (c.id, sorted({a for a in (c.name, *c.aliases)}, key=len, reverse=True)) for c in catalogue.councils
        ]
        self._participation = sorted((fold(p) for p in vocab.participation), key=len, reverse=True)
        self._stop = vocab.stopwords
        self._member_words = {w for o in catalogue.organisations for a in (o.name, *o.aliases) for w in words(a)}

    def _find(self, text: str) -> tuple[str, str, str]:
        """(council id, alias found, folded text with every alias of that council removed)."""
        folded = fold(text)
        for cid, aliases in self._councils:
            for alias in aliases:
                # Abbreviations count only in capitals: "rsa" in lower case is not RSA.
                haystack, needle = (text, alias) if alias.isupper() else (folded, fold(alias))
                if re.search(rf"(?<!\w){re.escape(needle)}s?(?!\w)", haystack):
                    rest = folded
                    for a in aliases:
                        rest = re.sub(rf"(?<!\w){re.escape(fold(a))}s?(?!\w)", " ", rest)
                    return cid, alias, rest
        return "", "", ""

    def participation(self, tiltak: str, type_name: str) -> tuple[str, str]:
        """(council id, evidence) when the row is taking part in a shared council, else ('', reason)."""
        cid, alias, rest = self._find(tiltak)
        if not cid:
            return "", ""
        if type_name and type_name != COUNCIL_TYPE:
            return "", f"nevner {cid}, men typen er {type_name}"
        folded = fold(tiltak)
        marker, at = "", -1
        for p in self._participation:
            m = re.search(rf"(?<!\w){re.escape(p)}(?!\w)", folded)
            if m and (at < 0 or m.start() < at):
                marker, at = p, m.start()
        for p in self._participation:
            rest = re.sub(rf"(?<!\w){re.escape(p)}(?!\w)", " ", rest)
        residual = [w for w in words(rest) if w not in self._stop and w not in self._member_words and not w.isdigit()]
        # "LO deltar i KBU og bidrar med ...": the sentence is about taking part, whatever follows;
        # "Kompetansebehovsutvalget la fram ...": the council is the subject, as its owner reports it.
        where = folded.find(fold(alias))
        leads = marker and len(words(folded[:at])) <= MAX_LEAD_WORDS and at < where
        subject = not words(folded[:where])
        if subject:
            return cid, f"{cid} er tiltaket selv: «{alias}» innleder teksten"
        if not marker and residual:
            return "", f"nevner {cid}, men sier ikke at medlemmet deltar"
        if not leads and len(residual) > MAX_RESIDUAL_WORDS:
            return "", f"nevner {cid}, men beskriver mer enn deltakelse ({' '.join(residual[:6])} …)"
        how = f"«{marker}» " if marker else ""
        return cid, f"deltakelse i {cid}: {how}«{alias}»"
