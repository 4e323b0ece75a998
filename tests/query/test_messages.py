"""What `kg query` prints: table cells and one-line syntax errors, on real parser messages."""
import pyoxigraph as ox
import pyparsing
import pytest

from kg.query.checker import QueryError, RefusedQuery, check, syntax_message
from kg.query.render import TABLE_CELL, cell
from kg.query.runner import explain_syntax_error, shorten

LONG = "Организация Договора о коллективной безопасности и Шанхайская организация сотрудничества"


@pytest.mark.parametrize("term, expected", [
    (None, ""),                                             # an unbound variable is an empty cell
    (ox.Literal("Токаев"), "Токаев"),
    (ox.Literal("Касым-Жомарт\n  Токаев"), "Касым-Жомарт Токаев"),   # line breaks do not break the table
    (ox.Literal("x" * TABLE_CELL), "x" * TABLE_CELL),       # exactly the width: kept whole
    (ox.Literal(LONG), LONG[: TABLE_CELL - 1] + "…"),       # longer: cut to the width, ellipsis included
])
def test_table_cells(term, expected):
    assert cell(term) == expected and len(cell(term)) <= TABLE_CELL


@pytest.mark.parametrize("expected, short", [
    ('",", ".", ";"', '",", ".", ";"'),
    ("a, " * 40 + "b", ("a, " * 40)[:100].rsplit(",", 1)[0] + ", …"),   # cut at the last comma in the limit
])
def test_long_expectations_are_cut_at_a_comma(expected, short):
    assert shorten(expected) == short


def oxigraph_message(sparql: str) -> str:
    with pytest.raises(SyntaxError) as error:
        ox.Store().query(sparql)
    return str(error.value)


@pytest.mark.parametrize("sparql, message", [
    ("SELECT ?s WHERE { ?s kgx:name ?o }",
     "unknown prefix 'kgx:' at line 1, column 30 (declare it with PREFIX)"),
    ("SELECT ?s WHERE { ?s ?p ?o ",
     "SPARQL syntax error at line 1, column 28 near '?s WHERE { ?s ?p ?o': "
     'expected one of ",", ".", ";", "{", "{|", "}", "~", [_]'),
    ('SELECT * WHERE { ?s <http://a> "x" . FILTER(?s = ) }',
     "SPARQL syntax error at line 1, column 53 near 'x\" . FILTER(?s = ) }': expected one of ABS, AVG, "
     "DAY, IRI, MAX, MD5, MIN, NOT, NOW, PREDICATE, STR, STRBEFORE, STRSTARTS, …"),
    # the query ends in a line break: the error is on a line after the last one, nothing is near it
    ("SELECT * WHERE {\n",
     "SPARQL syntax error at line 2, column 1 near '': expected one of \"$\", \"'\", \"'''\", \"(\", \"+\", \"-\", "
     "\".\", \":\", \"<\", \"<<\", \"<<(\", \"?\", \"[\", \"\\\"\", …"),
])
def test_oxigraph_syntax_errors_in_one_line(sparql, message):
    assert explain_syntax_error(sparql, oxigraph_message(sparql)) == message


def test_a_message_without_a_position_is_kept_short():
    assert explain_syntax_error("x", "odd\nmessage " + "y" * 300) == "SPARQL syntax error: odd message " + "y" * 148


def test_checker_syntax_message_shows_twenty_characters_before_the_column():
    sparql = "SELECT ?s WHERE { ?s <http://example.org/p> ?o . FILTER(?o = ) }"
    error = pyparsing.ParseException(sparql, sparql.index(")"), "Expected {a}, found x")
    assert syntax_message(error) == ("SPARQL syntax error at line 1, column 62 near 'p> ?o . FILTER(?o = ) }': "
                                     "Expected {a}")


@pytest.mark.parametrize("sparql, refused", [
    ("INSERT DATA { <http://a> <http://b> <http://c> }", True),
    ("CLEAR ALL ; LOAD <http://example.org/>", True),
    ("DELETE WHERE { ?s ?p ?o }", True),
    # twins: a broken update, and a broken query, are syntax errors, not refusals
    ("INSERT DATA { <http://a> <http://b> ", False),
    ("SELECT ?s WHERE { ?s ?p ?o ", False),
])
def test_an_update_is_refused_and_a_broken_query_is_a_syntax_error(sparql, refused):
    """kg only reads: a well-formed update is refused as such (mutant checker._is_update_3 called every
    update a syntax error); a text that is neither query nor update gets the parser's message."""
    with pytest.raises(QueryError) as error:
        check(sparql)
    assert isinstance(error.value, RefusedQuery) is refused
    assert str(error.value).startswith("updates (INSERT, DELETE" if refused else "SPARQL syntax error at line 1")
