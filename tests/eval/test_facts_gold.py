"""Reading fact-level gold TSV: good rows, comments, and a one-line error naming file and line for bad rows."""
from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from kg.eval.facts import GoldError, GoldFact, load_scheme, read_gold

HEADER = "article\tsubject\tpredicate\tobject\tqualifiers\toptional\tevidence\n"
ARTICLES = {"csto-2025-11-24-masadykov", "sco-2024-04-03-tokayev"}
GOOD = (HEADER
        + "# comment line\n"
        + "\n"
        + "csto-2025-11-24-masadykov\tТаалатбек Масадыков\tholdsPosition\tгенеральный секретарь ОДКБ\t"
          "validFrom=2026-01-01; validUntil=2028\t\tстанет Таалатбек Масадыков\n"
        + "csto-2025-11-24-masadykov\tТаалатбек Масадыков\tworksFor\t"
          "ОДКБ | Организация Договора о коллективной безопасности\t\toptional\t\n"
        + "sco-2024-04-03-tokayev\tШОС\tfoundedOn\t2001-06-15\n")


def write(tmp_path, text: str | bytes):
    path = tmp_path / "gold.tsv"
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def test_reads_rows_alternatives_qualifiers_and_optional(tmp_path):
    path = write(tmp_path, GOOD)
    assert read_gold(path, ARTICLES, load_scheme()) == (
        GoldFact("csto-2025-11-24-masadykov", ("Таалатбек Масадыков",), "holdsPosition",
                 ("генеральный секретарь ОДКБ",), (("validFrom", "2026-01-01"), ("validUntil", "2028")),
                 False, "станет Таалатбек Масадыков", 4),
        GoldFact("csto-2025-11-24-masadykov", ("Таалатбек Масадыков",), "worksFor",
                 ("ОДКБ", "Организация Договора о коллективной безопасности"), (), True, "", 5),
        GoldFact("sco-2024-04-03-tokayev", ("ШОС",), "foundedOn", ("2001-06-15",), (), False, "", 6),
    )


def test_columns_in_any_order_and_crlf(tmp_path):
    text = "# corpus of two\r\nsubject\tarticle\tobject\tpredicate\r\nКазахстан\tsco-2024-04-03-tokayev\tШОС\tchairs\r\n"
    (row,) = read_gold(write(tmp_path, text.encode("utf-8-sig")), ARTICLES, load_scheme())
    assert (row.subject, row.predicate, row.object, row.line) == (("Казахстан",), "chairs", ("ШОС",), 3)


ROW = "sco-2024-04-03-tokayev\tКазахстан\tchairs\tШОС\t\t\t\n"


@pytest.mark.parametrize("row, reason", [
    ("sco-2024-04-03-tokayev\tКазахстан\tpresides\tШОС\n", "unknown relation 'presides'"),
    ("sco-2024-04-03-tokayev\tКазахстан\tchair\tШОС\n", "unknown relation 'chair' (did you mean chairs?)"),
    ("sco-2024-04-03-tokayev\tШОС\tchairedBy\tКазахстан\n",
     "chairedBy is the inverse of chairs: write chairs with subject and object swapped"),
    ("sco-2024-04-03-tokayev\tКазахстан\tchairs\n", "missing object (column 4)"),
    ("sco-2024-04-03-tokayev\t\tchairs\tШОС\n", "missing subject (column 2)"),
    ("sco-2024-04-03-tokayev\tКазахстан\tchairs\tШОС\t\t\t\textra\n",
     "8 tab-separated fields but the header has 7"),
    ("sco-2024-04-03-tokayev\tКазахстан\tchairs\tШОС\tsince=2024\n",
     "bad qualifier 'since=2024': expected name=value with name one of validFrom, validUntil, pointInTime"),
    ("sco-2024-04-03-tokayev\tКазахстан\tchairs\tШОС\tvalidFrom 2024\n", "bad qualifier 'validFrom 2024'"),
    ("sco-2024-04-03-tokayev\tКазахстан\tchairs\tШОС\tvalidFrom=в 2024 году\n",
     "bad qualifier 'validFrom=в 2024 году': 'в 2024 году' is not YYYY, YYYY-MM or YYYY-MM-DD"),
    ("sco-2024-04-03-tokayev\tКазахстан\tchairs\tШОС\tvalidFrom=2024-13\n", "bad qualifier 'validFrom=2024-13'"),
    ("sco-2024-04-03-tokayev\tКазахстан\tchairs\tШОС\tvalidFrom=2024;validFrom=2025\n",
     "qualifier validFrom given twice"),
    ("no-such-article\tКазахстан\tchairs\tШОС\n",
     "unknown article 'no-such-article': no such article file in the corpus"),
    ("sco-2024-04-03-tokayev\tКазахстан\tchairs\tШОС\t\tmaybe\n",
     "optional column must be 'optional' or empty, not 'maybe'"),
    ("sco-2024-04-03-tokayev\tШОС\tfoundedOn\tв 2001 году\n",
     "foundedOn object 'в 2001 году' is not a date YYYY, YYYY-MM or YYYY-MM-DD"),
    ("sco-2024-04-03-tokayev\tКазахстан\tchairs\tШОС | \n", "empty alternative in object 'ШОС |'"),
], ids=["unknown-relation", "close-relation", "inverse-relation", "missing-object", "missing-subject",
        "too-many-fields", "unknown-qualifier", "qualifier-without-equals", "qualifier-not-a-date",
        "qualifier-bad-month", "qualifier-twice", "unknown-article", "bad-optional", "date-object",
        "empty-alternative"])
