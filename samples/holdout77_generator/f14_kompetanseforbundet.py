"""Kompetanseforbundet: a report typed in TextEdit on a Mac and saved as rich text. The file is Cocoa RTF as macOS
writes it (\\cocoartf, \\cocoatextscaling, \\expandedcolortbl, \\partightenfactor), the measures in a TextEdit table:
every row is its own \\itap1\\trowd definition with \\clwWidth/\\clftsWidth3 cell widths and \\clpadl/\\clpadr padding,
cells as \\pard\\intbl\\itap1 paragraphs ending in \\cell, and the last row marked \\lastrow; letters outside ASCII as
\\'xx (code page 1252) or \\uc0\\uNNNN. A Nordic conference the federation hosts in June 2098 is told only in words."""
from __future__ import annotations

from .common import ARR, INFO, KURS, RAD, lo_plain_text, row

FILENAME = "Kompetanseforbundet rapport 2097.rtf"
MEMBER = "Kompetanseforbundet"
FORMAT = ("RTF as macOS TextEdit saves it (Cocoa RTF, written as text): \\cocoartf2822 header, \\expandedcolortbl, "
          "Helvetica faces, A4 paper, a TextEdit table with one \\itap1\\trowd row definition per row (\\taflags1, "
          "\\clvertalt, \\clshdrawnil / \\clcbpat shading, \\clwWidth with \\clftsWidth3, \\clpadl/\\clpadr, "
          "\\brdrcf borders), cells as \\pard\\intbl\\itap1 paragraphs ending in \\cell, \\lastrow on the last row; "
          "non-ASCII letters as \\'xx and \\uc0\\uNNNN")
SHAPE = ("TextEdit document: title, a greeting line, intro, a table with header Tiltak / Hva vi gjorde i 2097 / Delmål "
         "/ Type / Ansvar / Partnere (header row shaded grey), delmål as a plain code, Kompetanseforbundet's kind "
         "words (Forumarbeid, Medlemsmøte, Stand og veiledning, Kurs, Podkast); the NFK seat «Kompetanseforbundets "
         "plass i Nasjonalt forum for karriereveiledning»; the federation's own members' meeting about the forum "
         "(about NFK, not a seat); a Nordic conference hosted in June 2098 told only in words after the table; a "
         "signature")
