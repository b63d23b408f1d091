"""Events in French articles: trigger words and the French dependency parse -> `Event`s.

Input: the deep sentences of a French `ParsedArticle` (UD labels: nsubj, obj,
nsubj:pass, obl:agent, obl:arg, nmod, acl:relcl...), the article's places, dates and
quantities, the French actor knowledge base and the French trigger lexicon
(`data/fr/triggers.yaml`). Output: `list[Event]`, the same records as the English
stage gives, which `tessera.assemble` groups into incidents.

A trigger is a verb or noun whose lemma the lexicon lists for a PLOVER type
("attaquer", "embuscade", "se retirer", "coup d'État"). Roles: an active verb's nsubj
is the actor and its obj the recipient; a passive verb's nsubj:pass is the recipient
and its obl:agent ("par des terroristes") the actor, also where the agent is told last,
after the time and place, and the parse hangs it on a noun of those complements ("tués
lundi dans un camp de déplacés par de présumés miliciens"), and a participle that shares
the auxiliary of another ("ont été tués et 135 enlevés par X") shares its agent (`_agent`);
a time phrase opening the sentence and set off by a comma ("Ce matin, des hommes armés
ont attaqué"), which the parse may make a second subject, is not the actor (`_set_off`);
a relative pronoun stands for the
noun the clause hangs on; a participle ("..., tuant onze soldats") and a conjoined verb
without a subject take the subject of the verb they depend on; a noun takes "par X" as
actor, "contre X" (or the "à X" of "tendre une embuscade à") as recipient, and the
subject of a light verb ("ont mené une attaque"). Modes: negation ("n'a pas attaqué",
"aucun civil n'a été tué", a trigger noun's own "aucun": "il n'y a eu aucune attaque"),
the future ("attaqueront", "va se retirer", "prévoit de se retirer"), hypotheses ("si
..." , "pourrait", "craindre que") are marked; the reporting conditional of French news
("auraient été tués", "selon des sources locales") reports an event as others tell it
and is asserted, with its source. Tolls: the dead and wounded of the sentence of an
assault ("tuant onze soldats", "au moins 12 morts", "un bilan de 15 morts", "trois
soldats et huit VDP ont été tués"); a singular victim ("un soldat a été tué") is one, and
so is a singular participle of killing or dying that agrees with its victim where no
countable noun is parsed ("le maire a été assassiné", "X, 19 ans, a été abattu", "il est
mort"; not "a tué", which agrees with no one: `_one_victim`).
The attackers killed in the fight ("..., ajoutant que 63 terroristes ont été tués") are
not the assault's toll nor an event of their own unless counted with the others in one
toll; told in a sentence of their own after the attack ("Vingt terroristes ont été
neutralisés") they are the riposte, an assault with its own toll (the annotation codes
the riposte as its own item);
dead added with "également" belong to the assault of their sentence; a sentence that
only gives a toll ("Le bilan provisoire fait état de 5 morts") counts the assault told
just before when the article has given none, and one told before any assault counts the
assault of the next sentence ("Le bilan est lourd : dix morts. Des chiffres qui illustrent la
violence des affrontements ..."). A recipient coordinating different
countries ("la Guinée et le Burkina Faso sont menacés") is one event per country.
Place: the sentence's most specific place, else the latest place named before (a region
across countries, "au Sahel", only where the sentence tells no place of one country, and
never from before); a place
under a verb of saying that does not govern the trigger ("a-t-on appris ... à Niamey") is
where the news was told, never the event's; date: the sentence's date, else the article's
first dated expression before it.

Beyond that: a noun the tagger called a verb ("une tentative de coup d'État") is read as
the noun; an attempt made ("avait tenté de renverser") is told in the attempt's own mode
and a failure mark ("tenté en vain") negates it; what a verb of asking governs ("exigent
le retrait") or a noun of plan completes ("la demande de retrait") is future; a side
falling back within the assault it is told in is no retreat; nothing after a "Related
posts" / "À lire aussi" line is the report's; tolls given per side ("5 morts côté FAMa et
trois côté terroristes") are not added; a place on a verb that only mentions the event
("publié à Niamey sur cette attaque") or after a word of direction ("avant de fuir vers le
Mali") is not its place. Countries of sides: a side of a home sector (state, domestic
politics, civilians) with none of its own takes the place's country - not a dateline's,
not for a side its words call foreign ("réfugiés", "mercenaires") - and such a guess
yields to the country another event of the type states in that country; with no place,
the country the article's words name most.

Sides no phrase names: a protest with no recipient is addressed to the state of its place,
and its unnamed protesters are people of that place; a force of another country that
withdraws or deploys with no recipient acts on the country of its place (actors.yaml
place_recipient_types, foreign_place_recipient_types, read by the convention the English
extractor shares, `host_recipient`; triggers.yaml implied_actor_types); the object of a
deploying verb is the force sent, not a recipient (moved_object_types); an arrest, ban,
expulsion or curfew no one is named for is the act of the state of its place (actors.yaml
state_acts, `roles.state_actor`, shared with English), and an act only one arm of a state does
is that arm's, of its sector: a coup the army's, a prison sentence the courts', an inquiry opened
the justice's (actors.yaml arm_acts); victims killed in a clash "entre A et B" were killed by the
first side named, or by the other where the victims are of the first side's kind ("deux
soldats tués dans des heurts entre l'armée et des rebelles": `_clash_side`, `_other_side`); an
attack or abduction none of whose mentions names a target struck its place (actors.yaml
place_target_types, read on the assembled incident by the shared `roles.place_target`).
Abductions ("enlever", "prendre en otage", "l'enlèvement") are COERCE, as in English and the
ontology. A plural trigger noun with no number is a kind of act (`_generic`), except a
definite plural object of a verb that names no act, no repetition (repetition_verbs:
"multiplient les attaques") and no fear: "poursuivent les ratissages" are the story's own
operations. A verb left without a
subject right after an opening quotation mark takes the name before it ("La Cédéao « engage
... »", `_quoted_author`); the "de" complement of a noun of arrest or killing is who
suffers it ("l'arrestation du journaliste", patient_nouns), not after an adverb ("près de la
frontière"). A capital that is the trigger's subject ("Paris a envoyé des renforts à Gao")
is not its place; a line giving another story's headline after a link heading ("→ À LIRE
AUSSI : ...") codes nothing; an article that names no place, only a country's people or
state, places its events at that country. Figures of speech of violence are no assault: a
trigger noun against an ill ("le combat contre le terrorisme", abstract_targets), a verb by
a blow of fortune ("frappée par la sécheresse", abstract_agents), "exploser" whose stated
subject is no bomb, vehicle or bomber ("les prix ont explosé", the rule's `subjects`).
A second group counted with "autres" after a passive participle, its auxiliary elided ("Cinq
personnes ont été tuées et 135 autres enlevées"), suffers a second act: the participle is read
as a verb whatever the tagger made of it (`FrenchLexicon.elided_participle`, triggers.yaml
other_group_words), unless it tells the same act ("et douze autres blessés": the toll's). The
noun before an aside set off by dashes is the subject the parse gave to the closing dash
("Treize soldats – sud-africains et tanzaniens – ont été tués": `_before_aside`).
What the parse hangs on a bare day name after a verb is the verb's ("a suspendu jeudi la
diffusion de RFI", "renversé dimanche par des militaires": `_arguments`); a plural trigger
noun a verb of imposing governs in a past tense is one act ("a imposé des sanctions au
Niger", triggers.yaml imposing_verbs); a count split from its noun by the parse ("Deux
casques bleus") counts it; those a side "lost" are its dead ("a perdu quinze soldats",
lost_nouns); the neutralised are killed (kill_verbs); an adjective after the act's noun
that names a side is its author ("une frappe israélienne", "une attaque jihadiste"); a verb
of saying conjoined with another of its type and given its own object is a statement of its
own ("a condamné l'attaque et accusé le JNIM", `_second_statement`).
Dispersing with force told ("à coups de gaz lacrymogène") is an assault; a negated verb of
claiming or confirming denies only itself ("aucun groupe n'a revendiqué l'attaque",
unnegating_governors); bodies and a death count the noun they are of ("les corps de 14
civils", "a causé la mort de 12 soldats").
A trigger noun that completes a verb's rule (`object_completes`: "a suspendu sa coopération
militaire", SANCTION) is what the verb acts on, no event of its own; a first-group "-erait"
verb is a present conditional, a hypothesis, where the tagger misses the mood.
What "faire état de" reports is told as fact: a trigger noun so reported holds the central
slot of an object ("avait fait état d'un déploiement important des forces", `_reported`).

Sentence selection (`FrenchLexicon.has_trigger`) runs on tokenizer-only docs: a token
is a candidate when the model's own lemma table (lemma_lookup) maps it to a trigger
lemma, when its ending makes it a regular -er form of one ("tiré", "dispersant": the
table files many participles as adjectives), or when `forms` lists it (irregular
participles), so no conjugation table is kept here.
"""

from tessera.extraction.events_fr.extract import extract_events_fr
from tessera.extraction.events_fr.grammar import FrenchRule
from tessera.extraction.events_fr.lexicon import FrenchLexicon

__all__ = [
    "FrenchLexicon",
    "FrenchRule",
    "extract_events_fr",
]
