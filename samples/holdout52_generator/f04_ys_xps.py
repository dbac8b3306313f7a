"""YS: a Word letter printed with 'Microsoft XPS Document Writer' and sent as the .xps file.

Hand-written XPS package: FixedDocumentSequence, one FixedDocument, FixedPages with a Glyphs
element per line of text and Path elements for the table rules; subset fonts embedded as
obfuscated .odttf parts, as the XPS writer stores them.
"""
from __future__ import annotations

import io

from PIL import ImageFont

from .common import esc, font_path, truth, write_zip

FILENAME = "YS rapportering 2072.xps"
MEMBER = "YS"
FORMAT = ("XPS (OpenXPS/MS XPS 1.0 package) as from 'Microsoft XPS Document Writer': FixedPage XAML with "
          "Glyphs per line, Path table rules, subset fonts obfuscated as .odttf; written as text + fontTools")
SHAPE = ("letter with letterhead and references; a three-column table Delmål / Tiltak og hva vi gjorde / "
         "Ansvar og samarbeid running over two pages with the header repeated; bold name, description and a "
         "bracketed own type word '[rådsarbeid]' at the end of the middle cell; 'Med: –' for none; a 2071 item "
         "and 2073 plans after the table (not truth rows)")
NOT_TRUTH = "the letter's introduction and priorities, 'Fullført i 2071' (YS report 2071) and 'Planer for 2073'"

W, H = 793.76, 1122.56  # A4 in 1/96 inch
FONT_GUIDS = {"R": "2D6A7E1B-4C3F-4A8E-9B21-5F0C8D3E7A61", "B": "8F14C0D2-6B7A-4E59-A3C8-0E2B9D71F456"}
FONT_FILES = {"R": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}

INTRO = [("YS viser til brev fra sekretariatet av 2. desember 2072 og rapporterer her om våre tiltak i 2072. "
         "YS organiserer over 200 000 medlemmer i 13 forbund, og flere av tiltakene er gjennomført av "
         "forbundene Parat og Delta. Tabellen viser hva vi har gjort, hvilket delmål i strategien tiltaket "
         "hører til, og hvem som har hatt ansvaret."),
         ("Kompetansepolitikken var et hovedtema på YS' representantskapsmøte i oktober 2072. Vi mener at "
          "partssamarbeidet om fagbrev og etter- og videreutdanning må styrkes, og at de nasjonale rådene "
          "fortsatt er den viktigste arenaen for dette. Tallene for deltakere er hentet fra forbundenes egne "
          "oversikter per 31. desember 2072."),
         ("YS har i 2072 prioritert tre områder: at flere voksne skal få fagbrev på grunnlag av praksis, at "
          "ansatte i varehandel og offentlig sektor skal få digital kompetanse i arbeidstiden, og at "
          "tillitsvalgte skal ha kunnskap til å ta opp kompetanse i de lokale forhandlingene.")]

