"""Sentence boundaries: line breaks end sentences, abbreviations do not."""
import pytest


def sentence_texts(doc):
    return [sentence.text.strip() for sentence in doc.sents]


@pytest.mark.parametrize("sentence", [
    "top of page",
    "Президент Токаев призвал усилить сотрудничество для обеспечения безопасности в рамках ШОС",
    "• 3 апр. 2024 г.",
    "• 2 мин. чтения",
    "Глава государства провел встречу с секретарями cоветов безопасности государств – членов "
    "Шанхайской организации сотрудничества, сообщает пресс-служба Акорды.",
    "Это наивысший показатель за последние три десятилетия.",
    "Для предотвращения дальнейшей эскалации необходима дипломатия на высоком уровне, "
    "считает глава государства.",
])
def test_seed_sentences(seed_doc, sentence):
    assert sentence in sentence_texts(seed_doc)


@pytest.mark.parametrize(("text", "expected"), [
    ("Встреча прошла 3 апр. 2024 г. в Астане. Делегации обсудили безопасность.",
     ["Встреча прошла 3 апр. 2024 г. в Астане.", "Делегации обсудили безопасность."]),
    ("Дата: 3 апр. 2024 г.\nСаммит ШОС пройдет в Астане.",
     ["Дата: 3 апр. 2024 г.", "Саммит ШОС пройдет в Астане."]),
    ("Заголовок без точки\nПервая фраза текста.",
     ["Заголовок без точки", "Первая фраза текста."]),
    ("Первый абзац.\n\n\nВторой абзац", ["Первый абзац.", "Второй абзац"]),
])
def test_sentence_boundaries(russian, make_article, text, expected):
    assert sentence_texts(russian.parse(make_article(text))) == expected
