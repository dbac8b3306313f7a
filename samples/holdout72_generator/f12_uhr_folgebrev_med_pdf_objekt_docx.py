"""UHR: a Word cover letter («følgebrev») whose report is a PDF inserted as an object (Sett inn → Objekt → Opprett fra
fil, «Vis som ikon»): the body holds only the letter and an icon; the icon is a VML shape with a PNG preview and an
o:OLEObject with ProgID «Package» bound to word/embeddings/oleObject1.bin, an OLE compound file whose «\\x01Ole10Native»
stream carries the PDF (label, source path, temp path and the file's bytes), with «\\x01CompObj» and «\\x03ObjInfo»
beside it. The PDF is an ordinary report table exported by LibreOffice from a DOCX. The trap is UHR's own survey of
the RSA councils. One row starts only in the autumn of 2093."""
from __future__ import annotations

import io
import struct
import tempfile
import zipfile
from pathlib import Path

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.shared import Pt
from lxml import etree
from PIL import Image, ImageDraw, ImageFont

from .common import FONT_DIR, FOU, INFO, RAD, UHRFSE, add_runs, base_docx, cfb_file, docx_text_deep, docx_to_pdf, \
    pdf_text_with_cells, row, save_docx, set_cell_shading, set_col_widths

FILENAME = "UHR – følgebrev rapportering 2092.docx"
MEMBER = "UHR"
PDF_NAME = "UHR – rapport til KPR 2092.pdf"
FORMAT = ("DOCX (python-docx) cover letter with a PDF embedded as an OLE Package object shown as an icon: w:object "
          "with a VML v:shape (PNG icon preview made with Pillow) and an o:OLEObject ProgID «Package» "
          "DrawAspect «Icon» bound to word/embeddings/oleObject1.bin, a Compound File (hand-written CFB v3: "
          "\\x01Ole10Native with the PDF, \\x01CompObj, \\x03ObjInfo, the Package CLSID on the root); the PDF exported "
          "by LibreOffice from a DOCX (python-docx), dates and /ID fixed; zip normalised")
SHAPE = ("cover letter (letterhead, «Vår ref.», date, subject line, three short paragraphs, signature) saying the "
         "report is the embedded PDF («dobbeltklikk på ikonet»); the letter names no measure; inside the PDF an "
         "ordinary table Tiltak / Omtale / Delmål / Virkemiddel / Ansvarlig / Samarbeid with delmål as «DM 1.4»; "
         "UHR's kind words (Rådsarbeid, Utredning, Nettverk, Digital tjeneste, Veiledning, Opptak); the UHR-FSE seat "
         "«Samarbeidsutvalget i UHR-Helse og velferd»; one row that starts in the autumn of 2093")
NOT_TRUTH = ("the whole cover letter (letterhead, reference lines, body and signature), the icon's label; in the PDF: "
             "the title and intro, the header, the Delmål and Virkemiddel cells, the row 'Felles opptak til "
             "lærerutdanning for assistenter' (starts in the autumn of 2093), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Tiltak", "Omtale", "Delmål", "Virkemiddel", "Ansvarlig", "Samarbeid"]

# name, text, dm, kind, ansvar, partners, seed, delmål, type
ROWS = [
    ("Samarbeidsutvalget i UHR-Helse og velferd",
     "Utvalget samler de fagstrategiske enhetene for helse- og sosialfag og arbeidslivets representanter. I 2092 "
     "laget utvalget en felles plan for praksisplasser i den kommunale helse- og omsorgstjenesten.", "DM 1.4",
     "Rådsarbeid", "UHR-Helse og velferd", "KS, Spekter", UHRFSE, "1.4", RAD),
    ("Kartlegging av RSA-ordningen",
     "UHR kartla hvordan rådene for samarbeid med arbeidslivet (RSA) arbeider ved 21 universiteter og høyskoler, og "
     "hvor ofte arbeidslivets representanter møter. Kartleggingen er UHRs egen og er ikke en del av rådenes arbeid.",
     "DM 1.4", "Utredning", "UHR", "", None, "1.4", FOU),
    ("UHR-EVU – nettverk for etter- og videreutdanning",
     "Nettverket samler de EVU-ansvarlige ved 28 institusjoner og arbeidet i 2092 med felles standarder for korte "
     "emner for folk i jobb.", "DM 2.4", "Nettverk", "UHR", "", None, "2.4", RAD),
    ("Felles søknadsportal for erfaringsbaserte master",
     "Portalen samler alle erfaringsbaserte masterprogrammer på ett sted med felles søknadsfrist. Det kom 9 400 "
     "søknader i 2092.", "DM 2.4", "Digital tjeneste", "UHR", "HK-dir", None, "2.4", INFO),
    ("Veileder for realkompetansevurdering i høyere utdanning",
     "Ny nasjonal veileder for hvordan institusjonene vurderer realkompetanse ved opptak og innpassing, laget av en "
     "arbeidsgruppe med representanter fra åtte institusjoner.", "DM 2.5", "Veiledning", "UHR-Utdanning",
     "HK-dir, Fagskolerådet", None, "2.5", INFO),
    ("Felles opptak til lærerutdanning for assistenter",
     "Opptaket starter først høsten 2093. Forskriften ble fastsatt i desember.", "DM 1.4", "Opptak",
     "UHR-Lærerutdanning",
     "HK-dir", None, None, None),
]

