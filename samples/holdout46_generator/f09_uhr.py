"""09 UHR: hand-written ODS. An outline-numbered activity plan (WBS style):
rows '1' (område), '1.4' (delmål, paraphrased title), '1.4.2' (activity). The
delmål is only recoverable from the numbering prefix. Row groups for outline."""
import os

from .common import T, FileResult, odf_package, esc

FILENAME = "09_UHR_aktivitetsplan_2066.ods"
MEMBER = "UHR"

HDR = ["Nr.", "Aktivitet", "Ansvarlig enhet", "Partnere", "Kategori", "Status/kommentar 2066"]

OUTLINE = [
    ("1", "Gode valg for den enkelte og for samfunnet", None),
    ("1.1", "Kunnskap om kompetansebehov", None),
    ("1.1.1", ("Innspill til KBUs temarapport om høyere utdanning", "UHR-sekretariatet", "",
               "Innspill",
               "Skriftlig innspill og to møter med utvalgets sekretariat om kandidatmåltall og "
               "kompetansebehov i UH-sektoren."),
     T("Innspill til KBUs temarapport om høyere utdanning", "U0901", "1.1", "Informasjon")),
    ("1.4", "Samarbeid mellom utdanning og arbeidsliv", None),
    ("1.4.1", ("Råd for samarbeid med arbeidslivet (RSA)", "Medlemsinstitusjonene", "", "Råd",
               "UHR har samlet lederne av RSA-ene ved medlemsinstitusjonene til erfaringsseminar og "
               "koordinert arbeidslivsrepresentasjonen."),
     T("Råd for samarbeid med arbeidslivet (RSA)", "M03", "1.4", "Råd/utvalg/nettverk")),
    ("1.4.2", ("UHR-Lærerutdanning", "UHR-Lærerutdanning", "KS, Utdanningsforbundet",
               "Fagstrategisk enhet",
               "Enheten har fulgt opp nasjonale retningslinjer for praksis og etablert en "
               "arbeidsgruppe om etter- og videreutdanning for lærere."),
     T("UHR-Lærerutdanning", "M04", "1.4", "Råd/utvalg/nettverk")),
    ("2", "Læring i arbeidslivet", None),
    ("2.4", "Kobling av kompetansebehov til etter- og videreutdanning", None),
    ("2.4.1", ("Nasjonalt rammeverk for mikrograder", "UHR-sekretariatet", "HK-dir, NHO, LO",
               "Utviklingsprosjekt",
               "Forslag til felles rammeverk for korte, studiepoenggivende emner for yrkesaktive ble "
               "sendt på høring i november."),
     T("Nasjonalt rammeverk for mikrograder", "U0902", "2.4", "Prosjekt")),
    ("2.6", "Godkjenning av utenlandsk utdanning", None),
    ("2.6.1", ("Nettverk for kompletterende utdanning", "UHR-sekretariatet", "HK-dir", "Nettverk",
               "Nettverket samler institusjoner med kompletterende utdanning for sykepleiere, lærere og "
               "ingeniører med utdanning fra utlandet."),
     T("Nettverk for kompletterende utdanning", "U0903", "2.6", "Råd/utvalg/nettverk")),
    ("3", "Voksne med svak tilknytning til arbeidslivet", None),
    ("", "Ingen egne aktiviteter i 2066.", None),
]


def _cell(text: str, style: str = "") -> str:
    st = f' table:style-name="{style}"' if style else ""
    if text == "":
        return f"<table:table-cell{st}/>"
    return (f'<table:table-cell{st} office:value-type="string">'
            f"<text:p>{esc(text)}</text:p></table:table-cell>")


