"""Trigger matching on real spaCy parses (sentences written for these tests)."""

from __future__ import annotations

import pytest

from eventwire.events.lexicon import default_lexicon
from eventwire.events.triggers import find_triggers, token_forms


@pytest.fixture(scope="module")
def triggers(nlp):
    lexicon = default_lexicon()

    def _find(text: str):
        doc = nlp(text)
        return [t for sent in doc.sents for t in find_triggers(sent, lexicon)]

    return _find


def codes(found) -> list[str]:
    return [t.code for t in found]


def by_word(found, word: str):
    matches = [t for t in found if t.token.text == word]
    assert matches, f"no trigger on {word!r}: {[(t.token.text, t.code) for t in found]}"
    return matches[0]


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # object words refine the verb
        ("Egypt cut ties with Qatar last year.", "cut", "161"),
        ("Washington cut aid to Cairo after the coup.", "cut", "162"),
        ("The European Union slapped sanctions on Belarus.", "slapped", "163"),
        ("The government lifted the curfew in the capital.", "lifted", "0813"),
        ("The government lifted sanctions on the airline.", "lifted", "085"),
        # particles
        ("Pakistan broke off diplomatic relations with India.", "broke", "161"),
        ("The army pulled out of the northern province.", "pulled", "0874"),
        ("Opposition leaders lashed out at the prime minister.", "lashed", "111"),
        ("The rebels finally backed down.", "backed", "080"),
        # light verbs and compounds
        ("Coalition jets carried out air strikes on the depot.", "carried", "195"),
        ("The two delegations held peace talks in Oslo.", "held", "046"),
        ("The two delegations held talks in Oslo.", "held", "040"),
        # plain verbs, wire phrasing
        ("Artillery units shelled the town overnight.", "shelled", "194"),
        ("Police detained three journalists on Monday.", "detained", "173"),
        ("The ministry condemned the attack.", "condemned", "111"),
        ("The president hailed the agreement.", "hailed", "051"),
        ("Both countries signed a trade agreement.", "signed", "057"),
        ("The court extradited the banker to Italy.", "extradited", "063"),
        ("Britain recalled its ambassador from Tehran.", "recalled", "161"),
        ("Moscow annexed the peninsula in 2014.", "annexed", "192"),
        ("Gunmen assassinated the provincial governor.", "assassinated", "186"),
        ("The government apologised for the raid.", "apologised", "055"),
        ("The senator criticised the decision.", "criticised", "111"),
        ("The leaders met in Geneva.", "met", "040"),
        ("Russia vetoed the resolution.", "vetoed", "129"),
        # passives
        ("Sanctions were imposed on the regime by the council.", "imposed", "163"),
        ("The ambassador was expelled from the country.", "expelled", "161"),
        ("The country expelled two Russian diplomats.", "expelled", "161"),
        ("The country expelled two Russian journalists.", "expelled", "174"),
    ],
)
def test_verb_triggers(triggers, text, word, code):
    assert by_word(triggers(text), word).code == code


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # bare fallbacks: the family's general code when no object word refines the verb
        ("Rebels captured part of a government stronghold on Sunday.", "captured", "192"),
        ("Gunmen wounded two soldiers near the border.", "wounded", "180"),
        ("The African Union suspended Niger after the coup.", "suspended", "160"),
        ("The militant detonated a device at the checkpoint.", "detonated", "183"),
        ("Insurgents ambushed an army convoy.", "ambushed", "190"),
        # object-refined patterns
        ("The United States paused funding to the agency.", "paused", "162"),
        ("Washington halted a shipment of bombs to Israel.", "halted", "1622"),
        ("The army retook the town from the rebels.", "retook", "192"),
        ("Troops exchanged fire across the border.", "exchanged", "193"),
        ("The soldiers fought with clubs and stones.", "fought", "182"),
        ("Israel called up 300,000 reservists for the war.", "called", "154"),
        ("Russia moved tanks to the border.", "moved", "154"),
        ("China sent warplanes into the air defence zone.", "sent", "150"),
        ("The navy began large-scale naval exercises.", "began", "150"),
        ("Japan joined the sanctions against Russia.", "joined", "163"),
        ("The government seized control of the foreign company.", "seized", "1711"),
        ("Authorities blocked access to Twitter.", "blocked", "1721"),
        ("The prosecutor opened an investigation into war crimes.", "opened", "094"),
        ("Police opened an investigation into corruption.", "opened", "091"),
        ("Investigators questioned the former premier over the scandal.", "questioned", "091"),
        ("Washington announced a package of weapons for Kyiv.", "announced", "072"),
        ("Bolivia handed over the fugitive to Italian authorities.", "handed", "063"),
        ("The junta ordered the French troops out of the country.", "ordered", "166"),
        ("Japan voiced concern over the military buildup.", "voiced", "110"),
        ("The king sent a message of condolence to the president.", "sent", "018"),
        ("The group claimed responsibility for the bombing.", "claimed", "015"),
        ("America stands with Taiwan.", "stands", "051"),
        # light verb + noun
        ("Opposition lawmakers staged a walkout.", "staged", "140"),
        ("China lodged a protest with Japan.", "lodged", "114"),
        ("Modi paid a visit to Moscow.", "paid", "042"),
        ("The leaders held a phone call on Monday.", "held", "041"),
        ("Iran issued a warning to Israel.", "issued", "130"),
        ("Police made dozens of arrests overnight.", "made", "173"),
        # an ultimatum: the hours hang from the verb, not from its object
        ("Venezuela gave the diplomats 24 hours to leave.", "gave", "139"),
        # mass killing: a count of thousands, in words or in figures
        ("The militia killed thousands of civilians.", "killed", "202"),
        ("The soldiers killed tens of thousands of civilians.", "killed", "202"),
        ("The forces killed about 8,000 men and boys.", "killed", "202"),
        ("Gunmen killed 27 civilians.", "killed", "180"),
        ("Gunmen killed the villagers.", "killed", "180"),
        # idioms with a bare noun object
        ("Zambia played host on Monday to the South African leader.", "played", "043"),
        ("Rebels laid waste to the town.", "laid", "1712"),
        # undoing restrictions, widening freedoms
        ("The constitutional court cancelled restrictions on the opposition press.",
         "cancelled", "081"),
        ("The president took steps to expand political freedoms.", "expand", "081"),
    ],
)
def test_wire_verbs(triggers, text, word, code):
    assert by_word(triggers(text), word).code == code


