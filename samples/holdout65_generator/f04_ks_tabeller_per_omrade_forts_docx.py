"""KS: an ordinary Word report with one table per hovedinnsatsområde under its heading (Navn / Om tiltaket / Delmål /
Tiltakstype (KS) / Hovedansvar / Andre involverte). The delmål is sometimes a code, sometimes a code with KS's words
(«2.5 – fagbrev for voksne»), sometimes KS's words only («Digital kompetanse i kommunene»). KS's kind words
(Rådsmedlemskap, Utviklingsprosjekt, Lederopplæring, FoU-oppdrag, Veiledningsmateriell). One measure's description
goes on in a second row whose Navn cell says only «(forts.)». The SRY seat is named by the council's meetings. The
trap is KS's own pre-project in the after-school programme, built on the joint kindergarten project. Two rows are
outside 2085 only by their text."""
from __future__ import annotations

from docx.shared import Pt

from .common import FOU, INFO, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_text_deep, row, save_docx, \
    set_cell_shading, set_col_widths

FILENAME = "KS rapport kompetansestrategien 2085.docx"
MEMBER = "KS"
FORMAT = "DOCX (python-docx), portrait, three ruled tables under Heading 2s, zip normalised"
SHAPE = ("ordinary Word report with one table per hovedinnsatsområde under its heading, header Navn / Om tiltaket / "
         "Delmål / Tiltakstype (KS) / Hovedansvar / Andre involverte; the delmål as a code, as a code with KS's words "
         "(«2.5 – fagbrev for voksne») or as KS's words only («Digital kompetanse i kommunene»); KS's kind words "
         "(Rådsmedlemskap, Utviklingsprosjekt, Lederopplæring, FoU-oppdrag, Veiledningsmateriell, Karrieremesse); one "
         "description continued in a second row whose Navn cell says «(forts.)» and whose other cells are empty; the "
         "SRY seat named «Rådsmøtene i SRY»; two rows outside 2085 only by their text")
