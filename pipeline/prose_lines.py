"""What one line of prose is to a list around it: a sentence, a list line, a letter's close or its place and date."""

from __future__ import annotations

import re

from normalise.columns import ColumnMapper
from normalise.text import clean
from parsers.content import Paragraph

from .draft_row import DraftRow


# «40 av medlemmene våre ga …», «2098 ble et godt år.»: a sentence may open with a figure, where a word in lower
# case follows it; «1.3 Flere voksne …» is a delmål's heading, not a sentence.
_OPENS_WITH_FIGURE = re.compile(r"^\d[\d  ]*\s+[a-zæøå]")


def is_sentence(text: str) -> bool:
    text = clean(text)
    return (text[:1].isupper() or bool(_OPENS_WITH_FIGURE.match(text))) and text.endswith((".", "!", "?"))


TITLE_LINE_WORDS = 10  # «Kunnskapsgrunnlag fra SSB til utvalget»: a name on a line of its own, not a clause


def title_line(text: str) -> bool:
    """A name on a line of its own: opening in a capital, a few words, no closing stop, colon or comma."""
    text = clean(text)
    return text[:1].isupper() and 1 <= len(text.split()) <= TITLE_LINE_WORDS and not text.endswith(
        (".", "!", "?", ":", ",", ";")) and not re.search(r"\d{3}|[.!?]\s", text) and not signs_off(text)


# «Oslo, 29. januar 2027», «Bergen 3.2.2027»: a place and a date on a line of their own, where a letter is signed.
_PLACE_AND_DATE = re.compile(r"^[A-ZÆØÅ][\w -]{1,30}?,?\s+(?:den\s+)?\d{1,2}\.\s*(?:[a-zæøå]+\s+|\d{1,2}\.\s*)\d{4}\.?$")


def signs_off(text: str) -> bool:
    """A line of a place and a date: the letter's signature follows, not a list of tiltak."""
    return bool(_PLACE_AND_DATE.match(clean(text)))


def after_description(description: str, text: str) -> bool:
    """A line that is no sentence («YS, Brugata 19, Oslo») after a description that ended its sentence: an address
    or a signature under the last block, not more of its description."""
    ends = (".", "!", "?")
    # «I 2083 var prosjektet på byggeplasser i Oslo, Bergen og Trondheim:» over the figures it lists: sentences
    # leading in to a list go on describing.
    lead_in = clean(text).endswith(":") and bool(re.search(r"[.!?]\s", clean(text)))
    return clean(description).endswith(ends) and not clean(text).endswith(ends) and not lead_in


def after_lead(p: Paragraph) -> str:
    """The text of a paragraph after its bold lead (spaces compared as one: «1.1.1  Title» under a lead «1.1.1 Title»)."""
    text, lead = clean(p.text), clean(p.lead)
    return text[len(lead):] if text.startswith(lead) else text.replace(lead, "", 1)


_LABEL_LINE = re.compile(r"^\W*\w+(?:[ -]\w+){0,2}\s*:\s")  # "Dato: …", "Kontaktperson: …": a line of particulars
LIST_LINE_WORDS = 25  # a list line is short; a longer plain line is running text


def closes_letter(p: Paragraph, closing: tuple[str, ...]) -> bool:
    """«Med vennlig hilsen»: the signature follows, and no list goes on past it (`closing` folded)."""
    return any(clean(p.text).casefold().startswith(w) for w in closing)


def list_line(p: Paragraph | None, closing: tuple[str, ...]) -> bool:
    """A short line that ends as list items do, without a sentence's full stop, and labels nothing."""
    return (p is not None and p.kind == "text" and len(p.text.split()) <= LIST_LINE_WORDS
            and not p.text.rstrip().endswith((".", ":", "!", "?")) and not _LABEL_LINE.match(p.text)
            and not closes_letter(p, closing))


def kept_as_note(row: DraftRow, p: Paragraph, mapper: ColumnMapper) -> bool:
    """Whether `p` is a note about the report («Kontaktperson: …» closing it after its last block), kept beside the
    row's fields as the sheet readers keep a note, and no account of the row's."""
    if not mapper.is_note_row([p.text]):
        return False
    label, _, value = p.text.partition(":")
    row.extra[clean(label)] = clean(value) or clean(p.text)
    return True
