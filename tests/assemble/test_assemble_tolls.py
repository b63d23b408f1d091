"""The toll an assembled incident takes: a battery of short wire reports, English and French
(issues #12 and #13: the fatalities of ASSAULT incidents).

Reports written for these tests in the commonest shapes of a toll: "killing at least 12", "the
death toll rose to 40", a list of victim groups (English annotation counts the attackers named
in the same toll: "a soldier and five assailants were killed" 6), "killed 5 and wounded 10",
a claim or another source after the official figure (the first stays), a running count for a
period (no incident's toll), vague counts ("dozens", "plusieurs": none), "more than 100" (100),
French collectives ("une dizaine de morts" 10), "ont péri", "bilan provisoire", "neutralisé une
vingtaine de terroristes", "les corps de", and tolls revised in a later sentence ("le bilan,
initialement de 32 morts, est passé à 195", "ce qui a porté le bilan à 195", "bringing the death
toll to 12") or stated apart ("Le procureur a fait état d'environ 60 morts"). `expected` is the
toll of the first reported ASSAULT incident (None: no toll stated). Known faults of the events
stages are marked xfail (not strict) with their cause.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tessera.records import Article


def _toll(pipeline, language: str, text: str):
    article = Article(id="t", text=text, language=language, published=dt.date(2024, 5, 6))
    incidents = [i for i in pipeline.extract(article).incidents if not i.context and i.type == "ASSAULT"]
    assert incidents, "no reported ASSAULT incident"
    return incidents[0].fatalities


ENGLISH = [
    pytest.param(
        12,
        'Gunmen attacked a village in Zamfara state on Tuesday, killing at least 12 people, '
        'police said.',
    ),
    pytest.param(
        40,
        'Suicide bombers struck a market in Maiduguri on Saturday. The death toll rose to 40 on '
        'Sunday, officials said.',
    ),
    pytest.param(
        42,
        'Twelve soldiers and 30 attackers were killed when militants stormed an army base in Mali'
        ' on Monday, the army said.',
    ),
    pytest.param(
        6,
        'A soldier and five assailants were killed in an attack on a checkpoint near Beni on '
        'Friday.',
    ),
    pytest.param(
        5,
        'Militants killed 5 people and wounded 10 others in an ambush in Khyber Pakhtunkhwa on '
        'Thursday.',
    ),
    pytest.param(
        None,
        'Al-Shabaab fighters attacked a military base in Somalia on Wednesday, killing dozens of '
        'soldiers.',
    ),
    pytest.param(
        100,
        'More than 100 people were killed when gunmen raided villages in Plateau state on '
        'Christmas Eve.',
    ),
    pytest.param(
        25,
        'Gunmen killed 20 villagers in Katsina state on Monday. The toll later rose to 25, a '
        'local official said.',
    ),
    pytest.param(
        12,
        'Fighters attacked a convoy near Gao on Sunday, killing 12 soldiers. Jihadists have '
        'killed more than 2,000 people in the region since 2015.',
    ),
    pytest.param(
        7,
        'Two policemen, a soldier and four civilians were killed in a bomb blast in Quetta on '
        'Tuesday.',
    ),
    pytest.param(
        15,
        'A car bomb exploded outside a hotel in Mogadishu on Friday, killing at least 15 people '
        'and wounding 30.',
    ),
    pytest.param(
        30,
        'At least 30 people died when armed men opened fire on worshippers at a church in Owo on '
        'Sunday.',
    ),
    pytest.param(
        9,
        'Nine people were killed and 14 wounded when a roadside bomb hit a bus in Kandahar '
        'province on Thursday.',
    ),
    pytest.param(
        12,
        'An attack by suspected jihadists on a village in Burkina Faso on Saturday left 12 '
        'civilians dead.',
    ),
    pytest.param(
        20,
        'Unidentified gunmen shot dead 20 miners in Zamfara on Monday, residents said.',
    ),
    pytest.param(
        8,
        'Israeli air strikes killed eight Palestinians in Gaza on Tuesday, the health ministry '
        'said.',
    ),
    pytest.param(
        50,
        'Rebels attacked the town of Beni on Monday night. At least 50 civilians were killed, '
        'local officials said.',
    ),
    pytest.param(
        11,
        'Gunmen stormed a mosque in Katsina on Friday, killing 11 worshippers, including the '
        'imam.',
    ),
    pytest.param(
        3,
        'A drone strike hit a car in Marib on Wednesday, killing three militants, security '
        'officials said.',
    ),
    pytest.param(
        13,
        'Seven troops and six militants were killed in a clash in North Waziristan on Sunday, the'
        ' military said.',
    ),
    pytest.param(
        10,
        'Police said 10 people were killed in the attack on Kuje prison on Tuesday. Residents put'
        ' the toll at 20.',
    ),
    pytest.param(
        4,
        'Gunmen killed four farmers in Benue on Monday. The attack brings to 60 the number of '
        'people killed in the area this month.',
    ),
    pytest.param(
        19,
        'Gunmen attacked churches and a synagogue in Dagestan on Sunday, killing 19 people, '
        'including 15 police officers.',
    ),
    pytest.param(
        25,
        'Suspected ADF rebels killed 25 people in an overnight attack on a village in Ituri '
        'province, a local official said on Tuesday.',
    ),
    pytest.param(
        2,
        'Two peacekeepers were killed when their convoy hit a mine near Kidal on Saturday, the UN'
        ' mission said.',
    ),
    pytest.param(
        18,
        'Boko Haram insurgents killed 18 fishermen on the shores of Lake Chad on Thursday.',
    ),
    pytest.param(
        1,
        'A police officer was shot dead by gunmen in Peshawar on Tuesday.',
    ),
    pytest.param(
        100,
        'Gunmen killed over 100 people in attacks on villages in Bokkos on Sunday, local '
        'officials said.',
    ),
    pytest.param(
        41,
        'Rebels attacked a secondary school in Mpondwe on Friday night. The death toll from the '
        'attack rose to 41 on Saturday, police said.',
    ),
    pytest.param(
        60,
        'Attackers raided a village in Yatenga province on Thursday. About 60 people were killed,'
        ' according to the prosecutor.',
    ),
    pytest.param(
        10,
        'Gunmen killed about 10 people in an attack on a village in Zamfara on Tuesday.',
    ),
    pytest.param(
        12,
        'Militants stormed a village in Borno on Monday and killed more than a dozen people.',
    ),
    pytest.param(
        20,
        'Suicide bombers attacked a police training school in Bamako on Tuesday. At least 20 '
        'people were killed, a security source said.',
    ),
    pytest.param(
        15,
        'Gunmen attacked a market in Kebbi on Saturday, killing 15 people. Another 20 were '
        'wounded.',
    ),
    pytest.param(
        3,
        'Three soldiers were killed in a militant attack on an outpost in Balochistan on Friday, '
        'the army said. The army said four attackers were also killed.',
    ),
    pytest.param(
        10,
        'A drone strike hit a market in Mekelle on Thursday that a hospital official said killed '
        'ten people and wounded more than 20. "The death toll reaches 10," the official said, up '
        'from an earlier count of six. Three children were among the dead, he said.',
    ),
    pytest.param(
        41,
        'The army confirmed that 41 people (mostly pupils) were killed in a Friday night attack '
        'on a school in Kasese. The attackers shot the night guard dead at the gate.',
    ),
    pytest.param(
        20,
        'Militants attacked a police academy in Bamako on Tuesday. At least 20 officers are '
        'thought to have been killed in the attack.',
        marks=pytest.mark.xfail(
            reason="the events stage reads 'are thought to have been killed' as no stated death (the "
            'annotators count such a toll)',
            strict=False,
        ),
    ),
    pytest.param(
        12,
        'Armed men killed at least a dozen people in a village near Beni on Sunday night. "We '
        'have found 12 bodies so far," an official said.',
    ),
    pytest.param(
        115,
        'Gunmen attacked villages in Bokkos on Sunday. The governor said the death toll from the '
        'attacks had risen to 115.',
    ),
    pytest.param(
        10,
        'Gunmen killed 10 people in an attack on a village in Zamfara on Monday, police said. The'
        ' attackers also burned houses and stole cattle.',
    ),
    pytest.param(
        10,
        'Gunmen killed six people in an attack on a village in Sokoto on Monday. The death toll '
        'later rose to 10, officials said.',
    ),
    pytest.param(
        8,
        'Jihadists killed eight soldiers in an ambush near Menaka on Friday. The army said 20 '
        'attackers were killed in the fighting.',
    ),
    pytest.param(
        5,
        'A roadside bomb killed five policemen in Helmand on Sunday. The Taliban said 15 police '
        'were killed.',
    ),
    pytest.param(
        1,
        'Protesters clashed with police in Khartoum on Monday. One protester was shot dead, '
        'medics said.',
    ),
    pytest.param(
        21,
        'Gunmen attacked a wedding in Kaduna on Saturday, killing 21 guests. Eleven other guests '
        'were wounded.',
    ),
    pytest.param(
        3,
        'A rocket hit a house in Idlib on Tuesday, killing a woman and her two children.',
    ),
    pytest.param(
        30,
        'Suicide bombers killed 30 people at a market in Konduga on Saturday. At least 40 others '
        'were wounded, and the toll could rise.',
    ),
    pytest.param(
        14,
        'Gunmen killed 14 people in two villages in Benue state on Wednesday night, a police '
        'spokesman said on Thursday.',
    ),
    pytest.param(
        12,
        'Gunmen killed 10 people in an attack on a village in Zamfara on Monday. Two of the '
        'wounded died in hospital on Tuesday, bringing the death toll to 12.',
    ),
    pytest.param(
        10,
        'A drone strike hit a market in Mekelle on Thursday, killing six people. The toll, first '
        'put at six, has risen to 10, a hospital official said.',
    ),
    pytest.param(
        None,
        'Gunmen attacked a police post in Kaduna on Monday. The violence has left more than 2,000'
        ' dead since 2019.',
    ),
    pytest.param(
        12,
        'Gunmen attacked a village in Kaduna on Monday. Hospital officials reported 12 deaths.',
    ),
    pytest.param(
        12,
        'A car bomb exploded at a market in Mogadishu on Friday. Rescuers recovered 12 bodies '
        'from the rubble.',
    ),
    # bodies found after an attack that states no toll: the count of its dead
    pytest.param(
        9,
        'Gunmen raided a hamlet near Dori on Sunday night. Villagers said they later found nine '
        'bodies in the bush.',
    ),
    pytest.param(
        4,
        'Rebels attacked an army post outside Kidal at dawn. Soldiers counted four bodies after '
        'the assailants fled, a spokesman said.',
    ),
    # "dead" right after a bare figure counts the dead as "deaths" does
    pytest.param(
        17,
        'Armed men stormed a market in Gao on Tuesday morning. "We have counted 17 dead at the '
        'hospital," a nurse told reporters.',
    ),
    pytest.param(
        31,
        'Militants raided a displaced persons camp near Beni on Friday. "It is thirty-one dead," a '
        'local official said.',
    ),
    pytest.param(
        None,
        'Gunmen attacked a police post in Kaduna on Monday. In Kano, witnesses counted 17 dead '
        'after a flood swept through a market.',
    ),
    pytest.param(
        None,
        'Gunmen attacked a village in Kaduna on Monday. In a similar raid in 2022, 40 deaths were'
        ' recorded.',
    ),
    # deaths told with a verb of dying in a sentence of their own fill the toll of the attack
    pytest.param(
        11,
        'Gunmen stormed the hamlet of Tilla on Monday night. Eleven people died, among them six '
        'women, a local chief said.',
    ),
    pytest.param(
        9,
        'Militants attacked a checkpoint outside Bama at dawn. Nine soldiers have died, the army '
        'said.',
    ),
    pytest.param(
        7,
        'Bandits attacked a market near Gusau on Friday. Seven perished, witnesses said.',
    ),
    # ... but not deaths of illness or accident, victims added, or a share of others
    pytest.param(
        None,
        'Gunmen stormed the hamlet of Tilla on Monday night. Eleven people died of cholera in the '
        'district last month.',
    ),
    pytest.param(
        None,
        'Gunmen stormed the hamlet of Tilla on Monday night. Separately, six people died in a road'
        ' accident near Dosso.',
    ),
    pytest.param(
        None,
        'Militants attacked a checkpoint outside Bama at dawn. Three of the wounded died in '
        'hospital.',
    ),
    # a round plural ("thousands") in a sentence that tells no event sums a conflict: no toll
    pytest.param(
        None,
        'Gunmen attacked a village near Maiduguri on Tuesday and wounded a soldier, police said. '
        'After causing thousands of deaths, the insurgency has spread to neighbouring states.',
    ),
    # the "of" of a noun of a death counts the dead in a sentence that tells no event; not a
    # death told as the time or cause of the news ("after the death of")
    pytest.param(
        6,
        'Militants attacked an army convoy near Bama on Tuesday. The army confirmed the deaths of '
        'six soldiers.',
    ),
    pytest.param(
        None,
        'Militants attacked an army convoy near Bama on Tuesday. Students marched in the city after '
        'the deaths of six classmates.',
    ),
    # a singular death of one indefinite person is one dead
    pytest.param(
        1,
        'Police fired on a march in Kisumu on Monday. A rights group confirmed the death of a '
        'teacher and the injury of others.',
    ),
    pytest.param(
        None,
        'Police fired on a march in Kisumu on Monday. The march was called over the death of a '
        'teacher in custody.',
    ),
    # a toll told as a figure the count falls short of is no lower bound: no toll
    pytest.param(
        None,
        "Gunmen attacked a market in Kari on Monday. Hospital officials reported nearly 40 deaths.",
    ),
    # a range of the dead told apart: its lower figure
    pytest.param(
        30,
        "Gunmen attacked a market in Kari on Monday. Hospital officials reported 30 to 35 deaths.",
    ),
    # a toll that went "from five to 11": the figure it went up to
    pytest.param(
        11,
        "Gunmen attacked a market in Kari on Monday, killing five people. The death toll later rose "
        "from five to 11, officials said.",
    ),
    # a toll that rose to a range, not "from X to Y": the range's lower figure
    pytest.param(
        20,
        "Gunmen attacked a market in Kari on Monday. The death toll has risen to between 20 and 25, "
        "officials said.",
    ),
    pytest.param(
        20,
        "Gunmen attacked a market in Kari on Monday, killing five people. The death toll later rose to 20 to "
        "25, officials said.",
    ),
]

FRENCH = [
    # a plural of a round number is a guess: the toll a later statement gives states it
    pytest.param(
        43,
        'Des dizaines de villageois ont été abattus lundi par des hommes armés près de Djibo. Le '
        'bilan officiel est de 43 morts, selon le gouverneur.',
    ),
    pytest.param(
        10,
        'Des hommes armés ont attaqué un village près de Ouahigouya mardi, faisant une dizaine de'
        ' morts, selon des sources locales.',
    ),
    pytest.param(
        12,
        "Au moins 12 personnes ont péri dans l'attaque d'un marché à Maiduguri samedi, selon la "
        'police.',
    ),
    pytest.param(
        15,
        "L'attaque d'un poste militaire à Djibo dimanche a fait 15 morts, selon un bilan "
        'provisoire.',
    ),
    pytest.param(
        20,
        "L'armée malienne a neutralisé une vingtaine de terroristes lors d'une opération près de "
        'Mopti lundi.',
    ),
    pytest.param(
        7,
        'Les corps de sept civils ont été retrouvés mardi après une attaque dans le village de '
        'Bakouma, en Centrafrique.',
    ),
    pytest.param(
        30,
        'Des jihadistes ont attaqué un convoi près de Gao dimanche, tuant 30 soldats.',
    ),
    pytest.param(
        5,
        'Cinq soldats ont été tués et dix blessés dans une embuscade près de Diffa jeudi.',
    ),
    pytest.param(
        50,
        "Des hommes armés ont attaqué le village de Solhan vendredi. Le bilan s'est alourdi à 50 "
        'morts samedi, selon le gouvernement.',
    ),
    pytest.param(
        None,
        "Des assaillants ont tué plusieurs civils lors d'une attaque contre un village du nord du"
        ' Burkina Faso mercredi.',
    ),
    pytest.param(
        100,
        "Plus de 100 personnes ont été tuées lors d'attaques contre deux villages de la région de"
        ' Tillabéri samedi.',
    ),
    pytest.param(
        3,
        "Trois gendarmes ont été tués lundi dans l'attaque de leur poste à Kompienga, dans l'est "
        'du Burkina Faso.',
    ),
    pytest.param(
        30,
        "Une trentaine de civils ont été tués dans l'attaque du village de Pognoa lundi.",
    ),
    pytest.param(
        11,
        'Un attentat à la voiture piégée a fait au moins onze morts et vingt blessés à Mogadiscio'
        ' vendredi.',
    ),
    pytest.param(
        8,
        "Huit personnes ont été tuées dimanche par des hommes armés à Butembo, dans l'est de la "
        'RDC.',
    ),
    pytest.param(
        1,
        'Un manifestant a été tué par balle mercredi à Conakry lors de heurts avec les forces de '
        "l'ordre.",
    ),
    pytest.param(
        1,
        "Un policier a été tué mardi à N'Djamena lors d'une manifestation contre le pouvoir.",
    ),
    pytest.param(
        195,
        'Des hommes armés ont attaqué le village de Diallassagou samedi. Le bilan, initialement '
        'de 32 morts, est passé à 195, selon le gouvernement.',
    ),
    pytest.param(
        60,
        'Une soixantaine de civils ont été tués jeudi à Karma, dans le nord du Burkina Faso, '
        'selon le procureur.',
    ),
    pytest.param(
        9,
        "Neuf soldats ont perdu la vie dans l'explosion d'un engin explosif près de Tongo Tongo "
        'lundi.',
    ),
    pytest.param(
        70,
        "L'attaque de Bamako mardi a fait plus de 70 morts, selon des sources sécuritaires.",
    ),
    pytest.param(
        40,
        'Des jihadistes ont attaqué une base militaire à Boulkessi lundi. Au moins 40 soldats ont'
        ' été tués, selon une source sécuritaire.',
    ),
    pytest.param(
        12,
        'Douze civils ont été tués par des jihadistes présumés dans le village de Kantchari '
        'dimanche, ont indiqué des habitants.',
    ),
    pytest.param(
        4,
        "Quatre personnes, dont deux enfants, ont été tuées dans l'attaque d'un bus près de "
        'Bandiagara jeudi.',
    ),
    pytest.param(
        25,
        'Des hommes armés ont tué 25 personnes dans le village de Tchoma Bangou samedi, selon un '
        'élu local.',
    ),
    pytest.param(
        None,
        'Les attaques jihadistes ont fait plus de 2 000 morts dans la région depuis 2015. Des '
        'hommes armés ont attaqué un poste de police à Dori lundi.',
    ),
    pytest.param(
        2,
        "Deux militaires ont été tués et trois autres blessés dans l'attaque de leur patrouille à"
        ' Ménaka vendredi.',
    ),
    pytest.param(
        20,
        'Des terroristes ont attaqué la ville de Djibo lundi, faisant 20 morts parmi les civils.',
    ),
    pytest.param(
        6,
        "L'attaque a fait six morts, dont quatre soldats, lundi près de Kaya, selon une source "
        'sécuritaire.',
    ),
    pytest.param(
        15,
        'Au moins quinze personnes ont trouvé la mort dans une attaque contre un marché à '
        'Nzérékoré dimanche.',
    ),
    pytest.param(
        50,
        'Des rebelles ont attaqué la ville de Beni lundi soir, tuant au moins 50 civils, selon '
        'les autorités locales.',
    ),
    pytest.param(
        10,
        'Dix civils ont été tués par balles par des hommes armés non identifiés à Bangui mardi.',
    ),
    pytest.param(
        3,
        'Une attaque de drone a tué trois personnes à Kidal dimanche, selon des sources locales.',
    ),
    pytest.param(
        12,
        "Douze soldats et trente assaillants ont été tués lors de l'attaque d'une base militaire "
        "au Mali lundi, selon l'armée.",
    ),
    pytest.param(
        14,
        "L'explosion d'une mine au passage d'un bus a tué 14 civils près de Djibo mercredi.",
    ),
    pytest.param(
        1,
        'Des manifestations ont eu lieu mardi au Tchad. Une femme a également été tuée à Sarh, a '
        'affirmé le procureur.',
    ),
    pytest.param(
        2,
        "Deux personnes sont mortes et d'autres ont été blessées à Labé, jeudi, lors d'une "
        "manifestation de l'opposition.",
    ),
    pytest.param(
        1,
        'Des séparatistes ont attaqué un bus près de Kumba dimanche. Bilan : le chauffeur tué et '
        'plusieurs passagers blessés, selon la télévision publique.',
    ),
    pytest.param(
        70,
        "Le gouvernement n'a pas donné de bilan de l'attaque de Niamey, mardi, qui a fait, selon "
        'des sources sécuritaires, plus de 70 morts et 200 blessés.',
    ),
    pytest.param(
        30,
        "Un drone a bombardé un marché à Pama lundi. Les habitants parlent d'une trentaine de "
        'victimes, surtout des femmes.',
    ),
    pytest.param(
        7,
        "Sept civils ont été tués et six blessés mardi par des échanges de tirs lors d'une "
        'attaque rebelle dans le sud-est de la Centrafrique.',
    ),
    pytest.param(
        195,
        'Des jihadistes ont attaqué le village de Boni samedi. Le gouvernement a annoncé un bilan'
        " de 132 morts. D'autres corps ont été découverts lundi, ce qui a porté le bilan à 195 "
        'morts.',
    ),
    pytest.param(
        45,
        'Des hommes armés ont attaqué le village de Seytenga samedi. Le bilan provisoire est de '
        '45 morts, selon le gouvernement.',
    ),
    pytest.param(
        20,
        "Des jihadistes ont attaqué le marché de Tessit dimanche. Le bilan s'élève à une "
        'vingtaine de morts, selon des sources locales.',
    ),
    pytest.param(
        11,
        "L'attaque d'un camp militaire près de Tahoua jeudi a coûté la vie à onze soldats, selon "
        'le ministère de la Défense.',
    ),
    pytest.param(
        18,
        'Au moins dix-huit soldats ont été tués lundi dans une embuscade tendue par des '
        'jihadistes près de Diapaga.',
    ),
    pytest.param(
        3,
        'Des hommes armés ont tué trois gendarmes lundi à Koupéla. Deux assaillants ont également'
        " été neutralisés, selon l'armée.",
    ),
    pytest.param(
        None,
        "Dix-huit assaillants ont été tués lors d'une attaque contre la présidence à N'Djamena "
        'mercredi, selon le gouvernement.',
    ),
    pytest.param(
        60,
        "Des hommes armés ont attaqué Karma jeudi. Le procureur a fait état d'environ 60 morts.",
    ),
    pytest.param(
        9,
        'Neuf personnes ont été tuées par balle jeudi soir dans un bar de Kinshasa par des hommes'
        ' armés.',
    ),
    pytest.param(
        1,
        'Le maire de Djibo a été assassiné dimanche par des hommes armés.',
    ),
    pytest.param(
        1,
        "Un élève a été abattu par la police lors d'une manifestation à Dakar lundi.",
    ),
    pytest.param(
        35,
        'Une attaque jihadiste a fait 35 morts, dont 31 femmes, dans le nord du Burkina Faso '
        'vendredi.',
    ),
    pytest.param(
        40,
        "Le bilan de l'attaque contre le camp de Boulkessi est passé à 40 morts, a annoncé "
        "l'armée mardi.",
    ),
    pytest.param(
        15,
        'Quinze civils ont été tués dans le village de Marou lundi et plusieurs autres blessés.',
    ),
    pytest.param(
        22,
        'Des hommes armés ont attaqué le village de Gorgadji samedi soir, tuant 22 personnes, '
        'dont des femmes et des enfants.',
    ),
    pytest.param(
        8,
        "Huit soldats ont été tués et une dizaine blessés lors d'une attaque contre leur poste à "
        'Koutougou mardi.',
    ),
    pytest.param(
        23,
        "L'explosion d'un engin explosif artisanal au passage d'un car a fait 23 victimes civiles"
        ' près de Kaya jeudi.',
    ),
    pytest.param(
        12,
        'Des hommes armés ont attaqué un village près de Dori lundi, tuant dix personnes. Deux '
        'blessés ont succombé mardi, portant le bilan à 12 morts.',
    ),
    pytest.param(
        None,
        'Des hommes armés ont attaqué un poste de police à Dori lundi. Les violences ont fait '
        'plus de 2 000 morts depuis 2012.',
    ),
    pytest.param(
        None,
        "Des hommes armés ont attaqué un poste de police à Dori lundi. Aucun bilan n'était "
        'disponible mardi.',
    ),
    # "un massacre" : un nom de l'acte qu'on lirait comme une forme de "massacrer", aucun mort compté
    pytest.param(
        None,
        "Solenzo, un massacre ciblé qui ébranle le Burkina Faso.",
    ),
    # "des milliers de victimes" dans une phrase qui ne dit aucun acte : le bilan d'un conflit
    pytest.param(
        None,
        "Des hommes armés ont attaqué mardi des boutiques dans le village de Djinaki, en Casamance. "
        "Un militaire a été blessé. Après avoir fait des milliers de victimes, le conflit a persisté "
        "à petit feu.",
    ),
    # "le bilan ... a atteint 11" : le mot du bilan sujet du verbe d'atteinte, le chiffre son
    # complément, si longs que soient les compléments du bilan entre eux
    pytest.param(
        11,
        "Un kamikaze a attaqué jeudi un checkpoint à Gao. Un officier a dit que le bilan de "
        "l'attaque de la nuit précédente près de Gao, qui comprenait un attentat à la voiture "
        "piégée, a atteint 11.",
    ),
    # ... et dans la phrase même qui dit l'attaque, le bilan est celui de cette attaque
    pytest.param(
        9,
        "Un officier a annoncé que le bilan de l'attaque de mercredi soir contre un camp près de "
        "Kidal, qui visait une patrouille de l'armée, a atteint 9.",
    ),
    # "près de 40 morts" : ni borne basse ni compte, aucun bilan
    pytest.param(
        None,
        "Des hommes armés ont attaqué lundi un camp militaire à Kwala. Des sources locales évoquent "
        "près de 40 morts.",
    ),
    # "30 à 32 morts" : au moins 30
    pytest.param(
        30,
        "Des hommes armés ont attaqué lundi un camp militaire à Kwala. L'armée n'a donné aucun "
        "chiffre. Des sources locales évoquent 30 à 32 morts.",
    ),
    # "le bilan est passé de cinq à onze" : le chiffre auquel il est monté
    pytest.param(
        11,
        "Des hommes armés ont attaqué lundi un camp militaire à Kwala, tuant cinq soldats. Dans "
        "l'après-midi, le bilan est passé de cinq à onze morts.",
    ),
    # un verbe de révision juste avant un compte de morts dit le bilan révisé
    pytest.param(
        51,
        "Des hommes armés ont attaqué lundi le village de Kari, dans le cercle de Koro. Le "
        "gouvernement a annoncé un bilan de 32 morts. Deux jours plus tard, d'autres corps ont été "
        "découverts dans les décombres. Ce qui a augmenté les chiffres à 51 morts.",
    ),
    # a toll revised to a range, not "de X à Y": the range's lower figure
    pytest.param(
        20,
        "Des hommes armés ont attaqué lundi un camp militaire à Kwala. Le bilan est passé à 20 à 25 morts.",
    ),
]


@pytest.mark.parametrize(("expected", "text"), ENGLISH)
def test_english_toll(pipeline, expected, text):
    assert _toll(pipeline, "en", text) == expected


@pytest.mark.parametrize(("expected", "text"), FRENCH)
def test_french_toll(pipeline, expected, text):
    assert _toll(pipeline, "fr", text) == expected
