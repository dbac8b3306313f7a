"""VOFO: an ordinary Writer report exported to PDF by LibreOffice from a hand-written ODT. Headings name who was
responsible (VOFO sentralt, VOFO Nord, Folkeuniversitetet, Studieforbundet kultur og tradisjon, Studieforbundet
natur og miljø); under each, one paragraph per measure: a bold run-in name ending in a full stop, the description
with partners inside the sentences («… sammen med HK-dir og NHO»), and a closing bracket «(Strategien: <paraphrase> –
<kind>)» with the goal in VOFO's words and no code. The trap is a study association's own pilot for seasonal workers
named after the joint scheme. One paragraph tells of a gathering held in December last year."""
from __future__ import annotations

from .common import FOU, KURS, NFK, PROSJEKT, RAD, Odt, lo_to_pdf, pdf_text, row

FILENAME = "VOFO – rapport til Kompetansepolitisk råd 2092.pdf"
MEMBER = "VOFO"
FORMAT = ("PDF exported by LibreOffice Writer from a hand-written ODT (content, styles, meta, manifest) with Heading 2 "
          "sections and bold run-in names; dates and /ID fixed")
SHAPE = ("ordinary Writer report: title, intro, a Heading 2 per responsible unit (VOFO sentralt, VOFO Nord, "
         "Folkeuniversitetet, Studieforbundet kultur og tradisjon, Studieforbundet natur og miljø); per measure one "
         "paragraph: bold run-in name with a full stop, the description with partners only in running text («sammen "
         "med HK-dir og NHO»), closing «(Strategien: <VOFO's paraphrase> – <kind>)» with no code; VOFO's kind words "
         "(forumsarbeid, opplæring, kartlegging, studiesirkel, kurs, pilot, samling); the NFK seat named «VOFO i "
         "Nasjonalt forum for karriereveiledning»; one paragraph about a gathering held «i desember i fjor»")
NOT_TRUTH = ("the title and intro, the headings (they give the responsible), the closing «(Strategien: …)» brackets, "
             "the paragraph 'Kompetansepluss frivillighet – avslutningssamling' (held in December last year), the "
             "closing line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# heading, items: name, text, strategien, kind, partners (truth), seed, delmål, type
SECTIONS = [
    ("VOFO sentralt", [
        ("VOFO i Nasjonalt forum for karriereveiledning",
         "VOFO har plassen for frivillig sektor i forumet og deltok på de fire møtene i 2092. Vi la fram erfaringer "
         "fra karriereveiledning i studieforbundenes kurs for innvandrere.",
         "karriereveiledning for alle", "forumsarbeid", "", NFK, "1.3", RAD),
        ("Norsk på arbeidsplassen (NPA)",
         "Studieforbundene gjennomførte 740 kurs i ordningen, de fleste i renhold, hotell og bygg. VOFO samordnet "
         "studieforbundenes tilbud sammen med HK-dir og NHO.",
         "bedre norskopplæring for innvandrere", "opplæring", "HK-dir, NHO", "J06", "3.4", KURS),
    ]),
    ("VOFO Nord", [
        ("Kartlegging av frivillige læringsarenaer i Nordland",
         "VOFO Nord kartla hvilke kurs og studiesirkler lag og foreninger i Nordland tilbyr voksne, og hvem som "
         "deltar. Kartleggingen ble gjort sammen med Nordland fylkeskommune.",
         "flere finner læringslyst gjennom frivillig sektor", "kartlegging", "Nordland fylkeskommune", None, "3.6",
         FOU),
    ]),
    ("Folkeuniversitetet", [
        ("Studiesirkler om digital sikkerhet for seniorer",
         "Folkeuniversitetet holdt 120 studiesirkler om svindel, passord og trygg bruk av nettbank for deltakere over "
         "60 år, sammen med Pensjonistforbundet.",
         "digital kompetanse i hele befolkningen", "studiesirkel", "Pensjonistforbundet", None, "2.1", KURS),
        ("Kompetansepluss frivillighet – avslutningssamling",
         "Samlingen ble holdt i desember i fjor og markerte slutten på prosjektperioden.",
         "læringslyst gjennom frivillig sektor", "samling", "", None, None, None),
    ]),
    ("Studieforbundet kultur og tradisjon", [
        ("Lese- og skrivekurs for voksne i bygdelag",
         "Kurs i lesing og skriving for voksne med svake grunnleggende ferdigheter, holdt i bygdelagenes lokaler i "
         "Trøndelag og Innlandet. 310 deltakere fullførte.",
         "læringsmotivasjon gjennom opplæring i frivillig sektor", "kurs", "", None, "3.6", KURS),
    ]),
    ("Studieforbundet natur og miljø", [
        ("NPA for sesongarbeidere i landbruket",
         "Et eget prøveopplegg med norskopplæring for sesongarbeidere på gårdsbruk i Vestfold, finansiert av "
         "studieforbundet selv. Opplegget er ikke en del av NPA-ordningen.",
         "bedre norskopplæring for innvandrere", "pilot", "", None, "3.4", PROSJEKT),
    ]),
]


def build(out) -> list[dict]:
    o = Odt(font="Liberation Serif", size="11pt")
    o.p([("VOFO – rapport til Kompetansepolitisk råd for 2092", "")], style="P_title")
    o.p("Voksenopplæringsforbundet (VOFO) og studieforbundene rapporterer her tiltakene fra 2092. Tiltakene er ordnet "
        "etter hvem som har hatt ansvaret.", style="P_sub")
    rows = []
    for head, items in SECTIONS:
        o.h(head, level=2)
        for name, txt, strat, kind, partners, seed, dm, ty in items:
            o.p([(name + ".", "b"), (" " + txt + f" (Strategien: {strat} – {kind})", "")])
            if ty:
                rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, head, partners, txt))
    o.p("Oslo, 15. januar 2093 – Sissel Hovde Brenna, rådgiver i VOFO", style="P_small")
    lo_to_pdf(o.to_bytes("VOFO – rapport til Kompetansepolitisk råd for 2092", "Sissel Hovde Brenna", footer="VOFO"),
              ".odt", out / FILENAME)
    return rows


def text(path) -> str:
    return pdf_text(path)
