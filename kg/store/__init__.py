"""On-disk corpus store (Oxigraph): incremental, idempotent add/remove of article graphs.

    from kg.store import Store, add_results
    add_results("corpus/", knowledge.quads)          # what `kg build --store corpus/` does
    with Store.open("corpus/") as store:
        store.remove("59db0caa3494ba20")
"""
from kg.store.lock import StoreLockedError
from kg.store.stats import format_stats, stats
from kg.store.store import AddReport, Store, StoreError, add_results, is_store

__all__ = ["Store", "AddReport", "StoreError", "StoreLockedError", "add_results", "is_store", "stats",
           "format_stats"]
