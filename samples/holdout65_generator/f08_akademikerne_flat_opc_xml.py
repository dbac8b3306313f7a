"""Akademikerne: a Word report saved with «Lagre som → Word XML-dokument (*.xml)», i.e. a Flat OPC file: one XML
document (mso-application progid Word.Document) whose pkg:package holds every part of the package as a pkg:part with
its name and content type, XML parts inline in pkg:xmlData (relationship parts padded as Word pads them; a binary
part would go base64 in pkg:binaryData, but Word leaves the thumbnail out). Inside is an ordinary Word table: Tiltak / Forening / Mål i strategien / Type / Partnere /
Hva ble gjort i 2085, the responsible being the member association. The trap is Tekna's own follow-up module for
members who finished the joint course. One row is a measure that starts next year."""
from __future__ import annotations

import base64
import io
import re
import zipfile

from docx.shared import Pt

from .common import FOU, KURS, RAD, add_runs, base_docx, row, set_cell_shading, set_col_widths

FILENAME = "Akademikerne – rapport om tiltak 2085.xml"
MEMBER = "Akademikerne"
FORMAT = ("Flat OPC Word XML document (.xml, Word 2007+ «Word XML-dokument»): <?mso-application progid=\"Word.Document\"?>"
          " and one pkg:package with a pkg:part per package part (XML inline in pkg:xmlData, relationship parts with "
          "pkg:padding; no binary part, as Word leaves the thumbnail out); body made with python-docx")
SHAPE = ("ordinary Word table inside a Flat OPC file: title, intro, header Tiltak / Forening / Mål i strategien / Type / "
         "Partnere / Hva ble gjort i 2085, the member association as the responsible (Tekna, Den norske legeforening, "
         "Samfunnsøkonomene); delmål as a plain code; Akademikerne's kind words (Rådsplass, Nettkurs, "
         "Fordypningsmodul, Analyse, Karrieredag); one row outside 2085 by its text; «Merknader» with a signature")
