"""Make a parser's per-sentence heads a single-rooted tree, as spaCy's `doc.sents` needs.

Parsers that pick each head independently (slovnet's biaffine parser does) can return two roots
or a cycle inside one sentence. spaCy derives sentences from the tree, so two roots would split a
sentence the segmenter (more reliable at boundaries than the parser) kept whole, sometimes into
non-contiguous pieces. So we keep the segmenter's sentence and attach every extra root to the main
one (the root governing most tokens) as `parataxis` — the UD relation for loosely joined clauses
such as "…, считает глава государства" — and cut cycles by hanging them on the main root.
"""
from __future__ import annotations

EXTRA_ROOT_DEP = "parataxis"


def single_rooted(heads: list[int | None], deps: list[str]) -> tuple[list[int | None], list[str]]:
    """Sentence-local heads (None = root) and labels, repaired to exactly one root and no cycle."""
    heads, deps = list(heads), list(deps)
    if not heads:
        return heads, deps
    size = len(heads)
    for i, head in enumerate(heads):
        if head is not None and not 0 <= head < size or head == i:
            heads[i] = None
    main = _main_root(heads)
    for i, head in enumerate(heads):
        if head is None and i != main:
            heads[i], deps[i] = main, EXTRA_ROOT_DEP
    heads[main] = None
    _cut_cycles(heads, main)
    return heads, deps


def _root_of(heads: list[int | None], i: int) -> int | None:
    """The root above token i, or None if its chain of heads runs into a cycle."""
    seen = set()
    while heads[i] is not None:
        if i in seen:
            return None
        seen.add(i)
        i = heads[i]
    return i


def _main_root(heads: list[int | None]) -> int:
    governed: dict[int, int] = {}
    for i in range(len(heads)):
        root = _root_of(heads, i)
        if root is not None:
            governed[root] = governed.get(root, 0) + 1
    if not governed:      # every token is in a cycle: the first one becomes the root
        return 0
    return max(governed, key=lambda root: (governed[root], -root))


def _cut_cycles(heads: list[int | None], main: int) -> None:
    for i in range(len(heads)):
        path: list[int] = []
        node = i
        while node != main and node not in path:
            path.append(node)
            node = heads[node]
        if node != main:            # came back to `node`: hang it on the main root
            heads[node] = main
