"""Spekter: an ordinary report exported to PDF by LibreOffice from a DOCX: one Heading 2 per measure, a paragraph and
three bullets «Hvorfor: …» (the goal as a purpose clause, «for å …»), «Hvem: …» (one sentence naming who leads and who
takes part: «Helse Sør-Øst leder arbeidet sammen med OsloMet og Lovisenberg diakonale høgskole.») and «Hvordan: …» (the
kind in Spekter's words). A course that ended in 2092 is told only in words."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, FOU, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_to_pdf, pdf_text, row

FILENAME = "Spekter rapport KPR 2093.pdf"
MEMBER = "Spekter"
FORMAT = ("PDF exported by LibreOffice from a DOCX (python-docx) with Heading 2 sections and List Bullet paragraphs "
          "with bold labels; dates and /ID fixed")
SHAPE = ("ordinary report: title, intro, one Heading 2 per measure, a paragraph and three bullets «Hvorfor:» (the goal "
         "as a purpose clause: «for å styrke samarbeidet mellom utdanningene og sykehusene» = 1.4, «for å få mer "
         "kunnskap om læring i arbeidslivet» = 2.2, «for å gjøre etter- og videreutdanningen mer relevant for "
         "sykehusene» = 2.4, «for at erfaring fra jobben kan gi fagbrev» = 2.5), «Hvem:» (one sentence: who leads, "
         "then «sammen med» the partners, or «møter for Spekter») and «Hvordan:» (Spekter's kind words: fast plass i "
         "enheten, rådsplass, spørreundersøkelse, kurs, utviklingsprosjekt, fagdag); the UHR-FSE seat named "
         "«UHR-Helse og velferd – arbeidsgiverplassen»; a course that ended in 2092 told only in words")
NOT_TRUTH = ("the title and intro, the labels and the Hvorfor and Hvordan values of the bullets, the verbs and «sammen "
             "med» of the Hvem sentences, the section 'E-læring i smittevern' (ended in 2092, replaced), the contact "
             "line")
SPLIT_FIELDS = ("samarbeidspartnere",)

W14 = "for å styrke samarbeidet mellom utdanningene og sykehusene"
W22 = "for å få mer kunnskap om læring i arbeidslivet"
# name, text, hvorfor, hvem sentence, ansvarlig, partners, hvordan, seed, dm, type
ITEMS = [
    ("UHR-Helse og velferd – arbeidsgiverplassen",
     "Spekter har arbeidsgiverplassen i UHRs fagstrategiske enhet for helse- og velferdsutdanningene. Enheten "
     "arbeidet i 2093 med felles retningslinjer for praksis i sykehus.", W14, "Spekter sitter selv i enheten.",
     "Spekter", [], "fast plass i enheten", "M03", "1.4", RAD),
    ("RSA ved Universitetet i Stavanger",
     "Helse Stavanger representerer Spekter-virksomhetene i universitetets råd for samarbeid med arbeidslivet. Rådet "
     "drøftet opptak og kapasitet i sykepleierutdanningen.", W14, "Helse Stavanger møter for Spekter.",
     "Helse Stavanger", [], "rådsplass", "M06", "1.4", RAD),
    ("Læringsbarometeret 2093 – sykehusene",
     "Spekter sørget for at alle helseforetakene var med i den felles undersøkelsen om læring på jobben, med egne "
     "spørsmål om simulering og veiledning.", W22, "Spekter leder arbeidet sammen med YS, Virke og Fafo.", "Spekter",
     ["YS", "Virke", "Fafo"], "spørreundersøkelse", "J02", "2.2", FOU),
    ("Simuleringstrening for nyutdannede sykepleiere",
     "Alle nyansatte sykepleiere ved sykehusene i Helse Sør-Øst fikk tre dager simuleringstrening det første året. "
     "1 450 deltok.", "for å gjøre etter- og videreutdanningen mer relevant for sykehusene",
     "Helse Sør-Øst leder arbeidet sammen med OsloMet og Lovisenberg diakonale høgskole.", "Helse Sør-Øst",
     ["OsloMet", "Lovisenberg diakonale høgskole"], "kurs", None, "2.4", KURS),
    ("Praksiskandidater blant helsefagarbeidere i sykehus",
     "Assistenter i sykehusene får tilrettelagt arbeid og teori slik at de kan ta fagbrev som helsefagarbeidere på "
     "grunnlag av praksis. 120 kandidater var med.", "for at erfaring fra jobben kan gi fagbrev",
     "Helse Nord leder arbeidet sammen med Nordland fylkeskommune og Troms fylkeskommune.", "Helse Nord",
     ["Nordland fylkeskommune", "Troms fylkeskommune"], "utviklingsprosjekt", None, "2.5", PROSJEKT),
    ("Fagdag om kompetanseplanlegging",
     "Fagdag i september for HR-ledere i Spekter-virksomhetene om strategisk kompetanseplanlegging. 160 deltakere.",
     W22, "Spekter arrangerte dagen sammen med Helse Midt-Norge.", "Spekter", ["Helse Midt-Norge"], "fagdag", None,
     "2.2", ARR),
    ("E-læring i smittevern",
     "Kurset ble avsluttet i 2092 og er erstattet av simuleringstreningen.",
     "for å gjøre etter- og videreutdanningen mer relevant for sykehusene", "Helse Vest hadde ansvaret.", "Helse Vest",
     [], "e-læringskurs", "", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=10.5)
    p = d.add_paragraph()
    add_runs(p, [("Spekter – rapport til Kompetansepolitisk råd for 2093", "b")])
    p.runs[0].font.size = Pt(16)
    d.add_paragraph("Spekter og virksomhetene i Spekter-fellesskapet har i 2093 arbeidet med kompetanse særlig i "
                    "helseforetakene. Under hvert tiltak står hvorfor vi gjør det, hvem som gjør det og hvordan.")
    rows = []
    for name, txt, why, who, ans, partners, how, seed, dm, ty in ITEMS:
        d.add_heading(name, level=2)
        d.add_paragraph(txt)
        for label, val in (("Hvorfor: ", why), ("Hvem: ", who), ("Hvordan: ", how)):
            b = d.add_paragraph(style="List Bullet")
            add_runs(b, [(label, "b"), (val, "")])
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, ", ".join(partners), txt))
    d.add_paragraph()
    d.add_paragraph("Kontakt: Randi Ødegård, Spekter, 15. januar 2094")
    docx_to_pdf(d, out / FILENAME, author="Randi Ødegård")
    return rows


def text(path) -> str:
    return pdf_text(path)
