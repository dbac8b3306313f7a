"""LO: worksheet saved from Excel as 'Unicode-tekst (*.txt)'.

UTF-16LE with BOM, tab separated, CRLF between rows; cells holding a line
break (LF), a tab or a double quote are wrapped in quotes with quotes
doubled, exactly as Excel does.  Title row and a note row around the
table; every row padded to the full width.  The goal is only given as
words ('Strategimål'); a status column marks rows that are not 2071's.
"""
from __future__ import annotations

from .common import truth, COUNCIL_IDS

FILENAME = "LO_tiltak_2071_unicode.txt"
MEMBER = "LO"
FORMAT = "Excel 'Unicode-tekst': UTF-16LE with BOM, tab-separated, CRLF, quoted multi-line cells"
SHAPE = ("title row, header 'Nr. / Hva (aktivitet) / Kort om / Strategimål / Sort / Ansvarlig i LO / "
         "Sammen med / Status 31.12.2071'; delmål only as words; own type words; line breaks and "
         "doubled quotes inside quoted cells; an 'Avsluttet 2070' and a 'Planlagt 2072' row")

HEAD = ["Nr.", "Hva (aktivitet)", "Kort om", "Strategimål", "Sort",
        "Ansvarlig i LO", "Sammen med", "Status 31.12.2071"]

# cells as written in the file, plus truth fields (delmål, type, seed) or None
ROWS = [
    (["1", "Kompetansebehovsutvalget",
      "LO har ett medlem i utvalget. I 2071 la vi særlig vekt på behovet for "
      "fagarbeidere i industri og bygg.",
      "Kartlegge Norges kompetansebehov", "Utvalg", "Samfunnspolitisk avdeling", "",
      "Løpende"], ("1.1", "Råd/utvalg/nettverk", COUNCIL_IDS["KBU"])),
    (["2", "Samarbeidsrådet for yrkesopplæring",
      "LO leder rådet i perioden 2070–2072.\nSeks rådsmøter; hovedtema var "
      "lærlingmangel og ny tilbudsstruktur.",
      "Samarbeid mellom skole og arbeidsliv om relevant utdanning", "Råd",
      "Avdeling for utdanning og kompetanse", "NHO, YS, Unio,\nKS, Spekter, Virke",
      "Løpende"], ("1.4", "Råd/utvalg/nettverk", COUNCIL_IDS["SRY"])),
    (["3", "Yrkesfagdagen 2071",
      "Nasjonal dag for yrkesfag 14. mars med arrangementer på 60 skoler. "
      "LO-forbundene stilte med tillitsvalgte som fortalte om yrkene sine.",
      "Vise fram karriereveiene i yrkesfagene", "Arrangement",
      "Avdeling for utdanning og kompetanse", "NHO, YS", "Gjennomført"],
     ("2.3", "Arrangement", "J02")),
    (["4", "DIGITILL",
      "Digitalt grunnkurs for tillitsvalgte i små og mellomstore bedrifter, "
      "tre moduler på nett.\n1 150 fullførte i 2071.",
      "Digital kompetanse i hele arbeidsstyrken", "Nettkurs", "AOF Norge", "YS",
      "Gjennomført"], ("2.1", "Kurs/utdanning", "J03")),
    (["5", "LOs kompetansekonferanse",
      "Årlig konferanse for forbundene om læring i arbeidslivet. Tittel i 2071: "
      "\"Hva er etter- og videreutdanning verdt?\"",
      "Kunnskap om verdien av læring i arbeidslivet", "Konferanse",
      "Samfunnspolitisk avdeling", "", "Gjennomført"], ("2.2", "Arrangement", None)),
    (["6", "Tillitsvalgte og kompetanse – kartlegging",
      "Spørreundersøkelse til 4 000 tillitsvalgte om deres rolle i bedriftenes "
      "kompetansearbeid. Rapporten er skrevet av Fafo.",
      "Kunnskap om læring i arbeidslivet", "Undersøkelse",
      "Samfunnspolitisk avdeling", "Fafo", "Gjennomført"], ("2.2", "FoU", None)),
    (["7", "Bransjeprogram for renhold",
      "Siste kull fullførte våren 2070, sluttrapport levert.",
      "Koble bedriftenes behov til etter- og videreutdanning", "Bransjeprogram",
      "Avdeling for utdanning og kompetanse", "NHO Service og Handel",
      "Avsluttet juni 2070"], None),
    (["8", "Fagbrev for alle",
      "Kampanje med forbundene for \"fagbrev på jobb\". Oppstart høsten 2072.",
      "Dokumentere kompetanse fra arbeidslivet", "Kampanje",
      "Avdeling for utdanning og kompetanse", "", "Planlagt 2072"], None),
]


def _cell(v: str) -> str:
    if any(c in v for c in ("\t", "\n", "\r", '"')):
        return '"' + v.replace('"', '""') + '"'
    return v


def _line(cells):
    cells = list(cells) + [""] * (len(HEAD) - len(cells))
    return "\t".join(_cell(c) for c in cells)


def _flat(v: str) -> str:
    return " ".join(v.replace("\n", " ").split())


def build(out):
    lines = [
        _line(["LOs tiltak 2071 – rapportering til Kompetansepolitisk råd"]),
        _line([]),
        _line(HEAD),
    ]
    for cells, _t in ROWS:
        lines.append(_line(cells))
    lines.append(_line([]))
    lines.append(_line(["", "Rader med status «Avsluttet» eller «Planlagt» er tatt med "
                            "til orientering."]))
    text = "\r\n".join(lines) + "\r\n"
    (out / FILENAME).write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))

    rows = []
    for cells, t in ROWS:
        if t is None:
            continue
        dm, ttype, seed = t
        rows.append(truth(FILENAME, MEMBER, cells[1], seed, dm, ttype,
                          cells[5], _flat(cells[6]), _flat(cells[2])))
    return rows
