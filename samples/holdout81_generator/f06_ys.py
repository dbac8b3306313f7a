"""YS: the form data of the secretariat's reporting form in Altinn, downloaded by YS from its Altinn archive and
sent on as the report: an XML file in the SERES style of Altinn forms (element names ending in -grp-N and
-datadef-N, gruppeid and orid attributes, the form's attributes on the root), all on one line after the
declaration. The kind is a code from the form's code list; a conference postponed to March 2092 stands as a group
and is told only in its description."""
from __future__ import annotations

from .common import ARR, FOU, INFO, KURS, PROSJEKT, RAD, row, xml_esc

FILENAME = "KPR-0091 Årsrapportering 2091 – YS (AR581204377).xml"
MEMBER = "YS"
FORMAT = ("Altinn form data as downloaded from the Altinn archive (SERES-style XML: root «Skjema» with skjemanummer, "
          "spesifikasjonsnummer, blankettnummer, tittel, gruppeid and etatid, a seres.no default namespace, groups "
          "«…-grp-N» with gruppeid, fields «…-datadef-N» with orid), UTF-8 without BOM, the whole form on one line "
          "after the XML declaration; written as text")
SHAPE = ("form data instead of a document: a sender group (organisation, organisation number, contact, reporting "
         "year 2091), a list group holding one «Tiltak-grp-6105» per measure with the fields TiltakLopenummer, "
         "TiltakNavn, TiltakDelmal (a plain code), TiltakTypeKode (the form's code list: RAD_UTVALG_NETTVERK, "
         "FOU, KURS_UTDANNING, INFORMASJON, ARRANGEMENT), TiltakAnsvarlig, TiltakSamarbeidspartnere (empty element "
         "= none), TiltakBeskrivelse, and a declaration group; the SRY seat «Arbeidstakerplassen i SRY (YS)» and the "
         "FSR seat «YS' representant i Nasjonalt fagskoleråd»; a conference postponed to March 2092 as the sixth "
         "group, told only in its description")
NOT_TRUTH = ("the root attributes, the sender and declaration groups, the element names, TiltakLopenummer, "
             "TiltakDelmal and TiltakTypeKode values, the group for 'YS-konferansen om livslang læring' (held in "
             "March 2092)")
SPLIT_FIELDS = ("samarbeidspartnere",)

CODE = {"RAD_UTVALG_NETTVERK": RAD, "FOU": FOU, "KURS_UTDANNING": KURS, "PROSJEKT": PROSJEKT, "INFORMASJON": INFO,
        "ARRANGEMENT": ARR}

# name, delmål, code, ansvarlig, partners, text, seed
ROWS = [
    ("Arbeidstakerplassen i SRY (YS)", "2.3", "RAD_UTVALG_NETTVERK", "YS-sekretariatet", "",
     "YS' medlem deltok i Samarbeidsrådet for yrkesopplæring sine seks møter og arbeidet særlig med læreplasser i "
     "helse- og oppvekstfag.", "M02"),
    ("YS' representant i Nasjonalt fagskoleråd", "1.4", "RAD_UTVALG_NETTVERK", "YS-sekretariatet", "",
     "Representanten deltok i rådets fire møter. Rådet ga innspill til ny finansiering av fagskolene.", "M04"),
    ("Kompetansebarometeret 2091 – svar fra YS-forbundene", "2.2", "FOU", "YS-sekretariatet",
     "Virke, Akademikerne, Respons Analyse",
     "5 100 medlemmer i sju YS-forbund svarte på den felles undersøkelsen om opplæring og kompetansebehov. YS la "
     "fram egne tall i november.", "J02"),
    ("Nettkurs i digital sikkerhet for tillitsvalgte", "2.1", "KURS_UTDANNING", "Parat", "",
     "Nettkurs på tre moduler om digital sikkerhet og personvern på arbeidsplassen. 900 tillitsvalgte fullførte.",
     None),
    ("Kampanje om rett til videregående opplæring for voksne", "3.1", "INFORMASJON", "Delta", "fylkeskommunene",
     "Delta informerte medlemmer uten fullført videregående opplæring om retten til opplæring, med annonser, filmer "
     "og møter på arbeidsplassene.", None),
    ("YS-konferansen om livslang læring", "2.4", "ARRANGEMENT", "YS-sekretariatet", "",
     "Konferansen var satt opp i november, men ble utsatt. Den holdes i mars 2092.", ""),
]

NS = "http://seres.no/xsd/Kunnskapsdepartementet/KPRarsrapportering_M/12704"


def _f(name: str, orid: int, value: str) -> str:
    tag = f"{name}-datadef-{orid}"
    return f'<{tag} orid="{orid}" />' if value == "" else f'<{tag} orid="{orid}">{xml_esc(value)}</{tag}>'


def document() -> str:
    sender = ('<Innsender-grp-6103 gruppeid="6103">' + _f("EnhetNavn", 1, "Yrkesorganisasjonenes Sentralforbund YS")
              + _f("EnhetOrganisasjonsnummer", 18, "938076380") + _f("KontaktpersonNavn", 2, "Jon Erik Lind")
              + _f("KontaktpersonEPost", 27688, "jon.erik.lind@ys.no") + _f("Rapporteringsar", 41201, "2091")
              + "</Innsender-grp-6103>")
    items = []
    for i, (n, dm, code, a, s, t, _seed) in enumerate(ROWS, 1):
        items.append('<Tiltak-grp-6105 gruppeid="6105">' + _f("TiltakLopenummer", 41202, str(i))
                     + _f("TiltakNavn", 41203, n) + _f("TiltakDelmal", 41204, dm) + _f("TiltakTypeKode", 41205, code)
                     + _f("TiltakAnsvarlig", 41206, a) + _f("TiltakSamarbeidspartnere", 41207, s)
                     + _f("TiltakBeskrivelse", 41208, t) + "</Tiltak-grp-6105>")
    declaration = ('<Erklaering-grp-6110 gruppeid="6110">' + _f("ErklaeringRiktigeOpplysninger", 41210, "true")
                   + _f("InnsendtDato", 41211, "2092-01-13") + "</Erklaering-grp-6110>")
    root = ('<Skjema xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            'xmlns:xsd="http://www.w3.org/2001/XMLSchema" skjemanummer="8841" spesifikasjonsnummer="12704" '
            'blankettnummer="KPR-0091" tittel="Årsrapportering til Kompetansepolitisk råd" gruppeid="6102" '
            f'etatid="KD" xmlns="{NS}">')
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + root + sender + '<Tiltaksliste-grp-6104 gruppeid="6104">'
            + "".join(items) + "</Tiltaksliste-grp-6104>" + declaration + "</Skjema>")


def build(out) -> list[dict]:
    (out / FILENAME).write_bytes(document().encode("utf-8"))
    return [row(FILENAME, MEMBER, n, seed, dm, CODE[code], a, s, t)
            for n, dm, code, a, s, t, seed in ROWS if seed != ""]


def groups(path) -> list[dict]:
    from lxml import etree
    root = etree.fromstring(path.read_bytes())
    out = []
    for g in root.iter(f"{{{NS}}}Tiltak-grp-6105"):
        out.append({etree.QName(e).localname.split("-datadef-")[0]: (e.text or "") for e in g})
    return out


def text(path) -> str:
    from lxml import etree
    root = etree.fromstring(path.read_bytes())
    return "\n".join(t for t in root.itertext())
