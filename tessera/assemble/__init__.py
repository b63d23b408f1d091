"""Assemble: one article's event mentions -> its incidents (one record per incident).

Stage between extraction and dedupe (`extraction/ -> assemble/ -> dedupe.py`).
Extraction finds *mentions*: "Gunmen killed 14 soldiers on Friday in an attack", "The
assault took place at the Kari post in Soum province", "The attack is the deadliest
this year" are three. Within one article, mentions of one incident are assembled into
one `Incident` that takes each field from the mention stating it most precisely, keeps
the ids of all its mentions (`events`) and, per field, the mention it came from
(`evidence`). Across articles, `dedupe.py` merges incidents as it merges mentions.

Which mentions are one incident (mentions in text order; each joins an incident told
before it, or founds one):

- *Nothing conflicts*: compatible types (`data/dedupe.yaml`), the same mode (a definite
  noun referring back to an asserted incident whatever its clause's: "It was not clear
  who carried out the attack" doubts who, not the attack), dates that
  overlap (for a definite noun referring back, within `anaphor_date_slack_days`: "The
  assault on Monday night" after "attacked ... on Tuesday" is one overnight attack),
  places that can be one place (the same point, or one inside the other), tolls that
  agree (the same figure, or a lower bound and an exact figure that meets it: "more
  than 20 people dead", then "21 civilians were killed"; a strict bound and a larger
  lower bound: "over 20", then "at least 23"; a round figure and one within a
  tenth of it: "approximately 40", then "36"; an upper bound and a toll at or below it:
  "up to 200", then "over 100", the incident taking the latter; "at least 22" and "at least 31"
  are two tolls, except for a singular definite noun referring back: "the rebels said
  31 died in the attack" is another source's figure for it), actors of compatible
  countries and sectors. A fight whose sides a "between" phrase names ("clashes between
  the army and jihadists") is told again from one side ("The jihadists attacked an army
  convoy"): an actor that is one of those sides agrees with it in either role, and the
  incident's actor comes from the mention that says who acted. A dateline place
  ("NIAMEY, Dec 22 --") is where the reporter is, and a place the parse ties to
  something else than the event ("..., the secretary general of the governorate of
  Tahoua announced"): they conflict with nothing and tie nothing. Nor does a place
  the mention's sentence does not name (the region or country the extraction gives a
  sentence such as "The fighters overran the base"), nor the country it gives the people
  such a sentence names by no name ("the fighters", "the base"); an incident's actor or
  recipient takes its country from a mention whose sentence names its place first.
- *and something ties them*: the mention is a definite event noun ("the attack", "this
  ambush", "Friday's assault": a noun trigger with a definite or possessive determiner)
  or is placed in one ("those
  killed during the attack") or points at its people ("these victims were shot last
  Sunday": a recipient opening with a demonstrative), which refers back to the most
  recent compatible
  incident within `anaphor_window_sentences`, one of its own kind first, even twice as
  far back ("the fighting" is the battle, not the coup of 1991 recalled since; further
  back only when the article has just one); or it shares a sentence, the exact day,
  the toll, or a place finer than a region with the incident (one place: the same
  gazetteer entry or name, not a neighbouring town named apart, `_one_place`); or, with
  no such tie, it
  follows the latest incident of its type and mode by at most `continuation_sentences`
  (a report's following sentences elaborate its lead: "Gunmen killed six in Rijiya."
  ... "The bandits stormed the community around noon on Sunday"), or by at most
  `retelling_sentences` when it states neither a time of its own nor a place finer
  than a region ("Those who were kidnapped were mostly married women": a report comes
  back to its lead). A mention whose sentence opens on its own time ("Two weeks ago,
  ...", "On 29 March, ...", "Last March, ...") after an incident told with a time of
  its own moves to another occasion: neither proximity nor the same place joins it,
  only the same day, toll or an anaphor. So does a mention stated for days that end
  more than a week before the report ("In 2023, a drone strike killed 85 villagers")
  after an incident told with no time of its own: a report's undated mentions tell its
  own occasion.
- A mention told under "after"/"before" with a distance in days, weeks or months ("The
  attack came days after militants ambushed a convoy", "..., a week after the killing of
  two activists": `sequence_prepositions`, `sequence_units`) is dated from the main
  clause's event, on another day: it joins only the incident of its own clause, not the
  main clause's by sharing its sentence or following it, nor does the main clause's
  mention join it ("Days after militants ambushed a convoy, gunmen killed 12"); and its
  incident borrows no day, neither the incident's told before it nor the report's ("X
  came days after Y" dates Y before X; "a week after" gives Y its own day, from the
  dates stage). Not "hours after", often the same day.
- A definite act noun placed after or before another act ("The attack came following
  another one in the province last week, which killed five soldiers", "Cette attaque
  intervient au lendemain de la mort de cinq soldats": `sequel_verbs`, `sequel_markers`)
  does not take what that phrase states: with a toll told there, the mention is that other
  act, an incident of its own; where a trigger of its own tells the other act there ("after
  another attack last week that killed five"), the noun names its incident back without that
  toll or day, and "another" there marks the other act, not the noun (`_sequel_fields`).
- Dead told as some of a toll ("Among the dead was the village imam, who was killed
  outside the mosque", "Two teachers were among those killed": `part_prepositions`)
  give no toll of their own to conflict or tie.
- A mention marked as another incident ("in a separate attack", "another ambush",
  "a second raid", "In another incident, three people were injured") founds a new one;
  not one whose victims are ("Nine other civilians were wounded": the same attack's).
- Another type is another incident ("killed six" and "kidnapped women" in one raid are
  two, as the real-news annotation counts them), except for a singular definite noun
  referring back, and for an act against things told with an act against people of a
  compatible type: "razed several houses" beside "killed 30 villagers", "stormed the
  school" beside "abducted students" (a recipient with no sector and no toll, nor a
  pronoun for people: "police dispersed them" is done to people) is the
  setting of that raid, whichever of the incident's mentions names its people ("The
  entire base was razed" after "targeted a base" and "overran the base, killing 11
  soldiers"), and the incident takes the type of the act against people; so
  is what an event named as the subject did ("The attack demolished numerous homes").
  A measure only a state takes (an arrest, a curfew, a ban: the actors stage's
  `state_acts`) is no setting, though its object names no sector ("Authorities imposed
  a curfew after the violence", "arrested 11 persons"): an incident of its own. Nor does
  an act of its type that is no such measure, told in a later sentence, join its incident
  ("Police arrested 14 people." ... "Gunmen abducted 20 villagers"; "Authorities have
  banned meetings." ... "Police fired tear gas"), unless it names it back.

A mention's date is the one its sentence states *for it*, never a dated dateline's
("NIAMEY, Dec 22 (Xinhua) --": when the report was filed, as the events stage reads
it): where the sentence was parsed, a date attached to the trigger ("the attack on
15 January", "the attack, which took place on Monday"), to its clause ("killed 16 people on Tuesday in an attack") or
to a clause of the same event ("died on Monday as gunmen attacked", "attacked on
Sunday, killing six"). A date of a reporting verb ("said Monday"), of a relative clause
("the officers who seized power in July"), of a clause after "since"/"before" or of
another clause ("would be buried on Monday") is only a fallback: it neither conflicts
nor ties, and it is the incident's date only when no mention states one; a date under
"since"/"before" ("since this crisis began in December") is not even that.

Fields: the type preferred in a compatible group; the most specific place tied to the
incident (a mention's own, or one named in a mention's sentence in a country the
mentions give; not a town the parse gives to someone else than the act: the seat of
whoever condemns it, "The government in Bamako condemned the killings", the subject of
a verbal act whose object names the act; where someone came from, "adding that the
assailants came from X", after the places stage's `origin_prepositions` on another verb than the act's;
a speaker's region stays, a jurisdiction that holds the act; a country a headline gives
the incident, the one town the lead names in it: `_lead_locality`); the most precise date
stated for a mention; the toll stated first,
refined by a larger one that agrees with it (never a sum: a toll that does not agree is
another source's or a part). A killing of plural victims told with no figure ("The rebels
raided the village, killing residents") states no toll: the events stage's guess of one
is a floor, which neither conflicts, ties nor becomes the incident's toll (`_toll_floor`).
A toll stated in a sentence that tells no event ("The death toll has since risen to 25.",
"residents said that the death toll was 85") is the toll of the attack (`toll_types`)
told last, where that one states none or a smaller one and the sentence says the toll
went up; `evidence.toll_statement` holds its words (`_toll_statements`). So does a
mention's toll told so ("The death toll from the attack rose to 25", a headline's "Death
toll in Kano mosque attack rises to 25"): it agrees with a smaller toll and replaces it.
The revision verb may stand before the toll word ("ce qui a porté le bilan à 195",
"bringing the death toll to 12", also in a sentence whose mentions state no toll) or after
a first figure ("Le bilan, initialement de 32 morts, est passé à 195": the later one). A
count of the dead with no toll word in a sentence that tells no event ("Le procureur a fait
état d'environ 60 morts") fills a toll not stated (`_dead_counts`).
An actor or recipient with a country over one without,
then a named one. An incident that states no date, or no place but the article's country,
told within `continuation_sentences` after another of a compatible type on the same
days, takes that one's setting ("Several women were also kidnapped."), unless it is
announced as another incident. An incident that still has no date, or only a part of a
day the dates stage could not place ("in an early morning attack" on an undated page:
`unplaced_day_words`), takes the report's day (`_report_day`): the first day, or span of
at most `_REPORT_DAY_SPAN` days, of an incident in the order told that is not planned (a
suspected or possible attack still happened on the report's occasion; a planned one, mode
`future`, did not) and that ends at most `_REPORT_RECENT_DAYS` (a week) before publication: a day told weeks before the
report ("Soldiers arrested him on January 12") is background, not the report's occasion;
with no incident so dated, the day of that kind the extraction gave the first mention told
(its sentence's or one told before it: `_told_day`). A news
report tells its occasion in the lead and details it after, often without repeating
the day ("Police were deployed to the main intersections.", or a lead that names no day
before "The blast on Sunday evening"); a mention announced as another incident is left
undated when its word is of another time or a series ("an earlier raid", "another
attack", "a second attack"), and takes the report's day when its word tells another
incident of the same occasion (`same_time_modifiers`: "Other protests were held in Doba",
"In a separate incident, a soldier was killed").

Context (PLOVER's term): a general statement without one time, place and set of
participants ("the country has been fighting an insurgency since 2015", "violence has
killed thousands", "the third coup in the region") is assembled into its own incident
with `context=True`, never merged with a reported incident. So is a verbal act
(`speaker_types`: PLOVER's verbal categories) that none of its mentions says who did:
"the killings were condemned", "there were calls for calm" name no source, the one
participant a statement, a demand or an agreement cannot lack (French, whose stage finds
fewer speakers, on grammatical grounds only: an accusation in the passive with no agent,
`passive_speaker_types`); but not a meeting
(`meeting_types`) told as one that took place: its participants named by the meeting
noun's own dependents, the noun being its clause's subject ("Talks between the junta and
the bloc ...", "Talks with the rebels resumed", "The summit, attended by eight heads of
state, opened ..."; `participant_prepositions`, an agent), or a place and a day stated
for it ("Talks were held in Niamey on Monday"); a meeting noun that is a verb's object
("towards resuming dialogue with the juntas") is an aim, and stays context. An agreement
is told so too, its parties named on its noun as the subject of the verb that tells it
("An agreement between the government and the opposition was reached in September"). So is a statement or an
undertaking (`statement_types`: a call, a pledge, a truce, talks) told in a clause that adds
to another verb's: coordinated after it ("condemned the attack and called for calm"), its
complement ("urged Santos to resume negotiations"), a relative clause on a participant
("the ELN, which announced a truce"), a participle clause after it ("..., promising to
hold elections"); the report is the main clause's. Not one set against the first with
"but" and a subject of its own (`rejoinder_conjunctions`: "India accused the group, but
Islamabad denied any involvement"): another party's answer, an incident of its own. So are the kinds of act that are
the setting of a conflict, not incidents of it (`context_types`: verbal backing, aid).
Records of no incident (issue 12, thirteenth stop; English words only, data/assemble.yaml):
a noun of a state of affairs (`condition_nouns`: "The unrest has stoked fears", "amid
unrest") joins an incident it describes but starts none; a definite noun of a political act
(`presupposed_types`: "the suspension", "the ceasefire") that joins no incident and is not
the report's first mention names an act told in other words or known, no new one; a visit
paid at home with no foreign counterpart (`visit_lemmas`), in a report of another incident,
is a tour of its scene, no consultation. Real-news EN study predicted right 264/371 ->
262/356 (type found 327 -> 325/392), score 252/389 -> 252/386, complete unchanged.
An incident dated after the report's own day (`published`) is planned, not reported:
its mode becomes `future` ("announced a ceasefire from 15 March", "the withdrawal of
the mission by April"). The context rule reads the sentence's grammar around the
trigger (spaCy parse of the trigger's clause):

- a durative frame governed by the trigger's clause: "since ..." (not "since Monday",
  "since July 3", "since early morning": a spell of days, `_since_a_day`), a period of months or
  more ("for years", "over the past decade", "in recent months"), the perfect
  progressive ("has been fighting"), or a "since" clause on a perfect ("Since peace
  talks broke down, the rebels have carried out several bomb attacks");
- an adverb of frequency ("regularly", "repeatedly") or a count of occasions ("has been
  attacked three times");
- a running count (a phrase of the casualty stage's `running_total_phrases`, data/<language>/
  number_words.yaml: "have killed some 27 people so far", "has killed 120 people to date"): a
  total over a conflict's incidents;
- the present progressive ("are urging the government", "is supporting the police"):
  what goes on as the report is written, with no one time; not an act on a named place
  ("the Taliban are attacking in Nad Ali district", `_named_ground`): the incident told;
- the present perfect of a type with a target (`target_types`) with a bare plural
  object, no toll: a kind of target ("the ADF has burned down villages", "rights groups
  have accused both sides of atrocities", "has been accused of hitting schools");
- a series: an ordinal event noun that is definite or predicated of another event
  ("the third coup", "..., the second attack this month"); not one that states an exact
  toll of its own ("The second attack, by two bombers, killed one person": one of the
  report's attacks, told in turn);
- and, when the mention states no day and no place finer than a region (nor, for an
  event noun, a month and a place its own phrase names: "Similar clashes in Moyen-Chari in
  February left a dozen dead", "protests in Kenya in June" are one occasion's,
  `_placed_and_dated`): a vague
  plural count ("thousands", "hundreds"; not beside one event named in the simple past:
  "The attack demolished homes and left dozens injured"), a bare event-noun or mass-noun subject
  ("Attacks have killed ...", "Violence has killed ..."; not for a singular definite
  event noun: "repudiation of the cowardly attack" names one), a present-tense trigger
  verb (habitual: "jihadists attack villages"), or a plural event noun without a
  definite determiner ("attacks"; "the gunbattles that accompanied the coup" are one
  incident's; "killed at least 12 people ..., the latest in a string of attacks" is
  one event of the series, `series_nouns`, where the mention states a toll).

The words are language data (`tessera/data/assemble.yaml`): closed-class determiners,
modifiers, ordinals and time units, no event words (those come from the mentions).
"""

from tessera.assemble.incidents import assemble_incidents
from tessera.assemble.lists import split_place_lists
from tessera.assemble.mentions import MentionFacts, mention_facts
from tessera.assemble.rules import AssembleRules, default_assemble_rules
from tessera.extraction.places import dateline_span
from tessera.records import geo_precision

__all__ = [
    "AssembleRules",
    "MentionFacts",
    "assemble_incidents",
    "dateline_span",
    "default_assemble_rules",
    "geo_precision",
    "mention_facts",
    "split_place_lists",
]
