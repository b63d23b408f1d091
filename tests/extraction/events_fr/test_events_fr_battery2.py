"""A second coverage battery of French wire-report sentences, for the non-violent types:
accusations and investigations, demands, deployments, coercion and withdrawals, and
sentences that must not code. The sentences are the project's own, written in the
commonest shapes of French news reporting, not copied from any publisher. Each case names
the event type one event of the sentence must have and what that event must carry."""


import pytest

from tests.extraction.events_fr.french_battery import coded_events, holds


@pytest.fixture(scope="module")
def french():
    from tessera.pipeline import Pipeline

    return Pipeline.for_language("fr")


CASES = [
    # investigations are ACCUSE (README-fr: fr-073, fr-075; as English "open an inquiry")
    ('Une enquête a été ouverte après la mort du manifestant à Conakry.',
     'ACCUSE', {}),
    ("Le procureur de la République a annoncé l'ouverture d'une enquête sur l'attaque de Solenzo.",
     'ACCUSE', {'atype': 'JUD'}),
    ('Le parquet militaire a ouvert une enquête sur les exécutions sommaires de Moura.',
     'ACCUSE', {'atype': 'JUD'}),
    ('Les autorités ont ordonné une enquête sur les violences de Sokodé.',
     'ACCUSE', {'atype': 'GOV'}),
    # laying an act at someone's door: the "à" complement is who is blamed
    ("Le gouvernement tchadien attribue cette attaque à des éléments de l'opposition armée.",
     'ACCUSE', {'acountry': 'TCD', 'rtype': 'OPP'}),
    ("Le ministre de la Défense a imputé l'attaque au groupe Etat islamique.",
     'ACCUSE', {'rname': 'Islamic State'}),
    ('La junte reproche à la France son soutien aux groupes armés.',
     'ACCUSE', {'rcountry': 'FRA'}),
    ('Kinshasa a accusé Kigali de soutenir les rebelles du M23.',
     'ACCUSE', {'acountry': 'COD', 'rcountry': 'RWA'}),
    ("Le Niger a accusé le Bénin d'abriter des bases militaires françaises.",
     'ACCUSE', {'acountry': 'NER', 'rcountry': 'BEN'}),
    ("La CEDEAO a condamné le coup d'État au Gabon.",
     'ACCUSE', {'actor': 'ECOWAS'}),
    ("Le gouvernement malien a accusé la France d'armer les groupes terroristes.",
     'ACCUSE', {'acountry': 'MLI', 'rcountry': 'FRA'}),
    ("Le Rwanda est accusé par l'ONU d'appuyer le M23 dans l'est de la RDC.",
     'ACCUSE', {'actor': 'United Nations', 'rcountry': 'RWA'}),
    ("Amnesty International a accusé les forces de sécurité guinéennes d'avoir tiré sur des manifestants.",
     'ACCUSE', {'actor': 'Amnesty International', 'rcountry': 'GIN'}),
    # demands
    ('Le gouvernement exhorte la population à vaquer à ses occupations.',
     'REQUEST', {'atype': 'GOV'}),
    ('Le Conseil de sécurité appelle à la retenue.',
     'REQUEST', {'actor': 'UN Security Council'}),
    ('Les autorités nigériennes ont exigé le départ des troupes françaises.',
     'REQUEST', {'acountry': 'NER'}),
    ("L'ONU a appelé les belligérants à un cessez-le-feu immédiat.",
     'REQUEST', {'actor': 'United Nations'}),
    ('La CEDEAO a appelé la junte à libérer le président Bazoum.',
     'REQUEST', {'actor': 'ECOWAS'}),
    ('Le Burkina Faso a sommé la France de retirer ses forces spéciales sous un mois.',
     'REQUEST', {'acountry': 'BFA', 'rcountry': 'FRA'}),
    # what a demand asks for has not happened, whatever lemma the model gives the verb
    ('Le gouvernement ivoirien demande-t-il la libération des soldats détenus.',
     'CONCEDE', {'mode': 'future'}),
    ('Les autorités maliennes ont demandé le retrait sans délai de la MINUSMA.',
     'RETREAT', {'mode': 'future'}),
    # deployments
    ('Les FAMa ont renforcé leur dispositif autour de Tombouctou.',
     'MOBILIZE', {'actor': 'FAMa'}),
    ("Les forces de sécurité ont bouclé le quartier après l'attaque.",
     'MOBILIZE', {'atype': 'MIL'}),
    ('Le Tchad a envoyé un millier de soldats au Niger.',
     'MOBILIZE', {'acountry': 'TCD'}),
    ("L'armée a déployé des renforts à Djibo après l'attaque.",
     'MOBILIZE', {'acountry': 'BFA'}),
    ('Des renforts ont été dépêchés à Ménaka.',
     'MOBILIZE', {}),
    ('Le Kenya va déployer un millier de policiers en Haïti.',
     'MOBILIZE', {'mode': 'future', 'acountry': 'KEN'}),
    # coercion
    ('Le gouverneur a instauré un couvre-feu de 19 heures à 6 heures dans la région de Maradi.',
     'COERCE', {'atype': 'GOV', 'acountry': 'NER'}),
    ("Le gouvernement a décrété l'état d'urgence dans la région de Diffa.",
     'COERCE', {'acountry': 'NER'}),
    ("Le Mali a expulsé l'ambassadeur de France.",
     'COERCE', {'acountry': 'MLI', 'rcountry': 'FRA'}),
    ('La police a interpellé une dizaine de manifestants à Dakar.',
     'COERCE', {'atype': 'COP', 'rcountry': 'SEN'}),
    ('Le journaliste a été placé en garde à vue à Niamey.',
     'COERCE', {'rtype': 'MED'}),
    ('La junte guinéenne a dissous le FNDC.',
     'COERCE', {'acountry': 'GIN'}),
    ('Le maire de la commune a été enlevé par des hommes armés.',
     'COERCE', {'atype': 'UAF'}),
    # withdrawals
    ('La MINUSMA a achevé son retrait du camp de Kidal.',
     'RETREAT', {'actor': 'MINUSMA'}),
    ('Les derniers soldats français ont quitté la base aérienne de Niamey.',
     'RETREAT', {'acountry': 'FRA'}),
    # a pluperfect of a verb conjugated with "être" is an act told, not a state
    ("Il a ajouté que les forces de sécurité étaient arrivées dans la ville de Gao pour sécuriser la zone.",
     'MOBILIZE', {}),
    ('Les rebelles du M23 se sont retirés de Bunagana.',
     'RETREAT', {'actor': 'M23'}),
    ("Les forces armées se sont repliées sur Ménaka après l'attaque.",
     'RETREAT', {'atype': 'MIL'}),
    # a question tells nothing for sure
    ("Des soldats ont-ils été tués lors de l'attaque ?",
     'ASSAULT', {'mode': 'hypothetical'}),
]

