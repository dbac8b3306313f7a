"""LO: an ordinary Word table without a kind column: the kind stands in front of the measure's name, followed by a
colon («Utvalgsplass: …», «Kursrekke: …», «Utredning: …»). Where a measure meets several delmål, all are listed and
the main one is set in bold, explained by the intro («Hovedmålet er uthevet»); the main one is not always first. A
course last held in November 2094 is told only in words."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, FOU, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_table, docx_text_deep, row, save_docx

FILENAME = "LO_tiltak_KPR_2095.docx"
MEMBER = "LO"
FORMAT = "DOCX (python-docx), portrait, one ruled five-column table with a shaded header row, zip normalised"
SHAPE = ("ordinary Word table without a kind column: title, intro, header Tiltak / Hva LO gjorde / Treffer delmål / "
         "LO-enhet / I samarbeid med; the kind in front of the name with a colon (Utvalgsplass:, Kursrekke:, "
         "Prosjekt:, Utredning:, Konferanse:, Nettverk:, Kurs:); «Treffer delmål» lists one or more codes and, where "
         "there are several, the main one is bold («**1.1**, 2.2», «2.3, **2.4**», «1.4, **2.3**»), which the intro "
         "explains; the KBU seat «Utvalgsplass: Kompetansebehovsutvalget – LOs medlem»; a course last held in "
         "November 2094 told only in words; a signature")
NOT_TRUTH = ("the title and intro, the header, the kind words before the colons, the Treffer delmål cells, the row "
             "'Kurs: Grunnkurs i KI for tillitsvalgte' (last held in November 2094), the signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

# kind, name, gjort, delmål cell as [(code, bold)], enhet, med, seed, delmål, type
ROWS = [
    ("Utvalgsplass", "Kompetansebehovsutvalget – LOs medlem",
     "LOs sjeføkonom satt i utvalget hele året. LO bidro med tall fra forbundene om mangel på fagarbeidere og la fram "
     "en egen merknad om lærlingplasser i utvalgets rapport.",
     [("1.1", True), ("2.2", False)], "Samfunnspolitisk avdeling", "", "M01", "1.1", RAD),
    ("Kursrekke", "Havvindskolen",
     "Fellesforbundet og El og IT Forbundet rekrutterte 260 medlemmer til kursene i sikkerhet og montasje. De "
     "tillitsvalgte i verftene fikk egne informasjonsmøter.",
     [("2.3", False), ("2.4", True)], "Fellesforbundet", "El og IT Forbundet, NHO, fagskolene i Vestland", "J02", "2.4",
     KURS),
    ("Prosjekt", "Språkløypa på byggeplassen",
     "Arbeidere med kort botid lærte fagspråk og norsk i korte moduler på byggeplassen. 14 bedrifter og 190 ansatte "
     "deltok.",
     [("3.4", False)], "Fellesforbundet", "Virke, Oslo kommune", "J04", "3.4", PROSJEKT),
    ("Utredning", "Etter- og videreutdanning i industrien – hvem får tilbud?",
     "Fafo undersøkte på oppdrag fra LO hvilke grupper av ansatte som får betalt videreutdanning. Rapporten viste at "
     "ansatte uten fagbrev sjelden får tilbud.",
     [("2.2", True), ("2.4", False)], "Samfunnspolitisk avdeling", "Fafo", None, "2.2", FOU),
    ("Konferanse", "LOs yrkesfagkonferanse 2095",
     "Konferansen samlet 300 tillitsvalgte, lærlinger og instruktører på Sørmarka i mai. Temaet var fagbrev som vei "
     "til karriere.",
     [("1.4", False), ("2.3", True)], "Utdanningsavdelingen", "AOF Norge", None, "2.3", ARR),
    ("Nettverk", "Regionale kompetanseforum – LOs distriktskontorer",
     "LOs ti distriktskontorer deltok i de regionale kompetanseforumene og samordnet innspillene sine i et nettverk "
     "med fire møter.",
     [("1.2", False)], "Organisasjonsavdelingen", "fylkeskommunene", None, "1.2", RAD),
    ("Kurs", "Grunnkurs i KI for tillitsvalgte",
     "Kurset ble holdt siste gang i november 2094 og er erstattet av forbundenes egne kurs.",
     [("2.1", False)], "Utdanningsavdelingen", "AOF Norge", "", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=10, margins_cm=1.8)
    p = d.add_paragraph()
    add_runs(p, [("LO – tiltak i kompetansestrategien 2095", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("Her er LOs rapport for 2095. Arbeidsformen står foran navnet på tiltaket. Der et tiltak treffer "
                    "flere delmål, har vi ført opp alle. Hovedmålet er uthevet.")
    head = ["Tiltak", "Hva LO gjorde", "Treffer delmål", "LO-enhet", "I samarbeid med"]
    body = [[f"{kind}: {name}", g, "", enhet, med] for kind, name, g, _dm, enhet, med, *_ in ROWS]
    t = docx_table(d, head, body, [4.2, 6.4, 1.9, 2.4, 2.6], fill="E6B8B7")
    for r_i, (kind, name, *_rest) in enumerate(ROWS, 1):
        cell0 = t.rows[r_i].cells[0].paragraphs[0]
        for r in list(cell0.runs):
            r._r.getparent().remove(r._r)
        add_runs(cell0, [(f"{kind}: ", "i"), (name, "b")])
        dm_p = t.rows[r_i].cells[2].paragraphs[0]
        codes = ROWS[r_i - 1][3]
        parts = []
        for k, (code, bold) in enumerate(codes):
            parts.append((code, "b" if bold else ""))
            if k < len(codes) - 1:
                parts.append((", ", ""))
        add_runs(dm_p, parts)
    d.add_paragraph()
    d.add_paragraph("Med hilsen\nTorunn Hovda\nutdanningspolitisk rådgiver, LO")
    save_docx(d, out / FILENAME, "Torunn Hovda")
    return [row(FILENAME, MEMBER, name, seed, dm, ty, enhet, med, g)
            for _k, name, g, _c, enhet, med, seed, dm, ty in ROWS if ty]


def text(path) -> str:
    return docx_text_deep(path)
