"""French: an accusation told in the passive with no agent ("des miliciens sont accusés
d'avoir mené l'attaque", "l'attaque a été imputée aux jihadistes") names no speaker, the
one participant an accusation cannot lack: background, as an English accusation no mention
says who made ("the raid was widely condemned"). With an agent ("par les autorités") or a
subject it is the speaker's statement (`passive_speaker_types` of data/fr/assemble.yaml).
Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Des miliciens sont accusés d'avoir mené l'attaque contre le camp de déplacés près de Bunia.", True),
        ("L'embuscade a été imputée aux jihadistes, selon des habitants de Djibo.", True),
        ("Ces nouvelles attaques sont attribuées aux rebelles des ADF.", True),
        # an agent or a subject names the speaker
        ("L'embuscade a été imputée aux jihadistes par le gouverneur de la région de Djibo.", False),
        ("Le gouverneur a accusé les jihadistes d'avoir mené l'attaque contre le camp près de Djibo.", False),
    ],
)
def test_a_passive_accusation_with_no_agent_names_no_speaker(code_french, text, context):
    accusations = [i for i in code_french(text).incidents if i.type == "ACCUSE"]
    assert accusations and all(i.context is context for i in accusations)


def test_the_act_a_passive_accusation_speaks_of_stays_an_incident(code_french):
    text = "Des hommes armés ont attaqué un camp près de Bunia lundi. Des miliciens sont accusés de l'attaque."
    incidents = code_french(text).incidents
    assert [i.context for i in incidents if i.type == "ASSAULT"] == [False]
