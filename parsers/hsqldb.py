"""The tables of an HSQLDB 1.8 script (LibreOffice Base's embedded database, «database/script»), read by a tokenizer.

The script is SQL, a statement a line: CREATE TABLE with its columns and keys, ALTER TABLE … ADD CONSTRAINT for a
foreign key declared later, and INSERT INTO … VALUES(…) for each row of a MEMORY table. Strings are in single quotes
(a quote doubled), every character past ASCII written «\\u00e6». Nothing here evaluates what it reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_TOKEN = re.compile(r"""\s*(?:"((?:[^"]|"")*)"|'((?:[^']|'')*)'|(-?\d+(?:\.\d+)?(?:E[+-]?\d+)?)|([A-Za-z_][\w$]*)|(.))""",
                    re.DOTALL)
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


class ScriptError(ValueError):
    """A statement that does not parse as the script's own."""


class TooManyRows(ScriptError):
    """A table with more rows than a register of measures has."""


@dataclass(frozen=True)
class Token:
    kind: str  # "name" (quoted or not), "string", "number", "word" (a keyword unquoted), "mark"
    text: str


@dataclass
class Table:
    """One table: its columns, its key, its foreign keys (column → (table, column)), its rows as written."""

    name: str
    columns: list[str]
    key: list[str] = field(default_factory=list)
    links: dict[str, tuple[str, str]] = field(default_factory=dict)
    rows: list[tuple[str | None, ...]] = field(default_factory=list)
    cached: bool = False  # its rows kept in the binary data file, not in the script
    texts: set[str] = field(default_factory=set)  # the columns of text (VARCHAR, CHAR, LONGVARCHAR …)


def _unescaped(text: str) -> str:
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def tokens(line: str) -> list[Token]:
    """A statement's tokens; strings and quoted names unescaped."""
    found, at = [], 0
    while at < len(line):
        m = _TOKEN.match(line, at)
        if m is None or m.end() == at:
            break
        at = m.end()
        quoted, string, number, word, mark = m.groups()
        if quoted is not None:
            found.append(Token("name", _unescaped(quoted.replace('""', '"'))))
        elif string is not None:
            found.append(Token("string", _unescaped(string.replace("''", "'"))))
        elif number is not None:
            found.append(Token("number", number))
        elif word is not None:
            found.append(Token("word", word))
        elif mark is not None and not mark.isspace():
            found.append(Token("mark", mark))
    return found


def _groups(items: list[Token]) -> list[list[Token]]:
    """The comma-separated parts of a parenthesised list, `items` its tokens inside the brackets."""
    parts: list[list[Token]] = [[]]
    depth = 0
    for t in items:
        if t.kind == "mark" and t.text == "," and depth == 0:
            parts.append([])
            continue
        depth += (t.kind == "mark" and t.text == "(") - (t.kind == "mark" and t.text == ")")
        parts[-1].append(t)
    return [p for p in parts if p]


def _bracketed(items: list[Token], at: int) -> tuple[list[Token], int]:
    """The tokens inside the brackets opening at `at`, and where the closing bracket ends."""
    if at >= len(items) or items[at].text != "(" or items[at].kind != "mark":
        raise ScriptError("a bracket expected")
    depth = 0
    for n in range(at, len(items)):
        if items[n].kind == "mark" and items[n].text in "()":
            depth += 1 if items[n].text == "(" else -1
            if depth == 0:
                return items[at + 1:n], n + 1
    raise ScriptError("a bracket left open")


def _name(items: list[Token], at: int) -> tuple[str, int]:
    """A possibly schema-qualified name («"PUBLIC"."T"») starting at `at`: its last part, and what follows it."""
    if at >= len(items) or items[at].kind not in ("name", "word"):
        raise ScriptError("a name expected")
    while at + 2 < len(items) and items[at + 1].text == "." and items[at + 2].kind in ("name", "word"):
        at += 2
    return items[at].text, at + 1


def _words(items: list[Token]) -> list[str]:
    return [t.text.upper() for t in items if t.kind == "word"]


