"""Corpus runs on a Ray cluster: the local engine's per-pair work in Ray actors, the results streamed to the driver.

Each actor loads the translator once (``batch.load_worker``) and runs ``batch.process_pair`` on a
few pairs per call, so its lines are the local engine's bytes. Only the driver writes the output:
it appends each returned result with the local engine's ``ResultsWriter`` as it arrives, so
resuming, bad pairs and the summary behave as in ``batch.run_batch`` (which this module reuses,
replacing only the process pool).

``RayPool`` is the engine underneath: any items, any function built once per actor, results
streamed back in completion order with a bounded number of items in flight (``ray_map`` is one
pass over a fresh pool). For the source index (``workbench index build --engine ray``) it offers
``RayEncoder``, an ``Encoder`` whose ``encode`` is spread over the actors (a drop-in for
``index.build_index``), and ``encode_documents`` for a stream of documents and an encode function.

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

import numpy as np

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
from workbench.encode import Encoder
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

    def describe(self, names: list[str]) -> dict[str, Any]:
        """Attributes of the built function (an encoder's ``signature`` and ``dim``)."""
        return {name: getattr(self._fn, name, None) for name in names}


class RayPool:
    """Actors on the joined cluster, each running ``factory()`` once; ``map`` streams lists of items through them.

    ``factory`` (picklable: a module-level function or a ``functools.partial`` of one) returns the
    function applied to every list of items; it must return one result per item. A killed actor is
    restarted once and its calls retried; past that WorkerDied is raised. ``close`` kills the actors.
    """

    def __init__(
        self,
        factory: Callable[[], Callable[[list[Any]], Sequence[Any]]],
        *,
        workers: int,
        num_cpus: float = 1.0,
        num_gpus: float = 0.0,
    ) -> None:
        self._ray = require_ray()
        actor_class = self._ray.remote(_MapActor).options(
            num_cpus=num_cpus, num_gpus=num_gpus, max_restarts=1, max_task_retries=1
        )
        self.actors = [actor_class.remote(factory) for _ in range(workers)]
        self._starting = {actor.ready.remote(): actor for actor in self.actors}  # work goes to started ones
        self._started: list[Any] = []

    def map(
        self, items: Iterable[T], *, per_call: int = PAIRS_PER_CALL, in_flight: int = CALLS_IN_FLIGHT
    ) -> Generator[tuple[list[T], list[Any]], None, None]:
        """(items, results) per call of up to ``per_call`` items, in the order the calls finish.

        ``items`` is read lazily: at most ``in_flight`` calls are queued per actor, and only on
        actors that have started, so actors the cluster has no room for never hold items back.
        """
        ray = self._ray
        source = iter(items)
        pending: dict[Any, tuple[Any, list[T]]] = {}  # object ref -> (actor, its items)
        exhausted = False

        def feed(actor: Any, calls: int) -> None:
            nonlocal exhausted
            for _ in range(calls):
                chunk = list(islice(source, per_call))
                if not chunk:
                    exhausted = True
                    return
                pending[actor.run.remote(chunk)] = (actor, chunk)

        try:
            for actor in self._started:
                feed(actor, in_flight)
            while pending or (self._starting and not exhausted):
                ready, _ = ray.wait([*pending, *self._starting], num_returns=1, timeout=1.0)  # Ctrl-C stays live
                for ref in ready:
                    if ref in self._starting:
                        actor = self._starting.pop(ref)
                        _get(ray, ref)  # raises if the actor could not start
                        self._started.append(actor)
                        feed(actor, in_flight)
                        continue
                    actor, chunk = pending.pop(ref)
                    results = list(_get(ray, ref))
                    if len(results) != len(chunk):
                        raise ValueError(f"RayPool: {len(chunk)} items gave {len(results)} results")
                    feed(actor, 1)  # before yielding, so the actor has work while the caller writes
                    yield chunk, results
        finally:
            for ref in pending:  # stopped early: drop queued calls, so none is retried on a killed actor
                ray.cancel(ref)

    def describe(self, *names: str) -> dict[str, Any]:
        """Attributes of the function built in the actors (asked of the first actor, once it has started)."""
        return dict(_get(self._ray, self.actors[0].describe.remote(list(names))))

    def close(self) -> None:
        for actor in self.actors:
            self._ray.kill(actor)


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
    """(items, results) per call, in the order the calls finish, from a ``RayPool`` made for this one pass.

    The actors are killed when the iterator ends or is closed.
    """
    pool = RayPool(factory, workers=workers, num_cpus=num_cpus, num_gpus=num_gpus)
    try:
        yield from pool.map(items, per_call=per_call, in_flight=in_flight)
    finally:
        pool.close()


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
# Source index: the seams for ``workbench index build --engine ray``


class _RowEncoder:
    """Actor side of RayEncoder: the loaded encoder, fed (position, sentence) items."""

    def __init__(self, name: str, options: dict[str, Any]) -> None:
        from workbench.encode import get_encoder

        self._encoder = get_encoder(name, **options)
        self.signature = self._encoder.signature
        self.dim = self._encoder.dim

    def __call__(self, items: list[tuple[int, str]]) -> list[Any]:
        return list(self._encoder.encode([sentence for _, sentence in items]))


def _row_encoder(name: str, options: dict[str, Any]) -> _RowEncoder:
    return _RowEncoder(name, options)


class RayEncoder(Encoder):
    """A sentence encoder whose ``encode`` is spread over Ray actors, each loading the model once.

    A drop-in ``Encoder`` for code that takes one (``index.build_index(..., encoder=RayEncoder("usem3"))``):
    the vectors are the named encoder's, its ``signature`` and ``dim`` are asked of an actor, and
    each ``encode`` call is cut into ``per_call`` sentences per actor call. ``close`` ends the actors
    (and a local cluster started here).
    """

    def __init__(
        self,
        name: str = "usem3",
        *,
        address: str | None = None,
        workers: int | None = None,
        num_cpus_per_worker: float = 1.0,
        num_gpus_per_worker: float = 0.0,
        per_call: int = 64,
        **options: Any,
    ) -> None:
        self._started = connect(address)
        n = workers or cluster_workers(num_cpus=num_cpus_per_worker, num_gpus=num_gpus_per_worker)
        self._pool = RayPool(
            partial(_row_encoder, name, options), workers=n, num_cpus=num_cpus_per_worker, num_gpus=num_gpus_per_worker
        )
        self.per_call = per_call
        info = self._pool.describe("signature", "dim")
        self.name, self.dim, self._signature = name, int(info["dim"]), str(info["signature"])

    @property
    def signature(self) -> str:
        return self._signature

    def encode(self, sentences: Sequence[str]) -> np.ndarray:
        """An (n, dim) float32 array, rows in the order of ``sentences``."""
        vectors = np.zeros((len(sentences), self.dim), dtype=np.float32)
        for chunk, rows in self._pool.map(enumerate(sentences), per_call=self.per_call):
            vectors[[position for position, _ in chunk]] = np.asarray(rows, dtype=np.float32)
        return vectors

    def close(self) -> None:
        self._pool.close()
        if self._started:
            require_ray().shutdown()
            self._started = False


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
    module-level function returning a function of the loaded model. Documents are read lazily, so a
    caller can stream a whole collection and write the index as pairs arrive. A local cluster
    started here is stopped when the iterator ends.
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
