"""Regjeringen: KD's draft of the report part of the budget proposition (Prop. 1 S), sent as the ministry's
report. The measures are italic sub-headings under «Kap. nnn Agency» / «Rapport 2080», written as budget prose;
the responsible agency is only the chapter heading, the delmål a «(jf. delmål x.y)» at the end of a paragraph, and
budget tables sit between the measures."""
from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from .common import FOU, INFO, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_to_pdf, pdf_text, row

FILENAME = "KD utkast Prop 1 S rapportdel kompetanse 2080.pdf"
MEMBER = "Regjeringen"
FORMAT = "PDF exported by LibreOffice from a DOCX (python-docx); justified text, dates and /ID fixed"
SHAPE = ("draft report part of a budget proposition: title block «Prop. 1 S (2081–2082) – utkast til rapportdel», "
         "then «Kap. 200 Kunnskapsdepartementet», «Kap. 256 Direktoratet for høyere utdanning og kompetanse» and "
         "«Kap. 634 Arbeids- og velferdsdirektoratet – arbeidsmarkedstiltak», each with a budget table «Utgifter under kap. … (i 1 000 kr)» (Post / "
         "Betegnelse / Regnskap 2079 / Saldert budsjett 2080 / Forslag 2081) and a «Rapport 2080» part where every "
         "measure is an italic sub-heading and a justified paragraph ending «(jf. delmål x.y)»; the responsible "
         "agency is only the chapter heading, partners only in the running text; a «Budsjettforslag 2081» part")
NOT_TRUTH = ("the title block and the note on the draft, the chapter headings, the budget tables (posts are cost "
             "lines, not measures), the «Mål for 2081» and «Budsjettforslag 2081» paragraphs (a new "
             "tilskuddsordning for bransjeprogram from 2081), the sub-heading «Fagbrevkampanjen» (ended 2079)")
SPLIT_FIELDS = ("samarbeidspartnere",)

# chapter, agency (ansvarlig), post table, measures: (name, text, partner sentence, partners, delmål, seed, type)
CHAPTERS = [
    ("Kap. 200 Kunnskapsdepartementet", "Kunnskapsdepartementet",
     [("01", "Driftsutgifter", "412 380", "425 110", "431 900"),
      ("21", "Spesielle driftsutgifter, kan overføres", "38 240", "41 700", "40 100")],
     [("Kompetansebehovsutvalget",
       "Departementet har ledet utvalget også i 2080. Utvalget la i juni fram sin sjette hovedrapport, om behovet "
       "for fagarbeidere i helse og industri fram mot 2095.",
       "Med i utvalget er hovedorganisasjonene og Arbeids- og inkluderingsdepartementet.",
       "hovedorganisasjonene, Arbeids- og inkluderingsdepartementet", "1.1", "M02", RAD),
      ("Kunnskapsgrunnlag fra SSB til utvalget",
       "KD ga Statistisk sentralbyrå i oppdrag å koble registerdata om etter- og videreutdanning med "
       "sysselsettingsdata. Tallene ble levert i september og er åpent tilgjengelige; oppdraget er departementets "
       "eget og ikke en del av utvalgets arbeid.",
       "Oppdraget ble gjennomført av Statistisk sentralbyrå.", "Statistisk sentralbyrå", "1.1", None, FOU)]),
    ("Kap. 256 Direktoratet for høyere utdanning og kompetanse", "Direktoratet for høyere utdanning og kompetanse",
     [("01", "Driftsutgifter", "590 020", "604 500", "611 800"),
      ("21", "Spesielle driftsutgifter", "122 900", "131 050", "127 400")],
     [("Nasjonalt forum for karriereveiledning",
       "Forumet møttes fire ganger og ga råd om kvalitetsrammeverket for karriereveiledning i NAV og "
       "karrieresentrene. Direktoratet leder forumet og er sekretariat.",
       "I forumet er partene i arbeidslivet, fylkeskommunene og Sametinget representert.",
       "partene i arbeidslivet, fylkeskommunene, Sametinget", "1.3", "M04", RAD),
      ("Realkompetanseportalen",
       "Portalen ble åpnet i april. Voksne kan der laste opp dokumentasjon av det de kan fra arbeid og frivillig "
       "innsats, og fylkeskommunene bruker den i vurderingen. Ved årsskiftet var 12 400 brukere registrert.",
       "Portalen er utviklet sammen med Kompetanseforbundet og UHR.", "Kompetanseforbundet, UHR", "2.5", "J04",
       INFO),
      ("Kompetanseprogram for karriereveiledere",
       "Videreutdanning på 30 studiepoeng for veiledere i karrieresentrene, med vekt på seniorer og innvandrere; "
       "215 veiledere tok emnet i 2080.",
       "Programmet tilbys ved Høgskolen i Innlandet og Nord universitet.",
       "Høgskolen i Innlandet, Nord universitet", "1.3", None, KURS)]),
    ("Kap. 634 Arbeids- og velferdsdirektoratet – arbeidsmarkedstiltak", "Arbeids- og velferdsdirektoratet",
     [("76", "Tiltak for arbeidssøkere, kan overføres", "9 840 300", "10 112 000", "10 305 000")],
     [("Forsøk med fagbrev for langtidsledige",
       "Forsøket lar langtidsledige ta fagbrev gjennom en kombinasjon av praksis i bedrift og modulbasert "
       "opplæring, mens de beholder ytelsen. 290 deltakere i fire fylker.",
       "Forsøket gjennomføres med fylkeskommunene i Agder, Rogaland, Trøndelag og Troms.", "fylkeskommunene",
       "3.5", None, PROSJEKT)]),
]


