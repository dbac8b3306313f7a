"""NHO: a one-page cover letter as PDF with the measures in an Excel workbook attached to the PDF.

The letter was made first; the workbook was then attached in Acrobat ('Legg ved fil'), which saves as an
incremental update: a second body, xref section and trailer (/Prev) appended to the file, adding an
EmbeddedFile stream, its Filespec, a Names/EmbeddedFiles tree and a new Catalog with /PageMode /UseAttachments.
"""
from __future__ import annotations

import datetime
import hashlib
import io
import re
import subprocess
import zlib
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from .common import ARR, FOU, INFO, KURS, RAD, normalise_ooxml, row
from .pdfw import pdf_text_utf16

FILENAME = "NHO_rapportering_KPR_2073.pdf"
MEMBER = "NHO"
FORMAT = ("PDF (reportlab, invariant) with a file attachment added by an incremental update (EmbeddedFile + Filespec + "
          "Names/EmbeddedFiles, new Catalog with /PageMode /UseAttachments, second xref with /Prev); the attached "
          "XLSX made with openpyxl, zip normalised")
SHAPE = ("cover letter whose page text names one measure in prose (the KBU seat, no delmål or type); the other "
         "measures only in the attached workbook: title block, columns Aktivitet / Kobling til strategien (code, "
         "code+words or words only) / Form (NHO's own words) / Hvem i NHO-fellesskapet / Partnere / Hva skjedde i "
         "2073 / Status; greyed rows 'Avsluttet 2072' and 'Planlagt 2074' (not truth rows); a contact sheet")

XLSX_NAME = "NHO tiltak KPR 2073.xlsx"

SHEET_ROWS = [
    # aktivitet, kobling, form, hvem, partnere, tekst, status, seed, code, type
    ("Faglige råd og SRY", "1.4 Samarbeid utdanning–arbeidsliv", "Rådsarbeid", "NHO Kompetanse og utdanning",
     "Landsforeningene", "NHO-fellesskapet har 46 representanter i de ti faglige rådene og to plasser i SRY.",
     "Pågår", "M02", "1.4", RAD),
    ("Bransjeprogrammet for bygg og anlegg (BA-programmet)", "2.4", "Bransjeprogram", "BNL",
     "Fellesforbundet, KD",
     "BNL har koordinert etterspørselen fra bedriftene og bidratt til åtte nye moduler i betongfag og tømrerfag.",
     "Pågår", "J01", "2.4", KURS),
    ("Yrkes-NM 2073, Tromsø", "Synliggjøre yrkesfagene (2.3)", "Mesterskap", "NHO Arktis",
     "WorldSkills Norway, Troms og Finnmark fylkeskommune",
     "Over 300 deltakere i 24 fag konkurrerte i Tromsø 5.–7. mars; NHO-bedrifter stilte med dommere og utstyr.",
     "Gjennomført", "J03", "2.3", ARR),
    ("Undersøkelse blant NHOs representanter i de faglige rådene", "1.4", "Medlemsundersøkelse",
     "NHO Kompetanse og utdanning", "–",
     "Spørreundersøkelse om arbeidsbelastning og innflytelse i rådene; 71 prosent svarte. Resultatene brukes i "
     "opplæringen av nye representanter.", "Gjennomført", None, "1.4", FOU),
    ("Kompetansepakken for små bedrifter", "Koble bedriftenes kompetansebehov til utdanningstilbudene",
     "Digitalt verktøy", "NHO Service og Handel", "Fagskoler i Viken",
     "Nettbasert verktøy der små bedrifter kartlegger kompetansebehovet sitt og får forslag til relevante "
     "fagskoletilbud i regionen.", "Pågår", None, "2.4", INFO),
]
GREY_ROWS = [
    ("Kompetansebarometeret 2072", "2.2", "Undersøkelse", "NHO Analyse", "NIFU",
     "Rapporten ble levert i desember 2072.", "Avsluttet 2072"),
    ("Fagbrevkampanjen «Gjør det!»", "2.3", "Kampanje", "NHO", "", "Oppstart høsten 2074.", "Planlagt 2074"),
]

KBU_NAME = "Kompetansebehovsutvalget (KBU)"
KBU_TEXT = ("Utvalgets temarapport om fagarbeidere ble lagt fram i juni, og NHO bidro med data fra "
            "Kompetansebarometeret.")


