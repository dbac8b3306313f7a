"""Spekter: an ordinary report written in LibreOffice Writer (hand-written ODT) and exported to PDF. The measures are
grouped under headings in Spekter's own everyday words for the kind of measure («Der vi sitter», «Det vi har satt i
gang», «Det vi lærer bort», «Det vi har undersøkt», «Møteplasser»), so the kind is given only by the heading. Each
measure is a bold name, a description paragraph and an italic line «Ansvar: … Med: … og … Bidrar til: …» with the
goal paraphrased, no code. The heading «Møteplasser» holds only a conference moved to next year; a course under «Det
vi lærer bort» ended last year. The trap is a hospital trust's own practice council modelled on the RSA councils."""
from __future__ import annotations

from .common import FOU, KURS, PROSJEKT, RAD, Odt, lo_to_pdf, pdf_text, row

FILENAME = "Spekter rapport kompetansetiltak 2085.pdf"
MEMBER = "Spekter"
FORMAT = ("PDF exported by LibreOffice from a hand-written ODT (content, styles, meta, manifest) with heading, bold "
          "and italic styles; dates and /ID fixed")
SHAPE = ("ordinary Writer report: title, intro, measures grouped under headings in Spekter's everyday words for the "
         "kind («Der vi sitter», «Det vi har satt i gang», «Det vi lærer bort», «Det vi har undersøkt», "
         "«Møteplasser») – the kind given only by the heading; per measure a bold name, a description paragraph and "
         "an italic line «Ansvar: … Med: … og … Bidrar til: …» with the goal paraphrased; the RSA seat named "
         "«RSA-møtene ved UiT Norges arktiske universitet»; a course that ended last year and a conference moved to "
         "next year (the only item under «Møteplasser»)")
NOT_TRUTH = ("the title and intro, the five headings (they give the kind), the «Bidrar til» text and the labels of the "
             "italic lines, 'E-læringskurs i pasientsikkerhet for nyansatte' (ended at the close of last year), "
             "'Nasjonal konferanse om heltid og kompetanse' (moved to March next year), the closing paragraph")
SPLIT_FIELDS = ("samarbeidspartnere",)

# (heading, items); item = (name, description, ansvar, partners, bidrar, seed, dm, type)
SECTIONS = [
    ("Der vi sitter", [
        ("RSA-møtene ved UiT Norges arktiske universitet",
         "Helse Nord har arbeidslivets plass i universitetets råd for samarbeid med arbeidslivet. Rådet hadde fire "
         "møter og behandlet blant annet desentralisert sykepleierutdanning i Finnmark.",
         "Helse Nord RHF", [], "samarbeid mellom utdanningene og arbeidslivet", "M02", "1.4", RAD),
        ("Spekters arbeidsgiverplass i KBU",
         "Spekter har én av arbeidsgiverplassene i utvalget for perioden 2085–2088. Vi har særlig løftet behovet for "
         "spesialsykepleiere og helsefagarbeidere.",
         "Spekter", [], "bedre kunnskap om hvilken kompetanse arbeidslivet trenger", "M04", "1.1", RAD),
        ("Helse Bergens praksisråd",
         "Helse Bergen har opprettet et eget råd med utdanningene i regionen for å planlegge praksisplasser. Rådet er "
         "Helse Bergens eget og er bygget etter modell av rådene for samarbeid med arbeidslivet, men er ikke en del "
         "av RSA-ordningen.",
         "Helse Bergen HF", ["Høgskulen på Vestlandet", "Universitetet i Bergen"],
         "samarbeid mellom utdanningene og arbeidslivet", None, "1.4", RAD),
    ]),
    ("Det vi har satt i gang", [
        ("Fagbrev i sterilforsyning for voksne ansatte",
         "Ufaglærte ansatte på sterilsentralene får tilrettelagt opplæring og går opp til fagprøve som "
         "praksiskandidater. 64 ansatte begynte i 2085.",
         "Helse Sør-Øst RHF", ["Oslo universitetssykehus", "Fagforbundet"],
         "at erfaring fra jobben kan dokumenteres med fagbrev", None, "2.5", PROSJEKT),
    ]),
    ("Det vi lærer bort", [
        ("Videreutdanning i intensivsykepleie på deltid",
         "Sykepleiere kan ta videreutdanningen over tre år mens de jobber i redusert stilling med full lønn. 48 "
         "begynte i 2085.",
         "Helse Midt-Norge RHF", ["NTNU"], "videreutdanning som sykehusene trenger", None, "2.4", KURS),
        ("E-læringskurs i pasientsikkerhet for nyansatte",
         "Kurset ble avsluttet ved utgangen av fjoråret og er erstattet av de enkelte sykehusenes egne kurs.",
         "", [], "", "", "", None),
    ]),
    ("Det vi har undersøkt", [
        ("Kartlegging av behovet for spesialsykepleiere",
         "Spekter har kartlagt hvor mange spesialsykepleiere helseforetakene vil trenge fram mot 2095. Kartleggingen "
         "viser et underskudd på 2 300 årsverk, særlig i anestesi og intensiv.",
         "Spekter", ["de regionale helseforetakene"], "bedre kunnskap om hvilken kompetanse arbeidslivet trenger",
         None, "1.1", FOU),
    ]),
    ("Møteplasser", [
        ("Nasjonal konferanse om heltid og kompetanse",
         "Konferansen var planlagt i november, men er flyttet og holdes i Trondheim i mars neste år.",
         "", [], "", "", "", None),
    ]),
]


def _med(med: list[str]) -> str:
    if len(med) > 1:
        return ", ".join(med[:-1]) + " og " + med[-1]
    return med[0]


def build(out) -> list[dict]:
    o = Odt(font="Liberation Sans", size="10.5pt")
    o.p([("Spekters rapport om kompetansetiltak 2085", "")], style="P_title")
    o.p("Til Kompetansepolitisk råd. Her er det Spekter og helseforetakene har gjort i 2085, ordnet etter hva slags "
        "arbeid det er.", style="P_sub")
    rows = []
    for head, items in SECTIONS:
        o.h(head, level=1)
        for name, desc, ans, med, bidrar, seed, dm, ty in items:
            o.p([(name, "b")])
            o.p(desc)
            if ty:
                line = f"Ansvar: {ans}."
                if med:
                    line += f" Med: {_med(med)}."
                line += f" Bidrar til: {bidrar}."
                o.p([(line, "i")])
                rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, ", ".join(med), desc))
    o.p("Spekter, 15. januar 2086 – Anders Vik Holm, direktør for kompetanse og utdanning", style="P_small")
    lo_to_pdf(o.to_bytes("Spekters rapport om kompetansetiltak 2085", "Anders Vik Holm", footer="Spekter"), ".odt",
              out / FILENAME)
    return rows


def text(path) -> str:
    return pdf_text(path)
