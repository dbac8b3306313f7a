"""A reporting system's export as XML or JSON: each list of records a table, what their parents say in columns."""

from __future__ import annotations

import json

from parsers.detect import detect
from parsers.registry import ParseOptions
from pipeline.extract import extract_document
from tiltak_core.records import Document

XML = """<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="rapport.xsl"?>
<!-- Eksport fra styringsportalen -->
<rapport xmlns="urn:ks:rapport:1.0" aar="2071" eksportert="2072-01-29T10:14:00+01:00">
  <avsender><organisasjon>KS</organisasjon></avsender>
  <tiltak id="1" status="avsluttet" aar="2070">
    <navn>Kompetansepilot for ledere</navn>
    <strategikobling hovedomraade="2"><delmaal kode="2.4"/></strategikobling>
    <kategori kode="PR">Utviklingsprosjekt</kategori>
    <beskrivelse><![CDATA[Sluttrapport levert.]]></beskrivelse>
  </tiltak>
  <tiltak id="2" status="pågår" aar="2071">
    <navn>Arbeidet i SRY</navn>
    <strategikobling hovedomraade="1"><delmaal kode="1.4"/></strategikobling>
    <kategori kode="RU">Rådsarbeid</kategori>
    <partnere><partner>Fagforbundet</partner><partner>Unio</partner></partnere>
    <beskrivelse><![CDATA[KS møter i rådet & arbeidsutvalget.]]></beskrivelse>
  </tiltak>
  <tiltak id="3" status="pågår" aar="2071">
    <navn>Lærlingnettverk for kommunene</navn>
    <strategikobling hovedomraade="2"><delmaal kode="2.3"/></strategikobling>
    <kategori kode="NV">Nettverk</kategori>
  </tiltak>
</rapport>"""

TREE = {"dokument": {"tittel": "Handlingsprogram – rapportering 2071", "eier": "Trøndelag fylkeskommune",
                     "generert": "2072-01-27T08:30:00+01:00"},
        "hovedinnsatsomrader": [
            {"nr": 1, "navn": "Gode valg", "delmal": [
                {"id": "1.3", "tekst": "Karriereveiledning", "tiltak": [
                    {"tittel": "Kursrekke for karriereveiledere", "tiltakstype": "Kompetanseheving",
                     "ansvarlig": {"enhet": "Karrieresenteret", "kontakt": None}, "samarbeid": ["Sametinget", "NAV"]},
                    {"tittel": "Deltakelse i karriereforumet", "tiltakstype": "Nettverk",
                     "ansvarlig": {"enhet": "Karrieresenteret"}, "samarbeid": []}]},
                {"id": "1.4", "tekst": "Samarbeid tilbydere og arbeidsliv", "tiltak": []}]},
            {"nr": 2, "navn": "Læring i arbeidslivet", "delmal": [
                {"id": "2.4", "tekst": "Koble behov og tilbud", "tiltak": [
                    {"tittel": "Kartlegging i havbruksnæringen", "tiltakstype": "Analyse",
                     "ansvarlig": {"enhet": "Avdeling næring"}, "samarbeid": ["Sjømat Norge"]}]}]}],
        "planlagt_2072": [{"tittel": "Kompetanseplattform for grønn industri", "tiltakstype": "Forum"},
                          {"tittel": "Fagskoletilbud i havbruk", "tiltakstype": "Utdanning"}]}


def _extract(path, matchers):
    document = Document(path, path.name, detect(path), "x", path.stat().st_size)
    return document.format, extract_document(document, matchers, ParseOptions(), 10**8)


def test_an_xml_export_gives_a_row_per_record_with_its_attributes_and_childrens_text(tmp_path, matchers):
    # KS's portal export: <tiltak status=… aar=…> records, the delmål as a code attribute two elements down, the
    # category's code beside its words, partners as a list, descriptions in CDATA. It was read as a web page: nothing.
    path = tmp_path / "KS_styringsportal_eksport_2071.xml"
    path.write_text(XML, encoding="utf-8")
    fmt, result = _extract(path, matchers)
    assert fmt == "xml"
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type"), r.raw.get("samarbeidspartnere"),
             r.raw.get("beskrivelse")) for r in result.rows] == [
        ("Arbeidet i SRY", "1.4", "Rådsarbeid", "Fagforbundet, Unio", "KS møter i rådet & arbeidsutvalget."),
        ("Lærlingnettverk for kommunene", "2.3", "Nettverk", "", "")]
    # «avsluttet» beside the year 2070 in attributes of their own: last year's, set aside and listed.
    assert [(s.text, s.reason.split("(«")[-1]) for s in result.skipped] == [("Kompetansepilot for ledere", "avsluttet»)")]


