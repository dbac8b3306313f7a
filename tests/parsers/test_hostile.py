"""Hostile and broken documents (tests/parsers/hostile_corpus.py): one `tiltak run` over all of them.

The run is the real command in a process of its own, with a loopback HTTP listener the linked
content points at: it must finish with exit code 1, give every file its outcome in its words, fetch
nothing, leave no process behind and print no traceback. Each case is then one test on its outcome.
"""

from __future__ import annotations

import http.server
import json
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import psutil
import pytest

from parsers import tools
from parsers.convert import _has_component, parse_odt, parse_rtf
from parsers.registry import ParseOptions
from tests.parsers.conftest import require
from tests.parsers.hostile_corpus import (ALL_CASES, COMMITTED_URL, FOLDER, MAX_BYTES, docx_external_image,
                                         odt_image_linked_by_url, rtf_includepicture_field)

pytestmark = pytest.mark.long  # run first: see tests/conftest.py

# What a library's own text looks like; none of it may reach a message the secretariat reads.
LIBRARY_TEXT = re.compile(r"Error|Exception|Traceback|NoneType|object|param=|<[A-Za-z]+|line \d+|\bfile\b|"
                          r"could not|not found|Unknown|invalid|relationship", re.IGNORECASE)
# A file name that would forge a progress line if printed as it is.
FORGING_NAME = "lo_2018.docx\nalle filer lest uten feil.docx"


