"""Shapes held-out round 53 showed the reader at its first look."""

from __future__ import annotations

import struct
from email.message import EmailMessage

from parsers.html import blocks_of_html
from parsers.registry import ParseOptions
from pipeline.batch import run
from pipeline.settings import Settings
from tests.conftest import word_table_report

GOOGLE_DOCS = """<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">
<style type="text/css">.c2{font-weight:400}.c5{color:#666666;text-decoration:line-through}</style></head>
<body class="c8"><p class="c11 title"><span>VOFOs rapportering til Kompetansepolitisk råd 2073</span></p>
<table><tr><td><p><span>Tiltak</span></p></td><td><p><span>Delmål</span></p></td><td><p><span>Type</span></p></td></tr>
<tr><td><p><span class="c2">Språkkafé-nettverket</span></p></td><td><p><span>3.4</span></p></td>
<td><p><span>Nettverk</span></p></td></tr>
<tr><td><p><span class="c5">Kompetansepluss frivillighet</span><sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup></p></td>
<td><p><span class="c5">3.2</span></p></td><td><p><span class="c5">Kurs</span></p></td></tr></table>
<h2><span>Planer for 2074</span></h2><p><span>Ny runde med DigiKlar.</span></p>
<div class="c19"><p><a href="#cmnt_ref1" id="cmnt1">[a]</a><span>Denne ble vel avsluttet i 2072? Stryker den.</span></p></div>
</body></html>"""


def test_a_google_docs_export_gives_its_title_and_not_its_struck_rows_or_comments():
    # VOFO's Google Docs «web page, zipped»: the title a paragraph in Docs' «title» style (the page has no <title>), a
    # row struck through after a comment thread said to take it out, the thread at the page's end. The file was
    # rejected as naming no member (its title read as «Planer for 2074»), and the struck row would have been read.
    title, blocks = blocks_of_html(GOOGLE_DOCS)
    assert title == "VOFOs rapportering til Kompetansepolitisk råd 2073"
    (table,) = [b for b in blocks if hasattr(b, "rows")]
    assert table.rows == (("Tiltak", "Delmål", "Type"), ("Språkkafé-nettverket", "3.4", "Nettverk"))
    assert not any("Stryker" in getattr(b, "text", "") or "[a]" in getattr(b, "text", "") for b in blocks)


def _tnef(files: list[tuple[str, bytes]]) -> bytes:
    """Outlook's winmail.dat holding `files`: the signature, then each attachment's attributes with their checksums."""
    def attribute(level: int, ident: int, data: bytes) -> bytes:
        return struct.pack("<BII", level, ident, len(data)) + data + struct.pack("<H", sum(data) & 0xFFFF)
    out = struct.pack("<IH", 0x223E9F78, 1) + attribute(1, 0x00089006, struct.pack("<I", 0x00010000))
    for name, data in files:
        out += attribute(2, 0x00069002, bytes(14)) + attribute(2, 0x00018010, name.encode("cp1252") + b"\0")
        out += attribute(2, 0x0006800F, data)
    return out


def _results(inbox, tmp_path):
    result = run(Settings(inbox=inbox, out=tmp_path / "ut", history=tmp_path / "h.sqlite", year=2073, cache=False))
    return {r.document.source_file: r for r in result.documents}


def test_a_report_in_outlooks_winmail_dat_is_taken_out_and_read(tmp_path):
    # LO's mail was sent as rich text: its Word report existed only inside winmail.dat, which was left as no document;
    # the mail was read as a letter with no tiltak, the report not at all.
    report = word_table_report(tmp_path / "LO rapportering KPR 2073.docx", "LOs tiltak i 2073", [
        ("Tiltak", "Delmål", "Type"), ("Tillitsvalgtskolen: digital omstilling", "2.1", "Kurs")])
    message = EmailMessage()
    message["From"], message["To"] = "LO <post@lo.example.no>", "sekretariat@example.no"
    message["Subject"] = "Rapportering fra LO til Kompetansepolitisk råd 2073"
    message.set_content("Hei, vedlagt er LOs rapportering for 2073.\n\nMed vennlig hilsen\nLO")
    message.add_attachment(_tnef([(report.name, report.read_bytes())]), maintype="application", subtype="ms-tnef",
                           filename="winmail.dat")
    inbox = tmp_path / "innboks"
    inbox.mkdir()
    (inbox / "Rapportering fra LO 2073.eml").write_bytes(bytes(message))
    results = _results(inbox, tmp_path)
    inner = results["Rapportering fra LO 2073.eml/LO rapportering KPR 2073.docx"]
    assert [r.raw.get("tiltak") for r in inner.rows] == ["Tillitsvalgtskolen: digital omstilling"]


