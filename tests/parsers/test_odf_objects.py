"""A Writer report (or a Calc or Impress file) whose tiltak stand in an embedded Calc or Writer object, built here in the
shapes LibreOffice writes: each object is read as the spreadsheet or text it is, in the order its frame stands, each
once; a chart and the preview pictures are not read, and a broken object is named in a note."""

from __future__ import annotations

import zipfile

from parsers.content import Content, Paragraph, TableBlock
from parsers.embedded import embedded_read, with_embedded
from parsers.odf_objects import odf_objects
from parsers.registry import ParseOptions
from tests.odf_files import (CHART, ODF, SHEET, TEXT, chart, content, flat, frame, inline, package, sheet_body,
                             slides_body, text_body)

ROWS = [["Tiltak", "Delmål", "Type", "Ansvarlig"],
        ["Lærlingløftet i Nord-Norge", "2.1", "Prosjekt", "Unio"],
        ["Karriereveiledning for sykepleiere", "1.3", "Informasjon", "NSF"]]
OTHER = [["Tiltak", "Delmål"], ["Etterutdanning for lærere", "2.4"]]
# A sheet of one cell repeated a billion times: a few hundred bytes on disk.
BILLION = content('<office:spreadsheet><table:table table:name="Fyll"><table:table-row table:number-rows-repeated="100000">'
                  '<table:table-cell table:number-columns-repeated="10000" office:value-type="string"><text:p>x</text:p>'
                  "</table:table-cell></table:table-row></table:table></office:spreadsheet>")


def _report(tmp_path, objects, *frames, name="rapport.odt"):
    path = tmp_path / name
    path.write_bytes(package(TEXT, text_body("UHR – rapport om tiltak", *frames), objects))
    return path


def _rows(blocks):
    return [[list(r) for r in b.rows] for b in blocks if isinstance(b, TableBlock)]


def test_objects_are_copied_out_in_the_order_their_frames_stand_each_once_and_a_chart_is_left(tmp_path):
    nested = content(text_body("Vedlegg", frame("Object 1")))
    path = _report(tmp_path, {"Object 1": (SHEET, content(sheet_body(OTHER))), "Object 2": (TEXT, nested),
                              "Object 2/Object 1": (SHEET, content(sheet_body(ROWS))), "Object 3": (CHART, chart())},
                   frame("Object 2"), frame("Object 3", "Diagram"), frame("Object 1"), frame("../andre.ods"),
                   frame("https://example.org/tiltak.ods"))
    (tmp_path / "ut").mkdir()
    found = odf_objects(path, "odt", tmp_path / "ut", ParseOptions(), 10)
    assert [(p.name, p.format) for p in found] == [("Object 2", "odt"), ("Object 2/Object 1", "ods"), ("Object 1", "ods")]
    with zipfile.ZipFile(found[0].path) as z:  # the text object, without the sheet nested in it
        assert z.infolist()[0].filename == "mimetype" and z.infolist()[0].compress_type == zipfile.ZIP_STORED
        assert z.read("mimetype") == TEXT.encode() and "Object 1/content.xml" not in z.namelist()
        assert b'manifest:full-path="content.xml"' in z.read("META-INF/manifest.xml")
    with zipfile.ZipFile(found[1].path) as z:
        assert "Lærlingløftet i Nord-Norge" in z.read("content.xml").decode()


