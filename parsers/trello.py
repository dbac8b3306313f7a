"""A Trello board's JSON export read as the table the board shows: one row per card.

A board refers to everything by 24-hex ids: a card's list, its labels and its custom fields' values (a drop-down's
value is an option's id). Read as any JSON, those ids became the words of rows. Here each open card is a row of its
name, the list it stands in (the board's status: «Pågår 2074», «Avsluttet 2073»), its labels by name, each custom
field by the name the board gives it, and its description; comments, checklists and members are the work around it.
"""

from __future__ import annotations

from typing import Any

from .content import Block, Content, TableBlock

_BOARD_KEYS = frozenset({"cards", "lists", "labels"})


def is_board(tree: Any) -> bool:
    """Whether a JSON document is a Trello board's export: its cards, lists and labels, the cards naming their list."""
    return isinstance(tree, dict) and _BOARD_KEYS <= tree.keys() and all(
        isinstance(tree[k], list) for k in _BOARD_KEYS) and all(
        isinstance(c, dict) and "idList" in c for c in tree["cards"]) and bool(tree["cards"])


def _text(value: Any) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _by_id(items: Any) -> dict[str, dict[str, Any]]:
    return {i["id"]: i for i in items if isinstance(i, dict) and "id" in i} if isinstance(items, list) else {}


def _field_value(item: dict[str, Any], fields: dict[str, dict[str, Any]]) -> tuple[str, str]:
    """(the custom field's name, the card's value in it): a drop-down's chosen option's words, else the value."""
    field = fields.get(item.get("idCustomField", ""), {})
    name = _text(field.get("name"))
    if item.get("idValue"):
        option: dict[str, Any] = next((o for o in field.get("options", []) if o.get("id") == item["idValue"]), {})
        return name, _text((option.get("value") or {}).get("text"))
    value = item.get("value") or {}
    said = next((value[k] for k in ("text", "number", "date", "checked") if k in value), "")
    return name, "ja" if said == "true" else _text(said)


def content_of_board(board: dict[str, Any]) -> Content:
    """The board's open cards as one table in the order the board shows them, list by list; archived cards and
    cards in archived lists are left out and counted."""
    lists, labels, fields = _by_id(board["lists"]), _by_id(board["labels"]), _by_id(board.get("customFields"))
    field_names = [_text(f.get("name")) for f in fields.values() if _text(f.get("name"))]
    order = {list_id: n for n, list_id in enumerate(sorted(lists, key=lambda i: lists[i].get("pos", 0)))}
    shown = [c for c in board["cards"] if not c.get("closed") and not lists.get(c["idList"], {}).get("closed")]
    shown.sort(key=lambda c: (order.get(c["idList"], len(order)), c.get("pos", 0)))
    rows: list[tuple[str | None, ...]] = [("Navn", "Status", "Etiketter", *field_names, "Beskrivelse")]
    for card in shown:
        card_labels = "; ".join(name for i in card.get("idLabels", []) if (name := _text(labels.get(i, {}).get("name"))))
        values = dict(_field_value(i, fields) for i in card.get("customFieldItems", []) if isinstance(i, dict))
        rows.append((_text(card.get("name")), _text(lists.get(card["idList"], {}).get("name")), card_labels,
                     *(values.get(n, "") for n in field_names), _text(card.get("desc"))))
    archived = len(board["cards"]) - len(shown)
    warnings = (f"{archived} arkiverte kort (eller kort i arkiverte lister) er ikke lest",) if archived else ()
    title = _text(board.get("name"))
    blocks: list[Block] = [TableBlock(None, 1, tuple(rows), caption=title, records=True)] if shown else []
    return Content(blocks=tuple(blocks), title=title, warnings=warnings)
