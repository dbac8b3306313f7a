"""KS: an ordinary Word table with no column for partners. The last column is «Nærmere om tiltaket og hvem vi
samarbeider med», so the partners are named inside the running text («… som vi driver sammen med UHR, Spekter og
HK-dir»). KS's own kind words (Representasjon, Digital tjeneste, Forprosjekt, Nettverk, Undersøkelse). A pre-project
for a second phase of the joint service is KS's own. Two rows are outside 2083 by their text only."""
from __future__ import annotations

from docx.shared import Pt

from .common import FOU, INFO, PROSJEKT, RAD, add_runs, base_docx, docx_text_deep, row, save_docx, \
    set_cell_shading, set_col_widths

FILENAME = "KS rapport kompetansepolitikk 2083.docx"
MEMBER = "KS"
FORMAT = "DOCX (python-docx), portrait, one ruled table, zip normalised"
SHAPE = ("ordinary Word table with no partner column: header Tiltaket / Delmål / Hva slags / Ansvarlig i KS / "
         "Nærmere om tiltaket og hvem vi samarbeider med; partners only inside the running text of the last column "
         "(«… sammen med UHR, Spekter og HK-dir», «… sammen med fylkeskommunene og statsforvalterne»); KS's own kind "
         "words; delmål as a plain code; two rows outside 2083 by their text («Siste kull fullførte i fjor», «starter "
         "opp neste år»)")
NOT_TRUTH = ("the title and intro, the header, the Delmål and Hva slags cells, the row 'Lederutdanning for "
             "skoleledere' (last class finished last year), the row 'Kompetansepakke for helsefagarbeidere' (starts "
             "next year), the contact paragraph")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, dm, kind, ansvarlig, text, partners (as named in the text), seed, type
ROWS = [
    ("Samarbeidsrådet for yrkesopplæring", "2.3", "Representasjon", "KS Arbeidsgiverpolitikk",
     "KS har to medlemmer i SRY. Vi arbeidet for flere læreplasser i kommunene og for at helsearbeiderfaget skal få "
     "en tydeligere plass i rådets arbeid.", "", "M02", RAD),
    ("UHR-Lærerutdanning (tidligere NRLU)", "1.4", "Representasjon", "KS Utdanning",
     "KS har én plass som representant for skoleeierne. I 2083 handlet arbeidet om praksis i lærerutdanningene og om "
     "rekruttering til grunnskolelærerutdanningen i distriktene.", "", "M06", RAD),
    ("Praksisbanken – kommunenes del", "1.4", "Digital tjeneste", "KS Digitalisering",
     "KS har ansvaret for at kommunene legger inn praksisplasser i Praksisbanken, som vi driver sammen med UHR, "
     "Spekter og HK-dir. Ved utgangen av året hadde 212 kommuner lagt inn til sammen 5 400 plasser.",
     "UHR, Spekter, HK-dir", "J01", INFO),
    ("Praksisbanken fase 2 – forprosjekt om læreplasser", "2.3", "Forprosjekt", "KS Digitalisering",
     "Forprosjektet skal utrede om kommunale læreplasser kan formidles på samme måte som praksisplassene. Det er KS "
     "sitt eget og er ikke en del av Praksisbanken slik den drives i dag. Vi har samarbeidet med Vestfold "
     "fylkeskommune og Agder fylkeskommune om behovene.",
     "Vestfold fylkeskommune, Agder fylkeskommune", None, PROSJEKT),
    ("Nettverk for kompetanseplanlegging i kommunene", "1.2", "Nettverk", "KS Rådgivning",
     "Åtte regionale nettverk der kommuner lager strategiske kompetanseplaner. Nettverkene drives sammen med "
     "fylkeskommunene og statsforvalterne; 146 kommuner deltok i 2083.",
     "fylkeskommunene, statsforvalterne", None, RAD),
    ("Rekrutteringsundersøkelsen 2083", "2.2", "Undersøkelse", "KS Analyse",
     "Den årlige undersøkelsen av rekrutteringsbehovet i kommunene, gjennomført av NIBR på oppdrag fra KS. "
     "Sykepleiere og barnehagelærere er fortsatt vanskeligst å rekruttere.", "NIBR", None, FOU),
    ("Lederutdanning for skoleledere", "1.4", "Videreutdanning", "KS Utdanning",
     "Siste kull fullførte i fjor, og tilbudet er avsluttet. Se rapporten for 2082.", "", "", None),
    ("Kompetansepakke for helsefagarbeidere", "2.4", "Kurspakke", "KS Arbeidsgiverpolitikk",
     "Tilbudet starter opp neste år. Fagforbundet blir med som partner.", "", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=10, margins_cm=2.0)
    p = d.add_paragraph()
    add_runs(p, [("KS – rapport om kompetansepolitiske tiltak 2083", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("KS rapporterer her tiltakene vi har hatt ansvar for eller deltatt i gjennom året. Delmålene "
                    "viser til nummereringen i Nasjonal kompetansepolitisk strategi.")
    head = ["Tiltaket", "Delmål", "Hva slags", "Ansvarlig i KS", "Nærmere om tiltaket og hvem vi samarbeider med"]
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "DEEAF6")
    rows = []
    for name, dm, kind, ans, txt, med, seed, ty in ROWS:
        cells = t.add_row().cells
        for c, v in zip(cells, [name, dm, kind, ans, txt]):
            c.paragraphs[0].add_run(v)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, txt))
    set_col_widths(t, [4.2, 1.4, 2.4, 2.9, 6.1])
    d.add_paragraph()
    d.add_paragraph("Spørsmål om rapporten kan rettes til Lars Heggem i KS Utdanning.")
    save_docx(d, out / FILENAME, "Lars Heggem")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
