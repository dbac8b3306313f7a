"""Møre og Romsdal fylkeskommune (Nynorsk): the county's map layer of measures exported as KMZ.

The county keeps its measures as points in a GIS layer ('kompetansetiltak_2073') and exported it from QGIS
(GDAL KML driver: Schema + SchemaData/SimpleData attributes, name from the 'namn' field, no description).
A second folder holds the career centres as a plain reference layer. Status values mark two points as not 2073.
"""
from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from lxml import etree

from .common import KURS, FOU, PROSJEKT, RAD, row, write_zip

FILENAME = "MRFK_kompetansetiltak_2073.kmz"
MEMBER = "Møre og Romsdal fylkeskommune"
FORMAT = ("KMZ (zip holding doc.kml) as exported from QGIS with the GDAL KML driver: <Schema> with SimpleFields, "
          "Placemarks with <ExtendedData><SchemaData> attributes and Point coordinates; written as text")
SHAPE = ("Nynorsk GIS layer: one point per measure at the place it happens; all facts are attributes (namn, delmaal, "
         "kategori, ansvarleg, partnarar, skildring, status, stad); a status 'avslutta 2072' and a 'planlagt 2074' "
         "point, and a second folder 'karrieresenter' with reference points (not truth rows)")

FIELDS = ["fid", "namn", "delmaal", "kategori", "ansvarleg", "partnarar", "skildring", "status", "stad"]

POINTS = [
    # namn, delmaal, kategori, ansvarleg, partnarar, skildring, status, stad, lon, lat, seed, type
    ("Rådet for samarbeid med arbeidslivet ved NTNU i Ålesund – fylkeskommunen sin plass", "1.4", "Råd/utval",
     "Seksjon for kompetanse og næring", "NTNU, næringslivet på Sunnmøre",
     "Fylkeskommunen har sete i rådet; i 2073 drøfta rådet nye vidareutdanningstilbod i automatisering og "
     "havromsteknologi.", "2073", "Ålesund", 6.2338, 62.4720, "M03", RAD),
    ("Nasjonalt fagskuleråd", "1.4", "Råd/utval", "Fylkesdirektøren for utdanning", "",
     "Fylkesdirektøren for utdanning er oppnemnd som medlem av rådet for perioden 2072–2075 og deltok på fire møte.",
     "2073", "Molde (fylkeshuset)", 7.1597, 62.7374, "M05", RAD),
    ("Karrieremessa Møre og Romsdal 2072", "1.3", "Arrangement", "Karrieresenteret Møre og Romsdal", "",
     "Messe for elevar i vidaregåande skule.", "avslutta 2072", "Molde", 7.1633, 62.7391, None, None),
    ("Fagskoleløftet Vest – maritime emne i Kristiansund", "1.4", "Prosjekt", "Fagskulen Møre og Romsdal",
     "Fagskolerådet, Vestland fylkeskommune",
     "To nye maritime emne på 10 studiepoeng vart starta i Kristiansund som del av Fagskoleløftet Vest.", "2073",
     "Kristiansund", 7.7287, 63.1105, "J06", PROSJEKT),
    ("Kartlegging av RSA-arbeidet ved NTNU i Ålesund", "1.4", "Kartlegging", "Seksjon for kompetanse og næring",
     "Møreforsking",
     "Spørjeundersøking blant 120 bedrifter om kor godt RSA fangar opp kompetansebehova deira; rapporten kom i "
     "november.", "2073", "Ålesund", 6.2291, 62.4701, None, FOU),
    ("Kompetansealliansen Møre og Romsdal", "1.2", "Partnarskap", "Møre og Romsdal fylkeskommune",
     "NAV, NHO, LO, KS, NTNU, Høgskulen i Volda, Høgskolen i Molde",
     "Alliansen hadde tre samlingar i 2073 og la fram ein felles handlingsplan for kompetanse i havbruk og maritim "
     "næring.", "2073", "Molde", 7.1581, 62.7359, None, RAD),
    ("Maritim EVU-pakke", "2.4", "Etter- og vidareutdanning", "Fagskulen Møre og Romsdal", "Maritimt forum Nordvest",
     "Fleksible kurs for tilsette i maritime verksemder, med samlingar i Ålesund og nettundervisning; 140 "
     "deltakarar.", "2073", "Ålesund", 6.1549, 62.4723, None, KURS),
    ("Yrkesmessa i Volda", "2.3", "Arrangement", "Volda vidaregåande skule", "Volda kommune",
     "Messe for 10.-klassingar om yrkesfag.", "planlagt 2074", "Volda", 6.0694, 62.1468, None, None),
]
CENTRES = [
    ("Karrieresenteret Møre og Romsdal, Ålesund", "Keiser Wilhelms gate 25", 6.1522, 62.4719),
    ("Karrieresenteret Møre og Romsdal, Molde", "Julsundvegen 9", 7.1620, 62.7380),
    ("Karrieresenteret Møre og Romsdal, Kristiansund", "Kaibakken 1", 7.7302, 63.1118),
]


