import pytest

from kg import nlp
from kg.errors import KgError


def test_load_is_cached_per_process(russian):
    assert nlp.load("ru") is russian
    assert russian.lang == "ru"


@pytest.mark.parametrize("lang", ["xx", "en", ""])
def test_unknown_language_is_a_user_error_listing_supported_ones(lang):
    with pytest.raises(KgError, match=r"valid: ru"):
        nlp.load(lang)


def test_pipe_reuses_the_loaded_models(russian, make_article):
    texts = ["Шанхайская организация сотрудничества основана в 2001 году.", "ШОС объединяет десять стран."]
    docs = list(russian.pipe(make_article(text) for text in texts))
    assert [doc.text for doc in docs] == texts
    assert docs[0].vocab is docs[1].vocab
