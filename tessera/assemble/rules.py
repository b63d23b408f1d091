"""The assembly stage's language data (`tessera/data/assemble.yaml` and `data/<lang>/assemble.yaml`),
validated (`AssembleRules`), and the word lists it borrows from the other stages.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from tessera.data import UnknownLanguageError
from tessera.data import layered as layered_data
from tessera.data import load as load_data
from tessera.extraction.dates_fr import locale_month_names
from tessera.extraction.events.lexicon import inflections
from tessera.extraction.places import (
    AsideWords,
    place_phrases,
)


class AssembleRules(BaseModel):
    """The language data of `tessera/data/assemble.yaml`, validated."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    definite_determiners: frozenset[str]
    # Sectors of a state body: a statement in the present by a bare noun of one with a known
    # country ("Regional authorities accuse the rebels") is made as reported (`_performative`).
    body_sectors: frozenset[str] = frozenset()
    distinct_modifiers: frozenset[str]
    # The case words of an event noun's complement naming what the act struck or used
    # ("l'explosion d'un autre engin", "l'attaque d'une autre position"), and the modifiers
    # that, on such a complement, announce another incident as they do on the noun (not a
    # time's: "l'attaque de la nuit précédente" is the one told). None in English (its
    # parse hangs the complement from a preposition).
    distinct_complement_cases: frozenset[str] = frozenset()
    distinct_complement_modifiers: frozenset[str] = frozenset()
    ordinals: frozenset[str]
    since_words: frozenset[str]
    # The start of something named after the since word ("depuis le début des manifestations",
    # "since the start of the protests"): a period up to the report, as a year is.
    since_start_nouns: frozenset[str] = frozenset()
    since_clause_openers: frozenset[str]
    period_prepositions: frozenset[str]
    period_units: frozenset[str]
    period_modifiers: frozenset[str]
    # "between January and August", "between 2015 and 2020": a span from one date to another
    # frames a period (`_durative`).
    range_prepositions: frozenset[str] = frozenset()
    frequency_adverbs: frozenset[str]
    # Verbs whose infinitive complement is the act told: the aspectual verbs and the verbs of
    # attempt (`aspectual_verbs`, `attempt_verbs` of data/<language>/triggers.yaml). The
    # clause's own words of time and frequency hang on them, not on the act ("months after
    # rebels tried to seize the town", "repeatedly tried to storm the base"): read there too
    # (`mentions._governing_verb`). None for French yet.
    frame_governors: frozenset[str] = frozenset()
    # Verbs of a country falling into a lasting state ("a plongé le pays dans la crise", "a
    # sombré dans le chaos après le coup d'État"): the act told as its cause is the setting,
    # not an incident of the report (`_cause_of_state`). None for English yet.
    plunge_verbs: frozenset[str] = frozenset()
    # Prepositions of a setting ("amid fighting between the army and rebels", "amid some of
    # the fiercest fighting in years"): the act told under them is the background of the
    # report, whatever else the sentence tells (`_set_against`). None for French yet.
    setting_prepositions: frozenset[str] = frozenset()
    # The prepositions of a partitive or a measure between such a preposition and the act
    # ("amid some of the fiercest fighting", "amid a surge in fighting").
    setting_links: frozenset[str] = frozenset()
    # Prepositions and clause markers of what came before ("after", "following"): an act
    # they introduce, dated more than `_CAUSE_AGE_DAYS` (90) days before the report, is the
    # cause told of a later state or act ("the movement gathered pace in 2017 after a
    # crackdown"), background (`_old_cause`). None for French yet.
    cause_prepositions: frozenset[str] = frozenset()
    # Verbs of ousting a ruler ("renverser", "destituer") and of seizing power, these with one of
    # `power_nouns` as their object ("prendre le pouvoir"): told in a relative clause on those
    # who did it ("les militaires qui ont renversé le président"), the takeover describes a
    # participant, not the report's news (`_takeover_described`). None for English yet.
    ousting_verbs: frozenset[str] = frozenset()
    seizing_verbs: frozenset[str] = frozenset()
    power_nouns: frozenset[str] = frozenset()
    # Nouns that name the takeover itself ("le coup d'État qui a renversé le président"): a
    # clause on one tells the event, not a participant.
    takeover_nouns: frozenset[str] = frozenset()
    vague_counts: frozenset[str]
    # Quantifiers of a plural subject that make it people in general ("Many Kenyans
    # blame ..."): no named speaker (`_performative`).
    group_quantifiers: frozenset[str] = frozenset()
    # Nouns whose plural counts people or things, not events: the events stage's protesters
    # (`protester_nouns` of data/<language>/triggers.yaml) and what a weapon fires (`fired_nouns`
    # of data/<language>/actors.yaml). "hundreds of protesters", "fired mortars" name one
    # incident's crowd or rounds, so the plural rule (several events) passes them by.
    counted_nouns: frozenset[str] = frozenset()
    anaphor_window_sentences: int = Field(ge=0)
    date_slack_days: int = Field(ge=0)
    anaphor_date_slack_days: int = Field(default=0, ge=0)
    continuation_sentences: int = Field(ge=0)
    fallback_date_slack_days: int = Field(ge=0)
    # Fallback days of one incident (`_best_date`): an earlier one by at most this many days
    # wins over the first told ("said Wednesday", then "announced late Tuesday").
    telling_day_slack_days: int = Field(default=0, ge=0)
    # A day counted from the page's date ("yesterday", "overnight", "two days ago":
    # `report_counted_words` of temporal.yaml) gives way to a day another mention of the
    # incident names by its weekday or date (`named_day_words`: temporal.yaml's weekdays and
    # months) at most `named_day_slack_days` from it (`_best_date`). Empty: no such choice.
    report_counted_words: frozenset[str] = frozenset()
    named_day_words: frozenset[str] = frozenset()
    named_day_slack_days: int = Field(default=0, ge=0)
    # Verbs through which a named day still dates the act above them ("took place",
    # "carried out": `day_occurrence_verbs` of temporal.yaml, lemma then particle or object);
    # one hung on any other verb is that verb's day (`_day_acts`).
    day_occurrence_verbs: frozenset[tuple[str, ...]] = frozenset()
    anchor_prepositions: frozenset[str]
    elapsed_prepositions: frozenset[str]
    # "accused the militia of attacking the village on Thursday": a date in a gerund clause
    # under one of these on the trigger dates the act charged, not the charge (`_charged_act`).
    charge_prepositions: frozenset[str] = frozenset()
    # "take place", "happen", "avoir lieu", "se produire": a sentence on such a verb that
    # tells no event of its own dates the incident told just before it (`_occurrence_date`).
    occurrence_verbs: frozenset[str] = frozenset()
    # "incident", "attack": a definite one, subject of a copula that its sentence dates ("The
    # incident on Wednesday was the first such attack in months") dates the mentions told
    # just before it (`_anaphor_copula_date`).
    anaphor_subject_nouns: frozenset[str] = frozenset()
    anaphor_copulas: frozenset[str] = frozenset()
    anaphor_determiners: frozenset[str] = frozenset()
    anaphor_date_openers: frozenset[str] = frozenset()
    # "early March", "late last month": a month told with a part dates a mention by the
    # part's days (`month_parts` of temporal.yaml, word -> first and last day; `month_part`).
    month_parts: dict[str, tuple[int, int]] = Field(default_factory=dict)
    # The calendar words of the dates stage (temporal.yaml): weekdays and parts of a day
    # (`since_day_words`) and month names (`month_words`). "since Monday", "since July 3",
    # "since early morning" date a spell of days the report tells as one incident, no period
    # frame (`_since_a_day`), as "depuis lundi" in French.
    since_day_words: frozenset[str] = frozenset()
    month_words: frozenset[str] = frozenset()
    exceeding_words: tuple[str, ...]
    lower_bound_words: tuple[str, ...] = ()
    approximate_words: tuple[str, ...] = ()
    upper_bound_words: tuple[str, ...] = ()
    occasion_prepositions: frozenset[str]
    # Relative pronouns that, as a relative clause's subject, stand for the event noun the
    # clause hangs on ("an attack that left 20 dead on Friday night"): `_describes`.
    event_relative_pronouns: frozenset[str] = frozenset()
    # "members of the junta who took power in a February 1 coup": a relative clause on
    # someone tells that person's past act; its date, even a day, is no fallback.
    person_relative_pronouns: frozenset[str] = frozenset()
    # Relative adverbs of place ("in Kano, where protesters blocked the streets", "à Labé, où
    # les manifestants ont envahi les rues"): a relative clause they open on a place tells
    # what happened there (`_stated_for`).
    place_relative_words: frozenset[str] = frozenset()
    # Verbs (lemmas) that say an event happened ("occur", "happen"; "take" with
    # `site_clause_objects` "place"): a relative clause of theirs on the event's noun that
    # names a place states the incident's site (`_site_restated`).
    site_clause_verbs: frozenset[str] = frozenset()
    site_clause_objects: frozenset[str] = frozenset()
    # Relative pronouns that, as a relative clause's subject, stand for a participant the
    # clause describes ("the junta, which seized power in 2021"): `_described_past`.
    participant_relative_pronouns: frozenset[str] = frozenset()
    # The trigger lexicon's event nouns (the `nouns` of data/<language>/triggers.yaml that
    # need no cue): a definite one a mention is placed in names an incident though the
    # events stage made no mention of it (`_occasion_noun`: "also killed during the assault"
    # where "attack" was the trigger).
    event_nouns: frozenset[str] = frozenset()
    # Nouns that name one occasion without saying its kind ("the incident"): as a verb's
    # object, the event a reaction is to (`_reacts_to_one`).
    occasion_nouns: frozenset[str] = frozenset()
    demonstratives: frozenset[str] = frozenset()
    plural_pronouns: frozenset[str] = frozenset()
    # Types dated by the report's publication day when no day is told for them (`_said_on_report_day`).
    publication_day_types: frozenset[str] = frozenset()
    # Undated incidents take the report's occasion (publication and the day before) also where
    # other incidents are dated, none in the report's week (`_report_day`).
    occasion_after_dated: bool = False
    # A clause that a since word opens tells the act the period starts from, one act of its own
    # day ("a hotbed of resistance since the military coup dethroned the government in
    # February"), not a period (`_durative`). Measured on English reports; French "depuis que"
    # opens a conflict's history ("depuis que la rébellion a éclaté en 1982") and stays a period.
    since_clause_acts: bool = False
    # A page that tells only its month (a month-only date marker, no publication day): its
    # undated incidents are that month's news (`_report_day`).
    undated_take_page_month: bool = False
    # A mention its sentence does not date takes, as a fallback, the one day of the sentence
    # before when that sentence tells no event (`_setting_date`).
    setting_sentence_dates: bool = False
    # A mention dated only by its telling takes the one day of the next sentence that tells no
    # event (`_detail_date`), without the scene-setting day of `setting_sentence_dates`.
    detail_sentence_dates: bool = False
    # A day told on a verb of saying ("the government announced on Saturday", "said in a
    # report on Saturday that ...") dates that statement, never an act of another type
    # (`statement_types` aside) the parse hangs under it ("..., the government announced on
    # Saturday, in an attack claimed by ..."): for such an act it is only a fallback
    # (`_stated_date`).
    saying_day_not_acts: bool = False
    # A sentence that opens on a time of its own, resolved or not, and names a locality the
    # incident's sentences never named tells another occasion (`_elsewhere`, `time_fronted`).
    fronted_time_elsewhere: bool = False
    # A place a mention's sentence does not name (`_Mention.place_inherited`) ties it to no
    # incident (`_ties`), and a mention with nothing of its own told again goes back to the
    # report's lead before an incident dated weeks before the report (`_continued`).
    inherited_places_apart: bool = False
    # A mention stating a day of its own goes on telling no incident whose undated mentions were
    # told on another day of their sentence or the one before (`_day_apart`, `carried_day`);
    # nor a noun naming an act back whose day carried is another (`_carried_apart`).
    carried_days_apart: bool = False
    # A mention at a site of its own (`_Localities.apart`) is another incident whether or not it
    # states a toll (`_elsewhere`); without it, only a mention with a toll of its own is.
    sites_apart_without_toll: bool = False
    # A town near the one an incident was first placed at (one province, within LOCALITY_KM) that a
    # mention naming the incident back places it at ("the June 16 attack on the school in X") is
    # the finer site (`_best_place`, `retold_finer`).
    retold_town_finer: bool = False
    series_nouns: frozenset[str] = frozenset()
    target_types: frozenset[str] = frozenset()
    prohibition_words: frozenset[str] = frozenset()
    retelling_sentences: int = Field(default=0, ge=0)
    # Words that tell one more of something ("also", "another"): a mention whose sentence
    # has one and names a locality its incident's sentences never named tells another
    # incident there, not more of the one told before (`_elsewhere`).
    additive_words: frozenset[str] = frozenset()
    # Words that, opening a sentence, move the report to another place ("Elsewhere in the
    # country, gunmen attacked a school"): a mention there tells another incident, not more
    # of the one told before, whether or not its sentence names a locality (`_elsewhere`).
    elsewhere_openers: frozenset[str] = frozenset()
    # Words after a name that make it a locality ("Amanuel town", "Taung Kyar village"), and
    # the prepositions that put a site after them (`site_prepositions` of
    # data/<language>/places.yaml): what `_Localities` reads.
    locality_kinds: frozenset[str] = frozenset()
    site_prepositions: frozenset[str] = frozenset()
    speaker_types: frozenset[str] = frozenset()
    # Of `speaker_types`, meetings: one whose participants its noun's dependents name, or
    # that states a place and a day of its own, took place (`_meeting_held`).
    meeting_types: frozenset[str] = frozenset()
    participant_prepositions: frozenset[str] = frozenset()
    # Conjunctions that set a coordinated clause against the one before ("..., but Islamabad
    # denied any involvement"): with a subject of its own, another party's rejoinder.
    rejoinder_conjunctions: frozenset[str] = frozenset()
    # Verbs that utter, besides the verbs of saying ("expressed concern", "issued a
    # statement"): a statement added to one by its named speaker is that speaker's own
    # (`_speech_act`).
    speech_act_verbs: frozenset[str] = frozenset()
    # Prepositions that name a statement's source ("according to"): a passive verbal act
    # so sourced was said by someone (`_sourced`).
    source_prepositions: frozenset[str] = frozenset()
    # Of `speaker_types`, verbs that told in the passive and asserted enact an act of the
    # authorities ("An investigation was opened", "a probe has been launched"): the act
    # happened though no one is named as its actor (`MentionFacts.enacted`).
    enacting_verbs: frozenset[str] = frozenset()
    # Verbal acts that, told in the passive with no agent ("des miliciens sont accusés
    # d'avoir mené l'attaque", "l'attaque a été imputée aux jihadistes"), name no speaker: for
    # a language whose `speaker_types` is empty, the same rule on these grammatical grounds
    # alone (`MentionFacts.unsaid`).
    passive_speaker_types: frozenset[str] = frozenset()
    # "days after ...", "a week before ...": another occasion, dated from the main clause's
    # (`_sequenced`).
    sequence_prepositions: frozenset[str] = frozenset()
    sequence_units: frozenset[str] = frozenset()
    # Verbs that order two events ("This followed clashes between troops and militiamen",
    # "The attack follows the murders of two soldiers"): the object, an event noun, is
    # another occasion than the subject's, an event noun or a demonstrative standing for
    # the incident just told (`_follows`).
    sequence_verbs: frozenset[str] = frozenset()
    sequence_subjects: frozenset[str] = frozenset()
    # Verbs that place the act their subject names after or before another ("The attack came
    # after another one last week that killed five", "Cette attaque intervient au lendemain
    # de la mort de cinq soldats"), and the words opening the phrase that tells the other act
    # (`_sequel_phrases`): a toll or day stated there is the other act's.
    sequel_verbs: frozenset[str] = frozenset()
    sequel_markers: frozenset[str] = frozenset()
    statement_types: frozenset[str] = frozenset()
    # Verbs of saying ("say", "tell"): a statement in a participle clause on one is what
    # was said, not a statement added to another act (`_subordinate_statement`); the
    # events stage's `reporting_verbs` (data/<language>/triggers.yaml), one list.
    reporting_verbs: frozenset[str] = frozenset()
    # Verbs that make public a decision (`announcing_verbs` of data/<language>/triggers.yaml):
    # the act in their complement is what they announce, the act itself ("announced lifting
    # the sanctions"), not a statement added to another (`_subordinate_statement`).
    announcing_verbs: frozenset[str] = frozenset()
    mutual_prepositions: frozenset[str] = frozenset()
    # Lemmas of a fight told as two-sided ("affrontements", "heurts", "ripostent"): an incident
    # of `two_sided_types` told by one of them is one item per side (`_two_sided`; English: "clash",
    # "firefight", "shootout").
    two_sided_words: frozenset[str] = frozenset()
    two_sided_types: frozenset[str] = frozenset()
    # Phrases of harm on both sides ("des blessés de part et d'autre"): a clash told with one
    # is two-sided whatever type its mention took (`_two_sided`).
    both_sides_phrases: tuple[str, ...] = ()
    # The words that join the counts of one list ("three policemen, three soldiers and eight
    # rebels"): a toll broken down by side in such a list is shared out (`_shares_told_apart`).
    count_list_joiners: frozenset[str] = frozenset()
    # Fates other than death, as lemmas or forms ("wounded", "arrested", "rescued", "fled", "taken
    # to hospital"; with the casualty stage's `injure_verbs` and `injured_words`): a list of counts
    # told with one is no breakdown of the dead (`_tells_the_dead`).
    count_list_other_fates: frozenset[str] = frozenset()
    context_types: frozenset[str] = frozenset()
    # Verbs of talking and the preposition that makes them an interview, a source of the report
    # ("talked to reporters", "talked to a local radio station about the raid"), no consultation
    # between sides ("talked with the rebels"): `interview_verbs` with `interview_prepositions`.
    interview_verbs: frozenset[str] = frozenset()
    interview_prepositions: frozenset[str] = frozenset()
    interview_sources: frozenset[str] = frozenset()
    # The words of a file picture's credit ("File photo taken Feb. 28 of soldiers on patrol",
    # "File picture: ..."): an act told in the same sentence is the old scene a picture shows
    # beside the report, no incident of it (`_file_caption`). Lower case, matched in the sentence.
    file_photo_words: frozenset[str] = frozenset()
    # The first words of a title that asks or explains ("Why jihadists attack schools", "How
    # bandits kidnap travellers"): its simple present stays habitual (`_news_title`).
    title_question_words: frozenset[str] = frozenset()
    # Plural nouns that name one act, not several ("sanctions", "talks"): no plural of events.
    plural_acts: frozenset[str] = frozenset()
    # Prepositions that name members of an object already told ("abducted a village head and
    # about 50 others, including women and children"): no kind of target (`_generic_objects`).
    elaboration_prepositions: frozenset[str] = frozenset()
    # Nouns of a state of affairs, not of one act ("the unrest", "amid unrest"): a mention
    # so worded describes an incident already told or is the setting (`_setting`).
    condition_nouns: frozenset[str] = frozenset()
    # Political acts whose definite noun with nothing to refer back to is no new incident
    # (`_presupposed`).
    presupposed_types: frozenset[str] = frozenset()
    # Words of a visit (lemmas: "visited", "arrived in"): one paid at home, with no
    # counterpart of another country, is a tour, not a consultation (`_visit_at_home`).
    visit_lemmas: frozenset[str] = frozenset()
    # Verbal acts (calls, accusations) told in the past perfect: what came before (`assemble_incidents`).
    past_perfect_types: frozenset[str] = frozenset()
    # Acts told in the past perfect that stand apart from an incident told in another tense
    # (`_told_before`).
    past_perfect_apart_types: frozenset[str] = frozenset()
    repetition_nouns: frozenset[str] = frozenset()
    running_count_phrases: tuple[str, ...] = ()
    origin_prepositions: frozenset[str] = frozenset()
    # The language whose places stage reads the distances ("à 90 km de Maradi", "300 km north
    # of the capital"), and whether a place a long distance is measured from is no
    # incident's place (`far_references`, read by `assemble_incidents`; on in the shared
    # assemble.yaml). Neither events stage places an event at such a bearing; a mention's own
    # place that still is one stays its incident's (`_best_place`).
    language: str = "en"
    bearings_not_places: bool = False
    # Places named in the article that are no event's place (`places.aside_places`), kept from the
    # places assembly narrows to like bearings: a destination told after a word of direction
    # ("fuir vers la commune de X") or as the oblique of a verb of being taken somewhere
    # ("évacués à X", `destination_lemmas`); a town an official's title names ("le maire de
    # la ville de X", `title_nouns`, a place of care too: "l'hôpital de X"); a town in a photo
    # caption (a sentence with one of `caption_marks`, "(illustration)"). Empty (English): none.
    destination_words: tuple[str, ...] = ()
    destination_lemmas: frozenset[str] = frozenset()
    title_nouns: frozenset[str] = frozenset()
    place_kind_nouns: frozenset[str] = frozenset()
    caption_marks: tuple[str, ...] = ()
    # Types whose place may be a destination: a movement's end ("des renforts dépêchés vers X").
    destination_kept_types: frozenset[str] = frozenset()
    # Prepositions of a movement's end ("sending troops to the region"): a movement of those
    # types told in the present progressive toward an end is the act reported, no ongoing
    # activity (`mentions._moved_to`).
    movement_end_prepositions: frozenset[str] = frozenset()
    # Types of statement whose acts by two people the text names are two incidents
    # (`links._speakers_apart`: two officials' condemnations of one attack).
    speakers_apart_types: frozenset[str] = frozenset()
    # "..., la commune dont dépend X", "..., où se trouve X": a relative on such a town that
    # puts the site in it; the town then stays (the site's own place when no gazetteer holds X).
    holder_relatives: frozenset[str] = frozenset()
    # Of `distinct_modifiers`, those that announce another incident of the same occasion,
    # not another time ("Other protests were held in Doba"): such an undated mention still
    # takes the report's day; "an earlier attack", "the previous raid" do not.
    same_time_modifiers: frozenset[str] = frozenset()
    # Words of a part of a day told with no anchor to place it ("an early morning attack"):
    # an incident dated only so still takes the report's day (`_undated`).
    unplaced_day_words: frozenset[str] = frozenset()
    # Units of a time counted a few hours or minutes on from what was just told ("an hour
    # later"): an incident dated only so takes the report's day as a part of a day does.
    shortly_after_units: frozenset[str] = frozenset()
    # Words of another time than the report's that the dates stage could not place ("days
    # ago", "a day after", "at the time", "on weekdays", "Tuesday" in a page with no date):
    # such a date keeps its incident off the report's day (`_undated`). Any other date with
    # no calendar value ("his 23-year reign", "1960s-style") tells no time of the act.
    unplaced_other_time_words: frozenset[str] = frozenset()
    # Nouns of a part of the day (temporal.yaml parts_of_day: "dans la soirée du 5 mars"): a
    # date completing one is the time of the act told with it, not of another noun's
    # (`dates._dates_other_act_noun`).
    day_part_nouns: frozenset[str] = frozenset()
    # Nouns of the wounds someone died of ("a succombé à ses blessures le 27 janvier", "est
    # décédé de ses blessures dimanche"): a day told on that death is the day of the death, a
    # later one than the act's that wounded, so it dates no mention of its sentence
    # (`dates._wound_death_day`). None for English yet.
    wound_nouns: frozenset[str] = frozenset()
    # The casualty stage's kill verbs (`kill_verbs` of data/<language>/triggers.yaml):
    # a killing of plural victims told with no figure is a floor, no toll (`_toll_floor`).
    kill_verbs: frozenset[str] = frozenset()
    # Some of the dead told apart ("Among the dead was the village imam": `_toll_part`):
    # the preposition, and nouns of the dead beside the casualty stage's `dead_words`.
    part_prepositions: frozenset[str] = frozenset()
    part_nouns: frozenset[str] = frozenset()
    dead_words: frozenset[str] = frozenset()
    # Words (lemmas) of acts only a state does (an arrest, a curfew, a ban: the actors stage's
    # `state_acts` of data/<language>/actors.yaml, one list): such a measure is never a raid's
    # setting (`MentionFacts.state_act`).
    state_acts: frozenset[str] = frozenset()
    # Pronouns that stand for people (`person_pronouns` of data/<language>/actors.yaml): a
    # recipient so named is a patient, not a thing ("police dispersed them": no setting).
    person_pronouns: frozenset[str] = frozenset()
    # Words of an abduction (`abduction_words` of data/<language>/triggers.yaml): what is
    # abducted is people, whatever the recipient's words ("abducting three others"), so such
    # an act is never the setting of a raid (`_setting_act`) but an incident of its own.
    people_acts: frozenset[str] = frozenset()
    # Kinds of coercive act, each its lemmas (`act_kinds` of data/assemble.yaml): mentions of
    # two kinds are two incidents (`_kinds_apart`).
    act_kinds: dict[str, frozenset[str]] = Field(default_factory=dict)
    # Kinds of coercive act (`act_kinds`) whose definite noun names back only an act of its own
    # type ("the blockade", "the arrests" are no attack told before; "the raid" may be one).
    anaphor_kinds_apart: frozenset[str] = frozenset()
    # Types whose definite noun names back only an act of its own type, though another type
    # is compatible with it across reports (`anaphor_types_apart` of data/assemble.yaml:
    # "the rioting" names no deployment told before, "the deployment" no protest).
    anaphor_types_apart: frozenset[str] = frozenset()
    # Kinds of coercive act (`act_kinds`) that a definite noun of another kind never names
    # back: "the attack" told after an arrest or a ban is no such measure ("the raid" may
    # name back an abduction).
    antecedent_kinds_apart: frozenset[str] = frozenset()
    # Kinds of coercive act (`act_kinds`) of which two mentions are two incidents even at one
    # place (`_kinds_apart`): tear gas on a crowd and arrests, a ban and arrests.
    kinds_apart_in_place: frozenset[str] = frozenset()
    # Kinds of coercive act (`act_kinds`) that are an incident of their own beside a mention of
    # any other kind, with no patient of its own and at its place (`_kinds_apart`): a curfew, a
    # state of emergency and a ban beside a coup, an arrest or each other.
    kinds_apart_bare: frozenset[str] = frozenset()
    # Kinds of coercive act (`act_kinds`) also named by a modifier of the trigger or of its
    # object (`_act_kind`): "declared a state of emergency", "imposed martial law".
    kinds_named_by_modifier: frozenset[str] = frozenset()
    # Types of which one sentence's two acts (two triggers) done by doers of different
    # sectors are two incidents (`_doers_apart`): "the president declared a state of
    # emergency after riot police broke up a rally".
    doers_apart_types: frozenset[str] = frozenset()
    # A toll stated in a sentence that tells no event (`_toll_statements`): the toll words
    # are the casualty stage's (`toll_words` of data/<language>/triggers.yaml), the hedges
    # add its modal auxiliaries and negation words.
    toll_words: frozenset[str] = frozenset()
    toll_types: frozenset[str] = frozenset()
    toll_reach_tokens: int = Field(default=0, ge=0)
    toll_revision_words: frozenset[str] = frozenset()
    # The same verbs as lemmas, and where they stand: before the toll word ("ce qui a porté
    # le bilan à 195", "bringing the death toll to 12") or after an earlier figure ("Le bilan,
    # initialement de 32 morts, est passé à 195"): `toll_revision_verbs` of
    # data/<language>/number_words.yaml, read by `_toll_statements`.
    toll_revision_lemmas: frozenset[str] = frozenset()
    # Those of them that add what was told before to a toll ("This brings the death toll to
    # 26", "taking the toll to 11"): `toll_sum_verbs` of data/<language>/number_words.yaml
    # (`_TollStatement.summed`).
    toll_sum_lemmas: frozenset[str] = frozenset()
    # Words that open a period ("since", "depuis": `running_total_since` of
    # data/<language>/number_words.yaml): a count of the dead told with one is a running
    # total, no incident's toll (`_dead_counts`).
    toll_period_words: frozenset[str] = frozenset()
    # Nouns that count the dead ("60 morts", "30 victimes", "12 deaths"; not a participle,
    # "12 killed", which tells an act): `dead_count_nouns` of data/<language>/number_words.yaml.
    dead_count_nouns: frozenset[str] = frozenset()
    # A noun of a death whose complement counts the dead ("the deaths of three soldiers"), the
    # words that join that complement, and the words that make such a death another act's,
    # told as the time or cause of this one ("after the death of"): `death_of_*` of
    # data/<language>/number_words.yaml (English only so far: French lists none, so reads none).
    death_of_nouns: frozenset[str] = frozenset()
    death_of_joins: frozenset[str] = frozenset()
    death_of_aside: frozenset[str] = frozenset()
    death_of_one_nouns: frozenset[str] = frozenset()
    death_of_one_words: frozenset[str] = frozenset()
    # Words that tell a figure the count falls short of ("nearly 40 deaths", "près de 100
    # morts": `toll_below_words`) and the word that opens a revision's range ("rose from five
    # to 11": `revision_range_from`), of data/<language>/number_words.yaml.
    toll_below_words: frozenset[str] = frozenset()
    revision_range_from: frozenset[str] = frozenset()
    toll_hedge_words: frozenset[str] = frozenset()
    # The events stage's natural or accidental causes (`disaster_words`): a toll stated
    # beside one ("the toll of the floods reached 120") is no political incident's.
    disaster_words: frozenset[str] = frozenset()
    # One act told of a list of places is one incident per place (`_place_list_split`).
    place_list_precisions: frozenset[str] = frozenset()
    place_list_deps: frozenset[str] = frozenset()
    place_list_stop_words: frozenset[str] = frozenset()
    place_list_whole_types: frozenset[str] = frozenset()
    # Words that, heading a name of a list, make it the examples of a plural noun of places
    # ("dans plusieurs villes, dont X et Y": the French parse reads "dont X" as a relative
    # clause of the noun): the list hangs from that noun as an apposition would.
    place_list_example_words: frozenset[str] = frozenset()
    # Labels of a relative clause on the trigger's noun that says where the people or the act
    # the noun names were ("protesters who gathered in Kano and Kaduna"), and of the verbs it
    # chains ("who tried to gather in ..."): the list hangs from the noun through that clause
    # (`_relative_of`). The first label is the relative clause's own. Empty: no such climb.
    place_list_relative_deps: tuple[str, ...] = ()
    # The verbs (lemmas) of such a clause that say where the people were gathered ("gathered",
    # "marched"): not where they live, work or were born ("protesters who live in X and Y").
    place_list_relative_verbs: frozenset[str] = frozenset()
    # Those of them that may tell a job, a post or land held ("protesters who hold jobs in X
    # and Y", "who occupy government posts in ..."): a gathering only with an event noun or a
    # public space as object, or passive on an event noun ("a protest that was held in ...").
    place_list_relative_held_verbs: frozenset[str] = frozenset()
    place_list_relative_event_nouns: frozenset[str] = frozenset()
    place_list_relative_space_nouns: frozenset[str] = frozenset()
    # Verbs of wish, plan or permission (lemmas) through which the climb does not pass ("who
    # wanted to gather in X and Y": no gathering told; nor a negated verb): the list kept whole.
    place_list_relative_unrealised: frozenset[str] = frozenset()
    # A one-word name of a list the recogniser took for an organisation is read from the
    # gazetteer too (`_lone_org`): the English recogniser's habit with small towns.
    place_list_lone_orgs: bool = False
    # Prepositions by which a common noun of a list holds the name of its place ("the town of
    # Kisumu and the town of Siaya", "the capital Nairobi and the port city of Mombasa":
    # `_named_members`); an apposed name is read without one. Empty: the names only.
    place_list_name_prepositions: frozenset[str] = frozenset()
    # The nouns of a kind of place that so hold a name (lemmas: town, city, district...).
    place_list_kind_nouns: frozenset[str] = frozenset()
    # A list the parse does not coordinate ("à Bouaké, à Daloa et à Korhogo": the French parse
    # hangs each repeated preposition's town from the verb) read in the order of the words
    # (`_chained_places`): places one after another with only separators of
    # `place_list_chain_separators` and then a preposition of `place_list_chain_prepositions`
    # between them. Empty: the parse's conjuncts only.
    place_list_chain_separators: frozenset[str] = frozenset()
    place_list_chain_prepositions: frozenset[str] = frozenset()
    # Names of such a list the places stage did not take are links of the chain too, read from
    # the gazetteer (`_chained_places`): the French recogniser drops small towns of a list.
    # False: the places stage's places only (English: one wrong copy more, nothing gained).
    place_list_chain_names: bool = False
    # A toll list with one verb ("Four were killed in Kano and three in Kaduna", "two died in
    # X, one in Y"): each verbless conjunct of one of `gapped_tally_deps` that counts its own
    # people at its own place (a preposition of `gapped_tally_prepositions`) is an incident
    # of its own (`_gapped_tallies`), when the verb's own clause is counted too (a subject or
    # object of `gapped_count_deps`). Empty: no such split (a language without these labels).
    gapped_tally_deps: frozenset[str] = frozenset()
    # Words that open such a list as a share of the verb's count ("killed 15 people, including
    # four in X and eleven in Y"): the parse tags them as verbs heading a preposition phrase, and
    # their object is the list's first part. Empty: no such opener.
    gapped_tally_openers: frozenset[str] = frozenset()
    gapped_tally_prepositions: frozenset[str] = frozenset()
    gapped_count_deps: frozenset[str] = frozenset()
    # The same toll list read in the order of the words, for a parse that hangs its verbless
    # conjuncts anywhere (French: "six ont été tués à X, deux à Y et un à Z", `_tally_sequence`):
    # after a separator of `tally_separators`, a count (a number or one of `tally_one_words`),
    # words of `tally_filler_words` or the verb again ("deux autres tués"), then a preposition
    # of `gapped_tally_prepositions` and the place. False: the parse's conjuncts only.
    gapped_tally_sequence: bool = False
    tally_separators: frozenset[str] = frozenset()
    tally_one_words: frozenset[str] = frozenset()
    tally_filler_words: frozenset[str] = frozenset()
    # A part whose place is unknown, told beside a town it lies near (", près de Y"): the words
    # that open such a qualifier (French: près, proche); the part is placed at that town.
    tally_near_words: frozenset[str] = frozenset()
    # The casualty stage's verbs of dying (`die_verbs` of data/<language>/triggers.yaml).
    die_verbs: frozenset[str] = frozenset()
    # Forms of the verbs of dying (regular inflections of `die_verbs`, and their `forms` of
    # data/<language>/triggers.yaml): a figure they follow counts the dead (`_count_of_dying`).
    die_forms: frozenset[str] = frozenset()
    # Words that tell victims added to those told before ("two more died": `more_words` of
    # data/<language>/triggers.yaml): no count of an incident's dead (`_count_of_dying`).
    more_words: frozenset[str] = frozenset()

    @property
    def occurrence_pattern(self) -> re.Pattern[str] | None:
        """`occurrence_verbs` as one pattern, words whole, spaces and apostrophes loose."""
        return _occurrence_pattern(self.occurrence_verbs)

    def aside_words(self) -> AsideWords:
        """The words that tell a place named aside (`places.aside_places`), as these rules list them."""
        return AsideWords(
            language=self.language, destination_words=self.destination_words,
            destination_lemmas=self.destination_lemmas, title_nouns=self.title_nouns,
            place_kind_nouns=self.place_kind_nouns, caption_marks=self.caption_marks,
            holder_relatives=self.holder_relatives,
        )


