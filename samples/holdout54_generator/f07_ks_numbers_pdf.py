"""KS: an Apple Numbers document exported to PDF with 'one page per sheet' – every sheet becomes one tall page sized
to its content, with several free-floating titled tables and a donut chart on the sheet canvas."""
from __future__ import annotations


from .common import ARR, FOU, KURS, PROSJEKT, RAD, pdf_stream_text, row
from .rl import new_canvas, wrap

FILENAME = "KS KPR-rapport 2074.pdf"
MEMBER = "KS"
FORMAT = ("PDF as exported by Apple Numbers ('Eksporter til → PDF', 'Tilpass hvert ark til én side'): reportlab canvas "
          "(invariant) with Creator 'Numbers' and a Quartz PDFContext producer; two pages of odd, content-sized page "
          "sizes (1100 × 1130 pt and 1100 × 520 pt)")
SHAPE = ("Numbers canvas: sheet 'Tiltak 2074' is one tall page with a title text box, an intro text box, a donut "
         "chart 'Tiltak etter kategori' with legend, and three free-floating tables, each with its table name (the "
         "hovedinnsatsområde) above it: Tiltak (header column, bold) / Delmål (code or code+words) / Kategori (KS's "
         "own words, one empty) / Ansvarlig i KS / Samarbeid / Kort beskrivelse; sheet 'Avsluttet og planlagt' is a "
         "second page with a 2073 and a 2075 item (not truth rows)")
NOT_TRUTH = ("the title and intro text boxes, the donut chart and its legend, the table names, the whole sheet "
             "'Avsluttet og planlagt' (Lederprogram for skoleledere – avsluttet 2073; Yrkesveiledning for "
             "ungdomsskolelærere – planlagt 2075)")

COLS = [("Tiltak", 200), ("Delmål", 80), ("Kategori", 118), ("Ansvarlig i KS", 140), ("Samarbeid", 137),
        ("Kort beskrivelse", 325)]

TABLES = [
    ("Gode valg for den enkelte og for samfunnet", [
        ("KS sin representant i KBU", "1.1", "Utvalg", "KS Samfunnsutvikling", "",
         "KS deltok i utvalgets arbeid med kapitlet om kompetansebehov i kommunesektoren.", ("M01", "1.1", RAD)),
        ("Kommunesektorens deltakelse i UHR-Helse og velferd", "1.4", "Rådsarbeid", "KS Arbeidsgiverpolitikk",
         "Spekter",
         "KS møter som arbeidsgiverrepresentant i den strategiske enheten for helse- og sosialfagutdanningene og "
         "arbeidet i 2074 med praksisplasser i kommunene.", ("M04", "1.4", RAD)),
    ]),
    ("Læring i arbeidslivet", [
        ("KS Læring – nettkurs i informasjonssikkerhet", "2.1", "E-læring", "KS Digital", "Digdir",
         "Nettkurs for kommuneansatte; 41 000 gjennomførte kurset i 2074.", (None, "2.1", KURS)),
        ("Arbeidsgivermonitoren 2074", "2.2 Kunnskapsgrunnlag", "Analyse", "KS Arbeidsgiverpolitikk", "Ipsos",
         "Spørreundersøkelse til kommunedirektørene om rekrutterings- og kompetanseutfordringer.",
         (None, "2.2", FOU)),
        ("Temamøte for kommunene om SRYs anbefalinger om læreplasser", "2.3", "", "KS Arbeidsgiverpolitikk", "",
         "Digitalt temamøte om hvordan kommunene kan følge opp anbefalingene fra SRY om flere læreplasser i "
         "kommunal sektor.", (None, "2.3", ARR)),
    ]),
    ("Styrke kompetansen til voksne med svak tilknytning til arbeidslivet", [
        ("Språkløftet i helse- og omsorgssektoren", "3.4", "Utviklingsprosjekt", "KS Arbeidsgiverpolitikk",
         "Agder fylkeskommune, IMDi, Fagforbundet",
         "Norskopplæring på arbeidsplassen for minoritetsspråklige assistenter i sykehjem og hjemmetjeneste; 22 "
         "kommuner deltok.", ("J02", "3.4", PROSJEKT)),
    ]),
]

PW, PH = 1100, 1130
FS = 10.5
LEAD = 13.5


