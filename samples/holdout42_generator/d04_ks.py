"""04 KS: a letter (ODT) where every paragraph tells one measure and ends with its delmål.
No types are given; truth types are what a careful secretariat would infer."""
from .common import m
from .odf import Odt

FILE = "04_KS_brev_2062.odt"
MEMBER = "KS"

MEASURES = [
    m("M06", "Nasjonalt forum for karriereveiledning", "1.3", "Råd/utvalg/nettverk",
      "KS har i 2062 hatt en plass i Nasjonalt forum for karriereveiledning. Vi har særlig løftet "
      "behovet for karriereveiledning for ansatte i den kommunale helse- og omsorgstjenesten og "
      "bidratt til forumets innspill om kvalitet i veiledningen."),
    m("M02", "råd for samarbeid med arbeidslivet (RSA)", "1.4", "Råd/utvalg/nettverk",
      "Gjennom de regionale KS-kontorene er KS representert i råd for samarbeid med arbeidslivet "
      "(RSA) ved seks universiteter og høgskoler. Her bidrar vi til at utdanningene er relevante for "
      "kommunesektoren, blant annet innen sykepleie, lærerutdanning og IKT."),
    m("M03", "SRY", "2.3", "Råd/utvalg/nettverk",
      "KS har to representanter i SRY og har i 2062 prioritert arbeidet med læreplasser i "
      "helsearbeiderfaget og barne- og ungdomsarbeiderfaget."),
    m("J03", "DigiGrunn", "2.1", "Kurs/utdanning",
      "KS har koordinert kommunenes deltakelse i DigiGrunn. 74 kommuner fikk tilskudd til opplæring "
      "i grunnleggende digitale ferdigheter for ansatte uten fagbrev."),
    m("J05", "Norsk på jobben", "3.4", "Kurs/utdanning",
      "Sammen med Virke, VOFO og flere fylkeskommuner har KS videreført Norsk på jobben, som gir "
      "arbeidsplassbasert norskopplæring for minoritetsspråklige ansatte. Om lag 1 100 ansatte i "
      "kommunene deltok.",
      [], ["Virke", "VOFO"]),
]


def build(path):
    o = Odt()
    o.p("KS – Kommunesektorens organisasjon", "PB")
    o.p("Haakon VIIs gate 9, 0161 Oslo")
    o.p("")
    o.p("Kompetansepolitisk råd")
    o.p("v/sekretariatet")
    o.p("")
    o.p("Vår referanse: 62/01184-3        Arkivkode: 430        Dato: 16.01.2063", "PR")
    o.p("")
    o.p("KS' rapportering til Kompetansepolitisk råd for 2062", "PB")
    o.p("Vi viser til brev fra sekretariatet av 1. desember 2062 med anmodning om rapportering på "
        "tiltak i Nasjonal kompetansepolitisk strategi. KS rapporterer med dette på tiltakene vi har "
        "deltatt i gjennom året.")
    o.p("Rådet skrev selv i sin uttalelse fra 2061: «Kompetansepolitikken må gjennomføres der folk "
        "bor og arbeider, og Norsk på jobben og DigiGrunn viser at det er mulig.» Det har vært en "
        "rettesnor for oss også i år.")
    for x in MEASURES:
        o.p("%s (delmål %s)." % (x["desc"].rstrip("."), x["delmal"]))
    o.p("KS vil i 2063 vurdere å etablere et eget nettverk for kompetanseplanlegging i små "
        "kommuner. Dette er foreløpig ikke besluttet.")
    o.p("")
    o.p("Med vennlig hilsen")
    o.p("Hanne Lie")
    o.p("direktør for arbeidsgiverpolitikk")
    o.p("")
    o.p("Kontaktperson: Ola Bakke, spesialrådgiver, telefon 24 13 26 00", "PS")
    o.p("Dokumentet er elektronisk godkjent og har ingen signatur.", "PS")
    o.save(path, "Rapportering 2062", "KS")
