"""Tables of labels and values rather than of rows: a key/value form, or a head of a memo's particulars."""

from __future__ import annotations

from .columns import ColumnMapper
from .text import words

PARTICULAR_LABEL_WORDS = 3  # «Saksnr.:», «Vår referanse:»: a memo's or form's head labels its particulars briefly
PARTICULAR_VALUE_WORDS = 10  # a name, a date, a reference: no sentence
PARTICULAR_ROWS = 3  # rows of one-word labels that make a head of particulars, not a header over a row


def is_form(rows: list[tuple[str, ...]], mapper: ColumnMapper) -> bool:
    """A key/value form: its first column names fields down the rows ('Tiltak | …', 'Ansvarlig | …')."""
    labels = [r[0] for r in rows if r and r[0]]
    named = sum(1 for t in labels if mapper.field_of(t)[0])
    return named >= 2 and named >= len(labels) / 2


def is_particulars(rows: list[tuple[str, ...]], mapper: ColumnMapper, particulars: set[str]) -> bool:
    """A head of particulars («Til: | …», «Kontaktperson | Kari Nordmann, rådgiver»): two rows or more of a label
    and a short value, each label a few words ending in a colon or one word before a name of several, none
    naming a field (that is a form). «Navn | Telefon» over «Kari | 12345678» is a header over a row."""
    filled = [[(c, t) for c, t in enumerate(r) if t] for r in rows]
    filled = [f for f in filled if f]
    if len(filled) < 2 or any(len(f) != 2 or f[0][0] != 0 for f in filled):
        return False
    # Three rows or more of one-word labels («Rapporteringsår | 2030», «Dato | …») are particulars whatever
    # their values; two could be a header over a row.
    many = len(filled) >= PARTICULAR_ROWS
    return all(len(words(value)) <= PARTICULAR_VALUE_WORDS and not mapper.field_of(label)[0] and (
        (label.endswith(":") and len(words(label)) <= PARTICULAR_LABEL_WORDS)
        or (len(words(label)) <= PARTICULAR_LABEL_WORDS and bool(set(words(label)) & particulars))
        or (len(words(label)) == 1 and (many or len(words(value)) >= 2))) for (_, label), (_, value) in filled)
