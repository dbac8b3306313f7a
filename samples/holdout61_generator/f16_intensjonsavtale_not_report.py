"""Not a member report: a signed letter of intent between HK-dir, VOFO and Kompetanseforbundet on the next phase of
Kompetansekompasset (2082–2084), forwarded to the secretariat «til orientering». It names the joint measure, the
councils and several members, has numbered paragraphs on purpose, roles, financing and duration, and a signature
block – but it reports nothing done in 2081."""
from __future__ import annotations

from docx.shared import Pt

from .common import add_runs, base_docx, docx_to_pdf, pdf_text_with_cells, set_col_widths

FILENAME = "Intensjonsavtale Kompetansekompasset 2082-2084 (signert).pdf"
MEMBER = None
FORMAT = "PDF exported by LibreOffice from a DOCX (python-docx) with a borderless signature table; dates and /ID fixed"
SHAPE = ("NOT a member report: a letter of intent «Intensjonsavtale om videreutvikling av Kompetansekompasset "
         "2082–2084» between HK-dir, VOFO and Kompetanseforbundet: parties, background (names KBU's report and "
         "Nasjonalt forum for karriereveiledning), §§ 1–6 Formål / Partenes ansvar og roller / Finansiering / "
         "Varighet / Endringer / Tvister, a three-column signature block with dates; no truth rows")
NOT_TRUTH = ("everything (not a member report): the parties, the background that names Kompetansekompasset, KBU "
             "and NFK, the paragraphs on the roles of each party in 2082–2084 (a Sámi version, a module for "
             "seniors, joint user testing), financing, duration, the signatures")

PARAS = [
    ("§ 1 Formål", "Partene vil i fellesskap videreutvikle Kompetansekompasset i perioden 2082–2084, slik at flere "
     "voksne kan kartlegge egen kompetanse og få veiledning videre til opplæring og arbeid."),
    ("§ 2 Partenes ansvar og roller", "HK-dir eier verktøyet og har ansvar for drift, personvern og teknisk "
     "utvikling. VOFO har ansvar for å ta verktøyet i bruk i studieforbundene og for en samisk språkversjon. "
     "Kompetanseforbundet har ansvar for en egen modul for seniorer og for felles brukertesting."),
    ("§ 3 Finansiering", "HK-dir dekker utviklingskostnadene innenfor sine budsjettrammer. VOFO og "
     "Kompetanseforbundet bidrar med egen arbeidstid. Avtalen forplikter ikke partene økonomisk utover dette."),
    ("§ 4 Varighet", "Avtalen gjelder fra 1. januar 2082 til 31. desember 2084. Partene evaluerer samarbeidet innen "
     "30. juni 2084."),
    ("§ 5 Endringer", "Endringer i avtalen skal gjøres skriftlig og signeres av alle parter."),
    ("§ 6 Tvister", "Uenighet om forståelsen av avtalen løses ved forhandlinger mellom partene."),
]


def build(out) -> list[dict]:
    d = base_docx(font="Times New Roman", size=11.5, margins_cm=2.4)
    p = d.add_paragraph()
    add_runs(p, [("Intensjonsavtale om videreutvikling av Kompetansekompasset 2082–2084", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("mellom")
    for party in ["Direktoratet for høyere utdanning og kompetanse (HK-dir), org.nr. 919 477 822",
                  "Voksenopplæringsforbundet (VOFO), org.nr. 971 234 567",
                  "Kompetanseforbundet, org.nr. 924 110 356"]:
        d.add_paragraph(party, style="List Bullet")
    d.add_paragraph("heretter kalt partene.")
    add_runs(d.add_paragraph(), [("Bakgrunn", "b")])
    d.add_paragraph("Kompetansekompasset ble utviklet i 2080–2081 og brukes nå av over 40 000 voksne. "
                    "Kompetansebehovsutvalget pekte i sin rapport fra 2081 på behovet for bedre verktøy for voksne "
                    "som vil omstille seg, og Nasjonalt forum for karriereveiledning har anbefalt at verktøyet "
                    "kobles tettere til karrieresentrene.")
    for head, txt in PARAS:
        add_runs(d.add_paragraph(), [(head, "b")])
        d.add_paragraph(txt)
    d.add_paragraph()
    d.add_paragraph("Avtalen er undertegnet i tre eksemplarer, ett til hver part.")
    t = d.add_table(rows=4, cols=3)
    vals = [["Oslo, 12.01.2082", "Oslo, 13.01.2082", "Hamar, 14.01.2082"],
            ["[signert]", "[signert]", "[signert]"],
            ["Hilde Nyrud", "Tone Vik Aasen", "Eirik Sandvik"],
            ["direktør, HK-dir", "generalsekretær, VOFO", "daglig leder, Kompetanseforbundet"]]
    for r, vs in zip(t.rows, vals):
        for c, v in zip(r.cells, vs):
            c.text = v
    set_col_widths(t, [5.4, 5.4, 5.4])
    d.add_paragraph()
    add_runs(d.add_paragraph(), [("Kopi til orientering: sekretariatet for Kompetansepolitisk råd", "i")])
    docx_to_pdf(d, out / FILENAME)
    return []


def text(path) -> str:
    return pdf_text_with_cells(path)
