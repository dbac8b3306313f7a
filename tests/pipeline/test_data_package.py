"""A member's report sent as a Frictionless Data Package (datapackage.json beside its CSV, zipped) gives one row per
line of its table: the columns by the schema's titles, coded kinds by their labels, the delmål's running number as
the strategy's code where the schema says so; the descriptor is no table of its own, and a file the package does
not describe is announced."""

from __future__ import annotations

import io
import json
import zipfile

from tests.pipeline.small_inbox import refused, run_inbox

FIELDS = [
    {"name": "id", "type": "string", "title": "Id"},
    {"name": "tittel", "type": "string", "title": "Tiltak"},
    {"name": "delmaal_nr", "type": "integer", "title": "Delmål (løpenummer)",
     "description": "Delmålets løpenummer i strategien, talt fortløpende gjennom de tre innsatsområdene: 1–4 under "
                    "innsatsområde 1, 5–10 under innsatsområde 2 og 11–16 under innsatsområde 3."},
    {"name": "form", "type": "string", "title": "Virkemiddel",
     "categories": [{"value": "KURS", "label": "Kurs og opplæring"}, {"value": "INFO", "label": "Informasjon"}]},
    {"name": "ansvar", "type": "string", "title": "Ansvarlig"},
    {"name": "omtale", "type": "string", "title": "Omtale", "description": "Hva som ble gjort i året."},
]
# Quoted descriptions holding both «,» and «;», and an unquoted partner list with «;»: csv.Sniffer gives up on these.
CSV = ('id,tittel,delmaal_nr,form,ansvar,omtale\r\n'
       'R-01,Bransjeprogram for reiselivet,8,KURS,KD,"Kurs i vertskap, netthandel og drift; 2 150 deltok."\r\n'
       'R-02,Nettsider om fagbrev for voksne,11,INFO,KD,"Sidene forklarer veiene til fagbrev; 14 000 besøk, mest fra mobil."\r\n'
       'R-03,Kampanje for realkompetanse,9,INFO,KD,Kampanjen nådde 1 200 ledere.\r\n').encode()


def _package(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return out.getvalue()


def _descriptor(path: str = "data/tiltak.csv") -> bytes:
    return json.dumps({
        "name": "kpr-rapport-2087", "title": "Departementenes rapport til Kompetansepolitisk råd for 2087",
        "resources": [{"name": "tiltak", "title": "Tiltak 2087", "path": path, "format": "csv",
                       "schema": {"fields": FIELDS}}]}, ensure_ascii=False, indent=2).encode()


def test_a_zipped_data_package_gives_its_table_under_the_schemas_titles_and_labels(tmp_path):
    found, documents = run_inbox(tmp_path, {
        "Regjeringen – rapport 2087 (datapakke).zip": _package(
            {"datapackage.json": _descriptor(), "data/tiltak.csv": CSV, "LESMEG.md": b"# Les meg\nTabellen er rapporten.\n",
             "data/utkast.csv": b"id,tittel\r\nX,Et gammelt utkast\r\n"})})
    name = "Regjeringen – rapport 2087 (datapakke).zip"
    # Running numbers 8, 11, 9 are delmål 2.4, 3.1, 2.5; «KURS» reads as its label «Kurs og opplæring».
    assert found == {name: [("Bransjeprogram for reiselivet", "2.4", "Kurs/utdanning", "Regjeringen"),
                            ("Nettsider om fagbrev for voksne", "3.1", "Informasjon", "Regjeringen"),
                            ("Kampanje for realkompetanse", "2.5", "Informasjon", "Regjeringen")]}
    entry = documents[name]
    assert entry["format"] == "datapackage" and entry["outcome"] == "parsed_with_warnings", entry
    assert any("1 fil(er) i datapakken er ikke beskrevet i datapackage.json og er ikke lest: data/utkast.csv" in w
               for w in entry["warnings"]), entry["warnings"]


def test_a_package_naming_a_file_it_lacks_says_so_and_a_broken_descriptor_is_refused(tmp_path):
    found, documents = run_inbox(tmp_path, {
        "mangler.zip": _package({"datapackage.json": _descriptor("data/borte.csv")}),
        "skadet.zip": _package({"datapackage.json": b'{"resources": [', "data/tiltak.csv": CSV})})
    assert "mangler.zip" not in found and "skadet.zip" not in found
    assert any("viser til filen «data/borte.csv», som ikke er med" in w for w in documents["mangler.zip"]["warnings"])
    assert documents["mangler.zip"]["outcome"] != "parsed", documents["mangler.zip"]
    refused(documents["skadet.zip"], "datapackage.json er ikke gyldig JSON", "sende datapakken på nytt")
