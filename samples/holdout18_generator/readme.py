"""Write samples/holdout18/README.md from the data."""
from collections import defaultdict

from . import data

HEAD = """# Held-out round 17 (reporting year 2038)

**Held out: written by an author who did not read the program's code, vocabulary, catalogue or any earlier
held-out round; the program was never run on these files.**

Rebuild (needs LibreOffice on the path):

    python -m samples.holdout18_generator [--out DIR]      # default out: samples/holdout18

"""


def write(out, files):
    rows = [(name, member, r) for name, member, rs, _ in files for r in rs]
    ids = defaultdict(list)
    for name, member, r in rows:
        ids[r.m].append((member, r.t))
    shared = {k: v for k, v in ids.items() if len({m for m, _ in v}) > 1}
    lines = [HEAD]
    lines.append(f"Counts: {len(files)} files, {len(rows)} truth rows, {len(ids)} distinct measures, "
                 f"{len(shared)} measures reported by two or more members. One file is not a member report "
                 f"and one file is a superseded draft; neither has truth rows.\n")
    lines.append("| File | Member | Rows | Shape |\n|---|---|---|---|")
    for name, member, rs, shape in files:
        lines.append(f"| {name} | {member or '—'} | {len(rs)} | {shape} |")
    lines.append("\n## Measures reported by several members\n")
    for k in sorted(shared):
        lines.append(f"- **{k}**")
        for member, t in shared[k]:
            lines.append(f"  - {member}: «{t}»")
    (out / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
