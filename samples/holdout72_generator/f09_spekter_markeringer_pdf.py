"""Spekter: an ordinary Word table exported to PDF by LibreOffice, then reviewed in a PDF reader before it was sent:
an incremental update adds markup annotations with pop-up notes by the reviewer – a StrikeOut across every line of
one row («Tas ut – kurset ble holdt i 2091, ikke i år»), a Highlight over one row's delmål cell whose note corrects it
(«Skal være 2.4 …»), a Highlight over a number whose note only confirms it, and a sticky note on the page saying the
comments apply. The page text itself is unchanged: the struck row and the old code are still there. The trap is
Spekter's own extra sample for the joint survey."""
from __future__ import annotations

import re
import tempfile
from pathlib import Path

from docx.shared import Pt

from .common import FOU, KBU, KURS, PROSJEKT, RAD, RSA, add_runs, base_docx, docx_to_pdf, pdf_text_with_cells, \
    row, set_cell_shading, set_col_widths

FILENAME = "Spekter – rapport KPR 2092 (kommentert).pdf"
MEMBER = "Spekter"
FORMAT = ("PDF exported by LibreOffice from a DOCX (python-docx), one ruled table; then an incremental update "
          "written by hand adding markup annotations as a PDF reader saves them: a StrikeOut with QuadPoints over "
          "one row, two Highlights, a Text note, each with a Popup, author /T, /M and /CreationDate, UTF-16 "
          "/Contents and an appearance stream; dates and /ID fixed")
SHAPE = ("ordinary Word table Tiltak / Beskrivelse / Delmål / Type / Ansvar / Med printed to PDF and commented in a "
         "PDF reader: the row 'Simuleringskurs for legespesialister' struck through with the note «Tas ut – kurset "
         "ble holdt i 2091, ikke i år. IS»; the delmål «2.2» of 'Kompetanseplan for spesialsykepleiere' highlighted "
         "with the note «Skal være 2.4 – rettet etter avtale med HR-direktørnettverket. IS»; a number highlighted "
         "with a note that only confirms it; a sticky note «Til sekretariatet: kommentarene mine gjelder …»; the "
         "page text is unchanged; Spekter's kind words (Råd, Utvalg, Undersøkelse, Prosjekt, Kurs); the RSA seat "
         "named «RSA ved Universitetet i Stavanger – helseforetakenes plass», the KBU seat «Spekter i "
         "Kompetansebehovsutvalget»")
NOT_TRUTH = ("the title and intro, the header, the Delmål and Type cells, the struck-through row 'Simuleringskurs for "
             "legespesialister' (held in 2091, taken out by the reviewer's note), the printed delmål «2.2» of "
             "'Kompetanseplan for spesialsykepleiere' (corrected to 2.4 by the note), the annotations' own texts, the "
             "signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Tiltak", "Beskrivelse", "Delmål", "Type", "Ansvar", "Med"]
STRUCK = "Simuleringskurs for legespesialister"
CORRECTED = "Kompetanseplan for spesialsykepleiere"
CONFIRMED = ("Læringsbarometeret – tilleggsundersøkelse i helseforetakene", "1 100")
AUTHOR = "Ingrid Sæther"

# name, text, printed dm, kind, ansvar, med cell, partners (truth), seed, true delmål, type
ROWS = [
    ("RSA ved Universitetet i Stavanger – helseforetakenes plass",
     "Helse Stavanger har helseforetakenes plass i rådet for samarbeid med arbeidslivet (RSA) ved Universitetet i "
     "Stavanger. Rådet arbeidet i 2092 med flere praksisplasser i sykepleie og med en ny master i helseteknologi.",
     "1.4", "Råd", "Helse Stavanger", "", "", RSA, "1.4", RAD),
    ("Spekter i Kompetansebehovsutvalget",
     "Spekter har arbeidsgiverplassen for helse- og velferdssektoren i KBU og ledet arbeidsgruppen bak utvalgets "
     "hovedrapport om helse og omsorg.", "1.1", "Utvalg", "Spekter", "", "", KBU, "1.1", RAD),
    ("Læringsbarometeret 2092",
     "Spekter hadde ansvaret for utvalget av virksomheter i helse, kultur og samferdsel, i alt 900 virksomheter, og "
     "for analysen av svarene fra helseforetakene.", "2.2", "Undersøkelse", "Spekter", "NHO, Virke", "NHO, Virke",
     "J03", "2.2", FOU),
    ("Læringsbarometeret – tilleggsundersøkelse i helseforetakene",
     "Spekter betalte for et eget tilleggsutvalg på 1 100 ledere i helseforetakene med spørsmål om opplæring i ny "
     "teknologi. Tilleggsundersøkelsen er Spekters egen og er ikke en del av Læringsbarometeret.", "2.2",
     "Undersøkelse", "Spekter", "", "", None, "2.2", FOU),
    (CORRECTED,
     "Felles plan for hvor mange spesialsykepleiere helseforetakene trenger fram mot 2097, med avtaler med seks "
     "universiteter om flere videreutdanningsplasser i anestesi-, intensiv- og operasjonssykepleie.", "2.2",
     "Prosjekt", "Spekter", "de regionale helseforetakene, Norsk Sykepleierforbund",
     "de regionale helseforetakene, Norsk Sykepleierforbund", None, "2.4", PROSJEKT),
    ("Norskkurs i helsefaglig språk for nyansatte",
     "Helse Sør-Øst ga 260 nyansatte med kort botid et kurs i helsefaglig norsk i arbeidstiden, med 40 timer "
     "undervisning og en språkmentor på avdelingen.", "3.4", "Kurs", "Helse Sør-Øst", "OsloMet", "OsloMet", None,
     "3.4", KURS),
    (STRUCK,
     "Kurs i akuttmedisinsk simulering for leger i spesialisering, med tre kurs ved Haukeland universitetssjukehus.",
     "2.4", "Kurs", "Helse Vest", "Den norske legeforening", "", None, None, None),
]

