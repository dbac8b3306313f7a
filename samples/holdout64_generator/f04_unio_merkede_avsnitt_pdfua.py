"""Unio: an ordinary Word report saved as an accessible PDF (PDF/UA: tagged, with the pdfuaid mark in the XMP
packet). Each measure is a Heading 2 followed by paragraphs that open with bold run-in labels – «Bakgrunn:», «Dette
gjorde vi:», «Resultat:» – and two short lines «Knytning til strategien:» (the delmål in Unio's words, no code) and
«Ansvarlig i Unio:». Partners are named only inside the «Dette gjorde vi» paragraph. No kind of measure. Two of the
seven headings are not 2084 measures, which only their text says («avsluttet i fjor», «starter neste år»)."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, FOU, KURS, RAD, add_runs, base_docx, docx_to_pdf, pdf_text, row

FILENAME = "Unio – rapport til Kompetansepolitisk råd 2084.pdf"
MEMBER = "Unio"
FORMAT = ("PDF/UA-1 exported by LibreOffice from a DOCX (python-docx): tagged PDF with a structure tree and the "
          "pdfuaid part in the XMP packet; dates in the Info dictionary and the XMP packet and the /ID fixed")
SHAPE = ("ordinary report with one Heading 2 per measure; under it paragraphs with bold run-in labels «Bakgrunn:» / "
         "«Dette gjorde vi:» / «Resultat:» and two lines «Knytning til strategien:» (the delmål in Unio's words, no "
         "code) and «Ansvarlig i Unio:»; partners only inside the «Dette gjorde vi» sentence («… sammen med YS, KS og "
         "Fafo»); no kind of measure; two headings are not 2084 measures, said only in their text («avsluttet i "
         "fjor», «starter neste år»)")
NOT_TRUTH = ("the title, intro and contact line, the run-in labels, the «Knytning til strategien» lines, the headings "
             "'Mentorordning for nyutdannede lærere' (ended last year, no activity in 2084) and 'Kampanje for flere "
             "menn i sykepleie' (starts next year) with their paragraphs")
SPLIT_FIELDS = ("samarbeidspartnere",)
SENTENCE_FIELDS = ("beskrivelse",)
PDFUA = 'pdf:writer_pdf_Export:{"PDFUACompliance":{"type":"boolean","value":"true"}}'

# name, bakgrunn, gjorde, resultat, knytning, ansvarlig, partners, seed, dm, type
ITEMS = [
    ("Plassen i UHR-Helse og velferd",
     "UHR-Helse og velferd er UHRs fagstrategiske enhet for helse- og sosialfagutdanningene, og arbeidslivet har to "
     "plasser i enhetens styre.",
     "Norsk Sykepleierforbund har hatt Unios plass og deltok på alle fire styremøter i 2084.",
     "Enheten vedtok nye nasjonale anbefalinger for praksisstudier i sykepleie, der arbeidsgivere og utdanninger "
     "skal avtale veiledningskapasitet for tre år om gangen.",
     "tettere samarbeid mellom utdanningene og arbeidslivet", "Norsk Sykepleierforbund", "", "M03", "1.4", RAD),
    ("Læring i arbeidslivet-undersøkelsen (LIA 2084)",
     "Det finnes lite kunnskap om hvor mye arbeidstakere i offentlig sektor lærer gjennom arbeidet, og hva som "
     "hindrer dem i å delta i etter- og videreutdanning.",
     "Unio har vært med på å utvikle og finansiere undersøkelsen sammen med YS, KS og Fafo. Unio hadde ansvaret for "
     "spørsmålene om skoler, barnehager og sykehus.",
     "Undersøkelsen ble sendt til 11 000 arbeidstakere i september. Svarprosenten ble 54, og den første rapporten "
     "kom i desember.",
     "mer kunnskap om læring i arbeidslivet", "Unio-sekretariatet", "YS, KS, Fafo", "J03", "2.2", FOU),
    ("Unios analyse av LIA-tallene for lærere og sykepleiere",
     "Forbundene ønsket å vite mer om hvordan lærere og sykepleiere skiller seg fra andre grupper i undersøkelsen.",
     "Unio-sekretariatet har gjort en egen analyse av svarene fra lærere og sykepleiere, sammen med "
     "Utdanningsforbundet og Norsk Sykepleierforbund. Analysen er Unios egen og er ikke en del av den felles "
     "undersøkelsen.",
     "Analysen viser at fire av ti sykepleiere ikke får fri med lønn til videreutdanning. Den ble lagt fram på "
     "Unios kongress i november.",
     "mer kunnskap om læring i arbeidslivet", "Unio-sekretariatet", "Utdanningsforbundet, Norsk Sykepleierforbund",
     None, "2.2", FOU),
    ("Videreutdanning i veiledning for barnehagelærere",
     "Mange barnehager mangler ansatte som kan veilede studenter og nyutdannede.",
     "Utdanningsforbundet har utviklet et deltidsstudium på 15 studiepoeng sammen med OsloMet og Høgskulen på "
     "Vestlandet. Studiet går på kveldstid og kan tas ved siden av full jobb.",
     "I 2084 fullførte 140 barnehagelærere studiet. Halvparten av dem er nå praksisveiledere for studenter.",
     "etter- og videreutdanning som svarer på behovene i virksomhetene", "Utdanningsforbundet",
     "OsloMet, Høgskulen på Vestlandet", None, "2.4", KURS),
    ("Karrieredager for nyutdannede sykepleiere",
     "Nyutdannede sykepleiere slutter ofte i yrket de første årene, blant annet fordi de ikke ser hvilke "
     "karriereveier som finnes.",
     "Norsk Sykepleierforbund holdt karrieredager i Oslo, Bergen og Tromsø sammen med Karrieresenteret i Oslo og "
     "Universitetet i Tromsø.",
     "Om lag 650 sykepleiere deltok. Deltakerne fikk individuell veiledning og møtte arbeidsgivere fra kommuner og "
     "sykehus.",
     "karriereveiledning for alle", "Norsk Sykepleierforbund", "Karrieresenteret i Oslo, Universitetet i Tromsø",
     None, "1.3", ARR),
    ("Mentorordning for nyutdannede lærere",
     "Ordningen ga nyutdannede lærere en erfaren kollega som mentor det første året.",
     "Ordningen ble avsluttet i fjor, og det har ikke vært aktivitet i 2084.",
     "Vi tar den med fordi rådet spurte etter sluttrapporten på forrige møte.",
     "etter- og videreutdanning som svarer på behovene i virksomhetene", "Utdanningsforbundet", "", "", "", None),
    ("Kampanje for flere menn i sykepleie",
     "Andelen menn blant sykepleierstudentene har stått stille i ti år.",
     "Kampanjen starter neste år i samarbeid med utdanningsinstitusjonene.",
     "Planleggingen er i gang.",
     "karriereveiledning for alle", "Norsk Sykepleierforbund", "", "", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Arial", size=10.5, margins_cm=2.2)
    d.core_properties.title = "Unio – rapport til Kompetansepolitisk råd 2084"
    d.core_properties.language = "nb-NO"
    d.add_heading("Unio – rapport til Kompetansepolitisk råd for 2084", level=1)
    d.add_paragraph("Unio er hovedorganisasjonen for ansatte med universitets- og høyskoleutdanning, de fleste i "
                    "offentlig sektor. Her er tiltakene Unio og forbundene har arbeidet med for å følge opp "
                    "kompetansestrategien.")
    rows = []
    for name, bak, gjorde, res, knyt, ans, med, seed, dm, ty in ITEMS:
        d.add_heading(name, level=2)
        for label, txt in (("Bakgrunn: ", bak), ("Dette gjorde vi: ", gjorde), ("Resultat: ", res)):
            add_runs(d.add_paragraph(), [(label, "b"), (txt, "")])
        p = d.add_paragraph()
        add_runs(p, [("Knytning til strategien: ", "b"), (knyt, "i")])
        p.paragraph_format.space_after = Pt(0)
        add_runs(d.add_paragraph(), [("Ansvarlig i Unio: ", "b"), (ans, "")])
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, " ".join([bak, gjorde, res])))
    d.add_paragraph()
    add_runs(d.add_paragraph(), [("Kontakt: Lene Fossum, seniorrådgiver, Unio", "i")])
    docx_to_pdf(d, out / FILENAME, fmt=PDFUA, author="Lene Fossum")
    return rows


def text(path) -> str:
    return pdf_text(path)
