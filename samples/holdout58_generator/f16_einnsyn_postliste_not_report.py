"""Not a member report: a public mail journal (offentlig journal / postliste) printed from the eInnsyn search page –
the journal entries of the secretariat's host in the week the reports came in. The titles name members, councils
and joint measures, but the journal reports no measures."""
from __future__ import annotations

from .common import pdf_text, rl_wrap, setup_reportlab

FILENAME = "eInnsyn_postliste_HK-dir_uke2_2079.pdf"
MEMBER = None
FORMAT = ("PDF (reportlab canvas, invariant) imitating a browser print of the eInnsyn search result page: print "
          "header with date and page title, URL and 'n/N' in the footer")
SHAPE = ("NOT a member report: a public mail journal – per journal entry the case title, document title, "
         "Saksnr/Dok.nr, Journaldato, Dokumentdato, direction (Inngående/Utgående/Internt notat) and sender or "
         "recipient, some entries 'Unntatt offentlighet'; titles mention KBU, NFK, Seniorveiviseren, Norsk i praksis, "
         "Fagbrevfestivalen and the members' reports; no truth rows")
NOT_TRUTH = ("everything (not a member report): the print header and footer, the search line, every journal entry "
             "(titles such as 'Rapportering til Kompetansepolitisk råd 2078 – tiltak fra LO', 'Seniorveiviseren – "
             "sluttrapport fra piloten', 'Oppnevning av medlemmer til Nasjonalt forum for karriereveiledning "
             "2079–2081', 'Norsk i praksis – tildelingsbrev 2079')")

ENTRIES = [
    ("Kompetansepolitisk råd – rapportering 2078", "Rapportering til Kompetansepolitisk råd 2078 – tiltak fra LO",
     "2079/00112-4", "09.01.2079", "08.01.2079", "Inngående", "Avsender: LO"),
    ("Kompetansepolitisk råd – rapportering 2078", "Rapportering 2078 – Vestland fylkeskommune – styringskort",
     "2079/00112-5", "09.01.2079", "08.01.2079", "Inngående", "Avsender: Vestland fylkeskommune"),
    ("Seniorveiviseren – pilot 2077–2078", "Seniorveiviseren – sluttrapport fra piloten", "2077/01890-22",
     "10.01.2079", "05.01.2079", "Inngående", "Avsender: Kunnskapsdepartementet"),
    ("Nasjonalt forum for karriereveiledning", "Oppnevning av medlemmer til Nasjonalt forum for karriereveiledning "
     "2079–2081", "2078/02211-9", "10.01.2079", "10.01.2079", "Utgående", "Mottaker: medlemmene i forumet"),
    ("Kompetansebehovsutvalget (KBU) – sekretariat", "KBU – innkalling til møte 12. februar 2079", "2079/00031-1",
     "11.01.2079", "11.01.2079", "Utgående", "Mottaker: utvalgets medlemmer"),
    ("Tilskuddsordningen Norsk i praksis", "Norsk i praksis – tildelingsbrev 2079", "2079/00077-2", "11.01.2079",
     "11.01.2079", "Utgående", "Mottaker: VOFO"),
    ("Fagbrevfestivalen", "Fagbrevfestivalen 2079 – søknad om støtte", "2079/00140-1", "12.01.2079", "11.01.2079",
     "Inngående", "Avsender: Unntatt offentlighet, offl. § 13"),
    ("Realkompetansebanken", "Realkompetansebanken – referat fra styringsgruppemøte", "2078/01533-14",
     "12.01.2079", "12.01.2079", "Internt notat", "Fra: Avdeling for kompetanse"),
]


def build(out) -> list[dict]:
    setup_reportlab()
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    W, H = A4
    c = canvas.Canvas(str(out / FILENAME), pagesize=A4, invariant=1)
    c.setCreator("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                 "Chrome/131.0.0.0 Safari/537.36")
    c.setProducer("Skia/PDF m131")
    c.setTitle("Søk – eInnsyn")
    pages = [1]
    url = "https://einnsyn.no/sok?f=hk-dir&journaldato=2079-01-08..2079-01-12"

    def frame(n):
        c.setFont("DV", 7)
        c.drawString(28, H - 18, "13.01.2079, 09:41")
        c.drawCentredString(W / 2, H - 18, "Søk – eInnsyn")
        c.drawString(28, 16, url)
        c.drawRightString(W - 28, 16, f"{n}/{len(pages)}")

    frame(1)
    c.setFont("DV-B", 16)
    c.drawString(50, H - 60, "eInnsyn")
    c.setFont("DV", 9)
    c.drawString(50, H - 80, "Virksomhet: Direktoratet for høyere utdanning og kompetanse (HK-dir) · "
                             "Journaldato 08.01.2079–12.01.2079")
    c.drawString(50, H - 94, f"Viser 1–{len(ENTRIES)} av {len(ENTRIES)} journalposter")
    y = H - 120
    page = 1
    for sak, title, nr, jdato, ddato, kind, who in ENTRIES:
        lines = rl_wrap(title, "DV-B", 10, W - 110)
        need = 16 * len(lines) + 62
        if y - need < 40:
            c.showPage()
            page += 1
            frame(page)
            y = H - 50
        c.setStrokeColorRGB(0.85, 0.85, 0.85)
        c.line(50, y + 6, W - 50, y + 6)
        c.setFont("DV", 8)
        c.setFillColorRGB(0.35, 0.35, 0.35)
        c.drawString(50, y - 6, f"Sak: {sak}")
        y -= 22
        c.setFillColorRGB(0.05, 0.2, 0.45)
        c.setFont("DV-B", 10)
        for ln in lines:
            c.drawString(50, y, ln)
            y -= 14
        c.setFillColorRGB(0.2, 0.2, 0.2)
        c.setFont("DV", 8)
        c.drawString(50, y - 2, f"Saksnr. {nr}   ·   Journaldato {jdato}   ·   Dokumentdato {ddato}   ·   {kind}")
        c.drawString(50, y - 14, who)
        y -= 40
    c.showPage()
    c.save()
    return []


def text(path) -> str:
    return pdf_text(path)
