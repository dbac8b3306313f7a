"""KS: an ordinary Word report with two tables. «Tabell 1» lists the measures (Nr. / Tiltak / Hva KS gjorde /
Virkemiddel / Ansvarlig i KS / Samarbeidspartnere) without any delmål; «Tabell 2» at the back turns it round: one
row per delmål of the strategy that KS works on, with the numbers of the measures that belong to it. A programme that
starts in April 2097 is told only in words (and still has its number in table 2)."""
from __future__ import annotations

from .common import FOU, INFO, KURS, PROSJEKT, RAD, docx_all_text, docx_bytes, new_docx, row, ruled_table, runs

FILENAME = "KS – rapportering til KPR for 2096.docx"
MEMBER = "KS"
FORMAT = "DOCX (python-docx), portrait, two ruled tables with shaded header rows, zip normalised"
SHAPE = ("ordinary Word report with the goal table turned round: title, intro, «Tabell 1 Tiltak i 2096» with header "
         "Nr. / Tiltak / Hva KS gjorde / Virkemiddel / Ansvarlig i KS / Samarbeidspartnere (no delmål), a short "
         "section of text, then «Tabell 2 Tiltakene fordelt på delmål i strategien» with header Delmål / Tiltak nr. "
         "whose rows are «1.2 Regionalt folkevalgt nivå», «1.4 Samarbeid mellom utdanning og arbeidsliv», «2.1 "
         "Digital kompetanse» («5, 7»), «2.2 Kunnskapsgrunnlaget», «2.3 Yrkesfagene», «3.4 Norskopplæring og "
         "kvalifisering»; the delmål is found only by looking a measure's number up in table 2; KS' kind words "
         "(Rådsarbeid, Undersøkelse, Prosjekt, Nettverk, Videreutdanning, Veileder); the SRY seat «KS i "
         "Samarbeidsrådet for yrkesopplæring (SRY)»; a programme that starts in April 2097 told only in words")
NOT_TRUTH = ("the title and intro, the table headers, the Nr. and Virkemiddel cells, row 7 'Lederutviklingsprogram for "
             "kommunaldirektører' (starts in April 2097), the section of text between the tables, the whole of table 2 "
             "(the delmål and the numbers), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, gjort, virkemiddel, ansvar, partnere, delmål, seed, type
ROWS = [
    ("KS i Samarbeidsrådet for yrkesopplæring (SRY)",
     "KS har én av arbeidsgiverplassene i SRY. Rådet behandlet i 2096 blant annet dimensjoneringen av helse- og "
     "oppvekstfag og den nye ordningen for lærlingtilskudd.", "Rådsarbeid", "Avdeling for arbeidsgiverpolitikk", "",
     "2.3", "M05", RAD),
    ("Læringsklimaundersøkelsen 2096 – kommunesektoren",
     "KS sto for utvalget i kommunene. 14 000 ansatte i 120 kommuner svarte, og KS la fram kommunetallene under "
     "Arendalsuka.", "Undersøkelse", "Avdeling for analyse", "Akademikerne, Spekter, NIFU", "2.2", "J02", FOU),
    ("Ordkraft i helse og omsorg",
     "42 kommuner tok i bruk språkappen for ansatte med kort botid i sykehjem og hjemmetjenester. Språkveiledere i "
     "kommunene fulgte opp de ansatte.", "Prosjekt", "KS Læring", "VOFO, studieforbundene", "3.4", "J05", PROSJEKT),
    ("Regionale kompetansenettverk for kommunene",
     "KS ledet nettverk i ti fylker der kommunene, fylkeskommunen og NAV samordner kompetanseplanene sine. Til sammen "
     "38 nettverksmøter.", "Nettverk", "KS' regionkontorer", "fylkeskommunene, NAV", "1.2", None, RAD),
    ("Videreutdanning i velferdsteknologi",
     "Nettbasert videreutdanning på 15 studiepoeng for ansatte i helse og omsorg. 620 fullførte.", "Videreutdanning",
     "KS Læring", "OsloMet, NTNU", "2.1", None, KURS),
    ("Veileder for praksisplasser i kommunene",
     "Ny nettveileder om hvordan kommunene kan ta imot studenter i praksis, med maler for avtaler og oppfølging.",
     "Veileder", "Avdeling for arbeidsgiverpolitikk", "UHR", "1.4", None, INFO),
    ("Lederutviklingsprogram for kommunaldirektører",
     "Programmet er ferdig planlagt og starter i april 2097.", "Lederprogram", "KS Konsulent", "BI", "2.1", "", None),
]

GOALS = [("1.2", "Regionalt folkevalgt nivå"), ("1.4", "Samarbeid mellom utdanning og arbeidsliv"),
         ("2.1", "Digital kompetanse"), ("2.2", "Kunnskapsgrunnlaget"), ("2.3", "Yrkesfagene"),
         ("3.4", "Norskopplæring og kvalifisering")]


def build(out) -> list[dict]:
    d = new_docx(font="Calibri", size=10.5, margin_cm=2.0)
    p = d.add_paragraph()
    runs(p, [("KS' rapport til Kompetansepolitisk råd for 2096", "bs16")])
    d.add_paragraph(
        "KS rapporterer her om tiltakene kommunesektorens organisasjon gjennomførte i 2096. Tabell 1 viser tiltakene. "
        "Hvilke delmål i strategien tiltakene bidrar til, står samlet i tabell 2 bak i rapporten.")
    p = d.add_paragraph()
    runs(p, [("Tabell 1 Tiltak i 2096", "b")])
    head = ["Nr.", "Tiltak", "Hva KS gjorde", "Virkemiddel", "Ansvarlig i KS", "Samarbeidspartnere"]
    body = [[str(i), n, g, v, a, pa] for i, (n, g, v, a, pa, *_r) in enumerate(ROWS, 1)]
    ruled_table(d, head, body, [0.9, 3.4, 5.2, 2.3, 2.6, 2.6], fill="E2EFDA", size=9)
    d.add_paragraph()
    d.add_paragraph(
        "Kommunene er landets største arbeidsgiver for fagarbeidere i helse og oppvekst. Mye av KS' innsats i 2096 "
        "handlet derfor om rekruttering, språk og digital kompetanse i de kommunale tjenestene.")
    p = d.add_paragraph()
    runs(p, [("Tabell 2 Tiltakene fordelt på delmål i strategien", "b")])
    nums = {}
    for i, r_ in enumerate(ROWS, 1):
        nums.setdefault(r_[5], []).append(str(i))
    ruled_table(d, ["Delmål", "Tiltak nr."], [[f"{c} {w}", ", ".join(nums[c])] for c, w in GOALS], [9.0, 3.0],
                fill="E2EFDA", size=9)
    d.add_paragraph()
    p = d.add_paragraph()
    runs(p, [("Kontakt: Marit Lian Dahl, spesialrådgiver, KS", "g")])
    (out / FILENAME).write_bytes(docx_bytes(d, "Marit Lian Dahl"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, pa, g) for n, g, _v, a, pa, dm, seed, ty in ROWS if ty]


def text(path) -> str:
    return docx_all_text(path)
