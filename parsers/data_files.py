"""A reporting system's export as JSON (also JSON Lines, a record a line) or YAML, read as a tree of records
(parsers.tree); a Trello board, a Slack channel and schema.org's linked data by their own readers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tiltak_core.errors import DamagedFile, UnsafeContent

from . import jsonld, slack, trello
from .content import Content
from .registry import ParseOptions, register
from .text import decoded
from .tree import Tree, content_of_tree


@register("json")
def parse_json(path: Path, source_file: str, options: ParseOptions) -> Content:
    text = decoded(Path(path).read_bytes())
    try:
        tree = json.loads(text)
    except ValueError as exc:
        # JSON Lines («.jsonl», «.ndjson», a log or a form tool's export): one record a line, the records a list.
        lines = [line for line in text.splitlines() if line.strip()]
        try:
            tree = [json.loads(line) for line in lines] if len(lines) > 1 else None
        except ValueError:
            tree = None
        if not isinstance(tree, list) or not all(isinstance(record, dict) for record in tree):
            raise DamagedFile(source_file, "JSON-filen er skadet (den er ikke gyldig JSON)",
                              "Eksporter den på nytt fra systemet, eller be om den som Excel eller CSV") from exc
    if trello.is_board(tree):
        return trello.content_of_board(tree)  # cards whose list, labels and fields are ids: the board's table
    if slack.is_messages(tree):
        return slack.content_of_messages(tree)  # a day of a chat channel: what people wrote, not its blocks
    if jsonld.is_linked_data(tree):
        return jsonld.content_of_graph(tree)  # schema.org's graph: its links resolved, its activities the rows
    return content_of_tree(tree)


MAX_ALIASES = 100  # «*anker» references: a file built of them («billion laughs») would be walked exponentially


@register("yaml")
def parse_yaml(path: Path, source_file: str, options: ParseOptions) -> Content:
    """A YAML data file (a static site's, a configuration-like list of measures) read as a JSON export is."""
    import yaml  # only when a YAML file comes

    damaged = DamagedFile(source_file, "YAML-filen er skadet (den er ikke gyldig YAML)",
                          "Rett filen, eller be om tiltakene som Excel eller CSV")
    text = decoded(Path(path).read_bytes())
    try:
        if sum(isinstance(e, yaml.AliasEvent) for e in yaml.parse(text, Loader=yaml.SafeLoader)) > MAX_ALIASES:
            raise UnsafeContent(source_file, f"YAML-filen viser til de samme delene mer enn {MAX_ALIASES} ganger "
                                "(ankere og alias), som ikke leses av sikkerhetshensyn",
                                "Be om tiltakene som Excel eller CSV")
        documents = [d for d in yaml.safe_load_all(text) if d is not None]
    except yaml.YAMLError as exc:
        raise damaged from exc
    tree = documents[0] if len(documents) == 1 else documents
    # Dates and numbers as they are written: «2.4» stays the delmål it is, a date its ISO form.
    return content_of_tree(_as_text(tree))


def _as_text(tree: Any) -> Tree:
    if isinstance(tree, dict):
        return {str(k): _as_text(v) for k, v in tree.items()}
    if isinstance(tree, list):
        return [_as_text(v) for v in tree]
    if isinstance(tree, bool) or tree is None:
        return tree
    return tree.isoformat() if hasattr(tree, "isoformat") else str(tree)