@pytest.mark.parametrize(
    "text",
    [
        "Spain beat Germany 1-0 in the final.",  # no bare "beat": sport is no assault
        "The man committed suicide in his cell.",  # wrap-only frame verbs alone
        "The two firms resolved the issue.",
        "He pressed the button.",
        "He asked a question.",
        "Exports declined by 5 percent.",
        "The army opened the road to traffic.",  # "open" frames only as an adjective
        "Inspectors worked in the country for years.",  # "work with" needs its object
    ],
)
def test_no_trigger(triggers, text):
    assert triggers(text) == []


def test_wrap_only_verbs_still_frame_a_clause(triggers):
    found = triggers("The general ordered the troops to withdraw.")
    trig = by_word(found, "withdraw")
    assert (trig.code, trig.frame.name) == ("1056", "demand")
    trig = by_word(triggers("The junta resolved to hold elections."), "resolved")
    assert trig.frame is not None and trig.code == "030"


def test_a_particle_has_no_object(triggers):
    # "gave … in Niger": a preposition, not the "give in" particle
    found = triggers("ECOWAS gave the junta in Niger one week to restore the president.")
    assert by_word(found, "gave").code == "139"
    assert by_word(triggers("The government gave in to the demands."), "gave").code == "080"


def test_own_pattern_with_a_specific_code_beats_the_frame(triggers):
    found = triggers("The militants vowed revenge for the attack.")
    assert by_word(found, "vowed").code == "130"
    assert all(t.frame is None for t in found)  # "attack" is no vowed attack
    found = triggers("Kim pledged full support for Russia's military campaign.")
    assert by_word(found, "pledged").code == "032"
    # an own pattern with the frame's plain code only names the kind of act
    assert by_word(triggers("Pyongyang rejected Seoul's offer of talks."), "talks").code == "125"


