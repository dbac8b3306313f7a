"""Stage runner: Document -> Processed (parsed, rows extracted and matched), in parallel and cached.

Each document is one task for a process pool; a result comes from the cache when the document's
bytes, name and the program are as before.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from normalise.matchers import Matchers
from parsers.registry import ParseOptions

from .cache import DocumentCache, default_cache_dir, fingerprint
from .extract import DUPLICATE, REJECTED, DocumentResult, extract_document
from .match import match_rows
from tiltak_core.outcomes import Rejection
from tiltak_core.records import Document, Tiltak
from .settings import Settings

# A worker process is replaced after this many documents, so whatever a parser library leaks goes with it.
TASKS_PER_WORKER = 50
# With fewer documents to parse than this, and no --jobs given, they are parsed in this process.
MIN_DOCUMENTS_FOR_POOL = 24


@dataclass(frozen=True)
class Processed:
    result: DocumentResult
    tiltak: tuple[Tiltak, ...] = ()
    cached: bool = False
    ended: tuple[Tiltak, ...] = ()  # the rows a reporting form marks ended, matched like the others


Progress = Callable[[Processed, int, int], None]

_matchers: Matchers | None = None  # one per worker process


def _init_worker(catalogue: Path | None) -> None:
    global _matchers
    if _matchers is None:  # a forked worker has the parent's matchers already
        _matchers = Matchers.load(catalogue)


def _context() -> multiprocessing.context.BaseContext:
    """Fork where there is fork: a worker starts in milliseconds with the parsers and catalogue loaded
    (spawn would import everything again in every worker)."""
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    return multiprocessing.get_context(method)


def process_document(document: Document, options: ParseOptions, max_bytes: int) -> Processed:
    """Parse one report and match its rows (runs in a worker process, or in this one)."""
    assert _matchers is not None
    result = extract_document(document, _matchers, options, max_bytes)
    return Processed(result, tuple(match_rows(list(result.rows), _matchers)),
                     ended=tuple(match_rows(list(result.ended), _matchers)))


def _pool_size(settings: Settings, documents: int) -> int:
    """Worker processes for this many documents to parse: one (this process) for a small inbox unless --jobs says."""
    # Forked workers each load the PDF table finder again; below MIN_DOCUMENTS_FOR_POOL that costs
    # more than it saves (a year's inbox of 17 reports ran as fast in-process: bench/speed.py).
    if settings.jobs == 0 and documents < MIN_DOCUMENTS_FOR_POOL:
        return 1
    return min(settings.workers, documents)


def _crashed(document: Document, exc: BaseException) -> Processed:
    rejection = Rejection("crashed", f"programmet som leste filen stoppet uventet ({type(exc).__name__})",
                          "Filen kan være skadet; be medlemmet om en ny kopi")
    return Processed(DocumentResult(document, REJECTED, rejection=rejection))


def _in_pool(documents: list[Document], settings: Settings, workers: int, done: Callable[[int, Processed], None]) -> list[int]:
    """Parse in worker processes; return the indices left unread because a worker died.
    Workers are replaced after TASKS_PER_WORKER documents each (a fresh pool per batch: fork cannot
    recycle workers inside one pool), so what a parser library leaks does not pile up."""
    options, max_bytes = settings.parse_options(), settings.limits.max_file_bytes
    left = []
    step = workers * TASKS_PER_WORKER
    for start in range(0, len(documents), step):
        with ProcessPoolExecutor(workers, mp_context=_context(), initializer=_init_worker,
                                 initargs=(settings.catalogue,)) as pool:
            futures = {pool.submit(process_document, d, options, max_bytes): n
                       for n, d in enumerate(documents[start : start + step], start)}
            for future in as_completed(futures):
                n = futures[future]
                try:
                    done(n, future.result())
                except BrokenProcessPool:
                    left.append(n)
    return sorted(left)


def process_all(documents: list[Document], matchers: Matchers, settings: Settings, progress: Progress | None) -> list[Processed]:
    """Every document once, in inbox order; a copy of an earlier file is skipped, cached ones are not re-read."""
    global _matchers
    _matchers = matchers
    cache = DocumentCache(settings.cache_dir or default_cache_dir(), fingerprint(settings)) if settings.cache else None
    if cache:
        cache.prune()
    out: list[Processed | None] = [None] * len(documents)
    finished = 0

    def done(n: int, processed: Processed, store: bool = True) -> None:
        nonlocal finished
        out[n] = processed
        finished += 1
        # A rejection is not kept: the tool it lacked may be installed, the timeout it hit not hit again.
        if cache and store and not processed.cached and processed.result.outcome != REJECTED:
            cache.put(documents[n], processed)
        if progress:
            progress(processed, finished, len(documents))

    seen: dict[str, str] = {}
    todo: list[int] = []
    for n, document in enumerate(documents):
        if document.sha256 in seen:
            done(n, Processed(DocumentResult(document, DUPLICATE, duplicate_of=seen[document.sha256])))
            continue
        seen[document.sha256] = document.source_file
        hit = cache.get(document) if cache else None
        if hit:
            done(n, hit)
        else:
            todo.append(n)

    options, max_bytes = settings.parse_options(), settings.limits.max_file_bytes
    workers = _pool_size(settings, len(todo))
    if workers > 1:
        left = _in_pool([documents[n] for n in todo], settings, workers, lambda k, p: done(todo[k], p))
        for k in left:
            # A worker died: read each remaining file alone, so only the one that kills it is rejected.
            n = todo[k]
            try:
                left_alone = _in_pool([documents[n]], settings, 1, lambda _, p, n=n: done(n, p))
            except Exception as exc:  # noqa: BLE001 -- the pool itself could not start
                left_alone, failure = [0], exc
            else:
                failure = BrokenProcessPool()
            if left_alone:
                done(n, _crashed(documents[n], failure), store=False)  # may not crash next time
    else:
        for n in todo:
            done(n, process_document(documents[n], options, max_bytes))
    return [p for p in out if p is not None]