@lru_cache(maxsize=8)
def _occurrence_pattern(verbs: frozenset[str]) -> re.Pattern[str] | None:
    if not verbs:
        return None
    alternatives = "|".join(
        re.escape(v).replace("\\ ", r"\s+").replace("'", "['\u2019]") for v in sorted(verbs, key=len, reverse=True)
    )
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=4)
def default_assemble_rules(language: str = "en") -> AssembleRules:
    """`data/assemble.yaml` (English words, shared numbers); for another language, the
    keys its `data/<language>/assemble.yaml` names replace those (French determiners,
    modifiers, ordinals...), the rest stay."""
    raw = layered_data("assemble", language)
    # Where someone came from is the places stage's word list (`origin_prepositions` of
    # data/<language>/places.yaml), read here too rather than kept twice.
    raw["origin_prepositions"] = place_phrases(language).origin_prepositions
    raw["site_prepositions"] = place_phrases(language).site_prepositions
    raw["language"] = language
    # A running count's frames are the casualty stage's (`running_total_phrases` of
    # data/<language>/number_words.yaml): one list, so both stages agree on what a total is.
    numbers = _stage_words("number_words", language)
    raw["running_count_phrases"] = tuple(sorted(numbers.get("running_total_phrases", [])))
    raw["toll_revision_lemmas"] = frozenset(numbers.get("toll_revision_verbs", []))
    raw["toll_sum_lemmas"] = frozenset(numbers.get("toll_sum_verbs", []))
    raw["toll_period_words"] = frozenset(numbers.get("running_total_since", []))
    raw["dead_count_nouns"] = frozenset(numbers.get("dead_count_nouns", []))
    for key in ("death_of_nouns", "death_of_joins", "death_of_aside", "death_of_one_nouns", "death_of_one_words",
                "toll_below_words", "revision_range_from"):
        raw[key] = frozenset(w.casefold() for w in numbers.get(key, []))
    # The kill verbs are the casualty stage's (data/<language>/triggers.yaml), one list.
    triggers = _stage_words("triggers", language)
    raw["kill_verbs"] = frozenset(triggers.get("kill_verbs", []))
    raw["reporting_verbs"] = frozenset(triggers.get("reporting_verbs", []))
    raw["people_acts"] = frozenset(w.casefold() for w in triggers.get("abduction_words", []))
    raw["announcing_verbs"] = frozenset(triggers.get("announcing_verbs", []))
    raw["dead_words"] = frozenset(triggers.get("dead_words", []))
    raw["die_verbs"] = frozenset(triggers.get("die_verbs", []))
    raw["count_list_other_fates"] = frozenset(
        str(w).casefold() for w in [*raw.get("count_list_other_fates", []), *triggers.get("injure_verbs", []),
                                    *triggers.get("injured_words", [])]
    )
    raw["more_words"] = frozenset(triggers.get("more_words", []))
    raw["frame_governors"] = frozenset(
        w.casefold() for key in ("aspectual_verbs", "attempt_verbs") for w in triggers.get(key, []))
    irregular = {**(triggers.get("irregular_forms") or {}), **(triggers.get("forms") or {})}
    raw["die_forms"] = frozenset(
        form.casefold() for lemma in raw["die_verbs"]
        for form in (*inflections(lemma, "verb"), *irregular.get(lemma, []))) - {"dying"}
    raw["event_nouns"] = _event_nouns(triggers)
    actors = _stage_words("actors", language)
    raw["state_acts"] = frozenset(w.casefold() for w in actors.get("state_acts", []))
    raw["person_pronouns"] = frozenset(w.casefold() for w in actors.get("person_pronouns", []))
    raw["counted_nouns"] = frozenset(
        w.casefold() for w in [*triggers.get("protester_nouns", []), *actors.get("fired_nouns", [])]
    )
    raw["toll_words"] = frozenset(triggers.get("toll_words", []))
    raw["disaster_words"] = frozenset(triggers.get("disaster_words", []))
    temporal = _stage_words("temporal", language)
    raw["occurrence_verbs"] = frozenset(temporal.get("occurrence_verbs", []))
    raw["anaphor_subject_nouns"] = frozenset(str(w).casefold() for w in temporal.get("anaphor_subject_nouns", []))
    raw["anaphor_copulas"] = frozenset(str(w).casefold() for w in temporal.get("anaphor_copulas", []))
    raw["anaphor_determiners"] = frozenset(str(w).casefold() for w in temporal.get("anaphor_determiners", []))
    raw["anaphor_date_openers"] = frozenset(str(w).casefold() for w in temporal.get("anaphor_date_openers", []))
    raw["month_parts"] = {str(word): (int(days[0]), int(days[1])) for word, days in
                          (temporal.get("month_parts") or {}).items()}
    raw["day_part_nouns"] = frozenset(str(w).casefold() for w in temporal.get("parts_of_day", []))
    raw["since_day_words"] = frozenset(
        str(w).casefold() for w in [*(temporal.get("weekdays") or {}), *temporal.get("parts_of_day", [])]
    )
    raw["unplaced_other_time_words"] = frozenset(
        str(w).casefold() for w in [*(temporal.get("weekdays") or {}), *raw.get("unplaced_other_time_words", [])]
    )
    raw["report_counted_words"] = frozenset(str(w).casefold() for w in temporal.get("report_counted_words", []))
    raw["day_occurrence_verbs"] = frozenset(
        tuple(str(phrase).casefold().split()) for phrase in temporal.get("day_occurrence_verbs", [])
    )
    raw["named_day_words"] = frozenset(
        str(w).casefold() for w in [*(temporal.get("weekdays") or {}), *(temporal.get("months") or {})]
    )
    # French lists no months in temporal.yaml: its date rules read dateparser's.
    raw["month_words"] = (frozenset(str(w).casefold() for w in temporal.get("months") or {})
                          or locale_month_names(language))
    raw["toll_hedge_words"] = frozenset(raw.get("toll_hedge_words", [])).union(
        *(triggers.get(key, []) for key in ("hypothetical_auxiliaries", "future_auxiliaries", "negation_words"))
    )
    return AssembleRules.model_validate(raw)


# A noun entry of exactly these keys only rules some modifiers out: still an event noun by
# itself ("attack", though not "a heart attack").
_EXCLUDING_KEYS = frozenset({"lemma", "not_modifiers"})


def _event_nouns(triggers: dict[str, Any]) -> frozenset[str]:
    """The noun lemmas of the trigger lexicon that are events by themselves (a plain entry or
    one that only excludes some modifiers, not one that needs a modifier or an object:
    "strike" is an attack only as an air strike)."""
    types = triggers.get("types") or {}
    return frozenset(
        str(noun if isinstance(noun, str) else noun["lemma"]).casefold()
        for entry in types.values()
        if isinstance(entry, dict)
        for noun in entry.get("nouns") or ()
        if isinstance(noun, str)
        or (isinstance(noun, dict) and set(noun) == _EXCLUDING_KEYS)
    )


def _stage_words(name: str, language: str) -> dict[str, Any]:
    """Another stage's word lists (data/<language>/<name>.yaml); none where the language
    has no such file."""
    try:
        return load_data(name, language) or {}
    except (FileNotFoundError, UnknownLanguageError):
        return {}
