"""Sametinget: a Writer master document (.odm, «Hoveddokument»): mimetype application/vnd.oasis.opendocument.text-master;
the master's own text is the title and intro, and each department's part is a linked sub-document – a protected
text:section named after the file, with a text:section-source pointing at «../Avdelingsbidrag/<avdeling>.odt» –
whose text the master keeps as its last saved copy (the linked files are not sent). Each part opens with the
department's name in North Sámi and Norwegian (the responsible); each measure a bold name, a description paragraph
and a small line «Delmål: … | Type: … | Samarbeid: …» with the delmål in Sametinget's words. The trap is Sametinget's
own counsellors' network beside its seat in NFK. A project ended the year before keeps a paragraph."""
from __future__ import annotations

import zipfile

from .common import ARR, FOU, KURS, RAD, Odt, odf_meta, row, write_odf, xml_esc

FILENAME = "Sametinget – rapport KPR 2090 (hoveddokument).odm"
MEMBER = "Sametinget"
FORMAT = ("ODM: OpenDocument master document (stored mimetype application/vnd.oasis.opendocument.text-master first, "
          "content, styles, meta, manifest; hand-written, fixed timestamps) with four linked sub-documents as "
          "protected text:section elements holding text:section-source links and the cached text")
SHAPE = ("report put together as a master document: title and intro in the master, then one linked section per "
         "department (Oahpahusossodat – Opplæringsavdelingen, Giellaossodat – Språkavdelingen, Ealáhusossodat – "
         "Næringsavdelingen, Analyseenheten), the department the responsible; per measure a bold name, a paragraph and "
         "a small line «Delmål: … | Type: … | Samarbeid: …» with the delmål in Sametinget's words («Karriereveiledning "
         "med samisk perspektiv», «Etter- og videreutdanning i samiske kommuner», «Kunnskap om "
         "kompetansebehov, nasjonalt og regionalt») and Sametinget's kind words (Representasjon, Nettverk, Kurs, "
         "Fagdag, Kartlegging, Prosjekt); the NFK seat named «Karriereforumet (NFK) – Sametingets representant»; a project ended the year "
         "before")
NOT_TRUTH = ("the title and intro, the section links, the department headings (they give the responsible), the small "
             "lines' labels and their Delmål and Type values, the «–», 'Lærlingprosjektet i reindriften' (ended the "
             "year before), the closing paragraph")
SPLIT_FIELDS = ("samarbeidspartnere",)

D13 = "Karriereveiledning med samisk perspektiv"