def make_xlsx() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak 2073"
    ws["A1"] = "NHO – tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi 2073"
    ws["A1"].font = Font(bold=True, size=14, color="1F3864")
    ws["A2"] = "Utfylt av NHO Kompetanse og utdanning, januar 2074"
    ws["A2"].font = Font(italic=True, size=9)
    heads = ["Aktivitet", "Kobling til strategien", "Form", "Hvem i NHO-fellesskapet", "Partnere",
             "Hva skjedde i 2073", "Status"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="top")
    r = 5
    grey = PatternFill("solid", fgColor="D9D9D9")
    for m in SHEET_ROWS:
        for i, v in enumerate(m[:7], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    for m in GREY_ROWS:
        for i, v in enumerate(m, 1):
            c = ws.cell(row=r, column=i, value=v or None)
            c.fill = grey
            c.font = Font(color="7F7F7F")
            c.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    ws.cell(row=r + 1, column=1, value="Grå rader er tatt med til orientering og gjelder ikke 2073.").font = \
        Font(italic=True, size=9)
    for col, w in zip("ABCDEFG", (34, 26, 18, 24, 26, 60, 14)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    ws2 = wb.create_sheet("Kontakt")
    ws2["A1"] = "Kontaktperson"
    ws2["B1"] = "Siri Haugen, NHO Kompetanse og utdanning"
    ws2["A2"] = "E-post"
    ws2["B2"] = "siri.haugen@nho.no"
    wb.properties.creator = "Siri Haugen"
    wb.properties.lastModifiedBy = "Siri Haugen"
    wb.properties.created = datetime.datetime(2074, 1, 27, 10, 0, 0)
    wb.properties.modified = datetime.datetime(2074, 1, 29, 8, 30, 0)
    tmp = Path("/tmp/_h53_nho.xlsx")
    wb.save(tmp)
    normalise_ooxml(tmp, "2074-01-29T08:30:00Z")
    data = tmp.read_bytes()
    tmp.unlink()
    return data


def make_letter() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("NHOs rapportering til Kompetansepolitisk råd 2073")
    c.setAuthor("Siri Haugen")
    c.setCreator("Microsoft® Word for Microsoft 365")
    W, H = A4
    c.setFillColorRGB(0.12, 0.22, 0.39)
    c.setFont("Helvetica-Bold", 26)
    c.drawString(56, H - 70, "NHO")
    c.setFont("Helvetica", 8.5)
    c.drawString(56, H - 84, "Næringslivets Hovedorganisasjon")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica", 10)
    y = H - 140
    for t in ["Sekretariatet for Kompetansepolitisk råd", "Direktoratet for høyere utdanning og kompetanse",
              "Postboks 1093", "5809 Bergen"]:
        c.drawString(56, y, t)
        y -= 13
    c.setFont("Helvetica", 8.5)
    for i, t in enumerate(["Vår dato: 29.01.2074", "Vår ref.: 24/00117-3", "Deres ref.: 2073/88",
                           "Saksbehandler: Siri Haugen"]):
        c.drawString(400, H - 140 - i * 12, t)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(56, H - 230, "NHOs rapportering til Kompetansepolitisk råd for 2073")
    paras = [
        "Vi viser til sekretariatets henvendelse og oversender med dette NHOs rapportering for 2073. Oversikten "
        "over tiltakene ligger som vedlegg i denne PDF-filen (Excel-fil – åpne vedleggspanelet, bindersikonet "
        "til venstre i Acrobat).",
        f"NHO har også i 2073 hatt en plass i {KBU_NAME}. {KBU_TEXT}",
        "NHOs Kompetansebarometer for 2073 publiseres i mars 2074 og er derfor ikke med i oversikten. Vi "
        "oversender rapporten til sekretariatet når den foreligger.",
        "Vi ser fram til det videre samarbeidet i rådet. Spørsmål om rapporteringen kan rettes til "
        "saksbehandler.",
    ]
    from reportlab.pdfbase.pdfmetrics import stringWidth
    y = H - 258
    c.setFont("Helvetica", 10.5)
    for p in paras:
        words, line = p.split(" "), ""
        for w in words:
            t = (line + " " + w).strip()
            if stringWidth(t, "Helvetica", 10.5) > 480:
                c.drawString(56, y, line)
                y -= 14.5
                line = w
            else:
                line = t
        c.drawString(56, y, line)
        y -= 24
    for t in ["Med vennlig hilsen", "Næringslivets Hovedorganisasjon", "", "Tone Berge", "direktør for kompetanse og utdanning",
              "", "Siri Haugen", "fagsjef"]:
        c.drawString(56, y, t)
        y -= 14
    c.setFont("Helvetica", 8)
    c.drawString(56, y - 8, "Vedlegg (innebygd i PDF-filen): " + XLSX_NAME)
    c.setFillColorRGB(0.4, 0.4, 0.4)
    c.drawString(56, 40, "NHO · Middelthuns gate 27 · Postboks 5250 Majorstuen, 0303 Oslo · www.nho.no")
    c.showPage()
    c.save()
    return buf.getvalue()


def _obj_span(pdf: bytes, num: int) -> tuple[int, int]:
    m = re.search(rb"(?m)^%d 0 obj\b" % num, pdf)
    e = pdf.index(b"endobj", m.end())
    return m.end(), e


def add_attachment(pdf: bytes, name: str, data: bytes, desc: str) -> bytes:
    trailer = pdf[pdf.rindex(b"trailer"):]
    size = int(re.search(rb"/Size (\d+)", trailer).group(1))
    root = int(re.search(rb"/Root (\d+) 0 R", trailer).group(1))
    info = int(re.search(rb"/Info (\d+) 0 R", trailer).group(1))
    ids = re.search(rb"/ID\s*\[\s*<([0-9a-fA-F]+)>", trailer).group(1)
    prev = int(re.search(rb"startxref\s+(\d+)", pdf[-64:]).group(1))
    s, e = _obj_span(pdf, root)
    cat = pdf[s:e].strip()
    assert cat.startswith(b"<<") and cat.endswith(b">>")
    ef_num, fs_num, names_num = size, size + 1, size + 2
    cat = cat.replace(b"/PageMode /UseNone", b"/PageMode /UseAttachments")
    cat = cat[:-2].rstrip() + b" /Names %d 0 R\n>>" % names_num
    comp = zlib.compress(data, 9)
    md5 = hashlib.md5(data).hexdigest().upper().encode()
    when = b"(D:20740129084512+01'00')"
    objs = {
        root: cat,
        ef_num: (b"<< /Type /EmbeddedFile /Subtype /application#2Fvnd.openxmlformats-officedocument.spreadsheetml.sheet "
                 b"/Params << /Size %d /CreationDate %s /ModDate %s /CheckSum <%s> >> /Filter /FlateDecode "
                 b"/Length %d >>\nstream\n" % (len(data), when, when, md5, len(comp)) + comp + b"\nendstream"),
        fs_num: (b"<< /Type /Filespec /F (" + name.encode("latin-1") + b") /UF " + pdf_text_utf16(name)
                 + b" /Desc " + pdf_text_utf16(desc) + b" /EF << /F %d 0 R /UF %d 0 R >> >>" % (ef_num, ef_num)),
        names_num: b"<< /EmbeddedFiles << /Names [" + pdf_text_utf16(name) + b" %d 0 R] >> >>" % fs_num,
    }
    out = bytearray(pdf)
    if not out.endswith(b"\n"):
        out += b"\n"
    offs = {}
    for n in sorted(objs):
        offs[n] = len(out)
        out += b"%d 0 obj\n" % n + objs[n] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n"
    out += b"%d 1\n%010d 00000 n \n" % (root, offs[root])
    out += b"%d 3\n" % ef_num
    for n in (ef_num, fs_num, names_num):
        out += b"%010d 00000 n \n" % offs[n]
    new_id = hashlib.md5(bytes(out)).hexdigest().encode()
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s><%s>] /Prev %d >>\nstartxref\n%d\n%%%%EOF\n"
            % (size + 3, root, info, ids, new_id, prev, xref))
    return bytes(out)