def test_object_and_particle_are_consumed(triggers):
    trig = by_word(triggers("Pakistan broke off diplomatic relations with India."), "broke")
    doc = trig.token.doc
    assert {doc[i].text for i in trig.consumed} >= {"broke", "off", "relations"}
    assert trig.object_token.text == "relations"
    # the noun object is part of the verb's event, not an event of its own
    found = triggers("Both countries signed a peace agreement in May.")
    assert codes(found) == ["057"]
    assert "agreement" in by_word(found, "signed").words


def test_target_preposition_is_reported(triggers):
    trig = by_word(triggers("The European Union slapped sanctions on Belarus."), "slapped")
    assert trig.target_prep == "on"
    assert trig.pattern.origin.startswith("verbs.yaml:")


def test_most_specific_pattern_wins(triggers):
    # "carry out [air_strike]" (195) beats "carry out [strike]" (190)
    air = by_word(triggers("Jets carried out air strikes on the base."), "carried")
    ground = by_word(triggers("Commandos carried out a strike on the base."), "carried")
    assert (air.code, ground.code) == ("195", "190")
    assert air.pattern.code != ground.pattern.code


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Russia's invasion of Ukraine began in February.", "invasion", "190"),
        ("The Israeli air strikes killed ten people.", "strikes", "195"),
        ("Peace talks resumed in Doha.", "talks", "046"),
        ("The hunger strike entered its third week.", "strike", "142"),
        ("The general strike paralysed the capital.", "strike", "143"),
        ("A state of emergency is in force.", "state", "1724"),
        ("The cease-fire violations continued.", "violations", "196"),
    ],
)
def test_noun_triggers(triggers, text, word, code):
    assert by_word(triggers(text), word).code == code


def test_noun_target_preposition(triggers):
    trig = by_word(triggers("Russia's invasion of Ukraine began in February."), "invasion")
    assert trig.target_prep == "of"
    assert trig.pattern.pos == "NOUN"


def test_idioms_do_not_trigger(triggers):
    assert triggers("He suffered a heart attack on Tuesday.") == []
    assert codes(triggers("The agency released a report on Monday.")) == []
    assert codes(triggers("The firm met the deadline.")) == []


@pytest.mark.parametrize(
    ("text", "word", "code", "frame"),
    [
        ("Obama pledged to provide economic aid to Haiti.", "provide", "0331", "intend"),
        ("Iran is ready to resume talks with the West.", "resume", "036", "intend"),
        ("The UN urged both sides to sign the peace deal.", "sign", "027", "appeal"),
        ("The envoy implored both sides to negotiate.", "negotiate", "026", "appeal"),
        ("The court ordered the release of the journalist.", "release", "1053", "demand"),
        ("The rebels spurned the peace plan.", "plan", "127", "reject"),
        ("Protesters demanded that the president resign.", "resign", "1041", "demand"),
        ("Iran threatened to retaliate against Israel.", "retaliate", "1384", "threaten"),
        ("Israel rejected calls for a ceasefire.", "calls", "1246", "reject"),
        ("The junta refused to release the activists.", "release", "1243", "reject"),
        ("The rebels vowed to attack the capital.", "attack", "1384", "intend"),
    ],
)
def test_frames_recode_the_embedded_action(triggers, text, word, code, frame):
    trig = by_word(triggers(text), word)
    assert trig.code == code
    assert trig.frame is not None and trig.frame.name == frame
    assert trig.frame_token is not None and trig.frame_token.i in trig.consumed


def test_frame_verb_alone_has_the_frame_default(triggers):
    trig = by_word(triggers("The bishop urged caution."), "urged")
    assert trig.code == "020"
    assert trig.frame is not None and trig.frame.name == "appeal"


