"""Regjeringen: a designed, tagged PDF (as from InDesign) whose table is drawn column by column.

The table is a set of aligned text frames: the content stream holds first every 'Tiltak' cell, then every
'Delmål' cell and so on; only the structure tree (Table/TR/TH/TD with marked-content ids) joins a row.
A hidden optional-content layer holds an editor's note about a row that was taken out.
"""
from __future__ import annotations

import subprocess
from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth

from .common import FOU, INFO, KURS, PROSJEKT, RAD, row
from .pdfw import PDF, pdf_str, pdf_text_utf16

FILENAME = "Regjeringen_KD_rapportering_KPR_2073_web.pdf"
MEMBER = "Regjeringen"
SHAPE = ("tagged PDF as from a layout program: column-major content stream for the table (all 'Tiltak' cells, then all "
         "'Delmål' cells …), rows joined only in the structure tree (Table/TR/TH/TD with MCIDs); repeated header row on "
         "page 3 marked as an artifact; a hidden optional-content layer with an editor's note about a row taken out; "
         "columns Tiltak / Delmål / Virkemiddel (own words) / Ansvar / Samarbeid / Kort om tiltaket; 'Avsluttet i 2072' "
         "and 'Videre arbeid i 2074' after the table (not truth rows)")
FORMAT = "PDF 1.7 written by hand: StructTreeRoot, MarkInfo, ParentTree, OCProperties; Helvetica (WinAnsi)"

W, H = 595.28, 841.89
ML = 56
TX = 28
COLS = [("Tiltak", 118), ("Delmål", 34), ("Virkemiddel", 80), ("Ansvar", 82), ("Samarbeid", 92),
        ("Kort om tiltaket", 133)]

MEASURES = [
    # name, delmål cell, virkemiddel, ansvar, samarbeid, text, seed, code, type
    ("Kompetansebehovsutvalget (KBU)", "1.1", "Utvalg", "KD",
     "ASD, KMD, partene i arbeidslivet, HK-dir",
     "Utvalget la i juni fram sin temarapport om behovet for helsefagarbeidere og teknikere fram mot 2035. "
     "Sekretariatet er lagt til HK-dir.", "M01", "1.1", RAD),
    ("Nasjonalt forum for karriereveiledning", "1.3", "Forum", "HK-dir",
     "Fylkeskommunene, NAV, partene i arbeidslivet",
     "Forumet hadde fire møter i 2073 og behandlet et nytt kvalitetsrammeverk for karriereveiledning på nett.",
     "M04", "1.3", RAD),
    ("Gjennomgang av mandatet til Kompetansebehovsutvalget", "1.1", "Utredning", "KD",
     "Partene i arbeidslivet",
     "KD startet i 2073 en gjennomgang av KBUs mandat og sammensetning etter ti år med utvalget. Et notat ble "
     "sendt på innspill til partene i november.", None, "1.1", FOU),
    ("Bransjeprogram for bygg og anlegg", "2.4", "Tilskudd", "KD",
     "LO, NHO, Fellesforbundet, BNL",
     "Programmet finansierer korte, modulbaserte etter- og videreutdanningstilbud for ansatte i bygg- og "
     "anleggsnæringen. 1 140 deltakere i 2073.", "J01", "2.4", KURS),
    ("Ny digital søknadstjeneste for godkjenning av utenlandsk fagutdanning", "2.6", "Digital tjeneste",
     "HK-dir", "NOKUT, Utdanningsdirektoratet",
     "Tjenesten ble lansert i mars og gir svar på søknader om godkjenning av fagbrev fra utlandet innen åtte uker.",
     None, "2.6", INFO),
    ("Språkspor – norsk på arbeidsplassen", "3.4", "Forsøk", "IMDi",
     "KS, kommunene, Troms og Finnmark fylkeskommune",
     "Forsøk i tolv kommuner der norskopplæringen for deltakere i introduksjonsprogrammet legges til "
     "arbeidsplassen, med språkmentorer blant de ansatte.", "J02", "3.4", PROSJEKT),
    ("Opplæringsprogram for NAV-veiledere om grunnleggende ferdigheter", "3.5", "Kompetanseheving",
     "Arbeids- og velferdsdirektoratet", "HK-dir",
     "Et nettbasert program som gir veilederne kunnskap om kartlegging av grunnleggende ferdigheter og om "
     "opplæringstilbud for arbeidssøkere.", None, "3.5", KURS),
]