def _foreign_key(part: list[Token]) -> tuple[list[str], str, list[str]]:
    """(columns, table referred to, its columns) of «[CONSTRAINT n] FOREIGN KEY(cols) REFERENCES t(cols)»."""
    at = next(n for n, t in enumerate(part) if t.kind == "word" and t.text.upper() == "FOREIGN") + 2
    mine, at = _bracketed(part, at)
    at = next(n for n in range(at, len(part)) if part[n].kind == "word" and part[n].text.upper() == "REFERENCES") + 1
    other, at = _name(part, at)
    theirs, _ = _bracketed(part, at) if at < len(part) else ([], at)
    return [t.text for t in mine if t.kind != "mark"], other, [t.text for t in theirs if t.kind != "mark"]


def _create(items: list[Token]) -> Table:
    words = _words(items[:4])
    at = next(n for n, t in enumerate(items) if t.kind == "word" and t.text.upper() == "TABLE") + 1
    name, at = _name(items, at)
    body, _ = _bracketed(items, at)
    table = Table(name, [], cached="CACHED" in words)
    for part in _groups(body):
        kind = part[0].text.upper() if part[0].kind == "word" else ""
        said = _words(part)
        if kind in ("CONSTRAINT", "PRIMARY", "FOREIGN", "UNIQUE", "CHECK"):
            if "FOREIGN" in said:
                mine, other, theirs = _foreign_key(part)
                if len(mine) == 1:
                    table.links[mine[0]] = (other, theirs[0] if theirs else "")
            elif "PRIMARY" in said:
                at = next(n for n, t in enumerate(part) if t.kind == "word" and t.text.upper() == "KEY") + 1
                table.key = [t.text for t in _bracketed(part, at)[0] if t.kind != "mark"]
            continue
        table.columns.append(part[0].text)
        if len(part) > 1 and part[1].kind == "word" and "CHAR" in part[1].text.upper():
            table.texts.add(part[0].text)
        if "PRIMARY" in said:
            table.key = [part[0].text]
    return table


def _value(t: Token) -> str | None:
    """A value as a cell shows it: numbers as written (a whole float without its «.0E0»), truth as «ja»/«nei»."""
    if t.kind == "string":
        return t.text
    if t.kind == "number":
        if "E" in t.text.upper():
            number = float(t.text)
            return str(int(number)) if number.is_integer() else repr(number)
        return t.text
    word = t.text.upper()
    if word == "NULL":
        return None
    return {"TRUE": "ja", "FALSE": "nei"}.get(word, t.text)


def _insert(items: list[Token]) -> tuple[str, tuple[str | None, ...]]:
    name, at = _name(items, 2)
    at = next(n for n in range(at, len(items)) if items[n].kind == "word" and items[n].text.upper() == "VALUES") + 1
    values, _ = _bracketed(items, at)
    row: list[str | None] = []
    for part in _groups(values):
        if len(part) == 2 and part[0].text == "-" and part[1].kind == "number":
            part = [Token("number", "-" + part[1].text)]  # a negative number written with a space
        if len(part) != 1:
            raise ScriptError("a value that is no literal")
        row.append(_value(part[0]))
    return name, tuple(row)


def tables(script: str, max_rows: int) -> dict[str, Table]:
    """The script's tables by name in the order created, each with its rows (at most `max_rows`: ScriptError past)."""
    found: dict[str, Table] = {}
    for line in script.splitlines():
        head = line.lstrip()[:40].upper()
        if not head.startswith(("CREATE", "INSERT INTO", "ALTER TABLE")):
            continue
        items = tokens(line)
        try:
            if head.startswith("CREATE") and "TABLE" in _words(items[:4]):
                table = _create(items)
                found[table.name] = table
            elif head.startswith("INSERT INTO"):
                name, row = _insert(items)
                if name in found:
                    if len(found[name].rows) >= max_rows:
                        raise TooManyRows(name)
                    found[name].rows.append(row)
            elif "FOREIGN" in _words(items):
                name, _ = _name(items, 2)
                mine, other, theirs = _foreign_key(items)
                if name in found and len(mine) == 1:
                    found[name].links[mine[0]] = (other, theirs[0] if theirs else "")
        except (StopIteration, IndexError) as exc:
            raise ScriptError(line[:80]) from exc
    return found