def build(out_dir: str) -> FileResult:
    auto = (
        '<style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="1.6cm"/></style:style>'
        '<style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="7.5cm"/></style:style>'
        '<style:style style:name="co3" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>'
        '<style:style style:name="co4" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>'
        '<style:style style:name="co5" style:family="table-column"><style:table-column-properties style:column-width="3.2cm"/></style:style>'
        '<style:style style:name="co6" style:family="table-column"><style:table-column-properties style:column-width="10cm"/></style:style>'
        '<style:style style:name="hd" style:family="table-cell"><style:table-cell-properties fo:background-color="#003865"/><style:text-properties fo:color="#ffffff" fo:font-weight="bold"/></style:style>'
        '<style:style style:name="l1" style:family="table-cell"><style:table-cell-properties fo:background-color="#c6d9f1"/><style:text-properties fo:font-weight="bold" fo:font-size="12pt"/></style:style>'
        '<style:style style:name="l2" style:family="table-cell"><style:table-cell-properties fo:background-color="#eaf1fb"/><style:text-properties fo:font-style="italic" fo:font-weight="bold"/></style:style>'
        '<style:style style:name="wr" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/></style:style>'
    )
    rows_xml = []
    rows_xml.append("<table:table-row>" + _cell("Universitets- og høgskolerådet (UHR) – aktivitetsplan for "
                                                  "kompetansepolitikk, rapport for 2066") + "</table:table-row>")
    rows_xml.append("<table:table-row>" + _cell("Nummereringen følger strategiens innsatsområder og delmål.")
                    + "</table:table-row>")
    rows_xml.append("<table:table-row/>")
    rows_xml.append("<table:table-row>" + "".join(_cell(h, "hd") for h in HDR) + "</table:table-row>")
    truths = []
    open_group = False
    for nr, payload, truth in OUTLINE:
        depth = nr.count(".")
        if truth is None and nr == "":
            rows_xml.append(f"<table:table-row>{_cell('')}{_cell(payload)}</table:table-row>")
            continue
        if truth is None:
            if open_group:
                rows_xml.append("</table:table-row-group>")
                open_group = False
            style = "l1" if depth == 0 else "l2"
            cells = _cell(nr, style) + _cell(payload, style) + "".join(_cell("", style) for _ in range(4))
            rows_xml.append(f"<table:table-row>{cells}</table:table-row>")
            if depth == 1:
                rows_xml.append("<table:table-row-group>")
                open_group = True
            continue
        name, ansv, partn, kat, comment = payload
        cells = "".join(_cell(v, "wr") for v in (nr, name, ansv, partn, kat, comment))
        rows_xml.append(f"<table:table-row>{cells}</table:table-row>")
        truth.ansvarlig, truth.partnere, truth.beskrivelse = ansv, partn, comment
        truths.append(truth)
    if open_group:
        rows_xml.append("</table:table-row-group>")

    cols = "".join(f'<table:table-column table:style-name="co{i}"/>' for i in range(1, 7))
    sheet1 = f'<table:table table:name="Aktivitetsplan 2066">{cols}{"".join(rows_xml)}</table:table>'
    sheet2 = ('<table:table table:name="Forklaring">'
              '<table:table-column table:style-name="co6"/>'
              "<table:table-row>" + _cell("Nivå 1 = innsatsområde, nivå 2 = delmål, nivå 3 = aktivitet.")
              + "</table:table-row><table:table-row>"
              + _cell("Kategori er UHRs egen inndeling og følger ikke rådets tiltakstyper.")
              + "</table:table-row></table:table>")
    body = f"<office:spreadsheet>{sheet1}{sheet2}</office:spreadsheet>"
    styles = ('<style:default-style style:family="table-cell">'
              '<style:text-properties style:font-name="Liberation Sans" fo:font-family="\'Liberation Sans\'" fo:font-size="10pt"/>'
              "</style:default-style>")
    odf_package(os.path.join(out_dir, FILENAME), "application/vnd.oasis.opendocument.spreadsheet",
                body, auto, styles, "UHR aktivitetsplan 2066", "UHR")
    return FileResult(FILENAME, MEMBER, "ODS (hand-written ODF XML)",
                      "Outline-numbered (WBS) activity plan: område rows, delmål rows with paraphrased "
                      "titles, activities numbered 1.4.2; delmål only via numbering prefix; row groups; "
                      "own 'Kategori' words instead of types", truths)