def _table(d, head, posts):
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Post", "Betegnelse", "Regnskap 2079", "Saldert budsjett 2080",
                                      "Forslag 2081"]):
        add_runs(c.paragraphs[0], [(h, "b")])
    for p in posts:
        cells = t.add_row().cells
        for i, (c, v) in enumerate(zip(cells, p)):
            c.text = v
            if i >= 2:
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT


def build(out) -> list[dict]:
    d = base_docx(font="Times New Roman", size=11)
    add_runs(d.add_paragraph(), [("Prop. 1 S", "b")])
    add_runs(d.add_paragraph(), [("(2081–2082)", "b")])
    add_runs(d.add_paragraph(), [("Kunnskapsdepartementet – utkast til rapportdel, programkategori 07.50 "
                                  "Kompetansepolitikk", "")])
    add_runs(d.add_paragraph(), [("Oversendt sekretariatet for Kompetansepolitisk råd som departementets "
                                  "rapportering for 2080. Teksten er ikke endelig og kan bli endret før "
                                  "proposisjonen legges fram i oktober.", "i")])
    rows = []
    for head, agency, posts, measures in CHAPTERS:
        h = d.add_heading(head, level=1)
        h.runs[0].font.size = Pt(14)
        d.add_paragraph(f"Utgifter under {head.split()[0]} {head.split()[1]} (i 1 000 kr)").runs[0].italic = True
        _table(d, head, posts)
        d.add_heading("Rapport 2080", level=2)
        for name, txt, psent, partners, dm, seed, ty in measures:
            add_runs(d.add_paragraph(), [(name, "i")])
            p = d.add_paragraph(f"{txt} {psent} (jf. delmål {dm})")
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, agency, partners, txt))
        if head.startswith("Kap. 256"):
            add_runs(d.add_paragraph(), [("Fagbrevkampanjen", "i")])
            d.add_paragraph("Kampanjen ble avsluttet i 2079 og er omtalt i fjorårets proposisjon.").alignment = \
                WD_ALIGN_PARAGRAPH.JUSTIFY
    d.add_heading("Mål for 2081", level=2)
    d.add_paragraph("Departementet vil videreføre arbeidet med kompetansebehov og karriereveiledning.")
    d.add_heading("Budsjettforslag 2081", level=2)
    d.add_paragraph("Det foreslås en ny tilskuddsordning for bransjeprogram fra 2081, jf. kap. 256, post 21. "
                    "Ordningen skal utformes i samråd med partene.").alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    docx_to_pdf(d, out / FILENAME)
    return rows


def text(path) -> str:
    return pdf_text(path)
