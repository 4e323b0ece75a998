"""Refusals quote what the client sent on one bounded line (a fuzzed Content-Type once put a newline in)."""
import pytest

from kg.serve.protocol import Refusal, query_of


@pytest.mark.parametrize("content_type, shown", [
    ("text/plain", "not text/plain"),
    ("/\n0", "not /\\n0"),
    ("a/b\r\nX-Injected: 1", "not a/b\\r\\nx-injected: 1"),
    (None, "not no content type"),
])
def test_refusal_names_the_media_type_on_one_line(content_type, shown):
    with pytest.raises(Refusal) as refusal:
        query_of("POST", "/query", content_type, b"ASK {}")
    assert refusal.value.status == 415 and shown in refusal.value.message.lower()
    assert "\n" not in refusal.value.message and "\r" not in refusal.value.message


def test_a_huge_media_type_is_cut_in_the_message():
    with pytest.raises(Refusal) as refusal:
        query_of("POST", "/query", "x/" + "y" * 10_000, b"ASK {}")
    assert len(refusal.value.message) < 200


def test_the_accepted_media_type_gives_the_query():
    assert query_of("POST", "/query", "application/sparql-query", "ASK {}".encode()) == "ASK {}"
