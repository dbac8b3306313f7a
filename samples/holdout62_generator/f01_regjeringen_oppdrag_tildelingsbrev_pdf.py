"""Regjeringen: the ministry follows up the strategy through assignments (oppdrag) given to its agencies in the
yearly letters of allocation (tildelingsbrev). The report is the ministry's follow-up table of those assignments: a
reference to the letter, the assignment with a short bold name over the letter's own wording, the agency that
carries it out, partners, the delmål, a status and the agency's own reporting. An assignment from the 2081 letter
that was closed in 2081 and one that will first be given in the 2083 letter stand in the same table. No kind of
measure is given anywhere."""
from __future__ import annotations

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt

from .common import FOU, INFO, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_to_pdf, pdf_text_with_cells, row, \
    set_cell_shading, set_col_widths

FILENAME = "KD oppfølging av oppdrag i tildelingsbrevene 2082 – kompetansepolitikk.pdf"
MEMBER = "Regjeringen"
FORMAT = "PDF exported by LibreOffice from a landscape DOCX (python-docx), one ruled table; dates and /ID fixed"
SHAPE = ("assignment follow-up: the ministry's table of assignments given to its agencies in the letters of "
         "allocation, header Ref. / Oppdrag / Virksomhet / Samarbeid / KPR-delmål / Status 31.12.2082 / "
         "Virksomhetens rapportering; the Oppdrag cell holds a bold short name over the letter's own wording in "
         "italics («HK-dir skal …»); references «TB 2082 pkt. 3.1», «Suppl. TB nr. 2/2082 (AID)», «TB 2081 pkt. "
         "4.2» (closed 2081) and «TB 2083 (under arbeid)» (not yet given); no kind of measure; a note and a "
         "signature under the table")
