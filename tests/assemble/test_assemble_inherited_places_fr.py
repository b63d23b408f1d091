"""French: a place a mention's sentence does not name (`_Mention.place_inherited`: the
extraction gave it the town or district the article was about so far) is no claim of the
sentence's, so it ties a mention to no incident (`assemble._ties`): a sentence that opens on
a day of its own at a hamlet no gazetteer holds tells another killing, not more of the lead
told at the same inherited town. And a mention that states neither a day nor a place of its
own, told after an incident dated weeks before the report, goes back to the report's lead
(`assemble._continued`). Sentences written for these tests (the village names are made up)."""

from __future__ import annotations

from tessera.records import Article, Document


def code(pipeline, text: str, published: str | None = None) -> Document:
    return pipeline.extract(Article(id="t", text=text, language="fr", published=published))


def assaults(document: Document) -> list:
    """The assaults told, one per incident: a two-sided fight's item of the other side (the
    same mentions, the sides reversed: `assemble._two_sided`) is not another incident told."""
    told: dict[tuple[str, ...], object] = {}
    for i in document.incidents:
        if i.type == "ASSAULT" and not i.context and i.mode == "asserted":
            told.setdefault(tuple(i.events), i)
    return list(told.values())


def test_a_fronted_day_at_an_unknown_hamlet_is_another_killing(pipeline):
    text = ("Trois villageois ont été enlevés puis tués par des soldats dans la commune de Dinzarou, près de "
            "Koro, au Mali. Les corps ont été retrouvés dans un puits, selon des notables. Le lendemain, "
            "mercredi 22 janvier, des soldats ont abattu quatre bergers dans le hameau de Tolimbé.")
    found = assaults(code(pipeline, text, "2025-01-24"))
    assert len(found) == 2
    assert sorted(i.fatalities or 0 for i in found) == [0, 4]


def test_a_sentence_with_nothing_of_its_own_goes_back_to_the_lead(pipeline):
    text = ("Des hommes armés ont tué deux gendarmes à Bouna, dans le nord-est de la Côte d'Ivoire, vendredi "
            "soir. Un gendarme avait déjà été tué en mars près de Doropo. La ville est restée calme samedi. "
            "Les habitants sont restés cloîtrés chez eux. Les gendarmes ont riposté.")
    found = assaults(code(pipeline, text, "2024-06-10"))
    assert len(found) == 2
    lead = next(i for i in found if i.fatalities == 2)
    earlier = next(i for i in found if i.fatalities == 1)
    assert len(lead.events) == 2
    assert len(earlier.events) == 1


def test_the_next_sentence_still_goes_on_telling_the_attack(pipeline):
    text = ("Des hommes armés ont tué deux gendarmes à Bouna, dans le nord-est de la Côte d'Ivoire, vendredi "
            "soir. Les assaillants ont aussi incendié la brigade.")
    assert len(assaults(code(pipeline, text, "2024-06-10"))) == 1


def test_english_keeps_its_own_rules():
    from tessera.assemble import default_assemble_rules

    assert default_assemble_rules("fr").inherited_places_apart
    assert not default_assemble_rules("en").inherited_places_apart


def test_a_town_named_after_the_incident_moves_the_story_on(pipeline):
    # The clashes take the town the sentence before named, after the killing was told:
    # they are that town's, not more of the killing elsewhere (`assemble._moved_on`).
    text = ("Deux bergers ont été tués lundi à Thiès par des hommes armés. La nouvelle a semé la panique à "
            "Kaolack. Dans la nuit, les affrontements ont fait rage entre des miliciens et les soldats.")
    found = assaults(code(pipeline, text, "2024-03-06"))
    assert sorted((i.location.name if i.location else "", i.fatalities or 0) for i in found) == [
        ("Kaolack", 0), ("Thiès", 2)]


def test_without_another_town_the_clashes_go_on_telling_the_killing(pipeline):
    text = ("Deux bergers ont été tués lundi à Thiès par des hommes armés. La nouvelle a semé la panique dans "
            "la région. Dans la nuit, les affrontements ont fait rage entre des miliciens et les soldats.")
    found = assaults(code(pipeline, text, "2024-03-06"))
    assert len(found) == 1
    assert len(found[0].events) == 2


def test_a_headline_town_gives_way_to_a_district_inside_the_division_of_its_name(pipeline):
    # "Tahoua" above the lead is the town and the region alike; the lead's district inside
    # the region is the finer place of the one attack.
    text = ("Tahoua : une attaque fait dix morts\n\nDimanche, une attaque a visé des hameaux du "
            "département de Tillia (région de Tahoua), faisant dix morts.")
    found = assaults(code(pipeline, text, "2021-03-16"))
    assert [(i.location.name, i.geo_precision) for i in found] == [("Tillia", "district")]
