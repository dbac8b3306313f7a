"""Whether a file is another kind of document than a report of tiltak: a hearing statement, minutes, a call for
applications, a letter of support. Its title says so, or a letter's subject line on its first page when the title
is the letterhead («NHO Innlandet» over «Støttebrev – søknad fra …», round 67)."""

from __future__ import annotations

import re
from typing import Iterator

from normalise.text import fold
from normalise.vocabulary import Vocabulary
from parsers.content import Content, TableBlock

HEADING_WORDS = 14  # a case heading in minutes, not a sentence that mentions the council
_SENTENCE = re.compile(r"^\S+(?:\s+\S+){5,}[.!?]$")  # running text, where a subject line would stand already
_DASH = re.compile(r"\s[–—-]\s")
# the report the note speaks of; not «rapportert» («Dette er ikke rapportert før»), which says something else
_REPORT_NOUNS = frozenset({"rapport", "rapporten", "rapportering", "rapporteringen", "rapporteringa"})
REPORT_WORDS = 3  # «… ikke en del av NHOs rapport»: the word for the report stands within these after the note
SUBJECT_WORDS = 3  # «Dette dokumentet er»: the words before a note setting the document apart name the document
SUBJECT_BLOCKS = 12  # a letter's subject line stands among its first blocks: the address, references and date above it


def other_document(content: Content, vocabulary: Vocabulary, council: str) -> tuple[str, str]:
    """(the kind of document, the title that says it) when that is no report; ('', '') otherwise."""
    kinds: dict[str, list[tuple[str, str, str]]] = {}
    for entry in vocabulary.other_documents:
        # «innspill+arbeidsprogram»: the opening word, and a word the title must also hold (its stem);
        # «spørreskjema-rapport»: the opening word, unless the title also holds this one
        kind, _, unless = entry.partition("-")
        kind, _, topic = kind.partition("+")
        kinds.setdefault(fold(kind), []).append((kind, fold(topic), fold(unless)))
    for title in _titles(content):
        said = fold(title)
        # «Læringsbarometeret 2100 – spørreskjema til virksomhetene»: the kind may open the part after a dash.
        openers = [part.split(" ", 1)[0].strip(" :–-,.") for part in (said, *_DASH.split(said)[1:]) if part.strip()]
        kind = next((k for opener in openers for k, topic, unless in kinds.get(opener, [])
                     if topic in said and not (unless and unless in said)), "")
        if kind:
            return ("", "") if _reports_to_council(content, vocabulary, council) else (kind, title)
    return "", ""


def _titles(content: Content) -> Iterator[str]:
    """The document's title, then the headings on its first page above any table or running text (a letter's
    letterhead, address and references stand above its subject line; minutes sent as a report say so first)."""
    if content.title:
        yield content.title
    for block in content.blocks[:SUBJECT_BLOCKS]:
        if isinstance(block, TableBlock) or block.page not in (None, 1) or _SENTENCE.search(block.text):
            return
        if block.kind == "heading":
            yield block.text


def _reports_to_council(content: Content, vocabulary: Vocabulary, council_name: str) -> bool:
    """Whether a heading in the document names the council and reporting to it: minutes holding the report."""
    council = fold(council_name)
    stems = tuple(fold(w) for w in vocabulary.reporting_words)
    # A heading, or a line that ends no sentence: «Vedtak: … tek rapporteringa til Kompetansepolitisk råd til vitande.»
    # names it too, but a sentence in any hearing statement may.
    return bool(council) and any(
        council in (text := fold(p.text)) and len(text.split()) <= HEADING_WORDS
        and (p.kind == "heading" or not text.endswith((".", "!", "?")))
        and any(word.startswith(stems) for word in re.findall(r"\w+", text))
        for p in content.paragraphs)


def set_apart(content: Content, vocabulary: Vocabulary) -> str:
    """The sentence in a note above the document's first table that sets the document apart from the report it was
    sent with («Katalogen er ikke en del av rapporten.»); '' where none does."""
    notes = tuple(fold(n) for n in vocabulary.not_report_notes)
    for block in content.blocks[:SUBJECT_BLOCKS]:
        if isinstance(block, TableBlock):
            return ""
        for sentence in re.split(r"(?<=[.!?])\s+", block.text):
            said = fold(sentence)
            # «Katalogen er …», «Dette dokumentet er …»: the document itself, in a word or two. «Tiltak som ble
            # avsluttet i fjor … er ikke en del av rapporteringen» (round 56) sets apart rows of a report; «Vedlegget
            # er …» a report's own appendix.
            if "vedlegg" not in said and any(_sets_apart(said, note) for note in notes):
                return sentence.strip()
    return ""


def _sets_apart(said: str, note: str) -> bool:
    """Whether a folded sentence holds the note with the document as its subject before it and the report after it."""
    subject, found, after = said.partition(note)
    return bool(found) and len(subject.split()) <= SUBJECT_WORDS and any(
        w.strip(".,;:") in _REPORT_NOUNS for w in after.split()[:REPORT_WORDS])