INTRO = [
    "Regjeringen følger opp Nasjonal kompetansepolitisk strategi gjennom departementenes og "
    "direktoratenes ordinære virkemidler. Denne rapporten viser de tiltakene som ble gjennomført eller "
    "videreført i 2073, ordnet etter strategiens delmål.",
    "Rapporten er utarbeidet av Kunnskapsdepartementet på vegne av regjeringen, med bidrag fra "
    "Arbeids- og inkluderingsdepartementet og Kommunal- og distriktsdepartementet. Tiltak som er "
    "avsluttet eller bare planlagt, er omtalt etter tabellen.",
]
FAKTA = [
    "Fakta 2073",
    "Om lag 1,1 mrd. kroner til kompetansetiltak over KDs budsjett",
    "17 bransjeprogrammer i drift ved utgangen av året",
    "4 møter i Kompetansepolitisk råd",
]
NOTE = ("Forkortelser: HK-dir = Direktoratet for høyere utdanning og kompetanse; IMDi = Integrerings- og "
        "mangfoldsdirektoratet; BNL = Byggenæringens Landsforening. Tabellen fortsetter på neste side.")
PAGE2 = [
    "2 Tiltakene i 2073",
    "Tabellen omfatter tiltak der et departement eller et direktorat har hovedansvaret. Virkemiddel er "
    "departementets egen betegnelse. Tiltak som regjeringen finansierer, men som partene eller "
    "fylkeskommunene har ansvaret for, rapporteres av dem og er ikke gjentatt her, med unntak av tiltak "
    "der staten selv har en aktiv rolle.",
    "Flere av tiltakene videreføres i 2074. Omfanget er oppgitt der tallene foreligger; endelige tall for "
    "bransjeprogrammene kommer i HK-dirs årsrapport i mars.",
]
AFTER = [
    ("Avsluttet i 2072", "Evalueringen av de regionale karrieresentrene ble levert i desember 2072 og er "
     "ikke med i tabellen. Oppfølgingen skjer gjennom Nasjonalt forum for karriereveiledning."),
    ("Videre arbeid i 2074", "Regjeringen tar sikte på å legge fram en melding til Stortinget om livslang "
     "læring i 2074, og vil da også vurdere kompetanseforliket for perioden etter 2075."),
]
HIDDEN_NOTE = ("Utkast (KD 9.1.2074): Raden «Kompetansekartlegging i statlige virksomheter» er tatt ut – "
               "tiltaket er utsatt til 2074.")

FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique"}


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, FONTS[font], size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self, idx: int):
        self.idx = idx
        self.ops: list[bytes] = []
        self.mcid = 0
        self.parents: list[int] = []  # struct elem obj number per MCID

    def text(self, x, y, s, font="F1", size=10.0, color=None):
        c = b""
        if color:
            c = ("%.3f %.3f %.3f rg " % color).encode()
        self.ops.append(c + b"BT /" + font.encode() + (" %.1f Tf 1 0 0 1 %.2f %.2f Tm " % (size, x, y)).encode()
                        + pdf_str(s) + b" Tj ET" + (b" 0 g" if color else b""))

    def begin_mc(self, tag: str, struct_obj: int) -> int:
        m = self.mcid
        self.ops.append(f"/{tag} <</MCID {m}>> BDC".encode())
        self.parents.append(struct_obj)
        self.mcid += 1
        return m

    def end_mc(self):
        self.ops.append(b"EMC")

    def artifact(self, ops: list[bytes]):
        self.ops.append(b"/Artifact <</Type /Pagination>> BDC")
        self.ops.extend(ops)
        self.ops.append(b"EMC")


