"""Stage runner: Document -> Processed (parsed, rows extracted and matched), in budgeted workers and cached.

Each document is one task for a worker process under a time and memory budget (workers.py); a result
comes from the cache when the document's bytes, name and the program are as before. Copies and the
entries the inbox listing set aside get their outcome without being read.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Sequence

from normalise.matchers import Matchers
from parsers.registry import ParseOptions, parser_for

from .cache import DocumentCache, fingerprint
from .codec import CodecError, from_data, to_data
from .extract import DUPLICATE, REJECTED, DocumentResult, extract_document
from .inbox import Listing
from .match import match_rows
from tiltak_core.outcomes import Rejection
from tiltak_core.records import Document, Tiltak
from .settings import Settings
from .workers import OVER_MEMORY, OVER_TIME, TASKS_PER_WORKER, Budget, run_all

# With fewer documents to parse than this, and no --jobs given, one worker reads them one after another.
MIN_DOCUMENTS_FOR_POOL = 24


@dataclass(frozen=True)
class Processed:
    result: DocumentResult
    tiltak: tuple[Tiltak, ...] = ()
    cached: bool = False
    ended: tuple[Tiltak, ...] = ()  # the rows a reporting form marks ended, matched like the others


@dataclass(frozen=True)
class Work:
    """Every entry of the inbox processed, in name order, and what the run should say about the cache."""

    processed: tuple[Processed, ...]
    notes: tuple[str, ...] = ()


Progress = Callable[[Processed, int, int], None]

_matchers: Matchers | None = None  # one per worker process


def _init_worker(catalogue: Path | None) -> None:
    global _matchers
    if _matchers is None:  # a forked worker has the parent's matchers already
        _matchers = Matchers.load(catalogue)


def process_document(document: Document, options: ParseOptions, max_bytes: int) -> Processed:
    """Parse one report and match its rows (runs in a worker process)."""
    assert _matchers is not None
    result = extract_document(document, _matchers, options, max_bytes)
    return Processed(result, tuple(match_rows(list(result.rows), _matchers)),
                     ended=tuple(match_rows(list(result.ended), _matchers)))


def _pool_size(settings: Settings, documents: int) -> int:
    """Worker processes for this many documents to parse: one for a small inbox unless --jobs says."""
    # Each worker loads the PDF table finder again; below MIN_DOCUMENTS_FOR_POOL more workers cost
    # more than they save (a year's inbox of 17 reports ran as fast in one process: bench/speed.py).
    if settings.jobs == 0 and documents < MIN_DOCUMENTS_FOR_POOL:
        return 1
    return max(1, min(settings.workers, documents))


def _task(task: tuple[Document, ParseOptions, int]) -> Processed:
    return process_document(*task)


def _over_budget(document: Document, why: str, settings: Settings) -> Processed:
    limits = settings.limits
    if why in (OVER_TIME, OVER_MEMORY):
        what, option = ((f"den tok mer enn {limits.document_seconds:g} sekunder", "--max-seconds") if why == OVER_TIME
                        else (f"den trengte mer enn {limits.document_memory // 2**20} MB minne", "--max-memory"))
        rejection = Rejection("too_heavy", f"filen er for tung å lese: {what}",
                              "Sjekk at filen er en rapport og ikke skadet, og lagre den på nytt (f.eks. som PDF fra Word), "
                              f"eller be medlemmet om en ny kopi; grensen kan økes med {option}")
    else:
        rejection = Rejection("crashed", "programmet som leste filen stoppet uventet",
                              "Filen kan være skadet; be medlemmet om en ny kopi")
    return Processed(DocumentResult(document, REJECTED, rejection=rejection))


def _load_before_forking(documents: Sequence[Document], workers: int) -> bool:
    """The parsers these documents need and every matcher, loaded in this process when more than one worker
    will need them (several at once, or one after another): each is then forked with them, not loading
    them again. One worker loads what it needs itself, while this process is free for other work.
    Returns whether they were loaded here."""
    if workers == 1 and len(documents) <= TASKS_PER_WORKER:
        return False
    for format in {d.format for d in documents}:
        parser_for(format)
    if _matchers is not None:
        _matchers.warm()
    return True


def read_documents(documents: Sequence[Document], settings: Settings, done: Callable[[int, Processed], None],
                   meanwhile: Sequence[Callable[[], object]] = ()) -> None:
    """Parse each document in a worker under the settings' budget; a document over it is rejected, not fatal.
    `meanwhile`: steps this process takes while the workers read (see workers.run_all)."""
    limits = settings.limits
    tasks = [(d, settings.parse_options(), limits.max_file_bytes) for d in documents]
    budget = Budget(limits.document_seconds, limits.document_memory)
    workers = _pool_size(settings, len(tasks))
    # The steps only while one worker reads: with more, no core is idle, and the workers forked later
    # would carry what the steps loaded.
    steps = () if _load_before_forking(documents, workers) else meanwhile
    run_all(tasks, _task, workers, budget, done, lambda n, why: done(n, _over_budget(documents[n], why, settings)),
            init=functools.partial(_init_worker, settings.catalogue), meanwhile=steps)


def read_one(document: Document, matchers: Matchers, settings: Settings) -> Processed:
    """One document read as the run reads it, in a worker under the same budget."""
    global _matchers
    _matchers = matchers
    found: list[Processed] = []
    read_documents([document], settings, lambda _, processed: found.append(processed))
    return found[0]


def _cache_key(document: Document) -> str:
    # An attachment's member may come from the e-mail it came with: that e-mail's text is part of the key.
    return hashlib.sha256(f"{document.sha256}|{document.source_file}|{document.letter}".encode()).hexdigest()


def _from_cache(cache: DocumentCache, document: Document) -> Processed | None:
    """The cached result for this document as it is now, if one is stored and sound."""
    key = _cache_key(document)
    data = cache.get(key, document.source_file)
    if data is None:
        return None
    try:
        processed = from_data(data, Processed)
        assert isinstance(processed, Processed)
    except (CodecError, TypeError, ValueError, AssertionError):
        cache.drop(key, document.source_file)
        return None
    found = processed.result.document
    if (found.sha256, found.source_file) != (document.sha256, document.source_file) or processed.result.outcome in (
            REJECTED, DUPLICATE):
        cache.drop(key, document.source_file)
        return None
    # Same bytes and name, maybe in another inbox: the result holds for the file as it is now.
    return replace(processed, result=replace(processed.result, document=document), cached=True)


def process_all(listing: Listing, decided: Sequence[DocumentResult], matchers: Matchers, settings: Settings,
                cache_root: Path | None, progress: Progress | None,
                meanwhile: Sequence[Callable[[], object]] = ()) -> Work:
    """Every entry once, in name order: copies and `decided` entries as they are, cached ones not re-read;
    `meanwhile` are steps to take while documents are read (none are taken when every one is cached)."""
    global _matchers
    _matchers = matchers
    cache = DocumentCache(cache_root, fingerprint(settings, cache_root)) if cache_root else None
    if cache:
        cache.prune()
    entries: list[Processed | Document] = [Processed(d) for d in decided]
    for document in listing.documents:
        original = listing.copies.get(document.source_file)
        entries.append(Processed(DocumentResult(document, DUPLICATE, duplicate_of=original)) if original else document)
    entries.sort(key=lambda e: (e.result.document if isinstance(e, Processed) else e).source_file)
    out: list[Processed | None] = [None] * len(entries)
    finished = 0

    def done(n: int, processed: Processed) -> None:
        nonlocal finished
        out[n] = processed
        finished += 1
        # A rejection is not kept: the tool it lacked may be installed, the budget it broke not broken again.
        entry = entries[n]
        if cache and isinstance(entry, Document) and not processed.cached and processed.result.outcome != REJECTED:
            try:
                cache.put(_cache_key(entry), to_data(processed))
            except CodecError:
                pass  # a result the cache cannot hold is read again next time
        if progress:
            progress(processed, finished, len(entries))

    todo: list[tuple[int, Document]] = []
    for n, entry in enumerate(entries):
        if isinstance(entry, Processed):
            done(n, entry)
            continue
        hit = _from_cache(cache, entry) if cache and entry.sha256 else None
        if hit:
            done(n, hit)
        else:
            todo.append((n, entry))
    if todo:
        read_documents([d for _, d in todo], settings, lambda k, p: done(todo[k][0], p), meanwhile)
    return Work(tuple(p for p in out if p is not None), tuple(cache.notes) if cache else ())
