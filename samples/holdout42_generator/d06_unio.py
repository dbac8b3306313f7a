"""06 Unio: the secretariat's questionnaire answered in a word processor and saved as RTF.
Numbered questions with lettered sub-questions, one block per measure."""
from .common import m

FILE = "06_Unio_sporreskjema_2062.rtf"
MEMBER = "Unio"

MEASURES = [
    m("M01", "Kompetansebehovsutvalget", "1.1", "Råd/utvalg/nettverk",
      "Unio har en representant i utvalget og har deltatt på fire utvalgsmøter i 2062.",
      ["Unio"], []),
    m("U07", "Innspill til KBUs hovedrapport", "1.1", "Informasjon",
      "Skriftlig innspill om kompetansebehov i helse- og utdanningssektoren, levert til utvalgets "
      "sekretariat i mars. Innspillet bygger på medlemsundersøkelser i forbundene.",
      ["Unio-sekretariatet"], ["Utdanningsforbundet", "Norsk Sykepleierforbund"]),
    m("M04", "UHR-Lærerutdanning", "1.4", "Råd/utvalg/nettverk",
      "Utdanningsforbundet deltar som observatør i UHR-Lærerutdanning, en av UHRs fagstrategiske "
      "enheter, og har bidratt i arbeidet med praksis i lærerutdanningene.",
      ["Utdanningsforbundet"], []),
    m("J04", "ReKoM", "2.5", "Prosjekt",
      "Unio har deltatt i utprøvingen av realkompetansemodellen i helse og oppvekst.",
      ["Unio"], ["LO", "NHO", "Fagskolerådet"]),
    m("U08", "Etter- og videreutdanning i klinisk veiledning", "2.4", "Kurs/utdanning",
      "Deltidsstudium på 15 studiepoeng for sykepleiere som veileder studenter og nyansatte. 240 "
      "deltakere i 2062.",
      ["Norsk Sykepleierforbund"], ["OsloMet", "Nord universitet"]),
]

TYPE_Q = "Type tiltak (FoU, kurs/utdanning, råd/utvalg/nettverk, prosjekt, informasjon, arrangement)"


def _rtf_text(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def _par(text, bold=False, size=22, indent=0, space=80):
    t = _rtf_text(text)
    if bold:
        t = "\\b " + t + "\\b0"
    return "{\\pard\\li%d\\sa%d\\fs%d %s\\par}\n" % (indent, space, size, t)


def _qa(q, a, indent=360):
    return ("{\\pard\\li%d\\sa60\\fs22 \\b %s\\b0\\line %s\\par}\n"
            % (indent, _rtf_text(q), _rtf_text(a)))


def build(path):
    body = [_par("Rapporteringsskjema 2062 – Kompetansepolitisk råd", True, 32, space=200),
            _par("Skjemaet fylles ut av hvert medlem. Svar under hvert spørsmål. Bruk ett sett "
                 "svar (a–f) per tiltak.", size=20),
            _par("Del A  Om avsender", True, 26, space=120),
            _qa("1. Hvilket medlem rapporterer?", "Unio"),
            _qa("2. Kontaktperson", "Lars Eide, rådgiver, Unio-sekretariatet"),
            _par("Del B  Tiltak", True, 26, space=120)]
    for i, x in enumerate(MEASURES, 3):
        body.append(_par("%d. Tiltak nr. %d" % (i, i - 2), True, 24, indent=0))
        body.append(_qa("%da) Navn på tiltaket" % i, x["name"]))
        body.append(_qa("%db) Hvilket delmål i strategien svarer tiltaket på?" % i, x["delmal"]))
        body.append(_qa("%dc) %s" % (i, TYPE_Q), x["type"]))
        body.append(_qa("%dd) Hvem har ansvaret?" % i, ", ".join(x["ansv"])))
        body.append(_qa("%de) Samarbeidspartnere" % i, ", ".join(x["partners"]) or "Ingen"))
        body.append(_qa("%df) Kort beskrivelse" % i, x["desc"]))
    n = len(MEASURES) + 3
    body += [_par("Del C  Videre planer", True, 26, space=120),
             _qa("%d. Planlegger dere nye tiltak i 2063?" % n,
                 "Ja. Unio tar sikte på en konferanse om kompetanse i offentlig sektor høsten 2063. "
                 "Den er ikke gjennomført og rapporteres derfor ikke som tiltak nå."),
             _qa("%d. Andre kommentarer" % (n + 1),
                 "Se også Unios høringsuttalelse om revidert strategi, sendt departementet 3. november.")]
    doc = ("{\\rtf1\\ansi\\ansicpg1252\\deff0\\uc1\n"
           "{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}}\n"
           "{\\info{\\title Rapporteringsskjema 2062}{\\author Unio}"
           "{\\creatim\\yr2063\\mo1\\dy20\\hr10\\min0}{\\revtim\\yr2063\\mo1\\dy20\\hr10\\min0}}\n"
           "\\paperw11906\\paperh16838\\margl1418\\margr1418\\margt1418\\margb1418\\f0\n"
           + "".join(body) + "}\n")
    with open(path, "w", encoding="ascii", newline="\n") as fh:
        fh.write(doc)
