"""Posts on sentences of the domain corpus (corpora/ru/dev) and paraphrases of them: who holds
which post, what they head and whom they work for (corpora/ru/GUIDE.md §4)."""
from __future__ import annotations

import pytest
from triples import triple


def facts(read, text: str) -> set[tuple[str, str, str]]:
    return {triple(c) for c in read(text).candidates if c.provenance.extractor == "titles"}


@pytest.mark.parametrize("text, expected", [
    # a body and its state: the head of a state's ministry works for the state
    ("Глава МИД Египта Набиль аль-Араби избран новым генсеком Лиги арабских государств.",
     {("Набиль аль-Араби", "holdsPosition", "глава МИД Египта"), ("Набиль аль-Араби", "headOf", "МИД Египта"),
      ("Набиль аль-Араби", "worksFor", "Египет")}),
    # ... anyone else in it works for the body
    ("Об этом сообщила официальный представитель МИД России Мария Захарова.",
     {("Мария Захарова", "holdsPosition", "официальный представитель МИД России"),
      ("Мария Захарова", "worksFor", "МИД России")}),
    # a portfolio is no body: the minister works for the state
    ("Министр иностранных дел России Сергей Лавров провел переговоры.",
     {("Сергей Лавров", "holdsPosition", "министр иностранных дел России"), ("Сергей Лавров", "worksFor", "Россия")}),
    # a title inside another person's title is part of the post, not the holder's post
    ("По словам помощника президента РФ Юрия Ушакова, Владимир Путин начнет свое участие в форуме.",
     {("Юрий Ушаков", "holdsPosition", "помощник президента РФ"), ("Юрий Ушаков", "worksFor", "РФ")}),
    # a respective list: one post per state, in order
    ("Главы МИД РФ, КНР и Белоруссии Сергей Лавров, Ван И, Максим Рыженков провели встречу.",
     {("Ван И", "holdsPosition", "глава МИД КНР"), ("Ван И", "worksFor", "КНР"),
      ("Максим Рыженков", "holdsPosition", "глава МИД Белоруссии"), ("Сергей Лавров", "holdsPosition", "глава МИД РФ")}),
    # a complement belongs to the post
    ("Посол по особым поручениям МИД России Марат Бердыев в августе говорил об этом.",
     {("Марат Бердыев", "holdsPosition", "посол по особым поручениям МИД России"),
      ("Марат Бердыев", "worksFor", "МИД России")}),
    # a premier heads a state's council, not the state
    ("Премьер Государственного Совета Китайской Народной Республики Ли Кэцян прибыл в Ташкент.",
     {("Ли Кэцян", "headOf", "Государственный Совет Китайской Народной Республики")}),
    # the post of a clause: instrumental under an appointment verb or a copula
    ("Урсула фон дер Ляйен избрана председателем Европейской комиссии.",
     {("Урсула фон дер Ляйен", "holdsPosition", "председатель Европейской комиссии"),
      ("Урсула фон дер Ляйен", "headOf", "Европейская комиссия")}),
    # ... a genitive under a post noun
    ("Ранее пост генсека ООН занимал Ги Мун из Южной Кореи.",
     {("Ги Мун", "holdsPosition", "генсек ООН"), ("Ги Мун", "headOf", "ООН")}),
    # a title's state from its sentence
    ("Россию на форуме представляет глава МИД Сергей Лавров.",
     {("Сергей Лавров", "worksFor", "Россия"), ("Сергей Лавров", "holdsPosition", "глава МИД Россия")}),
])
def test_posts(read, text, expected):
    assert expected <= facts(read, text)


@pytest.mark.parametrize("text, unexpected", [
    # an assistant of the president is not the president (twin: the first row of test_posts)
    ("По словам помощника президента РФ Юрия Ушакова, Владимир Путин начнет свое участие в форуме.",
     {("Юрий Ушаков", "headOf", "РФ"), ("Юрий Ушаков", "holdsPosition", "президент РФ")}),
    # a state after «представитель» is where the person comes from (twin: «представитель МИД РФ»)
    ("Совет выбрал кандидатуру представителя Аргентины Рафаэля Гросси на должность генерального директора.",
     {("Рафаэль Гросси", "holdsPosition", "представитель Аргентины"), ("Рафаэль Гросси", "worksFor", "Аргентина")}),
    # a deputy heads nothing
    ("Делегацию возглавил заместитель генерального секретаря ОДКБ Валерий Семериков.",
     {("Валерий Семериков", "headOf", "ОДКБ")}),
    # a premier does not head the state
    ("Премьер-министр Армении Никол Пашинян прибыл в Москву.", {("Никол Пашинян", "headOf", "Армения")}),
    # a plural title is no single person's post
    ("Лебедев переизбран на саммите глав государств Содружества Сергей Лебедев.",
     {("Сергей Лебедев", "holdsPosition", "глава государств Содружества")}),
    # "может стать" is no appointment (twin: «избрана председателем»)
    ("Урсула фон дер Ляйен может стать председателем Европейской комиссии.",
     {("Урсула фон дер Ляйен", "holdsPosition", "председатель Европейской комиссии")}),
])
def test_no_wrong_posts(read, text, unexpected):
    assert not unexpected & facts(read, text)
