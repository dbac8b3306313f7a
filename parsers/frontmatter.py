"""A Markdown note's properties (YAML front matter, «Key:: value» fields) as the labelled lines a report writes.

A knowledge base such as Obsidian keeps one note per measure: its name is the file's, its delmål, type and status are
properties, and «[[links]]» name people and partners. Read as lines «delmål: 1.1» under the note's name, the note is
the block a report lays out by hand, and is read by the same rules.
"""

from __future__ import annotations

import re

FRONT_MATTER = re.compile(r"\A---\s*\n(?P<yaml>.*?)\n---\s*\n", re.DOTALL)
_PROPERTY = re.compile(r"^(?P<key>[^\s:#-][^:#]*?)\s*:\s*(?P<value>.*?)\s*$")
_INLINE_FIELD = re.compile(r"^(?P<key>[^\W\d_][\w ]{0,40}?)::[ \t]*", re.MULTILINE)
_CALLOUT = re.compile(r"^(?P<quote>[ \t]*>[ \t]*)\[![\w-]+\][+-]?.*$", re.MULTILINE)  # «> [!info] Kort om»: the box's head
_WIKI_LINK = re.compile(r"\[\[(?:[^\]|]*/)?(?P<target>[^\]|]+?)(?:\|(?P<alias>[^\]]+))?\]\]")
# A note's bookkeeping, not a measure's particulars.
_NOT_FIELDS = {"title", "tags", "tag", "aliases", "alias", "cssclass", "cssclasses", "publish", "permalink"}


def front_matter(text: str) -> tuple[str, list[tuple[str, str]], str]:
    """The note's own title, its other properties (key, value) in order, and the text after the front matter."""
    found = FRONT_MATTER.match(text)
    if not found:
        return "", [], text
    title, fields = "", []
    for line in found["yaml"].splitlines():
        said = _PROPERTY.match(line)
        if not said:
            continue
        key, value = said["key"], _plain(said["value"])
        if key.lower() == "title":
            title = value
        elif value and "{{" not in value and key.lower() not in _NOT_FIELDS:
            fields.append((key, value))
    return title, fields, text[found.end():]


def _plain(value: str) -> str:
    """A YAML scalar or flow list as it reads: quotes off, «[a, b]» as «a, b»."""
    value = value.strip()
    if value.startswith("[") and value.endswith("]"):
        return ", ".join(_plain(v) for v in value[1:-1].split(",") if v.strip())
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return value


def inline_fields(text: str) -> str:
    """«Ansvar:: [[LO i Vestland]]» as «Ansvar: LO i Vestland»: a field and a link read as the words they show."""
    text = _CALLOUT.sub(lambda m: m["quote"], _INLINE_FIELD.sub(lambda m: f"{m['key']}: ", text))
    return _WIKI_LINK.sub(lambda m: m["alias"] or m["target"], text)


def note_text(text: str, name: str) -> tuple[str | None, str]:
    """The note's title (None when it has none to look for) and its Markdown with its properties written out as lines under its name.

    A note without properties is left as it is, its title its own; with properties and no heading of its own, the
    file's name is the note's name, as the knowledge base shows it, and the note has no title of its own.
    """
    title, fields, body = front_matter(text)
    body = inline_fields(body)
    if not fields:
        return title, body
    heading = re.search(r"^#\s+(.+?)\s*#*\s*$", body, re.MULTILINE)
    named = title or (heading.group(1) if heading else name)
    lines = "\n\n".join(f"{key}: {value}" for key, value in fields)
    if heading:
        return named, f"{body[:heading.end()]}\n\n{lines}\n{body[heading.end():]}"
    # Named by its file, the note is one measure, not a report: its name is no title to take a member or a year from.
    return title or None, f"# {named}\n\n{lines}\n\n{body}"
