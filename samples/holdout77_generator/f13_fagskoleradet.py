"""Fagskolerådet: the secretariat's form filled in in Word. For each measure the form line «Tiltakstype» prints all
six types; the one that applies is marked with yellow highlighting (w:highlight), as the form asks («marker riktig
type med gult»), so a reader that only takes the text sees all six. A network for student advisers that was wound up
in 2096 is told only in words."""
from __future__ import annotations

from docx.enum.text import WD_COLOR_INDEX
from docx.shared import Pt

from .common import ARR, FOU, KURS, PROSJEKT, RAD, TYPES, docx_all_text, docx_bytes, new_docx, row, runs

FILENAME = "Fagskolerådet – rapporteringsskjema KPR 2097.docx"
MEMBER = "Fagskolerådet"
FORMAT = ("DOCX (python-docx), portrait, Heading 2 per measure and labelled paragraphs; the chosen type is a run "
          "with yellow highlighting (w:highlight w:val=\"yellow\") among the six printed types; zip normalised")
SHAPE = ("filled-in form with the type marked by highlighting: title, the form's instruction «Marker riktig "
         "tiltakstype med gult», then per measure a Heading 2 «Tiltak n» and the lines Navn på tiltaket: / Delmål i "
         "strategien: / Tiltakstype: FoU – Kurs/utdanning – Råd/utvalg/nettverk – Prosjekt – Informasjon – "
         "Arrangement (one of them highlighted) / Ansvarlig: / Samarbeidspartnere: / Kort beskrivelse:; delmål as a "
         "plain code; the FSR seat «Nasjonalt fagskoleråd – møter og arbeidsutvalg»; a network wound up in 2096 told "
         "only in words under «Andre opplysninger»; a signature line")
NOT_TRUTH = ("the title and the instruction, the headings «Tiltak n», the labels, the delmål codes, the six printed "
             "type words (the highlighted one gives the type), the section «Andre opplysninger» with 'Nettverk for "
             "studieveiledere' (wound up in 2096), the signature line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, delmål, type, ansvarlig, partnere, beskrivelse, seed
ROWS = [
    ("Nasjonalt fagskoleråd – møter og arbeidsutvalg", "2.4", RAD, "Fagskolerådets leder", "",
     "Fagskolerådet har to plasser i Nasjonalt fagskoleråd og ledet arbeidsutvalget for kvalitet. Rådet hadde fem "
     "møter i 2097.", "M06"),
    ("Havvindskolen: moduler på tre fagskoler", "2.4", KURS, "Fagskolen Rogaland",
     "NHO, YS, Fagskulen Vestland",
     "Fagskolene i Rogaland, Vestland og Agder ga modulene i elektro og automasjon for havvind. 132 studenter "
     "fullførte minst én modul.", "J04"),
    ("Fagskolenes digitale studieverksted", "2.1", PROSJEKT, "Fagskolerådets sekretariat", "Fagskolen Innlandet",
     "Utviklingsprosjekt der seks fagskoler laget felles digitale læringsressurser for nettstudenter.", None),
    ("Fagskoledagen 2097", "2.3", ARR, "Fagskolerådet", "fylkeskommunene",
     "Åpen dag på 40 fagskoler 12. mars for elever i videregående og voksne som vurderer fagskole.", None),
    ("Rapport om fagskolestudenter over 40 år", "2.2", FOU, "Fagskolerådet", "NIFU",
     "NIFU undersøkte hvem de eldre fagskolestudentene er, og hvorfor de tar fagskole. Rapporten kom i september.",
     None),
]


def build(out) -> list[dict]:
    d = new_docx(font="Calibri", size=11, margin_cm=2.2)
    p = d.add_paragraph()
    runs(p, [("Rapportering til Kompetansepolitisk råd 2097", "bs16")])
    p = d.add_paragraph()
    runs(p, [("Medlem: ", "b"), ("Fagskolerådet", "")])
    p = d.add_paragraph()
    runs(p, [("Fyll ut ett skjema per tiltak. Marker riktig tiltakstype med gult.", "i")])
    for i, (name, dm, typ, ans, par, beskr, _seed) in enumerate(ROWS, 1):
        d.add_heading(f"Tiltak {i}", level=2)
        for label, value in (("Navn på tiltaket: ", name), ("Delmål i strategien: ", dm)):
            p = d.add_paragraph()
            runs(p, [(label, "b"), (value, "")])
        p = d.add_paragraph()
        runs(p, [("Tiltakstype: ", "b")])
        for k, t in enumerate(TYPES):
            if k:
                p.add_run(" – ")
            r = p.add_run(t)
            if t == typ:
                r.font.highlight_color = WD_COLOR_INDEX.YELLOW
        for label, value in (("Ansvarlig: ", ans), ("Samarbeidspartnere: ", par), ("Kort beskrivelse: ", beskr)):
            p = d.add_paragraph()
            runs(p, [(label, "b"), (value, "")])
    d.add_heading("Andre opplysninger", level=2)
    d.add_paragraph("Nettverk for studieveiledere, som vi rapporterte på tidligere år, ble avviklet i 2096. "
                    "Oppgavene er overtatt av fagskolene selv.")
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(18)
    runs(p, [("Bergen, 12. januar 2098 · Guro Tveit, daglig leder", "i")])
    (out / FILENAME).write_bytes(docx_bytes(d, "Guro Tveit"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, pa, b) for n, dm, ty, a, pa, b, seed in ROWS]


def highlighted(path) -> list[str]:
    """The highlighted runs, in document order."""
    import docx
    doc = docx.Document(str(path))
    return [r.text for p in doc.paragraphs for r in p.runs if r.font.highlight_color == WD_COLOR_INDEX.YELLOW]


def text(path) -> str:
    return docx_all_text(path)