def kml() -> str:
    out = ['<?xml version="1.0" encoding="utf-8" ?>',
           '<kml xmlns="http://www.opengis.net/kml/2.2">',
           '<Document id="root_doc">',
           '<Schema name="kompetansetiltak_2073" id="kompetansetiltak_2073">']
    types = {"fid": "int"}
    for f in FIELDS:
        out.append(f'\t<SimpleField name="{f}" type="{types.get(f, "string")}"></SimpleField>')
    out.append("</Schema>")
    out.append('<Schema name="karrieresenter" id="karrieresenter">\n\t<SimpleField name="fid" type="int"></SimpleField>'
               '\n\t<SimpleField name="namn" type="string"></SimpleField>\n\t<SimpleField name="adresse" '
               'type="string"></SimpleField>\n</Schema>')
    out.append("<Folder><name>kompetansetiltak_2073</name>")
    for i, p in enumerate(POINTS, 1):
        namn, dm, kat, ans, part, sk, st, stad, lon, lat = p[:10]
        vals = [str(i), namn, dm, kat, ans, part, sk, st, stad]
        sd = "".join(f'\n\t\t<SimpleData name="{f}">{escape(v)}</SimpleData>' for f, v in zip(FIELDS, vals) if v)
        out.append(f'  <Placemark id="kompetansetiltak_2073.{i}">\n\t<name>{escape(namn)}</name>\n'
                   f'\t<ExtendedData><SchemaData schemaUrl="#kompetansetiltak_2073">{sd}\n\t</SchemaData></ExtendedData>\n'
                   f'      <Point><coordinates>{lon},{lat}</coordinates></Point>\n  </Placemark>')
    out.append("</Folder>")
    out.append("<Folder><name>karrieresenter</name>")
    for i, (n, a, lon, lat) in enumerate(CENTRES, 1):
        out.append(f'  <Placemark id="karrieresenter.{i}">\n\t<name>{escape(n)}</name>\n'
                   f'\t<ExtendedData><SchemaData schemaUrl="#karrieresenter">\n\t\t<SimpleData name="fid">{i}</SimpleData>'
                   f'\n\t\t<SimpleData name="namn">{escape(n)}</SimpleData>\n\t\t<SimpleData name="adresse">{escape(a)}'
                   f'</SimpleData>\n\t</SchemaData></ExtendedData>\n      <Point><coordinates>{lon},{lat}</coordinates>'
                   f'</Point>\n  </Placemark>')
    out.append("</Folder>")
    out.append("</Document></kml>")
    return "\n".join(out) + "\n"


def build(out: Path) -> list[dict]:
    write_zip(out / FILENAME, [("doc.kml", kml(), True)], dt=(2074, 1, 21, 15, 30, 8))
    rows = []
    for p in POINTS:
        namn, dm, kat, ans, part, sk, st, stad, lon, lat, seed, typ = p
        if st != "2073":
            continue
        rows.append(row(FILENAME, MEMBER, namn, seed, dm, typ, ans, part, sk))
    return rows


def text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("doc.kml"))
    return "\n".join(t.strip() for t in root.itertext() if t.strip())


NOT_TRUTH = ("the points with status 'avslutta 2072' (Karrieremessa Møre og Romsdal 2072) and 'planlagt 2074' (Yrkesmessa "
             "i Volda), the folder 'karrieresenter' (reference points), schema and coordinates")
