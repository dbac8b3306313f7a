"""Regjeringen: a ministry report exported to PDF by LibreOffice from a DOCX. One Heading 1 per hovedinnsatsområde
(in words), one Heading 2 per measure, and right under it a shaded one-row fact table of three cells «Departement:
KD | Virkemiddel: Utvalg | Strategien pkt. 1.1». The prose follows and ends with a sentence «Med på arbeidet: …»
that names the partners. A scheme ended at the last turn of the year is told in a Heading 2 of its own without a
fact table. The trap is a regional analysis the ministry commissioned beside KBU."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, FOU, INFO, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_to_pdf, pdf_text, row, \
    set_cell_shading, set_col_widths

FILENAME = "Regjeringens rapport til Kompetansepolitisk råd 2087.pdf"
MEMBER = "Regjeringen"
FORMAT = ("PDF exported by LibreOffice from a DOCX (python-docx) with Heading 1/Heading 2 styles and a shaded "
          "one-row fact table under each Heading 2; dates and /ID fixed")
SHAPE = ("ministry report: title, intro, one Heading 1 per hovedinnsatsområde in words, one Heading 2 per measure, "
         "right under it a shaded one-row table of three cells «Departement: KD» / «Virkemiddel: Utvalg» / "
         "«Strategien pkt. 1.1», then prose ending in a sentence «Med på arbeidet: X, Y og Z.»; the ministry's kind "
         "words (Utvalg, Forskningsoppdrag, Forsøksordning, Opplæringstilbud, Informasjonstiltak, Konferanse); a "
         "Heading 2 without a fact table for a scheme that ended at the last turn of the year; a regional analysis "
         "beside KBU")
NOT_TRUTH = ("the title and intro, the three Heading 1s, the labels and the Virkemiddel and Strategien values of the "
             "fact tables, the words «Med på arbeidet:», the section 'Tilskudd til bransjeprogram for reiseliv' "
             "(ended at the last turn of the year, no grants in 2087), the closing paragraph")
SPLIT_FIELDS = ("samarbeidspartnere",)

# (area, [(name, dep, virkemiddel, strat, paragraphs, partners, seed, dm, type)])
AREAS = [
    ("Gode valg for den enkelte og for samfunnet", [
        ("Kompetansebehovsutvalget", "KD", "Utvalg", "1.1",
         ["Kompetansebehovsutvalget (KBU) la i juni fram sin niende hovedrapport, «Kompetanse for et arbeidsliv med "
          "færre hender». Rapporten viser at mangelen på helsefagarbeidere og lærere vil bli større enn tidligere "
          "antatt, særlig i distriktene.",
          "Utvalget hadde fem møter. Kunnskapsdepartementet leder utvalget, og sekretariatet ligger i HK-dir."],
         ["Arbeids- og inkluderingsdepartementet", "HK-dir"], "M02", "1.1", RAD),
        ("Regionale kompetansebehovsanalyser i Troms og Finnmark", "KD", "Forskningsoppdrag", "1.2",
         ["Departementet har gitt Norut i oppdrag å lage egne analyser av kompetansebehovet i de to nordligste "
          "fylkene. Analysene bygger på KBUs metode, men er bestilt av departementet og er ikke en del av utvalgets "
          "arbeid. Den første delrapporten kom i november."],
         ["Troms fylkeskommune", "Finnmark fylkeskommune"], None, "1.2", FOU),
        ("Kompetanseprogram for karriereveiledere i Nav", "AID", "Opplæringstilbud", "1.3",
         ["Veiledere i Nav kan ta et videreutdanningsemne på 15 studiepoeng i karriereveiledning for voksne. 140 "
          "veiledere fullførte emnet i 2087."],
         ["OsloMet", "Arbeids- og velferdsdirektoratet"], None, "1.3", KURS),
    ]),
    ("Læring i arbeidslivet", [
        ("Ny veiviser for godkjenning av utenlandsk fagutdanning", "KD", "Informasjonstiltak", "2.6",
         ["HK-dir åpnet i mars en ny veiviser på nett som viser hvilke fagbrev og svennebrev fra andre land som kan "
          "godkjennes, og hva som mangler. Veiviseren finnes på sju språk og hadde 38 000 besøk."],
         ["HK-dir"], None, "2.6", INFO),
        ("Nasjonal konferanse om digital kompetanse i offentlig sektor", "KDD", "Konferanse", "2.1",
         ["Konferansen samlet 450 ledere og tillitsvalgte i Trondheim i oktober. Temaet var hvordan kommuner og "
          "statlige virksomheter kan lære opp ansatte i bruk av kunstig intelligens."],
         ["KS", "Digitaliseringsdirektoratet"], None, "2.1", ARR),
        ("Tilskudd til bransjeprogram for reiseliv", "", "", "",
         ["Ordningen ble avviklet ved forrige årsskifte, og det ble ikke gitt tilskudd i år. De siste deltakerne "
          "fullførte opplæringen før jul."], [], "", "", None),
    ]),
    ("Styrke kompetansen til voksne med svak tilknytning til arbeidslivet", [
        ("Norsk i arbeid", "AID", "Opplæringstilbud", "3.4",
         ["Norsk i arbeid gir innvandrere som er i jobb, opplæring i norsk på arbeidsplassen. Opplæringen gis av "
          "studieforbund og andre voksenopplæringsaktører med tilskudd fra departementet.",
          "I 2087 fikk 3 100 deltakere i 410 virksomheter opplæring, de fleste innen renhold, bygg og "
          "overnatting."],
         ["HK-dir", "studieforbundene", "Kompetanseforbundet"], "J03", "3.4", KURS),
        ("Forsøk med moduler i fagopplæringen for arbeidssøkere", "AID", "Forsøksordning", "3.5",
         ["Nav og fire fylkeskommuner har prøvd ut et opplegg der arbeidssøkere tar fagopplæring i moduler mens de "
          "er i et arbeidsmarkedstiltak. 260 deltakere begynte i 2087."],
         ["Agder fylkeskommune", "Nordland fylkeskommune", "Vestfold fylkeskommune", "Rogaland fylkeskommune"],
         None, "3.5", PROSJEKT),
    ]),
]


def _and(items):
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " og " + items[-1]


def build(out) -> list[dict]:
    d = base_docx(font="Liberation Serif", size=11)
    t = d.add_paragraph()
    add_runs(t, [("Regjeringens rapport til Kompetansepolitisk råd for 2087", "b")])
    t.runs[0].font.size = Pt(18)
    d.add_paragraph("Rapporten gjør rede for tiltakene departementene har gjennomført i 2087 for å følge opp Nasjonal "
                    "kompetansepolitisk strategi. Kunnskapsdepartementet har samordnet rapporten.")
    rows = []
    for area, items in AREAS:
        d.add_heading(area, level=1)
        for name, dep, virk, strat, paras, partners, seed, dm, ty in items:
            d.add_heading(name, level=2)
            if ty:
                tab = d.add_table(rows=1, cols=3)
                tab.style = "Table Grid"
                for c, (lab, val) in zip(tab.rows[0].cells, [("Departement: ", dep), ("Virkemiddel: ", virk),
                                                               ("Strategien pkt. ", strat)]):
                    add_runs(c.paragraphs[0], [(lab, "b"), (val, "")])
                    set_cell_shading(c, "E7EEF7")
                set_col_widths(tab, [4.5, 6.0, 4.5])
                d.add_paragraph()
            for para in paras:
                d.add_paragraph(para)
            if partners:
                p = d.add_paragraph()
                add_runs(p, [("Med på arbeidet: ", "i"), (_and(partners) + ".", "")])
            if ty:
                rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, dep, ", ".join(partners), " ".join(paras)))
    d.add_paragraph()
    d.add_paragraph("KD = Kunnskapsdepartementet, AID = Arbeids- og inkluderingsdepartementet, KDD = Kommunal- og "
                    "distriktsdepartementet. Kunnskapsdepartementet, 16. januar 2088.")
    docx_to_pdf(d, out / FILENAME, author="Kunnskapsdepartementet")
    return rows


def text(path) -> str:
    return pdf_text(path)
