"""Nordland fylkeskommune: the county's map of regional skills measures, exported from QGIS as GeoJSON. Every
measure is a feature whose attributes hold the report; county-wide measures have no geometry."""
from __future__ import annotations

import json

from .common import ARR, INFO, KURS, RAD, row

FILENAME = "nfk_kompetansetiltak_2075.geojson"
MEMBER = "Nordland fylkeskommune"
FORMAT = ("GeoJSON (RFC 7946 FeatureCollection, UTF-8) as written by QGIS's GeoJSON driver: collection 'name', "
          "a CRS84 'crs' member, one feature per line, Point / MultiPoint geometries or null; written with "
          "json.dumps")
SHAPE = ("GIS layer: one feature per measure with the attributes fid / tiltak / delmaal (code, code+words or "
         "words only) / kategori (the county's words) / ansvarlig / partnere / omtale / status / aar / kommune; "
         "county-wide measures (the fagskoleråd seat, Kompetanseforum) have geometry null, one measure is a "
         "MultiPoint of four career centres; features with aar 2074 (avsluttet) and 2076 (planlagt) (not truth "
         "rows)")
NOT_TRUTH = ("the collection name and crs, fid and kommune values, coordinates, the features 'Lærlingløftet i "
             "Vesterålen' (aar 2074, avsluttet) and 'Nytt fagskolebygg i Mosjøen' (aar 2076, planlagt)")

# (tiltak, delmål, kategori, ansvarlig, partnere, omtale, status, år, kommune, geometry, truth)
FEATURES = [
    ("Nordland fylkeskommune i RSA ved Nord universitet", "1.4", "Råd", "Nordland fylkeskommune, "
     "utdanningsavdelingen", "", "Fylkeskommunen har en plass i rådet for samarbeid med arbeidslivet ved Nord "
     "universitet, som i 2075 drøftet studietilbud for helse og havbruk.", "gjennomført", 2075, "Bodø",
     {"type": "Point", "coordinates": [14.4049, 67.2880]}, ("M03", "1.4", RAD)),
    ("Yrkes-NM 2075 i Bodø", "2.3 Synliggjøre yrkesfagene", "Arrangement", "Nordland fylkeskommune",
     "NHO Nordland, WorldSkills Norway",
     "Fylkeskommunen var vertskap for Yrkes-NM i Nordlandshallen med 180 deltakere og 20 000 besøkende.",
     "gjennomført", 2075, "Bodø", {"type": "Point", "coordinates": [14.3951, 67.2743]}, ("J03", "2.3", ARR)),
    ("Fagskoletilbud i havbruk i Lofoten", "Samarbeid mellom utdanning og arbeidsliv", "Utdanningstilbud",
     "Fagskolen i Nordland", "Sjømatbedriftene i Lofoten",
     "Et nytt deltidstilbud i havbruksdrift med samlinger i Svolvær; 24 studenter startet høsten 2075.",
     "gjennomført", 2075, "Vågan", {"type": "Point", "coordinates": [14.5683, 68.2342]}, (None, "1.4", KURS)),
    ("Nasjonalt fagskoleråd – fylkeskommunenes representant fra Nordland", "1.4", "Råd",
     "Nordland fylkeskommune", "", "Fylkesdirektøren for utdanning representerte fylkeskommunene i Nasjonalt "
     "fagskoleråd i 2075.", "gjennomført", 2075, "", None, ("M05", "1.4", RAD)),
    ("Lærlingløftet i Vesterålen", "1.4", "Prosjekt", "Nordland fylkeskommune", "", "Avsluttet i juni 2074.",
     "avsluttet", 2074, "Sortland", {"type": "Point", "coordinates": [15.4136, 68.6970]}, None),
    ("Kompetanseforum Nordland", "1.2", "Forum", "Nordland fylkeskommune", "NAV Nordland, LO, NHO, KS, Nord "
     "universitet", "Forumet samordner det regionale kompetansearbeidet og la i 2075 fram en ny "
     "kompetansestrategi for Nordland.", "gjennomført", 2075, "", None, (None, "1.2", RAD)),
    ("Arbeidslivsråd for Helgeland etter RSA-modellen", "1.4", "Råd", "Nordland fylkeskommune",
     "Helgelandskommunene, Nord universitet",
     "Et regionalt råd for Helgeland som fylkeskommunen har bygget opp etter modell av universitetenes råd "
     "for samarbeid med arbeidslivet.", "gjennomført", 2075, "Rana",
     {"type": "Point", "coordinates": [14.1423, 66.3128]}, (None, "1.4", RAD)),
    ("Karrieresenter Nordland – digital veiledning", "1.3", "Digital tjeneste", "Karrieresenter Nordland", "",
     "Chat og videoveiledning fra fire karrieresentre, åpent også på kveldstid.", "gjennomført", 2075,
     "Bodø, Narvik, Mo i Rana, Sortland",
     {"type": "MultiPoint", "coordinates": [[14.4049, 67.2804], [17.4272, 68.4385], [14.1423, 66.3128],
                                            [15.4136, 68.6970]]}, (None, "1.3", INFO)),
    ("Nytt fagskolebygg i Mosjøen", "1.4", "Investering", "Nordland fylkeskommune", "", "Byggestart 2076.",
     "planlagt", 2076, "Vefsn", {"type": "Point", "coordinates": [13.1920, 65.8370]}, None),
]


def build(out) -> list[dict]:
    lines = ['{', '"type": "FeatureCollection",', '"name": "nfk_kompetansetiltak_2075",',
             '"crs": { "type": "name", "properties": { "name": "urn:ogc:def:crs:OGC:1.3:CRS84" } },',
             '"features": [']
    feats = []
    rows = []
    for fid, (name, dm, kat, ansv, part, omt, status, yr, kom, geom, truth) in enumerate(FEATURES, 1):
        props = {"fid": fid, "tiltak": name, "delmaal": dm, "kategori": kat, "ansvarlig": ansv,
                 "partnere": part or None, "omtale": omt, "status": status, "aar": yr, "kommune": kom or None}
        feats.append('{ "type": "Feature", "properties": ' + json.dumps(props, ensure_ascii=False) +
                     ', "geometry": ' + json.dumps(geom) + ' }')
        if truth:
            rows.append(row(FILENAME, MEMBER, name, truth[0], truth[1], truth[2], ansv, part, omt))
    lines.append(",\n".join(feats))
    lines += [']', '}', '']
    (out / FILENAME).write_bytes("\n".join(lines).encode("utf-8"))
    return rows


def text(path) -> str:
    d = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for f in d["features"]:
        out.append("\n".join(str(v) for v in f["properties"].values() if v is not None))
    return "\n".join(out)
