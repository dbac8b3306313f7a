"""Bold-titled paragraphs under headings that name no delmål («4.1 Regional samordning …» in a county's annual report,
numbered by its own plan), whose sentences say a delmål in the strategy's words: each one tiltak, asked.

«**Kompetanseforum Rogaland** er fylkets partnerskap … Nettverket styrker fylkeskommunens samordningsrolle»: the
bold title is the tiltak, the paragraph its description, and the sentence that words a delmål gives it. The match is
by meaning only, so the row is marked for review; a paragraph whose sentences word no delmål stays listed as not read.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from normalise.text import clean
from parsers.content import Paragraph

from .draft_row import PROSE_CONFIDENCE, DraftRow
from .item_delmal import CLOSING_BRACKET, TYPE_WORDS
from .prose_lines import after_lead
from .prose_names import SENTENCES

from tiltak_core.records import Match, Provenance

WORDED_DOUBT = ("lest fra en uthevet tittel under en overskrift som ikke nevner noe delmål; delmålet er tatt fra "
                "ordene i teksten: kontroller delmålet")


WORDED_WORDS = 5  # a sentence that words a delmål says what the tiltak is for; fewer words are a field or a fact
_LABELLED = re.compile(r"^[\w /-]{1,30}:\s")  # «Ansvarlig: Seksjon for kompetanse.»: a field, read as one later


def sentence_delmal(text: str, match: Callable[[str], Match]) -> str:
    """The sentence of a text that words a delmål most surely ('' when none does)."""
    scored = [(m.confidence, s) for s in SENTENCES.split(clean(text))
              if len(s.split()) >= WORDED_WORDS and not _LABELLED.match(s) and (m := match(s)).value]
    return max(scored)[1] if scored else ""


def worded_strays(source_file: str, stray: Sequence[tuple[Paragraph, Paragraph]],
                  match: Callable[[str], Match]) -> tuple[list[DraftRow], list[tuple[Paragraph, Paragraph]]]:
    """The rows of the bold-titled stray paragraphs whose text words a delmål, and the strays left unread."""
    rows, left = [], []
    for p, heading in stray:
        rest = clean(after_lead(p)).lstrip(" .:–-")
        worded = sentence_delmal(rest, match) if p.kind == "text" and p.lead else ""
        if not worded:
            left.append((p, heading))
            continue
        rows.append(_titled_row(source_file, p, heading, {"delmal": worded, "beskrivelse": rest},
                                f"delmålet er tatt fra setningen «{worded[:80]}»", doubt=WORDED_DOUBT))
    return rows, left


def _titled_row(source_file: str, p: Paragraph, heading: Paragraph, fields: dict[str, str], said: str,
                doubt: str = "", owner: str = "") -> DraftRow:
    """The row of a stray paragraph: its bold title the tiltak (over any label naming one), `said` where its delmål is."""
    evidence = [f"uthevet tittel under «{clean(heading.text)[:60]}», som ikke nevner noe delmål", said]
    return DraftRow(Provenance(source_file, page=p.page, line=p.line), {**fields, "tiltak": clean(p.lead).rstrip(" .:")},
                    {}, PROSE_CONFIDENCE, evidence, doubt=doubt, heading_owner=owner)


def bracketed_strays(source_file: str, stray: Sequence[tuple[Paragraph, Paragraph]], match: Callable[[str], Match],
                     split_labels: Callable[[str], tuple[str, dict[str, str]]],
                     owner: Callable[[Paragraph, Paragraph], str]) -> tuple[list[DraftRow], list[tuple[Paragraph, Paragraph]]]:
    """The rows of bold-titled paragraphs closing with their delmål's label in brackets, in words and a kind after a
    dash («… (Strategien: karriereveiledning for alle – forumsarbeid)»), under any heading (`owner`: the organisation
    it names); and the strays left."""
    rows, left = [], []
    for p, heading in stray:
        rest = clean(after_lead(p)).lstrip(" .:–-")
        found = CLOSING_BRACKET.search(rest) if p.kind == "text" and p.lead else None
        labelled = split_labels(found["inner"])[1] if found else {}
        said, _, kind = labelled.get("delmal", "").rpartition(" - ")
        if not said or len(kind.split()) > TYPE_WORDS:
            said, kind = labelled.get("delmal", ""), ""
        if not said or not match(said).value:
            left.append((p, heading))
            continue
        fields = {**labelled, "delmal": said, "beskrivelse": clean(rest[: found.start()]) if found else rest,
                  **({"type": kind} if kind else {})}
        rows.append(_titled_row(source_file, p, heading, fields,
                                f"delmålet er tatt fra parentesen som avslutter avsnittet: «{said[:80]}»",
                                owner=owner(p, heading)))
    return rows, left
