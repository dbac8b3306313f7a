"""UHR: a milestone plan with status. Each measure is a numbered heading, a grey fact line (Strategikobling /
Virkemiddel / Eier / Partnere), a «Formål:» paragraph and a small table of milestones (Milepæl / Frist / Status /
Kommentar). The milestones read like measures (a seminar, a report, a launch) but are steps of the measure above
them. One measure's milestones all lie in 2083 (not started), another's all in 2081 (closed)."""
from __future__ import annotations

from docx.shared import Pt

from .common import FOU, INFO, KURS, RAD, add_runs, base_docx, docx_to_pdf, pdf_text_with_cells, row, \
    set_cell_shading, set_col_widths

FILENAME = "UHR milepælsplan og status 2082.pdf"
MEMBER = "UHR"
FORMAT = "PDF exported by LibreOffice from a DOCX (python-docx): numbered headings and one small ruled table per measure; dates and /ID fixed"
SHAPE = ("milestone plan: per measure a heading «n. Name», a grey line «Strategikobling: delmål 1.4 · Virkemiddel: … "
         "· Eier: … · Partnere: …», a «Formål:» paragraph and a milestone table Milepæl / Frist / Status / Kommentar "
         "with ✓ / ◷ / – status; milestones (seminars, reports, launches) are steps, not measures; one measure with "
         "all milestones in 2083, one with all in 2081")
NOT_TRUTH = ("the title and intro, the status legend, the headings' numbers, the Strategikobling and Virkemiddel "
             "parts of the grey lines, every milestone table, measure 7 'Nasjonalt EVU-råd' (all milestones in 2083, "
             "not started) and measure 8 'Digital eksamen i EVU' (closed in 2081), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

OK, LATE, NOT = "✓ Nådd", "◷ Forsinket", "– Ikke startet"
# name, dm, virkemiddel, eier, partnere, formål, milestones, seed, type
ITEMS = [
    ("Rådene for samarbeid med arbeidslivet (RSA) ved medlemsinstitusjonene", "1.4", "rådsarbeid", "UHR", "",
     "UHR samordner arbeidet i de 21 rådene og rapporterer på vegne av institusjonene. I 2082 la alle rådene fram "
     "handlingsplaner for samarbeid om praksis.",
     [("Handlingsplan fra alle råd", "01.06.2082", OK, ""), ("Felles årsrapport for rådene", "15.12.2082", OK, "")],
     "M01", RAD),
    ("Nasjonalt råd for teknologisk utdanning (NRT)", "1.4", "rådsarbeid", "UHR-MNT", "",
     "Rådet er UHRs fagstrategiske enhet for ingeniør- og teknologiutdanningene og ga i 2082 råd om nye emner i "
     "batteriteknologi og havvind.",
     [("Rådsmøte vår", "20.04.2082", OK, "Bergen"), ("Innspill til rammeplan for ingeniørutdanning", "01.09.2082",
                                                      OK, ""), ("Rådsmøte høst", "10.11.2082", OK, "Trondheim")],
     "M03", RAD),
    ("Studiepoeng i arbeid – emner fra universiteter og høgskoler", "2.4", "etter- og videreutdanning", "UHRs arbeidsgruppe for EVU", "Virke",
     "Universiteter og høgskoler leverer emner på 7,5 studiepoeng som ansatte i handel og service tar på "
     "arbeidsplassen. 14 institusjoner deltok i 2082.",
     [("Avtale med Virke om nye emner", "01.03.2082", OK, ""), ("Ni nye emner klare", "15.08.2082", OK, ""),
      ("Evalueringsseminar", "30.11.2082", LATE, "Flyttet til 12.12.2082")], "J06", KURS),
    ("Kartlegging av RSA-rådenes arbeid 2082", "1.4", "utredning", "UHR", "NIFU",
     "En spørreundersøkelse blant medlemmene i rådene om hvordan de arbeider og hva de har fått til. Kartleggingen "
     "er UHRs egen og ikke en del av rådenes arbeid.",
     [("Spørreskjema sendt ut", "15.03.2082", OK, "312 svar"), ("Rapport fra NIFU", "01.12.2082", OK, "")], None,
     FOU),
    ("Felles emnekatalog for etter- og videreutdanning", "2.4", "nettjeneste", "UHR", "HK-dir",
     "Nettkatalog over alle EVU-emner ved universitetene og høgskolene, med søk på fag, sted og undervisningsform.",
     [("Kravspesifikasjon", "01.02.2082", OK, ""), ("Lansering", "01.09.2082", LATE, "Lansert 14.10.2082")], None,
     INFO),
    ("Kompetanseløft for praksisveiledere i helsefag", "1.4", "videreutdanning", "OsloMet (på vegne av UHR)",
     "KS, Spekter",
     "Nettbasert videreutdanning på 10 studiepoeng for sykepleiere og vernepleiere som veileder studenter i "
     "praksis. 520 deltakere i 2082.",
     [("Oppstart første kull", "15.01.2082", OK, ""), ("Oppstart andre kull", "15.08.2082", OK, "")], None, KURS),
    ("Nasjonalt EVU-råd", "2.4", "rådsarbeid", "UHR", "HK-dir, KS, NHO",
     "Et råd som skal samordne tilbudet av etter- og videreutdanning nasjonalt. Arbeidet starter i 2083.",
     [("Mandat vedtatt i UHRs styre", "15.03.2083", NOT, ""), ("Første møte", "01.06.2083", NOT, "")], "", None),
    ("Digital eksamen i EVU", "2.1", "utviklingsprosjekt", "UHR", "Sikt",
     "Felles løsning for digital eksamen i EVU-emner. Prosjektet ble avsluttet i 2081.",
     [("Pilot ved fire institusjoner", "01.03.2081", OK, ""), ("Sluttrapport", "15.11.2081", OK, "")], "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=10, margins_cm=2.0)
    p = d.add_paragraph()
    add_runs(p, [("Milepælsplan og status 2082", "b")])
    p.runs[0].font.size = Pt(18)
    add_runs(d.add_paragraph(), [("UHRs oppfølging av Nasjonal kompetansepolitisk strategi – rapport til "
                                  "Kompetansepolitisk råd", "i")])
    d.add_paragraph("Universitets- og høgskolerådet følger opp strategien med en milepælsplan. For hvert tiltak viser "
                    "planen formålet og milepælene med frist og status per 31. desember 2082.")
    add_runs(d.add_paragraph(), [(f"Status: {OK} · {LATE} · {NOT}", "g")])
    rows = []
    for k, (name, dm, vm, eier, med, formal, ms, seed, ty) in enumerate(ITEMS, 1):
        d.add_heading(f"{k}. {name}", level=2)
        add_runs(d.add_paragraph(), [(f"Strategikobling: delmål {dm} · Virkemiddel: {vm} · Eier: {eier} · "
                                      f"Partnere: {med or '–'}", "g")])
        add_runs(d.add_paragraph(), [("Formål: ", "b"), (formal, "")])
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Milepæl", "Frist", "Status", "Kommentar"]):
            add_runs(c.paragraphs[0], [(h, "b")])
            set_cell_shading(c, "E2EFDA")
        for m in ms:
            for c, v in zip(t.add_row().cells, m):
                c.text = v
        set_col_widths(t, [7.0, 2.4, 3.0, 4.6])
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, eier, med, formal))
    d.add_paragraph()
    d.add_paragraph("Kontakt: Ragnhild Eide, seniorrådgiver, UHR")
    docx_to_pdf(d, out / FILENAME)
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
