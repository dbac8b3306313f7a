"""A small writer for Compound File Binary (OLE2) files, version 3 (512-byte sectors).

Enough for an Outlook .msg: storages, streams, a mini stream for streams under 4096 bytes,
a balanced red-black directory tree per storage.  Deterministic: no times are written.
"""
from __future__ import annotations

import struct

FREESECT = 0xFFFFFFFF
ENDOFCHAIN = 0xFFFFFFFE
FATSECT = 0xFFFFFFFD
NOSTREAM = 0xFFFFFFFF
SECTOR = 512
MINI = 64
CUTOFF = 4096


class _Entry:
    def __init__(self, name, kind, data=b"", children=None):
        self.name = name
        self.kind = kind  # 1 storage, 2 stream, 5 root
        self.data = data
        self.children = children or []
        self.left = self.right = self.child = NOSTREAM
        self.color = 1
        self.start = ENDOFCHAIN
        self.size = 0
        self.index = -1


def _key(e):
    return (len(e.name), e.name.upper())


def _build_tree(nodes, depth, out):
    """Balanced BST over sorted nodes; returns root index; records depth for colouring."""
    if not nodes:
        return NOSTREAM
    mid = len(nodes) // 2
    n = nodes[mid]
    out.append((n, depth))
    n.left = _build_tree(nodes[:mid], depth + 1, out)
    n.right = _build_tree(nodes[mid + 1:], depth + 1, out)
    return n.index


def write_cfb(path, tree: dict, root_clsid: bytes = b"\0" * 16) -> None:
    """tree: {name: bytes | dict}; dict values are storages."""
    entries: list[_Entry] = []
    root = _Entry("Root Entry", 5)

    def add(entry, content):
        entry.index = len(entries)
        entries.append(entry)
        if isinstance(content, dict):
            for name, val in content.items():
                kind = 1 if isinstance(val, dict) else 2
                child = _Entry(name, kind, val if kind == 2 else b"")
                entry.children.append((child, val))

    # breadth-first numbering keeps the parents before the children
    queue = [(root, tree)]
    while queue:
        ent, content = queue.pop(0)
        add(ent, content)
        for child, val in ent.children:
            queue.append((child, val))
    for ent in entries:
        kids = sorted((c for c, _ in ent.children), key=_key)
        if kids:
            placed: list = []
            ent.child = _build_tree(kids, 0, placed)
            maxd = max(d for _, d in placed)
            for node, d in placed:
                node.color = 0 if (d == maxd and maxd > 0) else 1

    # streams: small ones into the mini stream
    mini = bytearray()
    minifat: list[int] = []
    big: list[_Entry] = []
    for ent in entries:
        if ent.kind != 2:
            continue
        ent.size = len(ent.data)
        if ent.size == 0:
            ent.start = ENDOFCHAIN
        elif ent.size < CUTOFF:
            first = len(minifat)
            nsec = (ent.size + MINI - 1) // MINI
            for k in range(nsec):
                minifat.append(first + k + 1 if k < nsec - 1 else ENDOFCHAIN)
            mini += ent.data + b"\0" * (nsec * MINI - ent.size)
            ent.start = first
        else:
            big.append(ent)

    def nsectors(n):
        return (n + SECTOR - 1) // SECTOR

    ndir = nsectors(len(entries) * 128)
    nminifat = nsectors(len(minifat) * 4)
    nmini = nsectors(len(mini))
    nbig = sum(nsectors(e.size) for e in big)
    rest = ndir + nminifat + nmini + nbig
    nfat = 1
    while nfat * (SECTOR // 4) < nfat + rest:
        nfat += 1
    if nfat > 109:
        raise ValueError("file too large for a header-only DIFAT")
    fat = [FREESECT] * (nfat * (SECTOR // 4))
    cur = 0
    for _k in range(nfat):
        fat[cur] = FATSECT
        cur += 1

    def chain(count):
        nonlocal cur
        if count == 0:
            return ENDOFCHAIN
        first = cur
        for k in range(count):
            fat[cur] = cur + 1 if k < count - 1 else ENDOFCHAIN
            cur += 1
        return first

    dir_start = chain(ndir)
    minifat_start = chain(nminifat)
    mini_start = chain(nmini)
    for e in big:
        e.start = chain(nsectors(e.size))
    root.start = mini_start if mini else ENDOFCHAIN
    root.size = len(mini)

    # directory
    dbytes = bytearray()
    for ent in entries:
        name = ent.name.encode("utf-16-le") + b"\0\0"
        if len(name) > 64:
            raise ValueError(f"name too long: {ent.name}")
        clsid = root_clsid if ent.kind == 5 else b"\0" * 16
        start = ent.start if ent.kind != 1 else 0
        size = ent.size if ent.kind != 1 else 0
        dbytes += (name.ljust(64, b"\0") + struct.pack("<HBB", len(name), ent.kind, ent.color)
                   + struct.pack("<III", ent.left, ent.right, ent.child) + clsid
                   + struct.pack("<I", 0) + b"\0" * 16 + struct.pack("<IQ", start, size))
    empty = (b"\0" * 64 + struct.pack("<HBB", 0, 0, 0) + struct.pack("<III", NOSTREAM, NOSTREAM, NOSTREAM)
             + b"\0" * 16 + struct.pack("<I", 0) + b"\0" * 16 + struct.pack("<IQ", 0, 0))
    while len(dbytes) % SECTOR:
        dbytes += empty

    mf = b"".join(struct.pack("<I", v) for v in minifat)
    mf += struct.pack("<I", FREESECT) * ((nminifat * SECTOR - len(mf)) // 4)
    mini_b = bytes(mini) + b"\0" * (nmini * SECTOR - len(mini))

    difat = list(range(nfat)) + [FREESECT] * (109 - nfat)
    header = (bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 16
              + struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6) + b"\0" * 6
              + struct.pack("<IIIIIIIII", 0, nfat, dir_start, 0, CUTOFF,
                            minifat_start if nminifat else ENDOFCHAIN, nminifat, ENDOFCHAIN, 0)
              + b"".join(struct.pack("<I", v) for v in difat))
    assert len(header) == SECTOR
    body = b"".join(struct.pack("<I", v) for v in fat)
    body += bytes(dbytes) + mf + mini_b
    for e in big:
        body += e.data + b"\0" * (nsectors(e.size) * SECTOR - e.size)
    with open(path, "wb") as fh:
        fh.write(header + body)
