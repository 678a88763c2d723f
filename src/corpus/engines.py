"""Where chunks are extracted: in-process, a process pool, or a Dask cluster.

Each engine is a :class:`concurrent.futures.Executor`, so the pipeline's loop
(submit chunks in order, write results in order) is the same for all three.
Dask is an optional extra and imported only when asked for.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from typing import Any

ENGINES = ("local", "dask")
DASK_MISSING = (
    "the Dask engine needs dask and distributed: pip install -e '.[dask]' "
    "(or pip install 'dask[dataframe,distributed]')"
)


class InlineExecutor(Executor):
    """Runs each task at submit time in this process (``jobs=1``: no pickling)."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:
        future: Future = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as error:  # delivered to the caller via .result()
            future.set_exception(error)
        return future


def default_jobs() -> int:
    return os.cpu_count() or 1


@contextlib.contextmanager
def open_executor(
    engine: str = "local",
    jobs: int | None = None,
    scheduler: Any = None,
    warm: Callable[[], None] | None = None,
) -> Iterator[Executor]:
    """An executor for ``engine``: ``local`` (1 = in-process, N = N processes) or ``dask``.

    For ``dask``, ``scheduler`` is a scheduler address (``tcp://host:8786``), a
    ``distributed.Client``, or None to start a LocalCluster of ``jobs`` worker
    processes (2 when ``jobs`` is None). ``warm`` is called in this process before
    a local pool forks its workers: what it loads (the stages' compiled patterns
    and lexicons, ~0.35 CPU-s) the workers inherit instead of each loading it.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if engine == "dask":
        with _dask_executor(jobs, scheduler) as executor:
            yield executor
        return
    jobs = default_jobs() if jobs is None else max(1, int(jobs))
    if jobs == 1:
        yield InlineExecutor()
        return
    context = multiprocessing.get_context()  # (what the pool takes when given none)
    if context.get_start_method() != "fork":
        warm = None  # spawned workers start empty: warming this process would only cost
    with _WarmingPool(max_workers=jobs, mp_context=context, warm=warm) as pool:
        yield pool


class _WarmingPool(ProcessPoolExecutor):
    """A process pool that calls ``warm`` just before its first task, which is when a
    forking pool starts its workers; a run that submits nothing (all from the cache)
    does not pay for it."""

    def __init__(self, *args: Any, warm: Callable[[], None] | None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._warm = warm

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:
        if self._warm is not None:
            warm, self._warm = self._warm, None
            warm()
        return super().submit(fn, *args, **kwargs)


@contextlib.contextmanager
def _dask_executor(jobs: int | None, scheduler: Any) -> Iterator[Executor]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as error:
        raise RuntimeError(DASK_MISSING) from error
    with contextlib.ExitStack() as stack:
        if isinstance(scheduler, Client):
            client = scheduler
        elif scheduler:
            client = stack.enter_context(Client(scheduler))
        else:
            cluster = stack.enter_context(
                LocalCluster(
                    n_workers=jobs or 2,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                )
            )
            client = stack.enter_context(Client(cluster))
        yield client.get_executor(pure=False)
