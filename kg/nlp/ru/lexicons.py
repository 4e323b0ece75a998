"""The Russian data files (kg/nlp/ru/data/*.tsv): word lists and small tables, read once."""
from __future__ import annotations

from functools import cache
from importlib.resources import files


def rows(name: str) -> list[list[str]]:
    """Tab-separated rows of data/`name`, without blank lines and `#` comments."""
    table = files("kg.nlp.ru").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return [[cell.strip() for cell in line.split("\t")] for line in table.splitlines()
            if line.strip() and not line.startswith("#")]


@cache
def words(name: str) -> frozenset[str]:
    """The first column of data/`name`."""
    return frozenset(row[0] for row in rows(name))