def test_a_json_export_gives_each_record_with_the_delmal_its_parent_names_and_sets_next_years_list_aside(tmp_path, matchers):
    # Trøndelag's planning tool: områder → delmål → tiltak, every letter escaped; next year's list beside the tree.
    path = tmp_path / "Trondelag_fk_handlingsprogram_2071.json"
    path.write_text(json.dumps(TREE, ensure_ascii=True, indent=2), encoding="utf-8")
    fmt, result = _extract(path, matchers)
    assert fmt == "json"
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type"), r.raw.get("ansvarlig"),
             r.raw.get("samarbeidspartnere")) for r in result.rows] == [
        ("Kursrekke for karriereveiledere", "1.3 Karriereveiledning", "Kompetanseheving", "Karrieresenteret", "Sametinget, NAV"),
        ("Deltakelse i karriereforumet", "1.3 Karriereveiledning", "Nettverk", "Karrieresenteret", ""),
        ("Kartlegging i havbruksnæringen", "2.4 Koble behov og tilbud", "Analyse", "Avdeling næring", "Sjømat Norge")]
    assert [s.text for s in result.skipped] == ["Kompetanseplattform for grønn industri", "Fagskoletilbud i havbruk"]


def test_an_xml_file_declaring_entities_is_refused_and_broken_json_is_damaged(tmp_path, matchers):
    path = tmp_path / "KS_eksport_2071.xml"
    path.write_text('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><r><t>&a;</t></r>', encoding="utf-8")
    _, result = _extract(path, matchers)
    assert result.rejection.kind == "unsafe_content" and "XML-filen inneholder en DTD" in result.rejection.problem
    path = tmp_path / "Trondelag_eksport_2071.json"
    path.write_text('{"tiltak": [{"tittel": "Kurs"', encoding="utf-8")
    _, result = _extract(path, matchers)
    assert result.rejection.kind == "damaged" and "JSON-filen er skadet" in result.rejection.problem


def _task(uid, level, name, fields=(), notes=""):
    attributes = "".join(f"<ExtendedAttribute><FieldID>{f}</FieldID><Value>{v}</Value></ExtendedAttribute>"
                         for f, v in fields)
    return (f"<Task><UID>{uid}</UID><Name>{name}</Name><OutlineNumber>{'.'.join(['1'] * level) or '0'}</OutlineNumber>"
            f"<OutlineLevel>{level}</OutlineLevel><Notes>{notes}</Notes>{attributes}</Task>")


PLAN = ('<?xml version="1.0" encoding="UTF-8"?><Project xmlns="http://schemas.microsoft.com/project">'
        "<Title>Tiltaksplan Telemark 2081</Title><ExtendedAttributes>"
        "<ExtendedAttribute><FieldID>188743731</FieldID><FieldName>Text1</FieldName><Alias>Tiltakstype</Alias>"
        "</ExtendedAttribute><ExtendedAttribute><FieldID>188743737</FieldID><FieldName>Text3</FieldName>"
        "<Alias>Ansvarlig enhet</Alias></ExtendedAttribute></ExtendedAttributes><Tasks>"
        + _task(0, 0, "Tiltaksplan Telemark 2081")
        + _task(1, 1, "Delmål 2.3 – yrkesfag")
        + _task(2, 2, "Yrkesmessa i Skien", [("188743731", "Arrangement"), ("188743737", "Fagopplæringen")],
                "Messe for 3 000 elever.")
        + _task(3, 2, "Lærlingløftet Telemark", [("188743731", "Prosjekt"), ("188743737", "Fagopplæringen")],
                "Flere lærebedrifter i offentlig sektor.")
        + _task(4, 1, "Delmål 3.1 – voksne")
        + _task(5, 2, "Fagbrev på jobb for assistenter", [("188743737", "Voksenopplæringen")],
                "Forsøk i to kommuner med 40 deltakere.")
        + "</Tasks></Project>")


