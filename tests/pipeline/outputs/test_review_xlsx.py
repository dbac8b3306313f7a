"""review.xlsx: worst first, dropdowns on the cells reviewers fill in, formulas neutralised, and a layout a
reviewer works in on a laptop: the tiltak's text and the yellow decision cells on screen together."""


from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string

from pipeline.outputs.review_xlsx import EDIT_FILL, write_review_xlsx

LAPTOP_PX = 1280  # a laptop's Excel window; a width unit is about 7 px plus 5 px of margin


def _px(ws, letter: str) -> int:
    return round(ws.column_dimensions[letter].width * 7 + 5)


def test_workbook_has_editable_dropdowns_and_worst_first(tmp_path, register, entry, catalogue):
    hostile = entry("=HYPERLINK(\"http://x\",\"klikk\")", "2.2", "FoU", ("LO",), (), ("LO",))
    path = tmp_path / "review.xlsx"
    write_review_xlsx(path, register + [hostile], catalogue, None)

    wb = load_workbook(path)
    assert wb.sheetnames[:4] == ["Om", "Tiltak", "Mulige duplikater", "Kilderader"]
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


def test_text_and_decisions_are_on_a_laptop_screen_together(tmp_path, register, catalogue):
    path = tmp_path / "review.xlsx"
    save_as = tmp_path / "Rapporter" / "2019-beslutninger.xlsx"
    write_review_xlsx(path, register, catalogue, None, save_as=save_as)
    wb = load_workbook(path)

    for sheet, text, decisions in (("Tiltak", "Tiltak", ("Delmål (rettet)", "Type (rettet)", "Kontrollert")),
                                   ("Mulige duplikater", "Tiltak", ("Beslutning",)),
                                   ("Kilderader", "Tiltak som skrevet", ("Skill ut", "Flytt til tiltak-ID"))):
        ws = wb[sheet]
        header = [c.value for c in ws[1]]
        # Frozen at the header row and just right of the text: it stays on screen while scrolling right.
        assert ws.freeze_panes == "C2", sheet
        assert header.index(text) + 1 < column_index_from_string("C") + 1
        last = max(header.index(d) for d in decisions) + 1
        letters = [ws.cell(row=1, column=c).column_letter for c in range(1, last + 1)]
        assert sum(_px(ws, x) for x in letters) <= LAPTOP_PX, sheet
        for d in decisions:
            assert ws.cell(row=1, column=header.index(d) + 1).fill.fgColor.rgb.endswith(EDIT_FILL.fgColor.rgb[-6:])
        assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
        assert ws.auto_filter.ref

    ws = wb["Tiltak"]
    header = [c.value for c in ws[1]]
    # What the run proposes stands between the text and the decisions; why, further right.
    assert header[:9] == ["Tiltak-ID", "Tiltak", "Delmål", "Delmål sikkerhet", "Type", "Type sikkerhet",
                          "Delmål (rettet)", "Type (rettet)", "Kontrollert"]
    assert header.index("Delmål grunnlag") > header.index("Kommentar")
    # Wrapped rows are as tall as their text (LibreOffice would keep them one line tall).
    assert all(ws.row_dimensions[r].height for r in range(1, ws.max_row + 1))

    about = " ".join(str(c.value) for c in wb["Om"]["A"] if c.value)
    assert "«2019-beslutninger.xlsx»" in about and str(save_as.parent) in about
    assert "«Mulige duplikater»" in about and "«Beslutning»" in about
