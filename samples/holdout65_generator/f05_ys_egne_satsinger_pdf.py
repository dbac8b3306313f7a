"""YS: an ordinary report written in Word and exported to PDF. The headings are YS's own three priorities («Trygghet
i omstilling», «Kompetanse hele livet», «Et seriøst arbeidsliv»), which are not delmål in the strategy. Under them each
measure is a bold paragraph with its name, one or more description paragraphs (the joint survey three), and a grey
closing line «Bidrar til: … · Arbeidsform: … · Ansvarlig: … · Partnere: …» where the goal is YS's paraphrase, never
a code. YS's kind words (Rådsplass, Innspillsmøte, Undersøkelse, Kursrekke, Veiledningstilbud). The FSR seat is named
by the council's meetings. The trap is YS's own meeting with the unions to prepare input for the fagskoleråd. A
conference that was not held in 2085 has a bold name and a paragraph but no closing line."""
from __future__ import annotations

from docx.shared import Pt, RGBColor

from .common import ARR, FOU, INFO, KURS, RAD, add_runs, base_docx, docx_to_pdf, pdf_text, row

FILENAME = "YS – rapport til Kompetansepolitisk råd for 2085.pdf"
MEMBER = "YS"
FORMAT = "PDF exported by LibreOffice from a DOCX (python-docx) with Heading 1 sections and grey small-print lines; dates and /ID fixed"
SHAPE = ("ordinary report: title, intro, three headings that are YS's own priorities («Trygghet i omstilling», "
         "«Kompetanse hele livet», «Et seriøst arbeidsliv») – not the strategy's delmål; per measure a bold name "
         "paragraph, one to three description paragraphs and a grey line «Bidrar til: … · Arbeidsform: … · "
         "Ansvarlig: … · Partnere: …» with the goal paraphrased in YS's words; YS's kind words (Rådsplass, "
         "Innspillsmøte, Undersøkelse, Kursrekke, Veiledningstilbud); the FSR seat named «Møtene i Nasjonalt "
         "fagskoleråd»; a bold-named conference that was not held this year (the last one last year, the next in "
         "March next year)")
NOT_TRUTH = ("the title and intro, the three priority headings, the labels and the Bidrar til and Arbeidsform values "
             "of the grey lines, the paragraph 'Kompetansekonferansen for YS-forbundene' (not held in 2085: the last "
             "one last year, the next in March next year), the contact paragraph")
SPLIT_FIELDS = ("samarbeidspartnere",)
SENTENCE_FIELDS = ("beskrivelse",)

MON = ["Undersøkelsen kartlegger hvilke kompetansebehov virksomhetene har, og hvor mye de ansatte lærer på jobben. YS "
       "har ansvaret for arbeidstakerdelen, der 5 200 ansatte i private og offentlige virksomheter svarte i "
       "september.",
       "Resultatene viser at fire av ti arbeidstakere ikke har fått noen opplæring det siste året, og at det er "
       "størst hull blant deltidsansatte i handel og helse.",
       "Funnene ble lagt fram på et frokostmøte i november sammen med NHO og Virke, og NIFU har skrevet rapporten."]

# (heading, items); item = (name, paragraphs, bidrar, arbeidsform, ansvarlig, partners, seed, dm, type)
SECTIONS = [
    ("Trygghet i omstilling", [
        ("Omstillingsskolen i Finansforbundet",
         ["Kursrekke i fire deler for tillitsvalgte og ansatte i banker og forsikringsselskaper som får nye "
          "oppgaver når KI tar over rutinearbeid. 480 deltok i 2085."],
         "digital omstilling i finansnæringen", "Kursrekke", "Finansforbundet", "Finans Norge, Handelshøyskolen BI",
         None, "2.1", KURS),
        ("Kompetansemonitoren 2085 – arbeidstakerdelen", MON,
         "mer kunnskap om hvordan de ansatte lærer på jobb", "Undersøkelse", "YS-sekretariatet", "NHO, Virke, NIFU",
         "J03", "2.2", FOU),
    ]),
    ("Kompetanse hele livet", [
        ("YS i Samarbeidsrådet for yrkesopplæring",
         ["YS har én fast plass i SRY. Vi har særlig arbeidet for flere læreplasser i salg og service og for bedre "
          "vilkår for voksne lærlinger."],
         "at flere velger yrkesfag og får læreplass", "Rådsplass", "YS-sekretariatet", "", "M01", "2.3", RAD),
        ("Møtene i Nasjonalt fagskoleråd",
         ["Parat har hatt YS-plassen i rådet og deltok på alle fire møtene. Rådet ga råd om nye fagskoletilbud i "
          "logistikk og helseadministrasjon."],
         "fagskoletilbud som svarer på behovene i arbeidslivet", "Rådsplass", "Parat", "", "M03", "2.4", RAD),
        ("Innspillsmøte for forbundene før fagskolerådets møter",
         ["YS samlet forbundene to ganger for å forberede YS' innspill til Nasjonalt fagskoleråd. Møtene er YS' "
          "egne og er ikke en del av rådets arbeid."],
         "fagskoletilbud som svarer på behovene i arbeidslivet", "Innspillsmøte", "YS-sekretariatet",
         "Parat, Delta, Negotia", None, "2.4", ARR),
    ]),
    ("Et seriøst arbeidsliv", [
        ("Kompetansekonferansen for YS-forbundene",
         ["Konferansen ble ikke holdt i 2085. Den forrige var i fjor, og den neste er berammet til mars neste år."],
         "", "", "", "", "", "", None),
        ("Karrierecoach på telefon for medlemmer",
         ["Parat tilbyr medlemmene inntil tre samtaler med en karriereveileder på telefon eller video. I 2085 ble det "
          "holdt 1 150 samtaler, de fleste med medlemmer over 45 år."],
         "karriereveiledning for voksne i jobb", "Veiledningstilbud", "Parat", "Karriere Oslo", None, "1.3", INFO),
    ]),
]


def build(out) -> list[dict]:
    d = base_docx(font="Cambria", size=11, margins_cm=2.5)
    p = d.add_paragraph()
    add_runs(p, [("YS – rapport til Kompetansepolitisk råd for 2085", "b")])
    p.runs[0].font.size = Pt(17)
    d.add_paragraph("YS har i 2085 arbeidet med kompetanse under de tre satsingene i YS' handlingsprogram. Under "
                    "hver satsing står tiltakene med en kort linje om hva de bidrar til, og hvem som har ansvaret.")
    rows = []
    for head, items in SECTIONS:
        d.add_heading(head, level=1)
        for name, paras, bidrar, form, ans, med, seed, dm, ty in items:
            p = d.add_paragraph()
            add_runs(p, [(name, "b")])
            for para in paras:
                d.add_paragraph(para)
            if ty:
                line = f"Bidrar til: {bidrar} · Arbeidsform: {form} · Ansvarlig: {ans} · Partnere: {med or '–'}"
                p = d.add_paragraph()
                r = p.add_run(line)
                r.font.size = Pt(8.5)
                r.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
                rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, " ".join(paras)))
    d.add_paragraph()
    d.add_paragraph("Kontaktperson: Hege Bråten Dahl, fagsjef kompetanse, YS")
    docx_to_pdf(d, out / FILENAME, author="Hege Bråten Dahl")
    return rows


def text(path) -> str:
    return pdf_text(path)
