"""A reporting system's export as structured data (XML; JSON and YAML through parsers.data_files): each list of
records a table, one row per record.

A system may export the year's measures as a tree («rapport → tiltak» elements, «hovedinnsatsomrader → delmal →
tiltak» objects). A list of records none of which holds records in turn is a table: its columns are the fields the
records name (an attribute, a child element, a key), a field holding a list or a record of its own is written out
in one cell («NAV, LO»), and what the records' parents say of them («delmal: 1.2 Regionalt …») stands in columns
before theirs. Each table opens under a heading naming where it stands in the tree («planlagt_2071»), which may place
it in another year. What stands outside every list (the export's title, its sender) opens the document as text.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any, Union


from .content import Block, Content, Paragraph, TableBlock
from .packed_xml import safe_xml
from .registry import ParseOptions, register

Tree = Union[dict[str, Any], list[Any], str, int, float, bool, None]
_TITLE_KEYS = ("tittel", "title", "navn", "name", "overskrift")
_ATTRIBUTE = "@"
_CAMEL = re.compile(r"(?<=[a-zæøå])(?=[A-ZÆØÅ])")
_MARKUP = re.compile(r"<!--.*?-->|</?[a-zA-Z][^<>]*>", re.DOTALL)


_FORM_SUFFIX = re.compile(r"-(?:datadef|grp)-\d+$")  # Altinn's «TiltakNavn-datadef-41203»: the data definition's number
# Altinn's (SERES) attributes naming each field's data definition and group: the form's bookkeeping, no answer.
_FORM_ATTRIBUTES = ("orid", "gruppeid")


def _label(key: str) -> str:
    """A key as a header reads it: «tiltakstype», «ansvarlig enhet», «delmaal kode»."""
    return _CAMEL.sub(" ", _FORM_SUFFIX.sub("", key.split("}")[-1])).replace("_", " ").replace("-", " ").strip()


def _less_entity(keys: list[str], record: str) -> list[str]:
    """A record's field names less the record's own name where every one of them opens with it («Tiltak Navn»,
    «Tiltak Delmal» in «Tiltak» records → «Navn», «Delmal»): it says nothing of which field each is."""
    entity = _label(record).casefold() + " "
    if len(keys) < 3 or entity == " " or not all(k.casefold().startswith(entity) for k in keys):
        return keys
    return [k[len(entity):] for k in keys]


def _element(node: Any) -> Tree:
    """An XML element as the tree JSON would give: attributes and children by name (repeated ones a list), its text."""
    # Attributes marked: a field's own («kode» on «kategori») give way to its text or children; a record's are columns.
    children: dict[str, Any] = {_ATTRIBUTE + _label(k): v for k, v in node.attrib.items() if k not in _FORM_ATTRIBUTES}
    for child in node:
        if not isinstance(child.tag, str):
            continue  # a comment or a processing instruction
        name, value = _label(child.tag), _element(child)
        if (named := _named_value(child)) is not None:
            name, value = named  # «<SimpleData name="delmaal">1.4</SimpleData>»: a field by the name it is given
        if name in children:
            children[name] = (children[name] if isinstance(children[name], list) else [children[name]]) + [value]
        else:
            children[name] = value
    for name, held in [(k, held) for k, v in children.items() if (held := _holder_fields(v))]:
        # «<ExtendedData><SchemaData>…fields…</SchemaData></ExtendedData>» in a map's placemark: the record's own
        # fields, kept in a holder element of their own.
        if not set(held) & set(children):
            del children[name]
            children.update(held)
    if sum(isinstance(v, str) for v in children.values()) >= HELD_FIELDS:
        # «<category domain="tiltakstype">Kurs</category>» repeated in a record of fields: values of one field, each
        # an element with its text and attributes, not records of their own.
        for name, value in children.items():
            if isinstance(value, list) and all(isinstance(x, dict) and "tekst" in x and all(
                    k == "tekst" or k.startswith(_ATTRIBUTE) for k in x) for x in value):
                children[name] = [x["tekst"] for x in value]
    text = (node.text or "").strip()
    if not children:
        return text
    if text:
        children["tekst"] = text
    return children


_NAME_KEYS = ("name", "key", "navn")
HELD_FIELDS = 3  # fields in a holder element, at the least, for them to be the record's own


def _named_value(el: Any) -> tuple[str, str] | None:
    """(name, value) of a field written «<field name="X">value</field>» or «<Data name="X"><value>…</value></Data>»."""
    key = next((el.get(k) for k in _NAME_KEYS if el.get(k)), None)
    if key is None or len(el.attrib) > 2:
        return None
    kids = [c for c in el if isinstance(c.tag, str)]
    if not kids:
        return _label(key), (el.text or "").strip()
    if len(kids) == 1 and _label(kids[0].tag).lower() == "value" and len(kids[0]) == 0:
        return _label(key), (kids[0].text or "").strip()
    return None


def _holder_fields(node: Tree) -> dict[str, Any]:
    """The own fields of a holder element (one holding another, «ExtendedData» over «SchemaData», unwrapped) that
    holds only fields, three at least; {} for any other node."""
    if not (isinstance(node, dict) and any(isinstance(v, dict) for v in node.values())):
        return {}
    while isinstance(node, dict) and len([k for k in node if not k.startswith(_ATTRIBUTE)]) == 1 and isinstance(
            inner := node[next(k for k in node if not k.startswith(_ATTRIBUTE))], dict):
        node = inner
    held = {k: v for k, v in node.items() if not k.startswith(_ATTRIBUTE)} if isinstance(node, dict) else {}
    return held if len(held) >= HELD_FIELDS and not any(isinstance(v, (dict, list)) for v in held.values()) else {}


_VALUE_KEYS = ("value", "verdi")
_DEFINED_NAME_KEYS = ("alias", "label", "field name", "name", "navn")  # a display name before a system's own


def _definitions(tree: Tree, found: dict[str, dict[str, str]] | None = None) -> dict[str, dict[str, str]]:
    """For each key field of a list of definitions («Field ID» beside «Alias»: Project's custom fields), the name
    each key stands for."""
    found = {} if found is None else found
    if isinstance(tree, list):
        for x in tree:
            _definitions(x, found)
    elif isinstance(tree, dict):
        lowered = {k.lower(): k for k in tree}
        key = next((k for k in tree if re.search(r"\bid$", k.lower()) and isinstance(tree[k], str)), None)
        named = next((lowered[n] for n in _DEFINED_NAME_KEYS if n in lowered and isinstance(tree[lowered[n]], str)
                      and tree[lowered[n]].strip()), None)
        if key is not None and named is not None and not any(v in lowered for v in _VALUE_KEYS):
            found.setdefault(key, {})[tree[key]] = tree[named].strip()
        for v in tree.values():
            if isinstance(v, (dict, list)):
                _definitions(v, found)
    return found


def _pairs(value: Tree, names: dict[str, dict[str, str]]) -> dict[str, str] | None:
    """A record's key–value children («<ExtendedAttribute><FieldID>…</FieldID><Value>…</Value>») as the fields
    their keys name; None unless every one is such a pair with a key the definitions name."""
    items = value if isinstance(value, list) else [value]
    fields: dict[str, str] = {}
    for item in items:
        if not isinstance(item, dict) or len(item) != 2:
            return None
        val = next((k for k in item if k.lower().split()[-1] in _VALUE_KEYS), None)
        key = next((k for k in item if k != val), None)
        if key is None or val is None or not isinstance(item[val], str) or not isinstance(item[key], str):
            return None
        if key in names and item[key] in names[key]:
            name = names[key][item[key]]
        elif key.lower().split()[-1] in _NAME_KEYS and item[key].strip():
            name = item[key].strip()  # «<wp:meta_key>delmal</wp:meta_key><wp:meta_value>1.3</…>»: named where it stands
        else:
            return None
        if not name.startswith("_"):  # «_edit_lock», «_delmal»: the system's own bookkeeping beside the fields
            fields[name] = item[val]
    return fields


def _pivoted(tree: Tree, names: dict[str, dict[str, str]]) -> Tree:
    """The tree with each record's key–value children put in as fields by the names their keys are defined with."""
    if isinstance(tree, list):
        return [_pivoted(x, names) for x in tree]
    if not isinstance(tree, dict):
        return tree
    out: dict[str, Any] = {}
    for k, v in tree.items():
        fields = _pairs(v, names) if isinstance(v, (dict, list)) else None
        if fields and not set(fields) & set(tree):
            out.update(fields)
        else:
            out[k] = _pivoted(v, names)
    return out


_LEVEL = re.compile(r"^(?:outline\s*)?(?:level|nivå|niva|depth|indent)$", re.IGNORECASE)
_OUTLINE_NUMBER = re.compile(r"^\d+(?:\.\d+)*$")


def _outlined(records: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[list[str]]]:
    """A flat list kept as an outline (a project plan's tasks by «Outline Level»): the records with nothing under
    them, each with the names of the records it stands under, outermost first; the outline's own numbering
    («Outline Number» 1.2.1) left out. Any other list as it is, under nothing."""
    key = next((k for k in records[0] if _LEVEL.match(k)), None) if records else None
    if key is None or not all(isinstance(r.get(key), str) and r[key].isdigit() for r in records):
        return records, [[] for _ in records]
    level = [int(r[key]) for r in records]
    if len(set(level)) < 2:
        return records, [[] for _ in records]
    name_key = next((k for k in records[0] if k.lower() in _TITLE_KEYS), None)
    numbering = {k for k in records[0] if k != key and all(
        isinstance(r.get(k), str) and (_OUTLINE_NUMBER.match(r[k]) and r[k].count(".") + 1 == n or n == 0)
        for r, n in zip(records, level)) and any("." in str(r.get(k)) for r in records)}
    kept, over, stack = [], [], list[tuple[int, str]]()
    for n, (r, depth) in enumerate(zip(records, level)):
        while stack and stack[-1][0] >= depth:
            stack.pop()
        if n + 1 < len(records) and level[n + 1] > depth:
            stack.append((depth, _flat(r.get(name_key)) if name_key else _scalars(r)))
            continue  # a group: what it names stands over the records under it
        kept.append({k: v for k, v in r.items() if k not in numbering and k != key})
        over.append([name for _, name in stack])
    # The plan's own name over every task («Handlingsprogram 2074», Project's task 0) says nothing of any one.
    while len(kept) > 1 and all(o and o[0] == over[0][0] for o in over):
        over = [o[1:] for o in over]
    return kept, over


def _holder(record: dict[str, Any]) -> str | None:
    """The key of a record's own fields kept in a holder of their own («properties» of a GeoJSON feature)."""
    return next((k for k, v in record.items() if isinstance(v, dict) and sum(
        not f.startswith(_ATTRIBUTE) and f != "tekst" for f in v) >= HELD_FIELDS
                 and not any(isinstance(x, (dict, list)) for x in v.values())), None)


def _held_merged(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Records whose own fields stand in a holder («properties», beside «geometry») with those fields in its place;
    what the wrapper says alike of every record («type: Feature») is the format's, not the record's."""
    keys = [_holder(r) for r in records]
    if not all(keys):
        return records
    same = {k for k in records[0] if not isinstance(records[0][k], (dict, list))
            and all(r.get(k) == records[0][k] for r in records)} if len(records) > 1 else set()
    return [{**r[key], **{k: v for k, v in r.items() if k != key and k not in r[key] and k not in same}}
            for r, key in zip(records, keys) if key]


def _is_record(node: Tree) -> bool:
    return isinstance(node, dict) and any(not isinstance(v, (dict, list)) for v in node.values())


def _holds_records(node: Tree) -> bool:
    if isinstance(node, list):
        return any(_is_record(x) or _holds_records(x) for x in node)
    return isinstance(node, dict) and any(isinstance(v, (dict, list)) and _holds_records(v) for v in node.values())


def _flat(node: Tree) -> str:
    """A field's value in one cell: a list joined by commas, a record's fields by spaces, nested ones first (the code
    under «strategikobling»); an element's attributes only where it has no text or children («kode» on «delmaal»)."""
    if node is None or isinstance(node, bool):
        return ""
    if isinstance(node, list):
        return ", ".join(t for t in (_flat(x) for x in node) if t)
    if isinstance(node, dict):
        own = [k for k in node if not k.startswith(_ATTRIBUTE)]
        keys = own if own else list(node)
        nested = [_flat(node[k]) for k in keys if isinstance(node[k], (dict, list))]
        return " ".join(t for t in nested + [_flat(node[k]) for k in keys if not isinstance(node[k], (dict, list))] if t)
    text = str(node).strip()
    # «<!-- wp:paragraph --><p>Kurs for …</p>»: a CMS's field holds its page's HTML; the words are the field's.
    return " ".join(html.unescape(_MARKUP.sub(" ", text)).split()) if _MARKUP.search(text) and "</" in text else text


def _scalars(node: dict[str, Any]) -> str:
    return " ".join(t for t in (_flat(v) for v in node.values() if not isinstance(v, (dict, list))) if t)


_MILESTONE = re.compile(r"^(?:is\s*)?milestone$|^milepæl$", re.IGNORECASE)


def _milestone(record: dict[str, Any]) -> bool:
    return any(_MILESTONE.match(k) and _flat(v).casefold() in ("1", "true", "ja", "yes") for k, v in record.items())


class _Walk:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.front: list[str] = []
        self.tables = 0
        self.milestones = 0

    def node(self, node: Tree, path: tuple[str, ...], context: tuple[tuple[str, str], ...], in_list: bool) -> None:
        if isinstance(node, list):
            records = [x for x in node if isinstance(x, dict)]
            if records and not any(_holds_records(x) for x in records):
                self.table(records, path, context)
            else:
                for x in node:
                    self.node(x, path, context, True)
            return
        if not isinstance(node, dict):
            return
        # One of a list's records that holds records («1.2 Regionalt …» over its tiltak) says what they are; a
        # document's own fields (its title, its sender) open it.
        own = _scalars(node)
        if in_list and own:
            context = (*context, (path[-1] if path else "", own))
        for key, value in node.items():
            if isinstance(value, (dict, list)) and _holds_records(value):
                self.node(value, (*path, _label(key)), context, False)
            elif not in_list:
                self.said(key, value)

    def said(self, key: str, value: Tree) -> None:
        """A document's own field as a line of text («eier: Trøndelag fylkeskommune»), a record of them line by line."""
        if isinstance(value, dict):
            for k, v in value.items():
                self.said(k, v)
        elif text := _flat(value):
            self.front.append(f"{_label(key).removeprefix(_ATTRIBUTE)}: {text}")

    def table(self, records: list[dict[str, Any]], path: tuple[str, ...], context: tuple[tuple[str, str], ...]) -> None:
        records, over = _outlined(_held_merged(records))
        # A plan's milestone («Rapport sendt», Project's <Milestone>1</Milestone>) is a date in it, not a task.
        dated = [_milestone(r) for r in records]
        if any(dated) and not all(dated):
            self.milestones += sum(dated)
            records, over = [r for r, m in zip(records, dated) if not m], [o for o, m in zip(over, dated) if not m]
        keys = list(dict.fromkeys(k for r in records for k in r))
        levels = [f"nivå {n}" for n in range(1, max(map(len, over), default=0) + 1)]
        fields = _less_entity([k.removeprefix(_ATTRIBUTE) for k in keys], path[-1] if path else "")
        header = [_label(name) for name, _ in context] + levels + fields
        rows: list[tuple[str | None, ...]] = [tuple(header)]
        rows += [tuple([value for _, value in context] + [*above, *[""] * (len(levels) - len(above))] +
                       [_flat(r.get(k)) for k in keys]) for r, above in zip(records, over)]
        self.tables += 1
        self.blocks.append(Paragraph(page=None, line=len(self.blocks) + 1, text=" / ".join(path) or "poster",
                                     kind="heading", level=1))
        self.blocks.append(TableBlock(page=None, index=self.tables, rows=tuple(rows), records=True))


def content_of_tree(tree: Tree) -> Content:
    """The tree's record lists as tables under their headings, the rest of it as the text they open with."""
    walk = _Walk()
    walk.node(tree, (), (), False)
    front = [Paragraph(page=None, line=n, text=t) for n, t in enumerate(walk.front, 1)]
    blocks = [*front, *(b if isinstance(b, TableBlock) else Paragraph(None, len(front) + b.line, b.text, b.kind, b.level)
                        for b in walk.blocks)]
    title = next((t.split(": ", 1)[1] for t in walk.front if t.split(": ", 1)[0].lower() in _TITLE_KEYS), "")
    warnings: tuple[str, ...] = () if walk.tables else (
        "filen har ingen lister med poster (tiltak) som kan leses som en tabell",)
    if walk.milestones:
        warnings += (f"planens milepæler ({walk.milestones}) er datoer, ikke oppgaver, og ble ikke lest som tiltak",)
    return Content(blocks=tuple(blocks), title=title, warnings=warnings)


def content_of_element(root: Any) -> Content:
    """An XML element (an ElementTree node) read as an export's tree is (see content_of_tree); a record's key–value
    children whose keys the file defines by name are its fields by those names."""
    tree: Tree = {_label(root.tag): _element(root)}
    return content_of_tree(_pivoted(tree, _definitions(tree)))


def safe_root(path: Path, source_file: str, what: str, damaged: str, fix: str, unsafe_fix: str = "") -> Any:
    """The root element of an XML file, or a refusal naming `what` the file is («XML-filen», «tegningen»): one that
    declares a DTD or entities is unsafe to expand, one that is no XML is damaged (`damaged` says how)."""
    return safe_xml(Path(path).read_bytes(), source_file, what, damaged, fix, unsafe_fix)


@register("xml")
def parse_xml(path: Path, source_file: str, options: ParseOptions) -> Content:
    return content_of_element(safe_root(path, source_file, "XML-filen", "er skadet (den er ikke gyldig XML)",
                                        "Eksporter den på nytt fra systemet, eller be om den som Excel eller CSV",
                                        "Be om eksporten uten DTD, eller som Excel eller CSV"))
