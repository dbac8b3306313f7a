"""Møre og Romsdal fylkeskommune (Nynorsk): the planning system's 'Excel export', which is an
XML Spreadsheet 2003 (SpreadsheetML) document that carries the .xls extension.
"""
from __future__ import annotations

from .common import esc, truth

FILENAME = "MRFK_tiltak_KPR_2072.xls"
MEMBER = "Møre og Romsdal fylkeskommune"
FORMAT = ("XML Spreadsheet 2003 (SpreadsheetML, mso-application PI) saved with the .xls extension by a planning "
          "system's export, UTF-8, written as text")
SHAPE = ("Nynorsk system export: title and export lines, a hidden first column (intern nøkkel), header Tiltaks-ID / "
         "Namn på tiltak / Strategisk mål (KPS) / Tiltakstype / Ansvarleg eining / Samarbeidspartnarar / Skildring / "
         "Status 31.12.2072 with an AutoFilter; goal as code+words, code or words only; &#10; line breaks in a "
         "cell; rows 'Avslutta 2071' and 'Planlagt 2073' (not truth rows); a second sheet 'Om eksporten'")
NOT_TRUTH = "rows MR-KP-0398 (Avslutta 2071) and MR-KP-0440 (Planlagt 2073), the title/export lines and the 'Om eksporten' sheet; the county's own yrkesopplæringsnemnd is a U row, not SRY"

HEAD = ["Intern nøkkel", "Tiltaks-ID", "Namn på tiltak", "Strategisk mål (KPS)", "Tiltakstype", "Ansvarleg eining",
        "Samarbeidspartnarar", "Skildring", "Status 31.12.2072"]

# (seed, id, name, goal, type word, unit, partners, description, status, delmal, type)
ROWS = [
    ("-", "MR-KP-0398", "Kartlegging av kompetansebehov i havbruk", "2.2", "Analyse", "Regional- og næringsavdelinga",
     "Møreforsking", "Rapport om kompetansebehovet i havbruksnæringa fram mot 2080.", "Avslutta 2071", None, None),
    ("M04", "MR-KP-0412", "Nasjonalt forum for karriererettleiing – fylkeskommunal representant",
     "1.3 Karriererettleiing", "Råd/utval", "Karrieresenteret Møre og Romsdal", "HK-dir, dei andre fylkeskommunane",
     "Leiaren for karrieresenteret representerer fylkeskommunane i forumet og har lagt fram erfaringar frå "
     "rettleiing av permitterte.", "Gjennomført", "1.3", "Råd/utvalg/nettverk"),
    ("J03", "MR-KP-0415", "Yrkes-NM 2072 i Ålesund", "2.3 Karrieremoglegheiter i yrkesfaglege utdanningar",
     "Arrangement", "Seksjon for fagopplæring", "NHO Møre og Romsdal, WorldSkills Norway, Ålesund kommune",
     "Noregsmeisterskapen i yrkesfag med 180 deltakarar i 22 fag og 9 000 besøkjande elevar frå ungdomsskulen.",
     "Gjennomført", "2.3", "Arrangement"),
    (None, "MR-KP-0420", "Yrkesopplæringsnemnda i Møre og Romsdal", "1.4", "Råd/utval",
     "Fylkeskommunen (sekretariat)", "Partane i arbeidslivet i fylket",
     "Nemnda hadde seks møte i 2072 og gav råd om dimensjonering av læreplassar og tilbodsstruktur.",
     "Gjennomført", "1.4", "Råd/utvalg/nettverk"),
    (None, "MR-KP-0422", "Kompetansealliansen Møre og Romsdal", "1.2 Regionalt folkevalt nivå", "Nettverk",
     "Regional- og næringsavdelinga", "NHO, LO, NAV,\nHøgskulen i Molde, NTNU i Ålesund, fagskulane",
     "Partnarskap som samordnar kompetansetiltak i fylket; ny handlingsplan vedteken i juni 2072.",
     "Gjennomført", "1.2", "Råd/utvalg/nettverk"),
    (None, "MR-KP-0431", "Karriererettleiing for permitterte i maritim næring", "1.3", "Prosjekt",
     "Karrieresenteret Møre og Romsdal", "NAV Møre og Romsdal, Maritimt forum",
     "Rettleiing og kartlegging av kompetanse for 240 permitterte i verftsindustrien.", "Gjennomført", "1.3",
     "Prosjekt"),
    (None, "MR-KP-0433", "Modulbasert vidaregåande opplæring for vaksne", "Fleksibel opplæring for vaksne",
     "Opplæringstilbod", "Seksjon for vaksenopplæring", "Kommunane, NAV",
     "Vaksne tek fag- og sveinebrev modul for modul; 310 deltakarar i 12 fag.", "Pågåande", "3.1",
     "Kurs/utdanning"),
    ("-", "MR-KP-0440", "Regional karrieremesse 2073", "2.3", "Arrangement", "Seksjon for fagopplæring",
     "NAV, NHO", "Messe for elevar og vaksne i Kristiansund hausten 2073.", "Planlagt 2073", None, None),
]