def test_a_workbook_attached_inside_a_pdf_is_taken_out_and_read(tmp_path):
    # NHO's cover letter said «Oversikten over tiltakene ligger som vedlegg i denne PDF-filen»: the workbook was attached
    # to the PDF (Acrobat's «Vedlegg»), and never read.
    import openpyxl
    import pypdfium2 as pdfium
    from reportlab.pdfgen import canvas

    book = openpyxl.Workbook()
    for row in (("Tiltak", "Delmål", "Type"), ("Kompetansepakken for små bedrifter", "2.4", "Informasjon")):
        book.active.append(row)
    sheet = tmp_path / "NHO tiltak KPR 2073.xlsx"
    book.save(sheet)
    letter = tmp_path / "brev.pdf"
    page = canvas.Canvas(str(letter), invariant=True)
    for k, line in enumerate(["NHOs rapportering til Kompetansepolitisk råd for 2073",
                              "Oversikten over tiltakene ligger som vedlegg i denne PDF-filen.",
                              "Med vennlig hilsen Næringslivets Hovedorganisasjon"]):
        page.drawString(72, 760 - 20 * k, line)
    page.save()
    inbox = tmp_path / "innboks"
    inbox.mkdir()
    pdf = pdfium.PdfDocument(str(letter))
    attachment = pdf.new_attachment(sheet.name)
    attachment.set_data(sheet.read_bytes())
    pdf.save(str(inbox / "NHO_rapportering_KPR_2073.pdf"))
    pdf.close()
    results = _results(inbox, tmp_path)
    inner = results["NHO_rapportering_KPR_2073.pdf/NHO tiltak KPR 2073.xlsx"]
    assert [r.raw.get("tiltak") for r in inner.rows] == ["Kompetansepakken for små bedrifter"]
    assert results["NHO_rapportering_KPR_2073.pdf"].rows == ()  # the letter itself holds none


def test_a_part_of_the_strategy_with_none_under_it_is_no_tiltak(matchers, tmp_path):
    # LO's appendix: «Hovedinnsatsområde 3: Ingen egne tiltak i 2073 …» closed the list, and was read as a tiltak
    # named «Hovedinnsatsområde 3».
    import docx

    from parsers.docx import parse_docx
    from pipeline.rows import content_to_rows

    d = docx.Document()
    d.add_heading("LOs tiltak i 2073", 1)
    d.add_paragraph("2.1 Digital kompetanse i arbeidsstyrken", style="List Bullet")
    d.add_paragraph("Tillitsvalgtskolen: digital omstilling (nettkurs): nettkurs for tillitsvalgte om innføring av "
                    "kunstig intelligens.", style="List Bullet 2")
    d.add_paragraph("Hovedinnsatsområde 3: Ingen egne tiltak i 2073 ut over det forbundene rapporterer.",
                    style="List Bullet")
    path = tmp_path / "LO_2073.docx"
    d.save(path)
    read = content_to_rows(parse_docx(path, path.name, ParseOptions()), path.name, matchers)
    assert [r.get("tiltak") for r in read.rows] == ["Tillitsvalgtskolen: digital omstilling"]
    assert [s.text for s in read.skipped] == ["Hovedinnsatsområde 3"]


