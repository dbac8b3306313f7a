"""Shapes held-out round 52 showed the reader at its first look."""

from __future__ import annotations

import pytest

from parsers.detect import detect
from parsers.registry import ParseOptions
from pipeline.extract import extract_document
from tiltak_core.records import Document

EXPORT = """<html><body><table>
<tr><td colspan="4">Aktiviteter – eksport fra aktivitetsregisteret</td></tr>
<tr><th>Aktivitets-ID</th><th>Tittel</th><th>Rapporteringsår</th><th>Strategisk mål</th><th>Aktivitetstype</th>
<th>Status</th></tr>
<tr><td>A-2071-014</td><td>NHOs kompetansebarometer 2071</td><td>2071</td><td>2.2</td><td>Utredning</td>
<td>Avsluttet</td></tr>
<tr><td>A-2072-003</td><td>Medlem i Kompetansebehovsutvalget</td><td>2072</td><td>1.1</td><td>Råd og utvalg</td>
<td>Løpende</td></tr>
<tr><td>A-2073-001</td><td>Yrkes-NM 2073 – planlegging</td><td>2073</td><td>2.3</td><td>Arrangement</td>
<td>Planlagt</td></tr>
</table></body></html>"""


def test_an_export_saying_no_year_is_held_against_the_year_its_file_name_carries(matchers, tmp_path):
    # NHO's register export (an HTML table saved as .xls) mixes years, each row's in a column, its status beside it;
    # the file says no year of its own but its name does. Its 2071 and 2073 rows were read as 2072's, sure.
    path = tmp_path / "NHO_aktiviteter_KPR_2072.xls"
    path.write_text(EXPORT, encoding="utf-8")
    result = extract_document(Document(path, path.name, "html", "x", path.stat().st_size), matchers, ParseOptions(),
                              10**8)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Medlem i Kompetansebehovsutvalget"]
    assert sorted(s.text for s in result.skipped) == ["NHOs kompetansebarometer 2071", "Yrkes-NM 2073 - planlegging"]
    # Named without a year, the same export keeps every row: nothing to hold them against, and the run decides.
    plain = tmp_path / "NHO_aktiviteter.xls"
    plain.write_text(EXPORT, encoding="utf-8")
    result = extract_document(Document(plain, plain.name, "html", "x", plain.stat().st_size), matchers, ParseOptions(),
                              10**8)
    assert len(result.rows) == 3


def test_names_alone_over_the_rows_they_group_say_who_ran_them_and_are_no_tiltak(matchers, tmp_path):
    # VOFO's workbook groups the study associations' measures under each one's name, alone in the tiltak column; each
    # name was read as a tiltak of its own, and the measures under it had no ansvarlig.
    from tests.conftest import word_table_report

    groups = {"VOFO sentralt": [("Kompetansepluss frivillighet", "3.2", "Kurs", "HK-dir"),
                                ("Læringsutbytte i studieforbund", "3.6", "Undersøkelse", "NIFU")],
              "Studieforbundet AOF Norge": [("Norsk med jobb", "3.4", "Kurs", "LO-forbundene")]}
    rows = [("Tiltak", "Strategiens delmål", "Form", "Med hvem")]
    for name, measures in groups.items():
        rows += [(name, "", "", ""), *measures]
    rows.append(("Karriereveiledning i frivilligheten", "", "", ""))  # a row left half filled: still a tiltak
    path = word_table_report(tmp_path / "VOFO_tiltak_2072.docx", "Tiltak i studieforbundene 2072", rows)
    result = extract_document(Document(path, path.name, "docx", "x", path.stat().st_size), matchers, ParseOptions(),
                              10**8)
    assert [(r.raw.get("tiltak"), r.raw.get("ansvarlig")) for r in result.rows] == [
        ("Kompetansepluss frivillighet", "VOFO sentralt"), ("Læringsutbytte i studieforbund", "VOFO sentralt"),
        ("Norsk med jobb", "Studieforbundet AOF Norge"),
        ("Karriereveiledning i frivilligheten", "Studieforbundet AOF Norge")]
    # A description under each row, alone in the tiltak column («Skildring: …», round 27's Vestland), is no group.
    path = word_table_report(tmp_path / "Vestland_2047.docx", "Vestland fylkeskommune – rapport", [
        ("Delmål", "Tiltak", "Type"), ("1.2", "Kompetansepartnarskap Vestland", "Nettverk"),
        ("", "Skildring: Partnarskapet har fire møte i året.", ""), ("3.4", "Norskopplæring med fagretta innhald", "Kurs"),
        ("", "Skildring: Norskopplæring kombinert med helsearbeidarfaget.", "")])
    result = extract_document(Document(path, path.name, "docx", "x", path.stat().st_size), matchers, ParseOptions(),
                              10**8)
    assert [(r.raw.get("tiltak"), r.raw.get("ansvarlig")) for r in result.rows] == [
        ("Kompetansepartnarskap Vestland", ""), ("Norskopplæring med fagretta innhald", "")]