def test_a_project_plans_tasks_are_rows_under_their_groups_with_their_custom_fields_by_name(tmp_path, matchers):
    # Innlandet's Microsoft Project XML (round 54): every task's custom fields were a table of their own («Field ID |
    # Value» by number), each task read twice, and the delmål summary tasks above them read as tiltak.
    path = tmp_path / "Telemark fylkeskommune tiltaksplan 2081.xml"
    path.write_text(PLAN, encoding="utf-8")
    result = extract_document(Document(path, path.name, "xml", "x", path.stat().st_size), matchers, ParseOptions(), 10**8)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type"), r.raw.get("ansvarlig")) for r in result.rows] == [
        ("Yrkesmessa i Skien", "Delmål 2.3 - yrkesfag", "Arrangement", "Fagopplæringen"),
        ("Lærlingløftet Telemark", "Delmål 2.3 - yrkesfag", "Prosjekt", "Fagopplæringen"),
        ("Fagbrev på jobb for assistenter", "Delmål 3.1 - voksne", "", "Voksenopplæringen")]


def test_a_project_plans_milestone_is_a_date_not_a_tiltak_and_is_named_in_a_warning(tmp_path, matchers):
    # Innlandet's plan (round 54) closed with the milestone «Rapport sendt Kompetansepolitisk råd»: a sure row.
    milestone = ("<Task><UID>6</UID><Name>Rapport sendt Kompetansepolitisk råd</Name><OutlineNumber>2</OutlineNumber>"
                 "<OutlineLevel>1</OutlineLevel><Milestone>1</Milestone></Task>")
    path = tmp_path / "Telemark fylkeskommune tiltaksplan 2081.xml"
    path.write_text(PLAN.replace("</Tasks>", milestone + "</Tasks>"), encoding="utf-8")
    result = extract_document(Document(path, path.name, "xml", "x", path.stat().st_size), matchers, ParseOptions(), 10**8)
    assert [r.raw.get("tiltak") for r in result.rows] == [
        "Yrkesmessa i Skien", "Lærlingløftet Telemark", "Fagbrev på jobb for assistenter"]
    assert any("planens milepæler (1)" in w for w in result.warnings)


def test_a_geojson_layers_features_are_rows_of_their_properties(tmp_path, matchers):
    # Nordland's QGIS layer (round 55): each feature's fields stood in one cell («1 Nordland fylkeskommune i RSA …
    # 1.4 Råd …») beside its geometry, and no tiltak was read.
    features = [{"type": "Feature", "properties": {"fid": n, "tiltak": name, "delmaal": code, "kategori": kind,
                                                   "ansvarlig": "Troms fylkeskommune"},
                 "geometry": {"type": "Point", "coordinates": [18.95, 69.65]} if n == 1 else None}
                for n, (name, code, kind) in enumerate([("Kystskolen i Tromsø", "2.4", "Kurs"),
                                                        ("Kompetanseforum Troms", "1.2", "Råd")], 1)]
    path = tmp_path / "tfk_kompetansetiltak_2081.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False), encoding="utf-8")
    result = extract_document(Document(path, path.name, "json", "x", path.stat().st_size), matchers, ParseOptions(), 10**8)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type")) for r in result.rows] == [
        ("Kystskolen i Tromsø", "2.4", "Kurs"), ("Kompetanseforum Troms", "1.2", "Råd")]


def _post(title, fields, kind="kpr_tiltak", category="", status="publish"):
    meta = "".join(f"<wp:postmeta><wp:meta_key>{k}</wp:meta_key><wp:meta_value>{v}</wp:meta_value></wp:postmeta>"
                   for k, v in [("_edit_lock", "174101:7"), *fields])
    cat = f'<category domain="tiltakstype" nicename="x"><![CDATA[{category}]]></category>' if category else ""
    return (f"<item><title>{title}</title><dc:creator>kommunikasjon</dc:creator><content:encoded><![CDATA[<!-- wp:"
            f"paragraph --><p>Om {title.lower()} i 2081 &amp; mer, for alle som tar kurs.</p><!-- /wp:paragraph -->]]>"
            "</content:encoded>"
            f"<wp:status>{status}</wp:status><wp:post_type>{kind}</wp:post_type>{cat}{meta}</item>")


