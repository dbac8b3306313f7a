"""Virke: the SharePoint Online list where Virke keeps its skills-policy measures, printed from the browser (Edge,
'Skriv ut' → 'Lagre som PDF'). The list view is grouped by the column Rapporteringsår, so the print shows the
browser's header and footer, SharePoint's suite bar, the command bar and the view name, and then three groups
('Rapporteringsår : 2078 (1)', '… 2079 (6)', '… 2080 (1)') with the rows under them; only the 2079 group counts."""
from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape

from .common import ARR, FOU, INFO, KURS, RAD, rl_wrap, row, setup_reportlab

FILENAME = "KPR-tiltak - Alle elementer.pdf"
MEMBER = "Virke"
FORMAT = ("PDF (reportlab canvas, invariant) imitating a browser print of a SharePoint Online list view: print "
          "header with date/time and page title, URL and 'n/N' in the footer; Creator/Producer as Edge's PDF "
          "printer")
SHAPE = ("SharePoint list view printed: suite bar, site title 'Samfunnskontakt', command bar (+ Ny / Rediger i "
         "rutenettvisning / Del / Eksporter til Excel), list title 'KPR-tiltak' with view 'Alle elementer', then "
         "rows grouped by Rapporteringsår with collapsible group headers 'Rapporteringsår : 2079 (6)'; columns "
         "Tittel / Strategimål (choice '2.2 Kunnskap om læring i arbeidslivet') / Tiltakstype (Virke's choice "
         "words) / Ansvarlig avdeling / Samarbeid med / Beskrivelse; thin row separators, no vertical rules")
NOT_TRUTH = ("the browser's print header and footer, the suite bar, site title, navigation and command bar, the "
             "view name, the column headers, the group headers, the 2078 group (Handelens fagbrevdag) and the 2080 "
             "group (Lærlingportal for ideell sektor)")

COLS = [("Tittel", 150), ("Strategimål", 120), ("Tiltakstype", 78), ("Ansvarlig avdeling", 92),
        ("Samarbeid med", 110), ("Beskrivelse", 232)]
# year: [(title, strategimål, type word, ansvarlig, med, beskrivelse, seed, code, type)]
GROUPS = [
    ("2078", [("Handelens fagbrevdag", "2.3 Yrkesfagene", "Arrangement", "Kompetanse og utdanning", "",
               "Gjennomført 14. november 2078.", "", "", None)]),
    ("2079", [
        ("Kompetansebehovsutvalget – Virkes medlem", "1.1 Kompetansebehovsutvalget", "Råd og utvalg",
         "Samfunnskontakt", "KD, partene",
         "Virkes medlem i KBU har bidratt i arbeidet med rapporten om grønn omstilling og løftet fram "
         "kompetansebehov i handel og tjenesteyting.", "M04", "1.1", RAD),
        ("Karrierekompasset for handelsansatte", "1.3 Karriereveiledning", "Digitalt verktøy",
         "Kompetanse og utdanning", "KD, Kompetanseforbundet",
         "Virke har laget en egen inngang til Karrierekompasset for ansatte i varehandelen, med eksempler på "
         "karriereveier i bransjen.", "J02", "1.3", INFO),
        ("SMB-kartleggeren i varehandelen", "2.2 Kunnskap om læring i arbeidslivet", "Kartlegging",
         "Analyse", "NHO, SINTEF",
         "400 små handelsbedrifter svarte på kartleggingen av kompetansebehov.", "J05", "2.2", FOU),
        ("Oppfølgingsundersøkelse etter SMB-kartleggeren", "2.2 Kunnskap om læring i arbeidslivet",
         "Kartlegging", "Analyse", "Handelshøyskolen BI",
         "Dybdeintervjuer med 30 bedrifter om hva de gjorde med resultatene fra kartleggingen året før.", None,
         "2.2", FOU),
        ("Virke HR-forum: livslang læring", "2.4 Koble behov og tilbud", "Møteplass", "Arbeidsgiverpolitikk",
         "", "Tre frokostmøter for HR-ledere i ideell sektor og handel om hvordan virksomhetene planlegger "
         "kompetanse.", None, "2.4", ARR),
        ("Kurs i netthandel for små butikker", "2.1 Digital kompetanse", "Kurs", "Kompetanse og utdanning",
         "Fagskolen Oslo", "Nettbasert kurs på seks uker i netthandel, betaling og digital markedsføring; 210 "
         "deltakere.", None, "2.1", KURS),
    ]),
    ("2080", [("Lærlingportal for ideell sektor", "2.3 Yrkesfagene", "Digitalt verktøy", "Kompetanse og "
               "utdanning", "", "Oppstart planlagt våren 2080.", "", "", None)]),
]
LEFT, TOP_Y = 30, 0
HEAD_Y = 470