def test_rows_grouped_under_a_name_for_information_only_are_set_aside(matchers, tmp_path):
    # VOFO's last group, «Til orientering (ikke 2072)», holds next year's conference: listed beside the year's measures,
    # not as one of them.
    from tests.conftest import word_table_report

    path = word_table_report(tmp_path / "VOFO_tiltak_2072.docx", "Tiltak i studieforbundene 2072", [
        ("Tiltak", "Delmål", "Form"), ("VOFO sentralt", "", ""), ("Kompetansepluss frivillighet", "3.2", "Kurs"),
        ("Til orientering (ikke 2072)", "", ""), ("Studieforbundsdagen i Trondheim", "3.6", "Konferanse")])
    result = extract_document(Document(path, path.name, "docx", "x", path.stat().st_size), matchers, ParseOptions(),
                              10**8)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Kompetansepluss frivillighet"]
    assert [s.text for s in result.skipped] == ["Studieforbundsdagen i Trondheim"]


def _with_boxes(path, boxes):
    """An openpyxl plan sheet (delmål bands in column A) with `boxes` = (row, col, fill, lines) drawn as rounded
    rectangles anchored over cells (0-based, as DrawingML counts), as Excel's Insert > Shapes writes them."""
    import zipfile

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "A3 2072"
    ws["A1"] = "Innlandet fylkeskommune – kompetanseplan 2072"
    ws["A3"], ws["B3"] = "Delmål i strategien", "Tiltak 2072"
    for r, band in enumerate(["1.2 Regionalt ansvar og samarbeid", "1.4 Samarbeid mellom utdanning og arbeidsliv",
                              "3.1 Fleksibel opplæring for voksne"], start=4):
        ws.cell(r, 1, band)
    plain = path.with_suffix(".plain.xlsx")
    wb.save(plain)
    a, x = "http://schemas.openxmlformats.org/drawingml/2006/main", "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
    anchors = "".join(
        f'<xdr:twoCellAnchor><xdr:from><xdr:col>{c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>{r}</xdr:row>'
        f'<xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>{c + 1}</xdr:col><xdr:colOff>0</xdr:colOff>'
        f'<xdr:row>{r}</xdr:row><xdr:rowOff>90000</xdr:rowOff></xdr:to><xdr:sp><xdr:nvSpPr><xdr:cNvPr id="{i + 2}" '
        f'name="Avrundet rektangel {i + 1}"/><xdr:cNvSpPr/></xdr:nvSpPr><xdr:spPr><a:prstGeom prst="roundRect"/>'
        f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill></xdr:spPr><xdr:txBody><a:bodyPr/>'
        + "".join(f"<a:p><a:r><a:t>{line}</a:t></a:r></a:p>" for line in lines)
        + "</xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor>"
        for i, (r, c, fill, lines) in enumerate(boxes))
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/xl/drawings/drawing1.xml" ContentType="'
                                    b'application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>')
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</worksheet>", b'<drawing xmlns:r="http://schemas.openxmlformats.org/'
                                    b'officeDocument/2006/relationships" r:id="rIdDr1"/></worksheet>')
            out.writestr(item, data)
        out.writestr("xl/worksheets/_rels/sheet1.xml.rels",
                     '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                     '<Relationship Id="rIdDr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                     'relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>')
        out.writestr("xl/drawings/drawing1.xml", f'<xdr:wsDr xmlns:xdr="{x}" xmlns:a="{a}">{anchors}</xdr:wsDr>')
    plain.unlink()
    return path


def test_measures_in_text_boxes_over_a_plan_sheet_stand_under_the_band_they_float_over(matchers, tmp_path):
    # Innlandet's A3 plan: the measures are rounded rectangles drawn over the band of their delmål, two side by side
    # in one band, grey ones finished or planned; openpyxl drops drawings, so the sheet gave no tiltak at all.
    path = _with_boxes(tmp_path / "Innlandet_kompetanseplan_A3_2072.xlsx", [
        (3, 1, "E2F0D9", ["Kompetanseforum Innlandet",
                          "Partnerskap · Ansvar: Innlandet fylkeskommune · Med: NAV Innlandet, NHO",
                          "Regionalt partnerskap som følger opp kompetansestrategien; fire møter i 2072."]),
        (4, 1, "E2F0D9", ["Karriere Innlandet i bedrift", "Prosjekt · Ansvar: Karriere Innlandet · Med: NAV",
                          "Karriereveiledere møter ansatte på arbeidsplassen."]),
        (4, 3, "E2F0D9", ["Fagskolekonferansen 2072", "Konferanse · Ansvar: Innlandet fylkeskommune · Med: –",
                          "Vertskap for den nasjonale fagskolekonferansen i oktober."]),
        (5, 1, "EDEDED", ["Avsluttet i 2071: Fagbrev på jobb-pilot", "Prosjekt · Ansvar: Innlandet fylkeskommune",
                          "Piloten ble avsluttet og evaluert i 2071."])])
    result = extract_document(Document(path, path.name, "xlsx", "x", path.stat().st_size), matchers, ParseOptions(),
                              10**8)
    assert [(r.raw.get("delmal")[:3], r.raw.get("tiltak"), r.raw.get("type"), r.raw.get("ansvarlig"))
            for r in result.rows] == [
        ("1.2", "Kompetanseforum Innlandet", "Partnerskap", "Innlandet fylkeskommune"),
        ("1.4", "Karriere Innlandet i bedrift", "Prosjekt", "Karriere Innlandet"),
        ("1.4", "Fagskolekonferansen 2072", "Konferanse", "Innlandet fylkeskommune")]
    assert result.rows[0].raw.get("samarbeidspartnere") == "NAV Innlandet, NHO"
    assert result.rows[0].raw.get("beskrivelse").startswith("Regionalt partnerskap")
    assert [s.text for s in result.skipped] == ["Avsluttet i 2071: Fagbrev på jobb-pilot"]


def test_a_mails_typed_numbers_are_items_and_a_type_told_as_a_sentence_of_its_own_is_given(matchers, tmp_path):
    # LO's forwarded thread: the departments typed «1) Name – what was done.» in their replies and closed an item with its
    # kind as a sentence of its own («Kurs.»). The items were read as running prose, named from a place in the text
    # («Helse Bergen»), and the kind left to be guessed.
    from email.message import EmailMessage

    from pipeline.match import match_rows
    from tiltak_core.records import ExtractedRow

    message = EmailMessage()
    message["From"], message["To"] = "Marte <marte@lo.example.no>", "sekretariat@example.no"
    message["Subject"] = "VS: Rapportering til Kompetansepolitisk råd 2072"
    message.set_content("Se HTML-versjonen.")
    message.add_alternative(
        "<html><body><p>Hei, to ting fra oss i Fagforbundet:</p>"
        "<p>1) Bransjeprogram helse og omsorg (kommunene) – vi sitter i styringsgruppa sammen med KS og NSF. Over 2 000 "
        "ansatte fikk plass på videreutdanning i 2072. Kurs/utdanning. [delmål 2.4]</p>"
        "<p>2) Rådsskolen – to samlinger for våre representanter i de faglige rådene i Helse Bergen. 46 deltakere. Kurs. "
        "[delmål 1.4]</p><p>Trond Olsen</p></body></html>", subtype="html")
    path = tmp_path / "VS_rapportering_LO_2072.eml"
    path.write_bytes(bytes(message))
    result = extract_document(Document(path, path.name, "eml", "x", path.stat().st_size), matchers, ParseOptions(),
                              10**8)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal")) for r in result.rows] == [
        ("Bransjeprogram helse og omsorg (kommunene)", "delmål 2.4"), ("Rådsskolen", "delmål 1.4")]
    assert result.rows[0].raw.get("beskrivelse").startswith("vi sitter i styringsgruppa")
    matched = match_rows([ExtractedRow(r.raw, "LO", 1.0) for r in result.rows], matchers)
    assert [(t.type.value, t.type.inferred) for t in matched] == [("Kurs/utdanning", False), ("Kurs/utdanning", False)]