# (file, heading, responsible, [(name, text, delmål words, kind, samarbeid as written, partners, seed, dm, type)])
PARTS = [
    ("Opplaering.odt", "Oahpahusossodat – Opplæringsavdelingen", "Opplæringsavdelingen", [
        ("Karriereforumet (NFK) – Sametingets representant",
         "Sametinget har en fast plass i Nasjonalt forum for karriereveiledning. I 2090 la vi fram en veileder om "
         "samisk perspektiv i karriereveiledning for forumet.", D13, "Representasjon", "–", "", "M01", "1.3", RAD),
        ("Samisk veiledningsnettverk",
         "Nettverk for rådgivere i videregående skoler og karrieresentre i Sápmi, med to samlinger i Kautokeino og "
         "Snåsa. Nettverket er Sametingets eget og ikke en del av NFK.", D13, "Nettverk",
         "Troms og Finnmark fylkeskommune, Trøndelag fylkeskommune",
         "Troms og Finnmark fylkeskommune, Trøndelag fylkeskommune", None, "1.3", RAD),
    ]),
    ("Giella.odt", "Giellaossodat – Språkavdelingen", "Språkavdelingen", [
        ("Nettkurs i nordsamisk for ansatte i helse",
         "Nettkurs på to nivåer for ansatte i helse- og omsorgstjenesten i samiske kommuner. 230 deltok.",
         "Etter- og videreutdanning i samiske kommuner", "Kurs", "Sámi allaskuvla", "Sámi allaskuvla", None, "2.4",
         KURS),
    ]),
    ("Ealahus.odt", "Ealáhusossodat – Næringsavdelingen", "Næringsavdelingen", [
        ("Sámi fágabeaivi – fagdag om samisk næringsliv for rådgivere",
         "Fagdag i Karasjok for rådgivere og karriereveiledere om yrker i reindrift, duodji og sjøsamisk fiske. 70 "
         "deltok.", D13, "Fagdag", "Karriere Troms og Finnmark", "Karriere Troms og Finnmark", None, "1.3", ARR),
        ("Lærlingprosjektet i reindriften",
         "Prosjektet ble avsluttet året før. Sluttrapporten ligger på Sametingets nettsider.",
         "Yrkesfag i samiske næringer", "Prosjekt", "Reindriftens utviklingsfond", "", "", "", None),
    ]),
    ("Analyse.odt", "Analyseenheten", "Analyseenheten", [
        ("Kartlegging av kompetansebehov i samiske kommuner",
         "Spørreundersøkelse til alle kommuner i forvaltningsområdet for samisk språk om behovet for samiskspråklige "
         "fagfolk. Rapporten kom i november.", "Kunnskap om kompetansebehov, nasjonalt og regionalt",
         "Kartlegging", "NIFU", "NIFU", None, "1.1", FOU),
    ]),
]
MIMETYPE = "application/vnd.oasis.opendocument.text-master"


class MasterOdt(Odt):
    def section(self, fname: str, inner: list[str], n: int) -> None:
        self.body.append(f'<text:section text:style-name="Sect1" text:name="{xml_esc(fname)}" text:protected="true">'
                         f'<text:section-source xlink:type="simple" xlink:href="../Avdelingsbidrag/{xml_esc(fname)}" '
                         f'text:filter-name="writer8"/>{"".join(inner)}</text:section>')

    def _auto_styles(self) -> str:
        return super()._auto_styles() + ('<style:style style:name="Sect1" style:family="section">'
                                         '<style:section-properties style:editable="false"/></style:style>')


def build(out) -> list[dict]:
    o = MasterOdt(font="Liberation Serif", size="11pt")
    o.p("Sametingets rapport til Kompetansepolitisk råd 2090", style="P_title")
    o.p("Sámediggi – Sametinget, Karasjok, februar 2091", style="P_sub")
    o.p("Rapporten er satt sammen av bidrag fra avdelingene i Sametinget. Hver avdeling har skrevet sin del og har "
        "ansvaret for tiltakene den omtaler.")
    rows = []
    for k, (fname, heading, resp, items) in enumerate(PARTS, 1):
        start = len(o.body)
        o.h(heading, 2)
        for name, txt, dmw, kind, med, partners, seed, dm, ty in items:
            o.p([(name, "b")])
            o.p(txt)
            o.p(f"Delmål: {dmw} | Type: {kind} | Samarbeid: {med}", style="P_small")
            if ty:
                rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, resp, partners, txt))
        inner = o.body[start:]
        del o.body[start:]
        o.section(fname, inner, k)
    o.p("Spørsmål kan rettes til Sametingets opplæringsavdeling.", style="P_small")
    path = out / FILENAME
    write_odf(path, MIMETYPE, o.content(), o.styles("Sametinget · rapport til Kompetansepolitisk råd 2090"),
              odf_meta("Sametingets rapport til Kompetansepolitisk råd 2090", "Sametinget",
                       when="2091-02-03T11:25:00"))
    return rows


def text(path) -> str:
    from .common import odt_text
    return odt_text(path)


def section_sources(path) -> list[str]:
    from lxml import etree
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("content.xml"))
    ns = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    return [el.get("{http://www.w3.org/1999/xlink}href") for el in root.iter(f"{{{ns}}}section-source")]

