"""06 YS: RTF (hand-written). A filled-in reporting form: per measure a numbered
block with free-text fields and two rows of checkboxes, one for the delmål
(all sixteen codes, the chosen one ☒) and one for the six types."""
import os

from .common import T, FileResult, DELMAL, TYPES

FILENAME = "06_YS_rapporteringsskjema_2066.rtf"
MEMBER = "YS"

ITEMS = [
    ("KBU (YS' plass)",
     "YS oppnevnte ny representant fra Delta i 2066. Representanten har bidratt i arbeidet med "
     "utvalgets analyse av kompetansebehov i omsorgssektoren.",
     "YS-sekretariatet", "",
     T("KBU", "M01", "1.1", "Råd/utvalg/nettverk")),
    ("SRY – Samarbeidsrådet for yrkesopplæring",
     "YS har ett medlem i SRY fra Parat. Vi har prioritert saker om yrkesfaglig fordypning og "
     "lærlingtilskudd.",
     "Parat", "",
     T("SRY – Samarbeidsrådet for yrkesopplæring", "M02", "1.4", "Råd/utvalg/nettverk")),
    ("Bransjeprogrammet i handel",
     "Parat deltar i bransjeprogrammet sammen med Virke og NHO Service og Handel. Butikkansatte har "
     "fått fagbrevrettede moduler og kurs i netthandel.",
     "Parat", "Virke, NHO Service og Handel",
     T("Bransjeprogrammet i handel", "J02", "2.4", "Kurs/utdanning")),
    ("Kompetansekartet – utprøving i finans og reiseliv",
     "YS er partner i utprøvingen av modellen for dokumentasjon av kompetanse fra arbeidslivet, og "
     "har bidratt med piloter i finans og reiseliv.",
     "YS-sekretariatet", "Kompetanse Norge, NHO",
     T("Kompetansekartet – utprøving i finans og reiseliv", "J06", "2.5", "Prosjekt")),
    ("Kampanjen «Rett til å lære»",
     "Informasjonskampanje i sosiale medier og på arbeidsplasser om voksnes rett til videregående "
     "opplæring og utdanningspermisjon. Kampanjen nådde om lag 300 000 personer.",
     "YS kommunikasjon", "",
     T("Kampanjen «Rett til å lære»", "U0601", "3.1", "Informasjon")),
]

BOX_ON = "\u2612"
BOX_OFF = "\u2610"


def rtf_text(s: str) -> str:
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif ch == "\t":
            out.append("\\tab ")
        elif o < 128:
            out.append(ch)
        else:
            if o > 32767:
                o -= 65536
            out.append(f"\\u{o}?")
    return "".join(out)


def para(text: str, bold=False, size=None, space_after=60, indent=0) -> str:
    fmt = "\\pard\\plain\\f0"
    fmt += f"\\fs{int((size or 10) * 2)}\\sa{space_after}"
    if indent:
        fmt += f"\\li{indent}"
    body = rtf_text(text)
    if bold:
        body = "{\\b " + body + "}"
    return fmt + " " + body + "\\par\n"


def rich(parts, size=10, space_after=60, indent=0) -> str:
    fmt = f"\\pard\\plain\\f0\\fs{size * 2}\\sa{space_after}"
    if indent:
        fmt += f"\\li{indent}"
    body = ""
    for text, b in parts:
        t = rtf_text(text)
        body += ("{\\b " + t + "}") if b else t
    return fmt + " " + body + "\\par\n"


def build(out_dir: str) -> FileResult:
    doc = ["{\\rtf1\\ansi\\ansicpg1252\\deff0\\uc1\n"
           "{\\fonttbl{\\f0\\fswiss\\fcharset0 DejaVu Sans;}}\n"
           "{\\info{\\title YS rapporteringsskjema 2066}{\\author YS}"
           "{\\creatim\\yr2067\\mo1\\dy15\\hr9\\min30}{\\revtim\\yr2067\\mo1\\dy15\\hr9\\min30}}\n"
           "\\paperw11906\\paperh16838\\margl1300\\margr1300\\margt1200\\margb1200\n"]
    doc.append(para("RAPPORTERINGSSKJEMA – KOMPETANSEPOLITISK RÅD", bold=True, size=14))
    doc.append(para("Rapporteringsår: 2066", size=10))
    doc.append(rich([("Organisasjon: ", True), ("YS – Yrkesorganisasjonenes Sentralforbund", False)]))
    doc.append(rich([("Utfylt av: ", True), ("YS-sekretariatet, avdeling for arbeidsliv og kompetanse", False)],
                    space_after=200))
    doc.append(para("Fyll ut ett felt per tiltak. Kryss av for det delmålet i strategien som tiltaket "
                    "først og fremst bidrar til, og for tiltakstype.", size=9, space_after=200))
    rows = []
    for n, (name, desc, ansv, partn, truth) in enumerate(ITEMS, start=1):
        doc.append(para(f"Tiltak {n}", bold=True, size=11, space_after=40))
        doc.append(rich([("Navn på tiltak / rådsplass: ", True), (name, False)], indent=280))
        doc.append(rich([("Hva ble gjort i 2066: ", True), (desc, False)], indent=280))
        doc.append(rich([("Ansvarlig: ", True), (ansv, False), ("\t\t", False),
                         ("Samarbeidspartnere: ", True), (partn or "–", False)], indent=280))
        doc.append(rich([("Delmål:", True)], indent=280, space_after=20))
        for area in ("1", "2", "3"):
            boxes = "   ".join(f"{BOX_ON if code == truth.delmal else BOX_OFF} {code}"
                               for code in DELMAL if code.startswith(area + "."))
            doc.append(para(f"Område {area}:   {boxes}", size=9.5, space_after=10, indent=560))
        tboxes = "   ".join(f"{BOX_ON if t == truth.type else BOX_OFF} {t}" for t in TYPES)
        doc.append(rich([("Type: ", True), (tboxes, False)], size=9, indent=280, space_after=240))
        truth.ansvarlig, truth.partnere, truth.beskrivelse = ansv, partn, desc
        rows.append(truth)
    doc.append(para("Sted/dato: Oslo, 16. januar 2067", size=10))
    doc.append("}\n")
    with open(os.path.join(out_dir, FILENAME), "w", encoding="ascii", newline="\n") as fh:
        fh.write("".join(doc))
    return FileResult(FILENAME, MEMBER, "RTF (hand-written)",
                      "Filled-in reporting form; per measure free-text fields plus checkbox rows: "
                      "☒ on one of all sixteen delmål codes and ☒ on one of the six types", rows)