NOT_TRUTH = ("the title, greeting and intro, the header row, the Delmål and Type cells, the paragraph after the table "
             "with 'Nordisk veilederkonferanse' (June 2098), the signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, gjort, delmål, type word, ansvar, partnere, seed, type
ROWS = [
    ("Kompetanseforbundets plass i Nasjonalt forum for karriereveiledning",
     "Vi har én plass i forumet. I 2097 ledet vi arbeidet med et felles kvalitetsrammeverk for karriereveiledning "
     "i skole og arbeidsliv.", "1.3", "Forumarbeid", "Styret", "", "M01", RAD),
    ("Medlemsmøte om karriereveiledningsforumet",
     "Digitalt medlemsmøte der vår representant orienterte om forumets arbeid med kvalitetsrammeverket, med 210 "
     "deltakere. Møtet var vårt eget og ikke en del av forumets arbeid.", "1.3", "Medlemsmøte", "Sekretariatet",
     "", None, ARR),
    ("Karrieredagen 2097 – veiledere på stand",
     "60 medlemmer sto på stand på studiestedene og ga veiledning om utdanningsvalg og videreutdanning.", "1.3",
     "Stand og veiledning", "Region Vest og Region Nord", "UHR, Sametinget", "J03", ARR),
    ("Sertifiseringskurs for karriereveiledere",
     "Kurs over tre samlinger som gir sertifisering etter den nasjonale kvalitetsrammen. 75 veiledere ble "
     "sertifisert.", "1.3", "Kurs", "Fagutvalget", "HK-dir", None, KURS),
    ("Podkasten «Veiledningsrommet»",
     "Ti episoder om karriereveiledning for voksne i omstilling. Podkasten hadde 14 000 avspillinger.", "1.3",
     "Podkast", "Redaksjonen", "", None, INFO),
]

HEAD = ["Tiltak", "Hva vi gjorde i 2097", "Delmål", "Type", "Ansvar", "Partnere"]
WIDTHS = [2300, 3300, 800, 1300, 1400, 1500]            # twips (\clwWidth)


def esc(s: str) -> str:
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            try:
                b = ch.encode("cp1252")
                if 0xA0 <= b[0] <= 0xFF:
                    out.append("\\'%02x" % b[0])
                    continue
            except UnicodeEncodeError:
                pass
            out.append("\\uc0\\u%d " % o)
    return "".join(out)


def _rowdef(header: bool) -> str:
    x, cells = 0, []
    for w in WIDTHS:
        x += w
        shade = "\\clcbpat3 " if header else "\\clshdrawnil "
        cells.append(f"\\clvertalt {shade}\\clwWidth{w}\\clftsWidth3 \\clbrdrt\\brdrs\\brdrw20\\brdrcf2 "
                     f"\\clbrdrl\\brdrs\\brdrw20\\brdrcf2 \\clbrdrb\\brdrs\\brdrw20\\brdrcf2 "
                     f"\\clbrdrr\\brdrs\\brdrw20\\brdrcf2 \\clpadl100 \\clpadr100 \\gaph\\cellx{x}\n")
    return ("\\itap1\\trowd \\taflags1 \\trgaph108\\trleft-108 \\trbrdrt\\brdrnil \\trbrdrl\\brdrnil "
            "\\trbrdrr\\brdrnil \n" + "".join(cells))


def _row(values: list[str], header: bool, last: bool) -> str:
    out = [_rowdef(header)]
    for k, v in enumerate(values):
        font = "\\f1\\b " if header else "\\f0\\b0 "
        out.append("\\pard\\intbl\\itap1\\pardeftab720\\partightenfactor0\n\n"
                   f"{font if k == 0 else ''}\\cf0 {esc(v)}\\cell " + ("" if k < len(values) - 1 else
                                                                    ("\\lastrow\\row" if last else "\\row")) + "\n")
    return "".join(out)


def build(out) -> list[dict]:
    para = "\\pard\\tx566\\tx1133\\tx1700\\tx2267\\tx2834\\tx3401\\tx3968\\tx4535\\tx5102\\tx5669\\tx6236\\tx6803" \
           "\\pardirnatural\\partightenfactor0\n"
    parts = ["{\\rtf1\\ansi\\ansicpg1252\\cocoartf2822\n"
             "\\cocoatextscaling0\\cocoaplatform0{\\fonttbl\\f0\\fswiss\\fcharset0 Helvetica;"
             "\\f1\\fswiss\\fcharset0 Helvetica-Bold;\\f2\\fswiss\\fcharset0 Helvetica-Oblique;}\n"
             "{\\colortbl;\\red255\\green255\\blue255;\\red0\\green0\\blue0;\\red217\\green217\\blue217;}\n"
             "{\\*\\expandedcolortbl;;\\cssrgb\\c0\\c0\\c0;\\csgray\\c87843;}\n"
             "\\paperw11900\\paperh16840\\margl1440\\margr1440\\vieww16000\\viewh14000\\viewkind0\n",
             para, "\n\\f1\\b\\fs32 \\cf0 " + esc("Kompetanseforbundet – rapport til Kompetansepolitisk råd 2097")
             + "\\\n\n\\f0\\b0\\fs24 \\\n",
             esc("Hei!") + "\\\n\\\n",
             esc("Her er rapporten fra Kompetanseforbundet for 2097. Vi organiserer karriereveiledere og rådgivere i "
                 "skole, NAV, fylkeskommunene og arbeidslivet. Tabellen viser hva vi gjorde i fjor.") + "\\\n\\\n",
             "\\fs20 \\\n"]
    parts.append(_row(HEAD, True, False))
    for i, (n, g, dm, t, a, p, *_r) in enumerate(ROWS):
        parts.append(_row([n, g, dm, t, a, p], False, i == len(ROWS) - 1))
    parts += [para, "\\fs24 \\cf0 \\\n",
              esc("I juni 2098 er vi vertskap for Nordisk veilederkonferanse i Bergen. Forberedelsene startet i "
                  "desember, og programmet legges ut i mars.") + "\\\n\\\n",
              esc("Vennlig hilsen") + "\\\n",
              "\\f2\\i " + esc("Åse Lindberg, generalsekretær") + "}"]
    (out / FILENAME).write_bytes("".join(parts).encode("ascii"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, p, g) for n, g, dm, _t, a, p, seed, ty in ROWS]


def text(path) -> str:
    return lo_plain_text(path, ".rtf")