VML_NS = "urn:schemas-microsoft-com:vml"
O_NS = "urn:schemas-microsoft-com:office:office"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_CLSID = struct.pack("<IHH8s", 0x0003000C, 0, 0, bytes.fromhex("C000000000000046"))
SRC_PATH = "C:\\Users\\kjetil.brekke\\OneDrive - Universitets- og høgskolerådet\\KPR\\" + PDF_NAME
TMP_PATH = "C:\\Users\\KJETIL~1\\AppData\\Local\\Temp\\" + PDF_NAME


def _report_pdf() -> bytes:
    d = base_docx(font="Calibri", size=10, landscape=True, margins_cm=2.0)
    p = d.add_paragraph()
    add_runs(p, [("UHRs rapport til Kompetansepolitisk råd – tiltak i 2092", "b")])
    p.runs[0].font.size = Pt(16)
    d.add_paragraph("Universitets- og høgskolerådet (UHR) rapporterer her på tiltak i 2092 som følger opp Nasjonal "
                    "kompetansepolitisk strategi. DM viser til delmålene i strategien.")
    t = d.add_table(rows=1, cols=len(HEAD))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, HEAD):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "D6DCE4")
    for name, txt, dm, kind, ans, partners, *_ in ROWS:
        cells = t.add_row().cells
        add_runs(cells[0].paragraphs[0], [(name, "b")])
        for c, v in zip(cells[1:], [txt, dm, kind, ans, partners]):
            c.paragraphs[0].add_run(v)
    set_col_widths(t, [5.6, 9.6, 1.9, 2.8, 3.0, 2.8])
    d.add_paragraph()
    d.add_paragraph("Kontakt: Kjetil Brekke, seniorrådgiver, UHR")
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / "r.pdf"
        docx_to_pdf(d, p, author="Kjetil Brekke")
        return p.read_bytes()


def _ole_package(pdf: bytes) -> bytes:
    def z(s):
        return s.encode("cp1252") + b"\0"
    native = (struct.pack("<H", 2) + z(PDF_NAME) + z(SRC_PATH) + struct.pack("<I", 0x00030000)
              + struct.pack("<I", len(z(TMP_PATH))) + z(TMP_PATH) + struct.pack("<I", len(pdf)) + pdf)
    for s in (TMP_PATH, PDF_NAME, SRC_PATH):
        native += struct.pack("<I", len(s)) + s.encode("utf-16-le")
    ole10 = struct.pack("<I", len(native)) + native

    def lp(s):
        return struct.pack("<I", len(s) + 1) + s.encode("ascii") + b"\0"
    compobj = (struct.pack("<IIi", 0xFFFE0001, 0x00000A03, -1) + PACKAGE_CLSID + lp("OLE Package")
               + struct.pack("<I", 0) + lp("Package") + struct.pack("<IIII", 0x71B239F4, 0, 0, 0))
    objinfo = b"\x00\x00\x03\x00\x04\x00"
    return cfb_file([("\x01Ole10Native", ole10), ("\x01CompObj", compobj), ("\x03ObjInfo", objinfo)],
                    root_clsid=PACKAGE_CLSID)


def _icon() -> tuple[bytes, tuple[int, int]]:
    """The icon Word shows for a PDF package: a red document glyph with the file name under it."""
    w, h = 260, 150
    im = Image.new("RGB", (w, h), "white")
    dr = ImageDraw.Draw(im)
    x0 = (w - 56) // 2
    dr.polygon([(x0, 10), (x0 + 40, 10), (x0 + 56, 26), (x0 + 56, 82), (x0, 82)], fill="#FFFFFF", outline="#7F7F7F")
    dr.polygon([(x0 + 40, 10), (x0 + 40, 26), (x0 + 56, 26)], fill="#D9D9D9", outline="#7F7F7F")
    dr.rectangle([x0 + 6, 48, x0 + 50, 70], fill="#C00000")
    f = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 13)
    dr.text((x0 + 15, 51), "PDF", font=f, fill="white")
    f2 = ImageFont.truetype(str(FONT_DIR / "DejaVuSans.ttf"), 12)
    for k, line in enumerate(["UHR – rapport til KPR", "2092.pdf"]):
        tw = dr.textlength(line, font=f2)
        dr.text(((w - tw) / 2, 96 + 16 * k), line, font=f2, fill="black")
    buf = io.BytesIO()
    im.save(buf, "PNG", optimize=False)
    return buf.getvalue(), (w, h)