def _card(x: int, y: int, tags: str, title: str, text: list[str], who: str) -> str:
    """One card of an infographic as a design tool exports it: a rounded rectangle and its lines as <text>."""
    lines = [f'<text x="{x + 14}" y="{y + 26}" font-size="11" font-weight="700">{tags}</text>',
             f'<text x="{x + 14}" y="{y + 52}" font-size="14" font-weight="700">{title}</text>']
    lines += [f'<text x="{x + 14}" y="{y + 76 + 16 * k}" font-size="12">{t}</text>' for k, t in enumerate(text)]
    lines.append(f'<text x="{x + 14}" y="{y + 88 + 16 * len(text)}" font-size="10">{who}</text>')
    return (f'<rect x="{x}" y="{y}" width="370" height="{104 + 16 * len(text)}" rx="12" fill="#ffffff" '
            f'stroke="#0b3b2e" stroke-width="2"/>' + "".join(lines))


def test_an_infographics_cards_side_by_side_are_read_card_by_card(matchers, tmp_path, soffice):
    # Virke's SVG: measures as cards round a hub, tags over each title. The SVG was read as XML, its style attributes
    # as rows; as a PDF its cards' lines ran across into each other. A card whose tags give no code is announced.
    cards = [_card(20, 90, "Dokumentere kompetanse  Opplæring", "Fagbrev på jobb i handelen",
                   ["Virke-bedrifter har tatt inn 210 nye kandidater", "som tar fagbrev ved siden av jobben."],
                   "Ansvar: Virke · Med: NHO, YS, fylkeskommunene"),
             _card(410, 90, "2.4 Nettverk", "Kompetansenettverket for små virksomheter",
                   ["Nettverk for daglige ledere i virksomheter med", "under 20 ansatte; seks samlinger i 2072."],
                   "Ansvar: Virke · Med: Fagskolen i Viken, OsloMet"),
             _card(20, 260, "1.1 Utvalg", "KBU – Kompetansebehovsutvalget",
                   ["Virke har fast plass i utvalget og har bidratt", "med tall fra handels- og tjenestenæringen."],
                   "Ansvar: Virke · Med: KD og partene"),
             _card(410, 260, "2.2 Kunnskap om læring  Podkast", "Podkasten «Lær i jobb»",
                   ["Tolv episoder om læring i hverdagen.", "38 000 avspillinger i 2072."],
                   "Ansvar: Virke kommunikasjon · Med: –")]
    svg = ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="800" height="460" '
           'viewBox="0 0 800 460" font-family="DejaVu Sans"><rect width="800" height="460" fill="#f4f1ea"/>'
           '<text x="40" y="50" font-size="26" font-weight="700">Virke og kompetanse 2072</text>'
           + "".join(cards) + "</svg>")
    path = tmp_path / "Virke_kompetanse_2072_infografikk.svg"
    path.write_text(svg, encoding="utf-8")
    assert detect(path) == "svg"
    result = extract_document(Document(path, path.name, "svg", "x", path.stat().st_size), matchers, ParseOptions(),
                              10**8)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("ansvarlig")) for r in result.rows] == [
        ("Fagbrev på jobb i handelen", "", "Virke"),  # its delmål in words only: matched from the text, and asked
        ("Kompetansenettverket for små virksomheter", "2.4", "Virke"),
        ("KBU - Kompetansebehovsutvalget", "1.1", "Virke"),
        ("Podkasten \"Lær i jobb\"", "2.2", "Virke kommunikasjon")]
    assert result.rows[1].raw.get("beskrivelse") == ("Nettverk for daglige ledere i virksomheter med under 20 ansatte; "
                                                     "seks samlinger i 2072.")
    assert (result.rows[1].raw.get("type"), result.rows[3].raw.get("type")) == ("Nettverk", "Podkast")


