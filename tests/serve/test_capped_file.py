"""The engine's result file holds a result of exactly its limit and refuses one byte more, however
the result arrives in writes (mutant worker.CappedFile.__init___9 counted one byte before any)."""
from __future__ import annotations

import pytest

from kg.serve.worker import CappedFile, ResultTooLarge

LIMIT = 10


@pytest.mark.parametrize("writes, refused, kept", [
    ([b"x" * LIMIT], False, b"x" * LIMIT),                 # exactly the limit in one write
    ([b"x" * 4, b"y" * 6], False, b"x" * 4 + b"y" * 6),    # exactly the limit in two
    ([b""], False, b""),                                   # an empty result
    ([b"x" * (LIMIT + 1)], True, b""),                     # one byte more: the write is refused
    ([b"x" * 4, b"y" * 6, b"z"], True, b"x" * 4 + b"y" * 6),   # one byte more in the last write
])
def test_a_result_fits_up_to_the_limit_and_not_a_byte_more(tmp_path, writes, refused, kept):
    path = tmp_path / "result"
    capped = CappedFile(str(path), LIMIT)
    outcome = False
    try:
        for data in writes:
            capped.write(data)
    except ResultTooLarge:
        outcome = True
    finally:
        capped.close()
    assert (outcome, path.read_bytes()) == (refused, kept)
