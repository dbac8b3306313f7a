"""Stage: register entries followed from last year: forrige_tiltak_id, status, and the tiltak_id kept.

A sure link (a form's, a shared council's, or wording dedup would merge) keeps last year's tiltak_id where it
has the program's shape; a possible one is no link, and the entry asks a reviewer with the candidate and why.
"""

from __future__ import annotations

import re
from dataclasses import replace

from normalise.continuity import FORM, Continuity, Link

from tiltak_core.records import CHANGED, CONTINUED, NEW, RegisterEntry

POSSIBLE_CONTINUATION = "kanskje videreføring av fjorårets"
# Only an id of the program's own shape is kept as this year's id (an imported matrix's "2018-12" is not):
# decisions name tiltak by ids of this shape.
KEEPABLE_ID = re.compile(r"^T[0-9A-F]{8}(?:-\d+)?$")
_SHORT = 60


def _short(text: str) -> str:
    return text if len(text) <= _SHORT else text[: _SHORT - 1].rstrip() + "…"


def possible_reason(link: Link) -> str:
    """How an entry names the tiltak of last year it may continue (a reviewer's link decision lifts it)."""
    return f"{POSSIBLE_CONTINUATION} {link.previous} «{_short(link.previous_text)}» ({link.score:.2f}: {link.evidence})"


def status_of(entry: RegisterEntry, linked: bool, known: bool) -> str:
    """NEW, CONTINUED or CHANGED; CHANGED where a member's form says so; "" when last year is not known."""
    if linked:
        return CHANGED if any(t.row.raw.status == CHANGED for t in entry.rows) else CONTINUED
    return NEW if known else ""


def kept_id(link: Link | None, own: str) -> str:
    """The id of a tiltak this year: last year's where the link is sure and the id has the program's shape."""
    return link.previous if link is not None and link.sure and KEEPABLE_ID.match(link.previous) else own


def follow(entry: RegisterEntry, continuity: Continuity, group: int) -> RegisterEntry:
    """The entry with its link to last year's register, its status, and a review reason where the link is unsure."""
    sure, possible = continuity.sure.get(group), continuity.possible.get(group)
    reasons = list(entry.review_reasons)
    if possible is not None:
        reasons.append(possible_reason(possible))
    if group in continuity.conflicts:
        reasons.append(continuity.conflicts[group])
    if sure is not None and sure.how == FORM and continuity.known and sure.previous not in continuity.previous_ids:
        reasons.append(f"skjemaet kobler raden til {sure.previous}, som ikke står i fjorårets register")
    confidence = entry.confidence if possible is None else min(entry.confidence, round(1 - possible.score / 2, 3))
    return replace(entry, forrige_tiltak_id=sure.previous if sure else "", link_evidence=sure.evidence if sure else "",
                   status=status_of(entry, sure is not None, continuity.known), review_reasons=tuple(reasons),
                   needs_review=bool(reasons) and not entry.reviewed, confidence=confidence)
