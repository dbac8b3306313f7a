"""Regjeringen: the ministry's ordinary report, written in Word and exported to PDF. A summary with a bullet list,
then one heading per area in the ministry's own words and one sub-heading per measure. The measures are told in
prose only: who is responsible and who takes part is said in sentences, the delmål is never given as a code but
paraphrased («følger opp strategiens mål om …»), and no kind of measure is named. The council is described over
four paragraphs with a bullet list of notes in between. A measure closed last year and one starting next year are
told in the closing sections only by the words «i fjor» and «fra neste år»."""
from __future__ import annotations

from docx.shared import Pt

from .common import FOU, INFO, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_to_pdf, pdf_text, row

FILENAME = "Kunnskapsdepartementet – rapport om kompetansetiltak 2083.pdf"
MEMBER = "Regjeringen"
FORMAT = ("PDF exported by LibreOffice from a DOCX (python-docx) with heading styles and bullet lists; dates and /ID "
          "fixed")
SHAPE = ("ordinary ministry report: title lines, «Sammendrag» with a bullet list of the measures, then one Heading 1 "
         "per area in the ministry's own words and one Heading 2 per measure; every measure told in prose only – "
         "responsibility and partners inside sentences («… leder utvalget i samarbeid med A, B og C»), the delmål "
         "paraphrased («følger opp strategiens mål om …», no codes anywhere), no kind of measure; the council runs "
         "over four paragraphs with a bullet list of three publications between the third and the fourth; «Andre "
         "forhold» tells of an evaluation ended «i fjor» and «Videre arbeid» of a trial starting «fra neste år»")
