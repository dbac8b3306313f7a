"""A Jupyter notebook read as it shows: its text cells as Markdown, the table its code printed as a table, the code
itself not at all."""

from __future__ import annotations

import json

from parsers.detect import detect
from parsers.registry import ParseOptions
from pipeline.extract import extract_document
from tiltak_core.records import Document

TABLE = ('<div><style scoped>.dataframe td {vertical-align: top;}</style><table border="1" class="dataframe">'
         '<thead><tr style="text-align: right;"><th></th><th>Tiltak</th><th>Delmål</th><th>Type</th><th>Ansvarlig</th>'
         '</tr></thead><tbody>'
         '<tr><th>0</th><td>Råd for samarbeid med arbeidslivet ved universitetene</td><td>1.4</td><td>Rådsarbeid</td>'
         '<td>UH-institusjonene</td></tr>'
         '<tr><th>2</th><td>Nasjonal katalog over mikroemner</td><td>2.4</td><td>Nettportal</td><td>UHR</td></tr>'
         '</tbody></table></div>')
# As Jupyter saves it: sources and outputs as lists of lines, the code that built the table in the cell before it.
NOTEBOOK = {"nbformat": 4, "nbformat_minor": 5, "metadata": {"kernelspec": {"name": "python3"}}, "cells": [
    {"cell_type": "markdown", "id": "a1", "metadata": {},
     "source": ["# UHR – rapportering til Kompetansepolitisk råd 2071\n", "\n", "Tabellen under sendes sekretariatet."]},
    {"cell_type": "code", "id": "a2", "execution_count": 1, "metadata": {}, "outputs": [],
     "source": ["tiltak = [{\"Tiltak\": \"Evaluering av praksisløftet\", \"År\": 2070}]"]},
    {"cell_type": "code", "id": "a3", "execution_count": 2, "metadata": {},
     "source": ["rapport"],
     "outputs": [{"output_type": "execute_result", "execution_count": 2, "metadata": {},
                  "data": {"text/html": TABLE.replace("><", ">\n<").splitlines(keepends=True),
                           "text/plain": ["   Tiltak  Delmål ..."]}}]},
]}


def test_a_notebooks_printed_table_is_read_and_its_code_is_not(tmp_path, matchers):
    # Read as a JSON export before, the cells became a table of «code 2 c3d4e5f6» rows and the file was «lest»:
    # the measures were lost, quietly.
    path = tmp_path / "UHR_KPR_rapportering_2071.ipynb"
    path.write_text(json.dumps(NOTEBOOK, indent=1, ensure_ascii=False), encoding="utf-8")
    assert detect(path) == "notebook"
    result = extract_document(Document(path, path.name, "notebook", "x", path.stat().st_size), matchers, ParseOptions(),
                              10**8)
    assert result.member == "UHR"
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("ansvarlig")) for r in result.rows] == [
        ("Råd for samarbeid med arbeidslivet ved universitetene", "1.4", "UH-institusjonene"),
        ("Nasjonal katalog over mikroemner", "2.4", "UHR")]
