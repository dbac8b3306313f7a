"""UHR: the measures kept as a YAML data file in the git repository of uhr.no's static site (Hugo reads
data/kpr/tiltak-2075.yaml to build the web page); the secretariat received the raw file."""
from __future__ import annotations

from .common import ARR, FOU, INFO, KURS, RAD, row

FILENAME = "tiltak-2075.yaml"
MEMBER = "UHR"
FORMAT = ("YAML 1.2 data file (UTF-8, LF) from a static-site repository (Hugo data/ folder): a top-level mapping "
          "with metadata and a 'tiltak' sequence of mappings, comments, quoted and plain scalars, folded block "
          "scalars ('>-') and flow/block sequences; written as text")
SHAPE = ("data file: per measure the keys tittel / delmaal (a quoted string '1.4', a bare number 2.4 or words "
         "only) / type (UHR's words, missing once) / ansvarlig / samarbeid (a YAML list, block or flow style) / "
         "status / omtale (folded block); an entry with status 'avsluttet-2074', a commented-out entry for 2076 "
         "and a 'publiser: false' helper entry (not truth rows)")
NOT_TRUTH = ("the header comments, the metadata keys (aar, sist_oppdatert, kontakt), the entry 'Nasjonal "
             "praksiskonferanse' (status avsluttet-2074), the commented-out entry 'EVU-portal for UH-sektoren' "
             "(2076), the helper entry 'Eksempel – ikke slett' (publiser: false)")
SPLIT_FIELDS = ("samarbeidspartnere",)

YAML = """\
# Datafil for siden /kompetansepolitisk-rad/tiltak-2075/
# Hugo leser denne fila. Ikke endre nøklene uten å sjekke layouts/partials/kpr-tiltak.html.
# Sist redigert av: sekretariatet for strategiske enheter

aar: 2075
sist_oppdatert: 2076-01-13
kontakt: "post@uhr.no"

tiltak:
  - tittel: "Eksempel – ikke slett"
    publiser: false
    delmaal: "0.0"
    type: råd
    ansvarlig: UHR
    status: mal

  - tittel: RSA-ene ved universitetene og høyskolene
    delmaal: "1.4"
    type: råd
    ansvarlig: Universitetene og høyskolene
    samarbeid:
      - Partene i arbeidslivet
      - Fylkeskommunene
    status: gjennomført
    omtale: >-
      Alle statlige universiteter og høyskoler har et råd for samarbeid med
      arbeidslivet. UHR samlet lederne for rådene to ganger i 2075.

  - tittel: Nasjonalt råd for lærerutdanning (NRLU)
    delmaal: "1.4"
    type: råd
    ansvarlig: UHR-Lærerutdanning
    samarbeid: [KS, Utdanningsforbundet]
    status: gjennomført
    omtale: >-
      Rådet er UHRs fagstrategiske enhet for lærerutdanningene og arbeidet i år
      med etter- og videreutdanning for lærere i yrkesfag.

  - tittel: DigiFag – digitale fagskolemoduler i samarbeid med UH
    delmaal: 2.4
    type: opplæringstilbud
    ansvarlig: UHR
    samarbeid:
      - Fagskolerådet
      - HK-dir
    status: gjennomført
    omtale: >-
      Universiteter, høyskoler og fagskoler utviklet sammen tolv nettbaserte
      moduler i digital teknologi som gir studiepoeng eller fagskolepoeng.

  - tittel: Nasjonal praksiskonferanse
    delmaal: "1.4"
    type: konferanse
    ansvarlig: UHR
    status: avsluttet-2074
    omtale: Ble holdt i Tromsø i november 2074.

  - tittel: Nasjonal EVU-konferanse 2075
    delmaal: Samarbeid mellom utdanning og arbeidsliv
    ansvarlig: UHR
    samarbeid: [NHO, LO, KS]
    status: gjennomført
    omtale: >-
      To dager i Trondheim om etter- og videreutdanning som er utviklet sammen
      med arbeidslivet; 340 deltakere.

  - tittel: Kartlegging av EVU-tilbudet i UH-sektoren
    delmaal: Koble kompetansebehov og utdanningstilbud
    type: kartlegging
    ansvarlig: UHR
    samarbeid:
      - NIFU
    status: gjennomført
    omtale: >-
      En oversikt over alle betalings- og gratis EVU-tilbud ved institusjonene,
      med tall for studenter og studiepoeng.

  - tittel: Felles mal for årsrapporter fra RSA
    delmaal: "1.4"
    type: veileder
    ansvarlig: UHR
    status: gjennomført
    omtale: >-
      UHR laget en felles mal som rådene for samarbeid med arbeidslivet kan
      bruke når de rapporterer til styrene.

#  - tittel: EVU-portal for UH-sektoren
#    delmaal: "1.3"
#    type: nettside
#    ansvarlig: UHR
#    status: planlagt-2076
#    omtale: Skal lanseres i 2076.
"""

TRUTH = [
    ("RSA-ene ved universitetene og høyskolene", "M03", "1.4", RAD, "Universitetene og høyskolene",
     "Partene i arbeidslivet, Fylkeskommunene",
     "Alle statlige universiteter og høyskoler har et råd for samarbeid med arbeidslivet. UHR samlet lederne for "
     "rådene to ganger i 2075."),
    ("Nasjonalt råd for lærerutdanning (NRLU)", "M04", "1.4", RAD, "UHR-Lærerutdanning", "KS, Utdanningsforbundet",
     "Rådet er UHRs fagstrategiske enhet for lærerutdanningene og arbeidet i år med etter- og videreutdanning "
     "for lærere i yrkesfag."),
    ("DigiFag – digitale fagskolemoduler i samarbeid med UH", "J06", "2.4", KURS, "UHR", "Fagskolerådet, HK-dir",
     "Universiteter, høyskoler og fagskoler utviklet sammen tolv nettbaserte moduler i digital teknologi som gir "
     "studiepoeng eller fagskolepoeng."),
    ("Nasjonal EVU-konferanse 2075", None, "1.4", ARR, "UHR", "NHO, LO, KS",
     "To dager i Trondheim om etter- og videreutdanning som er utviklet sammen med arbeidslivet; 340 deltakere."),
    ("Kartlegging av EVU-tilbudet i UH-sektoren", None, "2.4", FOU, "UHR", "NIFU",
     "En oversikt over alle betalings- og gratis EVU-tilbud ved institusjonene, med tall for studenter og "
     "studiepoeng."),
    ("Felles mal for årsrapporter fra RSA", None, "1.4", INFO, "UHR", "",
     "UHR laget en felles mal som rådene for samarbeid med arbeidslivet kan bruke når de rapporterer til styrene."),
]


def build(out) -> list[dict]:
    (out / FILENAME).write_bytes(YAML.encode("utf-8"))
    return [row(FILENAME, MEMBER, n, s, dm, typ, a, sam, d) for n, s, dm, typ, a, sam, d in TRUTH]


def text(path) -> str:
    return path.read_text(encoding="utf-8")
