"""Loaded by the process pool's fork server: the pipeline, once, before any worker exists.

`ProcessPoolExtractor` starts its workers (on Linux) from a fork server, a small
single-threaded process that imports the modules named in its preload list and then
forks a worker whenever the pool asks for one. Importing this module there loads the
pipeline (spaCy model, gazetteer, knowledge base, lexicons) and codes one short report,
so every worker is forked with all of it already in memory (shared copy-on-write) and
starts coding at once instead of paying the model load itself. The pool's start-up is
one load, whatever the number of workers, and a pool replaced after a worker died starts
in milliseconds.

Everything loaded is then frozen for the garbage collector (`gc.freeze()`, as Python's
documentation advises before forking), so the workers' collections neither walk nor copy
it. The fork server holds no threads of its own when it forks (OpenBLAS, which the model's
matrix products use, has its own fork handlers and keeps its one-thread setting in the
child); the parent, with its database engine, progress thread or Dask client, is never
forked. Should the load fail here, the fork server still runs and each worker loads the
pipeline in its initializer, where the error is reported.
"""

from __future__ import annotations

import gc
import logging

from tessera.scale.core import load_pipeline

log = logging.getLogger(__name__)

try:
    load_pipeline()
    LOADED = True
except Exception:  # noqa: BLE001 - the workers try again and report it
    log.exception("could not load the pipeline in the fork server; each worker will load its own")
    LOADED = False

# What is loaded now lives as long as the workers: out of the garbage collector's sight, a
# worker's collections neither spend time walking it nor copy its pages by touching them.
gc.freeze()
