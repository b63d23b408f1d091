"""A mention that nothing but proximity ties to the incident told just before tells another
incident when its sentence names a locality none of that incident's sentences named and
either says "also"/"another" or opens on that locality (`assemble._elsewhere`); a sentence
naming a finer place without such a word, or the incident's own locality again, goes on
telling it. Sentences written for these tests (the village names are made up: no gazetteer
holds them)."""

from __future__ import annotations

from tessera.records import Article, Document

PUBLISHED = "2024-03-09"


def code(pipeline, text: str) -> Document:
    return pipeline.extract(Article(id="t", text=text, published=PUBLISHED))


def assaults(document: Document) -> list:
    return [i for i in document.incidents if i.type == "ASSAULT" and not i.context and i.mode == "asserted"]


def test_also_with_a_new_village_is_another_incident(pipeline):
    document = code(pipeline, "Gunmen burned forty houses in the village of Zarvakoto in Zamfara State on Sunday. "
                              "The attackers stole cattle from the residents. "
                              "Also in Zamfara State, the gunmen burned a school in the village of Meltirubi.")
    assert len(assaults(document)) == 2


def test_a_sentence_opening_on_a_new_district_is_another_incident(pipeline):
    document = code(pipeline, "Militants attacked a police post in Zarvakoto district on Friday, wounding two "
                              "officers. In Meltirubi district, the militants burned an army post.")
    assert len(assaults(document)) == 2


def test_a_finer_place_with_no_such_word_goes_on_telling_the_incident(pipeline):
    document = code(pipeline, "Gunmen killed six people in Zamfara State on Sunday. "
                              "The bandits stormed the village of Zarvakoto around noon.")
    assert len(assaults(document)) == 1


def test_also_at_the_locality_told_before_goes_on_telling_it(pipeline):
    document = code(pipeline, "Gunmen attacked the village of Zarvakoto on Sunday. "
                              "The gunmen also burned houses in Zarvakoto.")
    assert len(assaults(document)) == 1