NOT_TRUTH = ("the title and intro, the header, the Ref., KPR-delmål and Status cells, the italic assignment wording, "
             "the rows 'Kartlegging av voksnes digitale ferdigheter' (TB 2081, closed and reported in 2081) and "
             "'Bransjeprogram for offentlig sektor' (to be given in TB 2083), the note under the table, the "
             "signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

HKDIR = "Direktoratet for høyere utdanning og kompetanse (HK-dir)"
# ref, name, wording, agency, partners, delmål, status, reporting, seed, type
ROWS = [
    ("TB 2082 pkt. 3.1", "Kompetansebehovsutvalget",
     "HK-dir skal ivareta sekretariatet for Kompetansebehovsutvalget og legge til rette for utvalgets hovedrapport "
     "høsten 2082.", HKDIR, "partene i arbeidslivet, forskningsmiljøene, departementene", "1.1", "Løpende",
     "Utvalget hadde fem møter og la i september fram rapporten «Kompetansebehov i helse og omsorg fram mot "
     "2040». Departementet leder utvalget.", "M04", RAD),
    ("TB 2082 pkt. 3.3", "Seniorveiviseren",
     "HK-dir skal i samarbeid med partene lansere en nettbasert veiviser for arbeidstakere over 55 år som vurderer "
     "omstilling eller videre utdanning.", HKDIR, "Akademikerne, Senter for seniorpolitikk", "1.3",
     "Fullført (lansert 22. april)",
     "Seniorveiviseren ble lansert i april og hadde om lag 18 000 brukere ved utgangen av året. Akademikerne har "
     "laget innholdet for arbeidstakere med høyere utdanning.", "J05", INFO),
    ("TB 2082 pkt. 3.4", "Kurs for karriereveiledere i bruk av kompetansebehovsanalyser",
     "HK-dir skal gi karriereveiledere i fylkene opplæring i å bruke analysene fra Kompetansebehovsutvalget i "
     "veiledningen.", HKDIR, "karrieresentrene i fylkene", "1.3", "Fullført",
     "Tre nettkurs med til sammen 420 deltakere. Kursene er HK-dirs eget tilbud og inngår ikke i utvalgets "
     "arbeid.", None, KURS),
    ("Suppl. TB nr. 2/2082 (AID)", "Forsøk med modulbasert fagopplæring for arbeidssøkere",
     "Arbeids- og velferdsdirektoratet skal i samarbeid med fylkeskommunene prøve ut modulbasert opplæring mot "
     "fagbrev for arbeidssøkere over 25 år.", "Arbeids- og velferdsdirektoratet", "fylkeskommunene", "3.5",
     "Pågår",
     "Forsøket er i gang i fire fylker med 230 deltakere, de fleste i helse- og byggfag. Frafallet er lavere enn i "
     "ordinær opplæring.", None, PROSJEKT),
    ("TB 2082 pkt. 3.6", "Evaluering av Kompetansepluss",
     "HK-dir skal sette i gang en ekstern evaluering av tilskuddsordningen Kompetansepluss arbeid og "
     "frivillighet.", HKDIR, "Fafo", "3.2", "Pågår",
     "Fafo fikk oppdraget i mars. Første delrapport, om prosjektene i samiske områder, kom i desember; "
     "sluttrapporten kommer våren 2083.", None, FOU),
    ("TB 2082 pkt. 3.8", "Digital veiviser for godkjenning av utenlandsk utdanning",
     "HK-dir skal lage en samlet digital veiviser for personer som vil få godkjent utdanning og "
     "yrkeskvalifikasjoner fra utlandet.", HKDIR,
     "Arbeids- og velferdsdirektoratet, Integrerings- og mangfoldsdirektoratet", "2.6",
     "Fullført (lansert 15. juni)",
     "Veiviseren finnes på fem språk og hadde 61 000 besøk i andre halvår.", None, INFO),
    ("TB 2081 pkt. 4.2", "Kartlegging av voksnes digitale ferdigheter",
     "HK-dir skal kartlegge digitale ferdigheter i den voksne befolkningen.", HKDIR, "Statistisk sentralbyrå",
     "2.1", "Avsluttet 2081 – rapportert i årsrapporten for 2081", "Ingen aktivitet i 2082.", "", None),
    ("TB 2083 (under arbeid)", "Bransjeprogram for offentlig sektor",
     "HK-dir skal utrede en modell for bransjeprogram for ansatte i statlig og kommunal sektor.", HKDIR,
     "KS, Spekter", "2.4", "Gis i TB 2083", "–", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Arial", size=9, landscape=True, margins_cm=1.5)
    p = d.add_paragraph()
    add_runs(p, [("Oppfølging av oppdrag i tildelingsbrevene 2082 – kompetansepolitikk", "b")])
    p.runs[0].font.size = Pt(15)
    add_runs(d.add_paragraph(), [("Kunnskapsdepartementet, avdeling for kompetansepolitikk. Rapport til "
                                  "Kompetansepolitisk råd for 2082.", "i")])
    d.add_paragraph("Departementet følger opp Nasjonal kompetansepolitisk strategi blant annet gjennom oppdrag til "
                    "underliggende virksomheter. Tabellen viser oppdragene som gjelder strategien, slik de står i "
                    "tildelingsbrevene (TB) og de supplerende tildelingsbrevene, og virksomhetenes egen rapportering "
                    "per 31. desember 2082. Oppdrag gitt av Arbeids- og inkluderingsdepartementet (AID) er tatt med "
                    "etter avtale mellom departementene.")
    head = ["Ref.", "Oppdrag", "Virksomhet", "Samarbeid", "KPR-delmål", "Status 31.12.2082",
            "Virksomhetens rapportering"]
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(t.rows[0].cells, head):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "D9E2F3")
    rows = []
    for ref, name, wording, agency, partners, dm, status, report, seed, ty in ROWS:
        cells = t.add_row().cells
        cells[0].text = ref
        add_runs(cells[1].paragraphs[0], [(name, "b")])
        add_runs(cells[1].add_paragraph(), [(wording, "i")])
        cells[2].text = agency
        cells[3].text = partners
        cells[4].text = dm
        cells[5].text = status
        cells[6].text = report
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, agency, partners, report))
    set_col_widths(t, [2.5, 6.4, 3.5, 3.4, 1.6, 2.7, 6.6])
    d.add_paragraph()
    add_runs(d.add_paragraph(), [("Merknad: Oppdraget fra tildelingsbrevet for 2081 og oppdraget som er under "
                                  "arbeid til tildelingsbrevet for 2083, står i tabellen for å vise sammenhengen "
                                  "med tidligere og kommende år.", "g")])
    d.add_paragraph("Oslo, 20. januar 2083")
    d.add_paragraph("Ingrid Bergstrøm\navdelingsdirektør")
    docx_to_pdf(d, out / FILENAME)
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
