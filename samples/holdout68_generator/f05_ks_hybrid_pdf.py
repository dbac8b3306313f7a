"""KS: an ordinary Writer table exported to PDF by LibreOffice with «Hybrid PDF (embed ODF file)» switched on, so the
PDF also carries the ODT (the catalog's /AdditionalStreams). Header Tiltak / Om tiltaket / Delmål / Type (KS) /
Ansvarlig / Samarbeidspartnere. The delmål is the strategy's own wording cut short with «…», no code. The trap is KS'
own training of the municipal members of the county vocational training boards (about a board, not a seat). Two rows
are outside 2088, said in words."""
from __future__ import annotations

from .common import FOU, KURS, PROSJEKT, RAD, INFO, Odt, hybrid_odf_bytes, lo_to_pdf, pdf_text_with_cells, row

FILENAME = "KS rapportering KPR 2088.pdf"
MEMBER = "KS"
FORMAT = ("PDF exported by LibreOffice Writer from a hand-written ODT as a hybrid PDF (the ODT embedded as "
          "/AdditionalStreams, the zip entries of the embedded ODT given fixed times); dates and /ID fixed")
SHAPE = ("ordinary landscape table report: title, intro, one ruled table Tiltak / Om tiltaket / Delmål / Type (KS) / "
         "Ansvarlig / Samarbeidspartnere; the delmål as the strategy's own wording cut short with «…» and no code "
         "(«Styrke og videreutvikle den digitale kompetansen i hele …»); KS's kind words (Representasjon i råd, "
         "FoU-samarbeid, Opplæringssamling, Opplæringstilbud, Veileder, Utviklingsprosjekt); two rows outside 2088 by their text "
         "(«Ble holdt i mars 2087», «etableres våren neste år»); a contact line")
NOT_TRUTH = ("the title and intro, the header, the Delmål and Type (KS) cells, the row 'Kommunenes lederkonferanse om "
             "kompetanse' (held in March 2087), the row 'Nettverk for opplæringskontor i kommunene' (set up next "
             "spring), the contact line, the embedded ODT (the same text)")
SPLIT_FIELDS = ("samarbeidspartnere",)
HYBRID = 'pdf:writer_pdf_Export:{"IsAddStream":{"type":"boolean","value":"true"}}'

D12 = "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og …"
D21 = "Styrke og videreutvikle den digitale kompetansen i hele …"
D22 = "Styrke kunnskapsgrunnlaget om læring i arbeidslivet …"
D23 = "Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige …"
D31 = "Gi fleksibel opplæring på voksnes premisser …"
D33 = "Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og …"

# name, text, delmål text, kind, ansvarlig, partners, seed, dm, type
ROWS = [
    ("KS i Samarbeidsrådet for yrkesopplæring",
     "KS har to plasser i SRY og la i 2088 vekt på lærlinger i helse- og oppvekstfag og på at kommunene skal ta inn "
     "flere lærlinger.", D23, "Representasjon i råd", "KS Arbeidsgiverpolitikk", [], "M04", "2.3", RAD),
    ("Læringsbarometeret 2088 – kommunesektoren",
     "KS hadde ansvaret for spørsmålene til kommunale virksomheter i den felles undersøkelsen om læring i "
     "arbeidslivet. 1 900 ledere i kommunene svarte.", D22, "FoU-samarbeid", "KS Analyse", ["Virke", "YS", "Fafo"],
     "J03", "2.2", FOU),
    ("Samlinger for kommunale medlemmer i yrkesopplæringsnemndene",
     "To digitale samlinger for de kommunale representantene i fylkenes yrkesopplæringsnemnder, om dimensjonering og "
     "lærlinger i kommunene. Samlingene er KS' egne og er ikke en del av nemndenes arbeid.", D12, "Opplæringssamling",
     "KS Kommuneutvikling", ["fylkeskommunene"], None, "1.2", KURS),
    ("Digitalt løft for hjemmetjenesten",
     "Nettbasert opplæring i velferdsteknologi for ansatte i hjemmetjenesten i 48 kommuner. 5 300 ansatte "
     "gjennomførte.", D21, "Opplæringstilbud", "KS Digitalisering", ["Helsedirektoratet"], None, "2.1", KURS),
    ("Veileder om språkpraksis i kommunene",
     "Veileder til kommunene om hvordan de kan ta imot flyktninger og innvandrere i språkpraksis med opplæring. "
     "Lansert i april og lastet ned 3 100 ganger.", D33, "Veileder", "KS Arbeidsgiverpolitikk", ["IMDi", "Nav"], None,
     "3.3", INFO),
    ("Voksenløpet i helsearbeiderfaget",
     "Utviklingsprosjekt i 12 kommuner der ansatte uten fagbrev tar videregående opplæring i helsearbeiderfaget på "
     "deltid ved siden av jobben. 170 deltakere.", D31, "Utviklingsprosjekt", "KS Kommuneutvikling",
     ["Innlandet fylkeskommune"], None, "3.1", PROSJEKT),
    ("Kommunenes lederkonferanse om kompetanse",
     "Ble holdt i mars 2087. Neste konferanse er ikke fastsatt.", D22, "Konferanse", "KS Arbeidsgiverpolitikk", [],
     "", "", None),
    ("Nettverk for opplæringskontor i kommunene",
     "Nettverket etableres våren neste år etter ønske fra kommunene.", D23, "Nettverk", "KS Arbeidsgiverpolitikk", [],
     "", "", None),
]


def build(out) -> list[dict]:
    o = Odt(font="Liberation Sans", size="10pt", landscape=True)
    o.p("KS' rapportering til Kompetansepolitisk råd for 2088", style="P_title")
    o.p("KS rapporterer her tiltakene i kommunesektoren som følger opp Nasjonal kompetansepolitisk strategi. Delmålet "
        "er gjengitt med strategiens egne ord.")
    table = [["Tiltak", "Om tiltaket", "Delmål", "Type (KS)", "Ansvarlig", "Samarbeidspartnere"]]
    rows = []
    for name, txt, dmt, kind, ans, med, seed, dm, ty in ROWS:
        table.append([[(name, "b")], txt, dmt, kind, ans, ", ".join(med) if med else ""])
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, ", ".join(med), txt))
    o.table([4.2, 6.5, 4.3, 2.9, 3.9, 3.4], table)
    o.p("Kontakt: Siri Engen, KS Arbeidsgiverpolitikk", style="P_small")
    lo_to_pdf(o.to_bytes("KS rapportering KPR 2088", "Siri Engen"), ".odt", out / FILENAME, fmt=HYBRID)
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)


def embedded_odt(path) -> bytes | None:
    return hybrid_odf_bytes(path.read_bytes())