NOT_TRUTH = ("the package wrapper, the title, intro and header, the Mål i strategien and Type cells, the row "
             "'Karrieredag for juriststudenter' (held for the first time in February next year), the «Merknader» "
             "paragraphs and signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, forening, mål, type word, partners, text, seed, dm, type
ROWS = [
    ("Legeforeningens plass i RSA ved Universitetet i Bergen", "Den norske legeforening", "1.4", "Rådsplass", "",
     "Legeforeningen har en av arbeidslivsplassene i universitetets råd for samarbeid med arbeidslivet. Rådet "
     "behandlet blant annet antallet studieplasser i medisin og praksis i allmennmedisin.", "M02", "1.4", RAD),
    ("Arbeidslivsplassen i UHR-MNT", "Tekna", "1.4", "Rådsplass", "",
     "Tekna har arbeidslivets plass i UHRs fagstrategiske enhet for matematikk, naturvitenskap og teknologi. Enheten "
     "vedtok nye anbefalinger for praksis i ingeniørutdanningene.", "M05", "1.4", RAD),
    ("GOJ – Grønn omstilling på jobb", "Tekna", "2.4", "Nettkurs", "Fagskolerådet, UHR, Enova",
     "Tekna har utviklet modulene om energi og sirkulær økonomi i det felles nettkurset og markedsført kurset til "
     "medlemmene. 3 900 Tekna-medlemmer tok kurset i 2085.", "J05", "2.4", KURS),
    ("GOJ-påbygg for ingeniører", "Tekna", "2.4", "Fordypningsmodul", "NTNU",
     "Et betalt påbygg på 5 studiepoeng for medlemmer som har fullført GOJ. Påbygget er Teknas eget og er ikke en "
     "del av fellesprosjektet. 140 fullførte.", None, "2.4", KURS),
    ("Analyse av behovet for samfunnsøkonomer i staten", "Samfunnsøkonomene", "1.1", "Analyse",
     "Samfunnsøkonomisk analyse AS",
     "Analysen anslår at staten vil mangle 600 samfunnsøkonomer i 2095 og peker på behovet for videreutdanning i "
     "dataanalyse. Den ble lagt fram på Samfunnsøkonomenes høstkonferanse.", None, "1.1", FOU),
    ("Karrieredag for juriststudenter", "Juristforbundet", "1.3", "Karrieredag", "Universitetet i Oslo",
     "Arrangeres for første gang i februar neste år. Programmet er ikke klart.", "", "", None),
]

PKG = "http://schemas.microsoft.com/office/2006/xmlPackage"


def _content_types(ct: bytes) -> tuple[dict, dict]:
    defaults = dict(re.findall(r'<Default Extension="([^"]+)" ContentType="([^"]+)"', ct.decode()))
    overrides = dict(re.findall(r'<Override PartName="([^"]+)" ContentType="([^"]+)"', ct.decode()))
    return defaults, overrides


def to_flat_opc(docx_bytes: bytes) -> bytes:
    """The Flat OPC form Word writes for «Word XML-dokument»."""
    z = zipfile.ZipFile(io.BytesIO(docx_bytes))
    defaults, overrides = _content_types(z.read("[Content_Types].xml"))
    parts = ['<?xml version="1.0" standalone="yes"?>\r\n<?mso-application progid="Word.Document"?>\r\n'
             f'<pkg:package xmlns:pkg="{PKG}">']
    skip = ("[Content_Types].xml", "docProps/thumbnail.jpeg", "word/stylesWithEffects.xml")
    names = [n for n in z.namelist() if n not in skip]
    # Word writes the package relationships first, then the main part and its relationships
    first = ["_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels"]
    names = first + [n for n in names if n not in first]
    for n in names:
        data = z.read(n)
        pn = "/" + n
        ctype = overrides.get(pn) or defaults[n.rsplit(".", 1)[-1]]
        if n == "_rels/.rels":
            data = re.sub(rb'<Relationship [^>]*Target="docProps/thumbnail\.jpeg"/>', b"", data)
        if n == "word/_rels/document.xml.rels":
            data = re.sub(rb'<Relationship [^>]*Target="stylesWithEffects\.xml"/>', b"", data)
        pad = ' pkg:padding="512"' if n == "_rels/.rels" else (' pkg:padding="256"' if n.endswith(".rels") else "")
        if n.endswith((".xml", ".rels")):
            body = re.sub(rb"^<\?xml[^>]*\?>\s*", b"", data).decode("utf-8")
            parts.append(f'<pkg:part pkg:name="{pn}" pkg:contentType="{ctype}"{pad}><pkg:xmlData>{body}'
                         "</pkg:xmlData></pkg:part>")
        else:
            b64 = base64.b64encode(data).decode()
            lines = "\r\n".join(b64[i:i + 76] for i in range(0, len(b64), 76))
            parts.append(f'<pkg:part pkg:name="{pn}" pkg:contentType="{ctype}" pkg:compression="store">'
                         f"<pkg:binaryData>{lines}</pkg:binaryData></pkg:part>")
    parts.append("</pkg:package>")
    return "".join(parts).encode("utf-8")


def build(out) -> list[dict]:
    import datetime as _dt
    d = base_docx(font="Calibri", size=10, landscape=True, margins_cm=1.8)
    p = d.add_paragraph()
    add_runs(p, [("Akademikerne – rapport om tiltak 2085", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("Akademikerne rapporterer her tiltakene til foreningene i 2085. Kolonnen «Forening» viser hvilken "
                    "av medlemsforeningene som har ansvaret.")
    head = ["Tiltak", "Forening", "Mål i strategien", "Type", "Partnere", "Hva ble gjort i 2085"]
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "E7E6E6")
    rows = []
    for name, forening, mal, kind, med, txt, seed, dm, ty in ROWS:
        cells = t.add_row().cells
        for c, v in zip(cells, [name, forening, mal, kind, med or "–", txt]):
            c.paragraphs[0].add_run(v)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, forening, med, txt))
    set_col_widths(t, [5.2, 3.6, 2.2, 2.8, 4.0, 8.2])
    d.add_paragraph()
    p = d.add_paragraph()
    add_runs(p, [("Merknader", "b")])
    d.add_paragraph("Foreningenes egne kurs og konferanser er bare tatt med der de er knyttet til strategien.")
    d.add_paragraph("Med vennlig hilsen\nGunnhild Berge Lie\nfagsjef, Akademikerne")
    cp = d.core_properties
    cp.author = cp.last_modified_by = "Gunnhild Berge Lie"
    cp.created = _dt.datetime(2086, 1, 14, 9, 0, 0)
    cp.modified = _dt.datetime(2086, 1, 16, 10, 20, 0)
    cp.revision = 4
    buf = io.BytesIO()
    d.save(buf)
    (out / FILENAME).write_bytes(to_flat_opc(buf.getvalue()))
    return rows


def text(path) -> str:
    """Paragraph texts of the package's main document part."""
    from lxml import etree
    root = etree.parse(str(path)).getroot()
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    out = []
    for part in root.iter(f"{{{PKG}}}part"):
        if part.get(f"{{{PKG}}}name") != "/word/document.xml":
            continue
        for p in part.iter(w + "p"):
            out.append("".join(t.text or "" for t in p.iter(w + "t")))
    return "\n".join(out)