# Sentences that must NOT carry an asserted event of the type.
ABSENT = [
    ("Un officier qui a réclamé l'anonymat a confirmé l'information.", 'REQUEST'),
    # a protest called for, the infinitive the parse hangs on the object: not told as done
    ("Le chef de l'opposition a appelé la population à descendre dans la rue vendredi.", 'PROTEST'),
    # where troops stood (an imperfect passive), and a regime come to power: no deployment
    ('Au total, quelque 1 500 soldats français étaient déployés au Tchad.', 'MOBILIZE'),
    ('Le régime militaire arrivé au pouvoir en juillet a exigé le départ des soldats français.', 'MOBILIZE'),
    ("Deux habitants, qui ont demandé à rester anonymes, ont confirmé le bilan.", 'REQUEST'),
    ('La gendarmerie lance un appel à témoins.', 'REQUEST'),
    ('Des personnes ont-elles été relâchées ?', 'RETREAT'),
    ('La junte reproche à la France son soutien aux groupes armés.', 'ASSAULT'),
    # a participle that tells where soldiers serve, a state of readiness: no deployment
    ('Treize soldats déployés au sein de la mission de l’ONU ont été tués dans les combats.', 'MOBILIZE'),
    ("Les forces de l'ordre sont très mobilisées.", 'MOBILIZE'),
    ('Le syndicat appelle ses militants à rester mobilisés.', 'MOBILIZE'),
    ('Les analystes estiment que la junte pourrait expulser d’autres diplomates.', 'COERCE'),
    ('Le ministre quitte ses fonctions après dix ans au gouvernement.', 'RETREAT'),
    ("Les enquêteurs ne sont pas encore arrivés sur les lieux.", 'ACCUSE'),
    ("Les accusations portées contre l'ancien ministre sont sans fondement, selon son avocat.", 'ACCUSE'),
]





@pytest.mark.parametrize(("text", "event_type", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_battery(french, text, event_type, expected):
    events = [e for e in coded_events(french, text) if e.type == event_type]
    assert events, f"no {event_type} event"
    wanted = dict(expected)
    wanted.setdefault("mode", "asserted")
    assert any(all(holds(e, k, v) for k, v in wanted.items()) for e in events), [
        (e.trigger.text, e.mode, e.actor, e.recipient) for e in events]


@pytest.mark.parametrize(("text", "event_type"), ABSENT, ids=[c[0][:60] for c in ABSENT])
def test_battery_absent(french, text, event_type):
    events = [e for e in coded_events(french, text) if e.type == event_type and e.mode == "asserted"]
    assert not events, [(e.trigger.text, e.mode, e.actor, e.recipient) for e in events]