# (seed, delmål cell, name, description, type tag, ansvar, med, delmal, type)
ROWS = [
    ("M01", "1.1", "YS' plass i Kompetansebehovsutvalget",
     "YS har én representant i utvalget. Vi har særlig løftet behovet for etter- og videreutdanning i "
     "offentlig sektor.", "rådsarbeid", "YS sentralt", "KD og de andre partene", "1.1", "Råd/utvalg/nettverk"),
    ("M02", "1.4", "Samarbeidsrådet for yrkesopplæring og faglige råd",
     "YS er representert i SRY og i seks faglige råd, blant annet rådet for salg, service og reiseliv.",
     "rådsarbeid", "YS sentralt", "LO, NHO, KS, Virke, Spekter", "1.4", "Råd/utvalg/nettverk"),
    ("J02", "2.5", "Fagbrev på jobb (praksisbasert fagbrev for voksne)",
     "Parat har informert medlemmer i butikk og lager om ordningen og fulgt opp kandidater sammen med "
     "bedriftene. 85 Parat-medlemmer var i gang i 2072.", "opplæringsordning", "Parat", "NHO, Virke",
     "2.5", "Kurs/utdanning"),
    ("J06", "2.1", "DLH – digitalt kompetanseløft i varehandelen",
     "Parat har vært med å utvikle kursmodulene og rekruttert deltakere blant tillitsvalgte.", "kurs",
     "Parat", "Virke, Handel og Kontor", "2.1", "Kurs/utdanning"),
    (None, "2.1", "Nettkurs: Digital kompetanse for tillitsvalgte",
     "Nytt nettkurs om kunstig intelligens og personvern på arbeidsplassen. 620 tillitsvalgte i Delta har "
     "fullført.", "e-læring", "Delta", "", "2.1", "Kurs/utdanning"),
    (None, "2.2", "YS Kompetansedagen 2072",
     "Årlig konferanse om læring i arbeidslivet. Tema i 2072 var livslang læring for eldre arbeidstakere; "
     "230 deltakere.", "konferanse", "YS sentralt", "Fafo", "2.2", "Arrangement"),
]

AFTER = [
    ("Fullført i 2071 (til orientering)", "YS-rapporten «Kompetanse i arbeidslivet 2071» ble lagt fram i "
     "desember 2071 og er ikke med i tabellen."),
    ("Planer for 2073", "YS vil i 2073 starte et prosjekt om kompetanse for seniorer i Delta-forbundets "
     "bransjer, og vi tar sikte på å utvide nettkurset for tillitsvalgte til Finansforbundet."),
]

_PIL = {}


def _width(text, bold, size):
    key = "B" if bold else "R"
    if key not in _PIL:
        _PIL[key] = ImageFont.truetype(font_path(FONT_FILES[key]), 100)
    return _PIL[key].getlength(text) * size / 100.0


