"""review.xlsx: worst first, dropdowns on the cells reviewers fill in, formulas neutralised."""

from openpyxl import load_workbook

from pipeline.outputs.review_xlsx import write_review_xlsx


def test_workbook_has_editable_dropdowns_and_worst_first(tmp_path, register, entry, catalogue):
    hostile = entry("=HYPERLINK(\"http://x\",\"klikk\")", "2.2", "FoU", ("LO",), (), ("LO",))
    path = tmp_path / "review.xlsx"
    write_review_xlsx(path, register + [hostile], catalogue, None)

    wb = load_workbook(path)
    assert wb.sheetnames[:3] == ["Om", "Tiltak", "Kilderader"]
    ws = wb["Tiltak"]
    header = [c.value for c in ws[1]]
    assert header[0] == "Tiltak-ID" and "Delmål (rettet)" in header and "Slå sammen med" in header
    assert ws.cell(row=2, column=header.index("Bør kontrolleres") + 1).value == "ja"  # the one needing review first
    texts = [ws.cell(row=r, column=header.index("Tiltak") + 1).value for r in range(2, ws.max_row + 1)]
    assert "'=HYPERLINK(\"http://x\",\"klikk\")" in texts
    validated = {str(dv.sqref).split(":")[0][:-1]: dv.formula1 for dv in ws.data_validations.dataValidation}
    letter = lambda name: ws.cell(row=1, column=header.index(name) + 1).column_letter  # noqa: E731
    assert validated[letter("Delmål (rettet)")] == "Lister!$A$1:$A$16"
    assert validated[letter("Type (rettet)")] == "Lister!$B$1:$B$6"
    assert validated[letter("Kontrollert")] == "Lister!$D$1:$D$2"
    lists = wb["Lister"]
    assert [lists.cell(row=r, column=2).value for r in range(1, 7)] == [t.name for t in catalogue.types]
    rows = wb["Kilderader"]
    assert rows.max_row - 1 == sum(len(e.rows) for e in register) + 1