def build(out: Path) -> list[dict]:
    pdf = add_attachment(make_letter(), XLSX_NAME, make_xlsx(), "Oversikt over NHOs tiltak i 2073")
    (out / FILENAME).write_bytes(pdf)
    rows = [row(FILENAME, MEMBER, KBU_NAME, "M01", "1.1", RAD, "NHO", "", KBU_TEXT)]
    for m in SHEET_ROWS:
        akt, kob, form, hvem, part, tekst, status, seed, code, typ = m
        rows.append(row(FILENAME, MEMBER, akt, seed, code, typ, hvem, "" if part == "–" else part, tekst))
    return rows


def text(path: Path) -> str:
    import pypdfium2 as pdfium
    page_text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                               check=True).stdout.decode("utf-8")
    doc = pdfium.PdfDocument(str(path))
    chunks = [page_text]
    for i in range(doc.count_attachments()):
        att = doc.get_attachment(i)
        data = bytes(att.get_data())
        wb = openpyxl.load_workbook(io.BytesIO(data))
        for ws in wb.worksheets:
            for r in ws.iter_rows(values_only=True):
                chunks.append(" | ".join("" if v is None else str(v) for v in r))
    doc.close()
    return "\n".join(chunks)


NOT_TRUTH = ("the letter's head, the paragraph on Kompetansebarometeret 2073 (to be published in 2074), closing and "
             "signature; the workbook's title lines, the grey rows 'Kompetansebarometeret 2072' (Avsluttet 2072) and "
             "'Fagbrevkampanjen «Gjør det!»' (Planlagt 2074), the note line and the 'Kontakt' sheet")
