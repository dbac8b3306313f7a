"""10 Spekter - plain-text print of a register: an ASCII box table with text wrapped inside the cells,
saved as «Unicode» text (UTF-16 LE with BOM, CRLF) by a Windows system."""
import os
import textwrap
from .common import truth_row, result

FILE = "10_Spekter_tiltaksregister_utskrift_2069.txt"
MEMBER = "Spekter"
FORMAT = "Plain text (.txt), UTF-16 LE with BOM, CRLF, fixed-width"
SHAPE = ("Fixed-width text print of a register: a +---+ box table (Nr / Tiltak / DM / Type / Ansvarlig / "
         "Samarbeid / Beskrivelse) where every cell wraps onto several physical lines, so a measure spans 3–5 "
         "lines and each field must be re-joined column-wise; one type cell empty; a second small box table "
         "with a measure finished in 2068; footnote")
TRAPS = ("second table «Avsluttet i 2068 (til orientering)»; page header lines (Rapportår, Utskrift, Side); "
         "footnote «*) videreføres i 2070» belongs to measure 4 and is not a measure")

# seed, delmal, type, name, own type, ansvar, samarbeid, text
MEAS = [
    ("M01", "1.1", "Råd/utvalg/nettverk", "Spekter i KBU", "Utvalg",
     "Spekter, avdeling for arbeidsliv og kompetanse", "",
     "Spekter har én plass i Kompetansebehovsutvalget og har særlig løftet kompetansebehovene i "
     "spesialisthelsetjenesten."),
    ("M04", "1.4", "Råd/utvalg/nettverk", "UHR-FSE helse- og sosialfag (arbeidsgiverplass)", "Råd", "Spekter helse",
     "", "Spekter deltar som arbeidsgiverrepresentant i enheten og har bidratt til arbeidet med praksisstudier i "
         "helseutdanningene."),
    ("J03", "2.1", "Kurs/utdanning", "Digital kompetanse i helse – felles kursløp", "Kurs", "Spekter helse",
     "KS og Unio",
     "Felles kursløp om digital samhandling og velferdsteknologi for ansatte i helseforetak og kommuner. "
     "Helseforetakene stilte med kursholdere."),
    ("U1001", "2.3", "Prosjekt", "Lærlingløftet i helseforetakene *)", "Prosjekt", "de regionale helseforetakene",
     "fylkeskommunene",
     "Helseforetakene tok inn 410 nye lærlinger i helsearbeiderfaget, ambulansefaget og portørfaget, og laget "
     "felles karriereveier for fagarbeidere."),
    ("U1002", "2.4", "Informasjon", "Kompetanseportal for helseforetakene", "", "Spekter", "",
     "Portal som viser etter- og videreutdanningstilbud for helsepersonell, koblet til helseforetakenes "
     "kompetanseplaner."),
    ("U1003", "2.6", "Kurs/utdanning", "Kompletterende utdanning for helsepersonell utdannet i utlandet", "Kurs",
     "Helse Sør-Øst", "OsloMet",
     "Kompletterende utdanning og språkopplæring for sykepleiere med utenlandsk utdanning, slik at de får "
     "norsk autorisasjon. 75 deltakere."),
]
COLS = [("Nr", 4), ("Tiltak", 26), ("DM", 5), ("Type", 10), ("Ansvarlig", 20), ("Samarbeid", 17),
        ("Beskrivelse", 44)]


def _sep(ch="-"):
    return "+" + "+".join(ch * (w + 2) for _, w in COLS) + "+"


def _row(cells):
    wrapped = [textwrap.wrap(v, w, break_long_words=False, break_on_hyphens=False) or [""]
               for v, (_, w) in zip(cells, COLS)]
    n = max(len(x) for x in wrapped)
    out = []
    for k in range(n):
        out.append("| " + " | ".join((x[k] if k < len(x) else "").ljust(w) for x, (_, w) in zip(wrapped, COLS))
                   + " |")
    return out


def build(outdir):
    L = ["SPEKTER – RAPPORTERING TIL KOMPETANSEPOLITISK RÅD",
         "Rapportår: 2069            Utskrift: 27.01.2070 11:42            Side 1 av 1",
         "Kilde: Spekters tiltaksregister (modul Samfunnskontakt), utskrift som tekst",
         "", _sep(), *_row([h for h, _ in COLS]), _sep("=")]
    rows = []
    for i, (seed, dm, typ, name, own, ans, part, text) in enumerate(MEAS, 1):
        L += _row([str(i), name, dm, own, ans, part or "-", text])
        L.append(_sep())
        tname = name.replace(" *)", "")
        rows.append(truth_row(FILE, MEMBER, seed, dm, typ, tname, ans, part, text))
    L += ["*) Tiltak 4 videreføres i 2070.", "", "Avsluttet i 2068 (til orientering):", _sep()]
    L += _row(["A1", "Traineeprogram for ledere i helse", "2.4", "Program", "Spekter", "-",
               "Programmet ble avsluttet i november 2068. Ikke aktivt i 2069."])
    L += [_sep(), "", "Antall tiltak 2069: 6", "-- slutt på utskrift --", ""]
    data = "\r\n".join(L)
    with open(os.path.join(outdir, FILE), "wb") as fh:
        fh.write(b"\xff\xfe" + data.encode("utf-16-le"))
    return result(FILE, MEMBER, FORMAT, SHAPE, rows, TRAPS)
