"""Kompetanseforbundet: a PDF exported by LibreOffice from a Word report: per measure a Heading 2 with the name, the
description, a sentence naming the partners in running text («Vi samarbeidet med … og …») and a right-aligned grey
tag «[1.3 | prosjekt | Fagavdelingen]» holding delmål, kind and the responsible unit. The joint pilot and its
second phase that the member runs alone in Innlandet (a trap) stand next to each other; a Nordic seminar held first
next autumn is outside 2086."""
from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from .common import KURS, PROSJEKT, RAD, add_runs, base_docx, docx_to_pdf, pdf_text, row

FILENAME = "Kompetanseforbundet – årsrapport til KPR 2086.pdf"
MEMBER = "Kompetanseforbundet"
FORMAT = "PDF exported by LibreOffice from a DOCX (python-docx) with Heading 2 per measure and right-aligned tags; dates and /ID fixed"
SHAPE = ("short report: title, intro, one Heading 2 per measure, the description, a sentence «Vi samarbeidet med … "
         "og …» for the partners (or «Ingen eksterne samarbeidspartnere.»), and a right-aligned grey tag «[delmål | "
         "kind | unit]» in lower-case kind words (forumarbeid, prosjekt, sertifisering); the joint pilot KPA and "
         "«KPA – fase 2 i Innlandet» next to each other; a seminar first held next autumn under «Planer»")
NOT_TRUTH = ("the title and intro, the grey tags' delmål and kind values, the words «Vi samarbeidet med» and «Ingen "
             "eksterne samarbeidspartnere.», the heading «Planer» and its paragraph on the Nordic seminar (first "
             "held next autumn), the signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

ITEMS = [
    ("Faggruppe for karriereveiledning i arbeidslivet i NFK",
     "Kompetanseforbundet leder faggruppen som Nasjonalt forum for karriereveiledning satte ned i fjor. Gruppen "
     "la i november fram råd om veiledning for ansatte i bedrifter som legges ned.", [], "1.3", "forumarbeid",
     "Sekretariatet", "M01", RAD),
    ("Karriereveiledning på arbeidsplassen (KPA)",
     "Sammen med partene har vi prøvd ut karriereveiledning i arbeidstiden. Kompetanseforbundet har lært opp "
     "veilederne og samlet erfaringene i en rapport.", ["LO", "NHO"], "1.3", "prosjekt", "Fagavdelingen", "J01",
     PROSJEKT),
    ("KPA – fase 2 i Innlandet",
     "En egen videreføring av KPA i 14 kommunale virksomheter i Innlandet, finansiert av fylkeskommunen. Fase 2 "
     "eies av Kompetanseforbundet alene og startet i august.", ["Innlandet fylkeskommune", "Karriere Innlandet"],
     "1.3", "prosjekt", "Fagavdelingen", None, PROSJEKT),
    ("Sertifisering av karriereveiledere i voksenopplæringen",
     "Kompetanseforbundet har utviklet en sertifisering med tre moduler for veiledere i voksenopplæringen. 95 "
     "veiledere ble sertifisert.", ["OsloMet"], "1.3", "sertifisering", "Kursavdelingen", None, KURS),
    ("Nettkurs i realkompetansevurdering for voksenopplæringen",
     "Kurs for rådgivere som vurderer realkompetanse hos voksne søkere til videregående opplæring. 310 fullførte.",
     [], "2.5", "nettkurs", "Kursavdelingen", None, KURS),
]


def _join(names):
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " og " + names[-1]


def build(out) -> list[dict]:
    d = base_docx(font="Georgia", size=10.5, margins_cm=2.3)
    p = d.add_paragraph()
    add_runs(p, [("Kompetanseforbundet – rapport til Kompetansepolitisk råd for 2086", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("Kompetanseforbundet samler voksenopplæringen, karrieresentrene og studieforbundene i ett "
                    "fagmiljø. Her er tiltakene våre i 2086. Etiketten under hvert tiltak viser delmål, type og "
                    "ansvarlig avdeling.")
    rows = []
    for name, desc, partners, dm, kind, unit, seed, ty in ITEMS:
        d.add_heading(name, level=2)
        d.add_paragraph(desc)
        p = d.add_paragraph()
        add_runs(p, [((f"Vi samarbeidet med {_join(partners)}." if partners else
                       "Ingen eksterne samarbeidspartnere."), "i")])
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        add_runs(p, [(f"[{dm} | {kind} | {unit}]", "g")])
        rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, unit, ", ".join(partners), desc))
    d.add_heading("Planer", level=2)
    d.add_paragraph("Et nordisk seminar om voksnes læring holdes for første gang neste høst, sammen med de nordiske "
                    "søsterorganisasjonene.")
    d.add_paragraph("Hamar, 16. januar 2087\nRagnhild Sveen Brattli, daglig leder")
    docx_to_pdf(d, out / FILENAME, author="Ragnhild Sveen Brattli")
    return rows


def text(path) -> str:
    return pdf_text(path)
