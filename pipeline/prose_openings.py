"""Paragraph shapes around list items: a sentence that describes the item above it, and a paragraph that opens with
a tiltak's title and its code before a colon."""

from __future__ import annotations

import re
from typing import Callable

from normalise.text import clean, fold
from parsers.content import Paragraph

from .prose_lines import is_sentence
from .prose_items import TITLE_WORDS


def describes_item(p: Paragraph, following: Paragraph | None, labels: Callable[[Paragraph | None], dict]) -> bool:
    """A sentence of plain text right under a list item, with the next item or the item's own labelled line
    («Samarbeid med: NSF») under it, describes that item; text after a list's last item closes the list."""
    if p.kind != "text" or p.lead or labels(p) or following is None or not is_sentence(p.text):
        return False
    return following.kind in ("bullet", "numbered") or bool(labels(following))


# «Svar: Opplæring av LOs representanter i SRY (delmål 1.4, kurs): To samlinger …»: a title, its code in brackets, a
# colon, then the account. A stop after the bracket would end a sentence instead («LO har en plass i KBU (delmål 1.1).»).
_TITLE_CODE_COLON = re.compile(r"^(?P<title>[^():.]{3,150}?)\s*\(\s*(?:delm[åa]l(?:et)?|dm\.?)\s*\d[^()]{0,60}\)\s*:\s+\S",
                               re.IGNORECASE)


def titled_paragraph(text: str, answer_labels: tuple[str, ...]) -> str:
    """A paragraph that opens with a tiltak's title and its code in brackets before a colon and its account, less
    any form's answer label before it; '' for any other paragraph."""
    text = clean(text)
    label = next((w for w in answer_labels if fold(text).startswith(fold(w) + ":")), "")
    text = text[len(label) + 1:].lstrip() if label else text
    m = _TITLE_CODE_COLON.match(text)
    return text if m and len(m["title"].split()) <= TITLE_WORDS else ""
