"""Repair of parser output into one-rooted trees (heads are sentence-local, None = root)."""
import pytest

from kg.nlp.tree import single_rooted


@pytest.mark.parametrize(("heads", "deps", "expected"), [
    # already a tree: unchanged
    ([1, None, 1], ["nsubj", "root", "obj"], ([1, None, 1], ["nsubj", "root", "obj"])),
    # two roots: the one governing fewer tokens (3) hangs on the main root (1)
    ([1, None, 1, None, 3], ["nsubj", "root", "obj", "root", "nsubj"],
     ([1, None, 1, 1, 3], ["nsubj", "root", "obj", "parataxis", "nsubj"])),
    # a cycle 0 → 2 → 0 beside the root: cut where the walk comes back, onto the root
    ([2, None, 0], ["amod", "root", "nmod"], ([1, None, 0], ["amod", "root", "nmod"])),
    # no root at all: the first token becomes the root
    ([1, 0], ["nsubj", "obj"], ([None, 0], ["nsubj", "obj"])),
    # a head pointing at itself or outside the sentence counts as a root
    ([0, 0, 7], ["root", "obj", "punct"], ([None, 0, 0], ["root", "obj", "parataxis"])),
    ([], [], ([], [])),
])
def test_single_rooted(heads, deps, expected):
    assert single_rooted(heads, deps) == expected
