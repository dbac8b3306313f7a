"""Regjeringen: an ordinary ministry table printed to PDF by LibreOffice Writer, but the goal is given as the running
number of the delmål in the strategy (1–16: 1 = 1.1, 4 = 1.4, 5 = 2.1, 11 = 3.1, 16 = 3.6), as a key line above the
table explains; no x.y code stands at any measure. The kind in the words of the state budget (Råd og utvalg
(oppnevning), Markering, Nettjeneste, Forsøk, Kunnskapsgrunnlag, Videreutdanning (tilskudd)). The KBU seat is worded
as the appointment of a new committee period. A trial that ended on 31 December 2093 is told only in words."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, FOU, INFO, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_table, docx_to_pdf, \
    pdf_text_with_cells, repeat_header, row

FILENAME = "Regjeringen_rapport_KPR_2094.pdf"
MEMBER = "Regjeringen"
FORMAT = ("PDF exported by LibreOffice Writer from a landscape DOCX (python-docx) with one ruled seven-column table "
          "and a repeated header row; dates and /ID fixed")
SHAPE = ("ministry table: title, a subtitle naming the two ministries, intro, a key line «Strategimål» explaining that "
         "the delmål are numbered 1–16 in the order of the strategy, header Løpenr. / Tiltak / Gjennomført i 2094 / "
         "Strategimål / Kategori (budsjett) / Dep. / Med; the delmål only as that running number (1 = 1.1, 7 = 2.3, "
         "8 = 2.4, 9 = 2.5, 11 = 3.1, 13 = 3.3); the kind in budget words (Råd og utvalg (oppnevning), Markering, "
         "Nettjeneste, Forsøk, Kunnskapsgrunnlag, Videreutdanning (tilskudd)); the KBU seat named as the new "
         "appointment period («Kompetansebehovsutvalget – oppnevning for perioden 2094–2097»); a trial that ended on "
         "31 December 2093 told only in words; a scope note and a place/date line under the table")
NOT_TRUTH = ("the title, subtitle and intro, the key line, the header, the Løpenr., Strategimål and Kategori cells, row "
             "7 'Forsøk med modulbasert fagskole for voksne' (ended 31 December 2093, final report due in 2095), the "
             "scope note and the place/date line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, gjennomført, strategimål nr., kategori, dep, med, seed, dm, type
ROWS = [
    ("Kompetansebehovsutvalget – oppnevning for perioden 2094–2097",
     "KD oppnevnte i februar et nytt utvalg med en leder, seks forskere og én representant for hver av "
     "hovedorganisasjonene. Departementene møter som observatører. Utvalget la i november fram sin første delrapport, "
     "om kompetansebehov i grønn industri.",
     "1", "Råd og utvalg (oppnevning)", "KD", "AID, NFD, KDD", "M03", "1.1", RAD),
    ("Fagbrevdagen 2094 – nasjonal markering",
     "Kunnskapsministeren delte ut fagbrev i Skien 12. juni. Departementet ga tilskudd til markeringer i alle fylker, "
     "der over 9 000 nye fagarbeidere og svenner ble feiret.",
     "7", "Markering", "KD", "fylkeskommunene, partene i arbeidslivet", "J03", "2.3", ARR),
    ("Realkompetanseportalen",
     "HK-dir lanserte portalen i april. Voksne kan søke opp hvor og hvordan de får vurdert realkompetanse i "
     "fylkeskommunene, på fagskolene og ved universitetene og høyskolene. Portalen hadde 140 000 besøk i 2094.",
     "9", "Nettjeneste", "KD", "HK-dir, Fagskolerådet, UHR", "J06", "2.5", INFO),
    ("Kompetansekonto for arbeidsledige – forsøk i tre fylker",
     "Arbeidsledige over 25 år i Agder, Innlandet og Troms kan bruke inntil 60 000 kroner på kurs og utdanning de "
     "velger selv. 1 100 deltakere hadde tatt kontoen i bruk ved utgangen av året.",
     "13", "Forsøk", "AID", "Arbeids- og velferdsdirektoratet, fylkeskommunene", None, "3.3", PROSJEKT),
    ("Livsopphold under opplæring for voksne – utredning",
     "Fafo utreder på oppdrag fra KD hvordan voksne kan ha inntekt mens de tar videregående opplæring eller fagbrev. "
     "Rapporten ble levert i desember.",
     "11", "Kunnskapsgrunnlag", "KD", "Fafo", None, "3.1", FOU),
    ("Bransjeprogram for havbruk og sjømat",
     "Nytt bransjeprogram med korte, arbeidsrettede videreutdanninger for ansatte i havbruk og sjømatindustri. 26 "
     "tilbud ble utlyst, og 640 ansatte startet.",
     "8", "Videreutdanning (tilskudd)", "KD", "Sjømat Norge, Fellesforbundet, NTNU", None, "2.4", KURS),
    ("Forsøk med modulbasert fagskole for voksne",
     "Forsøket ble avsluttet 31. desember 2093. Sluttrapporten ventes i mars 2095.",
     "11", "Forsøk", "KD", "NOKUT, fagskolene", "", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Times New Roman", size=10, landscape=True, margins_cm=1.8)
    p = d.add_paragraph()
    add_runs(p, [("Rapport fra regjeringen til Kompetansepolitisk råd – 2094", "b")])
    p.runs[0].font.size = Pt(16)
    p = d.add_paragraph()
    add_runs(p, [("Utarbeidet av Kunnskapsdepartementet i samarbeid med Arbeids- og inkluderingsdepartementet", "i")])
    d.add_paragraph("Tabellen viser tiltak i 2094 der departementene har hovedansvaret i oppfølgingen av Nasjonal "
                    "kompetansepolitisk strategi. Kolonnen «Med» viser hvem departementet har samarbeidet med.")
    p = d.add_paragraph()
    add_runs(p, [("Strategimål: ", "b"),
                 ("Delmålene i strategien er her nummerert fortløpende fra 1 til 16 i den rekkefølgen de står i "
                  "strategien (1 = delmål 1.1, 4 = delmål 1.4, 5 = delmål 2.1 og så videre til 16 = delmål 3.6).", "")])
    head = ["Løpenr.", "Tiltak", "Gjennomført i 2094", "Strategimål", "Kategori (budsjett)", "Dep.", "Med"]
    body = [[f"{k}", name, desc, nr, kind, dep, med] for k, (name, desc, nr, kind, dep, med, *_r) in
            enumerate(ROWS, 1)]
    t = docx_table(d, head, body, [1.7, 5.0, 7.8, 2.4, 3.6, 1.2, 4.4], fill="E2EFDA")
    repeat_header(t)
    rows = []
    for name, desc, _nr, _kind, dep, med, seed, dm, ty in ROWS:
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, dep, med, desc))
    d.add_paragraph()
    d.add_paragraph("Tiltak der partene i arbeidslivet eller andre medlemmer av rådet har hovedansvaret, rapporteres "
                    "av dem selv. Forkortelser: KD = Kunnskapsdepartementet, AID = Arbeids- og "
                    "inkluderingsdepartementet, NFD = Nærings- og fiskeridepartementet, KDD = Kommunal- og "
                    "distriktsdepartementet, HK-dir = Direktoratet for høyere utdanning og kompetanse.")
    d.add_paragraph("Oslo, 20. januar 2095")
    docx_to_pdf(d, out / FILENAME, author="Marit Skogheim")
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