def _smartart_report(path, boxes):
    """A Word report whose measures exist only as SmartArt boxes: `boxes` = (label, [box lines…]) per group, each box
    a child of its group, as Word's «Hierarchy» diagram keeps them in word/diagrams/data1.xml."""
    import docx
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from lxml import etree

    dgm, a = "http://schemas.openxmlformats.org/drawingml/2006/diagram", "http://schemas.openxmlformats.org/drawingml/2006/main"
    points, links = ['<dgm:pt modelId="{0}" type="doc"><dgm:t><a:p><a:r><a:t></a:t></a:r></a:p></dgm:t></dgm:pt>'], []

    def box(key: str, lines: list[str]) -> str:
        paras = "".join(f"<a:p><a:r><a:t>{line}</a:t></a:r></a:p>" for line in lines)
        return f'<dgm:pt modelId="{{{key}}}"><dgm:t>{paras}</dgm:t></dgm:pt>'
    for g, (label, items) in enumerate(boxes):
        points.append(box(f"G{g}", [label]))
        links.append(f'<dgm:cxn modelId="{{C{g}}}" srcId="{{0}}" destId="{{G{g}}}" srcOrd="{g}" destOrd="0"/>')
        for k, lines in enumerate(items):
            points.append(box(f"G{g}I{k}", lines))
            links.append(f'<dgm:cxn modelId="{{C{g}I{k}}}" srcId="{{G{g}}}" destId="{{G{g}I{k}}}" srcOrd="{k}" destOrd="0"/>')
    data = (f'<dgm:dataModel xmlns:dgm="{dgm}" xmlns:a="{a}"><dgm:ptLst>{"".join(points)}</dgm:ptLst>'
            f'<dgm:cxnLst>{"".join(links)}</dgm:cxnLst></dgm:dataModel>').encode("utf-8")
    d = docx.Document()
    d.add_heading("KS' rapportering til Kompetansepolitisk råd 2073", 1)
    holder = d.add_paragraph()
    part = Part(PackURI("/word/diagrams/data1.xml"),
                "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml", data, d.part.package)
    rid = d.part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/diagramData")
    holder._p.append(etree.fromstring(
        f'<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:drawing><a:graphic xmlns:a="{a}">'
        f'<a:graphicData uri="{dgm}"><dgm:relIds xmlns:dgm="{dgm}" xmlns:r="http://schemas.openxmlformats.org/'
        f'officeDocument/2006/relationships" r:dm="{rid}"/></a:graphicData></a:graphic></w:drawing></w:r>'))
    d.add_paragraph("Figur 1: KS' tiltak i 2073 etter delmål")
    d.save(path)
    return path


def test_measures_only_in_smartart_boxes_are_read_under_the_delmal_box_they_hang_from(matchers, tmp_path):
    # KS's report drew its measures as a SmartArt hierarchy: delmål boxes, each measure a box under one. The text lives
    # in the diagram's data part, which was not read: «lest, men fant ingen tiltak».
    from parsers.docx import parse_docx
    from pipeline.rows import content_to_rows

    path = _smartart_report(tmp_path / "KS_rapportering_KPR_2073.docx", [
        ("1.1 Kunnskap om kompetansebehov (KBU)", [["KS i Kompetansebehovsutvalget",
                                                    "KS har fast plass i KBU og bidro til temarapporten."]]),
        ("3.4 Norsk og kvalifisering for innvandrere", [["Språkspor i kommunene",
                                                          "KS koordinerer nettverket av de tolv forsøkskommunene."]])])
    read = content_to_rows(parse_docx(path, path.name, ParseOptions()), path.name, matchers)
    assert [(r.get("tiltak"), r.get("delmal")[:3]) for r in read.rows] == [
        ("KS i Kompetansebehovsutvalget", "1.1"), ("Språkspor i kommunene", "3.4")]
    assert read.rows[1].get("beskrivelse") == "KS koordinerer nettverket av de tolv forsøkskommunene."