NOTE_STRUCK = "Tas ut – kurset ble holdt i 2091, ikke i år. IS"
NOTE_CORR = "Skal være 2.4 – rettet etter avtale med HR-direktørnettverket. IS"
NOTE_CONF = "Tallet er kvalitetssikret. IS"
NOTE_PAGE = ("Til sekretariatet: kommentarene mine gjelder – ett tiltak er tatt ut og ett delmål rettet. Hilsen Ingrid "
             "Sæther, Spekter")
WHEN = "D:20930117091500+01'00'"


def _base_pdf(dest: Path) -> None:
    d = base_docx(font="Calibri", size=9.5, margins_cm=1.8)
    p = d.add_paragraph()
    add_runs(p, [("Spekter – rapport til Kompetansepolitisk råd for 2092", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("Tiltak Spekter og helseforetakene har gjennomført i 2092 for å følge opp Nasjonal "
                    "kompetansepolitisk strategi.")
    t = d.add_table(rows=1, cols=len(HEAD))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, HEAD):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "DEEAF6")
    for name, txt, dm, kind, ans, med, *_ in ROWS:
        cells = t.add_row().cells
        add_runs(cells[0].paragraphs[0], [(name, "b")])
        for c, v in zip(cells[1:], [txt, dm, kind, ans, med]):
            c.paragraphs[0].add_run(v)
    set_col_widths(t, [4.4, 5.6, 1.1, 2.2, 1.7, 2.4])
    d.add_paragraph()
    d.add_paragraph("Oslo, 16. januar 2093 – Spekter, avdeling for kompetanse og utdanning")
    docx_to_pdf(d, dest, author="Spekter")


def _pdf_str(s: str) -> bytes:
    return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"


def _num(x: float) -> bytes:
    return (f"{x:.2f}".rstrip("0").rstrip(".")).encode()


def _arr(vals) -> bytes:
    return b"[" + b" ".join(_num(v) for v in vals) + b"]"


def _quads_for(page, words, rect):
    """Quad points (one per text line) for the words inside rect = (x0, top, x1, bottom) in pdfplumber space."""
    x0, top, x1, bottom = rect
    inside = [w for w in words if w["x0"] >= x0 - 1 and w["x1"] <= x1 + 1 and w["top"] >= top - 1
              and w["bottom"] <= bottom + 1]
    lines: dict[int, list] = {}
    for w in inside:
        lines.setdefault(round(w["top"]), []).append(w)
    h = float(page.height)
    quads = []
    for _k, ws in sorted(lines.items()):
        lx0, lx1 = min(w["x0"] for w in ws), max(w["x1"] for w in ws)
        lt, lb = min(w["top"] for w in ws), max(w["bottom"] for w in ws)
        quads.append((lx0, h - lt, lx1, h - lb))
    return quads


def _locate(pdf_path: Path):
    import pdfplumber
    with pdfplumber.open(str(pdf_path)) as pdf:
        for pno, page in enumerate(pdf.pages):
            words = page.extract_words(keep_blank_chars=False, use_text_flow=True)
            tables = page.find_tables()
            if not tables:
                continue
            found = {}
            for r in tables[0].rows:
                cells = [c for c in r.cells]
                if not cells[0]:
                    continue
                first = re.sub(r"\s+", "", page.crop(cells[0]).extract_text() or "")

                def starts(name, first=first):
                    return first.startswith(re.sub(r"\s+", "", name)[:24])
                if starts(STRUCK):
                    found["struck"] = _quads_for(page, words, r.bbox)
                elif starts(CORRECTED):
                    found["corr"] = _quads_for(page, words, cells[2])
                elif starts(CONFIRMED[0]):
                    desc = cells[1]
                    inside = [w for w in words if w["x0"] >= desc[0] - 1 and w["x1"] <= desc[2] + 1
                              and w["top"] >= desc[1] - 1 and w["bottom"] <= desc[3] + 1]
                    for a, b in zip(inside, inside[1:]):
                        if a["text"] == "1" and b["text"] == "100":
                            hh = float(page.height)
                            found["conf"] = [(a["x0"], hh - a["top"], b["x1"], hh - b["bottom"])]
            if len(found) == 3:
                return pno, float(page.height), float(page.width), found
    raise RuntimeError("rows to annotate not found on one page")


def _annot_objs(first_id, page_ref, quads_list, subtype, color, contents, subj, popup_rect):
    """A markup annotation with an appearance stream and its popup; returns [(id, bytes)]."""
    aid, pid, apid = first_id, first_id + 1, first_id + 2
    qp = []
    for (x0, yt, x1, yb) in quads_list:
        qp += [x0, yt, x1, yt, x0, yb, x1, yb]
    xs = [q[0] for q in quads_list] + [q[2] for q in quads_list]
    ys = [q[1] for q in quads_list] + [q[3] for q in quads_list]
    rect = [min(xs) - 1, min(ys) - 1, max(xs) + 1, max(ys) + 1]
    ops = []
    if subtype == "StrikeOut":
        ops.append(b"1 0 0 RG 0.9 w")
        for (x0, yt, x1, yb) in quads_list:
            ym = (yt + yb) / 2
            ops.append(_num(x0 - rect[0]) + b" " + _num(ym - rect[1]) + b" m " + _num(x1 - rect[0]) + b" "
                       + _num(ym - rect[1]) + b" l S")
        res = b""
    else:
        ops.append(b"/GS0 gs 1 0.92 0.23 rg")
        for (x0, yt, x1, yb) in quads_list:
            ops.append(_num(x0 - rect[0]) + b" " + _num(yb - rect[1]) + b" " + _num(x1 - x0) + b" " + _num(yt - yb)
                       + b" re f")
        res = b"/Resources<</ExtGState<</GS0<</BM/Multiply/CA 1/ca 1>>>>>>"
    stream = b"\n".join(ops)
    ap = (b"<</Type/XObject/Subtype/Form/BBox" + _arr([0, 0, rect[2] - rect[0], rect[3] - rect[1]]) + res
          + b"/Length " + str(len(stream)).encode() + b">>\nstream\n" + stream + b"\nendstream")
    annot = (b"<</Type/Annot/Subtype/" + subtype.encode() + b"/Rect" + _arr(rect) + b"/QuadPoints" + _arr(qp)
             + b"/C" + color + b"/CA 1/F 4/P " + page_ref + b"/T" + _pdf_str(AUTHOR) + b"/Subj" + _pdf_str(subj)
             + b"/Contents" + _pdf_str(contents) + b"/M(" + WHEN.encode() + b")/CreationDate(" + WHEN.encode()
             + b")/NM(" + f"spekter-{aid}".encode() + b")/Popup " + str(pid).encode() + b" 0 R/AP<</N "
             + str(apid).encode() + b" 0 R>>>>")
    popup = (b"<</Type/Annot/Subtype/Popup/Rect" + _arr(popup_rect) + b"/Parent " + str(aid).encode()
             + b" 0 R/Open false/F 28>>")
    return [(aid, annot), (pid, popup), (apid, ap)]


def _text_note(nid, page_ref, x, y, contents):
    icon = b"0.98 0.85 0.2 rg 0 0 20 20 re f 0 0 0 RG 0.6 w 4 14 m 16 14 l S 4 10 m 16 10 l S 4 6 m 12 6 l S"
    ap = (b"<</Type/XObject/Subtype/Form/BBox[0 0 20 20]/Length " + str(len(icon)).encode() + b">>\nstream\n" + icon
          + b"\nendstream")
    annot = (b"<</Type/Annot/Subtype/Text/Rect" + _arr([x, y, x + 20, y + 20]) + b"/Name/Comment/C[0.98 0.85 0.2]"
             b"/F 28/P " + page_ref + b"/T" + _pdf_str(AUTHOR) + b"/Subj" + _pdf_str("Notat") + b"/Contents"
             + _pdf_str(contents) + b"/M(" + WHEN.encode() + b")/CreationDate(" + WHEN.encode() + b")/NM("
             + f"spekter-{nid}".encode() + b")/Open false/Popup " + str(nid + 1).encode() + b" 0 R/AP<</N "
             + str(nid + 2).encode() + b" 0 R>>>>")
    popup = (b"<</Type/Annot/Subtype/Popup/Rect" + _arr([x + 24, y - 120, x + 224, y + 20]) + b"/Parent "
             + str(nid).encode() + b" 0 R/Open false/F 28>>")
    return [(nid, annot), (nid + 1, popup), (nid + 2, ap)]


def _add_annotations(data: bytes, pno: int, ph: float, pw: float, found) -> bytes:
    trailer = data[data.rindex(b"trailer"):]
    size = int(re.search(rb"/Size (\d+)", trailer).group(1))
    root = re.search(rb"/Root (\d+ 0 R)", trailer).group(1)
    info = re.search(rb"/Info (\d+ 0 R)", trailer).group(1)
    idm = re.search(rb"/ID\s*\[[^\]]*\]", trailer).group(0)
    prev = int(re.search(rb"startxref\s+(\d+)", data[data.rindex(b"startxref"):]).group(1))
    pages = [m for m in re.finditer(rb"(?m)^(\d+) 0 obj\s*<</Type/Page/(.*?)>>\s*endobj", data, re.S)]
    page = pages[pno]
    page_id = int(page.group(1))
    page_ref = f"{page_id} 0 R".encode()
    objs = []
    nid = size
    popup_at = [pw - 210, 0, pw - 10, 0]
    for key, sub, col, note, subj in (("struck", "StrikeOut", b"[1 0 0]", NOTE_STRUCK, "Gjennomstreking"),
                                      ("corr", "Highlight", b"[1 0.92 0.23]", NOTE_CORR, "Utheving"),
                                      ("conf", "Highlight", b"[1 0.92 0.23]", NOTE_CONF, "Utheving")):
        top = max(q[1] for q in found[key])
        popup_rect = [popup_at[0], top - 90, popup_at[2], top + 10]
        objs += _annot_objs(nid, page_ref, found[key], sub, col, note, subj, popup_rect)
        nid += 3
    objs += _text_note(nid, page_ref, pw - 60, ph - 60, NOTE_PAGE)
    nid += 3
    annot_ids = [o[0] for o in objs if b"/Subtype/Popup" in o[1] or b"/Type/Annot" in o[1]]
    new_page = (page.group(0)[:page.group(0).rindex(b">>")] + b"/Annots[" +
                b" ".join(f"{i} 0 R".encode() for i in annot_ids) + b"]>>\nendobj")
    new_page = re.sub(rb"^\d+ 0 obj\s*", f"{page_id} 0 obj\n".encode(), new_page)
    out = bytearray(data)
    if not out.endswith(b"\n"):
        out += b"\n"
    offsets = {}
    offsets[page_id] = len(out)
    out += new_page + b"\n"
    for oid, body in objs:
        offsets[oid] = len(out)
        out += f"{oid} 0 obj\n".encode() + body + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n"
    out += f"{page_id} 1\n".encode() + b"%010d 00000 n\r\n" % offsets[page_id]
    first = size
    out += f"{first} {nid - first}\n".encode()
    for oid in range(first, nid):
        out += b"%010d 00000 n\r\n" % offsets[oid]
    out += (b"trailer\n<</Size " + str(nid).encode() + b"/Root " + root + b"\n/Info " + info + b"\n" + idm
            + b"\n/Prev " + str(prev).encode() + b">>\nstartxref\n" + str(xref_at).encode() + b"\n%%EOF\n")
    return bytes(out)


def build(out) -> list[dict]:
    with tempfile.TemporaryDirectory() as td:
        base = Path(td) / "base.pdf"
        _base_pdf(base)
        pno, ph, pw, found = _locate(base)
        (out / FILENAME).write_bytes(_add_annotations(base.read_bytes(), pno, ph, pw, found))
    rows = []
    for name, txt, dm, kind, ans, med, partners, seed, true_dm, ty in ROWS:
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, true_dm, ty, ans, partners, txt))
    return rows


def annotations(path) -> list[tuple[str, str]]:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw
    import ctypes
    res = []
    pdf = pdfium.PdfDocument(str(path))
    try:
        for page in pdf:
            n = raw.FPDFPage_GetAnnotCount(page)
            for i in range(n):
                a = raw.FPDFPage_GetAnnot(page, i)
                sub = raw.FPDFAnnot_GetSubtype(a)
                ln = raw.FPDFAnnot_GetStringValue(a, b"Contents", None, 0)
                buf = ctypes.create_string_buffer(ln)
                raw.FPDFAnnot_GetStringValue(a, b"Contents", ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)), ln)
                txt = buf.raw.decode("utf-16-le").rstrip("\0")
                res.append((sub, txt))
                raw.FPDFPage_CloseAnnot(a)
    finally:
        pdf.close()
    return res


def text(path) -> str:
    return pdf_text_with_cells(path) + "\n" + "\n".join(t for _s, t in annotations(path))
