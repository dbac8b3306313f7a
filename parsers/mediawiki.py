"""A wiki's pages exported as XML (MediaWiki's Special:Export): each article's last revision, its templates expanded
with the definitions the export holds, made HTML by pandoc and read as a web page.

A member may keep its report as a wiki page whose measures are template calls, «{{Tiltak|navn=…|type=…}}»: the
template («Mal:Tiltak») lays each out as a small table. The export carries both, and every earlier revision (a draft
of November is not the report). A call to a template the export lacks gives its named arguments as labelled lines.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from tiltak_core.errors import TooLarge

from .content import Content, Paragraph
from .html import blocks_of_html
from .packed_xml import local
from .pandoc import to_html
from .registry import ParseOptions, register
from .tree import safe_root

_AGAIN = "Be om rapporten som Word eller PDF (skriv ut wikisiden til PDF)"
_MAX_PASSES = 20  # templates calling templates: no wiki nests deeper
_MAX_TEXT = 5_000_000  # characters a page may grow to as its templates are expanded
_CALL = re.compile(r"\{\{(?!\{)([^{}]*)\}\}")  # an innermost call: «{{Tiltak|navn=…}}», no braces inside
_PARAMETER = re.compile(r"\{\{\{([^{}|]*)(?:\|([^{}]*))?\}\}\}")  # «{{{navn}}}», «{{{type|–}}}»
_NOINCLUDE = re.compile(r"<noinclude>.*?</noinclude>", re.DOTALL | re.IGNORECASE)
_ONLYINCLUDE = re.compile(r"<onlyinclude>(.*?)</onlyinclude>", re.DOTALL | re.IGNORECASE)
_INCLUDEONLY = re.compile(r"</?includeonly>", re.IGNORECASE)


def _child_text(node: Any, name: str, default: str = "") -> str:
    """The text of the node's first child of that name, else `default`."""
    child = next((c for c in node if local(c.tag) == name), None)
    return (child.text or default) if child is not None else default


def _last_text(page: Any) -> str:
    """The wikitext of a page's last revision (an export lists them oldest first)."""
    revisions = [r for r in page if local(r.tag) == "revision"]
    return _child_text(revisions[-1], "text") if revisions else ""


def _body(definition: str) -> str:
    """What a template puts where it is called: its <onlyinclude> part, else all but its <noinclude> parts."""
    only = _ONLYINCLUDE.findall(definition)
    return "".join(only) if only else _INCLUDEONLY.sub("", _NOINCLUDE.sub("", definition))


def _arguments(parts: list[str]) -> dict[str, str]:
    """A call's arguments by name: «navn=Kurs» by its name, the others by their place («1», «2» …)."""
    found: dict[str, str] = {}
    place = 0
    for part in parts:
        name, equals, value = part.partition("=")
        if equals and re.fullmatch(r"\s*[\w -]+\s*", name):
            found[name.strip()] = value.strip()
        else:
            place += 1
            found[str(place)] = part.strip()
    return found


def _split(call: str) -> list[str]:
    """A call's name and arguments, split at its bars but not at those inside a link («[[Fagforbundet (forbund)|…]]»)."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(call):
        if call.startswith("[[", i):
            depth += 1
        elif call.startswith("]]", i) and depth:
            depth -= 1
        elif char == "|" and not depth:
            parts.append(call[start:i])
            start = i + 1
    return parts + [call[start:]]


def _expanded(call: re.Match[str], templates: dict[str, str]) -> str:
    name, *parts = _split(call.group(1))
    key = name.strip().replace("_", " ")
    key = key[:1].upper() + key[1:]
    arguments = _arguments(parts)
    if key in templates:
        return _PARAMETER.sub(lambda p: arguments.get(p.group(1).strip(), p.group(2) if p.group(2) is not None else ""),
                              _body(templates[key]))
    # A template the export does not hold: its named arguments as a box of labels beside their values.
    rows = [f"|-\n| {k} || {v}" for k, v in arguments.items() if not k.isdigit() and v]
    return "\n{|\n" + "\n".join(rows) + "\n|}\n" if rows else ""


class ExpansionTooLarge(ValueError):
    """Templates that expand past any page's size (templates calling each other over and over)."""


def expand(text: str, templates: dict[str, str]) -> str:
    """The wikitext with its template calls replaced by what the templates give, innermost first."""
    grown = [len(text)]

    def one(call: re.Match[str]) -> str:
        done = _expanded(call, templates)
        grown[0] += len(done)
        if grown[0] > _MAX_TEXT:
            raise ExpansionTooLarge(call.group(0)[:60])
        return done

    for _ in range(_MAX_PASSES):
        done = _CALL.sub(one, text)
        if done == text:
            break
        text = done
    return text


@register("mediawiki")
def parse_mediawiki(path: Path, source_file: str, options: ParseOptions) -> Content:
    """Each article's last revision, its templates expanded, read as the page the wiki shows."""
    root = safe_root(path, source_file, "wikieksporten", "er skadet (den er ikke gyldig XML)", _AGAIN)
    names = {n.get("key"): (n.text or "").strip() for n in root.iter() if local(n.tag) == "namespace"}
    template_prefix = f"{names.get('10') or 'Template'}:"
    templates: dict[str, str] = {}
    articles: list[tuple[str, str]] = []
    for page in (p for p in root if local(p.tag) == "page"):
        title, ns = _child_text(page, "title"), _child_text(page, "ns", "0").strip()
        if ns == "10" or title.startswith((template_prefix, "Template:")):
            templates[title.split(":", 1)[1].strip()] = _last_text(page)
        elif ns == "0":
            articles.append((title, _last_text(page)))
    # A page's categories («[[Kategori:Rapporter 2076]]») are listed under it by the wiki, no part of its text.
    category = re.compile(rf"\[\[\s*(?:Category|{re.escape(names.get('14') or 'Category')})\s*:[^\]]*\]\]", re.IGNORECASE)
    blocks: list[Any] = []
    for title, text in articles:
        blocks.append(Paragraph(None, 0, title, "heading", 1))
        try:
            wikitext = category.sub("", expand(text, templates))
        except ExpansionTooLarge as exc:
            raise TooLarge(source_file, f"malene på wikisiden «{title}» vokser til mer enn {_MAX_TEXT:,} tegn når de "
                           "fylles ut".replace(",", " "), _AGAIN) from exc
        blocks.extend(blocks_of_html(to_html(wikitext, source_file, options, "mediawiki", _AGAIN))[1])
    # The wiki's name and address («KSwiki», «wiki.ks.no») say whose it is, as a letterhead does.
    site = tuple((e.text or "").strip() for e in root.iter() if local(e.tag) in ("sitename", "base") and e.text)
    warnings = () if articles else ("wikieksporten har ingen artikler, bare maler eller andre sider",)
    # Numbered across the articles, as one page's blocks are: a paragraph by its place, a table by its count.
    tables = iter(range(1, len(blocks) + 1))
    blocks = [replace(b, line=n) if isinstance(b, Paragraph) else replace(b, index=next(tables))
              for n, b in enumerate(blocks, 1)]
    return Content(blocks=tuple(blocks), title=articles[0][0] if articles else "", warnings=warnings, margins=site)