def _cell(v, style=None, merge=None, num=False):
    attrs = ""
    if style:
        attrs += f' ss:StyleID="{style}"'
    if merge:
        attrs += f' ss:MergeAcross="{merge}"'
    typ = "Number" if num else "String"
    val = esc(str(v)).replace("\n", "&#10;")
    return f'<Cell{attrs}><Data ss:Type="{typ}">{val}</Data></Cell>'


def build(out):
    n_last = 4 + len(ROWS)
    x = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<?mso-application progid="Excel.Sheet"?>',
         '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
         'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" '
         'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:html="http://www.w3.org/TR/REC-html40">',
         ' <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office">',
         '  <Title>Tiltak i handlingsprogram – rapportering KPR 2072</Title>',
         '  <Author>Framsikt eksport</Author>',
         '  <Created>2073-01-14T09:31:00Z</Created>',
         '  <Company>Møre og Romsdal fylkeskommune</Company>',
         '  <Version>16.00</Version>',
         ' </DocumentProperties>',
         ' <Styles>',
         '  <Style ss:ID="Default" ss:Name="Normal"><Alignment ss:Vertical="Top" ss:WrapText="1"/>'
         '<Font ss:FontName="Calibri" ss:Size="11"/></Style>',
         '  <Style ss:ID="t"><Font ss:FontName="Calibri" ss:Size="14" ss:Bold="1"/></Style>',
         '  <Style ss:ID="i"><Font ss:FontName="Calibri" ss:Size="9" ss:Italic="1" ss:Color="#595959"/></Style>',
         '  <Style ss:ID="h"><Font ss:FontName="Calibri" ss:Bold="1" ss:Color="#FFFFFF"/>'
         '<Interior ss:Color="#00587C" ss:Pattern="Solid"/></Style>',
         ' </Styles>',
         ' <Worksheet ss:Name="Tiltak">',
         f'  <Names><NamedRange ss:Name="_FilterDatabase" ss:RefersTo="=Tiltak!R4C1:R{n_last}C9" ss:Hidden="1"/>'
         '</Names>',
         f'  <Table ss:ExpandedColumnCount="9" ss:ExpandedRowCount="{n_last}" x:FullColumns="1" x:FullRows="1" '
         'ss:DefaultRowHeight="15">',
         '   <Column ss:Hidden="1" ss:AutoFitWidth="0" ss:Width="54"/>',
         '   <Column ss:Width="70"/><Column ss:Width="230"/><Column ss:Width="150"/><Column ss:Width="80"/>',
         '   <Column ss:Width="150"/><Column ss:Width="180"/><Column ss:Width="320"/><Column ss:Width="90"/>',
         '   <Row ss:Height="21">' + _cell("Tiltak i handlingsprogram for kompetanse – rapportering til "
                                          "Kompetansepolitisk råd 2072", "t", 8) + "</Row>",
         '   <Row>' + _cell("Eksportert frå Framsikt 14.01.2073 09:31 av Silje Aarseth. Utval: Program = "
                            "Kompetanse; alle statusar.", "i", 8) + "</Row>",
         '   <Row/>',
         '   <Row>' + "".join(_cell(h, "h") for h in HEAD) + "</Row>"]
    rows = []
    for k, r in enumerate(ROWS):
        seed, tid, name, goal, tw, unit, partners, desc, status, dm, typ = r
        x.append("   <Row>" + _cell(10_0412 + k * 7, num=True) + "".join(
            _cell(v) for v in (tid, name, goal, tw, unit, partners, desc, status)) + "</Row>")
        if seed != "-":
            rows.append(truth(FILENAME, MEMBER, name, seed, dm, typ, unit, partners.replace("\n", " "), desc))
    x += ['  </Table>',
          '  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel">',
          '   <PageSetup><Layout x:Orientation="Landscape"/></PageSetup>',
          '   <Selected/><FreezePanes/><FrozenNoSplit/><SplitHorizontal>4</SplitHorizontal>'
          '<TopRowBottomPane>4</TopRowBottomPane><ActivePane>2</ActivePane>',
          '  </WorksheetOptions>',
          f'  <AutoFilter x:Range="R4C1:R{n_last}C9" xmlns="urn:schemas-microsoft-com:office:excel"></AutoFilter>',
          ' </Worksheet>',
          ' <Worksheet ss:Name="Om eksporten">',
          '  <Table ss:ExpandedColumnCount="1" ss:ExpandedRowCount="4" x:FullColumns="1" x:FullRows="1">',
          '   <Column ss:Width="520"/>',
          '   <Row>' + _cell("Om eksporten", "t") + "</Row>",
          '   <Row>' + _cell("Lista viser alle tiltak i programmet Kompetanse, også tiltak som er avslutta eller "
                             "planlagde. Rapporteringsåret er 2072.") + "</Row>",
          '   <Row>' + _cell("Strategisk mål viser til delmåla i Nasjonal kompetansepolitisk strategi.") + "</Row>",
          '   <Row>' + _cell("Kontakt: Silje Aarseth, rådgjevar, kompetanse og næring.") + "</Row>",
          '  </Table>',
          ' </Worksheet>',
          '</Workbook>']
    (out / FILENAME).write_bytes(("\r\n".join(x) + "\r\n").encode("utf-8"))
    return rows