def _table(c, x, top, name, rows) -> float:
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont("DV-B", 14)
    c.drawString(x, top, name)
    y = top - 12
    tw = sum(w for _, w in COLS)
    allrows = [[h for h, _ in COLS]] + [list(r[:6]) for r in rows]
    for ri, cells in enumerate(allrows):
        wrapped = [wrap(v, "DV-B" if (ri == 0 or ci == 0) else "DV", FS, w - 12) if v else [""]
                   for ci, (v, (_, w)) in enumerate(zip(cells, COLS))]
        h = max(len(wl) for wl in wrapped) * LEAD + 10
        if ri == 0:
            c.setFillColorRGB(0.83, 0.86, 0.9)
            c.rect(x, y - h, tw, h, stroke=0, fill=1)
        elif ri % 2 == 0:
            c.setFillColorRGB(0.96, 0.96, 0.96)
            c.rect(x, y - h, tw, h, stroke=0, fill=1)
        c.setStrokeColorRGB(0.75, 0.75, 0.75)
        c.setLineWidth(0.5)
        c.line(x, y - h, x + tw, y - h)
        cx = x
        for ci, ((_, w), wl) in enumerate(zip(COLS, wrapped)):
            c.setFillColorRGB(0.1, 0.1, 0.1)
            c.setFont("DV-B" if (ri == 0 or ci == 0) else "DV", FS)
            yy = y - 4 - FS
            for ln in wl:
                c.drawString(cx + 6, yy, ln)
                yy -= LEAD
            c.line(cx, y, cx, y - h)
            cx += w
        c.line(cx, y, cx, y - h)
        y -= h
    c.line(x, top - 12, x + tw, top - 12)
    return y


def _donut(c, cx, cy, r, parts):
    total = sum(v for _, v, _ in parts)
    a0 = 90
    for lab, v, col in parts:
        ext = 360 * v / total
        c.setFillColorRGB(*col)
        p = c.beginPath()
        p.moveTo(cx, cy)
        p.arcTo(cx - r, cy - r, cx + r, cy + r, startAng=a0, extent=-ext)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        a0 -= ext
    c.setFillColorRGB(1, 1, 1)
    c.circle(cx, cy, r * 0.55, stroke=0, fill=1)
    c.setFont("DV", 10)
    y = cy + r - 10
    for lab, v, col in parts:
        c.setFillColorRGB(*col)
        c.rect(cx + r + 20, y - 2, 9, 9, stroke=0, fill=1)
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.drawString(cx + r + 34, y, f"{lab} ({v})")
        y -= 16


def build(out) -> list[dict]:
    c, buf = new_canvas((PW, PH), "KS KPR-rapport 2074", "KS", creator="Numbers",
                        producer="macOS Versjon 15.3 (Bygg 24D60) Quartz PDFContext")
    c.setFillColorRGB(0.0, 0.32, 0.42)
    c.setFont("DV-B", 26)
    c.drawString(50, PH - 70, "KS – rapportering til Kompetansepolitisk råd 2074")
    c.setFillColorRGB(0.2, 0.2, 0.2)
    y = PH - 100
    for ln in wrap("Tabellene under viser KS sine tiltak i 2074, ordnet etter hovedinnsatsområdene i strategien. "
                   "Kategoriene er KS sine egne. Tiltak som ble avsluttet i 2073 eller starter i 2075, står på "
                   "arket «Avsluttet og planlagt».", "DV", 12, 600):
        c.setFont("DV", 12)
        c.drawString(50, y, ln)
        y -= 16
    c.setFont("DV-B", 12)
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.drawString(760, PH - 120, "Tiltak etter kategori")
    _donut(c, 830, PH - 230, 80, [("Råd og utvalg", 2, (0.0, 0.45, 0.6)), ("Opplæring", 1, (0.95, 0.6, 0.1)),
                                  ("Analyse", 1, (0.5, 0.7, 0.2)), ("Prosjekt", 1, (0.7, 0.3, 0.5)),
                                  ("Uten kategori", 1, (0.6, 0.6, 0.6))])
    top = PH - 370
    for name, rows in TABLES:
        top = _table(c, 50, top, name, rows) - 50
    c.showPage()
    c.setPageSize((PW, 520))
    c.setFont("DV-B", 20)
    c.setFillColorRGB(0.0, 0.32, 0.42)
    c.drawString(50, 520 - 60, "Avsluttet og planlagt")
    global COLS
    saved = COLS
    COLS = [("Tiltak", 300), ("Status", 160), ("Merknad", 540)]
    _table(c, 50, 520 - 110, "Ikke med i rapporten for 2074", [
        ("Lederprogram for skoleledere", "Avsluttet 2073", "Siste kull fullførte i desember 2073.", "", "", ""),
        ("Yrkesveiledning for ungdomsskolelærere", "Planlagt 2075",
         "Etterutdanning for lærere som underviser i utdanningsvalg; oppstart høsten 2075.", "", "", ""),
    ])
    COLS = saved
    c.showPage()
    c.save()
    (out / FILENAME).write_bytes(buf.getvalue())
    rows = []
    for _n, rs in TABLES:
        for name, _dm, _kat, ansv, samarb, beskr, (seed, dm, typ) in rs:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, typ, ansv, samarb, beskr))
    return rows


def text(path) -> str:
    return pdf_stream_text(path.read_bytes())