def test_bad_row_names_file_and_line(tmp_path, row, reason):
    path = write(tmp_path, HEADER + ROW + "# the bad row follows\n" + row)
    with pytest.raises(GoldError) as caught:
        read_gold(path, ARTICLES, load_scheme())
    assert str(caught.value).startswith(f"{path}:4: {reason}")
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("text, reason", [
    ("", "no header line (article, subject, predicate, object, qualifiers, optional, evidence)"),
    ("# only comments\n\n", "no header line"),
    ("article\tsubject\trelation\tobject\n", "1: bad header: unknown column 'relation'"),
    ("article\tsubject\tpredicate\n", "1: bad header: no 'object' column"),
    ("article\tsubject\tpredicate\tobject\tobject\n", "1: bad header: a column named twice"),
    (b"article\tsubject\tpredicate\tobject\n\xff\xfe", "2: not UTF-8 text (invalid start byte at byte 33)"),
])
def test_bad_file_names_the_file(tmp_path, text, reason):
    path = write(tmp_path, text)
    with pytest.raises(GoldError) as caught:
        read_gold(path, ARTICLES, load_scheme())
    assert str(caught.value).startswith(f"{path}:{'' if reason[0].isdigit() else ' '}{reason}")


def test_large_gold_file_reads_quickly(tmp_path):
    row = "sco-2024-04-03-tokayev\tКазахстан | РК\tchairs\tШОС\tpointInTime=2024-04\t\tКазахстан председательствует\n"
    path = write(tmp_path, HEADER + row * 10_000)
    started = time.perf_counter()
    rows = read_gold(path, ARTICLES, load_scheme())
    assert len(rows) == 10_000 and rows[-1].line == 10_001 and time.perf_counter() - started < 10


def test_missing_file(tmp_path):
    with pytest.raises(GoldError, match=r"gold.tsv: cannot read: no such file or directory"):
        read_gold(tmp_path / "gold.tsv", ARTICLES, load_scheme())


@pytest.mark.parametrize("name", sorted(load_scheme().relations) + list(load_scheme().qualifiers))
def test_scheme_names_are_ontology_terms(name):
    assert name in load_scheme().canonical


def test_the_readmes_gold_example_reads(tmp_path):
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    block = re.search(r"^```\n(article\tsubject\t.*?)^```", readme, re.M | re.S).group(1)
    articles = {line.split("\t")[0] for line in block.splitlines()[1:]}
    rows = read_gold(write(tmp_path, block), articles, load_scheme())
    assert [(row.predicate, row.optional, len(row.qualifiers)) for row in rows] == [
        ("holdsPosition", False, 2), ("worksFor", False, 0), ("foundedOn", True, 0)]
