"""What the prose reader passed over: items under a heading it could not place, and (a last check over the read
document) paragraphs that give a tiltak's delmål but whose words no row holds.

Each reader rule knows the shapes it was written for; a report in a new shape can slip past all of them.
A paragraph that gives a delmål the way a tiltak does («Kurs for tillitsvalgte (2.4): …», «dm 1.1 · kurs ·
Ansvar: LO», «Delmål 2.3, type: arrangement») and whose words stand in no row read from the document was
not read: it is listed, so the file is not reported as read in full when it was not. A line of particulars
that closes an account («Delmål 1.1» alone under a heading and its text) has few words of its own: the heading
and text it closes must stand in the rows too.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable, Sequence

from normalise.text import clean, words
from parsers.content import Block, Paragraph

from .draft_row import DraftRow
from .item_delmal import CODE_PATTERN, own_delmal

from tiltak_core.records import Provenance, SkippedRow

# A paragraph opening with a delmål's code («Delmål 1.4, type: …», «dm 2.3 · prosjekt», «Delmål: 2.1»): the
# particulars of a tiltak. A code inside a sentence («tiltak under delmål 1.2, der …») is prose about the report.
_OPENING_CODE = re.compile(r"^\W{0,3}(?:delm[åa]l(?:et)?|dm\.?)\s*:?\s*\d\s?[.,]\s?\d{1,2}\b", re.IGNORECASE)
# A code in brackets anywhere («Veiledningspakke (2.2) – utgitt i mars», «[dm 1.3, kurs]»): a tiltak's own.
# «(2.4)», «(delmål 2.4; Ansvar: KD; … Virkemiddel: bransjeprogram (opplæring))»: a bracket opening with the code.
_BRACKETED_CODE = re.compile(r"[(\[]\s*" + CODE_PATTERN + r"\s*(?:[,;](?:[^()\[\]]|\([^()]*\)){0,240})?[)\]]", re.IGNORECASE)
CONTENT_WORD = 4  # shorter words («og», «for», «dm») say nothing about which tiltak a paragraph is
READ_SHARE = 0.5  # a paragraph half of whose words stand in the rows was read into them (as a title, a field)
PARTICULARS_WORDS = 8  # a line of particulars has few words of its own; a longer paragraph is an account itself
UNREAD = "avsnittet oppgir et delmål slik et tiltak gjør, men ble ikke lest som tiltak"
UNREAD_ITEM = "punktet står i en nummerert liste der de andre punktene ble lest som tiltak, men ble ikke lest selv"
UNREAD_ACCOUNT = "overskriften og teksten over et delmål eller en linje med ansvar som avslutter dem, ble ikke lest som tiltak"


def gives_delmal(p: Paragraph) -> bool:
    """Whether a paragraph gives a delmål the way a tiltak does: in brackets, or as the code its line of
    particulars opens with. A heading counts only with the code in brackets."""
    if own_delmal(p.text) is not None or _BRACKETED_CODE.search(p.text):
        return True
    return p.kind != "heading" and bool(_OPENING_CODE.match(clean(p.text)))


# «Delmål: 1.1», «dm. 1.3 | type R» name the code and the type's field, not the tiltak.
_CODE_WORDS = frozenset({"delmål", "delmal", "delmålet", "delmalet", "type", "typen", "kategori"})


def _content_words(text: str) -> set[str]:
    return {w for w in words(text) if len(w) >= CONTENT_WORD and not w.isdigit() and w not in _CODE_WORDS}


def closed_account(blocks: Sequence[Block], i: int) -> list[Paragraph]:
    """The heading and text that the particulars at blocks[i] close: the line stands last before the next
    heading (or the end), with text between it and the heading above. Empty when it closes nothing."""
    after = blocks[i + 1] if i + 1 < len(blocks) else None
    if after is not None and not (isinstance(after, Paragraph) and after.kind == "heading"):
        return []
    account: list[Paragraph] = []
    for b in reversed(blocks[:i]):
        if not isinstance(b, Paragraph) or gives_delmal(b):
            return []  # a table, or another account's particulars: this line closes no heading's account
        account.insert(0, b)
        if b.kind == "heading":
            return account if len(account) > 1 else []
    return []


def _said_words(text: str, split_labels: Callable[[str], tuple[str, dict[str, str]]] | None) -> set[str]:
    """The content words a line says: of a line of labels only its answers («Delmål: 1.4 · Ansvar: Tekna · Partnere: –»
    read is Tekna, not the labels' words, round 73)."""
    said, labelled = split_labels(text) if split_labels is not None else (text, {})
    if said or not labelled:
        return _content_words(text)
    return set().union(*(_content_words(value) for value in labelled.values()))


def _unread(words_of: set[str], read: set[str]) -> bool:
    return bool(words_of) and len(words_of & read) / len(words_of) < READ_SHARE


def words_read(rows: Iterable[DraftRow], skipped: Iterable[SkippedRow]) -> set[str]:
    """The content words the rows hold and the skipped rows list: what of a document was read."""
    read: set[str] = set()
    for row in rows:
        for value in (*row.fields.values(), *row.extra.values()):
            read |= _content_words(value)
    for s in skipped:
        read |= _content_words(s.text)
    return read


def is_unread(text: str, read: set[str]) -> bool:
    """Whether less than half of a text's content words stand in what was read."""
    return _unread(_content_words(text), read)


_WHO_FIELDS = frozenset({"ansvarlig", "samarbeidspartnere", "type"})


def unread_mentions(source_file: str, blocks: Sequence[Block], rows: Iterable[DraftRow],
                    skipped: Iterable[SkippedRow],
                    split_labels: Callable[[str], tuple[str, dict[str, str]]] | None = None) -> list[SkippedRow]:
    """The paragraphs that give a delmål as a tiltak does and were read into no row (nor listed as skipped),
    and the accounts such a paragraph, or a line of nothing but who ran it («Ansvar: Virke · Med: HK»), closes that
    were not read."""
    told = list(skipped)
    read = words_read(rows, told)
    listed = {s.locator for s in told}  # a title listed already (under a heading naming no delmål) is listed once
    unread = []

    def account_unread(account: list[Paragraph], closing: Paragraph) -> None:
        if not account:
            return
        title = account[0]
        where = Provenance(source_file, page=title.page, line=title.line).locator
        if where not in listed and _unread(set().union(*(_content_words(q.text) for q in account)), read):
            unread.append(SkippedRow(where, UNREAD_ACCOUNT, f"{clean(title.text)[:100]} … {clean(closing.text)[:60]}"))

    for i, p in enumerate(blocks):
        if not isinstance(p, Paragraph):
            continue
        if split_labels is not None and p.kind == "text" and not gives_delmal(p):
            said, labelled = split_labels(p.text)
            if not said and labelled and set(labelled) <= _WHO_FIELDS:
                account_unread(closed_account(blocks, i), p)
            continue
        if not gives_delmal(p):
            continue
        if _unread(_said_words(p.text, split_labels), read):
            unread.append(SkippedRow(Provenance(source_file, page=p.page, line=p.line).locator, UNREAD,
                                     clean(p.text)[:200]))
        elif p.kind != "heading" and len(_content_words(p.text)) <= PARTICULARS_WORDS:
            account_unread(closed_account(blocks, i), p)
    return unread


def numbered_lists(blocks: Sequence[Block]) -> list[list[Paragraph]]:
    """The numbered lists: numbered items at one level, with only text between them (an item's account, its line of
    particulars), not a heading or a table."""
    lists: list[list[Paragraph]] = []
    open_list: list[Paragraph] = []
    for b in blocks:
        if isinstance(b, Paragraph) and b.kind == "numbered" and (not open_list or b.level == open_list[0].level):
            open_list.append(b)
        elif not isinstance(b, Paragraph) or b.kind != "text":
            # A heading or table ends the list; an item at another level ends it and opens its own.
            lists = lists + [open_list] if open_list else lists
            open_list = [b] if isinstance(b, Paragraph) and b.kind == "numbered" else []
    return [items for items in lists + [open_list] if len(items) > 1]


def unread_items(source_file: str, blocks: Sequence[Block], rows: Iterable[DraftRow],
                 skipped: Iterable[SkippedRow]) -> list[SkippedRow]:
    """The items of a numbered list that were read into no row where others of the list were: «1. … 2. … 3. …» in a
    letter is one kind of thing, so an item the reader could not make a tiltak of is said, not dropped."""
    rows, skipped = list(rows), list(skipped)
    read, listed = words_read(rows, []), words_read([], skipped)
    unread = []
    for items in numbered_lists(blocks):
        missing = [p for p in items if _unread(_content_words(p.text), read)]
        if len(missing) < len(items):
            unread += [SkippedRow(Provenance(source_file, page=p.page, line=p.line).locator, UNREAD_ITEM,
                                  clean(p.text)[:200]) for p in missing if _unread(_content_words(p.text), listed)]
    return unread


def stray_items(source_file: str, stray: Sequence[tuple[Paragraph, Paragraph]], delmal_levels: set[int],
                rows: Iterable[DraftRow] = ()) -> list[SkippedRow]:
    """List items (and plain lists) under a heading that names no delmål, where the report's other headings at
    that level do: tiltak under a heading the run did not recognise, not an introduction's list. An item that names a
    tiltak read elsewhere in the report (a summary's list of what follows) is no tiltak lost."""
    titles = [t for r in rows if (t := _content_words(r.fields.get("tiltak") or ""))]
    return [SkippedRow(Provenance(source_file, page=p.page, line=p.line).locator,
                       f"står under overskriften «{clean(h.text)[:60]}», som ikke nevner noe delmål", clean(p.text)[:200])
            for p, h in stray if h.level in delmal_levels and not _names_one_read(_content_words(p.text), titles)]


def _names_one_read(said: set[str], titles: Sequence[set[str]]) -> bool:
    """Whether a line's words are a tiltak's title read elsewhere («Godkjenningsveiviseren» in a summary's list)."""
    return bool(said) and any(said == title for title in titles)