def test_a_cms_exports_posts_are_rows_of_their_custom_fields(tmp_path, matchers):
    # VOFO's WordPress export (round 55): each post's custom fields («wp:postmeta» key and value) made a table of
    # their own, so every post gave six rows, and the post's HTML stood as its text.
    posts = (_post("Kurskatalogen for studieforbund", [("delmal", "3.6"), ("ansvarlig", "VOFO")], category="Nettside")
             + _post("Ord på jobb i butikk", [("delmal", "3.2"), ("ansvarlig", "VOFO"), ("samarbeid", "Virke")],
                     category="Kurs")
             + _post("Nordisk dag 2080", [("delmal", "3.6")], category="Konferanse", status="trash"))
    path = tmp_path / "vofo.WordPress.2081-01-16.xml"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/'
                    'modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/'
                    f'export/1.2/"><channel><title>VOFO</title>{posts}</channel></rss>', encoding="utf-8")
    result = extract_document(Document(path, path.name, "xml", "x", path.stat().st_size), matchers, ParseOptions(), 10**8)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type"), r.raw.get("samarbeidspartnere"),
             r.raw.get("beskrivelse")) for r in result.rows] == [
        ("Kurskatalogen for studieforbund", "3.6", "Nettside", "",
         "Om kurskatalogen for studieforbund i 2081 & mer, for alle som tar kurs."),
        ("Ord på jobb i butikk", "3.2", "Kurs", "Virke", "Om ord på jobb i butikk i 2081 & mer, for alle som tar kurs.")]


def test_json_lines_give_a_row_per_record_and_a_line_cut_off_is_damaged(tmp_path, matchers):
    # A form tool's export as JSON Lines (one record a line) was refused as broken JSON.
    path = tmp_path / "Unio_tiltak_2071.jsonl"
    records = [{"navn": "Kurs i klinisk veiledning", "delmal": "2.4", "form": "kurs", "ansvarlig": "NSF",
                "partnere": ["OsloMet"]},
               {"navn": "Undersøkelse om kompetanseutvikling i politiet", "delmal": "2.2", "form": "undersøkelse",
                "ansvarlig": "PF", "partnere": ["Fafo"]}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    assert detect(path) == "json"
    _, result = _extract(path, matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("ansvarlig"), r.raw.get("samarbeidspartnere"))
            for r in result.rows] == [("Kurs i klinisk veiledning", "2.4", "NSF", "OsloMet"),
                                      ("Undersøkelse om kompetanseutvikling i politiet", "2.2", "PF", "Fafo")]
    path.write_text(path.read_text(encoding="utf-8")[:-20], encoding="utf-8")
    _, result = _extract(path, matchers)
    assert result.rejection.kind == "damaged" and "JSON-filen er skadet" in result.rejection.problem


ALTINN = """<?xml version="1.0" encoding="utf-8"?>
<Skjema xmlns="http://seres.no/xsd/Kunnskapsdepartementet/KPRarsrapportering_M/12704" skjemanummer="8841" gruppeid="6102">
<Innsender-grp-6103 gruppeid="6103"><EnhetNavn-datadef-1 orid="1">YS</EnhetNavn-datadef-1>
<Rapporteringsar-datadef-41201 orid="41201">2071</Rapporteringsar-datadef-41201></Innsender-grp-6103>
<Tiltaksliste-grp-6104 gruppeid="6104">
""" + "".join(f"""<Tiltak-grp-6105 gruppeid="6105"><TiltakNavn-datadef-41203 orid="41203">{name}</TiltakNavn-datadef-41203>
<TiltakDelmal-datadef-41204 orid="41204">{code}</TiltakDelmal-datadef-41204>
<TiltakSamarbeidspartnere-datadef-41207 orid="41207"{partners}
<TiltakBeskrivelse-datadef-41208 orid="41208">{account}</TiltakBeskrivelse-datadef-41208></Tiltak-grp-6105>
""" for name, code, partners, account in [
    ("Arbeidstakerplassen i SRY (YS)", "2.3", " />", "YS' medlem deltok i rådets seks møter og arbeidet med læreplasser."),
    ("Nettkurs i digital sikkerhet for tillitsvalgte", "2.1", ">Parat</TiltakSamarbeidspartnere-datadef-41207>",
     "Nettkurs på tre moduler om digital sikkerhet og personvern på arbeidsplassen.")]) + """</Tiltaksliste-grp-6104></Skjema>"""


def test_an_altinn_forms_fields_are_read_by_their_names_without_the_forms_numbers(tmp_path, matchers):
    # YS sent its reporting form as Altinn's XML: «TiltakNavn-datadef-41203» was no header, so the longest text,
    # the description, was taken for the tiltak, and the «orid» of an empty field was read as its partner.
    path = tmp_path / "KPR-0091 Årsrapportering 2071 – YS.xml"
    path.write_text(ALTINN, encoding="utf-8")
    _, result = _extract(path, matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("samarbeidspartnere")) for r in result.rows] == [
        ("Arbeidstakerplassen i SRY (YS)", "2.3", ""), ("Nettkurs i digital sikkerhet for tillitsvalgte", "2.1", "Parat")]
