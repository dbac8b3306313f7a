"""Measures followed across years: how well wording finds last year's tiltak where no form gives the link.

    python bench/years.py            # in a temporary folder
    python bench/years.py --keep DIR # leave the history, forms, returned forms and outputs in DIR
    python bench/years.py --2020     # also run samples/2019 then samples/2020 and list the links made

The sample generator gives no measure an id across years, so the truth comes from a round of reporting forms
(as bench/forms.py makes it): samples/2018 into a history, the 2019 forms filled in as members would, the 2019
run over them. Each register row's truth is the link its forms give (none: new; a reshaped form's rows, read as
an ordinary report, have no truth and are left out). Then the links are made again with every
form's link removed, by the rules a run applies to ordinary reports (normalise.continuity), and compared:
precision and recall of the sure links, how many of the rest were flagged with the right candidate, and how
many continuing measures went unflagged. A sure link that is wrong is the worst outcome (precision target 0.98).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from normalise.continuity import link_years  # noqa: E402
from normalise.matchers import Matchers  # noqa: E402
from parsers import tools  # noqa: E402
from pipeline.batch import run  # noqa: E402
from pipeline.forms.write import write_forms  # noqa: E402
from pipeline.history import History  # noqa: E402
from pipeline.settings import Settings  # noqa: E402
from samples.generator.forms_round import fill_round  # noqa: E402

PRECISION_TARGET = 0.98


def _unlinked(t):
    """A row as an ordinary report would give it: no form's link, no status."""
    raw = replace(t.row.raw, forrige_tiltak_id="", status="")
    return replace(t, row=replace(t.row, raw=raw))


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def score_links(result, last_year, matchers: Matchers, unknown: set[str]) -> dict[str, float]:
    """The wording's links against the forms' links, over the register's groups of the forms run; groups of
    rows only from the files in `unknown` (a reshaped form, read as an ordinary report) have no truth."""
    t, stop = result.settings.thresholds, matchers.catalogue.vocabulary.stopwords
    rows, groups = list(result.tiltak), result.clusters.groups
    truth = {}
    for g, group in enumerate(groups):
        links = {rows[i].row.raw.forrige_tiltak_id for i in group} - {""}
        if links or any(rows[i].row.provenance.source_file not in unknown for i in group):
            truth[g] = links
    found = link_years([_unlinked(r) for r in rows], groups, last_year, matchers.orgs, stop, t.merge,
                       t.merge_text_only, t.near_miss, t.near_miss_text)
    continuing = [g for g, links in truth.items() if links]
    sure = {g: link for g, link in found.sure.items() if g in truth}
    sure_right = [g for g, link in sure.items() if link.previous in truth[g]]
    flagged_right = [g for g, link in found.possible.items() if g in truth and link.previous in truth[g]]
    unflagged = [g for g in continuing if g not in found.sure and g not in found.possible]
    wrong = [(g, link) for g, link in sure.items() if link.previous not in truth[g]]
    for g in unflagged:
        print(f"  - continuing, not flagged: {rows[groups[g][0]].text[:60]!r}; forms say {sorted(truth[g])}")
    for g, link in wrong:
        print(f"  - wrong sure link: {rows[groups[g][0]].text[:60]!r} -> {link.previous} {link.previous_text[:50]!r} "
              f"({link.evidence}); forms say {sorted(truth[g]) or 'new'}")
    return {
        "groups": len(truth), "continuing": len(continuing), "sure_links": len(sure),
        "precision": _share(len(sure_right), len(sure)), "recall": _share(len(sure_right), len(continuing)),
        "flagged_right": _share(len(flagged_right), len(continuing) - len(sure_right)),
        "continuing_unflagged": len(unflagged),
        "new_flagged": sum(1 for g in found.possible if g in truth and not truth[g]),
    }


def _list_links(result, last_year, matchers: Matchers, label: str) -> None:
    t, stop = result.settings.thresholds, matchers.catalogue.vocabulary.stopwords
    rows, groups = list(result.tiltak), result.clusters.groups
    found = link_years(rows, groups, last_year, matchers.orgs, stop, t.merge, t.merge_text_only, t.near_miss,
                       t.near_miss_text)
    print(f"{label}: {len(groups)} tiltak, {len(found.sure)} sure links, {len(found.possible)} flagged (no truth)")
    for kind, links in (("sure", found.sure), ("flagged", found.possible)):
        for g, link in sorted(links.items(), key=lambda x: -x[1].score):
            print(f"  {kind:7s} {link.score:.2f} {rows[groups[g][0]].text[:55]!r} -> {link.previous_text[:45]!r}")


def bench(folder: Path, with_2020: bool) -> int:
    history, cache = folder / "historikk.sqlite", folder / "cache"
    matchers = Matchers.load()
    run(Settings(inbox=ROOT / "samples" / "2018", out=folder / "2018", history=history, cache_dir=cache))
    write_forms(2019, folder / "skjema", history)
    expected = fill_round(folder / "skjema", folder / "2019-skjema", tools.which("soffice", "libreoffice"))
    forms_run = run(Settings(inbox=folder / "2019-skjema", out=folder / "2019-skjema-ut", history=history,
                             cache_dir=cache))
    with History(history) as h:
        last_year = h.load(2018)
    figures = score_links(forms_run, last_year, matchers, {e.source_file for e in expected if not e.exact})
    print(f"2018 -> 2019, forms' links as truth ({figures['groups']} tiltak, {figures['continuing']} continuing), "
          "links made from wording alone:")
    for name in ("precision", "recall", "flagged_right"):
        target = f"  (target {PRECISION_TARGET:.3f})" if name == "precision" else ""
        flag = "  <-- below target" if name == "precision" and figures[name] < PRECISION_TARGET else ""
        print(f"  {name:22s} {figures[name]:.3f}{target}{flag}")
    print(f"  {'sure_links':22s} {figures['sure_links']}")
    print(f"  {'continuing_unflagged':22s} {figures['continuing_unflagged']}  (continuing, neither linked nor flagged)")
    print(f"  {'new_flagged':22s} {figures['new_flagged']}  (new, flagged as a possible continuation)")

    # The ordinary sample rounds: a history of their own, so the forms round's 2019 does not stand in for them.
    plain = run(Settings(inbox=ROOT / "samples" / "2018", out=folder / "2018-b", history=folder / "runder.sqlite",
                         cache_dir=cache))
    assert plain.exit_code == 0
    plain_2019 = run(Settings(inbox=ROOT / "samples" / "2019", out=folder / "2019", history=folder / "runder.sqlite",
                              cache_dir=cache))
    with History(folder / "runder.sqlite") as h:
        _list_links(plain_2019, h.load(2018), matchers, "samples 2018 -> 2019")
    if with_2020:
        plain_2020 = run(Settings(inbox=ROOT / "samples" / "2020", out=folder / "2020",
                                  history=folder / "runder.sqlite", cache_dir=cache))
        with History(folder / "runder.sqlite") as h:
            _list_links(plain_2020, h.load(2019), matchers, "samples 2019 -> 2020")
    return 1 if figures["precision"] < PRECISION_TARGET else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="folder to work in and leave behind (must be empty or new)")
    parser.add_argument("--2020", dest="with_2020", action="store_true", help="also follow samples 2019 into 2020")
    args = parser.parse_args()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        if any(args.keep.iterdir()):
            parser.error(f"{args.keep} is not empty")
        return bench(args.keep, args.with_2020)
    with tempfile.TemporaryDirectory() as tmp:
        return bench(Path(tmp), args.with_2020)


if __name__ == "__main__":
    sys.exit(main())
