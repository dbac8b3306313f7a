"""YS: an ordinary table printed to PDF whose goal column joins the delmål code with a letter for the sub-point of
YS' own action plan («2.4 b» = delmål 2.4, point b). A campaign that ended in December 2098 is told only in
words."""
from __future__ import annotations

from .common import ARR, FOU, KURS, RAD, docx_bytes, new_docx, pdf_cells, row, ruled_table, runs, stable_pdf

FILENAME = "YS – rapport KPR 2099.pdf"
MEMBER = "YS"
FORMAT = ("PDF exported by LibreOffice Writer from a landscape DOCX (python-docx) with one ruled six-column table "
          "and a repeated header row; dates and /ID fixed")
SHAPE = ("ordinary table whose goal cells carry a letter after the code: title, an intro explaining that the letter "
         "after the delmål is the sub-point in YS' action plan for competence 2098–2101 («2.4 b» = delmål 2.4, "
         "point b), header Aktivitet / Hva vi har oppnådd / Delmål (handlingsplanpunkt) / Aktivitetstype / Forbund / "
         "Sammen med; goal cells «1.1 a», «1.4 c», «2.4 b», «2.2 a», «2.4 d»; YS' kind words (Råds- og "
         "utvalgsarbeid, Kompetanseprogram, Analyse, Webinar, Kampanje); the KBU seat «YS-representanten i KBU» and "
         "the FSR seat «YS' representant i Nasjonalt fagskoleråd»; a campaign that ended in December 2098 told only "
         "in words; a contact line")
NOT_TRUTH = ("the title and intro, the header, the goal cells (code and letter), the Aktivitetstype cells, the row "
             "'Kampanje for fagbrev i helse og omsorg' (ended in December 2098), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, text, goal, kind, forbund, med, seed, type
ROWS = [
    ("YS-representanten i KBU",
     "YS deltok på alle utvalgsmøtene og ledet arbeidsgruppen om kompetansebehov i finans og forsikring før "
     "hovedrapporten i september.", "1.1 a", "Råds- og utvalgsarbeid", "YS", "", "M03", RAD),
    ("YS' representant i Nasjonalt fagskoleråd",
     "YS deltok på seks rådsmøter. Rådet ga råd om nye fagskoletilbud i batteriteknologi og om finansieringen av "
     "korte kurs.", "1.4 c", "Råds- og utvalgsarbeid", "YS", "", "M04", RAD),
    ("Batteriskolen – 80 plasser for Parat-medlemmer",
     "Parat sikret 80 medlemmer i batteri- og elektronikkbedrifter plass på kursmodulene, og tillitsvalgte fulgte "
     "opp opplæringsplanene i bedriftene.", "2.4 b", "Kompetanseprogram", "Parat",
     "Fagskolen i Agder, Norsk Industri", "J04", KURS),
    ("Analyse av automatisering i bank og forsikring",
     "Menon Economics anslo hvor mange stillinger som endres av automatisering innen 2110, og hvilken kompetanse "
     "som trengs. Rapporten kom i mai.", "2.2 a", "Analyse", "Finansforbundet", "Menon Economics", None, FOU),
    ("Webinarserie om etter- og videreutdanning i staten",
     "Fem webinarer om rett til permisjon, stipend og korte kurs for statsansatte. 2 300 så sendingene direkte.",
     "2.4 d", "Webinar", "YS Stat", "", None, ARR),
    ("Kampanje for fagbrev i helse og omsorg",
     "Kampanjen ble avsluttet i desember 2098 og er omtalt i fjorårets rapport.", "3.1 a", "Kampanje", "Delta", "",
     "", None),
]


def build(out) -> list[dict]:
    d = new_docx(font="Arial", size=10, landscape=True, margin_cm=1.7)
    p = d.add_paragraph()
    runs(p, [("YS – rapport til Kompetansepolitisk råd 2099", "bs15")])
    d.add_paragraph(
        "Tabellen viser YS' og forbundenes aktiviteter i 2099. I kolonnen for delmål står strategiens nummer, og "
        "bokstaven bak viser underpunktet i YS' handlingsplan for kompetanse 2098–2101 (2.4 b betyr delmål 2.4 i "
        "strategien, punkt b i handlingsplanen).")
    head = ["Aktivitet", "Hva vi har oppnådd", "Delmål (handlingsplanpunkt)", "Aktivitetstype", "Forbund",
            "Sammen med"]
    body = [[n, t, g, k, f, m] for n, t, g, k, f, m, *_r in ROWS]
    ruled_table(d, head, body, [5.0, 9.0, 3.0, 3.4, 2.6, 3.2], fill="DEEAF6", size=9.5, header_repeat=True)
    d.add_paragraph()
    p = d.add_paragraph()
    runs(p, [("Kontaktperson: Rune Hovland, seniorrådgiver, YS", "i")])
    (out / FILENAME).write_bytes(stable_pdf(docx_bytes(d, "Rune Hovland"), ".docx"))
    return [row(FILENAME, MEMBER, n, seed, g.split()[0], ty, f, m, t) for n, t, g, _k, f, m, seed, ty in ROWS if ty]


def text(path) -> str:
    return pdf_cells(path)