def build(out: Path) -> list[dict]:
    pdf = PDF()
    catalog = pdf.reserve()
    pages_obj = pdf.reserve()
    struct_root = pdf.reserve()
    doc_elem = pdf.reserve()
    ocg = pdf.add(b"<< /Type /OCG /Name " + pdf_text_utf16("Kommentarer (skjult)") + b" >>")
    font_objs = {k: pdf.add(f"<< /Type /Font /Subtype /Type1 /BaseFont /{v} /Encoding /WinAnsiEncoding >>")
                 for k, v in FONTS.items()}
    page_objs = [pdf.reserve() for _ in range(3)]
    pages = [Page(i) for i in range(3)]
    elems: list[tuple[int, str, int, list]] = []  # (obj, tag, parent obj, kids) kids: ('mc', page, mcid) or ('el', obj)

    def new_elem(tag: str, parent: int, extra: str = "") -> int:
        o = pdf.reserve()
        elems.append((o, tag, parent, [], extra))
        for e in elems:
            if e[0] == parent:
                e[3].append(("el", o))
        return o

    def kids_of(o):
        for e in elems:
            if e[0] == o:
                return e[3]
        raise KeyError(o)

    elems.append((doc_elem, "Document", struct_root, [], ""))

    def furniture(p: Page):
        p.artifact([
            b"0.55 0.1 0.1 rg 0 %.2f %.2f 6 re f 0 g" % (H - 6, W),
        ])
        ops = []
        pp = Page(-1)
        pp.text(ML, H - 34, "Kunnskapsdepartementet", "F2", 8, (0.55, 0.1, 0.1))
        pp.text(W - ML - stringWidth("Rapportering til Kompetansepolitisk råd 2073", "Helvetica", 8), H - 34,
                "Rapportering til Kompetansepolitisk råd 2073", "F1", 8, (0.35, 0.35, 0.35))
        pp.text(W / 2 - 10, 30, f"Side {p.idx + 1} av 3", "F1", 8, (0.35, 0.35, 0.35))
        ops.extend(pp.ops)
        p.artifact(ops)

    def para(p: Page, tag: str, text: str, x: float, y: float, width: float, font="F1", size=10.0,
             lead=13.0, color=None) -> float:
        el = new_elem(tag, doc_elem)
        m = p.begin_mc(tag, el)
        kids_of(el).append(("mc", p.idx, m))
        for line in wrap(text, font, size, width):
            p.text(x, y, line, font, size, color)
            y -= lead
        p.end_mc()
        return y

    # ---------------- page 1
    p = pages[0]
    furniture(p)
    y = H - 110
    y = para(p, "H1", "Regjeringens rapportering til Kompetansepolitisk råd for 2073", ML, y, 400, "F2", 20, 24,
             (0.55, 0.1, 0.1))
    y -= 14
    for t in INTRO:
        y = para(p, "P", t, ML, y, 330, "F1", 10.5, 14.5) - 8
    # fakta box (right column)
    bx, by, bw = 400, H - 250, 140
    p.artifact([b"0.96 0.92 0.9 rg %.2f %.2f %.2f 150 re f 0 g" % (bx, by - 130, bw)])
    yy = by
    for i, t in enumerate(FAKTA):
        yy = para(p, "H3" if i == 0 else "P", t, bx + 8, yy, bw - 16, "F2" if i == 0 else "F1",
                  11 if i == 0 else 8.5, 11) - 5
    y -= 10
    y = para(p, "P", "Tabell 1 på neste side viser tiltakene. Delmål viser til nummereringen i strategien "
             "(vedlegg 1 til strategien).", ML, y, 330, "F3", 9.5, 13)

    # ---------------- table on pages 2 and 3
    size, lead, pad = 8.5, 10.5, 4.0
    xs, x = [], TX
    for _, w in COLS:
        xs.append(x)
        x += w
    cells_per_row = []
    for m in MEASURES:
        vals = [m[0], m[1], m[2], m[3], m[4], m[5]]
        wrapped = [wrap(v, "F2" if i == 0 else "F1", size, COLS[i][1] - 2 * pad) for i, v in enumerate(vals)]
        cells_per_row.append(wrapped)
    heights = [max(len(c) for c in r) * lead + 2 * pad for r in cells_per_row]
    head_h = lead + 2 * pad + 2

    p2 = pages[1]
    y2 = H - 90
    for i, t in enumerate(PAGE2):
        y2 = para(p2, "H2" if i == 0 else "P", t, ML, y2, 480 if i == 0 else 440, "F2" if i == 0 else "F1",
                  14 if i == 0 else 10, 17 if i == 0 else 13.5, (0.55, 0.1, 0.1) if i == 0 else None) - 8
    table = new_elem("Table", doc_elem)
    caption_done = False
    tops = {1: y2 - 16, 2: H - 90}
    page_rows = {1: [], 2: []}
    yfill = tops[1] - 14 - head_h
    for r in range(len(MEASURES)):
        if page_rows[2] or yfill - heights[r] < 200:
            page_rows[2].append(r)
        else:
            page_rows[1].append(r)
            yfill -= heights[r]
    tr_elems = {}
    header_tr = None
    after_y = None
    for pi in (1, 2):
        p = pages[pi]
        furniture(p)
        top = tops[pi]
        if not caption_done:
            el = new_elem("Caption", table)
            m = p.begin_mc("Caption", el)
            kids_of(el).append(("mc", p.idx, m))
            p.text(TX, top, "Tabell 1 Regjeringens tiltak i 2073", "F2", 12, (0.55, 0.1, 0.1))
            p.end_mc()
            caption_done = True
        else:
            pp = Page(-1)
            pp.text(TX, top, "Tabell 1 (forts.)", "F2", 12, (0.55, 0.1, 0.1))
            p.artifact(pp.ops)
        ytop = top - 14
        # background + rules (artifacts)
        rows = page_rows[pi]
        y = ytop - head_h
        art = [b"0.55 0.1 0.1 rg %.2f %.2f %.2f %.2f re f 0 g" % (TX, y, sum(w for _, w in COLS), head_h)]
        row_y = {}
        for k, r in enumerate(rows):
            row_y[r] = y
            if k % 2 == 1:
                art.append(b"0.97 0.95 0.94 rg %.2f %.2f %.2f %.2f re f 0 g" % (TX, y - heights[r],
                                                                             sum(w for _, w in COLS), heights[r]))
            y -= heights[r]
            art.append(b"0.7 G 0.4 w %.2f %.2f m %.2f %.2f l S 0 G" % (TX, y, TX + sum(w for _, w in COLS), y))
        p.artifact(art)
        end_y = y
        if pi == 1:
            header_tr = new_elem("TR", table)
        for r in rows:
            tr_elems[r] = new_elem("TR", table)
        # column-major drawing
        for ci, (head, cw) in enumerate(COLS):
            # header cell
            if pi == 1:
                th = new_elem("TH", header_tr, "/A << /O /Table /Scope /Column >>")
                m = p.begin_mc("TH", th)
                kids_of(th).append(("mc", p.idx, m))
                p.text(xs[ci] + pad, ytop - head_h + pad + 2, head, "F2", size, (1, 1, 1))
                p.end_mc()
            else:
                pp = Page(-1)
                pp.text(xs[ci] + pad, ytop - head_h + pad + 2, head, "F2", size, (1, 1, 1))
                p.artifact(pp.ops)
            for r in rows:
                td = new_elem("TD", tr_elems[r])
                m = p.begin_mc("TD", td)
                kids_of(td).append(("mc", p.idx, m))
                yy = row_y[r] - pad - size
                for line in cells_per_row[r][ci]:
                    p.text(xs[ci] + pad, yy, line, "F2" if ci == 0 else "F1", size)
                    yy -= lead
                p.end_mc()
        if pi == 1:
            # hidden layer with an editor's note (optional content, OFF by default)
            p.ops.append(b"/OC /MC0 BDC")
            yy = end_y - 18
            for line in wrap(HIDDEN_NOTE, "F3", 8.5, 440):
                p.text(ML, yy, line, "F3", 8.5, (0.8, 0.0, 0.0))
                yy -= 11
            p.ops.append(b"EMC")
        after_y = end_y
        if pi == 1:
            para(p, "Note", NOTE, ML, 92, 460, "F1", 7.5, 9.5, (0.3, 0.3, 0.3))
    # closing sections on page 3
    p = pages[2]
    y = after_y - 30
    for head, text in AFTER:
        y = para(p, "H2", head, ML, y, 480, "F2", 12, 15, (0.55, 0.1, 0.1)) - 2
        y = para(p, "P", text, ML, y, 420, "F1", 10, 13.5) - 12

    # ---------------- write objects
    for i, (p, po) in enumerate(zip(pages, page_objs)):
        content = "\n".join(o.decode("latin-1") for o in p.ops).encode("latin-1")
        c = pdf.stream("", content)
        res = "<< /Font << " + " ".join(f"/{k} {v} 0 R" for k, v in font_objs.items()) + " >>"
        if i == 1:
            res += f" /Properties << /MC0 {ocg} 0 R >>"
        res += " >>"
        pdf.set(po, f"<< /Type /Page /Parent {pages_obj} 0 R /MediaBox [0 0 {W} {H}] /Resources {res} "
                    f"/Contents {c} 0 R /StructParents {i} /Tabs /S >>")
    pdf.set(pages_obj, "<< /Type /Pages /Kids [" + " ".join(f"{o} 0 R" for o in page_objs) + "] /Count 3 >>")
    for (o, tag, parent, kids, extra) in elems:
        ks = []
        pg = None
        for k in kids:
            if k[0] == "mc":
                ks.append(f"<< /Type /MCR /Pg {page_objs[k[1]]} 0 R /MCID {k[2]} >>")
                pg = page_objs[k[1]]
            else:
                ks.append(f"{k[1]} 0 R")
        body = f"<< /Type /StructElem /S /{tag} /P {parent} 0 R /K [{' '.join(ks)}]"
        if pg:
            body += f" /Pg {pg} 0 R"
        body += f" {extra} >>"
        pdf.set(o, body)
    nums = " ".join(f"{i} [" + " ".join(f"{e} 0 R" for e in p.parents) + "]" for i, p in enumerate(pages))
    ptree = pdf.add(f"<< /Nums [{nums}] >>")
    pdf.set(struct_root, f"<< /Type /StructTreeRoot /K [{doc_elem} 0 R] /ParentTree {ptree} 0 R "
                         f"/ParentTreeNextKey 3 >>")
    info = pdf.add(b"<< /Title " + pdf_text_utf16("Regjeringens rapportering til Kompetansepolitisk råd 2073")
                   + b" /Author " + pdf_text_utf16("Kunnskapsdepartementet")
                   + b" /Creator (Adobe InDesign 19.2 \\(Windows\\)) /Producer (Adobe PDF Library 17.0)"
                   + b" /CreationDate (D:20740124103012+01'00') /ModDate (D:20740124103544+01'00') >>")
    pdf.set(catalog, f"<< /Type /Catalog /Pages {pages_obj} 0 R /StructTreeRoot {struct_root} 0 R "
                     f"/MarkInfo << /Marked true >> /Lang (nb-NO) /ViewerPreferences << /DisplayDocTitle true >> "
                     f"/OCProperties << /OCGs [{ocg} 0 R] /D << /Order [{ocg} 0 R] /OFF [{ocg} 0 R] >> >> >>")
    (out / FILENAME).write_bytes(pdf.write(catalog, info))

    rows = []
    for m in MEASURES:
        name, dm, vm, ans, sam, text, seed, code, typ = m
        rows.append(row(FILENAME, MEMBER, name, seed, code, typ, ans, sam, text))
    return rows


def text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          check=True).stdout.decode("utf-8")


NOT_TRUTH = ("the introduction and the 'Fakta 2073' box, the caption, 'Avsluttet i 2072' (evaluation of the career "
             "centres) and 'Videre arbeid i 2074' (white paper), the hidden layer's note on the row taken out, page "
             "furniture")
