"""06 Unio: RTF questionnaire; each measure is a block of numbered questions
with answers, the type is a row of tick boxes."""
import os

from .common import R, TYPES

FILE = "06_Unio_sporreskjema_2061.rtf"
MEMBER = "Unio"
FORMAT = "RTF (hand-written)"
SHAPE = ("Questionnaire form: per measure six numbered questions with answers underneath; "
         "type ticked among six check boxes (☒/☐); delmål answered as number")

ROWS = [
    R("M01", "1.1", "Råd/utvalg/nettverk", "Unio oppnevner representant til Kompetansebehovsutvalget",
      ansvarlig="Unios sekretariat",
      beskrivelse="Unio har oppnevnt en representant fra Utdanningsforbundet som medlem av utvalget for "
                  "perioden 2060–2063. Representanten har i 2061 særlig fulgt opp analysene av behovet for "
                  "lærere og sykepleiere."),
    R("M04", "1.4", "Råd/utvalg/nettverk", "Observatørplass i UHR-Lærerutdanning",
      ansvarlig="Utdanningsforbundet", partnere="Universitets- og høgskolerådet",
      beskrivelse="Unio har observatørplass i UHR-Lærerutdanning, den fagstrategiske enheten for "
                  "lærerutdanningene i UHR, og deltok på tre møter om praksis og relevans i "
                  "lærerutdanningene."),
    R("J04", "2.2", "Arrangement", "Nasjonal konferanse om læring i arbeidslivet (Læringsdagen)",
      ansvarlig="Unios sekretariat", partnere="NHO; Fagskolerådet; Kompetanse Norge",
      beskrivelse="Unio var medarrangør av konferansen og ledet parallellsesjonen om læring i helse- og "
                  "omsorgssektoren."),
    R("U11", "2.4", "Kurs/utdanning", "Tillitsvalgtkurs om kompetanseplanlegging",
      ansvarlig="Unios sekretariat", partnere="Norsk Sykepleierforbund; Politiets Fellesforbund",
      beskrivelse="Todagers kurs for hovedtillitsvalgte om hvordan de kan bidra til kompetanseplaner i "
                  "virksomheten og koble dem til etter- og videreutdanningstilbud. 120 deltakere."),
]

QUESTIONS = ["Hva heter tiltaket?",
             "Hvilket delmål i Nasjonal kompetansepolitisk strategi bidrar tiltaket mest til? (oppgi nummer)",
             "Hva slags tiltak er det? (kryss av ett alternativ)",
             "Hvem har ansvaret for tiltaket?",
             "Hvem samarbeider dere med? (Skriv «ingen» hvis ingen)",
             "Beskriv kort tiltaket og hva som er gjort i 2061."]


def rtf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif o < 128:
            out.append(ch)
        else:
            if o > 32767:
                o -= 65536
            out.append("\\u%d?" % o)
    return "".join(out)


def build(outdir, tmpdir):
    parts = [r"{\rtf1\ansi\ansicpg1252\deff0\deflang1044",
             r"{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f1\froman\fcharset0 Times New Roman;}"
             r"{\f2\fnil\fcharset0 Segoe UI Symbol;}}",
             r"{\colortbl;\red0\green0\blue0;\red90\green90\blue90;\red200\green16\blue46;}",
             r"{\info{\title Skjema for rapportering 2061}{\author Unio}"
             r"{\creatim\yr2062\mo1\dy19\hr10\min0}{\revtim\yr2062\mo1\dy19\hr10\min0}}",
             r"\paperw11906\paperh16838\margl1418\margr1418\margt1418\margb1418",
             r"\pard\plain\f0\fs32\b\cf3 " + rtf_escape("Skjema for rapportering av tiltak") + r"\b0\par",
             r"\pard\plain\f0\fs22 " + rtf_escape("Kompetansepolitisk råd – rapporteringsåret 2061") + r"\par",
             r"\pard\plain\f0\fs20\cf2 " + rtf_escape(
                 "Medlem: Unio   |   Kontaktperson: rådgiver, Unios sekretariat   |   Levert: 19.01.2062")
             + r"\par\pard\par",
             r"\pard\plain\f1\fs20\i " + rtf_escape(
                 "Fyll ut ett sett med spørsmål for hvert tiltak. Bruk egne ord i beskrivelsen. Tiltak som "
                 "bare er planlagt, skal ikke tas med.") + r"\i0\par\pard\par"]
    for n, r in enumerate(ROWS, 1):
        parts.append(r"\pard\plain\f0\fs26\b\sb240\sa120\brdrb\brdrs\brdrw10 "
                     + rtf_escape("Tiltak %d" % n) + r"\b0\par")
        answers = [r["tiltak"], r["delmal"], None, r["ansvarlig"],
                   ", ".join(r["partnere"].split("; ")) if r["partnere"] else "ingen", r["beskrivelse"]]
        for qn, (q, a) in enumerate(zip(QUESTIONS, answers), 1):
            parts.append(r"\pard\plain\f0\fs20\b\sb120 " + rtf_escape("%d.%d  %s" % (n, qn, q)) + r"\b0\par")
            if a is None:
                boxes = "   ".join(("☒ " if t == r["type"] else "☐ ") + t for t in TYPES)
                parts.append(r"\pard\plain\li360\f0\fs20 " + rtf_escape(boxes) + r"\par")
            else:
                parts.append(r"\pard\plain\li360\f1\fs22 " + rtf_escape(a) + r"\par")
    parts.append(r"\pard\par\pard\plain\f0\fs18\cf2 " + rtf_escape(
        "Skjemaet sendes sekretariatet for Kompetansepolitisk råd innen 31. januar 2062.") + r"\par")
    parts.append("}")
    with open(os.path.join(outdir, FILE), "wb") as fh:
        fh.write("\r\n".join(parts).encode("ascii"))