NOT_TRUTH = ("the title and intro, the area headings, the headers, the Delmål and Tiltakstype cells, the «(forts.)» "
             "label, the row 'Karrieremesse for ansatte i helse og omsorg' (first held in April next year), the row "
             "'Jobbsjansen for kvinner – kommunenes del' (ended before New Year last year), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)
SENTENCE_FIELDS = ("beskrivelse",)

# (heading, rows); row = (name, [description parts: one per table row], delmål text, kind, ansvar, andre, seed, dm, ty)
AREAS = [
    ("Gode valg for den enkelte og for samfunnet", [
        ("Veileder om karriereveiledning i voksenopplæringen",
         ["Nettbasert veileder for kommunene om hvordan voksenopplæringen kan gi deltakerne karriereveiledning før de "
          "velger utdanning. Veilederen ble lansert i juni og er lastet ned av 230 kommuner."],
         "1.3", "Veiledningsmateriell", "KS", "Kompetanseforbundet, HK-dir", None, "1.3", INFO),
        ("Karrieremesse for ansatte i helse og omsorg",
         ["Messen holdes første gang i april neste år, i samarbeid med fylkeskommunene. Planleggingen startet i "
          "høst."],
         "1.3", "Karrieremesse", "KS", "fylkeskommunene", "", "", None),
    ]),
    ("Læring i arbeidslivet", [
        ("Rådsmøtene i SRY",
         ["KS har en av arbeidsgiverplassene i Samarbeidsrådet for yrkesopplæring. Rådet hadde fem møter i 2085 og "
          "behandlet blant annet dimensjoneringen av helse- og oppvekstfagene."],
         "2.3", "Rådsmedlemskap", "KS", "", "M01", "2.3", RAD),
        ("Prosjektet Fagbrev i barnehagen",
         ["KS har ansvaret for avtalene med kommunene og holder samlinger for styrerne i barnehagene som er med. "
          "I 2085 deltok 61 kommuner.",
          "Assistentene får lønnet tid til teoriopplæringen, og kommunene betaler fagprøven. KS har i år laget en "
          "felles mal for praksisperioden, slik at det blir lettere for nye kommuner å komme med."],
         "2.5 – fagbrev for voksne", "Utviklingsprosjekt", "KS", "Fagforbundet, Utdanningsdirektoratet", "J02",
         "2.5", PROSJEKT),
        ("Fagbrev i SFO (forprosjekt)",
         ["Etter modell av Fagbrev i barnehagen har KS startet et eget forprosjekt for assistenter i "
          "skolefritidsordningen. Forprosjektet er en ny fase som KS eier alene, og er ikke en del av Fagbrev i "
          "barnehagen. Fire kommuner er med."],
         "2.5 – fagbrev for voksne", "Utviklingsprosjekt", "KS", "Bergen kommune, Bodø kommune", None, "2.5",
         PROSJEKT),
        ("KI-verksted for kommunale ledere",
         ["Tre dagers verksted der ledere prøver ut kunstig intelligens i saksbehandling og tjenester. 310 ledere fra "
          "74 kommuner deltok."],
         "Digital kompetanse i kommunene", "Lederopplæring", "KS Læring", "Digdir", None, "2.1", KURS),
    ]),
    ("Voksne med svak tilknytning til arbeidslivet", [
        ("Kartlegging av språkpraksisplasser i kommunene",
         ["Ideas2evidence har på oppdrag fra KS kartlagt hvor mange språkpraksisplasser kommunene tilbyr "
          "innvandrere, og hva som skal til for at flere får fast jobb etterpå. Rapporten kom i oktober."],
         "3.4", "FoU-oppdrag", "KS", "Ideas2evidence", None, "3.4", FOU),
        ("Jobbsjansen for kvinner – kommunenes del",
         ["Avsluttet før årsskiftet i fjor da tilskuddet falt bort. Tatt med fordi sekretariatet spurte etter den."],
         "3.4", "Utviklingsprosjekt", "KS", "IMDi", "", "", None),
    ]),
]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=10, margins_cm=2.0)
    p = d.add_paragraph()
    add_runs(p, [("KS – rapport om oppfølging av kompetansestrategien 2085", "b")])
    p.runs[0].font.size = Pt(16)
    d.add_paragraph("KS rapporterer her tiltak i 2085, ordnet etter de tre hovedinnsatsområdene i strategien. "
                    "Kolonnen «Hovedansvar» viser hvem i KS eller utenfor som leder arbeidet.")
    head = ["Navn", "Om tiltaket", "Delmål", "Tiltakstype (KS)", "Hovedansvar", "Andre involverte"]
    rows = []
    for heading, items in AREAS:
        d.add_heading(heading, level=2)
        t = d.add_table(rows=1, cols=len(head))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, head):
            add_runs(c.paragraphs[0], [(h, "b")])
            set_cell_shading(c, "E2EFD9")
        for name, parts, dmt, kind, ans, andre, seed, dm, ty in items:
            cells = t.add_row().cells
            add_runs(cells[0].paragraphs[0], [(name, "b")])
            cells[1].paragraphs[0].add_run(parts[0])
            for c, v in zip(cells[2:], [dmt, kind, ans, andre or "–"]):
                c.paragraphs[0].add_run(v)
            for part in parts[1:]:
                cont = t.add_row().cells
                add_runs(cont[0].paragraphs[0], [("(forts.)", "i")])
                cont[1].paragraphs[0].add_run(part)
            if ty:
                rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, andre, " ".join(parts)))
        set_col_widths(t, [3.6, 6.2, 2.2, 2.3, 1.8, 2.4])
    d.add_paragraph()
    d.add_paragraph("Kontakt: Ingrid Myhre Saltvik, seniorrådgiver i KS, tlf. 24 13 26 00")
    save_docx(d, out / FILENAME, "Ingrid Myhre Saltvik")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
