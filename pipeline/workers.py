"""Worker processes that each read one document at a time under a time and a memory budget.

A worker that overruns its time is killed together with every process it started (LibreOffice,
Tesseract); one that runs out of memory or dies is replaced, and the batch goes on. Workers end when
the main process ends, however it ends: a Ctrl-C reaches only the main process, which ends them, and a
worker whose main process is gone (killed) ends itself and what it started.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import Callable, Iterable, Sequence, TypeVar

T = TypeVar("T")  # a task
R = TypeVar("R")  # its result

try:
    import resource
except ImportError:  # not on Windows: no memory limit there
    resource = None  # type: ignore[assignment]

OK, OVER_TIME, OVER_MEMORY, DIED = "ok", "time", "memory", "died"
TASKS_PER_WORKER = 50  # then a fresh worker, so whatever a parser library leaks goes with the old one


@dataclass(frozen=True)
class Budget:
    seconds: float
    memory: int | None = None  # bytes of address space a worker may add to its size at start; None: no limit


def _context() -> multiprocessing.context.BaseContext:
    """Fork where there is fork: a worker starts in milliseconds with the parsers and catalogue loaded
    (spawn would import everything again in every worker)."""
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    return multiprocessing.get_context(method)


def _descendants(pid: int) -> list[int]:
    """Every process below `pid` (children first found, deepest last), from /proc; [] where there is none."""
    children: dict[int, list[int]] = {}
    try:
        entries = [e for e in os.listdir("/proc") if e.isdigit()]
    except OSError:
        return []
    for entry in entries:
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                fields = f.read().rsplit(b")", 1)[1].split()
        except (OSError, IndexError):
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def kill_tree(pid: int) -> None:
    """SIGKILL a process and everything it started (a tool in a session of its own included)."""
    for victim in [*_descendants(pid), pid]:
        try:
            os.kill(victim, signal.SIGKILL)
        except OSError:
            pass


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.2)
    kill_tree(os.getpid())


def _limit_memory(extra: int | None) -> None:
    if extra is None or resource is None:
        return
    size = 0
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as f:
            size = next(int(line.split()[1]) * 1024 for line in f if line.startswith("VmSize:"))
    except (OSError, StopIteration, ValueError):
        pass
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = size + extra
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _serve(conn, parent: int, work: Callable, init: Callable | None, memory: int | None) -> None:
    """A worker's life: take a task, send back its result, until told to stop or the main process is gone."""
    os.setpgrp()  # out of the terminal's process group: Ctrl-C is the main process's to handle
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if init is not None:
        init()
    _limit_memory(memory)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        n, task = message
        try:
            reply = (n, OK, work(task))
        except MemoryError:
            reply = (n, OVER_MEMORY, None)
        try:
            conn.send(reply)
        except MemoryError:
            conn.send((n, OVER_MEMORY, None))


class _Worker:
    def __init__(self, ctx, work: Callable, init: Callable | None, memory: int | None) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(child, os.getpid(), work, init, memory), daemon=True)
        self.process.start()
        child.close()
        self.task: int | None = None
        self.deadline = 0.0
        self.served = 0

    def give(self, n: int, task: object, seconds: float) -> None:
        self.task, self.deadline, self.served = n, time.monotonic() + seconds, self.served + 1
        self.conn.send((n, task))

    def stop(self) -> None:
        """End the worker: asked to when idle, killed with all it started when busy or slow to go."""
        if self.task is None and self.process.is_alive():
            try:
                self.conn.send(None)
            except OSError:
                pass
            self.process.join(1)
        if self.process.is_alive():
            kill_tree(self.process.pid)
            self.process.join(5)
        self.conn.close()


def run_all(tasks: Sequence[T], work: Callable[[T], R], workers: int, budget: Budget,
            done: Callable[[int, R], None], over: Callable[[int, str], None],
            init: Callable[[], None] | None = None, meanwhile: Iterable[Callable[[], object]] = ()) -> None:
    """`work(task)` for every task in worker processes; `done(n, result)` as results come, `over(n, why)` for a
    task that overran its time (OVER_TIME) or memory (OVER_MEMORY) or whose worker died (DIED).

    `meanwhile` are short steps for this process to take, one at a time, while every worker is busy."""
    ctx = _context()
    pending = deque(range(len(tasks)))
    pool: list[_Worker] = []
    steps = iter(meanwhile)

    def retire(worker: _Worker) -> None:
        pool.remove(worker)
        worker.stop()

    try:
        while pending or any(w.task is not None for w in pool):
            for worker in [w for w in pool if w.task is None and w.served >= TASKS_PER_WORKER]:
                retire(worker)
            while pending:
                idle = next((w for w in pool if w.task is None), None)
                if idle is None and len(pool) < workers:
                    idle = _Worker(ctx, work, init, budget.memory)
                    pool.append(idle)
                if idle is None:
                    break
                first = pending.popleft()
                idle.give(first, tasks[first], budget.seconds)
            busy = [w for w in pool if w.task is not None]
            waited_on = [w.conn for w in busy] + [w.process.sentinel for w in busy]
            ready = set(wait(waited_on, 0))
            if not ready:
                step = next(steps, None)
                if step is not None:
                    step()
                    continue  # then see to the workers before the next step
                timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic())
                ready = set(wait(waited_on, timeout))
            for worker in busy:
                n = worker.task
                assert n is not None
                if worker.conn in ready:
                    try:
                        _, verdict, value = worker.conn.recv()
                    except (EOFError, OSError):
                        verdict, value = DIED, None
                    if verdict == OK:
                        worker.task = None
                        done(n, value)
                        continue
                elif worker.process.sentinel in ready:
                    verdict = DIED
                elif time.monotonic() >= worker.deadline:
                    verdict = OVER_TIME
                else:
                    continue
                # Whatever is left of this worker (after a memory error: a bloated heap) is not used again.
                kill_tree(worker.process.pid)
                worker.task = None
                retire(worker)
                over(n, verdict)
    finally:
        for worker in pool:
            worker.stop()