def test_a_title_and_text_closed_by_a_line_of_who_ran_it_that_no_row_holds_is_announced():
    # Virke's first card: tags in words over its title, read as headings; its text and «Ansvar: … · Med: …» line went
    # into no row, and the file was «lest» with its other cards, the card missed quietly.
    from normalise.columns import ColumnMapper
    from normalise.vocabulary import load_vocabulary
    from parsers.content import Paragraph
    from pipeline.coverage import unread_mentions
    from pipeline.draft_row import DraftRow
    from tiltak_core.records import Provenance

    blocks = [Paragraph(1, 1, "Dokumentere kompetanse Opplæring", "heading"),
              Paragraph(1, 2, "Fagbrev på jobb i handelen", "heading"),
              Paragraph(1, 3, "Virke-bedrifter har tatt inn 210 nye kandidater som tar fagbrev ved siden av jobben."),
              Paragraph(1, 4, "Ansvar: Virke · Med: NHO, YS, fylkeskommunene"),
              Paragraph(1, 5, "KBU – Kompetansebehovsutvalget", "heading"),
              Paragraph(1, 6, "Virke har fast plass i utvalget."),
              Paragraph(1, 7, "Ansvar: Virke · Med: KD og partene")]
    split_labels = ColumnMapper(load_vocabulary()).split_labels

    kbu = DraftRow(Provenance("Virke.svg", page=1, line=5), {"tiltak": "KBU – Kompetansebehovsutvalget",
                                                              "beskrivelse": "Virke har fast plass i utvalget."}, {}, 0.8, [])
    unread = unread_mentions("Virke.svg", blocks, [kbu], [], split_labels)
    assert [(s.locator, s.text) for s in unread] == [
        ("p1-l2", "Fagbrev på jobb i handelen … Ansvar: Virke · Med: NHO, YS, fylkeskommunene")]
    assert unread_mentions("Virke.svg", blocks, [kbu], []) == []  # without the labels, only delmål are looked for


def test_an_svg_that_fetches_files_through_entities_is_refused_with_a_reason(tmp_path):
    from parsers.convert import parse_svg
    from tiltak_core.errors import DamagedFile

    path = tmp_path / "kart.svg"
    path.write_text('<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                    '<svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>', encoding="utf-8")
    assert detect(path) == "svg"
    with pytest.raises(DamagedFile) as raised:
        parse_svg(path, path.name, ParseOptions())
    assert "XML-entiteter" in raised.value.problem and "PDF eller PNG" in raised.value.fix