NOT_TRUTH = ("the title lines, the summary and its bullet list (the same measures once more), the area headings, the "
             "three notes listed under the council (publications, not measures), «Andre forhold» on the evaluation "
             "of the bransjeprogrammer (ended last year), «Videre arbeid» on the trial «Lærlingløftet for voksne» "
             "(starts next year), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)
SENTENCE_FIELDS = ("beskrivelse",)

KBU_PARAS = [
    "Kompetansebehovsutvalget (KBU) la i juni fram sin åttende hovedrapport, «Kompetanse for det grønne skiftet». "
    "Kunnskapsdepartementet leder utvalget i samarbeid med Arbeids- og inkluderingsdepartementet, HK-dir og partene "
    "i arbeidslivet. Utvalget har i tillegg sju medlemmer fra forskning og analyse.",
    "Rapporten viser at behovet for fagarbeidere innen elektro, bygg og industri vil øke mer enn tidligere antatt, "
    "særlig i regioner med store etableringer innen kraftkrevende industri. Mangelen på ingeniører er mindre enn "
    "utvalget anslo for tre år siden.",
    "Utvalget hadde seks møter i 2083 og ga i tillegg til hovedrapporten ut tre temanotater.",
    None,
    "Rapportene er lagt fram for Kompetansepolitisk råd og presentert i alle fylkeskommunene. Utvalget er selve "
    "kjernen i strategiens mål om et felles kunnskapsgrunnlag om Norges kompetansebehov.",
]
KBU_NOTES = ["Ingeniørbehovet i fylkene fram mot 2040", "Kompetansebehov i kommunal helse og omsorg",
             "Voksnes deltakelse i etter- og videreutdanning"]

# area heading, [(name, paragraphs, seed, dm, type, ansvarlig, partners)]
AREAS = [
    ("Kunnskap og veiledning for gode valg", [
        ("Kompetansebehovsutvalget", KBU_PARAS, "M03", "1.1", RAD, "Kunnskapsdepartementet",
         "Arbeids- og inkluderingsdepartementet, HK-dir, partene i arbeidslivet"),
        ("Regionale kompetansebehovsanalyser", [
            "HK-dir har laget regionale kompetansebehovsanalyser for seks fylker, i samarbeid med fylkeskommunene. "
            "Analysene bygger på utvalgets metode, men de er HK-dirs egne og er ikke en del av utvalgets arbeid.",
            "Analysene skal gjøre det lettere for fylkeskommunene å ta ansvaret for den regionale "
            "kompetansepolitikken, slik strategien legger opp til. Tre fylker har alt brukt dem i arbeidet med "
            "nye regionale planer."], None, "1.2", FOU, "HK-dir", "fylkeskommunene"),
    ]),
    ("Læring og godkjenning i arbeidslivet", [
        ("Godkjenningsveiviseren", [
            "Godkjenningsveiviseren er en ny nettjeneste der personer med utenlandsk utdanning eller fagbrev får "
            "vite hvilken godkjenning de trenger og hvor de skal søke. HK-dir utviklet tjenesten sammen med "
            "Arbeids- og velferdsdirektoratet og IMDi, og den ble lansert i mars.",
            "Tjenesten hadde om lag 41 000 brukere i 2083. Den følger opp strategiens mål om enklere og raskere "
            "godkjenning av utenlandsk utdanning og yrkeskvalifikasjoner."], None, "2.6", INFO, "HK-dir",
         "Arbeids- og velferdsdirektoratet, IMDi"),
    ]),
    ("Kvalifisering av voksne som står utenfor arbeidslivet", [
        ("Norsk i praksis", [
            "Norsk i praksis gir innvandrere som jobber på byggeplasser norskopplæring knyttet til arbeidet. IMDi har "
            "ansvaret for prosjektet og samarbeider med VOFO, Byggenæringens Landsforening og Fellesforbundet.",
            "I 2083 deltok 620 arbeidstakere på 38 byggeplasser i Oslo, Bergen og Trondheim. Studieforbundene står "
            "for undervisningen, mens bedriftene stiller rom og arbeidstid til disposisjon. Prosjektet følger opp "
            "målet om mer målrettet norskopplæring for innvandrere, i samarbeid med partene."], "J03", "3.4",
         PROSJEKT, "IMDi", "VOFO, Byggenæringens Landsforening, Fellesforbundet"),
        ("Opplæringsløp i helsefag for arbeidssøkere", [
            "Arbeids- og velferdsdirektoratet har i 2083 gitt 480 arbeidssøkere et toårig opplæringsløp fram mot "
            "fagbrev som helsefagarbeider, i samarbeid med fylkeskommunene og kommunene. Deltakerne har praksis i "
            "sykehjem og hjemmetjeneste fra første måned.",
            "Tiltaket er en del av arbeidet med å styrke Navs opplæringstilbud for arbeidssøkere som trenger "
            "kvalifisering for å komme i jobb."], None, "3.5", KURS, "Arbeids- og velferdsdirektoratet",
         "fylkeskommunene, kommunene"),
    ]),
]

OTHER = ("Evalueringen av bransjeprogrammene ble avsluttet i fjor, og sluttrapporten ble omtalt i forrige rapport "
         "til rådet. Departementene har i 2083 fulgt opp anbefalingene i det ordinære budsjettarbeidet.")
NEXT = ("Fra neste år starter HK-dir et forsøk med «Lærlingløftet for voksne», der voksne med lang arbeidserfaring "
        "skal få læreplass i bedrifter som ikke har hatt lærlinger før. Forsøket rapporteres for 2084.")


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=11, margins_cm=2.3)
    p = d.add_paragraph()
    add_runs(p, [("Departementenes oppfølging av Nasjonal kompetansepolitisk strategi", "b")])
    p.runs[0].font.size = Pt(18)
    p = d.add_paragraph()
    add_runs(p, [("Rapport til Kompetansepolitisk råd for 2083 · Kunnskapsdepartementet, januar 2084", "i")])
    d.add_heading("Sammendrag", level=1)
    d.add_paragraph("Departementene og underliggende virksomheter har i 2083 arbeidet med kunnskapsgrunnlaget, "
                    "godkjenning av utenlandsk kompetanse og kvalifisering av voksne. Rapporten omtaler disse "
                    "tiltakene:")
    for _a, ms in AREAS:
        for m in ms:
            d.add_paragraph(m[0], style="List Bullet")
    rows = []
    for area, ms in AREAS:
        d.add_heading(area, level=1)
        for name, paras, seed, dm, ty, ans, med in ms:
            d.add_heading(name, level=2)
            for para in paras:
                if para is None:
                    for n in KBU_NOTES:
                        d.add_paragraph(n, style="List Bullet")
                else:
                    d.add_paragraph(para)
            text = " ".join(x for x in paras if x)
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, text))
    d.add_heading("Andre forhold", level=1)
    d.add_paragraph(OTHER)
    d.add_heading("Videre arbeid", level=1)
    d.add_paragraph(NEXT)
    d.add_paragraph()
    add_runs(d.add_paragraph(), [("Kontakt: Ingrid Malmo, seniorrådgiver, Kompetansepolitisk avdeling, "
                                  "Kunnskapsdepartementet", "i")])
    docx_to_pdf(d, out / FILENAME, author="Ingrid Malmo")
    return rows


def text(path) -> str:
    return pdf_text(path)
