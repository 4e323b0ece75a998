"""NER spans recut the NEREL way, on NEREL dev sentences with the span slovnet gave."""
import pytest

from kg.nlp.ru.spans import tidy


def cut(text: str, raw: str, label: str) -> list[tuple[str, str]]:
    start = text.index(raw)
    return [(text[s:e], lab) for s, e, lab in tidy([(start, start + len(raw), label)], text)]


@pytest.mark.parametrize(("text", "raw", "label", "expected"), [
    ("Томас Шефер (Thomas Schäfer), министр финансов немецкой земли Гессен, покончил жизнь самоубийством.",
     "Томас Шефер (Thomas Schäfer)", "PER", [("Томас Шефер", "PER"), ("Thomas Schäfer", "PER")]),
    ("Мэр Москвы Сергей Собянин... Обвинения выдвигают против Фонда борьбы с коррупцией (ФБК).",
     "Фонда борьбы с коррупцией (ФБК)", "ORG", [("Фонда борьбы с коррупцией", "ORG"), ("ФБК", "ORG")]),
    ("Мужа зовут Ма Лин (马凌), он журналист.", "Ма Лин (马凌)", "PER", [("Ма Лин", "PER"), ("马凌", "PER")]),
    ("Победу одержала партия «Объединение за Мали» (Rassemblement pour le Mali, RPM).",
     "Объединение за Мали» (Rassemblement pour le Mali, RPM)", "ORG",
     [("Объединение за Мали", "ORG"), ("Rassemblement pour le Mali", "ORG"), ("RPM", "ORG")]),
    ("Император Акихито (справа) с президентом Аргентины", "Акихито (справа)", "PER", [("Акихито", "PER")]),
    ("2017 года\nКронпринц Нарухито\nВерхняя палата парламента", "Нарухито\nВерхняя палата", "PER",
     [("Нарухито", "PER"), ("Верхняя палата", "PER")]),
    ("Его жена Мишель — юрист.", "Мишель —", "PER", [("Мишель", "PER")]),
    ("окончил в 1979 году в Колумбийском университете.", "Колумбийском университете.", "ORG",
     [("Колумбийском университете", "ORG")]),
    ("Об этом передаёт РИА \"Новости\" со ссылкой на источник.", "РИА \"Новости", "ORG",
     [("РИА \"Новости\"", "ORG")]),
    ("Гусинский основал ЗАО «Медиа-Мост» в 1993 году.", "ЗАО «Медиа-Мост»", "ORG", [("Медиа-Мост", "ORG")]),
    ("Офис «Башинформа» находится в Уфе.", "Офис «Башинформа»", "ORG", [("Офис «Башинформа»", "ORG")]),
    ("с послом Дж.Коми в Вашингтоне", "Коми", "PER", [("Дж.Коми", "PER")]),
    ("институт русского языка имени А. С. Пушкина", "Пушкина", "PER", [("А. С. Пушкина", "PER")]),
])
def test_spans_are_cut_like_nerel(text, raw, label, expected):
    assert cut(text, raw, label) == expected


def test_a_piece_inside_another_entity_is_dropped():
    text = "с послом Дж.Коми в Вашингтоне"
    entities = [(9, 11, "PER"), (12, 16, "PER")]
    assert [text[s:e] for s, e, _ in tidy(entities, text)] == ["Дж.Коми"]
