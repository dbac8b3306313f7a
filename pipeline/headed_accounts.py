"""Measures told as a white paper tells them: a short sub-heading over a paragraph or a few, no code, the account
itself saying which goal of the strategy it serves («Utprøvingen følger opp strategiens mål om …», «Tiltaket styrker
og tilpasser Navs opplæringstilbud for arbeidssøkere …»). In a report no other rule read a row from, each such
heading is a tiltak, its paragraphs its description, the goal's words its delmål; read from running text, so asked
(round 64).

A chapter's section headings («5.3 Norskopplæring og kvalifisering») stand over such sub-headings and are no tiltak;
a table's or figure's caption («Tabell 5.1 …») is none either, and a box's number («Boks 5.1») is no part of a name.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from normalise.text import clean, fold
from parsers.content import Block, Paragraph
from tiltak_core.records import Match, Provenance

from .draft_row import PROSE_CONFIDENCE, DraftRow
from .prose_items import TITLE_WORDS
from .retitle import PROSE_DOUBT

ACCOUNT_PARAGRAPHS = 4  # a measure's account under its sub-heading; more is a chapter's prose
SURE_PARAPHRASE = 0.3  # a sentence naming a delmål in its own words this surely ties the account to the strategy
MIN_ACCOUNTS = 2  # one heading over text that sounds like a goal is chance; a report tells its measures so in a row
_SENTENCES = re.compile(r"(?<=[.!?])\s+")
_CAPTION = re.compile(r"^\s*(?P<kind>boks|faktaboks|tabell|figur|fig\.)\s*\d+(?:[.,]\d+)*\s*[.:–-]?\s*", re.IGNORECASE)
_NOT_NAMES = ("tabell", "figur", "fig.")
# «3.1 Fagstrategiske enheter», «Tiltak nr. 2»: a chapter's section or a form's numbered entry, no measure's name.
_NUMBERED = re.compile(r"^\s*\d+(?:[.,]\d+)*\.?\s|\b(?:nr|nummer|no)\.?\s*\d+\s*$", re.IGNORECASE)


def _account(blocks: Sequence[Block], heading: Paragraph, n: int) -> list[Paragraph] | None:
    """The paragraphs of sentences under the heading at `n`, when that is all that stands under it and no deeper
    heading follows; else None."""
    under: list[Paragraph] = []
    for b in blocks[n + 1:]:
        if isinstance(b, Paragraph) and b.kind == "heading":
            if b.level > heading.level:
                return None  # a section over sub-headings
            break
        if not isinstance(b, Paragraph) or b.kind != "text" or b.lead or not clean(b.text).endswith((".", "!", "»")):
            return None  # a table, a list or a labelled line: another rule's shape
        under.append(b)
    return under if 1 <= len(under) <= ACCOUNT_PARAGRAPHS else None


def _goal_sentence(text: str, delmal: Callable[[str], Match], citations: Sequence[str]) -> str:
    """The words of an account that name the strategy's goal: those after a citation («strategiens mål om …») that
    name a delmål, or the sentence naming a delmål most surely in its own words; '' when none does."""
    best, score = "", 0.0
    for sentence in _SENTENCES.split(clean(text)):
        # «… følger opp strategiens mål om enklere og bedre ordninger for godkjenning …»: the goal's words after it.
        folded = fold(sentence)
        cited = next((folded.split(c, 1)[1] for c in citations if c in folded), "")
        found = delmal(cited) if cited else delmal(sentence)
        if found.value and (cited or found.confidence >= SURE_PARAPHRASE and found.confidence > score):
            best, score = (cited or sentence), 2.0 if cited else found.confidence
    return best


def headed_accounts(source_file: str, blocks: Sequence[Block], rows: Sequence[DraftRow],
                    delmal: Callable[[str], Match], citations: Sequence[str],
                    labelled: Callable[[str], bool] = lambda _: False,
                    tell_fields: Callable[[str], tuple[str, dict[str, str]]] = lambda text: (text, {})) -> list[DraftRow]:
    """One row for each sub-heading over an account that names the strategy's goal in words, in a report no other
    rule read a row from; [] unless it tells at least MIN_ACCOUNTS of its measures so. `labelled`: whether a
    paragraph opens with a label («Ansvarlig: …»), a form's line rather than an account; `tell_fields`: the account less
    the sentences that tell a field («Ansvarlig var NSF.»), and those fields."""
    if rows:
        return []  # a report read another way tells its measures that way; its sub-headings are its chapters
    found: list[DraftRow] = []
    for n, b in enumerate(blocks):
        if not isinstance(b, Paragraph) or b.kind != "heading" or (under := _account(blocks, b, n)) is None:
            continue
        caption = _CAPTION.match(b.text)
        title = clean(b.text[caption.end():] if caption else b.text).rstrip(" .:")
        if caption and fold(caption["kind"]).startswith(_NOT_NAMES) or not title or len(title.split()) > TITLE_WORDS \
                or title.endswith("?") or _NUMBERED.search(title) or any(labelled(p.text) for p in under):
            continue
        account = " ".join(clean(p.text) for p in under)
        goal = _goal_sentence(account, delmal, citations)
        if not goal:
            continue
        described, fields = tell_fields(account)
        found.append(DraftRow(Provenance(source_file, page=b.page, line=b.line),
                              {"tiltak": title, "delmal": goal, "beskrivelse": described, **fields}, {}, PROSE_CONFIDENCE,
                              ["underoverskrift over tekst som sier hvilket av strategiens mål tiltaket følger opp: "
                               "overskriften er tiltaket, teksten beskrivelsen"], PROSE_DOUBT))
    return found if len(found) >= MIN_ACCOUNTS else []