def _object_xml(rid_img: str, rid_ole: str, size) -> etree._Element:
    w_pt, h_pt = size[0] * 0.5, size[1] * 0.5
    xml = (f'<w:object xmlns:w="{W_NS}" xmlns:v="{VML_NS}" xmlns:o="{O_NS}" xmlns:r="{R_NS}" '
           f'w:dxaOrig="{int(w_pt * 20)}" w:dyaOrig="{int(h_pt * 20)}">'
           '<v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" o:preferrelative="t" '
           'path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f"><v:stroke joinstyle="miter"/>'
           '<v:path o:extrusionok="f" gradientshapeok="t" o:connecttype="rect"/>'
           '<o:lock v:ext="edit" aspectratio="t"/></v:shapetype>'
           f'<v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:{w_pt}pt;height:{h_pt}pt" o:ole="">'
           f'<v:imagedata r:id="{rid_img}" o:title=""/></v:shape>'
           f'<o:OLEObject Type="Embed" ProgID="Package" ShapeID="_x0000_i1025" DrawAspect="Icon" '
           f'ObjectID="_1790284415" r:id="{rid_ole}"/></w:object>')
    return etree.fromstring(xml)


def build(out) -> list[dict]:
    pdf = _report_pdf()
    d = base_docx(font="Calibri", size=11, margins_cm=2.5)
    p = d.add_paragraph()
    add_runs(p, [("Universitets- og høgskolerådet", "b")])
    p.runs[0].font.size = Pt(14)
    d.add_paragraph("Kompetansepolitisk råd v/sekretariatet")
    for lab, val in (("Vår ref.:", "93/00041-2"), ("Deres ref.:", "92/01877"), ("Dato:", "20.01.2093")):
        p = d.add_paragraph()
        add_runs(p, [(lab + " ", ""), (val, "")])
        p.paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    p = d.add_paragraph()
    add_runs(p, [("Rapportering til Kompetansepolitisk råd", "b")])
    d.add_paragraph("Vi viser til brev fra sekretariatet med frist for rapportering 20. januar.")
    d.add_paragraph("UHRs rapport ligger som PDF i dette brevet. Dobbeltklikk på ikonet under for å åpne den.")
    png, size = _icon()
    rid_img, _img = d.part.get_or_add_image(io.BytesIO(png))
    part = Part(PackURI("/word/embeddings/oleObject1.bin"), "application/vnd.openxmlformats-officedocument.oleObject",
                _ole_package(pdf), d.part.package)
    rid_ole = d.part.relate_to(part, RT.OLE_OBJECT)
    run = d.add_paragraph().add_run()
    run._r.append(_object_xml(rid_img, rid_ole, size))
    d.add_paragraph("Ta gjerne kontakt hvis noe er uklart.")
    d.add_paragraph("Med vennlig hilsen")
    d.add_paragraph("Kjetil Brekke\nseniorrådgiver")
    save_docx(d, out / FILENAME, "Kjetil Brekke")
    rows = []
    for name, txt, dm, kind, ans, partners, seed, dmc, ty in ROWS:
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dmc, ty, ans, partners, txt))
    return rows


def embedded_pdf(path) -> bytes:
    import olefile
    with zipfile.ZipFile(path) as zf:
        blob = zf.read("word/embeddings/oleObject1.bin")
    ole = olefile.OleFileIO(io.BytesIO(blob))
    native = ole.openstream("\x01Ole10Native").read()
    pos = 4 + 2
    for _ in range(2):
        pos = native.index(b"\0", pos) + 1
    pos += 4
    tlen = struct.unpack_from("<I", native, pos)[0]
    pos += 4 + tlen
    size = struct.unpack_from("<I", native, pos)[0]
    return native[pos + 4:pos + 4 + size]


def text(path) -> str:
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / "e.pdf"
        p.write_bytes(embedded_pdf(path))
        inner = pdf_text_with_cells(p)
    return docx_text_deep(path) + "\n" + inner