def test_a_broken_object_is_named_with_what_is_wrong_and_the_others_are_copied(tmp_path):
    good = content(sheet_body(ROWS))
    path = _report(tmp_path, {"Object 1": (SHEET, None), "Object 2": (SHEET, good[: len(good) // 2]),
                              "Object 3": (SHEET, good)}, frame("Object 1"), frame("Object 2"), frame("Object 3"))
    (tmp_path / "ut").mkdir()
    found = odf_objects(path, "odt", tmp_path / "ut", ParseOptions(), 10)
    assert [(p.name, p.path is None) for p in found] == [("Object 1", True), ("Object 2", True), ("Object 3", False)]
    assert found[0].problem.startswith("innholdet (content.xml) mangler i objektet; be medlemmet om en ny kopi")
    assert found[1].problem.startswith("innholdet er skadet (content.xml er ikke gyldig XML)")


def test_a_flat_files_inline_documents_are_copied_out_in_order_a_nested_one_once(tmp_path):
    inner = inline(SHEET, sheet_body(ROWS))
    outer = inline(TEXT, text_body("Vedlegg", frame(name="Indre", inline=inner)))
    path = tmp_path / "rapport.fodt"
    path.write_bytes(flat(TEXT, text_body("Rapport", frame(name="Ytre", inline=outer),
                                          frame(name="Diagram", inline=inline(CHART, "<office:chart/>")))))
    (tmp_path / "ut").mkdir()
    found = odf_objects(path, "fodt", tmp_path / "ut", ParseOptions(), 10)
    assert [(p.name, p.format) for p in found] == [("Ytre", "fodt"), ("Indre", "fods")]
    assert "Lærlingløftet" not in found[0].path.read_text(encoding="utf-8")  # the sheet is read on its own, once
    assert "Lærlingløftet" in found[1].path.read_text(encoding="utf-8")


def test_a_calc_object_in_a_writer_report_gives_its_sheet_after_the_reports_own_blocks(soffice, tmp_path):
    nested = content(text_body("Tiltakene i 2089 står i tabellen under.", frame("Object 1")))
    path = _report(tmp_path, {"Object 1": (SHEET, content(sheet_body(OTHER))), "Object 2": (TEXT, nested),
                              "Object 2/Object 1": (SHEET, content(sheet_body(ROWS, name="Tiltak 2089"))),
                              "Object 3": (CHART, chart()), "Object 4": (SHEET, BILLION)},
                   frame("Object 2"), frame("Object 3"), frame("Object 1"), frame("Object 4"))
    embedded = embedded_read(path, "odt", "UHR.odt", ParseOptions())
    own = Content((Paragraph(None, 1, "UHR – rapport om tiltak"), TableBlock(None, 1, (("Kontakt", "Telefon"),))))
    blocks = with_embedded(own, embedded).blocks
    assert _rows(blocks) == [[["Kontakt", "Telefon"]], ROWS, OTHER]
    assert [b.index for b in blocks if isinstance(b, TableBlock)] == [1, 2, 3]
    assert [b.caption for b in blocks if isinstance(b, TableBlock)][1:] == ["Tiltak 2089", "Tiltak"]
    assert [(b.line, b.text) for b in blocks if isinstance(b, Paragraph)] == [
        (1, "UHR – rapport om tiltak"), (2, "Tiltakene i 2089 står i tabellen under.")]
    assert embedded.notes == tuple(f"UHR.odt: teksten har ingen tiltak, så {what} «{name}», som er innebygd i filen, er "
                                   "lest; tiltakene står bare der, ikke i dokumentets tekst" for what, name in
                                   [("tekstdokumentet", "Object 2"), ("regnearket", "Object 2/Object 1"),
                                    ("regnearket", "Object 1")])
    (refused,) = embedded.refused
    assert refused.startswith("UHR.odt: regnearket «Object 4», som er innebygd i filen, ble ikke lest: arket «Fyll» "
                              "spenner over 100000 rader og 10000 kolonner")


def test_objects_in_a_calc_sheet_an_impress_slide_and_a_flat_writer_file_are_read(soffice, tmp_path):
    sheet = (SHEET, content(sheet_body(ROWS)))
    files = {"tiltak.ods": package(SHEET, sheet_body([["Oversikt"]], frames=frame("Object 2") + frame("Object 1")),
                                   {"Object 1": sheet, "Object 2": (CHART, chart())}),
             "tiltak.odp": package(f"{ODF}presentation", slides_body("", frame("Object 1")), {"Object 1": sheet}),
             "tiltak.fodt": flat(TEXT, text_body("Rapport", frame(inline=inline(*sheet[:1], sheet_body(ROWS)))))}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        embedded = embedded_read(tmp_path / name, name.rsplit(".")[-1], name, ParseOptions())
        assert _rows(embedded.blocks) == [ROWS] and not embedded.refused, name


def test_a_report_libreoffice_saved_again_or_as_word_still_gives_its_sheet(lo_convert, tmp_path):
    path = _report(tmp_path, {"Object 1": (SHEET, content(sheet_body(ROWS)))}, frame("Object 1"))
    saved = lo_convert(path, "odt")
    with zipfile.ZipFile(saved) as z:  # LibreOffice's own package: settings, thumbnail, the object's folder kept
        assert {"settings.xml", "Object 1/content.xml", "ObjectReplacements/Object 1"} <= set(z.namelist())
    assert _rows(embedded_read(saved, "odt", "rapport.odt", ParseOptions()).blocks) == [ROWS]
    word = embedded_read(lo_convert(path, "docx"), "docx", "rapport.docx", ParseOptions())
    assert _rows(word.blocks) == [ROWS]  # Word's embedding: the object made a workbook in «word/embeddings/»
    assert "«oleObject1.xlsx»" in word.notes[-1]
