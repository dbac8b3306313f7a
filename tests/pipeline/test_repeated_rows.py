"""A later table that names the tiltak of an earlier one again: its cells kept with those tiltak, not counted again."""

from __future__ import annotations

import docx

from parsers.docx import parse_docx
from parsers.registry import ParseOptions
from pipeline.rows import content_to_rows


def test_a_budget_table_naming_the_tiltak_again_adds_its_cells_to_them_and_says_so(tmp_path, matchers):
    d = docx.Document()
    tiltak = [("2.3", "Yrkesfagløftet Nord", "Prosjekt"), ("1.3", "Karriere Nordland på nett", "Informasjon")]
    t = d.add_table(rows=1 + len(tiltak), cols=3)
    for r, cells in enumerate([("Delmål", "Tiltak", "Type")] + tiltak):
        for c, text in enumerate(cells):
            t.cell(r, c).text = text
    d.add_paragraph("Budsjett 2057 (1000 kr)")
    b = d.add_table(rows=1 + len(tiltak), cols=2)
    for r, cells in enumerate([("Tiltak", "Fylkeskommunale midler")] + [(name, f"{640 * (k + 1)}") for k, (_, name, _) in
                                                                        enumerate(tiltak)]):
        for c, text in enumerate(cells):
            b.cell(r, c).text = text
    path = tmp_path / "Nordland_fylkeskommune_tiltak.docx"
    d.save(path)
    read = content_to_rows(parse_docx(path, path.name, ParseOptions()), path.name, matchers)
    rows, warnings = read.rows, read.warnings
    assert [(r.get("delmal"), r.get("tiltak")) for r in rows] == [(code, name) for code, name, _ in tiltak]
    assert dict(rows[1].extra) == {"Fylkeskommunale midler (tabell 2)": "1280"}
    assert any("2 rader i en senere tabell gjentar tiltak fra en tabell over (t2-r2, t2-r3)" in w for w in warnings)
