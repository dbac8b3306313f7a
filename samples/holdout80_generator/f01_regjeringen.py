"""Regjeringen: the ministry's extract from its follow-up register, written straight from a pandas DataFrame with
DataFrame.to_excel: the responsible ministry, the delmål and the kind of instrument form a three-level row index
that pandas writes as merged cells, so the ministry and the delmål stand only in the first row of each group. A
regulation in force from July 2090 is told only in its omtale."""
from __future__ import annotations

import io

from .common import FOU, INFO, KURS, PROSJEKT, RAD, WHEN, repack80, row, xlsx_all_text

FILENAME = "Regjeringen – tiltak KPR 2089 (uttrekk).xlsx"
MEMBER = "Regjeringen"
FORMAT = ("XLSX written by pandas (DataFrame.to_excel, openpyxl engine) from a DataFrame with a three-level row "
          "MultiIndex: pandas' merged index cells, its plain header row, default column widths, a second sheet "
          "written from a two-column DataFrame; properties and zip normalised")
SHAPE = ("analyst's extract: sheet «tiltak» with the header departement / delmaal / virkemiddel / tiltak / omtale / "
         "samarbeid on row 1, where the first three are index levels written as vertically merged cells, so KD's "
         "name stands once over five rows and «1.1» and «2.5» once over two rows each; the kind as the ministry's "
         "instrument words «organisatorisk – deltakelse i utvalg», «kunnskap – utredning», «organisatorisk – "
         "forsøk», «pedagogisk – veiledning og informasjon», «økonomisk – tilskudd til opplæring», «juridisk – "
         "forskrift»; sheet «om_uttrekket» (felt / verdi) with the register, the date and the reporting year; the "
         "KBU seat «Departementenes observatørplasser i Kompetansebehovsutvalget»; KD's commission of a theme "
         "report from KBU (about KBU, not a seat); a regulation in force from 1 July 2090 told only in its omtale")
NOT_TRUTH = ("the header, the virkemiddel cells, the row 'Forskrift om dokumentasjon av realkompetanse i "
             "arbeidslivet' (in force from July 2090), the sheet «om_uttrekket»")
SPLIT_FIELDS = ("samarbeidspartnere",)

# departement, delmål, virkemiddel, tiltak, omtale, samarbeid, seed, type
ROWS = [
    ("KD", "1.1", "organisatorisk – deltakelse i utvalg",
     "Departementenes observatørplasser i Kompetansebehovsutvalget",
     "KD, AID og NFD fulgte utvalgets seks møter som observatører uten stemmerett. Utvalget la i juni fram "
     "rapporten om kompetansebehovet i det grønne skiftet.", "AID, NFD", "M05", RAD),
    ("KD", "1.1", "kunnskap – utredning",
     "Bestilling av temarapport om havvind fra Kompetansebehovsutvalget",
     "KD ga utvalget i oppdrag å lage en egen temarapport om kompetansebehovet i havvindnæringen. Oppdraget er "
     "departementets eget og hører ikke til observatørrollen i utvalget. Rapporten kom i november.", "HK-dir",
     None, FOU),
    ("KD", "2.5", "organisatorisk – forsøk",
     "Kompetansepasset – felles løsning for dokumentasjon av kompetanse",
     "HK-dir utviklet første versjon av Kompetansepasset sammen med partene. 3 400 arbeidstakere i "
     "pilotvirksomhetene opprettet et pass og la inn kompetanse fra jobb og kurs.",
     "HK-dir, Virke, Akademikerne, YS", "J06", PROSJEKT),
    ("KD", "2.5", "juridisk – forskrift",
     "Forskrift om dokumentasjon av realkompetanse i arbeidslivet",
     "Forskriften ble fastsatt i desember og trer i kraft 1. juli 2090.", "", "", None),
    ("KD", "2.6", "pedagogisk – veiledning og informasjon",
     "Veiledningstjeneste for flyktninger med helsefaglig utdanning",
     "HK-dir ga individuell veiledning om godkjenning og kompletterende utdanning til 860 flyktninger med "
     "sykepleier- eller legeutdanning fra hjemlandet.", "HOD, Helsedirektoratet", None, INFO),
    ("AID", "3.5", "organisatorisk – forsøk",
     "Forsøk med modulopplæring for arbeidssøkere i NAV",
     "NAV-kontor i fire fylker ga arbeidssøkere uten fullført videregående opplæring moduler fra fag- og "
     "yrkesopplæringen som del av arbeidsmarkedsopplæringen. 180 deltok.",
     "Arbeids- og velferdsdirektoratet, fylkeskommunene", None, PROSJEKT),
    ("NFD", "2.4", "økonomisk – tilskudd til opplæring",
     "Bransjeprogram for sjømat og havbruk",
     "Programmet ga 1 250 ansatte i sjømatnæringen korte kurs i blant annet fiskehelse, automatisering og fôring. "
     "Kursene ble laget av fagskoler og universiteter sammen med bransjen.", "HK-dir, Sjømat Norge", None, KURS),
]

ABOUT = [
    ("kilde", "KDs oppfølgingsregister for kompetansestrategien"),
    ("uttrekk", "15.01.2090"),
    ("rapportår", "2089"),
    ("laget av", "Avdeling for kompetansepolitikk, KD"),
    ("merknad", "Til Kompetansepolitisk råd. Rader med samme departement og delmål er slått sammen."),
]


def build(out) -> list[dict]:
    import pandas as pd
    frame = pd.DataFrame([r[:6] for r in ROWS], columns=["departement", "delmaal", "virkemiddel", "tiltak",
                                                         "omtale", "samarbeid"])
    frame = frame.set_index(["departement", "delmaal", "virkemiddel"])
    about = pd.DataFrame(ABOUT, columns=["felt", "verdi"])
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as writer:
        frame.to_excel(writer, sheet_name="tiltak")
        about.to_excel(writer, sheet_name="om_uttrekket", index=False)
        props = writer.book.properties
        props.creator = props.lastModifiedBy = "Ingvild Sæther"
        props.created = props.modified = WHEN
    (out / FILENAME).write_bytes(repack80(buf.getvalue()))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, dep, s, t) for dep, dm, _v, n, t, s, seed, ty in ROWS if ty]


def merged_ranges(path) -> list[str]:
    import openpyxl
    ws = openpyxl.load_workbook(str(path))["tiltak"]
    return sorted(str(r) for r in ws.merged_cells.ranges)


def text(path) -> str:
    return xlsx_all_text(path)