def _xfa_pdf(path, template: str, data: str):
    """A dynamic XFA form as LiveCycle saves it: one page asking to be rendered, the form's template and its filled-in
    data as XFA packets in the AcroForm, NeedsRendering set."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /AcroForm 5 0 R /NeedsRendering true >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 "
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>",
    ]
    page = b"BT /F1 12 Tf 72 770 Td (Please wait... If this message is not eventually replaced, upgrade.) Tj ET"
    objects.append(b"<< /Length %d >>\nstream\n" % len(page) + page + b"\nendstream")
    objects.append(b"<< /Fields [] /XFA [(template) 6 0 R (datasets) 7 0 R] >>")
    for packet in (template, data):
        body = packet.encode("utf-8")
        objects.append(b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream")
    out, offsets = bytearray(b"%PDF-1.7\n"), []
    for n, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def test_a_dynamic_xfa_forms_filled_in_data_is_read_with_its_choices_as_shown(matchers, tmp_path):
    # Spekter's reporting form (Adobe LiveCycle): its page says only «Please wait…»; the answers are in the form's data
    # packet, each drop-down stored as a code («3»). The file gave no tiltak.
    from parsers.pdf import parse_pdf
    from pipeline.rows import content_to_rows

    template = ('<template xmlns="http://www.xfa.org/schema/xfa-template/3.3/"><subform name="skjema">'
                '<field name="type"><items><text>FoU</text><text>Kurs/utdanning</text><text>Råd/utvalg/nettverk</text>'
                '</items><items save="1" presence="hidden"><text>1</text><text>2</text><text>3</text></items></field>'
                '</subform></template>')
    data = ('<xfa:datasets xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/"><xfa:data><skjema>'
            '<avsender><organisasjon>Spekter</organisasjon></avsender>'
            '<tiltak><navn>Kompetansebehovsutvalget – Spekters medlem</navn><delmaal>1.1</delmaal><type>3</type>'
            '<beskrivelse>Spekter har ett av arbeidsgivernes medlemmer i utvalget.</beskrivelse></tiltak>'
            '<tiltak><navn>Lederprogram for førstelinjeledere</navn><delmaal>2.4</delmaal><type>2</type>'
            '<beskrivelse>Tre kull med til sammen 96 ledere.</beskrivelse></tiltak></skjema></xfa:data></xfa:datasets>')
    path = _xfa_pdf(tmp_path / "Rapporteringsskjema_KPR_2073_Spekter.pdf", template, data)
    content = parse_pdf(path, path.name, ParseOptions())
    assert content.converted_from == "skjemadata (XFA)"
    read = content_to_rows(content, path.name, matchers)
    assert [(r.get("tiltak"), r.get("delmal"), r.get("type")) for r in read.rows] == [
        ("Kompetansebehovsutvalget - Spekters medlem", "1.1", "Råd/utvalg/nettverk"),  # dashes made one
        ("Lederprogram for førstelinjeledere", "2.4", "Kurs/utdanning")]


def test_a_task_boards_export_names_its_tasks_and_leaves_out_the_bucket_the_member_left_out(matchers, tmp_path):
    # Troms og Finnmark's Microsoft Planner export: the task's name under «Oppgavenavn», its text under «Beskrivelse»,
    # which was read as the tiltak; a bucket «Ikke med i rapporten» holds what the member left out, read as tiltak.
    import openpyxl

    from parsers.xlsx import parse_xlsx
    from pipeline.rows import content_to_rows

    book = openpyxl.Workbook()
    for row in (("Navn på plan", "Troms og Finnmark fk – KPR 2073"), (),
                ("Oppgave-ID", "Oppgavenavn", "Bøttenavn", "Fremdrift", "Etiketter", "Beskrivelse"),
                ("Vk3e", "Kompetanseforum Troms og Finnmark", "Råd og utvalg", "Pågår", "Delmål 1.2",
                 "Regionalt partnerskap for kompetanse med fire møter i 2073."),
                ("Hn2C", "Karriereuka 2072", "Ikke med i rapporten", "Fullført", "Delmål 1.3",
                 "Avsluttet i 2072 – rapportert i fjor."),
                ("Bp4F", "Duodjiløftet", "Opplæring", "Pågår", "Delmål 3.1",
                 "Fylkeskommunen finansierer modulene og tar imot fagprøvene i duodji.")):
        book.active.append(row)
    path = tmp_path / "Troms og Finnmark fk – KPR 2073.xlsx"
    book.save(path)
    read = content_to_rows(parse_xlsx(path, path.name, ParseOptions()), path.name, matchers)
    assert [(r.get("tiltak"), r.get("delmal")) for r in read.rows] == [
        ("Kompetanseforum Troms og Finnmark", "Delmål 1.2"), ("Duodjiløftet", "Delmål 3.1")]
    assert read.rows[1].get("beskrivelse").startswith("Fylkeskommunen finansierer")
    assert ("Karriereuka 2072", "raden er merket som ikke med i rapporten") in [(s.text, s.reason) for s in read.skipped]


KML = """<?xml version="1.0" encoding="utf-8" ?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document id="root_doc">
<Schema name="tiltak" id="tiltak"><SimpleField name="namn" type="string"></SimpleField></Schema>
<Folder><name>kompetansetiltak_2073</name>
%s
</Folder></Document></kml>"""


def _placemark(n: int, fields: dict[str, str]) -> str:
    data = "".join(f'<SimpleData name="{k}">{v}</SimpleData>' for k, v in fields.items())
    return (f'<Placemark id="tiltak.{n}"><name>{fields["namn"]}</name><ExtendedData><SchemaData schemaUrl="#tiltak">'
            f'{data}</SchemaData></ExtendedData><Point><coordinates>6.23,62.47</coordinates></Point></Placemark>')


def test_a_map_layers_placemarks_are_records_and_a_year_column_sets_other_years_aside(matchers, tmp_path):
    # Møre og Romsdal exported its measures from QGIS as a map layer (.kmz): each measure a point whose fields are
    # «<SimpleData name="…">» inside «ExtendedData/SchemaData». The export's tree was read field by field: 82 rows
    # of schema names and coordinates. The year each point belongs to stands in a «status» column.
    from parsers.tree import parse_xml
    from pipeline.other_years import set_aside
    from pipeline.rows import content_to_rows
    from pipeline.year import named_year

    marks = [_placemark(1, {"namn": "Kompetansealliansen Møre og Romsdal", "delmaal": "1.2", "kategori": "Partnarskap",
                            "ansvarleg": "Møre og Romsdal fylkeskommune", "status": "2073"}),
             _placemark(2, {"namn": "Maritim EVU-pakke", "delmaal": "2.4", "kategori": "Etter- og vidareutdanning",
                            "ansvarleg": "Fagskulen Møre og Romsdal", "status": "2073"}),
             _placemark(3, {"namn": "Yrkesmessa i Volda 2074", "delmaal": "2.3", "kategori": "Arrangement",
                            "ansvarleg": "Volda vidaregåande skule", "status": "2074"})]
    path = tmp_path / "doc.kml"
    path.write_text(KML % "\n".join(marks), encoding="utf-8")
    content = parse_xml(path, path.name, ParseOptions())
    source = "MRFK_kompetansetiltak_2073.kmz/doc.kml"
    assert named_year(source) == 2073  # the year the archive's name carries, where the file inside says none
    read = set_aside(content_to_rows(content, source, matchers), content.blocks, source, 2073,
                     matchers.catalogue.vocabulary)
    assert [(r.get("tiltak"), r.get("delmal"), r.get("ansvarlig")) for r in read.rows] == [
        ("Kompetansealliansen Møre og Romsdal", "1.2", "Møre og Romsdal fylkeskommune"),
        ("Maritim EVU-pakke", "2.4", "Fagskulen Møre og Romsdal")]
    assert [s.text for s in read.skipped] == ["Yrkesmessa i Volda 2074"]


def test_the_files_inside_winmail_dat_count_toward_the_unpacking_limit(tmp_path):
    # The limit on what one file may unpack to held for an e-mail's attachments but not for those Outlook wrapped.
    import pytest

    from parsers.bundle import mail_attachments
    from tiltak_core.errors import TooLarge

    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "LO <post@lo.example.no>", "s@example.no", "Rapport 2073"
    message.set_content("Vedlagt.")
    message.add_attachment(_tnef([("stor.docx", bytes(5000))]), maintype="application", subtype="ms-tnef",
                           filename="winmail.dat")
    path = tmp_path / "lo.eml"
    path.write_bytes(bytes(message))
    assert [p.name for p in mail_attachments(path, path.name, ParseOptions()).files] == ["stor.docx"]
    with pytest.raises(TooLarge, match="vedleggene er til sammen over grensen"):
        mail_attachments(path, path.name, ParseOptions(max_unpacked_bytes=4000))