def test_frame_verb_with_its_own_pattern(triggers):
    # "call for [talk]" and "demand [release]" name the embedded noun themselves
    assert by_word(triggers("Hamas called for talks with Israel."), "called").code == "026"
    found = triggers("Protesters demanded the release of the prisoners.")
    assert by_word(found, "demanded").code == "1053"
    assert "release" not in [t.token.text for t in found]
    # "threaten [*] with [sanction]" is written for this object: it wins over the frame
    trig = by_word(triggers("Russia threatened Ukraine with sanctions."), "threatened")
    assert trig.code == "1312"


def test_a_reversing_prefix_is_not_dropped(triggers):
    # whatever spaCy makes of "de-escalate", it must never read as "escalate"
    assert "1246" not in codes(triggers("Both sides agreed to de-escalate tensions."))


def test_auxiliaries_do_not_trigger(triggers):
    found = triggers("The talks have been held in Vienna.")
    assert all(t.token.pos_ != "AUX" for t in found)


def test_quantity_heads_are_looked_through(triggers):
    trig = by_word(triggers("Police dispersed dozens of protesters in the square."), "dispersed")
    assert trig.code == "175"
    assert trig.object_token.text == "protesters"


def test_arresting_protesters_is_an_arrest_not_violent_repression(triggers):
    trig = by_word(triggers("Police arrested dozens of protesters in the square."), "arrested")
    assert trig.code == "173"


def test_a_list_of_objects_chained_by_the_parser_is_looked_through(triggers):
    """ "scrapped mass testing, quarantine camps and most travel curbs": the third object
    names what is eased, whether the parser hangs it on the first or on the second."""
    found = triggers("China on Wednesday scrapped mass testing, quarantine camps and most "
                     "domestic travel curbs.")
    assert by_word(found, "scrapped").code == "081"


def test_token_forms_count_thousands(nlp):
    doc = nlp(
        "They killed about 8,000 Muslim men. They killed 1.5 million people. "
        "They killed 27 people."
    )
    men, people, few = (t for t in doc if t.lower_ in {"men", "people"})
    assert "thousand_man" in token_forms(men)
    assert "million_people" in token_forms(people)
    assert not any(form.startswith(("thousand", "million")) for form in token_forms(few))


def test_sentence_spans_see_the_same_children_as_spacy(nlp):
    from eventwire.events.triggers import _Sentence

    doc = nlp("Iran freed two sailors. The navy seized a tanker off the coast on Monday.")
    for sent in doc.sents:
        memo = _Sentence(doc, sent)
        for token in sent:
            assert [c.i for c in memo.children(token)] == [c.i for c in token.children]
            assert memo.token_at(token.i).i == token.i


def test_token_forms_join_compounds(nlp):
    doc = nlp("The cease-fire held while heavy air strikes continued.")
    forms = token_forms(doc[3 if doc[3].text == "fire" else 1])
    assert "ceasefire" in forms
    strikes = next(t for t in doc if t.text == "strikes")
    forms = token_forms(strikes)
    assert {"strike", "air_strike", "airstrike"} <= forms.keys()


def test_a_date_is_no_object_of_a_wildcard_slot(nlp):
    from eventwire.events.lexicon import default_lexicon
    from eventwire.events.triggers import find_triggers

    doc = nlp("The army fired on Thursday.")
    found = find_triggers(doc[:], default_lexicon())
    assert not any(t.pattern.text == "fire on [*]" for t in found)


def test_a_light_verb_takes_its_objects_more_specific_code(nlp):
    from eventwire.events.lexicon import default_lexicon
    from eventwire.events.triggers import find_triggers

    lexicon = default_lexicon()
    found = find_triggers(nlp("The Pentagon announced a new military aid package for Ukraine.")[:],
                          lexicon)
    assert [t.code for t in found] == ["072"]
    found = find_triggers(nlp("Germany announced an aid package for Syria.")[:], lexicon)
    assert [t.code for t in found] == ["070"]
