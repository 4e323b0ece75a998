"""Nominative normal forms and inflection-independent lemma keys of names in the seed."""
import pytest


@pytest.mark.parametrize(("phrase", "normal", "key"), [
    ("Антинаркотической стратегии ШОС на 2024-2029 годы",
     "Антинаркотическая стратегия ШОС на 2024-2029 годы",
     "антинаркотический стратегия шос на 2024-2029 год"),
    ("Касым-Жомарта Токаева", "Касым-Жомарт Токаев", "касым-жомарт токаев"),
    ("Касым-Жомарт Токаев", "Касым-Жомарт Токаев", "касым-жомарт токаев"),
    ("Шанхайской организации сотрудничества", "Шанхайская организация сотрудничества",
     "шанхайский организация сотрудничество"),
    ("Ближнем Востоке", "Ближний Восток", "ближний восток"),
    ("обновляемой архитектуры международной безопасности",
     "обновляемая архитектура международной безопасности",
     "обновлять архитектура международный безопасность"),
])
def test_normal_form_and_lemma_key(seed_doc, russian, span_of, phrase, normal, key):
    span = span_of(seed_doc, phrase)
    assert russian.normalize(span) == normal
    assert russian.lemma_key(span) == key


# Bare phrases are lemmatized word by word without context (resolution passes normal forms, which
# are nominative already); an unknown name in an oblique case ("Касым-Жомарта") stays as it is.
@pytest.mark.parametrize(("text", "key"), [
    ("Касым-Жомарт Токаев", "касым-жомарт токаев"),
    ("Токаева", "токаев"),
    ("Антинаркотической стратегии ШОС на 2024-2029 годы", "антинаркотический стратегия шос на 2024-2029 год"),
    ("Шанхайской организации сотрудничества", "шанхайский организация сотрудничество"),
    ("Фёдора Достоевского", "федор достоевский"),
])
def test_lemmatize_bare_text(russian, text, key):
    assert russian.lemmatize(text) == key