def _chrome(c, page, total):
    w, h = landscape(A4)
    c.setFont("DV", 7)
    c.setFillColorRGB(0.2, 0.2, 0.2)
    c.drawString(20, h - 14, "20.01.2080, 10:14")
    c.drawCentredString(w / 2, h - 14, "KPR-tiltak - Alle elementer")
    c.drawString(20, 10, "https://virke.sharepoint.com/sites/Samfunnskontakt/Lists/KPRtiltak/AllItems.aspx")
    c.drawRightString(w - 20, 10, f"{page}/{total}")


def _top(c):
    w, h = landscape(A4)
    c.setFillColorRGB(0.02, 0.33, 0.55)
    c.rect(LEFT, h - 50, w - 2 * LEFT, 22, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("DV-B", 9)
    c.drawString(LEFT + 8, h - 43, "SharePoint")
    c.setFont("DV", 8)
    c.drawRightString(w - LEFT - 8, h - 43, "Søk i denne listen")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("DV-B", 15)
    c.drawString(LEFT + 4, h - 75, "Samfunnskontakt")
    c.setFont("DV", 8)
    c.drawString(LEFT + 4, h - 90, "Hjem    Dokumenter    Sider    KPR-tiltak    Nettstedsinnhold")
    c.setStrokeColorRGB(0.85, 0.85, 0.85)
    c.line(LEFT, h - 97, w - LEFT, h - 97)
    c.drawString(LEFT + 4, h - 110, "+ Ny      Rediger i rutenettvisning      Del      Kopier kobling      "
                                    "Eksporter til Excel      Automatiser      …")
    c.line(LEFT, h - 117, w - LEFT, h - 117)
    c.setFont("DV-B", 13)
    c.drawString(LEFT + 4, h - 138, "KPR-tiltak")
    c.setFont("DV", 8)
    c.drawRightString(w - LEFT - 4, h - 138, "Alle elementer ˅")
    return h - 152


def _header(c, y):
    x = LEFT + 14
    c.setFont("DV-B", 7.5)
    c.setFillColorRGB(0.25, 0.25, 0.25)
    for name, wd in COLS:
        c.drawString(x + 2, y - 10, name + " ˅")
        x += wd
    c.setStrokeColorRGB(0.8, 0.8, 0.8)
    c.line(LEFT, y - 15, LEFT + 14 + sum(wd for _n, wd in COLS), y - 15)
    return y - 17


def _rowh(vals):
    return max(len(rl_wrap(v, "DV", 7.5, wd - 6) if v else [""]) for v, (_n, wd) in zip(vals, COLS)) * 9.5 + 8


def build(out) -> list[dict]:
    setup_reportlab()
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A4), invariant=1)
    c.setCreator("Microsoft Edge")
    c.setProducer("Microsoft: Print To PDF")
    c.setTitle("KPR-tiltak - Alle elementer")
    # lay out twice: first count pages
    pages = _layout(None)
    _layout(c, pages)
    c.save()
    (out / FILENAME).write_bytes(buf.getvalue())
    rows = []
    for _y, items in GROUPS:
        for t, _s, _tw, ansv, med, besk, seed, code, ty in items:
            if ty:
                rows.append(row(FILENAME, MEMBER, t, seed, code, ty, ansv, med, besk))
    return rows


def _layout(c, total=None):
    page = 1
    y = _top(c) if c else landscape(A4)[1] - 152
    if c:
        y = _header(c, y)
    else:
        y -= 17

    def new_page():
        nonlocal page, y
        if c:
            _chrome(c, page, total)
            c.showPage()
        page += 1
        y = landscape(A4)[1] - 40
        if c:
            y = _header(c, y)
        else:
            y -= 17

    for year, items in GROUPS:
        if y < 70:
            new_page()
        if c:
            c.setFont("DV-B", 8)
            c.setFillColorRGB(0, 0, 0)
            c.drawString(LEFT + 2, y - 12, f"˅  Rapporteringsår : {year} ({len(items)})")
        y -= 18
        for it in items:
            vals = list(it[:6])
            h = _rowh(vals)
            if y - h < 30:
                new_page()
            if c:
                x = LEFT + 14
                c.setFont("DV", 7.5)
                for v, (_n, wd) in zip(vals, COLS):
                    for k, ln in enumerate(rl_wrap(v, "DV", 7.5, wd - 6) if v else []):
                        c.drawString(x + 2, y - 11 - k * 9.5, ln)
                    x += wd
                c.setStrokeColorRGB(0.9, 0.9, 0.9)
                c.line(LEFT, y - h, LEFT + 14 + sum(wd for _n, wd in COLS), y - h)
            y -= h
    if c:
        _chrome(c, page, total)
        c.showPage()
    return page


def text(path) -> str:
    """Page text plus each column read on its own (the cells wrap inside their column)."""
    import pdfplumber
    out = []
    with pdfplumber.open(str(path)) as pdf:
        for p in pdf.pages:
            out.append(p.extract_text() or "")
            x = LEFT + 14
            for _n, wd in COLS:
                out.append(p.crop((x, 0, x + wd, p.height)).extract_text() or "")
                x += wd
    return "\n".join(out)
