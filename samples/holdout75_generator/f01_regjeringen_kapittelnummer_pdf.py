"""Regjeringen: an ordinary ministry table printed to PDF by LibreOffice Writer, whose goal column «Strategipunkt»
refers to the chapter and section of the strategy document rather than to the delmål code: the three
hovedinnsatsområder are chapters 4, 5 and 6 of the document, and the section number is the delmål's number, so «kap.
5.3» = delmål 2.3. A key paragraph above the table says so. The kind is given in the ministries' words (Oppnevnt organ,
Digital tjeneste, Oppdrag (evaluering), Tilskudd (studieplasser), Forsøksordning, Nasjonal konferanse). The trap is
KD's own evaluation of the career-guidance forum (about the council, not a seat in it). A trial decided to start in
August 2096 is told only in words."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, FOU, INFO, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_table, docx_to_pdf, \
    pdf_text_with_cells, repeat_header, row

FILENAME = "Regjeringen – rapport til Kompetansepolitisk råd 2095.pdf"
MEMBER = "Regjeringen"
FORMAT = ("PDF exported by LibreOffice Writer from a portrait DOCX (python-docx) with one ruled six-column table and a "
          "repeated header row; dates and /ID fixed")
SHAPE = ("ministry table: title, a line naming the ministries, intro, a key paragraph explaining that «Strategipunkt» "
         "gives chapter and section of the strategy document (chapter 4 = Gode valg, 5 = Læring i arbeidslivet, 6 = "
         "Svak tilknytning; the section is the delmål's number), header Tiltak / Hva som er gjort i 2095 / "
         "Strategipunkt / Art / Departement / Involverte aktører; the delmål only as «kap. 4.1», «kap. 4.3», «kap. "
         "5.4», «kap. 6.1», «kap. 5.5» (= 1.1, 1.3, 2.4, 3.1, 2.5); the kind in the ministries' words (Oppnevnt organ, "
         "Digital tjeneste, Oppdrag (evaluering), Tilskudd (studieplasser), Forsøksordning, Nasjonal konferanse); the "
         "KBU seat «Departementenes plass i Kompetansebehovsutvalget»; KD's own evaluation of the career-guidance forum "
         "(about NFK, not a seat in it); a trial that starts in August 2096 told only in words; a place/date line")
NOT_TRUTH = ("the title, the ministries line and intro, the key paragraph, the header, the Strategipunkt and Art cells, "
             "the row 'Fagbrev i kriminalomsorgen – forsøk' (decided, starts on 1 August 2096), the place/date line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, gjort, kap, art, dep, involverte, seed, delmål, type
ROWS = [
    ("Departementenes plass i Kompetansebehovsutvalget",
     "Departementene møter med observatører i utvalget. I 2095 la KBU fram rapporten «Kompetanse for det grønne "
     "skiftet», og departementene samlet innspill til oppfølgingen i en felles arbeidsgruppe.",
     "kap. 4.1", "Oppnevnt organ", "KD", "AID, NFD, KDD", "M01", "1.1", RAD),
    ("Karrierekompasset – nasjonal nettjeneste",
     "HK-dir lanserte tjenesten i mars. Voksne i arbeid kan teste interessene sine og chatte med en karriereveileder. "
     "Tjenesten hadde 210 000 brukere i 2095.",
     "kap. 4.3", "Digital tjeneste", "KD", "HK-dir, fylkeskommunene", "J01", "1.3", INFO),
    ("Evaluering av Nasjonalt forum for karriereveiledning",
     "KD ga Oxford Research i oppdrag å evaluere hvordan forumet fungerer etter ti år. Evalueringen er departementets "
     "eget oppdrag, og departementet har ingen plass i forumet. Sluttrapporten kom i november.",
     "kap. 4.3", "Oppdrag (evaluering)", "KD", "Oxford Research", None, "1.3", FOU),
    ("Nye studieplasser i helsefag ved fagskolene",
     "Det ble tildelt midler til 600 nye studieplasser i helse- og oppvekstfag, de fleste som deltidstilbud for "
     "ansatte i kommunene.",
     "kap. 5.4", "Tilskudd (studieplasser)", "KD", "HK-dir, fylkeskommunene", None, "2.4", KURS),
    ("Forsøk med fagbrev over tre år for voksne i arbeid",
     "Voksne som jobber fulltid, tar fagbrevet over tre år med opplæring på arbeidsplassen og nettundervisning om "
     "kvelden. 14 fylkeskommuner deltar, og 900 voksne startet i august.",
     "kap. 6.1", "Forsøksordning", "KD", "AID, fylkeskommunene", None, "3.1", PROSJEKT),
    ("Realkompetansekonferansen 2095",
     "Nasjonal konferanse i Bergen i september om vurdering av realkompetanse i arbeidslivet. 380 deltakere fra "
     "fylkeskommuner, fagskoler, universiteter og partene.",
     "kap. 5.5", "Nasjonal konferanse", "KD", "HK-dir, UHR, Fagskolerådet", None, "2.5", ARR),
    ("Fagbrev i kriminalomsorgen – forsøk",
     "Forsøket er vedtatt og starter 1. august 2096.",
     "kap. 6.3", "Forsøksordning", "JD", "Kriminalomsorgsdirektoratet", "", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Times New Roman", size=10, margins_cm=2.0)
    p = d.add_paragraph()
    add_runs(p, [("Rapport til Kompetansepolitisk råd – regjeringens tiltak i 2095", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("Kunnskapsdepartementet og Arbeids- og inkluderingsdepartementet, med bidrag fra Nærings- og "
                    "fiskeridepartementet og Justis- og beredskapsdepartementet")
    d.add_paragraph("Tabellen viser tiltakene departementene gjennomførte i 2095 som følger opp Nasjonal "
                    "kompetansepolitisk strategi.")
    d.add_paragraph("Om kolonnen Strategipunkt: Vi viser til kapittel og avsnitt i strategidokumentet. Kapittel 4 er "
                    "hovedinnsatsområdet Gode valg for den enkelte og for samfunnet, kapittel 5 er Læring i "
                    "arbeidslivet, og kapittel 6 er Styrke kompetansen til voksne med svak tilknytning til "
                    "arbeidslivet. Avsnittsnummeret er delmålets nummer under innsatsområdet.")
    head = ["Tiltak", "Hva som er gjort i 2095", "Strategipunkt", "Art", "Departement", "Involverte aktører"]
    body = [[n, g, k, a, dep, inv] for n, g, k, a, dep, inv, *_ in ROWS]
    t = docx_table(d, head, body, [3.4, 6.0, 1.9, 2.2, 1.5, 2.4], fill="DDE4EE", bold_first=True, size=9)
    repeat_header(t)
    d.add_paragraph()
    d.add_paragraph("Oslo, 19. januar 2096")
    docx_to_pdf(d, out / FILENAME, author="Kunnskapsdepartementet")
    return [row(FILENAME, MEMBER, n, seed, dm, ty, dep, inv, g)
            for n, g, _k, _a, dep, inv, seed, dm, ty in ROWS if ty]


def text(path) -> str:
    return pdf_text_with_cells(path)