class Listener:
    """An HTTP server on loopback that records every request made to it."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        requests = self.requests

        class Handler(http.server.BaseHTTPRequestHandler):
            def _record(self) -> None:
                requests.append(f"{self.command} {self.path}")
                self.send_response(404)
                self.end_headers()

            do_GET = do_HEAD = do_OPTIONS = do_POST = do_PROPFIND = _record  # noqa: N815 -- http.server's names

            def log_message(self, *args) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> "Listener":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def _leftovers(marker: str) -> list[str]:
    """Processes whose command line or working folder mentions the marker (a temporary folder of the run)."""
    found = []
    for proc in psutil.process_iter(["pid", "cmdline", "cwd"]):
        try:
            text = " ".join(proc.info["cmdline"] or []) + " " + (proc.info["cwd"] or "")
        except (psutil.Error, TypeError):
            continue
        if marker in text:
            found.append(f"{proc.info['pid']}: {text[:200]}")
    return found


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory):
    """`tiltak run` over the whole corpus, built against a live listener, plus a file whose name forges a line."""
    base = tmp_path_factory.mktemp("hostile")
    inbox, scratch, home = base / "2018", base / "scratch", base / "home"
    for folder in (inbox, scratch, home):
        folder.mkdir()
    with Listener() as listener:
        for case in ALL_CASES:
            (inbox / case.name).write_bytes(case.build(listener.url))
        (inbox / FORGING_NAME).write_bytes(docx_external_image(listener.url + "/navn"))  # not a copy of the case
        env = {**os.environ, "TMPDIR": str(scratch), "XDG_DATA_HOME": str(home), "XDG_CACHE_HOME": str(home),
               "XDG_STATE_HOME": str(home), "COLUMNS": "200"}
        done = subprocess.run(
            [sys.executable, "-m", "pipeline.cli", "run", str(inbox), "--out", str(base / "out"), "--no-cache",
             "--jobs", "2", "--history", str(base / "historikk.sqlite")],
            capture_output=True, text=True, env=env, timeout=600, cwd=Path(__file__).resolve().parents[2],
        )
        leftovers = _leftovers(str(scratch))
    report = json.loads((base / "out" / "run.json").read_text(encoding="utf-8"))
    return {"done": done, "requests": list(listener.requests), "leftovers": leftovers,
            "documents": {d["file"]: d for d in report["documents"]}, "inbox": inbox}


def test_the_run_over_the_corpus_ends_as_promised(corpus_run):
    done = corpus_run["done"]
    assert done.returncode == 1, done.stderr[-2000:]
    assert "Traceback" not in done.stdout + done.stderr
    assert sorted(corpus_run["documents"]) == sorted(p.name for p in corpus_run["inbox"].iterdir())
    assert corpus_run["requests"] == []
    assert corpus_run["leftovers"] == []


def test_a_file_name_cannot_forge_a_console_line(corpus_run):
    lines = corpus_run["done"].stdout.splitlines()
    assert not any(line.lstrip("│┃ ").startswith("alle filer lest") for line in lines)
    assert any(line.endswith("lo_2018.docx\\nalle filer lest uten feil.docx: lest, 2 tiltak") for line in lines)


@pytest.mark.parametrize("case", ALL_CASES, ids=lambda c: c.name)
def test_case(corpus_run, case):
    if case.tool:
        soffice = tools.which("soffice", "libreoffice")
        require(soffice is not None, "LibreOffice (soffice) is not installed")
        require(case.tool != "calc" or _has_component(soffice, "sc"), "LibreOffice Calc is not installed")
    document = corpus_run["documents"][case.name]
    assert document["outcome"] == case.outcome, document["error"] or document["warnings"]
    rejection = document["rejection"]
    assert (rejection or {}).get("kind") == case.kind
    said = document["error"] if rejection else document["converted_from"]
    assert case.says in said
    if rejection:
        told = f"{rejection['problem']} {rejection['fix']}"
        assert not LIBRARY_TEXT.search(told), told


@pytest.mark.parametrize("case", ALL_CASES, ids=lambda c: c.name)
def test_committed_file_is_what_the_builder_makes(case):
    committed = (FOLDER / case.name).read_bytes()
    assert committed == case.build(COMMITTED_URL)
    assert len(committed) < MAX_BYTES


def test_the_corpus_folder_holds_only_the_cases():
    # Subfolders are corpora of their own, with their own builder and tests (pdf/).
    assert sorted(p.name for p in FOLDER.iterdir() if p.is_file()) == sorted(c.name for c in ALL_CASES)


# ---------------------------------------------------------------------------------------------
# Linked content without a network namespace: LibreOffice's own settings must stop the fetch


def test_the_odt_fetches_its_linked_image_when_libreoffice_is_left_alone(soffice, tmp_path):
    # The threat is real: a bare LibreOffice on the host network asks the listener for the image.
    with Listener() as listener:
        path = tmp_path / "lenke.odt"
        path.write_bytes(odt_image_linked_by_url(listener.url))
        subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation={(tmp_path / 'p').as_uri()}",
                        "--convert-to", "docx", "--outdir", str(tmp_path / "ut"), str(path)],
                       capture_output=True, timeout=180, env={**os.environ, "HOME": str(tmp_path)})
    assert any("/sporing.png" in r for r in listener.requests)


@pytest.mark.parametrize("build, parse", [(odt_image_linked_by_url, parse_odt), (rtf_includepicture_field, parse_rtf)],
                         ids=["odt", "rtf"])
def test_without_a_namespace_the_profile_still_fetches_nothing(soffice, tmp_path, monkeypatch, build, parse):
    monkeypatch.setattr(tools, "offline_prefix", lambda: ())
    with Listener() as listener:
        path = tmp_path / "lenke"
        path.write_bytes(build(listener.url))
        content = parse(path, "lo_2018", ParseOptions())
    assert content.paragraphs[0].text == "Rapport fra LO 2018"
    assert listener.requests == []


def test_tools_run_without_network_where_the_system_allows_it(tmp_path):
    require(tools.offline_prefix() != (), "this system allows no network namespace (unshare)")
    with Listener() as listener:
        fetch = f"import urllib.request; urllib.request.urlopen('{listener.url}/x', timeout=5)"
        done = tools.run([sys.executable, "-c", fetch], timeout=30)
        reachable = subprocess.run([sys.executable, "-c", fetch], capture_output=True, timeout=30)
    assert done.returncode != 0 and b"URLError" in done.stderr
    assert reachable.returncode != 0 and listener.requests == ["GET /x"]  # reached from outside: 404


def test_tools_run_under_the_memory_cap(tmp_path):
    require(tools.which("prlimit") is not None, "prlimit (util-linux) is not installed")
    grab = "x = bytearray(600 * 1024 * 1024)"
    assert tools.run([sys.executable, "-c", grab], timeout=30, memory=512 * 1024**2).returncode != 0
    assert tools.run([sys.executable, "-c", grab], timeout=30, memory=2 * 1024**3).returncode == 0