def _wrap(text, bold, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if _width(t, bold, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class _Page:
    def __init__(self):
        self.items = []

    def text(self, x, y, s, size=14.67, bold=False, color="#FF000000"):
        self.items.append(("t", x, y, s, size, bold, color))

    def line(self, x1, y1, x2, y2, color="#FF000000", th=0.75):
        self.items.append(("l", x1, y1, x2, y2, color, th))

    def rect(self, x, y, w, h, color):
        self.items.append(("r", x, y, w, h, color))


def _layout():
    pages = [_Page()]
    p = pages[0]
    left, right = 75.6, W - 75.6
    p.text(left, 92, "YS", 36, True, "#FF00457C")
    p.text(left + 62, 82, "Yrkesorganisasjonenes Sentralforbund", 12, True, "#FF00457C")
    p.text(left + 62, 98, "Brugata 19, 0186 Oslo · Postboks 9232 Grønland, 0134 Oslo · ys.no", 10.67)
    p.line(left, 112, right, 112, "#FF00457C", 1.5)
    y = 150
    for s in ["Sekretariatet for Kompetansepolitisk råd", "Direktoratet for høyere utdanning og kompetanse",
              "Postboks 1093", "5809 Bergen"]:
        p.text(left, y, s)
        y += 18
    p.text(right - 200, 150, "Vår ref.: 73/0112-2 HCL", 12)
    p.text(right - 200, 168, "Dato: 27. januar 2073", 12)
    y += 24
    p.text(left, y, "Rapportering om oppfølging av Nasjonal kompetansepolitisk strategi – 2072", 14.67, True)
    y += 28
    for para in INTRO:
        for ln in _wrap(para, False, 14.67, right - left):
            p.text(left, y, ln)
            y += 19
        y += 8
    y += 12
    cols = [left, left + 62, left + 62 + 395, right]
    size = 13.33

    def header(pg, yy):
        pg.rect(cols[0], yy, cols[3] - cols[0], 24, "#FFD9E2F3")
        for i, h in enumerate(["Delmål", "Tiltak og hva vi gjorde", "Ansvar og samarbeid"]):
            pg.text(cols[i] + 5, yy + 17, h, size, True)
        pg.line(cols[0], yy, cols[3], yy)
        pg.line(cols[0], yy + 24, cols[3], yy + 24)
        return yy + 24

    top = y
    y = header(p, y)
    cell_tops = [top]
    for _s, dm, name, desc, tag, ans, med, *_r in ROWS:
        mid_w = cols[2] - cols[1] - 10
        name_l = _wrap(name, True, size, mid_w)
        desc_l = _wrap(desc + f" [{tag}]", False, size, mid_w)
        right_l = _wrap(ans, False, size, cols[3] - cols[2] - 10) + \
            _wrap("Med: " + (med or "–"), False, size, cols[3] - cols[2] - 10)
        h = max(len(name_l) + len(desc_l), len(right_l)) * 17.5 + 12
        if y + h > H - 90:  # the table runs over to the next page
            for c in cols:
                p.line(c, cell_tops[-1], c, y)
            p = _Page()
            pages.append(p)
            y = 80
            cell_tops.append(y)
            y = header(p, y)
        yy = y + 18
        p.text(cols[0] + 5, yy, dm, size)
        for ln in name_l:
            p.text(cols[1] + 5, yy, ln, size, True)
            yy += 17.5
        for ln in desc_l:
            p.text(cols[1] + 5, yy, ln, size)
            yy += 17.5
        yr = y + 18
        for ln in right_l:
            p.text(cols[2] + 5, yr, ln, size)
            yr += 17.5
        y += h
        p.line(cols[0], y, cols[3], y)
    for c in cols:
        p.line(c, cell_tops[-1], c, y)
    y += 30
    blocks = []
    for head, text in AFTER:
        blocks.append([(head, True)] + [(ln, False) for ln in _wrap(text, False, 14.67, right - left)])
    blocks.append([("Med vennlig hilsen", False), ("", False), ("Hans Christian Lund", False),
                   ("fagsjef utdanning og kompetanse, YS", False)])
    for blk in blocks:
        if y + 20 * len(blk) > H - 90:
            p = _Page()
            pages.append(p)
            y = 80
        for ln, bold in blk:
            p.text(left, y, ln, 14.67, bold)
            y += 20 if bold else 19
        y += 14
    for i, pg in enumerate(pages, 1):
        pg.text(W / 2 - 30, H - 40, f"Side {i} av {len(pages)}", 10.67)
    return pages


def _subset(fname, chars):
    import logging

    from fontTools import subset
    logging.getLogger("fontTools.subset").setLevel(logging.ERROR)
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    font = subset.load_font(font_path(fname), opts)
    sub = subset.Subsetter(opts)
    sub.populate(text=chars)
    sub.subset(font)
    buf = io.BytesIO()
    subset.save_font(font, buf, opts)
    return buf.getvalue()


def _obfuscate(data: bytes, guid: str) -> bytes:
    key = bytes.fromhex(guid.replace("-", ""))
    mapping = [15, 14, 13, 12, 11, 10, 9, 8, 6, 7, 4, 5, 0, 1, 2, 3]
    b = bytearray(data)
    for i in range(16):
        b[i] ^= key[mapping[i]]
        b[i + 16] ^= key[mapping[i]]
    return bytes(b)


def _fpage(page, fonts):
    x = [f'<FixedPage Width="{W}" Height="{H}" xmlns="http://schemas.microsoft.com/xps/2005/06" '
         'xml:lang="nb-NO">']
    for it in page.items:
        if it[0] == "r":
            _, rx, ry, rw, rh, color = it
            x.append(f'<Path Data="F1 M {rx:.2f},{ry:.2f} L {rx + rw:.2f},{ry:.2f} {rx + rw:.2f},{ry + rh:.2f} '
                     f'{rx:.2f},{ry + rh:.2f} z" Fill="{color}" />')
    for it in page.items:
        if it[0] == "l":
            _, x1, y1, x2, y2, color, th = it
            x.append(f'<Path Data="M {x1:.2f},{y1:.2f} L {x2:.2f},{y2:.2f}" Stroke="{color}" '
                     f'StrokeThickness="{th}" StrokeLineJoin="Miter" />')
        elif it[0] == "t":
            _, tx, ty, s, size, bold, color = it
            if not s:
                continue
            uni = ("{}" + s) if s.startswith("{") else s
            x.append(f'<Glyphs OriginX="{tx:.2f}" OriginY="{ty:.2f}" FontRenderingEmSize="{size:.2f}" '
                     f'FontUri="{fonts["B" if bold else "R"]}" UnicodeString="{esc(uni)}" Fill="{color}" />')
    x.append("</FixedPage>")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + "\n".join(x)


def build(out):
    pages = _layout()
    chars = {"R": set(), "B": set()}
    for pg in pages:
        for it in pg.items:
            if it[0] == "t":
                chars["B" if it[5] else "R"].update(it[3])
    fonts, parts, rels = {}, [], []
    for k in ("R", "B"):
        uri = f"/Documents/1/Resources/Fonts/{FONT_GUIDS[k]}.odttf"
        fonts[k] = uri
        data = _subset(FONT_FILES[k], "".join(sorted(chars[k])))
        parts.append((uri[1:], _obfuscate(data, FONT_GUIDS[k])))
        rels.append(uri)
    ctypes = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="fdseq" ContentType="application/vnd.ms-package.xps-fixeddocumentsequence+xml"/>'
              '<Default Extension="fdoc" ContentType="application/vnd.ms-package.xps-fixeddocument+xml"/>'
              '<Default Extension="fpage" ContentType="application/vnd.ms-package.xps-fixedpage+xml"/>'
              '<Default Extension="odttf" ContentType="application/vnd.ms-package.obfuscated-opentype"/>'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/docProps/core.xml" '
              'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    root_rels = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Type="http://schemas.microsoft.com/xps/2005/06/fixedrepresentation" '
                 'Target="/FixedDocSeq.fdseq" Id="R0"/>'
                 '<Relationship Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
                 'core-properties" Target="/docProps/core.xml" Id="R1"/></Relationships>')
    fdseq = ('<FixedDocumentSequence xmlns="http://schemas.microsoft.com/xps/2005/06">'
             '<DocumentReference Source="/Documents/1/FixedDoc.fdoc"/></FixedDocumentSequence>')
    fdoc = ('<FixedDocument xmlns="http://schemas.microsoft.com/xps/2005/06">'
            + "".join(f'<PageContent Source="/Documents/1/Pages/{i}.fpage" Width="{W}" Height="{H}"/>'
                      for i in range(1, len(pages) + 1)) + "</FixedDocument>")
    core = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>Microsoft Word - YS rapportering 2072.docx</dc:title><dc:creator>Hans Christian Lund</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2073-01-27T13:05:41Z</dcterms:created>'
            '</cp:coreProperties>')
    members = [("[Content_Types].xml", ctypes), ("_rels/.rels", root_rels), ("FixedDocSeq.fdseq", fdseq),
               ("Documents/1/FixedDoc.fdoc", fdoc)]
    page_rels = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 + "".join(f'<Relationship Type="http://schemas.microsoft.com/xps/2005/06/required-resource" '
                           f'Target="{u}" Id="R{i}"/>' for i, u in enumerate(rels))
                 + "</Relationships>")
    for i, pg in enumerate(pages, 1):
        members.append((f"Documents/1/Pages/{i}.fpage", _fpage(pg, fonts)))
        members.append((f"Documents/1/Pages/_rels/{i}.fpage.rels", page_rels))
    members += parts
    members.append(("docProps/core.xml", core))
    write_zip(out / FILENAME, members)
    return [truth(FILENAME, MEMBER, name, s, dm, typ, ans, med, desc)
            for s, _c, name, desc, _t, ans, med, dm, typ in ROWS]
