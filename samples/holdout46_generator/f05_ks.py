"""05 KS: hand-written ODT. Measures are grouped by the partner organisations KS
works with (not by delmål); each measure is a paragraph starting with the bold
name, then '(delmål 2.1, kurs)' inline, description, responsible and partners."""
import os

from .common import T, FileResult, odf_package, odt_p, odt_h, ODT_BASE_STYLES, ODT_AUTO_STYLES

FILENAME = "05_KS_kompetansetiltak_per_samarbeidspartner_2066.odt"
MEMBER = "KS"

GROUPS = [
    ("Sammen med arbeidstakerorganisasjonene", [
        ("DigiKomm", "delmål 2.1, kurs",
         "Nettbasert kompetanseprogram i digital samhandling for kommuneansatte, utviklet i "
         "partssamarbeid. I 2066 tok 212 kommuner i bruk programmet.",
         "KS Digitalisering", "Unio, Fagforbundet",
         T("DigiKomm", "J04", "2.1", "Kurs/utdanning")),
    ]),
    ("Sammen med universiteter og høyskoler", [
        ("UHR-Lærerutdanning", "delmål 1.4",
         "KS har observatørplass i enheten og har i 2066 bidratt i arbeidet med praksis i "
         "barnehagelærerutdanningen.",
         "KS Utdanning", "",
         T("UHR-Lærerutdanning", "M04", "1.4", "Råd/utvalg/nettverk")),
        ("Lederutdanning for omsorgsledere", "delmål 2.4, videreutdanning",
         "Videreutdanning på masternivå for ledere i kommunal helse og omsorg. 90 studenter fullførte "
         "første studieår.",
         "KS Arbeidsgiverpolitikk", "OsloMet, Nord universitet",
         T("Lederutdanning for omsorgsledere", "U0502", "2.4", "Kurs/utdanning")),
    ]),
    ("Sammen med fylkeskommunene og lærebedriftene", [
        ("Lærlingløftet i kommunal sektor", "delmål 2.3, prosjekt",
         "Prosjekt for å øke antallet lærlinger i kommunene, særlig i helsearbeiderfaget og barne- og "
         "ungdomsarbeiderfaget. Antallet kommunale læreplasser økte med 9 prosent.",
         "KS Arbeidsgiverpolitikk", "Agder fylkeskommune, Vestfold og Telemark fylkeskommune",
         T("Lærlingløftet i kommunal sektor", "U0501", "2.3", "Prosjekt")),
    ]),
    ("I nasjonale råd der staten og partene møtes", [
        ("Samarbeidsrådet for yrkesopplæring", "delmål 1.4",
         "KS har ett medlem og ett varamedlem i rådet, og har i 2066 fremmet kommunesektorens behov "
         "for lærlinger i helse- og oppvekstfag.",
         "KS Utdanning", "",
         T("Samarbeidsrådet for yrkesopplæring", "M02", "1.4", "Råd/utvalg/nettverk")),
        ("Det nasjonale fagskolerådet", "delmål 1.4",
         "KS er oppnevnt som medlem av rådet og har lagt vekt på fagskoletilbud innen helse og oppvekst.",
         "KS Utdanning", "",
         T("Det nasjonale fagskolerådet", "M05", "1.4", "Råd/utvalg/nettverk")),
    ]),
]


def build(out_dir: str) -> FileResult:
    body = [
        odt_p("KS – Kommunesektorens organisasjon", "Psmall"),
        odt_p("Kompetansetiltak 2066 – ordnet etter hvem vi samarbeider med", "Title"),
        odt_p("Rapportering til sekretariatet for Kompetansepolitisk råd. KS har valgt å ordne "
              "tiltakene etter samarbeidspartner, fordi nesten alt KS gjør på kompetansefeltet skjer i "
              "samarbeid med andre. Delmålet i strategien og tiltakstypen står i parentes etter navnet."),
    ]
    rows = []
    for head, items in GROUPS:
        body.append(odt_h(head, 2))
        for name, tag, desc, ansv, partn, truth in items:
            tail = f" Ansvarlig i KS: {ansv}."
            if partn:
                tail += f" Samarbeidspartnere: {partn}."
            body.append(odt_p(f"**{name}** ({tag}). {desc}{tail}"))
            truth.ansvarlig, truth.partnere, truth.beskrivelse = ansv, partn, desc
            rows.append(truth)
    body.append(odt_p("Kontakt: KS Utdanning, januar 2067.", "Psmall"))
    content = "<office:text>" + "".join(body) + "</office:text>"
    odf_package(os.path.join(out_dir, FILENAME), "application/vnd.oasis.opendocument.text",
                content, ODT_AUTO_STYLES, ODT_BASE_STYLES,
                "KS kompetansetiltak 2066", "KS")
    return FileResult(FILENAME, MEMBER, "ODT (hand-written ODF XML)",
                      "Measures grouped by partner organisation instead of delmål; bold name then "
                      "'(delmål 2.1, kurs)' inline; responsible and partners as trailing sentences", rows)
