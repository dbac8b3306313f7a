"""A news feed (Atom 1.0 or RSS 2.0, as a website's CMS serves a tag or category) read as a report of its entries.

A member may send the feed of its news tagged for the council instead of a report. Each entry is a heading (its
title) over its categories as labelled lines («tiltakstype: Kurs», «kps: Karriereveiledning (delmal 1.3)»), its
summary and its article, the article's markup read as a web page's. A WordPress export is RSS too, but a site's
posts with their fields: `parsers.tree` reads it.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

from .content import Block, Content, Paragraph, TableBlock
from .html import blocks_of_html
from .registry import ParseOptions, register
from .tree import safe_root

_AGAIN = "Be om rapporten som Word (DOCX) eller PDF, eller lagre sidene som PDF fra nettleseren"
_ATOM = "{http://www.w3.org/2005/Atom}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
# A category's term is a web address's slug: «delmal-3-6» was «delmål 3.6» before the CMS made it a slug.
_SLUG_CODE = re.compile(r"^(?P<words>[^\W\d_][\w-]*?)-(?P<major>\d{1,2})-(?P<minor>\d{1,2})$")
# An <aside> in a web page is the site's margin; inside an article it is the article's own fact box.
_ASIDE = re.compile(r"(</?)aside\b", re.IGNORECASE)
_LABELLED = re.compile(r"^[^:.!?]{2,40}:\s+\S")  # «Ansvarlig: VOFO», a fact box's line


def _flat(text: str | None) -> str:
    return " ".join((text or "").split())


def _category_line(scheme: str, term: str, label: str) -> str:
    """A category as a labelled line: «delmal: 3.6 Læring i frivillig sektor» where its term is words and a number
    («delmal-3-6», a web address's slug of «delmål 3.6»), the words naming what the number is; else «scheme: label»,
    the scheme's last path part naming what the category says («tiltakstype: Kurs»)."""
    coded = _SLUG_CODE.match(term)
    if coded:
        return f"{coded['words'].replace('-', ' ')}: {coded['major']}.{coded['minor']} {label}".rstrip()
    name = scheme.rstrip("/").rsplit("/", 1)[-1] or "Kategori"
    return f"{name}: {label} ({term})" if label and term and label.lower() != term.lower() else f"{name}: {label or term}"


def _article(markup: str, summary: str) -> tuple[list[Block], list[Block]]:
    """(the article's fact box: its list items «Ansvarlig: VOFO» as lines, the rest of the article)."""
    blocks = blocks_of_html(_ASIDE.sub(r"\1section", markup))[1] if markup.strip() else []
    # The article's lead is often its summary again: said once. Its own headings («Fakta om tiltaket») stand
    # inside the entry, not over a part of the feed.
    kept = [b if isinstance(b, TableBlock) or b.kind != "heading" else Paragraph(None, 0, b.text)
            for b in blocks if isinstance(b, TableBlock) or _flat(b.text) != summary]
    facts = [b for b in kept if isinstance(b, Paragraph) and b.kind == "bullet" and _LABELLED.match(b.text)]
    return [Paragraph(None, 0, b.text) for b in facts], [b for b in kept if b not in facts]


# The elements every feed's entries carry; any other an entry holds (a CMS's own «<kpr:delmal>») is a field of it.
_STANDARD = frozenset({"title", "link", "id", "guid", "updated", "published", "pubDate", "author", "creator",
                       "contributor", "category", "summary", "content", "description", "encoded", "comments", "source",
                       "rights", "enclosure", "commentRss", "thumbnail"})


def _own_fields(entry: Any) -> list[tuple[str, str, str]]:
    """An entry's other plain elements as categories are kept: (its name, its text, '')."""
    return [(tag.rsplit("}", 1)[-1], _flat(child.text), "") for child in entry
            if isinstance(tag := child.tag, str) and tag.rsplit("}", 1)[-1] not in _STANDARD and len(child) == 0
            and _flat(child.text)]


def _entries(root: Any) -> tuple[str, list[tuple[str, list[tuple[str, str, str]], str, str]]]:
    """(the feed's title, each entry as (title, categories (scheme, term, label), summary, article markup))."""
    if root.tag == f"{_ATOM}feed":
        entries = [(_flat(e.findtext(f"{_ATOM}title")),
                    [(c.get("scheme") or "", c.get("term") or "", _flat(c.get("label"))) for c in e.findall(f"{_ATOM}category")]
                    + _own_fields(e),
                    _flat(e.findtext(f"{_ATOM}summary")), e.findtext(f"{_ATOM}content") or "")
                   for e in root.findall(f"{_ATOM}entry")]
        return _flat(root.findtext(f"{_ATOM}title")), entries
    channel = root.find("channel")
    items = channel.findall("item") if channel is not None else []
    rss = []
    for item in items:
        description = item.findtext("description") or ""
        article = item.findtext(_CONTENT) or ""
        summary = _flat(" ".join(b.text for b in blocks_of_html(description)[1] if isinstance(b, Paragraph))) \
            if description.strip() and article.strip() else ""
        rss.append((_flat(item.findtext("title")),
                    [(c.get("domain") or "", _flat(c.text), "") for c in item.findall("category")] + _own_fields(item),
                    summary, article or description))
    return _flat(channel.findtext("title") if channel is not None else ""), rss


@register("feed")
def parse_feed(path: Path, source_file: str, options: ParseOptions) -> Content:
    """Each entry a heading over its categories, summary and article; a category every entry carries (the tag the
    feed was made for) says nothing of one and is left out."""
    root = safe_root(path, source_file, "Nyhetsstrømmen", "er skadet (den er ikke gyldig XML)", _AGAIN)
    title, entries = _entries(root)
    shared = Counter(c[:2] for _, categories, _, _ in entries for c in set(categories))
    blocks: list[Block] = [Paragraph(None, 0, title, "heading", 1)] if title else []
    for heading, categories, summary, markup in entries:
        blocks.append(Paragraph(None, 0, heading, "heading", 2))
        facts, article = _article(markup, summary)
        # The fact box's lines and the categories are the entry's particulars: read together, above its words.
        blocks += facts
        blocks += [Paragraph(None, 0, _category_line(*c)) for c in categories
                   if len(entries) < 2 or shared[c[:2]] < len(entries)]
        blocks += [Paragraph(None, 0, summary)] if summary else []
        blocks += article
    numbered = [b if isinstance(b, TableBlock) else Paragraph(None, n, b.text, b.kind, b.level, b.lead)
                for n, b in enumerate(blocks, start=1)]
    warnings = () if entries else ("Nyhetsstrømmen har ingen saker",)
    return Content(blocks=tuple(numbered), title=title, warnings=warnings)
