"""07 VOFO - CSV export in long (key/value) format, Windows-1252, semicolon, CRLF."""
import csv
import io
import os
from .common import truth_row

FILE = "07_VOFO_eksport_tiltak_2068.csv"
MEMBER = "VOFO"
FORMAT = "CSV (Windows-1252, semicolon, CRLF), long format"
SHAPE = ("Database export in long/tidy format: every line is tiltak_id;felt;verdi, so one measure is spread "
         "over 6–7 lines (navn, delmaal, kategori, status, ansvarlig, samarbeid, beskrivelse; empty fields "
         "omitted); a metadata record 00; one record «Planlagt 2069» and one «Avsluttet 2067»")

# seed, delmal, type, navn, kategori, status, ansvarlig, samarbeid, beskrivelse
RECS = [
    ("M06", "1.3", "Råd/utvalg/nettverk", "Nasjonalt forum for karriereveiledning (NFK)", "Nettverk", "Pågår",
     "Generalsekretær", "",
     "VOFO representerer studieforbundene i forumet og har løftet voksnes behov for veiledning utenfor "
     "skoleverket."),
    ("J03", "3.2", "Prosjekt", "Kompetansepluss frivillighet – samiske språksirkler", "Prosjekt", "Gjennomført",
     "Studieforbundet Folkeuniversitetet", "Sametinget",
     "Studieforbundene har i samarbeid med Sametinget arrangert 22 språksirkler i Finnmark, Nordland og "
     "Trøndelag, finansiert gjennom Kompetansepluss frivillighet."),
    ("J10", "3.6", "Arrangement", "Læringsfestivalen 2068", "Arrangement", "Gjennomført", "VOFO",
     "Oslo kommune (Deichman)",
     "Tredagers festival med gratis smakebitkurs i studieforbundenes regi; 4 300 besøkende på Deichman "
     "Bjørvika."),
    ("U0701", "3.6", "FoU", "Læringsutbytte i studieforbund – kartlegging", "Utredning", "Gjennomført", "VOFO",
     "NTNU Samfunnsforskning",
     "Spørreundersøkelse blant 3 100 kursdeltakere om hva de lærte, og om kurset førte til videre opplæring "
     "eller jobb."),
    ("U0702", "3.6", "Kurs/utdanning", "Kurslederopplæring for frivillige", "Kurs", "Pågår",
     "Studieforbundet kultur og tradisjon", "",
     "Ny nettbasert kurslederopplæring for frivillige i lag og foreninger; 640 fullførte i 2068."),
    ("U0703", "3.4", "Kurs/utdanning", "Språkkafé – norsktrening i studieforbund", "Kurs", "Pågår",
     "Studieforbundene", "kommunene",
     "Uformell norsktrening for innvandrere i 85 kommuner, med studieforbundene som arrangører."),
    (None, "2.1", None, "Digital dugnad for seniorer", "Kurs", "Planlagt 2069", "VOFO", "",
     "Kurs i digitale ferdigheter for eldre, med planlagt oppstart høsten 2069."),
    (None, "3.6", None, "Frivillighetens kompetansekonferanse 2067", "Arrangement", "Avsluttet 2067", "VOFO", "",
     "Rapportert i fjor."),
]


def build(outdir):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["tiltak_id", "felt", "verdi"])
    meta = [("organisasjon", "Voksenopplæringsforbundet (VOFO)"), ("rapportaar", "2068"),
            ("kontaktperson", "Ane Moen"), ("eksportert", "29.01.2069 14:02"), ("antall_tiltak", "8")]
    for k, v in meta:
        w.writerow(["VOFO-2068-00", k, v])
    rows = []
    for i, (seed, delmal, typ, navn, kat, status, ansv, samb, besk) in enumerate(RECS, 1):
        rid = "VOFO-2068-%02d" % i
        for k, v in (("navn", navn), ("delmaal", delmal), ("kategori", kat), ("status", status),
                     ("ansvarlig", ansv), ("samarbeid", samb), ("beskrivelse", besk)):
            if v:
                w.writerow([rid, k, v])
        if seed:
            rows.append(truth_row(FILE, MEMBER, seed, delmal, typ, navn, ansv, samb, besk))
    with open(os.path.join(outdir, FILE), "wb") as fh:
        fh.write(buf.getvalue().encode("cp1252"))
    return {"file": FILE, "member": MEMBER, "format": FORMAT, "shape": SHAPE, "rows": rows}
