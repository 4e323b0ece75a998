"""Hypothesis throws arbitrary bytes and near-miss markup at the readers: every input ends as an
Article or a one-line Skipped, never an exception; an Article's offsets always point into its file."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.ingest.files import READERS
from kg.ingest.readers import read_html, read_jsonl, read_txt
from kg.serve.protocol import Refusal, accepted, query_of
from kg.types import Article, Skipped

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
RUSSIAN = st.text(alphabet="Шанхайская организация сотрудничества ШОС. «»—\n\t &;<>", max_size=300)
MARKUP = st.lists(st.sampled_from(["<p>", "</p>", "<article>", "<script>", "</script>", "<!--", "-->", "&amp;",
                                   "&#x41;", "&#99999999;", "<!DOCTYPE html [<!ENTITY a 'b'>]>", "&a;", "<h1>",
                                   "<meta name=date content='3 апр. 2024 г.'>", "<![CDATA[", "\x00", "<pre>"])
                  | RUSSIAN, max_size=30).map("".join)
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1251", "koi8_r"])


def outcomes(reader, data: bytes) -> list:
    """What kg.ingest.files makes of a reader's output: a reader refuses a whole file with InputError."""
    try:
        items = list(reader(data, "fuzz"))
    except InputError as error:
        items = [Skipped("fuzz", str(error))]
    for item in items:
        assert isinstance(item, (Article, Skipped))
        if isinstance(item, Skipped):
            assert item.reason and "\n" not in item.reason
    return items


def articles(reader, data: bytes) -> list[Article]:
    return [item for item in outcomes(reader, data) if isinstance(item, Article)]


@FUZZ
@given(st.binary(max_size=2000), st.sampled_from(sorted(set(READERS.values()), key=lambda r: r.__name__)))
def test_any_bytes_read_or_skip(data, reader):
    outcomes(reader, data)


@FUZZ
@given(MARKUP, ENCODINGS)
def test_markup_offsets_point_into_the_page(markup, encoding):
    for article in articles(read_html, markup.encode(encoding, errors="replace")):
        assert len(article.offsets) == len(article.text) + 1
        assert all(0 <= offset <= len(article.original) for offset in article.offsets)


@FUZZ
@given(RUSSIAN, ENCODINGS)
def test_text_offsets_point_at_the_same_characters(text, encoding):
    for article in articles(read_txt, text.encode(encoding, errors="replace")):
        assert all(article.original[article.offsets[i]] == char or char in " \n"
                   for i, char in enumerate(article.text))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(RUSSIAN.map(lambda t: '{"text": %r}' % t), st.text(max_size=40)), max_size=5))
def test_jsonl_lines_are_skipped_alone(lines):
    outcomes(read_jsonl, "\n".join(lines).encode("utf-8"))


@FUZZ
@given(st.sampled_from(["GET", "POST"]), st.text(max_size=200), st.one_of(st.none(), st.text(max_size=60)),
       st.binary(max_size=300))
def test_protocol_reader_answers_or_refuses(method, target, content_type, body):
    try:
        assert isinstance(query_of(method, "/query?" + target, content_type, body), str)
    except Refusal as refusal:
        assert 400 <= refusal.status < 500 and "\n" not in refusal.message
    assert all(kind == kind.lower() and "*" not in kind for kind in accepted(content_type))
