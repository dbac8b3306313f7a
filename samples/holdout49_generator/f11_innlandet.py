"""11 Innlandet fylkeskommune - survey-tool export (Nettskjema style): one row per submission, all measures
side by side in repeated column groups «Tiltak k – …»; a test submission from the secretariat in row 2."""
import datetime
import os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
from .common import truth_row, result, normalise_zip, fix_ooxml_core

FILE = "11_Innlandet_fylkeskommune_nettskjema_eksport_2069.xlsx"
MEMBER = "Innlandet fylkeskommune"
FORMAT = "XLSX (openpyxl), survey-tool export"
SHAPE = ("Web-form export: one row per submission and 7 repeated column groups (Tiltak k – Navn / Delmål / Type "
         "tiltak / Ansvarlig / Samarbeidspartnere / Kort beskrivelse / Status), 55 columns wide; delmål answers "
         "are drop-down labels «1.4 – short delmål text», type answers are the form's option labels incl. "
         "«Annet»; row 2 is a test submission; sheet «Om eksporten»")
TRAPS = ("row 2 is the secretariat's test submission («TEST – skal slettes»); group 7 has status «Planlagt» "
         "(regional strategy 2070–2075); the survey among the RSA members is the county's own FoU measure "
         "(U1101) next to its RSA seat; free-text comment naming Kompetanseforum Innlandet")

DM_LABEL = {
    "1.1": "1.1 – Etablere et kompetansebehovsutvalg (KBU)",
    "1.2": "1.2 – Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar",
    "1.3": "1.3 – Tilgang til karriereveiledning",
    "1.4": "1.4 – Samarbeid mellom utdanningstilbydere og arbeidslivet",
    "2.4": "2.4 – Koble kompetansebehov til etter- og videreutdanningstilbud",
    "3.4": "3.4 – Norskopplæring, introduksjonsprogrammet og kvalifisering av innvandrere",
}
# seed, delmal, truth type, name, form type label, ansvar, samarbeid, text, status
MEAS = [
    ("M03", "1.4", "Råd/utvalg/nettverk", "Innlandet fylkeskommunes plass i RSA ved Høgskolen i Innlandet",
     "Råd, utvalg eller nettverk", "Seksjon for kompetanse og samfunn", "Høgskolen i Innlandet",
     "Fylkeskommunen er fast medlem i rådet for samarbeid med arbeidslivet ved Høgskolen i Innlandet og har "
     "bidratt til nye videreutdanningstilbud i helse og industri.", "Pågår"),
    ("U1101", "1.4", "FoU", "Spørreundersøkelse blant medlemmene i RSA-ene i Innlandet",
     "Forskning og utvikling (FoU)", "Analyseenheten", "Høgskolen i Innlandet og NTNU Gjøvik",
     "Undersøkelse blant 46 rådsmedlemmer om hvordan samarbeidet med arbeidslivet fungerer og hva som bør "
     "endres.", "Gjennomført i 2069"),
    ("M06", "1.3", "Råd/utvalg/nettverk", "Nasjonalt forum for karriereveiledning", "Råd, utvalg eller nettverk",
     "Karriere Innlandet", "",
     "Karriere Innlandet har representert fylkeskommunene i forumet og ledet en arbeidsgruppe om veiledning av "
     "voksne.", "Pågår"),
    ("J02", "1.3", "Prosjekt", "Seniorveiledning 55+ (pilot)", "Prosjekt", "Karriere Innlandet",
     "VOFO og Folkeuniversitetet",
     "Gruppeveiledning for arbeidstakere over 55 år som vil stå lenger i jobb eller skifte retning. 14 grupper "
     "i Hamar, Gjøvik og Lillehammer.", "Gjennomført i 2069"),
    ("U1102", "2.4", "Kurs/utdanning", "Fagskoletilbud i automatisering på Raufoss", "Kurs eller utdanning",
     "Fagskolen Innlandet", "Raufoss industripark",
     "Nytt deltidstilbud i automatisering for ansatte i industrien, utviklet sammen med bedriftene i "
     "industriparken. 32 studenter.", "Pågår"),
    ("U1103", "3.4", "Prosjekt", "Karriereveiledning i introduksjonsprogrammet", "Annet", "Karriere Innlandet",
     "kommunene i Innlandet",
     "Prosjekt der karriereveiledere gir deltakere i introduksjonsprogrammet individuell veiledning og hjelp til "
     "å velge utdanning. 11 kommuner deltok.", "Gjennomført i 2069"),
    (None, "1.2", None, "Regional kompetansestrategi 2070–2075", "Annet", "Seksjon for kompetanse og samfunn", "",
     "Arbeidet med ny strategi starter i 2070.", "Planlagt"),
]
FIELDS = ["Navn på tiltaket", "Delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Kort beskrivelse",
          "Status"]


def build(outdir):
    wb = Workbook()
    ws = wb.active
    ws.title = "Svar"
    head = ["Innsendings-ID", "Levert", "Navn", "E-post", "Organisasjon (medlem i rådet)"]
    for k in range(1, 8):
        head += ["Tiltak %d – %s" % (k, f) for f in FIELDS]
    head.append("Har du andre kommentarer?")
    ws.append(head)
    for c in ws[1]:
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="top")
    test = [4471203, datetime.datetime(2070, 1, 8, 9, 12), "Test Testesen",
            "sekretariat@kompetanseradet.example.no", "TEST – skal slettes",
            "Testtiltak", DM_LABEL["1.1"], "Annet", "test", "", "test test", "Planlagt"]
    test += [None] * (len(head) - len(test) - 1) + ["Testinnsending fra sekretariatet"]
    ws.append(test)
    real = [4493877, datetime.datetime(2070, 1, 29, 15, 47), "Siri Aamodt",
            "siri.aamodt@innlandetfylke.example.no", "Innlandet fylkeskommune"]
    rows = []
    for seed, dm, typ, name, form_t, ans, part, text, status in MEAS:
        real += [name, DM_LABEL[dm], form_t, ans, part or None, text, status]
        if seed:
            rows.append(truth_row(FILE, MEMBER, seed, dm, typ, name, ans, part, text))
    real.append("Vi fikk ikke lagt inn mer enn sju tiltak i skjemaet. Kompetanseforum Innlandet rapporteres "
                "samlet neste år.")
    ws.append(real)
    for r in (2, 3):
        ws.cell(r, 2).number_format = "dd.mm.yyyy hh:mm"
    ws.freeze_panes = "F2"
    for col in ws.iter_cols(min_row=1, max_row=1):
        ws.column_dimensions[col[0].column_letter].width = 24
    info = wb.create_sheet("Om eksporten")
    for line in ("Eksportert fra Nettskjema 30.01.2070 08:02",
                 "Skjema: Rapportering til Kompetansepolitisk råd 2069 (skjema-ID 318822)",
                 "Antall svar: 2",
                 "Tidssone: Europe/Oslo",
                 "Tomme felt betyr at spørsmålet ikke ble besvart."):
        info.append([line])
    wb.properties.creator = "Nettskjema"
    path = os.path.join(outdir, FILE)
    wb.save(path)
    normalise_zip(path, fix_ooxml_core("2070-01-30T07:02:00Z", "2070-01-30T07:02:00Z", "Nettskjema"))
    return result(FILE, MEMBER, FORMAT, SHAPE, rows, TRAPS)
