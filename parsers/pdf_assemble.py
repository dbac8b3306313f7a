"""A PDF's page records put together: running headers out, borderless tables, paragraphs, reading order.

Works on the small per-page records the reader keeps (pdf_reader), so what needs the whole
document (running headers, body font size, the vocabulary of broken words) sees every page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from . import pdf_borderless, pdf_cards, pdf_columns, pdf_tables, pdf_text
from .content import Block, Content, Paragraph, TableBlock
from .pdf_annotations import marks_note, row_marks
from .pdf_geometry import Line, dominant_size, group_lines, join_wrapped, known_words
from .pdf_records import PageRecord

MARGIN_LINES = 12  # running lines kept (distinct texts): a page address or a letterhead, not every page's number


def assemble(records: list[PageRecord], warnings: list[str], fresh: frozenset[int] = frozenset()) -> Content:
    """The document's blocks in reading order, with its page count, title and warnings; a page in `fresh` (one a
    bookmark opens) goes on no paragraph from the page before."""
    all_words = [w for r in records for w in r.words] + [w for r in records for t in r.tables for w in t.words()]
    overall_size = dominant_size(all_words) or 10.0
    # A page of cards side by side is read card by card; every other page as its lines run.
    # (Where the page's text columns show a gutter, the columns are read as such: cards in them are read in turn.)
    plain = [group_lines(r.words) for r in records]
    carded = [_cards(lines, r) for lines, r in zip(plain, records)]
    page_cards = [found[0] if found else [] for found in carded]
    page_lines = [found[1] + [ln for card in found[0] for ln in card] if found else lines
                  for found, lines in zip(carded, plain)]
    running = pdf_text.running_line_ids(page_lines, [r.height for r in records], overall_size)
    part_of: dict[int, int] = {}  # a line's part of its page (a card, or the text between cards)
    kept = []
    margins = dict.fromkeys(lines[k].text for lines, drop in zip(page_lines, running) for k in sorted(drop))
    page_heads = [(r.number, lines[k].text) for lines, drop, r in zip(page_lines, running, records) for k in sorted(drop)
                  if lines[k].bottom <= r.height * pdf_text.MARGIN_BAND]
    for lines, drop, cards, record in zip(page_lines, running, page_cards, records):
        dropped = {id(lines[k]) for k in drop}
        in_cards = {id(ln) for card in cards for ln in card}
        outside = pdf_columns.reading_order([ln for ln in lines if id(ln) not in dropped and id(ln) not in in_cards],
                                            record.rule_spans)
        parts = pdf_cards.in_order(outside, [pdf_columns.reading_order([ln for ln in c if id(ln) not in dropped])
                                             for c in cards]) if cards else [outside]
        part_of.update((id(ln), k) for k, part in enumerate(parts) for ln in part)
        kept.append([ln for part in parts for ln in part])

    # Borderless tables first: the body text size and line pitch are measured on what is left.
    carried: tuple[float, ...] = ()
    found_per_page: list[list[pdf_tables.FoundTable]] = []
    text_per_page: list[list[Line]] = []
    for record, lines in zip(records, kept):
        found, used = pdf_borderless.borderless_tables(lines, record.rules, carried)
        text_lines = [ln for k, ln in enumerate(lines) if k not in used]
        found_per_page.append([t for t, _ in found])
        text_per_page.append(text_lines)
        carried = _runs_off_page([t for t, _ in found], text_lines)

    text_words = [w for lines in text_per_page for ln in lines for w in ln.words]
    # A report that is nearly all table measures its "body" on the tables.
    body_size = dominant_size(text_words) if sum(len(w.text) for w in text_words) >= 200 else overall_size
    stats = pdf_text.text_stats(text_per_page, body_size or overall_size)
    # Words the document uses on their own: a line starting with one is not the rest of a broken word.
    vocabulary = known_words(seg for lines in kept for ln in lines for seg in ln.segments)
    vocabulary |= known_words(cell for r in records for t in r.tables for cell in t.cell_lines())

    blocks: list[Block] = []
    title = ""
    tail: pdf_text.PlacedParagraph | None = None  # the previous page's last block, if a paragraph
    for record, text_lines, borderless in zip(records, text_per_page, found_per_page):
        for number, ln in enumerate(text_lines, start=1):
            ln.number = number
        placed = [p for run in _runs_of_parts(text_lines, part_of) for p in pdf_text.paragraphs(run, record.number, stats)]
        if record.number == 1:
            title = _title_of(text_lines, placed, stats)
        page_blocks = _page_blocks(record, record.tables + borderless, placed, vocabulary)
        by_id = {id(p.paragraph): p for p in placed}
        if tail is not None and page_blocks and isinstance(page_blocks[0], Paragraph) and record.number not in fresh:
            head = by_id[id(page_blocks[0])]
            if pdf_text.continues_on_next_page(tail, head):
                # A paragraph broken by the page break: its rest joins it, keeping its page and line.
                joined = replace(tail.paragraph, text=join_wrapped([tail.paragraph.text, head.paragraph.text]))
                blocks[-1] = joined
                page_blocks.pop(0)
                tail = replace(head, paragraph=joined)
                if not page_blocks:
                    continue
        blocks.extend(page_blocks)
        last = page_blocks[-1] if page_blocks else None
        tail = by_id.get(id(last)) if isinstance(last, Paragraph) else None

    if notes := [(r.number, m.text) for r in records for m in r.marks if m.text]:
        warnings.append(marks_note(notes))
    if records and not any(r.words or r.tables for r in records):
        warnings.append("PDF-en har ingen tekst (en skannet side?); ingenting kunne leses fra den")
    return Content(blocks=tuple(blocks), pages=len(records), title=title, warnings=tuple(warnings),
                   margins=tuple(margins)[:MARGIN_LINES], running_heads=_over_blocks(page_heads, blocks))


def _over_blocks(page_heads: list[tuple[int, str]], blocks: list[Block]) -> tuple[tuple[int, str], ...]:
    """Each page's running headers as (index of the page's first block, text); a page with no block of its own has none."""
    first: dict[int | None, int] = {}
    for n, block in enumerate(blocks):
        first.setdefault(block.page, n)
    return tuple((first[page], text) for page, text in page_heads if page in first)


def _runs_of_parts(lines: list[Line], part_of: dict[int, int]) -> list[list[Line]]:
    """The lines cut where one part of the page (a card) ends and the next begins: no paragraph runs across."""
    runs: list[list[Line]] = []
    for ln in lines:
        if runs and part_of.get(id(ln)) == part_of.get(id(runs[-1][-1])):
            runs[-1].append(ln)
        else:
            runs.append([ln])
    return runs


def _cards(lines: list[Line], record: PageRecord) -> tuple[list[list[Line]], list[Line]] | None:
    """The page's cards and the lines outside them (pdf_cards); none where the text stands in columns, unless what
    looked like a column is only boxes floated beside the text (a web page's «Fakta» boxes): no line outside them
    stands in their column."""
    found = pdf_cards.cards_of(record.words, record.shapes)
    if found is None or not pdf_columns.find_gutter(lines, record.rule_spans):
        return found
    cards, outside = found
    boxes_from = min(ln.x0 for card in cards for ln in card)
    return None if any(ln.x0 >= boxes_from - pdf_cards.EDGE for ln in outside) else found


def _runs_off_page(borderless: list[pdf_tables.FoundTable], text_lines: list[Line]) -> tuple[float, ...]:
    """Column starts of a borderless table with no text below it but small print: it may go on overleaf."""
    if not borderless:
        return ()
    last = max(borderless, key=lambda t: t.bbox[3])
    size = dominant_size(w for row in last.grid for c in row if c for w in c.words)
    below = [ln for ln in text_lines if ln.top >= last.bbox[3] - 1 and ln.size >= 0.9 * size]
    return () if below else last.columns


def _page_blocks(
    record: PageRecord,
    tables: list[pdf_tables.FoundTable],
    placed: list[pdf_text.PlacedParagraph],
    vocabulary: set[str],
) -> list[Block]:
    """A page's tables and paragraphs top to bottom, tables flagged when they touch the page's top or bottom."""
    tables = sorted(tables, key=lambda t: (t.bbox[1], t.bbox[0]))
    bands = _bands_between(tables, placed)
    placed = [p for p in placed if id(p) not in bands.taken]
    items: list[tuple[float, int, Block]] = []
    for index, t in enumerate(tables, start=1):
        if id(t) in bands.joined:
            continue
        top, bottom = t.bbox[1], t.bbox[3]
        others = [o.bbox for o in tables if o is not t]
        top_of_page = not any(p.top <= top for p in placed) and not any(o[3] <= top + 1 for o in others)
        # Footnotes sit at the foot of the page wherever the table ends: they do not stop it there.
        bottom_of_page = not any(p.top >= bottom - 1 and not p.footnote for p in placed) and not any(
            o[1] >= bottom - 1 for o in others
        )
        parts = bands.stack(t)
        # A reader's marks fall on the rows of a table read whole (not one stacked with bands of text).
        struck, notes = row_marks([[w for c in row if c for w in c.words] for row in t.grid], record.marks) \
            if record.marks and parts == [t] else ((), ())
        block = TableBlock(
            page=record.number,
            index=index,
            rows=tuple(row for part in parts for row in (
                part.rows(vocabulary) if isinstance(part, pdf_tables.FoundTable) else (_band_row(part, t),))),
            confidence=t.confidence,
            ruled=t.ruled,
            top_of_page=top_of_page,
            bottom_of_page=bottom_of_page,
            struck=struck,
            notes=notes,
        )
        items.append((top, 0, block))
    # Paragraphs keep their reading order (a page in text columns goes back up); a table goes before
    # the first paragraph that starts below its top.
    out: list[Block] = []
    for p in placed:
        while items and items[0][0] <= p.top:
            out.append(items.pop(0)[2])
        out.append(p.paragraph)
    return out + [b for _, _, b in items]


BAND_GAP = 6.0  # points between a ruled row's foot and text that belongs to it: no space, as a merged row stands


@dataclass
class _Bands:
    """Tables a full-width text band ties together (a name row, its description across the table, the next row)."""

    stacks: dict[int, list[pdf_tables.FoundTable | pdf_text.PlacedParagraph]] = field(default_factory=dict)
    joined: set[int] = field(default_factory=set)  # tables read as part of the one above
    taken: set[int] = field(default_factory=set)  # paragraphs read as a table's band

    def stack(self, t: pdf_tables.FoundTable) -> list[pdf_tables.FoundTable | pdf_text.PlacedParagraph]:
        return self.stacks.get(id(t), [t])


def _bands_between(tables: Sequence[pdf_tables.FoundTable], placed: Sequence[pdf_text.PlacedParagraph]) -> _Bands:
    """A printed sheet's pairs of rows, a ruled row of cells and under it one unruled across the table (its
    description merged over the columns): the ruled rows come out as tables of the same columns, the merged rows as
    text flush under each. Both are one table, each band a row of one cell across it."""
    bands = _Bands()
    head: pdf_tables.FoundTable | None = None
    for k, t in enumerate(tables):
        below = [p for p in placed if t.bbox[3] - 1 <= p.top and (k + 1 == len(tables) or p.top < tables[k + 1].bbox[1])]
        band = below[0] if below and below[0].paragraph.kind == "text" and below[0].top - t.bbox[3] <= BAND_GAP and (
            t.bbox[0] - 1 <= below[0].first_x <= t.bbox[0] + 2 * BAND_GAP) and t.ruled else None
        if head is not None and _same_columns(head, t):
            bands.stacks[id(head)].append(t)
            bands.joined.add(id(t))
        else:
            head = t if band is not None else None
            if head is not None:
                bands.stacks[id(head)] = [head]
        if head is None or band is None:
            head = None
            continue
        bands.stacks[id(head)].append(band)
        bands.taken.add(id(band))
        if len(below) > 1:
            head = None  # more text before the next table: the stack ends with this band
    # A lone ruled table with text flush under it is no stack of pairs: leave both as they were.
    for key in [key for key, parts in bands.stacks.items() if sum(isinstance(p, pdf_tables.FoundTable) for p in parts) < 2]:
        bands.taken -= {id(p) for p in bands.stacks.pop(key) if not isinstance(p, pdf_tables.FoundTable)}
    return bands


def _same_columns(a: pdf_tables.FoundTable, b: pdf_tables.FoundTable) -> bool:
    """Whether two ruled tables have the same cells across: the same number, starting at the same edges."""
    edges = [[round(c.left) for c in t.grid[0] if c is not None] for t in (a, b) if t.grid]
    return len(edges) == 2 and len(edges[0]) == len(edges[1]) and all(
        abs(x - y) <= 2 for x, y in zip(*edges)) and len(a.grid[0]) == len(b.grid[0])


def _band_row(band: pdf_text.PlacedParagraph, t: pdf_tables.FoundTable) -> tuple[str | None, ...]:
    """A band's text as one row of the table: its first cell, the others empty, as Word and Excel give a merge across."""
    width = len(t.grid[0]) if t.grid else 1
    return (band.paragraph.text, *([""] * (width - 1)))


def _title_of(lines: Sequence[Line], paras: Sequence[pdf_text.PlacedParagraph], stats: pdf_text.TextStats) -> str:
    """The largest text on the first page, its wrapped lines joined; else its first heading."""
    if lines:
        biggest = max(ln.size for ln in lines)
        if biggest >= pdf_text.HEADING_SIZE_RATIO * stats.body_size:
            picked: list[Line] = []
            for ln in lines:
                if abs(ln.size - biggest) <= 0.5:
                    if picked and ln.top - picked[-1].top > 1.6 * stats.pitch(biggest):
                        break
                    picked.append(ln)
                elif picked:
                    break
            return join_wrapped([ln.text for ln in picked])
    for placed in paras[:3]:
        if placed.paragraph.kind == "heading":
            return placed.paragraph.text
    return ""
