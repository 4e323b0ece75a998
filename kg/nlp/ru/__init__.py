"""Russian language plug-in (natasha 1.6)."""
from kg.nlp.ru.language import Russian
from kg.nlp.ru.models import load_models


def create() -> Russian:
    return Russian(load_models())
