"""All member reports in file order, with measure ids (seed_row) assigned."""
from __future__ import annotations

from .data_a import MEMBERS_A
from .data_b import MEMBERS_B

MEMBERS = MEMBERS_A + MEMBERS_B
NOT_A_REPORT = "invitasjon_fagseminar_2051.docx"


def truth_rows() -> list[dict]:
    """One truth row per tiltak; shared measures S1..S12 become M01..M12,
    every other row gets its own id from M13 on."""
    rows, next_id = [], 13
    for m in MEMBERS:
        for (key, dm, typ, name, ans, partners, desc, _raw) in m["rows"]:
            if key:
                seed = f"M{int(key[1:]):02d}"
            else:
                seed = f"M{next_id:02d}"
                next_id += 1
            rows.append(dict(source_file=m["file"], member=m["member"], tiltak=name,
                             seed_row=seed, delmal=dm, type=typ, ansvarlig=ans,
                             samarbeidspartnere=partners, beskrivelse=desc))
    return rows
