"""UHR: a short Writer document exported to PDF: UHR's answers to the secretariat's four questions, one Heading 2 per
question («1. Hvilke råd og utvalg har UHR deltatt i?» … «4. Hva planlegger UHR for neste år?»). Under the first
three questions each measure is a paragraph that opens with its bold name and «(delmål x.y)», followed by a small line
«Ansvarlig i UHR: … | Samarbeid: …». There is no kind word: the kind is read from the text (a group, a guide, a
survey, a conference, a gathering). The question heading sorts the measures (seats, own, joint) but is not the type.
The trap is UHR's own gathering of the admission offices the day after the joint conference, right under it. The
fourth question's answer is next year's plans."""
from __future__ import annotations

from .common import ARR, FOU, INFO, RAD, Odt, lo_to_pdf, pdf_text, row

FILENAME = "UHR – svar på rapporteringen for 2090.pdf"
MEMBER = "UHR"
FORMAT = ("PDF exported by LibreOffice Writer from a hand-written ODT (content, styles, meta, manifest) with "
          "Heading 2 questions, bold lead-ins and small grey lines; dates and /ID fixed")
SHAPE = ("answers to the secretariat's four questions, one Heading 2 per question (seats, own measures, joint "
         "measures, plans for next year); each measure a paragraph opening with its bold name and «(delmål x.y)», "
         "then a small line «Ansvarlig i UHR: … | Samarbeid: …» («–» for none); no kind word, the kind told by the "
         "text; the UHR-FSE seat named «Strategisk arbeidslivsgruppe i UHR-Helse og velferd»; the fourth answer "
         "lists next year's plans")
NOT_TRUTH = ("the title, subtitle and intro, the four question headings, the «(delmål x.y)» brackets, the labels of the "
             "small lines and the «–», the whole answer to question 4 (plans for next year: a network for career "
             "counsellors in higher education and a common portal for further education), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)
SENTENCE_FIELDS = ("beskrivelse",)

# (question, [(name, code, text, ansvarlig, samarbeid as written, partners truth, seed, type)])
QUESTIONS = [
    ("1. Hvilke råd og utvalg har UHR deltatt i?", [
        ("Strategisk arbeidslivsgruppe i UHR-Helse og velferd", "1.4",
         "Gruppen samler arbeidsgivere fra kommuner og helseforetak og dekanene for helse- og sosialfagutdanningene. "
         "I 2090 utarbeidet gruppen felles retningslinjer for praksis i de nye masterutdanningene for sykepleiere.",
         "UHR-Helse og velferd", "–", "", "M06", RAD),
    ]),
    ("2. Hvilke egne tiltak har UHR gjennomført?", [
        ("Veileder for innpassing av fagskoleutdanning i bachelorgrader", "2.5",
         "UHR har laget en nasjonal veileder som viser hvordan fagskoleutdanning kan gi fritak for emner i "
         "bachelorgrader. Veilederen er lagt ut på UHRs nettsider og er tatt i bruk av 19 institusjoner.",
         "UHR-sekretariatet", "Fagskolerådet", "Fagskolerådet", None, INFO),
        ("Kartlegging av etter- og videreutdanningstilbudet ved universitetene", "2.4",
         "UHR har kartlagt alle betalte og gratis etter- og videreutdanningstilbud ved medlemsinstitusjonene, 1 450 "
         "tilbud i alt. Kartleggingen viser at halvparten av tilbudene kan tas helt på nett.",
         "UHR-sekretariatet", "HK-dir", "HK-dir", None, FOU),
    ]),
    ("3. Hvilke tiltak har UHR gjennomført sammen med andre medlemmer av rådet?", [
        ("Medarrangør av Realkompetansedagen 2090", "2.5",
         "UHR var medarrangør av den nasjonale konferansen om realkompetanse i Trondheim i september, sammen med "
         "Kompetanseforbundet og Fagskolerådet. 380 deltok, de fleste fra opptakskontor, fagskoler og "
         "voksenopplæring.",
         "UHR-sekretariatet", "Kompetanseforbundet, Fagskolerådet", "Kompetanseforbundet, Fagskolerådet", "J05", ARR),
        ("Nettverkssamling for opptakskontorene", "2.5",
         "Dagen etter Realkompetansedagen samlet UHR opptakskontorene ved universitetene og høgskolene til en egen "
         "samling om realkompetansevurdering ved opptak. Samlingen var UHRs egen og ikke en del av "
         "Realkompetansedagen.",
         "UHR-sekretariatet", "–", "", None, ARR),
    ]),
]
PLANS = ("Neste år vil UHR starte et nasjonalt nettverk for karriereveiledere i høyere utdanning og lage en felles "
         "portal for etter- og videreutdanning. Tiltakene rapporteres når de er i gang.")


def build(out) -> list[dict]:
    o = Odt(font="Liberation Sans", size="10.5pt")
    o.p([("UHR – svar på rapporteringen for 2090", "")], style="P_title")
    o.p("Universitets- og høgskolerådet til sekretariatet for Kompetansepolitisk råd, februar 2091", style="P_sub")
    o.p("Sekretariatet ba medlemmene svare på fire spørsmål om tiltakene i 2090. UHRs svar følger under.")
    rows = []
    for q, items in QUESTIONS:
        o.h(q, 2)
        for name, code, txt, ans, med, partners, seed, ty in items:
            o.p([(name, "b"), (f" (delmål {code}). ", ""), (txt, "")])
            o.p(f"Ansvarlig i UHR: {ans} | Samarbeid: {med}", style="P_small")
            rows.append(row(FILENAME, MEMBER, name, seed, code, ty, ans, partners, txt))
    o.h("4. Hva planlegger UHR for neste år?", 2)
    o.p(PLANS)
    o.p("Kontakt: seniorrådgiver Nora Fjeld, UHR", style="P_small")
    data = o.to_bytes("UHR – svar på rapporteringen for 2090", "Nora Fjeld", footer="UHR · rapportering 2090")
    lo_to_pdf(data, ".odt", out / FILENAME)
    return rows


def text(path) -> str:
    return pdf_text(path)
