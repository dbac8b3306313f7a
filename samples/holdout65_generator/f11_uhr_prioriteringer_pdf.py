"""UHR: an ordinary report written in Word and exported to PDF. Heading 2s are UHR's own three priorities, each a
paraphrase of a delmål («Tettere på arbeidslivet», «Fleksibel etter- og videreutdanning», «Veiledning for studenter og
voksne»); the measures are Heading 3s with prose under them and an italic closing line «Ansvar: …». No codes and no
kind words in a column: the kind is in the text (utvalg, håndbok, nettkurs, konferanse, kartlagt). Partners only
inside sentences. The UHR-FSE seat is the arbeidslivsutvalg of a unit. The trap is UHR's own handbook for the RSA
secretariats. A measure that starts next year has a Heading 3 of its own. A «Nøkkeltall» bullet list closes."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, FOU, INFO, KURS, RAD, add_runs, base_docx, docx_to_pdf, pdf_text, row

FILENAME = "UHR – rapportering om kompetansetiltak 2085.pdf"
MEMBER = "UHR"
FORMAT = ("PDF exported by LibreOffice from a DOCX (python-docx) with Heading 2/Heading 3 styles and a bullet list; "
          "dates and /ID fixed")
SHAPE = ("ordinary report: title, intro, three Heading 2s that are UHR's priorities paraphrasing delmål («Tettere på "
         "arbeidslivet» = 1.4, «Fleksibel etter- og videreutdanning» = 2.4, «Veiledning for studenter og voksne» = "
         "1.3), one Heading 3 per measure with prose and an italic «Ansvar: …» line; the kind only in the text; "
         "partners inside sentences («… sammen med Tekna og Fagskolerådet»); the UHR-FSE seat named «Arbeidslivsutvalget "
         "i UHR-Økonomi og administrasjon»; a Heading 3 for a scheme that starts next year; a closing «Nøkkeltall» "
         "bullet list")
NOT_TRUTH = ("the title and intro, the three priority headings, the «Ansvar:» labels, the section 'Felles opptak til "
             "erfaringsbaserte masterstudier' (starts next autumn), the «Nøkkeltall» heading and bullets, the contact "
             "line")
SPLIT_FIELDS = ("samarbeidspartnere",)
SENTENCE_FIELDS = ("beskrivelse",)

# (priority heading, items); item = (name, paragraphs, ansvar, partners, seed, dm, type)
SECTIONS = [
    ("Tettere på arbeidslivet", "1.4", [
        ("Arbeidslivsutvalget i UHR-Økonomi og administrasjon",
         ["UHR-Økonomi og administrasjon, UHRs fagstrategiske enhet for økonomisk-administrative utdanninger, har et "
          "eget arbeidslivsutvalg med representanter fra NHO, Virke og Samfunnsøkonomene.",
          "Utvalget møttes tre ganger i 2085 og ga råd om nye mastergrader i bærekraftig økonomistyring."],
         "UHR-Økonomi og administrasjon", "NHO, Virke, Samfunnsøkonomene", "M05", RAD),
        ("Håndbok for RSA-sekretariatene",
         ["UHR-sekretariatet har skrevet en håndbok for dem som driver sekretariatene for rådene for samarbeid med "
          "arbeidslivet (RSA) ved lærestedene. Håndboken er UHRs egen veiledning og er ikke en del av rådenes "
          "arbeid.",
          "Den ble publisert på uhr.no i mai."],
         "UHR-sekretariatet", "", None, INFO),
    ]),
    ("Fleksibel etter- og videreutdanning", "2.4", [
        ("Nettkurset Grønn omstilling på jobb (GOJ)",
         ["UHR-MNT har koordinert universitetenes og høyskolenes bidrag til det felles nettkurset, sammen med Tekna og "
          "Fagskolerådet. Sju læresteder har laget moduler, og 12 000 deltakere var innom kurset i 2085."],
         "UHR-MNT", "Tekna, Fagskolerådet", "J05", KURS),
        ("Nasjonal konferanse om livslang læring 2085",
         ["Konferansen i Bergen samlet 380 deltakere fra lærestedene, arbeidslivet og myndighetene. HK-dir var "
          "medarrangør, og temaet var korte, fleksible emner for folk i jobb."],
         "UHR-sekretariatet", "HK-dir", None, ARR),
        ("Felles opptak til erfaringsbaserte masterstudier",
         ["Arbeidet starter først til høsten neste år, når opptaksforskriften er endret."], "", "", "", None),
    ]),
    ("Veiledning for studenter og voksne", "1.3", [
        ("Kartlegging av karrieresentrene i UH-sektoren",
         ["NIFU har på oppdrag fra UHR kartlagt karrieresentrene ved 24 læresteder: bemanning, tilbud og samarbeid med "
          "arbeidslivet. Rapporten kom i desember og viser store forskjeller mellom lærestedene."],
         "UHR-sekretariatet", "NIFU", None, FOU),
    ]),
]
KEY = ["32 medlemsinstitusjoner", "118 møter i rådene for samarbeid med arbeidslivet",
       "1 150 korte emner i den felles emnekatalogen"]


def build(out) -> list[dict]:
    d = base_docx(font="Georgia", size=10.5, margins_cm=2.3)
    p = d.add_paragraph()
    add_runs(p, [("UHR – rapportering om kompetansetiltak 2085", "b")])
    p.runs[0].font.size = Pt(17)
    d.add_paragraph("Universitets- og høgskolerådet rapporterer her tiltakene i 2085 under våre tre prioriteringer "
                    "for samarbeidet med arbeidslivet.")
    rows = []
    for head, dm, items in SECTIONS:
        d.add_heading(head, level=2)
        for name, paras, ans, med, seed, ty in items:
            d.add_heading(name, level=3)
            for para in paras:
                d.add_paragraph(para)
            if ty:
                p = d.add_paragraph()
                add_runs(p, [(f"Ansvar: {ans}", "i")])
                rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, " ".join(paras)))
    d.add_heading("Nøkkeltall", level=2)
    for k in KEY:
        d.add_paragraph(k, style="List Bullet")
    d.add_paragraph("Kontakt: Tone Alvestad, seniorrådgiver, UHR")
    docx_to_pdf(d, out / FILENAME, author="Tone Alvestad")
    return rows


def text(path) -> str:
    return pdf_text(path)
