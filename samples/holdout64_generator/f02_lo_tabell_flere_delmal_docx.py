"""LO: an ordinary Word table. The delmål column is last and often holds two codes («2.5, 3.1»); the intro says the
main goal is written first, so the truth takes the first. One measure's description runs over three paragraphs in its
cell. The council seat in SRY is named by the meetings of the faglig råd. LO's own kind words. Two rows are outside
2084 only by words in the description («i november i fjor», «neste år»)."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_text_deep, row, save_docx, \
    set_cell_shading, set_col_widths

FILENAME = "LO rapportering til KPR 2084.docx"
MEMBER = "LO"
FORMAT = "DOCX (python-docx), portrait, one ruled table with a shaded header row, zip normalised"
SHAPE = ("ordinary Word table: title, an intro that says «Der et tiltak treffer flere delmål, står hovedmålet først», "
         "header Tiltak / Beskrivelse / Ansvarlig (LO/forbund) / Samarbeid / Kategori / Delmål (hovedmål først); "
         "the delmål column last, often two codes in one cell («2.5, 3.1»); LO's kind words (Representasjon, "
         "Prosjektdeltakelse, Markering, Opplæringstilbud, Utredningsarbeid, Informasjonsarbeid); the SRY seat named "
         "by the faglig råd's meetings; one description of three paragraphs in one cell; two rows outside 2084 only by "
         "words in the description; a closing note and signature")
NOT_TRUTH = ("the title and intro, the header, the Kategori and Delmål cells (the second code in a cell is a secondary "
             "goal), the row 'Kartlegging av tillitsvalgtes kompetansebehov' (report presented in November last year), "
             "the row 'Kampanje for praksiskandidater i industrien' (starts in February next year), the closing note, "
             "the signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

FBL = ["Fagforbundet leder LOs del av prosjektet, som hjelper ansatte over 50 år i helse, renhold og drift fram til "
       "fagbrev gjennom praksiskandidatordningen. Tillitsvalgte rekrutterer deltakere og følger dem opp på "
       "arbeidsplassen.",
       "I 2084 begynte 312 arbeidstakere i løpet, og 97 tok fagprøven. De fleste deltakerne hadde mer enn 20 års "
       "erfaring i yrket, men hadde aldri fått den dokumentert.",
       "Prosjektet drives sammen med Spekter og Vestland fylkeskommune, og HK-dir har laget et eget forkurs i "
       "teori for deltakerne."]

# name, description (str or list of paragraphs), ansvarlig, samarbeid, kategori, delmål text, seed, dm, type
ROWS = [
    ("LOs plass i Kompetansebehovsutvalget",
     "LO har fast plass i utvalget og deltok på alle fem møter. Vi la særlig vekt på behovet for fagarbeidere i "
     "helse og omsorg og på at voksne med fagbrev må få bedre tilgang til videreutdanning.",
     "Samfunnspolitisk avdeling", "", "Representasjon", "1.1", "M02", "1.1", RAD),
    ("Møtene i Faglig råd for bygg- og anleggsteknikk",
     "Fellesforbundet representerer LO i det faglige rådet under SRY. Rådet behandlet i 2084 forslag til nye "
     "læreplaner i anleggsmaskinførerfaget og ga innspill til dimensjoneringen av lærefagene i byggfag.",
     "Fellesforbundet", "", "Representasjon", "2.3, 2.4", "M04", "2.3", RAD),
    ("Fagbrevløftet 50+", FBL, "Fagforbundet", "Spekter, Vestland fylkeskommune, HK-dir", "Prosjektdeltakelse",
     "2.5, 3.1", "J02", "2.5", PROSJEKT),
    ("Fagbrevdagen 2084",
     "Nasjonal markering av nye fagarbeidere og lærlinger 6. juni, holdt i Oslo sammen med NHO. LO Ung sto for "
     "programmet for lærlingene, og 1 400 deltok på stedet eller digitalt.",
     "LO Ung", "NHO, Utdanningsdirektoratet", "Markering", "2.3", "J04", "2.3", ARR),
    ("Fagbrevdagen i Trøndelag",
     "LO i Trøndelag holdt sin egen markering i Trondheim samme uke, med utdeling av fagbrev og besøk på "
     "lærebedrifter. Markeringen var LO Trøndelags eget arrangement og ikke en del av den nasjonale Fagbrevdagen.",
     "LO i Trøndelag", "Trøndelag fylkeskommune", "Markering", "2.3", None, "2.3", ARR),
    ("Studiesirkler om KI på arbeidsplassen",
     "Studiesirkler for tillitsvalgte og medlemmer i handel og kontor om hvordan kunstig intelligens endrer "
     "arbeidsoppgavene. 46 sirkler med til sammen 390 deltakere ble gjennomført i 2084.",
     "Handel og Kontor", "AOF Norge", "Opplæringstilbud", "2.1, 2.4", None, "2.1", KURS),
    ("Kartlegging av tillitsvalgtes kompetansebehov",
     "Rapporten ble lagt fram i november i fjor. Det er ikke gjort mer arbeid med kartleggingen i år.",
     "Utdanningsavdelingen", "Fafo", "Utredningsarbeid", "2.2", "", "", None),
    ("Kampanje for praksiskandidater i industrien",
     "Kampanjen starter i februar neste år sammen med Fellesforbundet og Industri Energi. Materiellet er under "
     "arbeid.",
     "Utdanningsavdelingen", "Fellesforbundet, Industri Energi", "Informasjonsarbeid", "2.5", "", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=9.5, margins_cm=1.7)
    p = d.add_paragraph()
    add_runs(p, [("Rapportering til Kompetansepolitisk råd – LOs tiltak 2084", "b")])
    p.runs[0].font.size = Pt(14)
    d.add_paragraph("Under følger LOs tiltak i oppfølgingen av kompetansestrategien. Der et tiltak treffer flere "
                    "delmål, står hovedmålet først. Vi har også tatt med to saker som ikke hører til 2084, slik at "
                    "sekretariatet har hele bildet.")
    head = ["Tiltak", "Beskrivelse", "Ansvarlig (LO/forbund)", "Samarbeid", "Kategori", "Delmål (hovedmål først)"]
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "DEEAF6")
    rows = []
    for name, desc, ans, med, kat, dmt, seed, dm, ty in ROWS:
        cells = t.add_row().cells
        add_runs(cells[0].paragraphs[0], [(name, "b")])
        paras = desc if isinstance(desc, list) else [desc]
        cells[1].paragraphs[0].add_run(paras[0])
        for para in paras[1:]:
            cells[1].add_paragraph(para)
        for c, v in zip(cells[2:], [ans, med or "–", kat, dmt]):
            c.paragraphs[0].add_run(v)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, " ".join(paras)))
    set_col_widths(t, [3.4, 6.6, 2.6, 2.6, 2.2, 2.0])
    d.add_paragraph()
    d.add_paragraph("Merk: Forbundenes egne kurs i regi av AOF er ikke tatt med, med unntak av studiesirklene om KI, "
                    "som LO sentralt har finansiert.")
    d.add_paragraph("Oslo, 13. januar 2085")
    d.add_paragraph("Henrik Aas Strand\nUtdanningsavdelingen, LO")
    save_docx(d, out / FILENAME, "Henrik Aas Strand")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
