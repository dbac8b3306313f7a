"""Tiltak told in running prose: a paragraph no other rule read that gives a delmål in one of its sentences («… og
hører til delmål 2.5.»), or goes on from a tiltak read from a heading or paragraph of its section, read as one tiltak
and marked for review.

Letters and annual reports tell their measures a paragraph each; its name is what its first sentence names
(pipeline.prose_names), and a paragraph that names nothing so is listed as not read.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable, Sequence

from normalise.text import clean
from parsers.content import SUPERSCRIPT_DIGITS, Block, Paragraph

from .coverage import is_unread, stray_items, unread_items, unread_mentions, words_read
from .draft_row import PROSE_CONFIDENCE, DraftRow
from .headed_accounts import headed_accounts
from .item_delmal import own_delmal
from .not_tiltak import some
from .prose_bracketed import BracketedMeasure, bracketed_measures
from .prose_items import TITLE_WORDS
from .prose_names import SENTENCES, NamedMeasure, ProseNames
from .prose_strays import bracketed_strays, worded_strays
from .retitle import PROSE_DOUBT, is_headline_over, retitled

from tiltak_core.records import Match, Provenance, SkippedRow

MIN_TOLD_WORDS = 8  # «Vi ser fram til samarbeidet.»: fewer words tell no measure
# «delmål 1.4» inside a sentence: the paragraph's own code when it is the only one it gives. «(delmål 2 5)»: a scan's
# OCR lost the stop, and the code closes the bracket or the sentence.
_SENTENCE_CODE = re.compile(r"\bdelm[åa]l(?:et)?\s+(\d)(?:\s?[.,]\s?|\s(?=\d{1,2}\s*(?:[).;]|$)))(\d{1,2})\b",
                            re.IGNORECASE)
_FOOTNOTE_MARK = re.compile(r"\s*[" + SUPERSCRIPT_DIGITS + r"*]+\s*$")
OWN_CODE = "delmålet står i avsnittet"
UNREAD = "avsnittet forteller om et tiltak i løpende tekst, men ingen tiltaksnavn ble funnet i det"


def sentence_codes(text: str) -> set[str]:
    """The delmål codes a text gives inside its sentences («… hører til delmål 2.5.»)."""
    return {f"{m[1]}.{m[2]}" for m in _SENTENCE_CODE.finditer(text)}


# «… om KBU-rapporten (delmål 1.1). Seminaret …»: the brackets close a sentence, not a title.
_BRACKET_ENDS_SENTENCE = re.compile(r"\s*\([^()]*\)\s*[.!?]")
_CLOSING_BRACKET = re.compile(r"[.!?]\s*(?:\([^()]{1,80}\)|\[[^\[\]]{1,80}\])$")  # «… i 2072. (2.4)», «… Kurs. [delmål 1.4]»


def _told(text: str) -> bool:
    """A paragraph of sentences, not a signature («daglig leder, Fagskolerådet»), a line of a list or a question."""
    text = clean(_FOOTNOTE_MARK.sub("", text))  # «… (delmål 1.1). ¹»: the mark of a footnote ends no sentence
    # «… og høgskoler. (delmål 2.4)»: a bracket after the last sentence's stop closes it too.
    # A question («Hvilket delmål … er tiltaket knyttet til?») asks; a form's, never a tiltak told.
    return len(text.split()) >= MIN_TOLD_WORDS and (text.endswith((".", "!")) or bool(_CLOSING_BRACKET.search(text)))


def _bracketed_rows(source_file: str, b: Paragraph, several: list[BracketedMeasure],
                    names: ProseNames) -> tuple[list[DraftRow], list[SkippedRow]]:
    """One row per measure a sentence tells with its own bracket, named from its words («… deltatt i Nasjonalt forum
    for karriereveiledning»: the forum), each marked for review; a part that names nothing is listed as not read."""
    rows, unread = [], []
    for k, m in enumerate(several, start=1):
        where = Provenance(source_file, page=b.page, line=b.line, column=k)
        named = names.name(m.text)
        if named is None:
            unread.append(SkippedRow(where.locator, UNREAD, m.text[:200]))
            continue
        # «drevet KOMPNETT – nettverket for …»: the name runs on to the bracket, its explanation with it.
        at = m.text.find(named.name)
        name = m.text[at:] if at >= 0 else named.name
        rows.append(DraftRow(where, {"tiltak": name, "delmal": m.delmal, "beskrivelse": clean(b.text), **m.fields}, {},
                             PROSE_CONFIDENCE, ["løpende tekst: setningen forteller om flere tiltak, hvert med "
                                                "delmålet i parentes", f"navnet er {named.how}", OWN_CODE],
                             doubt=PROSE_DOUBT))
    return rows, unread


def _over_titles(blocks: Sequence[Block], i: int, heading: Block | None) -> bool:
    """Whether the heading over block `i` is a chapter's, the next heading ranked under it (a tiltak's title)."""
    below = next((h for h in blocks[i + 1:] if isinstance(h, Paragraph) and h.kind == "heading"), None)
    return isinstance(heading, Paragraph) and below is not None and below.level > heading.level


def _first_sentence(text: str) -> str:
    return SENTENCES.split(clean(text).lstrip(" .•·"))[0]  # «. Den nasjonale EVU-portalen. …»: OCR's bullet


def _prose(block: Block) -> bool:
    return isinstance(block, Paragraph) and block.kind in ("heading", "text")


def _section_starts(blocks: Sequence[Block]) -> list[int]:
    """For each block, the index of the heading its section opens with (-1 before the first)."""
    starts, current = [], -1
    for i, b in enumerate(blocks):
        if isinstance(b, Paragraph) and b.kind == "heading":
            current = i
        starts.append(current)
    return starts


def _row_blocks(blocks: Sequence[Block], rows: Sequence[DraftRow]) -> list[int]:
    """Each row's block index, by the paragraph or table its provenance names; a row whose place is not found
    (a cell split into rows) stands with the row before it."""
    where: dict[tuple, int] = {}
    for i, b in enumerate(blocks):
        where[("p", b.page, b.line) if isinstance(b, Paragraph) else ("t", b.page, b.index)] = i
    at, last = [], -1
    for r in rows:
        p = r.provenance
        last = where.get(("p", p.page, p.line) if p.table is None else ("t", p.page, p.table), last)
        at.append(last)
    return at


def running_prose_rows(source_file: str, blocks: Sequence[Block], rows: Sequence[DraftRow],
                       skipped: Iterable[SkippedRow], names: ProseNames, known_code: Callable[[str], bool],
                       worded_delmal: Callable[[str], str] = lambda heading: "",
                       split_labels: Callable[[str], tuple[str, dict[str, str]]] | None = None,
                       tell_fields: Callable[[str], tuple[str, dict[str, str]]] = lambda text: (text, {}),
                       ) -> tuple[list[DraftRow], list[SkippedRow]]:
    """The rows, with the tiltak told in paragraphs no row read put in document order, and the paragraphs that give
    a delmål but name no measure. `tell_fields` splits off the sentences that tell a field («Ansvarlig var NSF.»)."""
    read = words_read(rows, skipped)
    # A report that gives no delmål by code anywhere may place each tiltak by the heading over it, in the delmål's
    # words; one that gives codes does so for its tiltak, and a section worded so is its context.
    uncoded = not any(known_code(r.fields.get("delmal", "")) for r in rows) and not any(
        isinstance(b, Paragraph) and any(known_code(c) for c in sentence_codes(b.text)) for b in blocks)
    at = _row_blocks(blocks, rows)
    starts = _section_starts(blocks)
    told: list[tuple[int, DraftRow]] = []
    unread: list[SkippedRow] = []
    k = 0  # the next existing row
    last: tuple[int, str, str] | None = None  # the block index, delmål and description of the row read last
    for i, b in enumerate(blocks):
        while k < len(rows) and at[k] < i:
            last = (at[k], rows[k].fields.get("delmal", ""), rows[k].fields.get("beskrivelse", ""))
            k += 1
        if k < len(rows) and at[k] == i:
            continue  # a row was read from this block
        if not isinstance(b, Paragraph) or b.kind != "text" or b.lead or not _told(b.text) or not is_unread(b.text, read) \
                or names.about_report(b.text) or not tell_fields(b.text)[0].strip():
            continue  # «Ansvarlig var NSF. Vi samarbeidet med KS.»: the particulars of the measure above, no measure
        codes = {c for c in sentence_codes(b.text) if known_code(c)}
        # «… hovedrapport i juni. (1.1)», «… i hele landet. (2.2, arrangement)»: a closing bracket with a bare code.
        closing = own_delmal(b.text) if not codes and _CLOSING_BRACKET.search(clean(b.text)) else None
        if closing is not None and known_code(closing.delmal):
            codes = {closing.delmal}
        # Running prose goes on from a tiltak read from a heading or a paragraph, not from a list or a table.
        # The text right under a tiltak that has none describes it.
        follows = last[1] if last is not None and starts[last[0]] == starts[i] and _prose(blocks[last[0]]) \
            and known_code(last[1]) and not (last[0] == i - 1 and not last[2]) else ""
        # «Digital kompetanse i hele arbeidsstyrken» over paragraphs no rule read, in a report with no codes: a section
        # named by a delmål's words, none of whose blocks gave a row, tells its tiltak a paragraph each.
        heading = blocks[starts[i]] if starts[i] >= 0 else None
        heading_text = heading.text if isinstance(heading, Paragraph) else ""
        worded = worded_delmal(heading_text) if uncoded and heading_text and not follows and not any(
            starts[a] == starts[i] for a in at) and not _over_titles(blocks, i, heading) else ""

        # «… Dette hører inn under Kompetanseplussordningene i strategien.»: the paragraph's own delmål, in words.
        linked = worded_delmal(link) if not codes and (link := names.delmal_link(b.text)) else ""
        several = bracketed_measures(b.text, known_code, split_labels) if split_labels is not None else []
        if several:
            rows_told, untold = _bracketed_rows(source_file, b, several, names)
            told.extend((i, r) for r in rows_told)
            unread.extend(untold)
            continue
        if len(codes) > 1 or not (codes or linked or follows or worded):
            continue
        code = next(iter(codes)) if codes else linked or follows or worded
        # «Akademisk dugnad – … (delmål 3.4, prosjekt) UHR koordinerte …»: the title before the brackets names it; a
        # sentence closing with its delmål in brackets has a stop after them, or no account.
        titled = own_delmal(b.text) if codes else None
        named: NamedMeasure | None
        if titled is not None and titled.rest and codes & set(sentence_codes(titled.delmal)) and (
                clean(b.text).startswith(clean(titled.text)) and 2 <= len(titled.text.split()) <= TITLE_WORDS
                and not _BRACKET_ENDS_SENTENCE.match(clean(b.text)[len(clean(titled.text)):])):
            named = NamedMeasure(clean(titled.text).rstrip(" –-:"), "tittelen foran delmålet i parentes")
            closing = titled
        else:
            named = names.name(_first_sentence(b.text))
        where = Provenance(source_file, page=b.page, line=b.line)
        if named is None:
            if codes:
                unread.append(SkippedRow(where.locator, UNREAD, clean(b.text)[:200]))
            continue
        evidence = ["løpende tekst: avsnittet er ett tiltak", f"navnet er {named.how}",
                    OWN_CODE if codes else f"avsnittet knytter seg til delmålet med ordene «{link[:60]}»" if linked
                    else "delmålet er tatt fra tiltaket over, i samme del av rapporten" if follows
                    else f"delmålet er tatt fra overskriften «{clean(heading_text)[:60]}», som omskriver det"]
        typed = {"type": closing.type} if closing is not None and closing.type and (
            code == closing.delmal or code in sentence_codes(closing.delmal)) else {}
        told.append((i, DraftRow(where, {"tiltak": named.name, "delmal": code, "beskrivelse": clean(b.text), **typed}, {},
                                 PROSE_CONFIDENCE, evidence,
                                 doubt=PROSE_DOUBT)))
        last = (i, code, clean(b.text))
    coded_sections = {starts[i] for i, r in told if OWN_CODE in r.evidence}
    def first_named(text: str) -> NamedMeasure | None:
        return names.name(_first_sentence(text))

    taken = sorted({i for i, _ in told} | set(at))  # the blocks a row was read from
    for k, r in enumerate(rows):
        block = blocks[at[k]] if at[k] >= 0 else None
        if isinstance(block, Paragraph) and block.kind == "heading" and (
                starts[at[k]] in coded_sections or names.is_type_name(block.text)):
            # The paragraph that closes the heading's text tells its tiltak; those over it introduce the section.
            # A heading that is a kind of measure («Etter- og vidareutdanning») is a topic's, as a chapter's is.
            under = [b for b in blocks[at[k] + 1: next((i for i in taken if i > at[k]), len(blocks))]
                     if isinstance(b, Paragraph) and b.kind == "text"]
            if under:
                retitled(r, under[-1].text, first_named, "et kapittel med flere tiltak" if starts[at[k]] in coded_sections
                         else "en type tiltak, ikke et navn")
        elif isinstance(block, Paragraph) and block.kind == "heading" and clean(r.fields.get("tiltak")) == clean(block.text) \
                and (named := first_named(account := r.fields.get("beskrivelse", ""))) is not None \
                and is_headline_over(block.text, named.name, names.stop, names.verbs):
            retitled(r, account, first_named, f"en overskrift som forteller om tiltaket («{clean(block.text)[:60]}»)")
    out: list[DraftRow] = []
    for k, r in enumerate(rows):
        while told and told[0][0] < at[k]:
            out.append(told.pop(0)[1])
        out.append(r)
    return out + [r for _, r in told], unread


def read_passed_over(source_file: str, blocks: Sequence[Block], rows: list[DraftRow], skipped: list[SkippedRow],
                     stray: Sequence[tuple[Paragraph, Paragraph]], delmal_levels: set[int], names: ProseNames,
                     known_code: Callable[[str], bool], worded_delmal: Callable[[str], str] = lambda heading: "",
                     match: Callable[[str], Match] | None = None,
                     split_labels: Callable[[str], tuple[str, dict[str, str]]] | None = None,
                     citations: Sequence[str] = (), owner: Callable[[Paragraph, Paragraph], str] = lambda p, h: "",
                     tell_fields: Callable[[str], tuple[str, dict[str, str]]] = lambda text: (text, {}),
                     ) -> tuple[list[DraftRow], list[SkippedRow], list[str]]:
    """The rows with the tiltak told in running prose added; what the reader passed over that may be tiltak (items
    under headings naming no delmål, paragraphs giving a delmål), listed; and the warnings that say so. `match` reads
    a delmål from a sentence's words, for bold titles under headings that name none; `citations` are the phrases
    that cite the strategy's goal («strategiens mål om»); `owner` the organisation a heading names over a paragraph;
    `tell_fields` the fields an account tells in sentences of their own."""
    labelled = (lambda text: bool(split_labels(text)[1])) if split_labels is not None else (lambda _: False)
    if match is not None:
        added = list(headed_accounts(source_file, blocks, rows, match, citations, labelled, tell_fields))
        if split_labels is not None:
            bracketed, stray = bracketed_strays(source_file, stray, match, split_labels, owner)
            added += bracketed
        # Only under headings at a level the report's other headings give delmål at: elsewhere a bold title opens an
        # introduction's or a chapter's paragraph as often as a tiltak.
        worded, stray = worded_strays(source_file, [s for s in stray if s[1].level in delmal_levels], match)
        rows = sorted([*rows, *added, *worded], key=lambda r: (r.provenance.page or 0, r.provenance.line or 0))
    passed, warnings = stray_items(source_file, stray, delmal_levels, rows), []
    if passed:
        warnings.append(f"{source_file}: {len(passed)} {'punkt' if len(passed) == 1 else 'punkter'} under overskrifter "
                        f"som ikke nevner et delmål ble ikke lest som tiltak ({some([s.locator for s in passed])}); gi "
                        "overskriftene delmålets nummer, f.eks. «Delmål 2.1»")
    rows, untold = running_prose_rows(source_file, blocks, rows, [*skipped, *passed], names, known_code, worded_delmal,
                                      split_labels, tell_fields)
    unread = untold + unread_mentions(source_file, blocks, rows, [*skipped, *passed, *untold], split_labels)  # each once
    items = unread_items(source_file, blocks, rows, [*skipped, *passed, *unread])
    if items:
        warnings.append(f"{source_file}: {len(items)} {'punkt' if len(items) == 1 else 'punkter'} i nummererte lister "
                        f"der de andre punktene ble lest som tiltak, ble ikke lest ({some([s.locator for s in items])}); "
                        "se dem i rapporten og før dem inn for hånd om de er tiltak")
    if unread:
        warnings.append(f"{source_file}: {len(unread)} avsnitt som oppgir delmål eller ansvar slik et tiltak gjør, ble ikke lest "
                        f"som tiltak ({some([s.locator for s in unread])}); se dem i rapporten og før dem inn for hånd "
                        "om de er tiltak")
    return rows, passed + unread + items, warnings
