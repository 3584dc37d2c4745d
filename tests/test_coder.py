"""The event coder on sentences written for these tests: grammar, modality, attribution.

Each test states the (source country, target country, CAMEO root) the sentence must give, and
where it matters what it must not give.  The sentences are the project's own.
"""

from __future__ import annotations

import pytest


def triples(events):
    def c(a):
        return (a.get("code") or "")[:3] if a else None

    return {(c(e["source"]), c(e["target"]), e["cameo"]["code"][:2]) for e in events}


def acts(events, level="code"):
    """(source country, CAMEO code or root, target country or "") of each event."""
    return {(e["source"]["code"][:3], e["cameo"][level], (e["target"] or {}).get("code", "")[:3])
            for e in events}


@pytest.mark.parametrize(
    "text, expected",
    [
        # active voice, direct object
        ("Russian forces attacked Ukraine on Tuesday, the defence ministry in Kyiv said.",
         ("RUS", "UKR", "19")),
        # passive with agent
        ("A Turkish border post was shelled by Syrian troops overnight.", ("SYR", "TUR", "19")),
        # apposition and title
        ("French President Emmanuel Macron condemned Iran over the arrest of two aid workers.",
         ("FRA", "IRN", "11")),
        # possessive nominalisation
        ("Officials discussed the consequences of Russia's invasion of Ukraine.",
         ("RUS", "UKR", "19")),
        # object control: the object of "urged" is who is asked
        ("Germany urged Iran to resume talks on its nuclear programme.", ("DEU", "IRN", "02")),
        # light verb + event noun
        ("Israel carried out air strikes on Lebanon late on Sunday.", ("ISR", "LBN", "19")),
        # object refinement: cutting ties
        ("Ecuador cut diplomatic ties with Nicaragua on Friday.", ("ECU", "NIC", "16")),
        # capital metonym
        ("Beijing accused Washington of interfering in its internal affairs.",
         ("CHN", "USA", "11")),
        # relative clause: the antecedent acts
        ("Sweden, which expelled two Russian diplomats last week, said it would not back down.",
         ("SWE", "RUS", "16")),
    ],
)
def test_grammar_cases(code, text, expected):
    assert expected in triples(code(text))


def test_coordinated_subjects_and_reciprocal_agreement(code):
    events = code("Armenia and Azerbaijan signed a peace agreement in Washington on Friday.")
    got = triples(events)
    assert ("ARM", "AZE", "05") in got and ("AZE", "ARM", "05") in got


def test_meeting_is_reciprocal(code):
    got = triples(code("Indian Prime Minister Narendra Modi met Chinese President Xi Jinping "
                       "in Kazan on Wednesday."))
    assert ("IND", "CHN", "04") in got and ("CHN", "IND", "04") in got


def test_coordinated_sources_each_get_the_event(code):
    got = triples(code("France and Germany condemned the missile test by North Korea."))
    assert ("FRA", "PRK", "11") in got and ("DEU", "PRK", "11") in got


def test_reported_speech_is_the_reported_actors_event(code):
    events = code("Xinhua reported that Vietnam had seized a Chinese fishing boat.")
    assert ("VNM", "CHN", "17") in triples(events) or ("VNM", "CHN", "18") in triples(events)
    ev = next(e for e in events if e["source"]["code"].startswith("VNM"))
    assert ev["reported_by"] and ev["reported_by"]["code"].startswith("CHN")
    assert not any(e["source"]["code"].startswith("CHN") for e in events)


@pytest.mark.parametrize(
    "text, modality",
    [
        ("Pakistan did not attack India, the army said.", "negated"),
        ("Iran could retaliate against Israel, analysts warned.", "hypothetical"),
        ("Japan will impose sanctions on North Korea next month.", "future"),
        ("Poland plans to expel Belarusian diplomats.", "intended"),
        ("Chile expelled Venezuelan diplomats on Monday.", "asserted"),
    ],
)
def test_modality(code, text, modality):
    events = code(text)
    assert events, text
    assert events[0]["modality"] == modality


def test_threat_is_a_threaten_event_not_an_attack(code):
    got = triples(code("North Korea threatened to attack South Korea."))
    assert ("PRK", "KOR", "13") in got
    assert ("PRK", "KOR", "19") not in got


def test_no_actor_no_event(code):
    assert code("Heavy rain fell across the region on Monday, flooding several roads.") == []


def test_objects_of_in_are_not_targets(code):
    events = code("Egyptian police arrested dozens of protesters in Cairo after the match.")
    for e in events:
        assert (e["target"] or {}).get("text") != "Cairo"


def test_statement_alone_is_not_an_event_without_anyone_addressed(code):
    assert code("The Brazilian foreign minister said the weather was fine.") == []


def test_every_event_has_the_schema_fields(code):
    events = code("Russia invaded Ukraine.", published="2022-02-24")
    assert events
    e = events[0]
    for key in ("event_id", "doc_id", "sentence_index", "span", "evidence", "source", "target",
                "cameo", "plover", "date", "date_precision", "date_basis", "modality",
                "reported_by", "quote", "locations", "confidence", "coder"):
        assert key in e
    assert e["cameo"]["quad_class"] == 4 and e["plover"]["type"] == "ASSAULT"
    assert e["date"] == "2022-02-24" and e["date_basis"] == "publication"
    assert 0 < e["confidence"] < 1


def test_a_dateline_is_not_an_actor(code):
    events = code("KYIV, March 3 - Russian forces shelled Kharkiv overnight, the governor said.",
                  published="2022-03-03")
    assert events and all(e["source"]["code"].startswith("RUS") for e in events)


def test_sport_is_not_war(code):
    assert code("DOHA, Dec 10 - Morocco beat Portugal 1-0 to reach the World Cup semi-finals.",
                published="2022-12-10") == []


@pytest.mark.parametrize("text, published, expected", [
    # "League" names parties and IGOs, not only sport
    ("The Arab League condemned Israel's air strikes on Gaza.", "2009-01-01",
     ("IGO", "ISR", "11")),
    ("Burmese troops arrested 20 members of the National League for Democracy in Rangoon.",
     "1996-05-22", ("MMR", "MMR", "17")),
    # a hostile act at a match is still an act; only the contest itself is sport
    ("Egyptian police detained two Muslim Brotherhood leaders at a football match in Cairo.",
     "2005-03-01", ("EGY", "EGY", "17")),
    ("Syria rejected an Arab League plan on Monday.", "2011-11-01", ("SYR", "IGO", "12")),
    ("Awami League activists clashed with police in Dhaka on Sunday.", "2013-02-10",
     ("BGD", "BGD", "14")),
])
def test_sport_words_do_not_silence_other_hostile_acts(code, text, published, expected):
    assert expected in triples(code(text, published=published))


def test_the_bundled_sports_report_codes_no_event(code):
    # crowds pouring into the streets after a match celebrate; they do not dissent
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "examples" / "morocco_world_cup_no_event.txt"
    assert code(path.read_text(encoding="utf-8"), published="2022-12-10") == []


def test_a_protest_that_names_the_world_cup_is_still_a_protest(code):
    events = code("More than a million Brazilians took to the streets of over 100 cities on "
                  "Thursday night to protest against corruption and the billions spent on next "
                  "year's World Cup, police said.", published="2013-06-21")
    assert ("BRA", "BRA", "14") in triples(events)


def test_a_team_attacking_in_the_second_half_is_sport(code):
    assert code("The German team attacked relentlessly in the second half but could not break "
                "down the Italian defence.", published="2012-06-28") == []


@pytest.mark.parametrize("text, expected", [
    ("An aid group condemned Croatia on Wednesday.", ("NGO", "HRV", "11")),
    ("A human rights group sharply criticised Belarus on Friday.", ("NGO", "BLR", "11")),
    ("Sudan expelled 13 aid agencies from Darfur on Wednesday.", ("SDN", "NGO", "16")),
    # a country word or a place says whose they are
    ("A Swiss aid group criticised Croatia on Wednesday.", ("CHE", "HRV", "11")),
])
def test_aid_and_rights_groups_without_a_country_are_ngos(code, text, expected):
    assert expected in triples(code(text, published="2009-03-05"))


@pytest.mark.parametrize("text, expected", [
    ("The Security Council on Friday rejected a request for more peacekeepers to be sent "
     "to Haiti.", ("IGO", "HTI", "12")),
    ("Canada agreed on Monday to a two-year extension of its training mission in Latvia.",
     ("CAN", "LVA", "03")),
])
def test_a_foreign_place_an_act_is_about_is_its_target(code, text, expected):
    assert expected in triples(code(text, published="2011-05-06"))


@pytest.mark.parametrize("text", [
    "The Arab League met in Cairo on Monday.",  # a venue
    "The Organisation of African Unity signed an agreement in Lusaka on Monday.",
])
def test_a_venue_is_no_target(code, text):
    assert all(e["target"] is None or e["target"]["country"] not in {"EGY", "ZMB"}
               for e in code(text, published="2011-05-06"))


@pytest.mark.parametrize("text, target", [
    ("Zambia reneged on its commitment to Angola on Tuesday.", "AGO"),
    ("Zambia backed out of its agreement with Angola on Tuesday.", "AGO"),
    # a domestic promise: whom it was made to
    ("President Levy Mwanawasa has reneged on his commitment to the Zambian people to hold "
     "elections under a new constitution.", "ZMB"),
])
def test_a_promise_reneged_on_is_a_rejection_of_whom_it_was_made_to(code, text, target):
    events = code(text, published="2005-03-01")
    assert [(e["cameo"]["root"], e["target"]["country"]) for e in events] == [("12", target)]


def test_pressure_to_act_is_a_demand_for_the_act(code):
    events = code("The authorities pressured the bus drivers' union on Monday to call off its "
                  "strike in Tehran.", published="2006-01-02")
    assert {e["cameo"]["code"] for e in events} == {"1052"}


@pytest.mark.parametrize("text", [
    "Hungary and Austria signed an agreement on Monday to expand trade by 30 percent.",
    "Hungary and Austria signed an agreement on Monday that will expand trade by 30 percent.",
])
def test_what_an_agreement_provides_for_is_its_content(code, text):
    events = code(text, published="1989-05-02")
    assert {e["cameo"]["code"] for e in events} == {"057"}


@pytest.mark.parametrize("text, expected", [
    ("President Moi lifted on Friday the curfew imposed on Mombasa after the riots.", "0813"),
    ("The junta freed 40 students arrested during the protests in Rangoon last month.", "0841"),
])
def test_a_participle_telling_the_history_of_an_object_is_no_event(code, text, expected):
    assert [e["cameo"]["code"] for e in code(text, published="1990-09-14")] == [expected]


def test_prepared_to_is_willing_to(code):
    events = code("President Abdelaziz Bouteflika said he is prepared to lift the ban on the "
                  "Islamic Salvation Front.", published="1999-09-20")
    assert [(e["cameo"]["root"], e["modality"], e["target"]["code"]) for e in events] == [
        ("03", "intended", "DZAREB")]


@pytest.mark.parametrize("text", [
    "Rwandan and Ugandan troops battled each other with tanks in the Congolese city of "
    "Kisangani on Sunday.",
    "Rwanda and Uganda accused one another on Sunday of stoking the war in Congo.",
])
def test_each_other_is_the_sources_acting_on_one_another(code, text):
    got = {(s, t) for s, t, _ in triples(code(text, published="2000-06-05"))}
    assert got == {("RWA", "UGA"), ("UGA", "RWA")}


def test_a_passive_act_on_someones_orders_is_theirs(code):
    events = code("Two opposition leaders were freed on Monday on the orders of the Nigerian "
                  "military ruler.", published="1998-06-15")
    assert [(e["source"]["code"], e["cameo"]["code"]) for e in events] == [("NGAGOV", "0841")]


@pytest.mark.parametrize("text, expected", [
    # the state they fight places rebels; the foreigners they hold do not
    ("Rebels ambushed a Ugandan army convoy on Monday.", ("UGA", "UGA", "19")),
    ("The rebels freed three Italian aid workers on Monday.", None),
])
def test_where_rebels_without_a_country_belong(code, text, expected):
    got = triples(code(text, published="1998-06-15"))
    assert (expected in got) if expected else not any(s == "ITA" for s, _, _ in got)


def test_whoever_planted_the_bomb_is_the_attacker(code):
    events = code("A roadside bomb planted by Taliban insurgents killed three Canadian soldiers "
                  "in Kandahar province on Saturday.", published="2006-08-05")
    assert [(e["source"]["code"], e["cameo"]["code"], e["target"]["code"]) for e in events] == [
        ("AFGREB", "1833", "CANMIL")]


def test_a_meeting_spoken_to_is_where_something_was_said(code):
    events = code('"We shall not negotiate with the PLO," Israeli Prime Minister Yitzhak Shamir '
                  "told a meeting of his Likud party in Tel Aviv on Sunday.",
                  published="1989-03-12")
    assert {e["cameo"]["root"] for e in events} == {"12"}


@pytest.mark.parametrize("text, expected", [
    # people seized are taken hostage
    ("Rebels seized nearly 500 U.N. peacekeepers in Sierra Leone on Monday.",
     ("SLE", "IGO", "181")),
    ("Gunmen seized two British aid workers in Chechnya on Friday.", ("RUS", "GBR", "181")),
    # property seized with no owner named is taken from the seizer's own people
    ("Zimbabwe's government seized 3,000 white-owned farms on Friday.", ("ZWE", "ZWE", "1711")),
])
def test_what_is_seized(code, text, expected):
    got = {(e["source"]["code"][:3], e["target"]["code"][:3], e["cameo"]["code"])
           for e in code(text, published="2000-05-08")}
    assert expected in got


def test_a_regime_an_event_happened_under_is_its_setting(code):
    events = code("President Patricio Aylwin apologised on Monday to Chile's victims of torture "
                  "under General Augusto Pinochet's military rule.", published="1991-03-04")
    assert {e["cameo"]["root"] for e in events} == {"05"}


def test_an_inquiry_into_the_armys_role_aims_at_the_sources_own_army(code):
    events = code("Israel's cabinet set up a commission of inquiry on Tuesday into the army's "
                  "role in the massacre of hundreds of Palestinians by Christian militiamen.",
                  published="1982-09-28")
    assert [(e["cameo"]["root"], e["target"]["code"]) for e in events] == [("09", "ISRMIL")]


@pytest.mark.parametrize("text, published, expected", [
    # what an act ends is its outcome
    ("China and Taiwan launched direct flights across the Taiwan Strait on Monday, ending a ban "
     "imposed in 1949.", "2008-12-15", {("CHN", "TWN", "061"), ("TWN", "CHN", "061")}),
    ("Iraq let U.N. weapons inspectors back into the country on Friday, ending a three-week "
     "standoff.", "1997-11-21", {("IRQ", "IGO", "0862")}),
    # what accords provide for is their content, however the clause is parsed
    ("Angola, Cuba and South Africa signed accords in New York on Thursday that provide for "
     "Namibia's independence and the withdrawal of Cuban troops from Angola.", "1988-12-22",
     {(a, b, "057") for a in ("AGO", "CUB", "ZAF") for b in ("AGO", "CUB", "ZAF") if a != b}),
    # chemical weapons dropped on one's own town hit its people
    ("Iraqi aircraft bombed the Kurdish town of Halabja with chemical weapons last week.",
     "1988-03-23", {("IRQ", "IRQ", "2041")}),
    ("President Clinton clamped a total trade embargo on Iran on Sunday.", "1995-05-01",
     {("USA", "IRN", "163")}),
])
def test_more_wire_cases(code, text, published, expected):
    got = {(e["source"]["code"][:3], e["target"]["code"][:3], e["cameo"]["code"])
           for e in code(text, published=published)}
    assert got == expected


@pytest.mark.parametrize("text, published, expected", [
    # a strike "at" mines says where, and is against the authorities
    ("More than 200,000 black miners went on strike at South African gold and coal mines on "
     "Monday.", "1987-08-10", ("ZAFLAB", "14", "ZAFGOV")),
    # a protest at a foreign embassy is aimed at its state
    ("Thousands of Serbs protested outside the U.S. embassy in Belgrade on Sunday.",
     "1999-03-28", ("SRB", "14", "USAGOV")),
    # a following is of its leader's country
    ("Thousands of coca growers led by congressman Evo Morales blocked the main highway on "
     "Monday to protest against the government's eradication campaign.", "1995-04-10",
     ("BOLAGR", "14", "BOLGOV")),
])
def test_who_protests_and_against_whom(code, text, published, expected):
    events = code(text, published=published)
    assert expected in {(e["source"]["code"], e["cameo"]["root"], e["target"]["code"])
                        for e in events}


def test_a_relative_clause_dated_years_back_is_background(code):
    events = code("Pope John Paul II visited Mehmet Ali Agca, the Turkish gunman who tried to kill "
                  "him in 1981, in a Rome prison on Tuesday.", published="1983-12-27")
    assert {e["cameo"]["root"] for e in events} == {"04"}


def test_a_verb_tagged_as_a_name_is_still_a_verb(code):
    events = code("Brazil's Chamber of Deputies voted overwhelmingly on Tuesday to impeach "
                  "President Fernando Collor de Mello on corruption charges.",
                  published="1992-09-29")
    assert [(e["source"]["code"], e["cameo"]["code"], e["target"]["code"]) for e in events] == [
        ("BRALEG", "1121", "BRAGOV")]


@pytest.mark.parametrize("text, published, expected", [
    # the own country at large is passed over for the party of the condition
    ("Hamas threatened on Monday to withdraw from the negotiations on a Gaza ceasefire unless "
     "Israel halted its offensive in Rafah.", "2024-05-06", ("PSE", "ISR", "134")),
    # a participle read as a reduced relative of the sentence's root noun is the main verb
    ("Nigeria's main labour unions threatened on Thursday to call a nationwide strike unless "
     "the government reversed the removal of petrol subsidies.", "2023-06-01",
     ("NGA", "NGA", "133")),
    # repression threatened falls on the source's own people
    ("Belarusian leader Alexander Lukashenko threatened on Sunday to crush the protests against "
     "his re-election.", "2020-08-10", ("BLR", "BLR", "137")),
])
def test_whom_a_threat_is_aimed_at(code, text, published, expected):
    got = {(e["source"]["code"][:3], e["target"]["code"][:3], e["cameo"]["code"])
           for e in code(text, published=published)}
    assert expected in got


@pytest.mark.parametrize("text, published, expected", [
    # a facility named after its town is in that town's country
    ("Israeli missiles struck Damascus International Airport early on Monday.", "2019-01-21",
     ("ISR", "SYR", "19")),
    # whom a strike killed is whom it hit
    ("At least 33 Turkish soldiers were killed in an air strike by Syrian government forces in "
     "Idlib on Thursday.", "2020-02-28", ("SYR", "TUR", "19")),
])
def test_what_force_hits(code, text, published, expected):
    assert expected in triples(code(text, published=published))


@pytest.mark.parametrize("text, published, expected", [
    # the name in apposition when the description is only the source's own
    ("South Sudanese President Salva Kiir accused his sacked deputy Riek Machar on Monday of "
     "plotting a coup.", "2013-12-16", ("SSDGOV", "112", "SSDREB")),
    # a curfew on one's own capital falls on its people
    ("South Sudanese President Salva Kiir imposed a dusk-to-dawn curfew on the capital Juba on "
     "Monday.", "2013-12-16", ("SSDGOV", "1723", "SSDCVL")),
    ("Iran's Guardian Council barred former President Akbar Hashemi Rafsanjani from running in "
     "the presidential election on Tuesday.", "2013-05-21", ("IRNGOV", "1722", "IRNELI")),
])
def test_domestic_acts_and_their_targets(code, text, published, expected):
    events = code(text, published=published)
    assert expected in {(e["source"]["code"], e["cameo"]["code"][:len(expected[1])],
                         e["target"]["code"]) for e in events}


@pytest.mark.parametrize("text, published, expected", [
    # a show of force is aimed at whom its purpose names, not at the forces sent
    ("Indian authorities sent thousands of extra paramilitary police into Srinagar on Sunday to "
     "contain mounting protests by Muslim separatists.", "1990-01-21", ("IND", "15", "IND")),
    # … or at the people where it is made
    ("Zimbabwe deployed soldiers and armed riot police in Harare and Bulawayo on Monday to "
     "crush a week of mass protests.", "2016-07-11", ("ZWE", "15", "ZWE")),
    # killing a named person is an assassination, shooting and wounding one an attempt
    ("Guinea-Bissau's President Joao Bernardo Vieira was shot dead by renegade soldiers at his "
     "home in Bissau on Monday.", "2009-03-02", ("GNB", "186", "GNB")),
    ("A 71-year-old man shot and wounded Slovak Prime Minister Robert Fico in Handlova on "
     "Wednesday.", "2024-05-15", ("SVK", "185", "SVK")),
])
def test_force_and_its_targets(code, text, published, expected):
    got = {(e["source"]["code"][:3], e["cameo"]["code"][:len(expected[1])],
            e["target"]["code"][:3]) for e in code(text, published=published)}
    assert expected in got
    if expected[1] == "15":  # and nobody dissents in a show of force
        assert not any(c.startswith("14") for _, c, _ in got)


@pytest.mark.parametrize("text, published, expected", [
    # what one apologises for, or claims, is the topic
    ("Turkish President Tayyip Erdogan has apologised to Vladimir Putin for the downing of a "
     "Russian warplane near the Syrian border, the Kremlin said on Monday.", "2016-06-27",
     {"055"}),
    ("Somalia's al Shabaab militants claimed responsibility on Saturday for an attack on a "
     "Kenyan army base.", "2016-01-16", {"015"}),
    # what findings conclude is not asserted by whoever dismisses them
])
def test_topics_of_apologies_and_claims(code, text, published, expected):
    assert {e["cameo"]["code"] for e in code(text, published=published)} == expected


def test_what_findings_conclude_is_not_asserted(code):
    events = code("North Korea on Thursday dismissed the findings of international investigators "
                  "that one of its submarines had torpedoed the South Korean warship Cheonan.",
                  published="2010-05-20")
    assert events and not any(e["cameo"]["root"] in {"18", "19"} for e in events)


@pytest.mark.parametrize("text, published, expected", [
    # what an act answers is its cause
    ("Georgia severed diplomatic relations with Russia on Friday in protest at Moscow's "
     "recognition of the breakaway regions of South Ossetia and Abkhazia.", "2008-08-29",
     {("GEO", "161", "RUS")}),
    # what a show of force is for is no event of its own; shown at home, it is shown to the
    # people there
    ("Spain's interior ministry is sending thousands of extra police officers to Catalonia to "
     "stop a banned independence referendum, officials said on Friday.", "2017-09-22",
     {("ESP", "153", "ESP")}),
])
def test_causes_and_aims_are_no_events(code, text, published, expected):
    got = {(e["source"]["code"][:3], e["cameo"]["code"], e["target"]["code"][:3])
           for e in code(text, published=published)}
    assert got == expected


def test_aid_ferried_to_people_in_a_countrys_region(code):
    events = code("U.S. Navy helicopters began ferrying food and water to tsunami survivors in "
                  "Indonesia's Aceh province on Saturday.", published="2005-01-01")
    assert ("USA", "IDN", "07") in triples(events)


@pytest.mark.parametrize("text, published, expected", [
    # who reports it is no other party that would make "rebels" foreign
    ("Syrian forces could use chemical weapons against rebels in the coming days, U.S. "
     "officials said on Monday.", "2013-08-05", {("SYR", "SYR")}),
    # a kind of act named by a role modifier is no actor: the two armies exercise together
    ("Thousands of U.S. and Egyptian troops began joint military exercises in Egypt's western "
     "desert on Saturday, an Egyptian military spokesman said.", "1985-08-24",
     {("USA", "EGY"), ("EGY", "USA")}),
])
def test_roles_with_no_country_named(code, text, published, expected):
    assert {(s, t) for s, t, _ in triples(code(text, published=published))} == expected


def test_nature_acts_for_nobody(code):
    assert code("Chile's Calbuco volcano erupted on Wednesday, forcing some 4,000 people to leave "
                "their homes.", published="2015-04-23") == []


def test_a_second_act_misattached_to_a_demand_is_the_demanders(code):
    events = code("The U.N. Security Council demanded on Wednesday that Ethiopia and Eritrea halt "
                  "their border war at once and imposed an arms embargo on both countries.",
                  published="2000-05-17")
    got = {(e["source"]["code"][:3], e["cameo"]["code"], e["target"]["code"][:3]) for e in events}
    assert {("IGO", "163", "ETH"), ("IGO", "163", "ERI"), ("IGO", "1056", "ETH")} <= got


@pytest.mark.parametrize("text, published, expected, modality", [
    # a past tense hung on the gerund of a charge is the accuser's own second act, asserted
    ("Peruvian President Alberto Fujimori accused the Shining Path on Sunday of trying to "
     "sabotage the elections and imposed a curfew on the city of Ayacucho.", "1992-11-22",
     ("PER", "1723", "PER"), "asserted"),
    # … and hung on a demanded base form, it is a main act with the demand's other side
    ("Greece demanded on Monday that Turkey withdraw its survey ship from the Aegean and "
     "dispatched three frigates to the area.", "1987-03-30", ("GRC", "150", "TUR"), "asserted"),
])
def test_a_past_tense_misattached_below_a_nonfinite_verb(code, text, published, expected,
                                                           modality):
    events = code(text, published=published)
    got = {(e["source"]["code"][:3], e["cameo"]["code"], e["target"]["code"][:3]): e["modality"]
           for e in events if e["target"]}
    assert got.get(expected) == modality, got


def test_a_plain_second_verb_does_not_guess_the_other_actor(code):
    # "will bring suspects to trial": its own suspects, not the Serbs the first act names
    events = code("Croatia said on Monday it was investigating killings of Serb civilians by "
                  "its soldiers and would bring the suspects to trial.", published="1995-10-02")
    assert not any(e["target"] and e["target"]["code"].startswith("SRB")
                   and e["cameo"]["root"] == "13" for e in events)


def test_an_envoy_sent_is_a_directed_act(code):
    events = code("Iran sent an envoy to Baghdad on Sunday.", published="1990-08-12")
    assert {(e["source"]["code"][:3], e["target"]["code"][:3]) for e in events} == {
        ("IRN", "IRQ")}


def test_an_outcome_hung_on_the_verb_of_the_act(code):
    events = code("Brazil's Chamber of Deputies voted on Tuesday to impeach President Fernando "
                  "Collor de Mello, suspending him from office.", published="1992-09-29")
    assert {e["cameo"]["root"] for e in events} == {"11"}


def test_what_an_act_ends_is_its_outcome(code):
    events = code("The two leaders signed a peace accord in Kathmandu on Tuesday, formally ending "
                  "a decade-long insurgency that killed more than 13,000 people.",
                  published="2006-11-21")
    assert not any(e["cameo"]["root"] in {"19", "20"} for e in events)


def test_a_disguise_is_not_the_subject(code):
    events = code("Red Brigades guerrillas posing as plumbers kidnapped U.S. Brigadier-General "
                  "James Dozier from his flat in Verona on Thursday.", published="1981-12-18")
    assert ("ITA", "USA", "18") in triples(events)


def test_what_talks_are_on_is_no_partner(code):
    events = code("Kenneth Kaunda played host on Monday to F.W. de Klerk at Livingstone for talks "
                  "on Namibia's independence.", published="1989-08-28")
    assert triples(events) == {("ZMB", "ZAF", "04")}


def test_a_body_that_meets_alone_meets_nobody(code):
    events = code("Kenya's cabinet met on Monday and decided to close the border with Somalia.",
                  published="2011-10-17")
    assert ("KEN", "SOM", "16") in triples(events)
    assert not any(e["cameo"]["root"] == "04" for e in events)


def test_cooperation_between_coordinated_sources_is_mutual(code):
    got = triples(code("Israel and Bahrain formally established diplomatic relations on Sunday.",
                       published="2020-10-18"))
    assert ("ISR", "BHR", "05") in got and ("BHR", "ISR", "05") in got


def test_a_bombing_by_warplanes_is_military_force(code):
    got = triples(code("The bombing of a hospital in Idlib by Russian warplanes killed 12 people.",
                       published="2019-05-05"))
    assert any(s == "RUS" and root == "19" for s, _, root in got)


def test_first_person_in_a_quote_is_the_speaker(code):
    events = code('Iran\'s foreign ministry said: "We condemn the Israeli attack on our consulate '
                  'in Damascus."', published="2024-04-02")
    condemn = [e for e in events if e["cameo"]["root"] == "11"]
    assert condemn and condemn[0]["source"]["code"].startswith("IRN")
    assert condemn[0]["target"]["code"].startswith("ISR")
    assert condemn[0]["quote"] and condemn[0]["quote"].startswith("We condemn")


def test_the_sources_own_embassy_is_not_its_target(code):
    got = triples(code("Saudi Arabia reopened its embassy in Tehran on Wednesday.",
                       published="2023-06-07"))
    assert ("SAU", "IRN", "05") in got and not any(t == "SAU" for _, t, _ in got)


def test_an_ambassador_to_a_country_names_the_target(code):
    got = triples(code("Ankara recalled its ambassador to Israel for consultations on Saturday.",
                       published="2023-11-04"))
    assert ("TUR", "ISR", "16") in got


def test_a_region_named_by_its_city_places_its_civilians(code):
    got = triples(code("U.N. investigators said that Russian soldiers had tortured detained "
                       "civilians in the Kherson region.", published="2023-03-10"))
    assert ("RUS", "UKR", "18") in got and ("RUS", "RUS", "18") not in got


def test_what_a_demand_asks_for_has_not_happened(code):
    events = code("Hungarian Prime Minister Viktor Orban rejected European Union demands that "
                  "Budapest change its asylum law.", published="2020-06-04")
    assert all(e["modality"] != "asserted" for e in events if e["cameo"]["root"] == "08")


def test_saying_another_party_must_act_is_a_demand(code):
    got = triples(code("Germany said on Monday that Belarus must release the detained journalist.",
                       published="2021-06-01"))
    assert ("DEU", "BLR", "10") in got
    # a statement about one's own duty is no demand on anyone
    got = triples(code("Iran said it must defend its borders.", published="2021-06-01"))
    assert not any(root == "10" for _, _, root in got)


def test_leaders_of_a_group_are_that_group_and_calling_off_dissent_faces_the_authorities(code):
    events = code("Leaders of the main opposition party called off the march planned in Tbilisi.",
                  published="2021-06-01")
    assert {(e["source"]["code"], e["target"]["code"]) for e in events} == {("GEOOPP", "GEOGOV")}


def test_thousands_of_protesters_are_protesters(code):
    events = code("Thousands of protesters blocked roads in Dhaka on Sunday.",
                  published="2021-06-01")
    assert ("BGDOPP", "BGDGOV") in {(e["source"]["code"], e["target"]["code"]) for e in events}


def test_the_main_act_takes_the_one_other_actor_named_as_its_target(code):
    got = triples(code("Oman agreed to undertake joint naval exercises next month to deter "
                       "Iranian incursions.", published="2021-06-01"))
    assert ("OMN", "IRN", "03") in got
    # two candidates: no guess
    got = triples(code("Oman agreed to undertake joint naval exercises next month to deter "
                       "Iranian and Pakistani incursions.", published="2021-06-01"))
    assert not any(t in {"IRN", "PAK"} for _, t, _ in got)
    # who reports the act is not its target
    got = triples(code("Oman agreed to undertake joint naval exercises next month, an Indian "
                       "official said.", published="2021-06-01"))
    assert not any(t == "IND" for _, t, _ in got)


def test_rebels_act_against_their_own_country(code):
    # the guess of a target may be the rebels' own state; a state's own name is never its target
    events = code("Syrian guerillas blew up a bridge leading into Damascus.",
                  published="2013-06-01")
    assert ("SYRREB", "SYR") in {(e["source"]["code"], (e["target"] or {}).get("code", "")[:3])
                                 for e in events}


def test_force_on_a_place_in_the_forces_own_country_hits_its_people(code):
    events = code("Syrian troops shelled Hama on Monday.", published="2012-06-01")
    assert ("SYRMIL", "SYRCVL") in {(e["source"]["code"], e["target"]["code"]) for e in events}
    # a state named alone is not said to attack itself
    assert not code("Syria shelled Hama on Monday.", published="2012-06-01")


def test_an_event_nouns_object_carries_the_other_side(code):
    got = triples(code("Austria announced a suspension of ferry services to Belarus.",
                       published="2021-06-01"))
    assert ("AUT", "BLR", "16") in got


def test_peacekeepers_who_arrive_keep_the_peace(code):
    got = triples(code("A new deployment of UN peacekeeping troops has arrived in Juba.",
                       published="2014-06-13"))
    assert ("IGO", "SSD", "07") in got
    got = triples(code("UN peacekeepers arrived in Goma on Sunday.", published="2013-06-01"))
    assert ("IGO", "COD", "07") in got


def test_arrests_and_expulsions_with_no_agent_are_by_the_authorities_there(code):
    got = triples(code("A British journalist was arrested in Iran for spying, state media "
                       "reported.", published="2019-06-01"))
    assert ("IRN", "GBR", "17") in got
    got = triples(code("Three Russian diplomats were expelled from Poland.",
                       published="2019-06-01"))
    assert ("POL", "RUS", "16") in got
    # no place, no guess
    assert not code("A British journalist was arrested for spying.", published="2019-06-01")


def test_an_agentless_act_of_authority_a_state_body_announces_is_its_own(code):
    got = triples(code("Two opposition newspapers were closed on Monday, Belarus's information "
                       "ministry said.", published="2011-06-01"))
    assert ("BLR", "BLR", "17") in got
    # a rights group that reports it did not do it, and a participle on a noun tells no
    # announced act ("sailors detained by …")
    assert not code("Two opposition journalists were arrested on Monday, Amnesty International "
                    "said.", published="2011-06-01")


def test_agreeing_to_joint_drills_is_agreeing_to_military_cooperation(code):
    got = triples(code("Kenya and Uganda agreed to stage joint military manoeuvres next month.",
                       published="2019-06-01"))
    assert ("KEN", "UGA", "03") in got and ("UGA", "KEN", "03") in got


def test_what_an_allegation_says_happened_is_not_an_event(code):
    # what a charge, plan, demand or attempt is about has not happened: the denial is the
    # event, not the attack it denies
    events = code("Kenya rejected an allegation that its troops had attacked Somali villages.",
                  published="2019-06-01")
    assert not [e for e in events if e["cameo"]["root"] in {"18", "19"}]
    assert [e["cameo"]["code"] for e in events] == ["016"]  # deny the accusation


def test_unidentified_attackers_are_armed_men_of_the_place(code):
    events = code("A car bomb in Mosul killed three Iraqi policemen.", published="2008-06-01")
    assert ("IRQUAF", "IRQCOP") in {(e["source"]["code"], e["target"]["code"]) for e in events}
    # no place, nobody to name
    assert not code("The explosion killed four people.", published="2008-06-01")


def test_coordinated_sides_fight_each_other_only_when_the_verb_says_so(code):
    got = triples(code("Kyrgyz and Tajik troops exchanged fire along the border.",
                       published="2022-09-16"))
    assert ("KGZ", "TJK", "19") in got and ("TJK", "KGZ", "19") in got
    got = triples(code("Washington criticised remarks that the United States and Europe were "
                       "prolonging the war by supplying weapons to Ukraine.",
                       published="2023-04-14"))
    assert not any(s in {"USA", "EUR"} and t in {"USA", "EUR"} for s, t, _ in got)


def test_armed_men_setting_houses_on_fire_are_not_rioting(code):
    got = triples(code("Tajik forces entered two villages and set houses on fire.",
                       published="2022-09-16"))
    assert not any(root == "14" for _, _, root in got)


def test_social_media_are_no_news_media(code):
    events = code("Protesters who organised the march on social media chanted slogans against "
                  "the tax plans in Nairobi.", published="2024-06-20")
    assert not any((e["target"] or {}).get("code", "").endswith("MED") for e in events)


def test_water_cannon_is_no_artillery_and_posing_a_threat_is_no_threat(code):
    got = triples(code("Kenyan police fired tear gas and water cannon at thousands of protesters "
                       "in Nairobi.", published="2024-06-20"))
    assert ("KEN", "KEN", "17") in got and not any(root == "19" for _, _, root in got)
    got = triples(code("Germany expelled four Russian diplomats, saying they posed a threat to "
                       "national security.", published="2022-04-04"))
    assert ("DEU", "RUS", "16") in got and not any(root == "13" for _, _, root in got)


def test_fighting_on_a_weekday_is_fighting(code):
    got = triples(code("Kyrgyz and Tajik troops fought with tanks along the border on Friday.",
                       published="2022-09-16"))
    assert ("KGZ", "TJK", "19") in got


def test_weapons_are_no_actors_and_coordinated_nationalities_share_the_role(code):
    events = code("BISHKEK, Sept 16 - Kyrgyz and Tajik troops fought with tanks, mortars and "
                  "rocket artillery along their disputed border on Friday, the second day of the "
                  "worst clashes between the two former Soviet republics in more than a year, "
                  "officials in both countries said.", published="2022-09-16")
    pairs = {(e["source"]["code"], e["target"]["code"]) for e in events}
    assert pairs == {("KGZMIL", "TJKMIL"), ("TJKMIL", "KGZMIL")}


def test_a_truce_between_two_sides_is_both_sides_act(code):
    got = triples(code("A four-day truce between Israel and Hamas took effect in Gaza on Friday "
                       "morning.", published="2023-11-24"))
    assert ("ISR", "PSE", "08") in got and ("PSE", "ISR", "08") in got


def test_an_announced_meeting_is_one_sides_intent(code):
    got = triples(code("China will send a special envoy to Ukraine and Russia to hold talks on a "
                       "political settlement of the war.", published="2023-04-27"))
    assert ("CHN", "UKR", "03") in got and ("UKR", "CHN", "03") not in got


def test_sharing_is_one_way_and_the_partner_is_who_it_is_shared_with(code):
    got = triples(code("Britain has been sharing intelligence on Russian troop movements with "
                       "Ukraine, the Ministry of Defence in London said on Friday.",
                       published="2022-03-04"))
    assert ("GBR", "UKR", "06") in got
    assert not any(t == "RUS" for _, t, _ in got) and ("UKR", "GBR", "06") not in got


def test_a_curfew_in_the_states_own_region_is_on_its_population(code):
    events = code("Kenyan authorities have imposed a curfew in the town of Garissa in "
                  "northeastern Kenya after clashes.", published="2015-09-05")
    assert ("KENGOV", "KENCVL") in {(e["source"]["code"], (e["target"] or {}).get("code"))
                                    for e in events if e["cameo"]["code"] == "1723"}


@pytest.mark.parametrize("text, expected", [
    ("Workers in Athens went on strike against the new tax law.", "1432"),
    ("Opposition supporters marched in Nairobi to demand the president's resignation.", "1411"),
    ("Protesters in Lagos blocked roads.", "144"),
])
def test_dissent_is_coded_by_what_it_is_for(code, text, expected):
    codes = {e["cameo"]["code"] for e in code(text, published="2020-06-01")}
    assert expected in codes


def test_force_from_the_air_is_aerial(code):
    got = {e["cameo"]["code"] for e in code("Israeli warplanes struck Hezbollah targets in "
                                            "southern Lebanon overnight, the army said.",
                                            published="2024-09-20")}
    assert "195" in got


@pytest.mark.parametrize("published", [None, "2018-01-01", "2025-06-01"])
def test_the_title_written_with_a_name_says_whom_the_person_acts_for(code, published):
    events = code("NATO Secretary-General Jens Stoltenberg urged member states to send more air "
                  "defence systems to Ukraine.", published=published)
    assert [e["source"]["code"] for e in events] == ["IGOWSTNAT"]


def test_government_and_rebels_named_together_agree_with_each_other(code):
    events = code("The Colombian government and ELN rebels agreed to extend a bilateral ceasefire "
                  "for six months.", published="2023-12-01")
    pairs = {(e["source"]["code"], e["target"]["code"]) for e in events}
    assert pairs == {("COLGOV", "COLREB"), ("COLREB", "COLGOV")}
    # a bare nationality coordinated inside the phrase still shares the role
    events = code("U.S. and Philippine troops began joint exercises on Luzon.",
                  published="2023-04-11")
    assert {e["source"]["code"] for e in events} <= {"USAMIL", "PHLMIL"}


def test_an_answer_to_a_call_is_to_who_made_it(code):
    events = code("The White House rejected calls from Republican lawmakers to send troops to "
                  "the border.", published="2021-05-10")
    assert [(e["source"]["code"], e["target"]["code"]) for e in events] == [("USAGOV", "USALEG")]


def test_a_minister_of_a_country_named_after_his_unknown_name(code):
    got = triples(code("Foreign Minister Ahmed Haddad of Tunisia condemned the Israeli raid on "
                       "Gaza.", published="2014-07-10"))
    assert ("TUN", "ISR", "11") in got
    # a one-word full name followed by an unknown surname is somebody else
    events = code("Interior Minister Jean Dupont said police had arrested three men.",
                  published="2019-05-10")
    assert not any((e.get("reported_by") or {}).get("code", "").startswith("LUX")
                   for e in events)


def test_a_blocked_statement_is_its_authors_and_never_came_out(code):
    events = code("Hungary blocked a joint EU statement criticising China over Hong Kong.",
                  published="2021-04-16")
    critic = [e for e in events if e["cameo"]["root"] == "11"]
    assert critic and all(e["source"]["code"].startswith("IGO") for e in critic)
    assert all(e["modality"] == "negated" for e in critic)


def test_dissent_is_aimed_at_whom_it_defies(code):
    events = code("Thousands of protesters in Hong Kong marched in defiance of the Chinese "
                  "government.", published="2019-06-16")
    assert {(e["source"]["code"][:3], e["target"]["code"]) for e in events} == {("HKG", "CHNGOV")}


def test_cooperation_between_two_sides_as_one_of_them_says_is_that_sides_word(code):
    events = code("Kim Jong Un replied that the cooperation between Russia and North Korea will "
                  "continue to grow.", published="2022-08-15")
    pairs = {(e["source"]["code"][:3], (e["target"] or {}).get("code", "")[:3]) for e in events}
    assert ("PRK", "RUS") in pairs and ("RUS", "PRK") not in pairs


def test_an_event_noun_at_the_end_of_a_list_of_objects_takes_the_lists_verb(code):
    got = triples(code("Ethiopian forces launched artillery, mortar and rocket fire against "
                       "Eritrean positions near the border today.", published="2000-05-20"))
    assert ("ETH", "ERI", "19") in got


def test_a_statement_that_a_leader_must_agree_is_a_demand(code):
    got = triples(code("Opposition parties in Togo announced that President Faure Gnassingbe "
                       "must agree to term limits before any vote.", published="2018-09-01"))
    assert any(s == "TGO" and t == "TGO" and root == "10" for s, t, root in got)


def test_reported_would_is_an_intent_not_a_condition(code):
    events = code("Cuban officials said on Monday they would meet a Vatican envoy next month.",
                  published="2015-03-02")
    meet = [e for e in events if e["target"] and e["source"]["code"].startswith("CUB")]
    assert meet and all(e["modality"] == "future" and e["cameo"]["root"] == "03" for e in meet)
    # "would" that is not reported speech keeps its conditional reading
    events = code("Greece would veto the deal if Turkey kept drilling.", published="2020-08-01")
    assert all(e["modality"] == "hypothetical" for e in events if e["source"]["code"][:3] == "GRC")


def test_protest_against_an_act_is_aimed_at_its_author(code):
    events = code("Students in Caracas marched against the repression by Venezuelan police.",
                  published="2014-02-20")
    assert ("VEN", "VEN", "14") in triples(events)
    assert any(e["target"]["code"] == "VENCOP" for e in events if e["target"])


def test_a_complaint_is_against_what_it_is_about_not_whom_it_is_made_to(code):
    got = triples(code("Ghana complained to the African Union about raids by Togolese soldiers.",
                       published="2003-02-11"))
    assert ("GHA", "TGO", "11") in got and ("GHA", "IGO", "11") not in got
    # with nothing named in the grievance, the addressee is the target
    got = triples(code("Chile protested to Argentina over the incident.", published="1998-02-11"))
    assert ("CHL", "ARG", "11") in got


def test_rallying_support_is_on_behalf_of_whom_the_support_is_for(code):
    events = code("The Philippines urged ASEAN to back Vietnam in its dispute with China.",
                  published="2016-05-01")
    rally = [e for e in events if e["cameo"]["code"] == "053"]
    assert rally and {e["target"]["code"][:3] for e in rally} == {"VNM"}


def test_calling_off_a_visit_curtails_relations(code):
    got = triples(code("The Dutch foreign minister cancelled a planned visit to Turkey after "
                       "the row over the rally.", published="2017-03-13"))
    assert ("NLD", "TUR", "16") in got


def test_where_the_speaker_is_is_not_where_it_happened(code):
    events = code("Rebels shelled the town of Bor on Sunday, killing 12 people, aid workers in "
                  "Nairobi said.", published="2014-01-12")
    assert not any((e["target"] or {}).get("code", "").startswith("KEN") for e in events)


def test_a_message_that_someone_must_act_is_a_demand_on_them(code):
    events = code("The African Union sent a message to Mali's junta that it must hold "
                  "elections by February.", published="2021-06-01")
    got = {(e["source"]["code"][:3], e["target"]["code"][:3], e["cameo"]["root"])
           for e in events if e["target"]}
    assert ("IGO", "MLI", "10") in got


@pytest.mark.parametrize("text, root", [
    # what another party should do is advice, an appeal; what it must do, a demand
    ("Eritrea should accept the boundary ruling, the U.N. Security Council said on Tuesday.",
     "02"),
    ("Eritrea must accept the boundary ruling, the U.N. Security Council said on Tuesday.",
     "10"),
])
def test_should_appeals_must_demands(code, text, root):
    got = acts(code(text, published="2003-04-01"), level="root")
    assert ("IGO", root, "ERI") in got, got


def test_lifting_curbs_on_the_press_is_easing_restrictions_on_freedoms(code):
    events = code("Reporters Without Borders demanded that the Egyptian government lift curbs "
                  "on the press.", published="2004-01-01")
    assert [e["cameo"]["code"] for e in events] == ["1051"]


def test_asylum_is_asked_of_the_state_where_it_is_sought(code):
    got = triples(code("Hundreds of Eritrean conscripts sought asylum in Sudan last year.",
                       published="2015-01-10"))
    assert ("ERI", "SDN", "02") in got


def test_keeping_a_demonstration_from_happening_restricts_assembly(code):
    events = code("Belarusian police prevented a demonstration by opposition supporters in "
                  "Minsk.", published="2020-09-01")
    assert {e["cameo"]["code"] for e in events} == {"1721"}


@pytest.mark.parametrize(
    "text, published, code_prefix",
    [
        ("President Ouattara announced that he will extend the curfew in Bouake.", "2012-03-04",
         "132"),
        ("Greece said it would expel two Turkish diplomats.", "2019-01-10", "13"),
        ("The Saudi navy will tighten its blockade of Yemen, the coalition said.",
         "2017-11-10", "138"),
    ],
)
def test_coercion_announced_for_the_future_is_a_threat(code, text, published, code_prefix):
    events = code(text, published=published)
    assert events and all(e["cameo"]["code"].startswith(code_prefix) for e in events)
    assert all(e["modality"] == "future" for e in events)
    # the act itself, once done, is coded as the act
    done = code(text.replace("will ", "").replace("would ", ""), published=published)
    assert not any(e["cameo"]["root"] == "13" for e in done)


def test_a_bombing_that_killed_is_the_bombing(code):
    events = code("A roadside bombing near Kandahar killed three Afghan policemen.",
                  published="2009-05-02")
    assert [e["cameo"]["code"] for e in events] == ["1833"]


def test_activists_from_a_party_rallying_for_the_leader_to_go(code):
    events = code("Activists from the opposition party staged rallies in Lusaka against "
                  "President Hichilema, saying he must resign.", published="2023-06-01")
    codes = {e["cameo"]["code"] for e in events if e["target"] and
             e["target"]["code"].startswith("ZMB")}
    # the rally is for a change of leadership; what it says is its demand, not a second event
    assert codes == {"1411"}


def test_in_talks_is_taking_part_only_after_a_verb_of_taking_part(code):
    got = triples(code("Hamas agreed to Qatari mediation in the indirect talks with Israel.",
                       published="2021-05-15"))
    assert ("PSE", "ISR", "04") not in got
    got = triples(code("Colombia engaged in talks with the ELN rebels in Havana.",
                       published="2017-02-10"))
    assert ("COL", "COL", "04") in got


def test_people_held_as_human_shields(code):
    events = code("The Syrian army has been holding hundreds of Kurdish civilians as human "
                  "shields near the front.", published="2016-03-01")
    assert [(e["source"]["code"], e["cameo"]["code"]) for e in events] == [("SYRMIL", "184")]


def test_a_declaration_that_demands_is_the_demand_not_a_statement_too(code):
    events = code("The Kurdish party issued a declaration demanding that the Turkish government "
                  "release its jailed leader.", published="2001-03-01")
    assert "010" not in {e["cameo"]["code"] for e in events}
    assert any(e["cameo"]["root"] == "10" for e in events)


def test_aid_counted_in_tons_takes_the_future_of_its_verb(code):
    events = code("Japan will provide 10,000 tons of food aid to Haiti, the foreign ministry "
                  "said.", published="2010-01-20")
    assert events and all(e["modality"] == "future" and e["cameo"]["root"] == "03"
                          for e in events)
    assert len(events) == 1


def test_giving_in_to_demands_is_towards_whoever_made_them(code):
    events = code("President Ruto gave in to demands from Kenyan doctors to raise wages.",
                  published="2024-05-01")
    assert {(e["source"]["code"], e["target"]["code"][:3]) for e in events if e["target"]} \
        == {("KENGOV", "KEN")}


def test_a_title_before_a_name_is_the_object_word(code):
    events = code("Iranian authorities released journalist Jason Rezaian on Saturday.",
                  published="2016-01-16")
    assert [e["cameo"]["code"] for e in events] == ["0841"]


def test_allowing_someone_to_act_parsed_as_a_clause(code):
    events = code("The Constitutional Court decided to allow candidate Sonko to take part in "
                  "the upcoming elections in Senegal.", published="2023-12-01")
    assert any(e["cameo"]["code"] == "0812" for e in events)


def test_two_givers_do_not_give_to_each_other(code):
    pairs = {(e["source"]["code"][:3], e["target"]["code"][:3]) for e in
             code("French and German forces must allow food and medicine to reach the town.",
                  published="2020-01-01") if e["target"]}
    assert ("FRA", "DEU") not in pairs and ("DEU", "FRA") not in pairs
    got = triples(code("Israel and Hamas agreed to a truce on Friday.", published="2021-05-21"))
    assert ("ISR", "PSE", "03") in got and ("PSE", "ISR", "03") in got


def test_two_sides_violating_a_truce_violate_it_against_each_other(code):
    got = triples(code("Both the Sudanese army and the RSF violated the ceasefire on Sunday, "
                       "monitors said.", published="2023-05-22"))
    assert ("SDN", "SDN", "19") in got


def test_members_of_a_movement_for_a_region(code):
    events = code("Police in Cameroon arrested 30 members of the Movement for the Restoration "
                  "of Ambazonia.", published="2018-02-01")
    assert any((e["target"] or {}).get("country") == "CMR" for e in events)


@pytest.mark.parametrize(
    "text, code_",
    [
        ("Jordan says it will not accept any more refugees from Syria.", "1223"),
        ("Tehran won't hold talks with Washington under pressure, the minister said.", "125"),
    ],
)
def test_cooperation_someone_will_not_do_is_refused(code, text, code_):
    events = code(text, published="2013-04-01")
    assert [(e["cameo"]["code"], e["modality"]) for e in events] == [(code_, "asserted")]


def test_cooperation_that_did_not_happen_is_no_refusal(code):
    events = code("The rebels did not attend the talks with the government in Nairobi.",
                  published="2013-04-01")
    assert not any(e["cameo"]["root"] == "12" for e in events)


def test_the_means_of_a_killing_codes_it(code):
    got = {e["cameo"]["code"] for e in code(
        "Separatist guerrillas wounded three Indian soldiers in a bomb attack in Kashmir.",
        published="1998-07-01")}
    assert got == {"183"}
    got = {e["cameo"]["code"] for e in code("Syrian warplanes killed 30 civilians in Idlib.",
                                            published="2019-07-01")}
    assert got == {"195"}


def test_condemning_an_attack_is_not_carrying_it_out(code):
    events = code("Russia's Security Council condemned the attack on Crimea.",
                  published="2022-10-09")
    assert not any(e["cameo"]["root"] == "19" for e in events)
    # … while claiming it is: the claim names whom the attack was on
    events = code("Al-Shabaab militants claimed responsibility for an attack on a Kenyan army "
                  "base.", published="2020-01-05")
    assert ("SOM", "KEN", "01") in triples(events)


def test_a_warning_about_someones_attempt_is_aimed_at_them(code):
    got = triples(code("The Russian defence minister warned that any attempt by NATO to send "
                       "troops would bring a response.", published="2024-03-01"))
    assert ("RUS", "IGO", "13") in got


@pytest.mark.parametrize(
    "text, code_",
    [
        ("Khartoum forced the UN refugee agency out of the country in March.", "1663"),
        ("Congress voted to prohibit aid to the Nicaraguan rebels.", "162"),
    ],
)
def test_forcing_agencies_out_and_forbidding_aid(code, text, code_):
    events = code(text, published="1986-06-01")
    assert code_ in {e["cameo"]["code"] for e in events}


def test_an_event_noun_that_sets_the_scene_is_no_event(code):
    events = code("Iran threatened to launch a new offensive in its war with Iraq unless "
                  "Baghdad accepted a ceasefire.", published="1985-02-10")
    assert [e["cameo"]["root"] for e in events] == ["13"]
    # taking part "in" is the act itself
    assert ("COL", "COL", "04") in triples(code("Colombia engaged in talks with the ELN rebels.",
                                                published="2017-02-10"))


def test_protest_in_occupied_land_is_against_the_occupier(code):
    events = code("Palestinians in the Israeli-occupied Gaza Strip staged a general strike on "
                  "Monday.", published="1988-02-01")
    assert {(e["source"]["code"][:3], e["target"]["code"]) for e in events} == {("PSE", "ISRGOV")}


def test_troops_on_alert_and_what_came_before(code):
    events = code("Greek troops remained on high alert along the border with Turkey on Sunday "
                  "after a week of unrest.", published="1996-02-04")
    assert [e["cameo"]["code"] for e in events] == ["152"]
    # the event a sentence reports, not the one it recalls as its cause
    events = code("Israeli aircraft struck targets in Gaza following a rocket attack by Hamas.",
                  published="2019-05-05")
    assert {e["source"]["code"][:3] for e in events} == {"ISR"}


def test_bombs_in_ones_own_country_hit_its_people(code):
    events = code("Tamil rebels exploded a series of bombs in the capital Colombo on Friday, "
                  "police said.", published="1996-02-03")
    assert ("LKAREB", "183", "LKACVL") in {(e["source"]["code"], e["cameo"]["code"],
                                             e["target"]["code"]) for e in events}


@pytest.mark.parametrize(
    "text, code_",
    [
        ("Kenyan opposition leaders said President Moi must resign.", "1041"),
        ("Kenyan students said President Moi must accept multiparty elections.", "1044"),
        ("Seoul rejected Pyongyang's call to end its military alliance with Washington.",
         "1212"),
        ("Moscow threatened to walk out of the arms negotiations with Washington.", "134"),
    ],
)
def test_a_catch_all_demand_refusal_or_threat_takes_its_contents_sub_code(code, text, code_):
    events = code(text, published="1991-06-01")
    assert code_ in {e["cameo"]["code"] for e in events}


def test_topics_are_not_partners_nor_events(code):
    # what leaders discuss is no party to their talks
    got = triples(code("President Mubarak telephoned King Fahd of Saudi Arabia on Thursday to "
                       "discuss Iraq's invasion of Kuwait.", published="1990-08-03"))
    assert got and all(t == "SAU" or s == "SAU" for s, t, _ in got)
    # what a complaint is about is the complaint's target, not a second event
    events = code("Lebanon lodged a formal complaint with the U.N. Security Council on Wednesday "
                  "over Israeli air raids on Palestinian positions.", published="1982-04-22")
    assert [(e["source"]["code"][:3], e["target"]["code"][:3], e["cameo"]["root"])
            for e in events] == [("LBN", "ISR", "11")]
    # the embassy of a named state is that state's, wherever it stands; a march to protest
    # is one event, the march
    got = triples(code("Iranian students marched on the Soviet embassy in Tehran to protest "
                       "against the invasion of Afghanistan.", published="1980-01-02"))
    assert got == {("IRN", "RUS", "14")}


def test_troops_sent_to_keep_a_truce_keep_the_peace(code):
    events = code("India agreed on Wednesday to send troops to Sri Lanka to help enforce a "
                  "ceasefire between the army and Tamil rebels.", published="1987-07-30")
    assert {e["cameo"]["code"] for e in events} == {"0334"}


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # "mustard gas and nerve agents" parsed as one phrase still names both weapons
        ("Syrian forces used mustard gas and nerve agents against rebel fighters in Idlib.",
         "2017-04-05", "2041"),
        # a mass of people expelled, whoever they are
        ("Nigeria expelled 50,000 Ghanaians last month.", "1983-02-01", "201"),
        # a task named by a noun is done by whoever undertakes it
        ("French troops crossed into Rwanda on a mission to protect civilians in Kigali.",
         "1994-06-24", "074"),
        # a verb that enacts its object takes the object's code
        ("A ban on imports of South African steel was approved by European Community foreign "
         "ministers on Tuesday.", "1986-09-17", "163"),
        ("Tamil Tiger guerrillas said they would not hand over any more weapons to the Indian "
         "peacekeeping force.", "1987-10-07", "1246"),
    ],
)
def test_objects_and_doers_read_through_the_phrase(code, text, published, expected):
    assert expected in {e["cameo"]["code"] for e in code(text, published=published)}


def test_the_expelled_are_the_target_not_the_country_they_leave(code):
    events = code("Ethiopia expelled two French journalists from Ethiopia on Friday.",
                  published="1990-03-03")
    assert [e["target"]["code"] for e in events] == ["FRAMED"]


def test_a_right_or_a_plan_to_act_is_not_the_act(code):
    got = triples(code("The United States defended the right of Russian troops to fire on "
                       "militants in Azerbaijan.", published="1990-01-20"))
    assert not any(root == "19" for _, _, root in got)


def test_a_condition_is_no_event(code):
    got = triples(code("Saddam Hussein threatened to destroy half of Israel if it attacked Iraq.",
                       published="1990-04-03"))
    assert ("IRQ", "ISR", "13") in got and not any(s == "ISR" for s, _, _ in got)


def test_the_toll_of_an_attack_is_the_attacks(code):
    events = code("Serb forces shelled the Bosnian town of Gorazde on Sunday, killing 12 people.",
                  published="1994-04-11")
    assert [e["cameo"]["root"] for e in events] == ["19"]
    # … and names whom it hit when the attack itself names nobody
    events = code("Al Shabaab militants detonated two car bombs in Mogadishu on Saturday, killing "
                  "at least 20 people.", published="2017-10-15")
    assert [(e["cameo"]["code"], e["target"]["code"][:3]) for e in events] == [("1832", "SOM")]


def test_force_in_violation_of_a_truce_is_the_violation(code):
    got = {(e["cameo"]["code"], e["target"]["code"][:3]) for e in code(
        "Yugoslav army tanks shelled the Croatian town of Vukovar on Monday in violation of a "
        "European Community-brokered ceasefire.", published="1991-09-23")}
    assert got == {("196", "HRV")}


def test_suicide_bombers_are_no_aircraft(code):
    events = code("Tamil rebel suicide bombers drove a truck packed with explosives into the "
                  "central bank in Colombo, killing at least 50 people.", published="1996-02-01")
    assert {e["cameo"]["code"] for e in events} == {"1831"}


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a leader is of the group written before the word
        ("Afghan guerrilla leaders asked Washington for more anti-aircraft missiles.",
         "1987-06-10", ("AFGREB", "0232", "USAGOV")),
        # whom an act is aimed at
        ("Three U.S. aircraft carriers began naval exercises off the Libyan coast in a show of "
         "force aimed at Libyan leader Muammar Gaddafi.", "1986-03-24",
         ("USAMIL", "150", "LBYGOV")),
        # a deadline is an ultimatum, and what it demands has not happened
        ("President Bush gave Saddam Hussein until noon on Saturday to begin a withdrawal from "
         "Kuwait.", "1991-02-22", ("USAGOV", "139", "IRQGOV")),
        # a ban lifted on a party or movement
        ("President de Klerk lifted the ban on the African National Congress on Friday.",
         "1990-02-02", ("ZAFGOV", "0812", "ZAFOPP")),
        ("The United States secretly supplied Iraq with satellite photographs of Iranian troop "
         "positions.", "1986-12-15", ("USA", "064", "IRQ")),
        # a visit whose purpose is to mediate is mediation
        ("Nigerian President Olusegun Obasanjo flew to Liberia on Monday to mediate between "
         "the government and the rebels.", "2003-06-16", ("NGAGOV", "045", "LBR")),
    ],
)
def test_historical_wire_cases(code, text, published, expected):
    events = code(text, published=published)
    assert [(e["source"]["code"], e["cameo"]["code"], e["target"]["code"])
            for e in events] == [expected]


def test_a_demand_reported_after_it_is_made(code):
    events = code("Rebel leader Foday Sankoh must release the hostages, Nigerian President Sani "
                  "Abacha said on Wednesday.", published="1997-05-14")
    assert {(e["source"]["code"], e["cameo"]["root"]) for e in events} == {("NGAGOV", "10")}


@pytest.mark.parametrize("text, published, expected", [
    ("The U.N. General Assembly condemned the U.S. invasion of Panama.", "1989-12-30",
     ("IGO", "11", "USA")),
    # what it is denounced as, or for, is the topic too
    ("Hungary denounced as a provocation Romania's arrest of ethnic Hungarian activists in "
     "Cluj.", "1990-03-21", ("HUN", "11", "ROU")),
    ("Sweden condemned Belarus on Monday for the arrest of opposition leaders in Minsk.",
     "2010-12-20", ("SWE", "11", "BLR")),
])
def test_what_is_condemned_is_the_topic_not_a_second_event(code, text, published, expected):
    events = code(text, published=published)
    assert [(e["source"]["code"][:3], e["cameo"]["root"], e["target"]["code"][:3])
            for e in events] == [expected]


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # the accused of the allegation investigated
        ("West German prosecutors opened an inquiry into allegations that West German firms had "
         "helped Libya build a chemical weapons plant.", "1989-01-20", ("DEU", "DEU", "09")),
        ("A team of U.N. experts began investigating Iranian charges that Iraqi forces had used "
         "chemical weapons.", "1984-03-14", ("IGO", "IRQ", "09")),
        # the author of the act investigated, one's own side included
        ("The Pentagon ordered an investigation into the downing of an Iranian airliner by the "
         "U.S. cruiser Vincennes.", "1988-07-04", ("USA", "USA", "09")),
    ],
)
def test_an_investigation_targets_the_accused_and_is_the_only_event(code, text, published,
                                                                   expected):
    assert triples(code(text, published=published)) == {expected}


def test_a_cause_is_no_event_of_its_own(code):
    events = code("Russia closed its southern borders with Iran and Turkey because of fighting "
                  "between Azerbaijanis and Armenians.", published="1992-01-15")
    assert {e["source"]["code"][:3] for e in events} == {"RUS"}


def test_said_to_someone_concerns_them_when_nobody_else_is_named(code):
    events = code("Japanese Prime Minister Toshiki Kaifu told South Korean President Roh Tae-woo "
                  "that he felt deep remorse for Japan's colonial rule.", published="1990-05-25")
    assert [(e["source"]["code"], e["cameo"]["code"], e["target"]["code"])
            for e in events] == [("JPNGOV", "055", "KORGOV")]


@pytest.mark.parametrize("text, expected", [
    ("A terror group based in Trinidad threatened the United States on Monday.",
     ("TTOUAF", "13", "USA")),
    ("A rebel movement headquartered in Sudan attacked Chad on Monday.",
     ("SDNREB", "19", "TCD")),
])
def test_a_group_belongs_where_it_is_based(code, text, expected):
    events = code(text, published="2005-06-01")
    assert expected in {(e["source"]["code"], e["cameo"]["root"], e["target"]["country"])
                        for e in events}


def test_a_warning_against_tolerating_acts_is_aimed_at_their_authors(code):
    events = code("Cairo's security chief warned on Monday that police will no longer tolerate "
                  "rallies by the Muslim Brotherhood.", published="2005-06-01")
    assert ("EGY", "EGY", "13") in triples(events)


def test_workers_who_stop_work_strike_and_are_their_unions(code):
    events = code("Thousands of workers affiliated with the Polish Solidarity union stopped work "
                  "on Monday over price rises.", published="1988-05-02")
    assert {(e["source"]["code"][:3], e["cameo"]["root"]) for e in events} == {("POL", "14")}


def test_someone_investigated_in_a_country_is_investigated_by_its_authorities(code):
    events = code("A U.S. national has been put under investigation in Italy over rioting.",
                  published="2001-08-01")
    assert [(e["source"]["code"], e["cameo"]["root"], e["target"]["code"][:3])
            for e in events] == [("ITAGOV", "09", "USA")]


def test_a_destination_names_its_country_when_the_place_hangs_on_the_verb(code):
    events = code("The IAEA has dispatched inspectors to the Yongbyon nuclear facilities in North "
                  "Korea to verify the shutdown.", published="2007-07-14")
    assert [(e["source"]["code"][:3], e["target"]["code"]) for e in events
            if e["cameo"]["root"] == "09"] == [("IGO", "PRK")]
    # a meeting's venue is no partner
    got = triples(code("President Bush and Soviet President Gorbachev met in Helsinki on Sunday.",
                       published="1990-09-10"))
    assert not any(t == "FIN" for _, t, _ in got)


@pytest.mark.parametrize("text, published, expected", [
    ("Islamic fundamentalists continued their hunger strike to demand the resignation of "
     "Algerian President Chadli Bendjedid.", "1991-06-01", "1421"),
    # a participle voicing the demand, and a demand framing an act
    ("Tens of thousands of opposition supporters marched through Belgrade on Monday, demanding "
     "that President Slobodan Milosevic recognise their election victories.", "1996-12-16",
     "141"),
])
def test_a_demand_made_by_a_protest_is_its_purpose(code, text, published, expected):
    events = code(text, published=published)
    assert [e["cameo"]["code"][:3] for e in events] == [expected[:3]]


@pytest.mark.parametrize("text", [
    "Burundian militiamen attacked Rwandan refugees near the border.",
    # a camp for refugees is the refugees'
    "Armed men attacked a camp for Sudanese refugees in eastern Chad on Sunday.",
])
def test_an_attack_on_civilians_is_unconventional_violence(code, text):
    events = code(text, published="1996-01-01")
    assert {e["cameo"]["code"] for e in events} == {"180"}
    assert all(e["target"]["sector"] == "REF" for e in events)


@pytest.mark.parametrize("text, published, expected", [
    # a weapon named as the doer: an attack with it, by the military of its nationality
    ("Syrian shells slammed into a Turkish border village on Wednesday.", "2012-10-03",
     ("SYR", "194", "TUR")),
    ("Russian cruise missiles destroyed a power station in the Ukrainian capital on Monday.",
     "2022-10-10", ("RUS", "195", "UKR")),
])
def test_a_weapon_as_the_doer_is_an_attack_with_it(code, text, published, expected):
    got = acts(code(text, published=published))
    assert expected in got, got


def test_suicide_bombers_are_people_not_aircraft(code):
    events = code("Tamil Tiger suicide bombers drove a truck packed with explosives into a "
                  "police station in Colombo on Monday, killing 12 policemen.",
                  published="1996-01-30")
    assert events and not any(e["cameo"]["code"] == "195" for e in events)


def test_denouncing_an_act_of_the_same_sentence_aims_at_its_doers(code):
    events = code("Israeli warplanes bombed a Hezbollah base near Baalbek on Sunday, and "
                  "Beirut denounced the raid as aggression.", published="1994-06-05")
    got = acts(events, "root")
    assert ("LBN", "11", "ISR") in got, got


def test_aides_are_no_aid(code):
    events = code("Kenyan police arrested three aides of opposition leader Raila Odinga on "
                  "Tuesday.", published="2008-01-08")
    assert not any(e["cameo"]["root"] == "07" for e in events)


@pytest.mark.parametrize("text, published, code_", [
    # people seized by a state's forces are arrested, by others taken hostage
    ("Indian police seized militant leader Yasin Malik in Srinagar on Friday.", "1990-08-03",
     "173"),
    ("Spanish coastguards seized 12 Moroccan fishermen off the Canary Islands on Monday.",
     "1995-05-08", "173"),
    ("Abu Sayyaf gunmen seized three Italian aid workers on Jolo island on Sunday.",
     "2000-04-23", "181"),
])
def test_people_seized_are_arrested_or_taken_hostage(code, text, published, code_):
    assert code_ in {e["cameo"]["code"] for e in code(text, published=published)}


def test_someone_flown_somewhere_is_no_visit_of_the_carrier(code):
    events = code("Russia flew former Chilean dictator Augusto Pinochet to Santiago on Friday.",
                  published="2000-03-03")
    assert not any(e["cameo"]["code"] == "042" for e in events)
    events = code("Russian President Vladimir Putin flew to Beijing on Monday.",
                  published="2000-07-17")
    assert any(e["cameo"]["code"] == "042" for e in events)


def test_fire_at_people_doing_something_aims_at_them(code):
    # "at Palestinians hurling stones" is parsed as a clause: its subject is the target, and
    # the stone-throwers protest against the state whose police fire on them
    events = code("Israeli troops fired rubber bullets at Palestinian youths hurling stones in "
                  "Hebron on Friday.", published="1996-09-27")
    got = acts(events, "root")
    assert ("ISR", "17", "PSE") in got and ("PSE", "14", "ISR") in got, got


def test_with_x_abstaining_names_no_target(code):
    events = code("The U.N. Security Council lifted sanctions on Libya on Friday after Tripoli "
                  "agreed to pay compensation, with the United States and France abstaining.",
                  published="2003-09-12")
    assert not any((e["target"] or {}).get("code", "")[:3] in {"USA", "FRA"} for e in events)


def test_a_person_captured_is_taken_not_occupied(code):
    events = code("Rebels of the Revolutionary United Front captured Sierra Leone's deputy "
                  "defence minister on Tuesday.", published="1998-06-02")
    assert "181" in {e["cameo"]["code"] for e in events}
    assert "192" not in {e["cameo"]["code"] for e in events}


def test_aid_agencies_let_in_and_a_bare_purpose_is_no_second_act(code):
    events = code("Sudan's government let foreign aid agencies into Darfur on Monday to help "
                  "refugees.", published="2004-07-05")
    roots = {e["cameo"]["root"] for e in events}
    assert "08" in roots and "07" not in roots, roots


def test_two_clauses_read_as_one_coordinated_subject(code):
    # "Syrian tanks … rolled into Lebanon …, and the Arab League demanded …", parsed with
    # "tanks and the Arab League" as the subject of "demanded": each clause keeps its own
    # subject, and "in an offensive against" is how the first act was done
    events = code("Syrian tanks backed by helicopters rolled into northern Lebanon on Monday in "
                  "an offensive against Palestinian fighters, and the Arab League demanded that "
                  "Syria withdraw its troops.", published="1983-11-07")
    got = acts(events, "root")
    assert ("SYR", "19", "PSE") in got and ("IGO", "10", "SYR") in got, got
    assert not any(s == "SYR" and r == "10" for s, r, _ in got)


def test_a_true_coordinated_subject_stays_whole(code):
    events = code("Britain and France condemned the coup in Niger on Thursday.",
                  published="2010-02-18")
    assert {e["source"]["code"][:3] for e in events} == {"GBR", "FRA"}


def test_a_hand_over_is_with_whom_the_person_is_handed_to(code):
    events = code("Kenya handed suspected Rwandan genocide organiser Ephrem Nkezabera over to "
                  "the U.N. tribunal in Arusha on Friday.", published="2004-06-11")
    got = acts(events)
    assert ("KEN", "063", "IGO") in got, got


def test_rebels_declaring_a_ceasefire_stop_fighting_their_state(code):
    events = code("The Basque separatist group ETA declared a permanent ceasefire on Thursday.",
                  published="2011-01-10")
    got = acts(events)
    assert ("ESP", "0871", "ESP") in got, got


def test_people_hanged_are_killed(code):
    events = code("Iraqi authorities hanged two former officials of Saddam Hussein's government "
                  "on Monday.", published="2007-01-15")
    assert "18" in {e["cameo"]["root"] for e in events}
    assert not code("The army hung on to power after the vote.", published="2007-01-15")


def test_the_grievance_of_a_demand_or_sanction_is_no_event(code):
    events = code("The Arab League suspended Libya's membership on Tuesday over Moammar Gaddafi's "
                  "bloody crackdown on protesters.", published="2011-02-22")
    assert not any(e["cameo"]["root"] == "17" for e in events)
    events = code("Beijing demanded an apology from Washington on Saturday for the bombing of "
                  "its embassy in Belgrade.", published="1999-05-08")
    assert not any(e["cameo"]["root"] in {"18", "19"} for e in events)


def test_a_raid_in_which_people_were_seized_is_how_not_a_second_act(code):
    events = code("U.S. Army Rangers seized 17 aides of an Iraqi militia leader in a raid on a "
                  "Baghdad house on Sunday.", published="2004-06-06")
    roots = [e["cameo"]["root"] for e in events]
    assert "17" in roots and "19" not in roots, roots


def test_a_titled_unknown_name_shot_dead_is_assassinated(code):
    events = code("Gunmen shot dead Governor Pedro Alvarado in Culiacan on Monday.",
                  published="1995-03-06")
    assert "186" in {e["cameo"]["code"] for e in events}


def test_a_passive_second_verb_takes_the_first_verbs_subject_as_patient(code):
    events = code("Former Panamanian leader Manuel Noriega surrendered to U.S. forces on "
                  "Wednesday and was arrested by U.S. agents.", published="1990-01-04")
    got = acts(events)
    assert ("USA", "173", "PAN") in got, got


def test_welcomed_at_the_airport_is_received(code):
    events = code("Pope John Paul II arrived in Havana on Wednesday and was welcomed at the "
                  "airport by President Fidel Castro.", published="1998-01-21")
    got = acts(events)
    assert ("CUB", "043", "VAT") in got, got


def test_the_south_and_force_returned(code):
    # "the South" is South Korea once the sentence names Korea; force used back is aimed at
    # the attacker; a weapon named as the instrument says which force
    events = code("North Korean troops fired artillery shells at a South Korean border post on "
                  "Friday, and the South's forces fired back with howitzers.",
                  published="2014-10-10")
    got = acts(events)
    assert ("KOR", "194", "PRK") in got, got


def test_the_south_alone_names_no_state(code):
    assert not code("The South voted for the challenger on Tuesday.", published="2014-10-10")


@pytest.mark.parametrize("text, expected", [
    # the doer after "from": whoever came under fire was fired on
    ("Russian troops came under fire from Chechen rebels near Grozny on Monday.",
     ("RUS", "19", "RUS")),
    ("Bosnian government troops came under heavy shelling from Serb forces on Monday.",
     ("SRB", "19", "BIH")),
    ("U.S. Marines met fierce resistance from Cuban soldiers on Grenada on Tuesday.",
     ("CUB", "19", "USA")),
])
def test_came_under_fire_from_is_the_doers_attack(code, text, expected):
    events = code(text, published="1995-01-02")
    got = acts(events, "root")
    assert expected in got, got
    # never the other way round
    assert not any(e["source"]["code"].endswith("MIL") and e["target"] and
                   e["target"]["code"].endswith(("REB", "SEP")) for e in events)


def test_relative_clauses_whom_and_the_present(code):
    # "whom" as the object of a relative clause is the noun the clause hangs on ...
    events = code("Philippine troops freed two Italian aid workers, whom Abu Sayyaf gunmen had "
                  "abducted in May.", published="2000-09-16")
    assert ("PHL", "181", "ITA") in acts(events)
    # ... and a relative clause in the simple present describes a state, not an event
    events = code("Kenyan troops crossed into Somalia on Sunday to hunt al Shabaab militants, "
                  "whom Nairobi blames for a wave of kidnappings.", published="2011-10-16")
    assert not any(e["cameo"]["root"] == "11" for e in events)


def test_a_campaigner_is_of_the_country_in_context(code):
    events = code("Indian Prime Minister Manmohan Singh appealed to anti-corruption campaigner "
                  "Anna Hazare on Tuesday to end his hunger strike.", published="2011-08-23")
    assert ("IND", "025", "IND") in {(s, c[:3], t) for s, c, t in acts(events)}


@pytest.mark.parametrize("text, expected", [
    # "to" tagged as the infinitive marker still introduces its object, and a message's "from"
    # is its author
    ("Malawi's government relented to pressure from Zambia on Friday and reopened the border.",
     ("MWI", "080", "ZMB")),
    # a "by" hung on an active verb belongs to its object: the proposal's author
    ("Paraguay rejected a proposal by Bolivia on Monday to share the river's water.",
     ("PRY", "120", "BOL")),
    ("The Chilean foreign minister sounded out Peru on Thursday about a fishing accord.",
     ("CHL", "040", "PER")),
])
def test_target_prepositions_and_authors(code, text, expected):
    got = acts(code(text, published="1998-05-08"))
    assert expected in got, got


def test_patching_up_relations_is_mutual(code):
    got = acts(code("Ecuador and Peru patched up their differences at a meeting in Brasilia on "
                    "Tuesday.", published="1998-05-06"), "root")
    assert {("ECU", "05", "PER"), ("PER", "05", "ECU")} <= got, got


@pytest.mark.parametrize("text, expected", [
    # a nationality adjective names the country of a border, airspace or waters
    ("Syria massed tanks on the Jordanian border on Thursday, Amman said.", ("SYR", "15", "JOR")),
    ("Two Russian bombers violated Norwegian airspace on Thursday.", ("RUS", "15", "NOR")),
    ("Iraq scaled back its forces on the Kuwaiti border on Thursday.", ("IRQ", "08", "KWT")),
    ("Eritrea levelled accusations at Ethiopia on Thursday over the border war.",
     ("ERI", "11", "ETH")),
])
def test_expanses_and_force_posture(code, text, expected):
    got = acts(code(text, published="1998-05-08"), "root")
    assert expected in got, got


@pytest.mark.parametrize("text, published, expected", [
    # a state is accused, never charged in court; "charged that" is a claim
    ("Honduras charged Managua on Monday with arming rebels along the border.", "1986-03-24",
     ("HND", "112", "NIC")),
    ("Amnesty International charged on Monday that Egyptian police routinely beat detainees.",
     "2003-03-24", ("NGO", "112", "EGY")),
    # … while people are charged
    ("Scottish prosecutors charged two Libyan intelligence agents with the bombing on Monday.",
     "1991-11-18", ("GBR", "173", "LBY")),
    # the disguised ones act, not what they are disguised as; a vehicle's load is its people
    ("Somali gunmen dressed as soldiers hijacked a bus carrying Kenyan tourists near Mombasa "
     "on Monday.", "2002-11-25", ("SOM", "181", "KEN")),
    # a sum in aid is aid
    ("Canada rushed $40 million in food aid to Ethiopia on Monday.", "1985-03-25",
     ("CAN", "073", "ETH")),
    ("French Air Force planes airdropped food and blankets on Monday to refugees stranded "
     "along Sudan's border with Chad.", "2004-05-24", ("FRA", "073", "SDN")),
    ("Russia sprang to the defence of Serbia on Monday at the Security Council.", "1999-03-29",
     ("RUS", "052", "SRB")),
    ("North Korea readmitted U.N. nuclear inspectors on Monday.", "2007-07-16",
     ("PRK", "086", "IGO")),
])
def test_charges_disguises_sums_and_new_verbs(code, text, published, expected):
    got = acts(code(text, published=published))
    assert any(s == expected[0] and c.startswith(expected[1]) and t == expected[2]
               for s, c, t in got), got


def test_a_lowercase_party_word_is_no_party(code):
    events = code("A bomb planted by dissident republicans exploded outside a police station in "
                  "Belfast on Monday.", published="2010-02-22")
    assert not any((e["source"]["code"] or "").startswith("USA") for e in events)


def test_a_captured_place_is_no_hostage(code):
    events = code("Rebels captured the U.N. compound in the town of Bunia on Monday.",
                  published="2003-05-12")
    assert not any(e["cameo"]["code"] == "181" for e in events)


def test_a_vow_to_crush_is_a_threat(code):
    got = acts(code("President Robert Mugabe vowed on Monday to crush any attempt by the "
                    "opposition to topple his government.", published="2003-05-26"), "root")
    assert ("ZWE", "13", "ZWE") in got, got


@pytest.mark.parametrize("text, published, expected", [
    # a broker, sponsor or backer named on an event noun is no party to it
    ("An Egyptian-brokered truce between Israel and Hamas took hold on Thursday.", "2012-11-22",
     {("ISR", "08", "PSE"), ("PSE", "08", "ISR")}),
    # handed back to whom
    ("Britain handed back the Falkland Islands' airport to Argentina on Thursday.",
     "2012-11-22", {("GBR", "08", "ARG")}),
    # the government rebels face is their own state's, wherever they meet it
    ("Colombia's FARC rebels said on Thursday they were ready to meet government negotiators "
     "in Havana next month.", "2012-11-22", {("COL", "03", "COL")}),
    # "Maoist rebels" are the country's the article names
    ("Maoist rebels attacked a police post in western Nepal on Thursday.", "2004-11-18",
     {("NPL", "19", "NPL")}),
    ("Maoist rebels attacked a police post in the Indian state of Chhattisgarh on Thursday.",
     "2010-11-18", {("IND", "19", "IND")}),
])
def test_brokers_hand_backs_rebels_counterparts(code, text, published, expected):
    got = acts(code(text, published=published), "root")
    assert expected <= got, got


def test_a_threat_after_a_demanded_base_form_is_the_demanders(code):
    # "step" is often tagged a noun; "threatened" is still the rebel leader's own second act
    events = code("Rebel leader Jo Bako insisted on Monday that President Mobutu Sese Seko step "
                  "down within days and threatened to attack Kinshasa.",
                  published="1997-05-05")
    threats = [e["source"]["code"] for e in events if e["cameo"]["root"] == "13"]
    assert threats and all(not s.endswith("GOV") for s in threats), threats


def test_what_happened_before_the_act_is_its_background(code):
    events = code("Chad closed its border with Sudan on Monday after Sudanese militiamen raided "
                  "three villages.", published="2006-04-10")
    assert ("TCD", "16", "SDN") in acts(events, "root")
    assert not any(e["source"]["code"].startswith("SDN") for e in events)
    # … but when the sentence reports nothing else, the act in the clause is the news
    events = code("Two days after Sudanese militiamen raided three villages in eastern Chad, "
                  "witnesses said on Monday.", published="2006-04-10")
    assert ("SDN", "19", "TCD") in acts(events, "root")


@pytest.mark.parametrize("text, published, expected", [
    # a leader who crosses a border travels; forces invade
    ("South African President Nelson Mandela crossed the border into Lesotho on Monday for "
     "talks with its king.", "1995-06-05", ("ZAF", "04", "LSO")),
    ("Iraqi troops crossed the border into Kuwait on Monday.", "1990-08-06", ("IRQ", "19", "KWT")),
    # the preposition hung on the particle
    ("Portugal handed Macau back to China at midnight on Monday.", "1999-12-20",
     ("PRT", "08", "CHN")),
])
def test_crossings_and_hand_backs(code, text, published, expected):
    got = acts(code(text, published=published), "root")
    assert expected in got, got


def test_a_states_forces_firing_on_its_protesters_is_repression(code):
    got = acts(code("Zimbabwean troops fired into crowds of demonstrators in Harare on Monday, "
                    "killing at least ten people.", published="2008-04-14"))
    assert ("ZWE", "175", "ZWE") in got, got
    assert not any(c.startswith("18") for _, c, _ in got)


def test_an_acts_purpose_is_no_second_act(code):
    got = acts(code("The European Union imposed an arms embargo on Belarus on Monday to force "
                    "its government to free political prisoners.", published="2011-06-20"),
               "root")
    assert ("IGO", "16", "BLR") in got, got
    assert not any(c == "10" for _, c, _ in got), got
    # … but an aim whose act was not itself coded still counts
    got = acts(code("Argentine President Raul Alfonsin set up a commission on Thursday to "
                    "investigate abuses by the armed forces.", published="1983-12-16"), "root")
    assert any(c == "09" for _, c, _ in got), got


@pytest.mark.parametrize("text, published, expected", [
    # the root noun of a misparsed participle phrase is the past tense's subject
    ("Ethiopian troops backed by helicopter gunships crossed into Somalia on Sunday.",
     "2006-12-25", ("ETH", "19", "SOM")),
    # the pattern's own preposition names the target, before any other ("from Zaire")
    ("Ugandan troops crossed into Sudan from Kenya on Sunday.", "1997-03-03",
     ("UGA", "19", "SDN")),
    # forces that cross in to protect provide protection
    ("Belgian paratroopers crossed into Zaire on Sunday on a rescue mission to evacuate "
     "foreigners.", "1991-09-30", ("BEL", "07", "COD")),
])
def test_crossing_into(code, text, published, expected):
    got = acts(code(text, published=published), "root")
    assert expected in got, got


def test_workers_crossing_a_border_is_no_event(code):
    events = code("Israel eased its closure on Sunday, allowing thousands of Palestinian workers "
                  "to cross into Israel.", published="1996-04-07")
    assert not any(e["source"]["code"].startswith("PSE") for e in events)


def test_forces_ordered_to_a_country_are_deployed_there(code):
    got = acts(code("President Francois Mitterrand ordered French paratroopers to Chad on "
                    "Tuesday to halt a Libyan-backed offensive.", published="1983-08-09"), "root")
    assert ("FRA", "15", "TCD") in got, got


def test_what_an_accuser_says_in_support_is_the_accusations_content(code):
    got = acts(code("Honduras blamed Nicaragua on Sunday for the border clashes, saying "
                    "Sandinista troops had shelled Honduran villages.", published="1986-03-24"),
               "root")
    assert ("HND", "11", "NIC") in got, got
    assert not any(c == "19" for _, c, _ in got), got


def test_a_date_between_the_verb_and_its_preposition(code):
    got = acts(code("The World Bank's board signed off on Tuesday on a $300 million loan to "
                    "Ghana.", published="2001-05-08"))
    assert ("IGO", "071", "GHA") in got, got


def test_the_states_agents_storming_a_place_coerce(code):
    got = acts(code("Belarusian police stormed the offices of an opposition newspaper in Minsk on "
                    "Thursday.", published="2021-05-20"), "root")
    assert any(s == "BLR" and c == "17" for s, c, _ in got), got
    assert not any(c == "14" for _, c, _ in got), got


def test_the_act_a_verb_is_done_with_is_its_subjects(code):
    got = acts(code("Venezuelan President Hugo Chavez opened the summit on Monday with a scathing "
                    "attack on U.S. foreign policy.", published="2006-09-18"), "root")
    assert ("VEN", "11", "USA") in got, got


def test_a_warning_is_aimed_at_whom_it_is_addressed_to(code):
    got = acts(code("Moscow warned Kiev against letting NATO warships into Sevastopol.",
                    published="2008-08-20"), "root")
    assert ("RUS", "13", "UKR") in got, got
    assert not any(t == "IGO" for _, _, t in got), got


def test_an_act_noun_that_is_the_sentence_subject_is_its_main_act(code):
    got = acts(code("An appeal by the Arab League for a truce in Yemen went unanswered.",
                    published="2015-04-02"), "root")
    assert ("IGO", "02", "YEM") in got, got


def test_whatever_fills_an_open_object_is_no_part_of_the_act(code):
    # "met [*]": the one met is a partner, so the meeting goes both ways
    got = acts(code("The Indian prime minister met the visiting Chinese foreign minister in "
                    "New Delhi on Friday.", published="2003-06-27"), "root")
    assert {("IND", "04", "CHN"), ("CHN", "04", "IND")} <= got, got


def test_a_frame_verb_alone_keeps_its_own_preposition(code):
    # "balk at": whose plan is balked at is whom the refusal is aimed at
    got = acts(code("Serbia balked at a Russian proposal to send monitors to Kosovo.",
                    published="1998-07-14"), "root")
    assert ("SRB", "12", "RUS") in got, got


def test_out_of_parsed_as_two_prepositions_still_names_the_place_left(code):
    got = acts(code("Vietnam began pulling its troops out of Phnom Penh on Monday.",
                    published="1989-09-25"), "root")
    assert ("VNM", "08", "KHM") in got, got


def test_force_massed_near_a_border_named_inside_the_object(code):
    got = acts(code("Syria has massed 30,000 troops, including three armoured brigades, along "
                    "the Jordanian border, Israeli officials said.", published="1980-11-29"),
               "root")
    assert ("SYR", "15", "JOR") in got, got


@pytest.mark.parametrize("text, published, expected", [
    # pressure shrugged off is refused; criticism shrugged off is played down (052)
    ("Prime Minister Thatcher shrugged off Commonwealth pressure for sanctions against South "
     "Africa.", "1986-08-05", ("GBR", "12", "IGO")),
    ("Chancellor Kohl shrugged off criticism from Paris over the deal.", "1990-05-10",
     ("DEU", "05", "FRA")),
])
def test_what_is_shrugged_off_decides(code, text, published, expected):
    assert expected in acts(code(text, published=published), "root")


@pytest.mark.parametrize("text, expected", [
    ("Washington told Managua on Friday to stop arming the Salvadoran guerrillas.",
     ("USA", "10", "NIC")),
    ("The prime minister told parliament that Chad had shelled the border town.", None),
])
def test_tell_to_is_an_order_and_tell_that_is_speech(code, text, expected):
    got = acts(code(text, published="1983-03-04"), "root")
    if expected:
        assert expected in got, got
    else:
        assert not any(c == "10" for _, c, _ in got), got


@pytest.mark.parametrize("text, expected", [
    # sanctions or force held out on a condition are threats
    ("The Nigerian parliament voted to sever diplomatic ties with Ghana unless Accra released "
     "the detained traders.", ("NGA", "13", "GHA")),
    ("Beijing said it would suspend all arms talks with Washington if the sale went ahead.",
     ("CHN", "13", "USA")),
])
def test_acts_held_out_on_a_condition_are_threats(code, text, expected):
    got = acts(code(text, published="1996-02-14"), "root")
    assert expected in got, got
    assert not any(c == "16" for _, c, _ in got), got


def test_a_lobbied_leader_is_appealed_to(code):
    got = acts(code("President Aquino lobbied Japanese Prime Minister Takeshita on Monday for "
                    "more economic aid.", published="1989-07-03"), "root")
    assert ("PHL", "02", "JPN") in got, got


@pytest.mark.parametrize("text, published, accusation, content_root", [
    ("Pakistan charged on Friday that Indian troops had shelled Pakistani villages along the "
     "Line of Control.", "1998-07-31", ("PAK", "11"), "19"),
    ("A Paris court convicted two Libyan agents of planting a bomb on a French airliner over "
     "Niger in 1989.", "1999-03-10", ("FRA", "11"), "18"),
])
def test_what_an_accusation_says_is_its_content(code, text, published, accusation,
                                                content_root):
    got = acts(code(text, published=published), "root")
    assert any((s, c) == accusation for s, c, _ in got), got
    assert not any(c == content_root for _, c, _ in got), got


@pytest.mark.parametrize("text, published, main, content_root", [
    # what is urged has not happened: the talks urged are no talks
    ("The Organisation of African Unity urged Ethiopia and Eritrea to send delegations to "
     "Algiers for direct talks.", "1999-05-20", ("IGO", "02"), "04"),
    # what a meeting is about is its topic
    ("King Hussein received the Iraqi foreign minister in Amman for talks on ending the "
     "sanctions against Baghdad.", "1995-02-06", ("JOR", "04"), "16"),
])
def test_what_is_urged_or_talked_about_is_no_event_of_its_own(code, text, published, main,
                                                              content_root):
    got = acts(code(text, published=published), "root")
    assert any((s, c) == main for s, c, _ in got), got
    assert not any(c == content_root for _, c, _ in got), got


def test_two_acts_urged_are_both_urged(code):
    got = acts(code("The Arab League urged Iraq to free Kuwaiti prisoners and to return to "
                    "talks with Kuwait.", published="1992-09-14"))
    # (the second is coordinated with the first, not part of its content)
    assert len({c for s, c, t in got if s == "IGO" and t == "IRQ"}) >= 2, got


def test_a_passive_acts_agent_may_hang_on_the_patterns_noun(code):
    got = acts(code("Former Prime Minister Arnaldo Forlani was placed under investigation by "
                    "Milan magistrates on Friday.", published="1993-05-07"), "root")
    assert any(s == "ITA" and c == "09" for s, c, _ in got), got


def test_riot_police_clubbing_students_repress_them(code):
    got = acts(code("South Korean riot police clubbed students outside Yonsei University on "
                    "Monday.", published="1987-06-15"))
    assert any(s == "KOR" and c == "175" for s, c, _ in got), got


@pytest.mark.parametrize("text, published, main_root, extra_root", [
    # a participle of saying or protesting after a coded act says how it was done
    ("The U.S. ambassador urged Kenya's government to legalise opposition parties, telling "
     "businessmen in Nairobi that Washington would reward democracy.", "1990-05-04", "02", "01"),
    ("Canada walked out of the U.N. conference on Monday, protesting against a draft that "
     "singled out Israel.", "2001-09-03", "16", "14"),
])
def test_a_participle_after_a_coded_act_is_no_second_act(code, text, published, main_root,
                                                         extra_root):
    got = acts(code(text, published=published), "root")
    assert any(c == main_root for _, c, _ in got), got
    assert not any(c == extra_root for _, c, _ in got), got


def test_a_past_tense_hung_on_the_root_noun_has_it_as_subject(code):
    got = acts(code("Several thousand Tamil rebels handed in their weapons to Indian "
                    "peacekeepers in Jaffna on Monday.", published="1987-08-10"), "root")
    assert any(s == "LKA" and c == "08" for s, c, _ in got), got


def test_what_a_motion_would_let_happen_has_not_happened(code):
    got = acts(code("The Ukrainian parliament voted down a motion to let Russian warships "
                    "dock in Odessa.", published="2010-04-20"), "root")
    assert any(s == "UKR" and c == "12" for s, c, _ in got), got
    assert not any(s == "RUS" for s, _, _ in got), got


def test_a_rejection_is_aimed_at_who_made_what_is_rejected(code):
    got = acts(code("A French plan for a ceasefire in Lebanon was rejected on Tuesday by the "
                    "Syrian government, whose troops occupy the Bekaa Valley.",
                    published="1989-08-22"), "root")
    assert ("SYR", "12", "FRA") in got, got


def test_what_a_rejected_resolution_would_have_urged_is_no_event(code):
    got = acts(code("Moscow vetoed a Security Council resolution that would have urged Serbia to "
                    "withdraw its police from Kosovo.", published="1999-03-26"), "root")
    assert ("RUS", "12", "IGO") in got, got
    assert not any(c == "02" for _, c, _ in got), got


@pytest.mark.parametrize("text, published, expected", [
    ("Morocco announced on Monday that it was quitting the Organisation of African Unity.",
     "1984-11-12", ("MAR", "16", "IGO")),
    ("North Korea said it was leaving the International Atomic Energy Agency.", "1994-06-13",
     ("PRK", "16", "IGO")),
    ("Washington pulled 40 embassy employees out of Havana on Tuesday.", "2017-10-03",
     ("USA", "16", "CUB")),
    ("The Security Council cut its peacekeeping force in Angola to 1,000 troops.", "1997-07-01",
     ("IGO", "16", "AGO")),
])
def test_leaving_bodies_and_withdrawing_staff_or_peacekeepers_reduce_relations(
        code, text, published, expected):
    assert expected in acts(code(text, published=published), "root")


def test_whom_a_call_for_a_withdrawal_is_to(code):
    got = acts(code("The Organisation of African Unity called for the immediate withdrawal of "
                    "Libyan troops from Chad.", published="1983-08-12"), "root")
    assert ("IGO", "02", "LBY") in got, got


def test_what_an_agreement_is_about_is_its_topic(code):
    got = acts(code("Britain and China reached agreement on the return of Hong Kong to Chinese "
                    "rule.", published="1984-09-26"), "root")
    assert {("GBR", "05", "CHN"), ("CHN", "05", "GBR")} <= got, got
    assert not any(c == "08" for _, c, _ in got), got


def test_charging_into_a_place_is_no_charge_sheet(code):
    got = acts(code("Government supporters charged into Independence Square in Kiev on Tuesday "
                    "and attacked opposition protesters.", published="2014-01-21"), "root")
    assert not any(c == "11" for _, c, _ in got), got


def test_battalions_ordered_to_a_border(code):
    got = acts(code("President Museveni ordered three army battalions to the border with Sudan "
                    "on Monday.", published="1995-04-24"), "root")
    assert ("UGA", "15", "SDN") in got, got


def test_a_warning_is_aimed_at_each_side_named_in_its_condition(code):
    got = acts(code("Baghdad warned on Monday that no oil would flow through the pipeline if "
                    "Turkey and Syria joined the blockade.", published="1990-08-13"), "root")
    assert {("IRQ", "13", "TUR"), ("IRQ", "13", "SYR")} <= got, got


def test_soldiers_with_no_country_acting_on_a_countrys_leader_are_its_own(code):
    got = acts(code("Mutinous soldiers shot dead President Juvenal Habyarimana of Rwanda on "
                    "Wednesday.", published="1994-01-12"), "root")
    assert any(s == "RWA" and c == "18" for s, c, _ in got), got


def test_a_background_clause_hung_on_the_main_verb_stays_background(code):
    got = acts(code("ECOWAS suspended Guinea on Friday and froze its aid, two days after "
                    "soldiers seized power in Conakry.", published="2008-12-26"), "root")
    assert any(c == "16" for _, c, _ in got), got
    assert not any(c in {"17", "18", "19"} for _, c, _ in got), got


def test_a_title_given_in_sport_is_no_aid(code):
    got = code("Italy beat France 5-3 on penalties in the World Cup final in Berlin on Sunday, "
               "with Fabio Grosso scoring the winning kick to give the Italians a fourth title.",
               published="2006-07-09")
    assert got == [], acts(got)


def test_a_mediators_parties_in_the_talks_it_mediates(code):
    got = acts(code("Algerian diplomats acted as intermediaries in months of secret negotiations "
                    "between the United States and Iran over the hostages.",
                    published="1981-01-20"), "root")
    assert {("DZA", "04", "USA"), ("DZA", "04", "IRN")} <= got, got


def test_accepting_an_invitation_is_one_sided(code):
    got = acts(code("Chinese Premier Zhao Ziyang accepted an invitation from Prime Minister "
                    "Nakasone to visit Japan.", published="1985-03-11"), "root")
    assert ("CHN", "03", "JPN") in got and ("JPN", "03", "CHN") not in got, got


def test_the_states_an_of_names_are_the_actors(code):
    got = acts(code("Austria recognised the former Soviet republics of Latvia and Lithuania on "
                    "Friday.", published="1991-08-30"), "root")
    assert {("AUT", "05", "LVA"), ("AUT", "05", "LTU")} <= got, got
    assert not any(t == "RUS" for _, _, t in got), got


@pytest.mark.parametrize("text, published, expected", [
    ("Algeria began pumping gas to Italy through the Transmed pipeline.", "1983-06-01",
     ("DZA", "06", "ITA")),
    ("Canadian planes parachuted blankets and food to Ethiopian villagers.", "1985-01-15",
     ("CAN", "07", "ETH")),
    ("Syria opened its military sites to Turkish inspectors on Monday.", "1998-11-02",
     ("SYR", "08", "TUR")),
    ("The Security Council held out the threat of sanctions against Libya.", "1992-01-21",
     ("IGO", "13", "LBY")),
])
def test_more_ways_to_say_it(code, text, published, expected):
    assert expected in acts(code(text, published=published), "root")


def test_a_span_of_time_is_looked_through_to_what_it_counts(code):
    got = acts(code("Sri Lanka broke off four months of peace talks with the Tamil Tigers on "
                    "Monday.", published="1995-04-24"), "root")
    assert any(s == "LKA" and c == "16" for s, c, _ in got), got


def test_victims_listed_loose_after_among_them(code):
    got = acts(code("Gunmen abducted 12 tourists, among them four Britons and two Australians, "
                    "from a hotel in Yemen on Tuesday.", published="1998-12-29"), "root")
    assert {t for _, c, t in got if c == "18"} >= {"GBR", "AUS"}, got


def test_what_a_participle_forced_is_no_demand(code):
    got = acts(code("Syrian troops overran the Lebanese army's last stronghold on Saturday, "
                    "seizing the presidential palace and forcing General Aoun to flee.",
                    published="1990-10-13"), "root")
    assert any(c == "19" for _, c, _ in got), got
    assert not any(c == "10" for _, c, _ in got), got


def test_two_sides_meeting_somewhere_meet_each_other(code):
    got = acts(code("Peru and Ecuador held a second week of talks near Brasilia on Monday.",
                    published="1998-10-19"), "root")
    assert {("PER", "04", "ECU"), ("ECU", "04", "PER")} <= got, got
    assert not any(t == "BRA" for _, _, t in got), got


def test_an_infinitive_of_purpose_parsed_as_a_complement_is_still_purpose(code):
    got = acts(code("President Chun declared martial law across South Korea on Sunday to end "
                    "two weeks of student protests.", published="1980-05-18"), "root")
    assert any(c == "17" for _, c, _ in got), got
    assert not any(c == "08" for _, c, _ in got), got


def test_a_participle_giving_the_reason_is_no_second_act(code):
    got = acts(code("Jordan closed its border with Iraq on Monday, bowing to U.S. pressure to "
                    "enforce the embargo.", published="1990-09-24"), "root")
    assert any(s == "JOR" and t == "IRQ" for s, _, t in got), got
    assert not any(t == "USA" for _, _, t in got), got


def test_what_a_complaint_is_over_is_its_topic_with_all_it_says(code):
    got = acts(code("Britain lodged a protest with Libya over a demonstration in Tripoli in which "
                    "students ransacked its embassy.", published="1984-04-18"), "root")
    assert ("GBR", "11", "LBY") in got, got
    assert not any(c == "14" for _, c, _ in got), got


def test_a_holding_participle_describes(code):
    got = acts(code("Colombia refused to negotiate with the M-19 guerrillas holding 20 diplomats "
                    "in the Dominican embassy.", published="1980-03-01"), "root")
    assert any(s == "COL" and c == "12" for s, c, _ in got), got
    assert not any(c == "18" for _, c, _ in got), got


def test_a_veto_is_aimed_at_the_body_it_is_cast_in(code):
    got = acts(code("Russia vetoed the renewal of the U.N. observer mission in Georgia on "
                    "Monday.", published="2009-06-15"), "root")
    assert ("RUS", "12", "IGO") in got, got


def test_an_indefinite_country_is_no_actor(code):
    got = acts(code("Kuwait's emir arrived in Paris on Monday on his first visit to a European "
                    "country since the war.", published="1991-07-08"), "root")
    assert not any(t == "EUR" for _, _, t in got), got


def test_whom_one_pleads_with_is_whom_the_appeal_is_to(code):
    got = acts(code("Italy's foreign minister pleaded on Friday with the Islamic Army in Iraq to "
                    "free two Italian aid workers.", published="2004-09-10"), "root")
    assert ("ITA", "02", "IRQ") in got, got


def test_what_a_proposal_offers_in_return_has_not_happened(code):
    got = acts(code("Moscow rejected a German proposal to lift the blockade of Lithuania in "
                    "return for Vilnius's cooperation with Soviet negotiators.",
                    published="1990-05-02"), "root")
    assert any(s == "RUS" and c == "12" for s, c, _ in got), got
    assert not any(c == "05" for _, c, _ in got), got


def test_what_an_after_phrase_tells_is_background(code):
    got = acts(code("Jordan closed its border with Syria on Sunday, after weeks of tension in "
                    "which Syrian troops shelled Jordanian villages.", published="1980-11-30"),
               "root")
    assert any(s == "JOR" and t == "SYR" for s, _, t in got), got
    assert not any(c == "19" for _, c, _ in got), got


def test_a_role_is_placed_through_a_participle_on_a_place(code):
    got = acts(code("French planes airdropped food on Monday to Kurdish refugees stranded on "
                    "mountainsides along Iraq's border with Iran.", published="1991-04-15"),
               "root")
    assert ("FRA", "07", "IRQ") in got, got


def test_a_charge_made_in_a_clause_is_against_whom_the_clause_names(code):
    got = acts(code("Amnesty International charged on Tuesday that beatings are routine in "
                    "Egyptian police stations.", published="2004-03-02"), "root")
    assert ("NGO", "11", "EGY") in got, got


def test_a_that_clause_makes_a_participle_on_the_root_noun_the_main_verb(code):
    got = acts(code("Human Rights Watch charged on Tuesday that beatings are routine in Egyptian "
                    "police stations.", published="2004-03-02"), "root")
    assert ("NGO", "11", "EGY") in got, got


def test_a_ratification_is_the_ratifying_side_s_act_alone(code):
    got = acts(code("The Ukrainian parliament ratified a friendship treaty with Russia on "
                    "Thursday after months of delay.", published="1998-01-15"), "root")
    assert ("UKR", "05", "RUS") in got, got
    assert not any(s == "RUS" for s, _, _ in got), got
    got = acts(code("The Canadian parliament approved the free trade agreement with Chile on "
                    "Tuesday.", published="1997-02-04"), "root")
    assert any(s == "CAN" and t == "CHL" for s, _, t in got), got
    assert not any(s == "CHL" for s, _, _ in got), got


@pytest.mark.parametrize("text, expected", [
    ("Khartoum ordered three foreign aid agencies to leave southern Sudan on Monday.",
     ("SDN", "1663", "NGO")),
    ("Pyongyang told U.N. nuclear inspectors to leave the country on Saturday.",
     ("PRK", "1662", "IGO")),
    ("Belgrade ordered two British diplomats to quit Yugoslavia within a week.",
     ("SRB", "161", "GBR")),
])
def test_an_order_to_leave_is_an_expulsion(code, text, expected):
    assert expected in acts(code(text, published="2002-12-16")), text


def test_one_s_own_people_ordered_home_are_not_expelled(code):
    got = acts(code("Sudan ordered its aid workers to leave the border area on Monday.",
                    published="2002-12-16"))
    assert not any(c.startswith("166") for _, c, _ in got), got


def test_an_international_official_acts_for_the_organisation_whatever_the_nationality(code):
    got = acts(code("The Norwegian head of the U.N. observer mission criticised Ethiopia on "
                    "Tuesday for blocking its helicopters.", published="2001-06-12"), "root")
    assert ("IGO", "11", "ETH") in got, got
    got = acts(code("The Canadian commander of the NATO force in Kosovo warned Albanian "
                    "militants on Friday to hand over their weapons.", published="2001-06-15"),
               "root")
    assert any(s == "IGO" for s, _, _ in got), got


def test_a_purpose_after_in_a_bid_to_is_no_act(code):
    got = acts(code("The Nepalese government imposed a curfew on Kathmandu on Sunday in a bid "
                    "to end a week of student protests that have paralysed the capital.",
                    published="2006-04-09"), "root")
    assert any(s == "NPL" and c == "17" for s, c, _ in got), got
    assert not any(c == "14" for _, c, _ in got), got


def test_a_force_participle_describing_a_recipient_is_who_they_are(code):
    got = acts(code("Iran has been supplying rockets to Shiite militias fighting American troops "
                    "in Iraq, U.S. officials said.", published="2007-02-12"), "root")
    assert any(s == "IRN" and c == "07" for s, c, _ in got), got
    assert not any(c == "19" for _, c, _ in got), got


def test_prisoners_protest_against_whoever_holds_them(code):
    got = acts(code("Hundreds of Palestinian inmates in Israeli prisons went on hunger strike on "
                    "Monday to protest against prison conditions.", published="2000-12-18"),
               "root")
    assert any(c == "14" and t == "ISR" for _, c, t in got), got


def test_a_release_is_demanded_of_whoever_took_them(code):
    got = acts(code("Syrian police detained two Lebanese journalists near the border on Sunday, "
                    "and Beirut called for their immediate release.", published="2006-05-14"),
               "root")
    assert ("LBN", "02", "SYR") in got, got


def test_a_meeting_one_side_travels_for_is_its_visit_to_the_host(code):
    got = acts(code("Greek Prime Minister Costas Simitis flew to Ankara on Sunday for talks with "
                    "Turkish Prime Minister Bulent Ecevit.", published="2000-01-23"), "code")
    assert ("GRC", "042", "TUR") in got, got
    assert not any(s == "TUR" for s, _, _ in got), got


def test_a_by_hung_on_the_of_object_is_the_act_s_doer(code):
    got = acts(code("The expulsion of two Iranian diplomats by Argentina on Friday drew an angry "
                    "response from Tehran.", published="2006-11-10"), "root")
    assert ("ARG", "16", "IRN") in got, got


def test_it_in_what_one_is_told_is_the_one_told(code):
    got = acts(code("Rice told Syria on Monday it must pull its troops out of Lebanon.",
                    published="2005-03-07"), "root")
    assert ("USA", "10", "SYR") in got, got


def test_prisoners_freed_are_civilians_of_the_country_that_holds_them(code):
    got = acts(code("Morocco freed 200 political prisoners on Monday.",
                    published="2005-03-07"), "root")
    assert ("MAR", "08", "MAR") in got, got


def test_what_a_saying_participle_after_an_act_reports_is_its_reason(code):
    got = acts(code("Japan lifted its freeze on loans to China on Monday, saying Beijing had "
                    "agreed to halt nuclear tests.", published="1995-02-27"), "root")
    assert any(s == "JPN" and t == "CHN" for s, _, t in got), got
    assert not any(s == "CHN" for s, _, _ in got), got


def test_an_as_clause_tells_what_goes_on_around_the_act(code):
    got = acts(code("The Thai army chief told Prime Minister Thaksin Shinawatra on Monday to "
                    "resign, as thousands of protesters blockaded Government House.",
                    published="2006-03-06"), "root")
    assert any(c == "10" for _, c, _ in got), got
    assert not any(c in {"14", "15", "19"} for _, c, _ in got), got


def test_an_offer_shot_down_is_refused(code):
    got = acts(code("Hamas on Sunday shot down an Israeli offer to ease the blockade of Gaza.",
                    published="2008-06-01"), "root")
    assert ("PSE", "12", "ISR") in got, got


def test_a_relative_clause_in_the_present_perfect_describes(code):
    got = acts(code("Kenya freed 30 opposition activists on Monday, a step that Western donors, "
                    "which have condemned Nairobi's rights record, cautiously welcomed.",
                    published="1992-02-10"), "root")
    assert any(s == "KEN" and c == "08" for s, c, _ in got), got
    assert not any(c == "11" for _, c, _ in got), got


def test_a_truce_between_a_state_and_a_group_named_with_one_noun_has_two_parties(code):
    got = acts(code("Egyptian officials have brokered a six-month ceasefire between Israel and "
                    "Hamas militants in the Gaza Strip, diplomats said on Monday.",
                    published="2008-06-16"), "root")
    assert ("EGY", "04", "ISR") in got and ("EGY", "04", "PSE") in got, got


def test_an_agent_on_the_second_of_two_passive_participles_acts_for_both(code):
    got = acts(code("The Albanian ambassador was shot and wounded by Serbian police in "
                    "Belgrade on Sunday.", published="1998-03-08"), "root")
    assert any(s == "SRB" and t == "ALB" for s, _, t in got), got


@pytest.mark.parametrize("text, published, expected", [
    ("Argentina lodged a formal request on Monday for the extradition from Spain of a former "
     "navy captain.", "2003-06-30", ("ARG", "0213", "ESP")),
    ("The Organisation of African Unity issued an appeal on Friday for the withdrawal of "
     "Ethiopian troops from Somalia.", "1997-03-14", ("IGO", "0256", "ETH")),
])
def test_an_act_asked_for_by_a_noun_of_asking_is_asked_for_not_done(code, text, published,
                                                                     expected):
    got = acts(code(text, published=published))
    assert expected in got, got
    assert not any(c.startswith(("06", "08")) for _, c, _ in got), got


@pytest.mark.parametrize("text, expected", [
    ("Germany appealed on Monday for the release of two German engineers kidnapped by Chechen "
     "rebels.", ("DEU", "02", "RUS")),
    ("Italy renewed its call on Tuesday for the release of three Italian nuns held in Somalia.",
     ("ITA", "02", "SOM")),
])
def test_a_release_is_asked_of_whoever_holds_them(code, text, expected):
    got = acts(code(text, published="2000-06-12"), "root")
    assert expected in got, got


@pytest.mark.parametrize("text, expected", [
    ("Washington stepped up pressure on Belgrade on Monday to withdraw its troops from Kosovo.",
     ("USA", "10", "SRB")),
    ("Ankara piled pressure on Rome on Saturday to hand over the Kurdish rebel leader.",
     ("TUR", "10", "ITA")),
])
def test_piling_pressure_on_someone_is_a_demand(code, text, expected):
    got = acts(code(text, published="2003-01-13"), "root")
    assert expected in got, got


def test_the_head_of_a_body_acts_for_it(code):
    got = acts(code("The head of the IAEA criticised Iran on Monday for blocking inspections.",
                    published="2006-03-06"), "root")
    assert ("IGO", "11", "IRN") in got, got
    got = acts(code("The director of the CIA accused Iraq on Monday of hiding weapons.",
                    published="2002-09-16"), "root")
    assert ("USA", "11", "IRQ") in got, got


def test_an_appeal_in_a_participle_after_an_act_is_its_purpose(code):
    got = acts(code("Bangladesh's opposition parties boycotted Thursday's election, urging the "
                    "government to hand power to a caretaker administration.",
                    published="1996-02-16"), "root")
    assert any(c == "14" for _, c, _ in got), got
    assert not any(c == "02" for _, c, _ in got), got


def test_what_a_call_is_for_is_its_content(code):
    got = acts(code("The Arab League called for an end to Israeli raids on southern Lebanon.",
                    published="1996-04-15"), "root")
    assert any(s == "IGO" and c == "02" for s, c, _ in got), got
    assert not any(c == "19" for _, c, _ in got), got


def test_a_withdrawal_from_a_breakaway_region_is_from_its_separatists(code):
    got = acts(code("Russia evacuated the last of its soldiers from breakaway Chechnya on "
                    "Sunday.", published="1997-01-05"))
    assert ("RUS", "0874", "RUS") in got, got
    events = code("Georgia pulled its troops out of breakaway Abkhazia on Friday.",
                  published="1993-10-01")
    assert any(e["target"] and e["target"]["code"] == "GEOSEP" for e in events), events


def test_digging_in_heels_refuses(code):
    got = acts(code("The Clinton administration dug in its heels on Thursday over the U.S. "
                    "embargo on Cuba.", published="1998-01-22"), "root")
    assert ("USA", "12", "CUB") in got, got


def test_peoples_of_the_americas_are_not_india_and_no_capital_is_a_typo(code):
    events = code("Bolivia's government threatened on Wednesday to impose a state of siege "
                  "unless Aymara Indian farmers lift their roadblocks.", published="2000-10-04")
    assert events and all(e["target"]["code"].startswith("BOL") for e in events), events


@pytest.mark.parametrize("text, published, expected", [
    ("Mexico turned to the International Monetary Fund on Wednesday for an emergency line of "
     "credit.", "1995-01-11", ("MEX", "02", "IGO")),
    ("Indonesia assented on Sunday to the deployment of a multinational force in East Timor.",
     "1999-09-12", ("IDN", "08", "TLS")),
    ("Amnesty International urged clemency on Tuesday for a Filipino maid sentenced to death "
     "by a Kuwaiti court.", "2007-06-12", ("NGO", "02", "KWT")),
])
def test_turning_to_assenting_and_clemency(code, text, published, expected):
    got = acts(code(text, published=published), "root")
    assert expected in got, got


def test_force_along_the_border_faces_the_country_named_in_another_act(code):
    got = acts(code("Ecuador broke off relations with neighbouring Colombia on Sunday and put "
                    "troops on high alert along the border.", published="2008-03-02"))
    assert ("ECU", "152", "COL") in got, got


def test_what_a_denial_is_of_is_no_event(code):
    got = acts(code("Pakistan denied on Monday that its troops had crossed into India.",
                    published="1999-05-31"), "root")
    assert ("PAK", "01", "IND") in got, got
    assert not any(c == "19" for _, c, _ in got), got


def test_forces_a_state_spokesman_speaks_of_are_that_state_s(code):
    got = acts(code("A spokesman for the Israeli army said troops had arrested three "
                    "Palestinians in Hebron.", published="2002-01-14"), "root")
    assert ("ISR", "17", "PSE") in got, got


def test_what_an_act_s_object_consists_of_is_part_of_the_act(code):
    got = acts(code("Chad agreed on Tuesday to the deployment of a joint European Union-United "
                    "Nations peacekeeping force of around 4,000 troops in its east.",
                    published="2007-09-11"), "root")
    assert any(s == "TCD" for s, _, _ in got), got
    assert not any(c == "07" for _, c, _ in got), got


def test_the_reporters_a_third_party_tells_are_no_target(code):
    events = code("The two Sudanese parties reached a deal on Thursday to share power, South "
                  "African President Thabo Mbeki told reporters in Pretoria.",
                  published="2008-09-11")
    assert not any((e["target"] or {}).get("code", "").endswith("MED") for e in events), events


def test_a_participle_that_answers_or_rewards_is_no_second_act(code):
    got = acts(code("Syria formally lifted its state of emergency on Thursday, meeting a key "
                    "demand of opposition groups who have staged weekly protests inspired by the "
                    "uprisings in Egypt.", published="2011-04-21"))
    assert any(c.startswith("08") for _, c, _ in got) and len(got) == 1, got


def test_an_order_to_leave_to_members_of_a_body_expels_the_body(code):
    got = acts(code("Iraq ordered American members of the U.N. weapons inspection teams to leave "
                    "the country within seven days.", published="1997-10-29"))
    assert ("IRQ", "1662", "IGO") in got, got


@pytest.mark.parametrize("text, published, expected", [
    ("Sudan said on Monday it accepted Kenyan President Daniel arap Moi as mediator in the "
     "civil war.", "1997-10-27", ("SDN", "038", "KEN")),
    ("Iraqi Prime Minister Nuri al-Maliki promised on Tuesday to widen the cultural rights of "
     "the country's Kurds.", "2007-05-15", ("IRQ", "0343", "IRQ")),
])
def test_accepting_a_mediator_and_widening_rights(code, text, published, expected):
    assert expected in acts(code(text, published=published)), text


def test_reinstating_a_parliament_changes_institutions(code):
    got = acts(code("Pakistan's military ruler reinstated the dissolved parliament on Monday, "
                    "bowing to weeks of protests.", published="2002-11-18"))
    assert any(s == "PAK" and c == "0834" for s, c, _ in got), got


def test_holding_out_the_prospect_of_an_act_promises_it(code):
    got = acts(code("EU ministers held out the prospect on Monday of lifting sanctions on Minsk "
                    "if the opposition is freed.", published="2008-10-13"))
    assert any(s == "IGO" and c == "0354" for s, c, _ in got), got


@pytest.mark.parametrize("text, published, expected", [
    # an armed force entering a town takes it; entering a country or a region is an incursion
    ("Islamic State fighters entered Mosul on Tuesday after government troops fled.",
     "2014-06-10", ("IMG", "192", "IRQ")),
    ("Rwandan troops entered Congo on Saturday, a military spokesman said.", "1998-08-08",
     ("RWA", "190", "COD")),
    ("Turkish troops rolled into northern Syria on Wednesday.", "2016-08-24",
     ("TUR", "190", "SYR")),
    # the parser takes Crimea for an organisation; the gazetteer knows it is a region
    ("Russian forces moved into Crimea on Friday.", "2014-02-28", ("RUS", "190", "UKR")),
    # troops sent to keep the peace enter to protect
    ("Nigerian peacekeepers entered Monrovia on Monday to restore order.", "2003-08-04",
     ("NGA", "074", "LBR")),
])
def test_armed_forces_entering_a_place(code, text, published, expected):
    assert expected in acts(code(text, published=published)), text


@pytest.mark.parametrize("text", [
    "A U.N. delegation entered Mogadishu on Thursday.",
    "Thousands of refugees poured into Chad on Thursday.",
    "China poured thousands of riot police into Urumqi on Monday.",
])
def test_entering_without_arms_or_sending_others_occupies_nothing(code, text):
    got = acts(code(text, published="2009-07-06"))
    assert not any(c in {"190", "192"} for _, c, _ in got), got


def test_a_past_tense_hung_inside_the_backers_phrase_keeps_the_first_subject(code):
    """ "troops backed by gunships crossed into Somalia …, officials said": the parser hangs
    "crossed" on "gunships" and makes "troops" the reporting verb's first subject."""
    got = acts(code("Kenyan troops backed by helicopter gunships crossed into southern Somalia "
                    "on Sunday to pursue militants, Kenyan military officials said.",
                    published="2011-10-16"))
    assert any(s == "KEN" and c.startswith("19") and t == "SOM" for s, c, t in got), got


@pytest.mark.parametrize("text, published, expected", [
    # state-media formulas and state nouns
    ("Tehran on Sunday accused the Zionist regime of sabotage at the Natanz site.",
     "2021-04-12", ("IRN", "ISR", "11")),
    ("Hezbollah fighters fired rockets at the Jewish state on Friday.", "2006-07-14",
     ("LBN", "ISR", "19")),
    # national Red Cross and Red Crescent societies are their country's
    ("The Iraqi Red Crescent appealed to the United States on Monday to let aid reach "
     "Falluja.", "2004-04-12", ("IRQ", "USA", "02")),
])
def test_state_media_formulas_and_national_relief_societies(code, text, published, expected):
    assert expected in triples(code(text, published=published)), text


def test_recognising_a_state_named_by_its_adjective_is_done_to_it_not_among_the_recognisers(
        code):
    got = acts(code("Sweden and Iceland formally recognised a Palestinian state on Thursday.",
                    published="2014-10-30"))
    assert {("SWE", "054", "PSE"), ("ISL", "054", "PSE")} <= got, got
    assert ("SWE", "054", "ISL") not in got and ("ISL", "054", "SWE") not in got, got


@pytest.mark.parametrize("text, published, expected", [
    ("The Belgian king asked Congolese for forgiveness on Tuesday for colonial abuses.",
     "2022-06-07", ("BEL", "055", "COD")),
    ("Hungary and Serbia inaugurated a new railway link on Friday.", "2023-03-10",
     ("HUN", "061", "SRB")),
    ("The Supreme Court on Monday struck down a ban on the opposition party.", "2019-02-04",
     None),  # a court striking something down attacks nobody: no 19x
    # (with the noun read as the root and no finite verb: the participle is the main verb)
    ("Pakistan's opposition clamoured on Monday for the resignation of Prime Minister Nawaz "
     "Sharif.", "2017-07-17", ("PAK", "1041", "PAK")),
])
def test_asking_forgiveness_inaugurating_striking_down_and_clamouring(code, text, published,
                                                                      expected):
    got = acts(code(text, published=published))
    if expected is None:
        assert not any(c.startswith("19") for _, c, _ in got), got
    else:
        assert expected in got, got


def test_a_vow_to_annihilate_is_a_threat_and_a_threat_is_made(code):
    events = code("Iran's army chief vowed on Monday to annihilate Israel if it attacked.",
                  published="2012-02-20")
    threats = [e for e in events if e["cameo"]["code"].startswith("13")]
    assert threats and all(e["modality"] == "asserted" for e in threats), events


def test_people_flown_somewhere_are_carried_not_visiting(code):
    got = acts(code("Cuba freed three Americans on Tuesday, with the men flown to Miami aboard a "
                    "chartered plane.", published="2010-06-15"))
    assert not any(c == "042" for _, c, _ in got), got


def test_a_preposition_with_its_own_object_is_no_particle_of_a_phrasal_verb(code):
    """ "dropped gas on the town in April" is no "drop in on": "in" has its own object."""
    got = acts(code("A Syrian helicopter dropped barrels of explosives on the town in April, "
                    "killing ten people.", published="2015-05-04"))
    assert not any(c.startswith("04") for _, c, _ in got), got


def test_members_named_among_those_who_acted_did_it(code):
    got = triples(code("Italy, Spain and Denmark were among 18 countries that expelled Russian "
                       "diplomats on Monday.", published="2018-03-26"))
    assert {("ITA", "RUS", "16"), ("ESP", "RUS", "16"), ("DNK", "RUS", "16")} <= got, got


def test_troops_flying_in_as_a_peacekeeping_force_protect_rather_than_visit(code):
    got = acts(code("Irish and Finnish troops flew into Beirut on Friday as part of a U.N.-backed "
                    "force sent to restore order in southern Lebanon.", published="2006-10-13"))
    assert any(c == "074" for _, c, _ in got) and not any(c == "042" for _, c, _ in got), got


def test_donors_pledging_together_give_to_the_beneficiary_not_to_each_other(code):
    got = acts(code("Norway, Canada and the Netherlands pledged $300 million on Tuesday to help "
                    "rebuild war-torn Sudan.", published="2005-04-12"))
    assert not {s for s, _, t in got if t in {"NOR", "CAN", "NLD"}}, got


def test_found_guilty_and_jailed_is_one_verdict(code):
    got = acts(code("A Russian court found two Estonian border guards guilty of espionage on "
                    "Friday and jailed them for twelve years.", published="2015-08-21"))
    assert any(c == "116" for _, c, _ in got) and not any(c == "173" for _, c, _ in got), got


@pytest.mark.parametrize("text, published, expected", [
    ("The ICC prosecutor opened a preliminary examination on Friday into possible war crimes "
     "by Venezuelan security forces.", "2018-02-09", ("IGO", "094", "VEN")),
    ("Britain and France cautioned Serbia on Monday that they could cut off aid.",
     "1998-06-08", ("GBR", "1311", "SRB")),
    ("Syria let the first of 40 Lebanese prisoners go home on Saturday.", "2000-12-16",
     ("SYR", "0841", "LBN")),
    ("Pyongyang walked away from nuclear disarmament talks with Washington on Thursday.",
     "2005-02-10", ("PRK", "164", "USA")),
    ("The European Union froze the assets of ten Belarusian officials and barred them from "
     "travel on Monday.", "2011-01-31", ("IGO", "163", "BLR")),
    ("Japan's prime minister apologised on Friday for the suffering his country inflicted on "
     "the Philippines during the war.", "1995-08-18", ("JPN", "055", "PHL")),
])
def test_examinations_cautions_letting_go_walking_away_travel_bans_and_apologies(
        code, text, published, expected):
    assert expected in acts(code(text, published=published)), text


def test_having_yet_to_act_has_not_acted(code):
    events = code("Iraq has yet to release any of the 600 Kuwaitis held since the war.",
                  published="1995-05-10")
    released = [e for e in events if e["cameo"]["code"].startswith("084")]
    assert released and all(e["modality"] == "negated" for e in released), events
    assert all(e["target"] and e["target"]["code"][:3] == "KWT" for e in released), events


@pytest.mark.parametrize("text, published, expected", [
    # a claim of responsibility is aimed at whom the claimed act hit
    ("The Pakistani Taliban claimed responsibility on Friday for the killing of two Chinese "
     "engineers.", "2008-03-14", ("PAK", "015", "CHN")),
    # a base form mistagged as a past tense in a demanded that-clause is still demanded
    ("Human Rights Watch demanded on Monday that Egypt scrap its ban on street protests.",
     "2014-03-10", ("NGO", "10", "EGY")),
    # the court hears the case; the one taken to it is sued
    ("Ukraine took Russia to the International Court of Justice on Monday.", "2017-01-16",
     ("UKR", "115", "RUS")),
    # a date after "called" is no "call on"
    ("Putin called Erdogan on Monday to discuss Syria.", "2016-08-08", ("RUS", "041", "TUR")),
    # a span of time counts what is suspended
    ("The Security Council suspended five years of air and arms sanctions against Sudan on "
     "Tuesday.", "2001-09-25", ("IGO", "085", "SDN")),
    ("Syrian officials ushered U.N. chemical weapons inspectors into a military base on "
     "Sunday.", "2013-08-25", ("SYR", "0862", "IGO")),
    ("Armenia's president hinted at military action against Azerbaijan on Friday.",
     "2016-04-08", ("ARM", "138", "AZE")),
    ("Israeli troops reoccupied the West Bank town of Jenin on Tuesday.", "2002-04-02",
     ("ISR", "192", "PSE")),
])
def test_claims_demands_suits_calls_spans_inspectors_hints_and_reoccupation(
        code, text, published, expected):
    # (a two-digit expectation is a root, a longer one the full code)
    got = {(s, c[:len(expected[1])], t) for s, c, t in acts(code(text, published=published))}
    assert expected in got, (text, got)


def test_naming_someone_is_no_telephone_call(code):
    got = acts(code("Obama praised Merkel on Tuesday, calling the German chancellor a trusted "
                    "partner.", published="2016-11-15"))
    assert not any(c == "041" for _, c, _ in got), got


def test_what_leaders_discuss_is_a_topic_not_a_partner(code):
    got = triples(code("Chirac and Schroeder discussed the Iraq crisis by telephone on Sunday.",
                       published="2003-03-16"))
    assert ("FRA", "DEU", "04") in got and not any(t == "IRQ" for _, t, _ in got), got


def test_what_a_denial_is_of_includes_its_relative_clauses(code):
    got = acts(code("Iran denied on Monday any role in the bombing that killed 85 people at a "
                    "Jewish centre in Buenos Aires.", published="1994-07-25"))
    assert not any(c.startswith("18") for _, c, _ in got), got


def test_a_participle_before_a_titled_name_describes_it(code):
    """ "deposed President Bazoum" tells who he is; nobody deposes anyone in the sentence."""
    got = acts(code("The junta said on Sunday it would put deposed President Mohamed Bazoum on "
                    "trial.", published="2023-08-13"))
    assert not any(c.startswith("19") for _, c, _ in got), got


def test_a_withdrawal_from_a_place_is_from_its_country(code):
    got = acts(code("Russian forces withdrew from the right bank of the river, including the city "
                    "of Kherson, on Friday.", published="2022-11-11"))
    assert ("RUS", "0874", "UKR") in got, got


def test_a_release_demanded_of_people_arrested_somewhere_is_asked_of_that_state(code):
    got = acts(code("Senegal on Tuesday demanded the release of 12 Senegalese fishermen arrested "
                    "in Mauritania.", published="2009-03-10"))
    assert ("SEN", "1053", "MRT") in got, got


def test_a_rejected_document_is_aimed_at_whoever_issued_it(code):
    got = triples(code("Khartoum on Thursday rejected as worthless an arrest warrant issued by the "
                       "International Criminal Court for President Omar al-Bashir.",
                       published="2009-03-05"))
    assert ("SDN", "IGO", "12") in got, got


@pytest.mark.parametrize("text, published, expected, unwanted", [
    ("The European Union barred all transactions with Iran's central bank on Monday.",
     "2012-01-23", ("IGO", "163", "IRN"), "124"),
    # one country's "joint" drills (its services together) are a show of force
    ("The Chinese army staged joint drills around Taiwan on Saturday.", "2023-04-08",
     ("CHN", "150", "TWN"), "062"),
])
def test_barred_transactions_and_drills_without_a_partner(code, text, published, expected,
                                                          unwanted):
    got = acts(code(text, published=published))
    assert expected in got and not any(c.startswith(unwanted) for _, c, _ in got), got


def test_drills_with_a_partner_are_military_cooperation(code):
    got = acts(code("India staged joint naval drills with France on Monday.",
                    published="2023-01-16"))
    assert ("IND", "062", "FRA") in got, got


def test_no_actor_in_a_relative_clause_about_a_person_is_the_target(code):
    got = acts(code("Ecuador granted political asylum on Thursday to a WikiLeaks founder, who "
                    "has been in its embassy for two months to avoid extradition to Sweden.",
                    published="2012-08-16"))
    assert not any(t == "SWE" for _, _, t in got), got


def test_donors_pledging_together_for_a_country_give_to_it(code):
    got = acts(code("Norway, Canada and the Netherlands pledged $300 million on Tuesday to help "
                    "rebuild war-torn Sudan.", published="2005-04-12"))
    assert {("NOR", "033", "SDN"), ("CAN", "033", "SDN")} <= {(s, c[:3], t) for s, c, t in got}, \
        got


def test_two_titled_leaders_parsed_as_one_phrase_are_both_called(code):
    """ "telephoned Indian Prime Minister Vajpayee and Pakistani Prime Minister Sharif": the
    parser makes one phrase headed by the last name; the first leader is named in it."""
    got = triples(code("President Bill Clinton telephoned Indian Prime Minister Atal Behari "
                       "Vajpayee and Pakistani Prime Minister Nawaz Sharif on Monday.",
                       published="1999-06-15"))
    assert {("USA", "IND", "04"), ("USA", "PAK", "04")} <= got, got


def test_a_deadline_given_with_an_expulsion_is_the_expulsion(code):
    got = acts(code("Rwanda has expelled a French diplomat, giving him 48 hours to leave the "
                    "country.", published="2006-11-25"))
    assert any(c.startswith("16") for _, c, _ in got) and not any(
        c.startswith("13") for _, c, _ in got), got


def test_what_an_act_is_done_for_is_its_reason(code):
    got = acts(code("The Security Council imposed an arms embargo, travel bans and asset freezes "
                    "on Eritrea's leaders on Wednesday for backing insurgents in Somalia and "
                    "refusing to withdraw troops from Djibouti.", published="2009-12-23"))
    assert ("IGO", "163", "ERI") in got, got
    assert not any(t in {"SOM", "DJI"} for _, _, t in got), got


@pytest.mark.parametrize("text, published, unwanted", [
    # "Han Chinese" are Chinese, not Koreans named Han
    ("China deployed armed police in Urumqi on Tuesday after Han Chinese and Uighurs clashed.",
     "2009-07-07", "KOR"),
    # a surname that is another word, after an unknown given name, is someone else's
    ("A Turkish court barred pro-Kurdish politician Ahmet Turk from politics on Friday.",
     "2009-12-11", "SVN"),
    # half a hyphenated name is nobody's name: "Jean-Paul" is not Luxembourg's Grand Duke Jean
    ("The U.N. war crimes tribunal for Rwanda found former mayor Jean-Paul Akayesu guilty of "
     "genocide on Wednesday.", "1998-09-02", "LUX"),
])
def test_names_that_are_not_who_they_seem(code, text, published, unwanted):
    got = acts(code(text, published=published))
    assert not any(unwanted in (s, t) for s, _, t in got), got


@pytest.mark.parametrize("text, published, expected", [
    # a suicide car bomber is a suicide bombing, not an air strike
    ("A Taliban suicide car bomber rammed a NATO convoy in Kabul on Tuesday.", "2011-10-29",
     ("AFG", "1831", "IGO")),
    # who is responsible for an attack did it
    ("Syrian government forces were responsible for a sarin attack on a rebel-held town, U.N. "
     "investigators said on Thursday.", "2017-10-26", ("SYR", "2041", "SYR")),
    # a coalition named by its leading state; whose ports are sealed off is whom it hits
    ("The Saudi-led coalition sealed off Yemen's air, sea and land ports on Monday.",
     "2017-11-06", ("SAU", "191", "YEM")),
])
def test_car_bombers_responsibility_and_coalitions(code, text, published, expected):
    assert expected in acts(code(text, published=published)), text


def test_rolling_out_of_a_country_into_another_is_no_incursion(code):
    got = acts(code("The last U.S. combat brigade rolled out of Iraq into Kuwait on Thursday.",
                    published="2010-08-19"))
    assert not any(c.startswith("19") for _, c, _ in got), got


def test_a_demanded_clause_hung_on_the_closing_reporting_verb_is_still_demanded(code):
    got = acts(code("India on Monday demanded that Pakistan hand over 20 militants it says are "
                    "sheltering on its soil, a Foreign Ministry spokeswoman said.",
                    published="2008-12-01"))
    assert any(s == "IND" and c.startswith("10") and t == "PAK" for s, c, t in got), got
    assert not any(s == "PAK" for s, _, _ in got), got


def test_a_condition_cut_loose_by_the_parser_is_still_a_condition(code):
    got = acts(code("The rebels offered on Friday to halt all attacks on Saudi Arabia if the "
                    "Saudi-led coalition stopped its air strikes.", published="2019-09-20"))
    # (the coalition's stopping is the condition, not an act: no de-escalation by anyone)
    assert not any(c.startswith("087") for _, c, _ in got), got


def test_a_refusal_in_a_present_perfect_relative_clause_describes(code):
    got = acts(code("Uzbekistan offered on Monday to open its airspace to U.S. aircraft for "
                    "strikes against Afghanistan's Taliban rulers, who have refused to hand over "
                    "Osama bin Laden.", published="2001-09-24"))
    assert not any(c.startswith("12") for _, c, _ in got), got


@pytest.mark.parametrize("text, published, expected", [
    # a bare surname yields to the state written with its title: the Saudi crown prince and
    # Jordan's king are not Afghanistan's Abdullah Abdullah
    ("Iranian Foreign Minister Kamal Kharrazi met Saudi Crown Prince Abdullah in Riyadh on "
     "Sunday.", "1998-06-01", ("IRN", "SAU")),
    ("King Abdullah of Jordan met Israeli Prime Minister Benjamin Netanyahu on Tuesday.",
     "1999-06-01", ("JOR", "ISR")),
    # two people with one code are still two actors: the Kurdish leaders meet each other
    ("Kurdish leader Massoud Barzani met Jalal Talabani in Washington on Thursday.",
     "1998-09-17", ("IRQ", "IRQ")),
])
def test_who_a_titled_surname_is(code, text, published, expected):
    got = {(s, t) for s, _, t in acts(code(text, published=published))}
    assert expected in got, got


@pytest.mark.parametrize("text, published, expected", [
    # a threatened lawsuit is a non-military threat at the one to be sued, not the court
    ("Hungary threatened on Monday to take Slovakia to the International Court of Justice "
     "unless it stops diverting the river.", "1993-03-01", ("HUN", "131", "SVK")),
    # a right to strike held in reserve is a threat of force
    ("Turkey said on Thursday it reserved the right to retaliate against Syria for sheltering "
     "Kurdish guerrillas.", "1998-10-01", ("TUR", "13", "SYR")),
    # shutting a strait is a blockade; held out on a condition, a threatened one
    ("Iran will shut the Strait of Hormuz if Washington blocks its oil sales, a senior "
     "commander said on Tuesday.", "2011-12-27", ("IRN", "1381", "USA")),
])
def test_threats_held_out(code, text, published, expected):
    src, cameo, tgt = expected
    got = {(s, c, t) for s, c, t in acts(code(text, published=published))}
    assert any(s == src and c.startswith(cameo) and t == tgt for s, c, t in got), got


@pytest.mark.parametrize("text, published, expected", [
    # unrest nobody is named for is the people's of where it happens, at their authorities
    ("Riots broke out in Jakarta on Thursday as prices soared.", "1998-05-14",
     ("IDN", "14", "IDN")),
    ("Violent protests over a rise in fuel prices erupted in Lagos and Kano on Monday.",
     "2012-01-02", ("NGA", "14", "NGA")),
    # a strike that stops a country is its workers' against whom it is aimed
    ("Greece was brought to a standstill on Wednesday by a general strike against the "
     "government's pension reform.", "2010-05-05", ("GRC", "143", "GRC")),
    # a strike called by someone is theirs
    ("A general strike called by the Bangladeshi opposition shut down Dhaka on Sunday.",
     "1996-03-10", ("BGD", "143", "BGD")),
    # youths and rioters who stone the police are protesters of where they are
    ("Youths threw stones at police in Nairobi on Tuesday.", "2008-01-01", ("KEN", "145", "KEN")),
])
def test_unrest_without_a_named_doer(code, text, published, expected):
    src, cameo, tgt = expected
    got = acts(code(text, published=published))
    assert any(s == src and c.startswith(cameo) and t == tgt for s, c, t in got), got


def test_fighters_of_a_people_are_armed_men(code):
    events = code("Chechen fighters seized hundreds of hostages in the Russian town of "
                  "Budyonnovsk on Wednesday.", published="1995-06-14")
    assert any(e["source"]["code"] == "RUSUAF" and e["cameo"]["root"] == "18"
               for e in events), events


def test_two_people_joined_by_a_hyphen_stay_two(code):
    got = acts(code("Bosnian Serb deputies threw out the Vance-Owen peace plan on Thursday.",
                    published="1993-05-06"), level="root")
    assert ("BIH", "12", "IGO") in got, got


@pytest.mark.parametrize("text, published, expected", [
    # after a verb of demanding, "let" is the wished base form, not a past tense
    ("Washington demanded on Friday that Pakistan let American warplanes use its airspace.",
     "2001-09-14", ("USA", "10", "PAK")),
    # an alliance of parties is the parties
    ("An alliance of Kenyan opposition parties demanded on Wednesday that President Daniel "
     "arap Moi rewrite the constitution.", "1997-05-14", ("KEN", "10", "KEN")),
    # the euro zone's members act together as the EU's
    ("Athens urged its euro zone partners on Thursday to release the next instalment of its "
     "bailout loans.", "2011-09-01", ("GRC", "02", "IGO")),
    # aid put on hold is aid halted; talks or mediation too
    ("A $450 million loan instalment for Indonesia has been put on hold by the International "
     "Monetary Fund, IMF officials said.", "1999-09-16", ("IGO", "16", "IDN")),
    # a body whose name other states' bodies share is the possessor's
    ("Mexico's National Human Rights Commission accused the army on Tuesday of torturing "
     "suspected rebels.", "1994-01-12", ("MEX", "11", "MEX")),
])
def test_who_demands_and_halts(code, text, published, expected):
    got = acts(code(text, published=published), level="root")
    assert expected in got, got


@pytest.mark.parametrize("text, published, unwanted", [
    # a crown before a bare surname needs a person who wore one
    ("Israeli Prime Minister Ehud Olmert met King Abdullah on Sunday.", "2007-12-29", "AFG"),
    # a surname right after another person's surname is a third person's
    ("Kenyan police were placed on alert in Nairobi on Saturday by Police Commissioner "
     "Mohammed Hussein Ali.", "2007-12-29", "GUY"),
])
def test_surnames_that_belong_to_someone_else(code, text, published, unwanted):
    got = acts(code(text, published=published))
    assert not any(unwanted in (s, t) for s, _, t in got), got


@pytest.mark.parametrize("text, published, expected", [
    # a national airline stands for its country's business
    ("Two Lebanese gunmen hijacked a TWA airliner with 153 people on board after it took off "
     "from Athens on Friday.", "1985-06-14", ("USA", "18")),
    # a city before a post says where it is held; the "of" says whose
    ("The KGB arrested the Moscow correspondent of The New York Times on Saturday.",
     "1986-08-31", ("USA", "17")),
])
def test_whom_the_act_hits(code, text, published, expected):
    got = {(t, c) for _, c, t in acts(code(text, published=published), level="root")}
    assert expected in got, got


def test_a_second_deed_of_one_riot_is_not_a_protest_at_the_authorities(code):
    got = acts(code("Palestinian youths stoned Israeli troops and burned tyres in Gaza City on "
                    "Sunday.", published="1987-12-13"))
    assert any(t == "ISR" for _, c, t in got), got
    assert not any(t == "PSE" for _, c, t in got), got


@pytest.mark.parametrize("text, published, expected", [
    # keeping a hostile act going until the other side yields refuses to yield (124x), at
    # whom the condition names
    ("Hezbollah vowed on Monday to hold the two captured Israeli soldiers until Israel frees "
     "Lebanese prisoners.", "2006-07-17", ("LBN", "1243", "ISR")),
    ("The opposition alliance vowed on Sunday to keep up its street protests in Dhaka until "
     "Bangladesh's government resigns.", "1996-02-25", ("BGD", "1242", "BGD")),
    ("The defence minister insisted on Friday that Russian forces would press on with their "
     "offensive in Chechnya until the rebels surrendered.", "1999-12-10", ("RUS", "1246", "RUS")),
])
def test_kept_up_until_the_other_side_yields(code, text, published, expected):
    events = code(text, published=published)
    got = {(e["source"]["code"][:3], e["cameo"]["code"], (e["target"] or {}).get("code", "")[:3],
            e["modality"]) for e in events}
    assert (*expected, "asserted") in got, got


@pytest.mark.parametrize("text, published, expected", [
    # whom a measure is against, before whose measure it is
    ("Washington and London offered on Monday to suspend U.N. sanctions against Libya once "
     "the two suspects reach the Netherlands.", "1998-08-24", ("USA", "03", "LBY")),
    # what a promise or a warning says will come is its content, not a reported fact
    ("Chancellor Helmut Kohl promised Hungary on Thursday that Germany would be its advocate in "
     "Brussels.", "1995-07-06", ("DEU", "03", "HUN")),
    ("Iran warned on Sunday that Israel would be punished for the raid.", "2004-05-02",
     ("IRN", "13", "ISR")),
    # weighing the resumption of aid to someone considers a policy towards them
    ("Japan is weighing a resumption of grant aid to China, officials said on Friday.",
     "1994-08-05", ("JPN", "01", "CHN")),
])
def test_what_is_offered_promised_or_weighed(code, text, published, expected):
    got = acts(code(text, published=published), level="root")
    assert expected in got, got


def test_what_protesters_demand_is_what_their_protest_is_for(code):
    events = code("Protesters demanding the ouster of President Abdala Bucaram blocked highways "
                  "across Ecuador on Wednesday.", published="1997-02-05")
    codes = {e["cameo"]["code"] for e in events}
    assert any(c.startswith("144") for c in codes), codes
    assert not any(c.startswith("10") for c in codes), codes


def test_violence_a_protest_is_over_is_its_reason(code):
    got = acts(code("Thousands of Chinese students marched on the U.S. embassy in Beijing on "
                    "Saturday, chanting slogans over NATO's bombing of the Chinese embassy in "
                    "Belgrade.", published="1999-05-08"), level="root")
    assert ("CHN", "14", "USA") in got, got
    assert not any(r == "18" or r == "19" for _, r, _ in got), got


@pytest.mark.parametrize("text, published, expected", [
    # a name many countries' parties bear is the party of where it happens
    ("Rioters set fire to the ruling Democratic Party's offices in the southern Albanian port "
     "of Vlora on Monday.", "1997-03-03", "ALB"),
    # … and the base's own where the article is about its country
    ("Republicans in Congress attacked the Democratic Party over President Clinton's China "
     "policy on Tuesday.", "1997-03-04", "USA"),
])
def test_a_party_name_many_countries_share(code, text, published, expected):
    got = acts(code(text, published=published))
    assert any(t == expected for _, _, t in got), got


def test_foreign_aid_agencies_are_not_of_where_they_work(code):
    events = code("Sudan expelled at least 10 foreign aid agencies from Darfur on Wednesday.",
                  published="2009-03-04")
    assert any((e["target"] or {}).get("code") == "NGO" for e in events), events


@pytest.mark.parametrize("text, published, expected", [
    # setting off nuclear explosions detonates nuclear weapons (2042)
    ("Pakistan set off five nuclear explosions on Thursday in answer to India's tests.",
     "1998-05-28", ("PAK", "2042", "IND")),
    # gas fired from canisters is a chemical attack (2041)
    ("Tamil Tiger guerrillas fired canisters of chlorine gas into an army camp in eastern Sri "
     "Lanka on Monday.", "1990-06-11", ("LKA", "2041", "LKA")),
])
def test_weapons_of_mass_destruction(code, text, published, expected):
    got = acts(code(text, published=published))
    assert expected in got, got


@pytest.mark.parametrize("text, published", [
    ("Belgrade refused on Thursday to extradite three Yugoslav army officers indicted by the "
     "U.N. war crimes tribunal.", "1995-11-09"),
    ("Belgrade extradited two army officers indicted by the U.N. war crimes tribunal on "
     "Friday.", "2003-06-13"),
])
def test_handing_over_ones_own_is_dealing_with_who_wants_them(code, text, published):
    got = acts(code(text, published=published), level="root")
    assert any(s == "SRB" and t == "IGO" for s, _, t in got), got


@pytest.mark.parametrize("text, published, expected", [
    # letting peacekeepers in allows international involvement
    ("Indonesia let U.N. peacekeepers into East Timor on Sunday.", "1999-09-19",
     ("IDN", "0861", "IGO")),
    # what another party must do is owed in each of its coordinated verbs
    ("Rebel leader Charles Taylor must accept a ceasefire and let West African peacekeeping "
     "troops into Monrovia, Nigerian President Ibrahim Babangida said on Wednesday.",
     "1990-08-22", ("NGA", "1055", "LBR")),
])
def test_letting_peacekeepers_in(code, text, published, expected):
    got = acts(code(text, published=published))
    assert expected in got, got


def codes_of(events):
    """(source code, CAMEO code, target code) of each event, full actor codes."""
    return {(e["source"]["code"], e["cameo"]["code"], (e["target"] or {}).get("code", ""))
            for e in events}


@pytest.mark.parametrize("text, published, expected", [
    # an unknown name right after the noun that says what it is, parsed apart from it
    ("Bulgaria's opposition coalition Sayuz staged fresh street protests in Sofia on Monday.",
     "1997-01-13", ("BGROPP", "BGRGOV")),
    # a grouping of a kind of group is that group ("opposition coalition" is the opposition)
    ("The opposition coalition staged fresh street protests in Sofia on Monday.",
     "1997-01-13", ("BGROPP", "BGRGOV")),
])
def test_a_named_group_after_its_description(code, text, published, expected):
    got = {(s, t) for s, _, t in codes_of(code(text, published=published))}
    assert expected in got, got


def test_a_role_word_used_as_an_adjective_is_no_actor(code):
    # "daily" is a newspaper only as a noun
    got = codes_of(code("The opposition vowed on Sunday to keep up its daily marches in Dhaka "
                        "until the government resigns.", published="1996-02-25"))
    assert ("BGDOPP", "1242", "BGDGOV") in got, got


@pytest.mark.parametrize("text, expected", [
    # US cabinet titles written alone are Washington's …
    ("Assistant Secretary of State Jane Roe criticised Iran on Tuesday.", "USAGOV"),
    ("Deputy Defense Secretary John Roe criticised Iran on Tuesday.", "USAGOV"),
    # … unless a state is written with them
    ("British Secretary of State for Defence John Roe criticised Iran on Tuesday.", "GBRGOV"),
])
def test_american_cabinet_titles(code, text, expected):
    got = codes_of(code(text, published="2003-08-26"))
    assert any(s == expected and t.startswith("IRN") for s, _, t in got), got


def test_the_planter_of_a_bomb_that_killed_is_the_attacker_in_the_passive_too(code):
    got = codes_of(code("Four Spanish policemen were killed by a car bomb planted by Basque "
                        "separatists in Bilbao on Monday.", published="2000-05-08"))
    assert {s[:3] + t[:3] for s, _, t in got} == {"ESPESP"}, got
    assert any(c.startswith("183") and t == "ESPCOP" for _, c, t in got), got


@pytest.mark.parametrize("text, published, expected", [
    # the adjective of a people before the noun that gives the sector
    ("Sikh extremists shot dead seven bus passengers in Punjab on Sunday.", "1987-07-06",
     "INDUAF"),
    ("Pashtun tribesmen stormed a government office in Peshawar on Friday.", "1998-03-13",
     "PAKCVL"),
])
def test_a_peoples_adjective_gives_the_country(code, text, published, expected):
    got = codes_of(code(text, published=published))
    assert any(s == expected for s, _, _ in got), got


def test_the_subsidiary_of_a_foreign_firm_is_that_country_s_business(code):
    got = codes_of(code("Bolivia nationalised the local subsidiary of Spain's Repsol on "
                        "Monday.", published="2006-05-01"))
    assert any(c == "1711" and t == "ESPBUS" for _, c, t in got), got


@pytest.mark.parametrize("text, expected", [
    # a fast unto death is a hunger strike (tagged as an adjective: "a fast"), and what it is
    # to demand gives the sub-code; an unknown activist acts in their own country
    ("Veteran campaigner and activist Ravi Kumar began a fast unto death in Bangalore on "
     "Monday to demand a new law against land grabs.", ("INDOPP", "1422", "INDGOV")),
])
def test_a_fast_unto_death(code, text, expected):
    got = codes_of(code(text, published="2011-04-04"))
    assert expected in got, got


@pytest.mark.parametrize("text, published, expected", [
    # wordings of the codes beyond the common ones
    ("Indonesian President Suharto courted American business leaders in New York on Monday.",
     "1995-10-23", ("IDN", "0211", "USA")),
    ("Washington sought overflight rights from Tajikistan on Tuesday.", "2001-09-25",
     ("USA", "0212", "TJK")),
    ("Turkey mustered support among Islamic states on Sunday for the besieged Bosnian Muslims.",
     "1993-06-13", ("TUR", "053", "BIH")),
    ("Moscow accepted the breakaway Georgian region of Abkhazia as a sovereign state on "
     "Tuesday.", "2008-08-26", ("RUS", "054", "GEO")),
    ("Oman's foreign minister relayed messages between Iranian and American officials for "
     "months.", "2013-11-25", ("OMN", "045", "USA")),
    ("Syria threw open its border crossing with Lebanon on Saturday.", "2006-08-19",
     ("SYR", "081", "LBN")),
    ("Israel loosened the closure of the West Bank on Sunday.", "1996-04-14",
     ("ISR", "0872", "PSE")),
    ("The curfew imposed on Dhaka was called off by the government on Saturday.",
     "1990-12-08", ("BGD", "0813", "BGD")),
    ("Syrian authorities pulled the plug on mobile phone services across the country on "
     "Friday.", "2011-06-03", ("SYR", "1721", "SYR")),
    ("Iraqi troops rolled out of the Kurdish town of Zakho on Friday.", "1991-05-17",
     ("IRQ", "0874", "IRQ")),
    ("Cairo drafted thousands of extra riot police into Alexandria on Saturday.", "1998-03-07",
     ("EGY", "153", "EGY")),
    ("Albania's parliament said sorry on Tuesday to Greece for the shooting of two Greek "
     "fishermen.", "1995-03-14", ("ALB", "055", "GRC")),
    ("Swiss police investigators on Monday began gathering evidence of alleged atrocities by "
     "Serb forces in Kosovo.", "1999-06-21", ("CHE", "094", "SRB")),
])
def test_less_common_wordings(code, text, published, expected):
    got = acts(code(text, published=published))
    assert expected in got, got


@pytest.mark.parametrize("text, published, expected", [
    # a strike held out on a condition is a threat to protest
    ("Zambia's Congress of Trade Unions will paralyse the country with a general strike "
     "unless the government scraps the new tax, union leaders said on Monday.", "1993-02-01",
     ("ZMB", "133", "ZMB")),
    ("Greek warships could bottle up Turkey's port of Izmir if the crisis deepens, a Greek "
     "admiral said on Friday.", "1996-02-02", ("GRC", "1381", "TUR")),
    ("North Korea would turn its nuclear arsenal on Seoul if attacked, KCNA said on Sunday.",
     "2013-03-10", ("PRK", "1385", "KOR")),
])
def test_protests_blockades_and_weapons_held_out_on_a_condition(code, text, published, expected):
    got = acts(code(text, published=published))
    assert expected in got, got


@pytest.mark.parametrize("text, published, expected", [
    # announcing plans to do something is intending it ("plans to expel diplomats" is an
    # expulsion with intended modality; cooperation intended is a 03x intent)
    ("Britain announced plans on Monday to expel three Iranian diplomats.", "1989-03-06",
     ("GBR", "intended")),
    ("Jordan unveiled plans on Sunday to widen the rights of political parties.", "1992-07-05",
     ("JOR", "intended")),
])
def test_announced_plans_are_intended_acts(code, text, published, expected):
    events = code(text, published=published)
    assert any(e["source"]["code"][:3] == expected[0] and e["modality"] == expected[1]
               for e in events), events


@pytest.mark.parametrize("text, published, expected", [
    # a crowd that acts is people of where it acts; what it demands gives the sub-code
    ("Angry crowds demanding the president's departure stormed the parliament in Antananarivo "
     "on Friday.", "2009-01-30", ("MDGCVL", "1451", "MDGLEG")),
    # a candidate is of the kind written before: the opposition's
    ("Opposition candidate Juan Perez denounced the government in Asuncion on Monday.",
     "1998-05-04", ("PRYOPP", "111", "PRYGOV")),
    # a nationality before an unknown name ending in a role word says whose the body is
    ("Bolivian Socialist Party leader Ana Rojas took the army chief to court on Monday.",
     "1999-03-08", ("BOLPTY", "115", "BOLMIL")),
    # an ethnic group is of the state that has it
    ("Croatia's ethnic Serbs boycotted the referendum on Sunday.", "1991-05-19",
     ("HRVCVL", "1434", "HRVGOV")),
])
def test_who_acts_in_crowds_candidacies_and_unknown_bodies(code, text, published, expected):
    got = codes_of(code(text, published=published))
    assert expected in got, got


@pytest.mark.parametrize("text, published, expected", [
    # shelving plans to ease is refusing to ease (and the shelving is no yielding of its own)
    ("NATO ministers shelved plans on Thursday to lift the alliance's ban on contacts with "
     "Belarus.", "2004-06-24", ("IGO", "12", "BLR")),
])
def test_shelved_plans_to_ease_are_refusals(code, text, published, expected):
    got = acts(code(text, published=published), level="root")
    assert expected in got, got
    assert not any(c == "08" for _, c, _ in got), got


@pytest.mark.parametrize("text, published, expected", [
    ("Japan sent a note verbale to Beijing on Monday over the seizure of a fishing boat.",
     "2010-09-13", ("JPN", "114", "CHN")),
    ("Striking miners sat on the railway tracks in the Donbass on Monday, demanding unpaid "
     "wages.", "1998-05-18", ("UKR", "144", "UKR")),
    ("Bosnian Serbs snubbed the general elections on Sunday.", "1996-09-15",
     ("BIH", "1434", "BIH")),
    # a place's adjective is no slip for a state's ("Siberian" is not "Liberian")
    ("Coal miners sat on the Trans-Siberian railway tracks near Omsk on Monday.", "1998-05-18",
     ("RUS", "144", "RUS")),
])
def test_more_wordings_of_dissent_and_complaint(code, text, published, expected):
    got = acts(code(text, published=published))
    assert any(s == expected[0] and c.startswith(expected[1]) and t == expected[2]
               for s, c, t in got), got


@pytest.mark.parametrize("text, published, expected", [
    # "tell … to", with a phrase between the object and the infinitive
    ("Estonian leader Arnold Ruutel told the Kremlin on Tuesday to open talks on the "
     "republic's independence.", "1991-01-15", ("EST", "106", "RUS")),
    # the first to do something: the copula's subject does it
    ("Norway became the first donor on Monday to halt assistance to the new Hamas-led "
     "Palestinian government.", "2006-04-03", ("NOR", "162", "PSE")),
    # regret over another's act is disapproval (over one's own, an apology)
    ("France expressed regret on Monday over Israel's approval of new settlement homes.",
     "2010-03-15", ("FRA", "110", "ISR")),
    # closing a border to trade is an embargo
    ("Turkey closed its border to all Armenian trade on Monday.", "1993-04-05",
     ("TUR", "163", "ARM")),
    # a refusal is aimed at whose demands it defies
    ("Thailand's junta will keep the state of emergency in force despite demands from the "
     "opposition parties to lift it, the interior minister said on Monday.", "2007-06-04",
     ("THA", "1241", "THA")),
    # nuclear tests near a border are aimed at the neighbour, and detonate nuclear devices
    ("Pakistan carried out five nuclear tests near the border with arch-rival India on "
     "Thursday.", "1998-05-28", ("PAK", "2042", "IND")),
])
def test_wordings_and_arguments_of_the_eleventh_session(code, text, published, expected):
    got = acts(code(text, published=published))
    assert expected in got, got


@pytest.mark.parametrize("text, published, expected", [
    # inviting someone to do something asks it of them (an appeal to the invited) …
    ("Bangkok invited Indonesia on Monday to mediate in its border dispute with Cambodia.",
     "2011-02-21", ("THA", "02", "IDN")),
    ("The Solomon Islands government invited Australian troops on Tuesday to help restore "
     "order in Honiara.", "2003-06-24", ("SLB", "02", "AUS")),
    # … an invitation to talks is the inviter's intent to meet
    ("India invited Pakistan on Monday to talks on Kashmir.", "2001-05-28",
     ("IND", "03", "PAK")),
    # a national Red Cross or Red Crescent society is of its country
    ("North Korea's Red Cross appealed to its South Korean counterpart on Monday for grain.",
     "1997-04-14", ("PRK", "02", "KOR")),
])
def test_invitations_and_national_societies(code, text, published, expected):
    got = acts(code(text, published=published), level="root")
    assert expected in got, got


@pytest.mark.parametrize("text, published, expected", [
    ("Nigeria formally ceded the Bakassi peninsula to Cameroon on Thursday.", "2008-08-14",
     ("NGA", "0842", "CMR")),
    ("Israeli Prime Minister Ehud Barak called a halt to the offensive in Lebanon on Sunday.",
     "2000-05-21", ("ISR", "0871", "LBN")),
    ("The Basque separatist group ETA has put its weapons beyond use, international verifiers "
     "said on Friday.", "2017-04-07", ("ESP", "0873", "ESP")),
    # a cruise missile is an aerial weapon; and "on Thursday" fills no "fire … on" slot
    ("American warships fired cruise missiles at a plant in Khartoum on Thursday.",
     "1998-08-20", ("USA", "195", "SDN")),
])
def test_yielding_and_aerial_wordings(code, text, published, expected):
    got = acts(code(text, published=published))
    assert expected in got, got


@pytest.mark.parametrize("text, published, expected", [
    # with no agent, whose aid, blockade or strike it is acts on it
    ("Japan's aid to Burma was suspended on Monday.", "1988-09-26", ("JPN", "162", "MMR")),
    ("A general strike by Nigerian unions was called off on Sunday.", "2012-01-15",
     ("NGA", "082", "NGA")),
    # a title after a body names its officer ("U.S. Treasury Secretary X")
    ("U.S. Treasury Secretary John Roe on Wednesday brushed aside Moscow's pleas for a fresh "
     "bailout.", "1998-08-26", ("USA", "1221", "RUS")),
    # where a curfew is laid is where it is
    ("Authorities clamped an indefinite curfew on Srinagar on Saturday.", "1990-01-20",
     ("IND", "1723", "IND")),
])
def test_owners_officers_and_places_of_measures(code, text, published, expected):
    got = acts(code(text, published=published))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    # finding where things happen may meet a people named by the place phrase itself: no loop
    "Authorities imposed a curfew on ethnic Albanians on Sunday.",
    "Serbian police clamped a curfew on ethnic Albanians on Sunday.",
])
def test_place_lookups_do_not_loop(code, text):
    code(text, published="1998-03-01")  # the fixture fails on a skipped article


def test_the_target_preposition_may_hang_on_the_patterns_own_noun(code):
    # "play host to": the "to" hangs on "host"; other actors elsewhere in the sentence do not
    # make the guest ambiguous
    got = acts(code("Egyptian President Hosni Mubarak played host to Israeli Prime Minister "
                    "Yitzhak Rabin in Cairo on Monday, a day after Jordan urged Egypt to "
                    "mediate.", published="1994-12-26"))
    assert ("EGY", "043", "ISR") in got, got


@pytest.mark.parametrize("text, published, expected", [
    # the one foreign actor an act's content names is whom it is aimed at
    ("Norway offered on Thursday to ease fishing quotas that hurt Russian trawlers, a week "
     "after Iceland had rejected a similar plan.", "2001-03-08", ("NOR", "0", "RUS")),
    ("Qatar pledged $500 million on Sunday to rebuilding southern Lebanon after the war with "
     "Israel, its foreign minister told a donors' meeting in Paris.", "2006-09-03",
     ("QAT", "0", "LBN")),
])
def test_the_one_actor_an_acts_content_names(code, text, published, expected):
    got = {(s, c[:1], t) for s, c, t in acts(code(text, published=published))}
    assert expected in got, got


@pytest.mark.parametrize("text, published, unexpected", [
    # … but not whose release is asked for, nor a place named only as where a thing is
    ("The Pope pleaded on Sunday for the release of two Italian engineers held in Nigeria.",
     "2006-12-10", "ITA"),
    ("Israel vowed on Friday to keep building its West Bank barrier despite a World Court "
     "ruling.", "2004-07-16", "PSE"),
])
def test_hostages_and_located_things_are_no_content_target(code, text, published, unexpected):
    got = acts(code(text, published=published))
    assert all(t != unexpected for _, _, t in got), got


@pytest.mark.parametrize("text, published, expected", [
    # a past tense read as a reduced relative of a root noun: a finite verb inside its own
    # clauses does not make it one
    ("Members of India's Jat community squatted on railway tracks in Haryana on Monday, "
     "demanding quotas that would entitle them to government jobs.", "2016-02-22",
     ("IND", "IND", "14")),
    # a plain "by" on the second of two coordinated passive participles, which has an object
    ("Prisoners in the Abu Ghraib jail near Baghdad were beaten and given electric shocks by "
     "American soldiers, the Red Cross said on Friday.", "2004-05-07", ("USA", "IRQ", "18")),
    # whom a measure is against, through its participle
    ("Washington lifted the sanctions imposed on Vietnam after the war, the White House said "
     "on Thursday.", "1994-02-03", ("USA", "VNM", "08")),
    # an act asked to stop is asked of whoever does it
    ("Bangladesh's interior minister called on Sunday for an immediate end to opposition "
     "strikes in Dhaka.", "2013-11-10", ("BGD", "BGD", "02")),
])
def test_misread_main_verbs_shared_agents_and_acts_asked_to_stop(code, text, published,
                                                                 expected):
    got = triples(code(text, published=published))
    assert expected in got, got


@pytest.mark.parametrize("text, published, expected", [
    # force shown at another country's place is shown to that country
    ("The Russian navy held live-fire drills off Japan's northern coast on Friday, days after "
     "Chinese warships sailed through the Tsugaru Strait.", "2021-10-22", ("RUS", "JPN", "15")),
    # aid given or stopped somewhere is for the people there
    ("The World Food Programme halted food deliveries across most of Somalia on Tuesday after "
     "two of its drivers were killed by Ethiopian troops.", "2008-01-15", ("IGO", "SOM", "16")),
    # a strike owned by a role with no country: placed as a subject would be
    ("A 40-day hunger strike by jailed inmates in Moroccan prisons was called off on Sunday.",
     "2011-05-01", ("MAR", "MAR", "08")),
    # whose undertaking the sentence is about does its task
    ("Azerbaijan's offensive to retake the town of Shusha from Armenian forces entered its "
     "third day on Tuesday.", "2020-11-03", ("AZE", "ARM", "19")),
])
def test_places_of_shows_of_force_and_aid_and_owners_of_undertakings(code, text, published,
                                                                      expected):
    got = triples(code(text, published=published))
    assert expected in got, got


@pytest.mark.parametrize("text, published, expected", [
    # a participle's agent with no country is placed as a subject would be
    ("Shops stayed shut across Chile's south on Monday in a strike called by student activists "
     "to demand land rights.", "2019-06-03", ("CHL", "CHLGOV", "14")),
    # a government acting on its own people named by their plural acts on its population
    ("The Iranian government warned Iranians on Sunday against joining the rallies.",
     "2009-06-21", ("IRNGOV", "IRNCVL", "13")),
])
def test_placed_agents_and_own_peoples(code, text, published, expected):
    got = {(e["source"]["code"][:len(expected[0])], (e["target"] or {}).get("code", ""),
            e["cameo"]["code"][:2]) for e in code(text, published=published)}
    assert expected in got, got


def test_opponents_of_a_regime_are_its_opposition(code):
    got = {(e["source"]["code"], e["target"]["code"]) for e in code(
        "Azerbaijan's president pardoned 30 jailed opponents on Friday.", published="2016-03-18")}
    assert ("AZEGOV", "AZEOPP") in got, got


def test_whose_craft_a_missile_was_fired_from_attacks(code):
    got = triples(code("A Taliban commander was killed by a missile fired from an American "
                       "drone in eastern Afghanistan on Friday.", published="2010-09-03"))
    assert any(s == "USA" and t == "AFG" and r in {"18", "19"} for s, t, r in got), got


def test_a_stance_prefixed_nationality_leaves_the_role(code):
    # "pro-Russian rebels" name no country, but they are still rebels of where they fight
    got = {(e["source"]["code"], e["target"]["code"][:3]) for e in code(
        "Pro-Moscow rebels shelled a residential district of the Georgian town of Gori on "
        "Saturday.", published="2008-08-09")}
    assert ("GEOREB", "GEO") in got, got


@pytest.mark.parametrize("text, published, expected", [
    # a single-quoted quote (British and agency style) is a quote: "we" inside is the speaker
    ("'If Bogota lets foreign troops use its bases, we will cut all trade with Colombia,' "
     "President Hugo Chavez said on Sunday.", "2009-11-08", ("VEN", "COL", "13")),
    # a hostile act held out on a condition is aimed at whom the condition is about
    ("Turkey will close its airspace to all flights if Israel and Cyprus sign the gas "
     "pipeline deal, a Turkish minister warned on Monday.", "2020-01-06", ("TUR", "ISR", "13")),
])
def test_single_quotes_and_conditions_name_speakers_and_targets(code, text, published,
                                                                expected):
    got = triples(code(text, published=published))
    assert expected in got, got


def test_scare_quotes_and_apostrophes_are_no_quotes():
    from eventwire.quotes import quote_spans

    assert quote_spans("Myanmar laid out a seven-step 'road map' to democracy.") == []
    assert quote_spans("The rebels' demands were met by the government's envoys.") == []
    assert [q for _, _, q in quote_spans("'We don't accept Kiev's terms at all,' he said.")] \
        == ["We don't accept Kiev's terms at all"]


@pytest.mark.parametrize("text, published, expected", [
    # troops given to a multinational force are given to the country it serves in
    ("Ghana committed 500 troops on Monday to a West African peacekeeping force for Sierra "
     "Leone, where rebels are closing in on Freetown.", "1998-02-02", ("GHA", "SLE", "03")),
    ("Ireland will send 300 soldiers to the U.N. force in southern Lebanon, the defence "
     "minister said on Friday.", "2006-09-01", ("IRL", "LBN", "03")),
])
def test_troops_for_a_force_are_for_its_host(code, text, published, expected):
    got = {(s, t, r) for s, t, r in triples(code(text, published=published))}
    assert any(g[:2] == expected[:2] for g in got), got
    assert not any(t == "IGO" for _, t, _ in got), got


def test_leaving_or_accepting_a_force_deals_with_the_force(code):
    got = triples(code("India is pulling its 3,000 troops out of the United Nations "
                       "peacekeeping force in Sierra Leone.", published="2000-09-20"))
    assert all(t != "SLE" for _, t, _ in got), got


@pytest.mark.parametrize("text, published, source", [
    # investigators, experts and envoys from a body are that body's
    ("Investigators from the International Criminal Court questioned Sudanese officials in "
     "Khartoum on Tuesday.", "2008-03-04", "IGO"),
    # a breakaway region's adjective names its separatists
    ("South Ossetian militias shelled Georgian army positions near Tskhinvali on Friday.",
     "2008-08-15", "GEOSEP"),
])
def test_investigators_from_a_body_and_breakaway_adjectives(code, text, published, source):
    got = {e["source"]["code"][:len(source)] for e in code(text, published=published)}
    assert source in got, got


@pytest.mark.parametrize("text, published, expected", [
    # "have to", "need to" oblige as "must" does: what another party has to do is demanded
    ("Japan and Canada had to honour the pledges they made to the Afghan government, President "
     "Hamid Karzai said on Tuesday.", "2009-03-31", ("AFG", "JPN", "10")),
    ("Germany said on Monday that Russia needs to withdraw its troops from Georgia.",
     "2008-08-18", ("DEU", "RUS", "10")),
])
def test_have_to_and_need_to_are_obligations(code, text, published, expected):
    got = triples(code(text, published=published))
    assert expected in got, got


def test_has_yet_to_is_no_obligation(code):
    got = triples(code("Iraq has yet to release any of the 600 Kuwaitis held since the war, the "
                       "Red Cross said on Wednesday.", published="1999-03-10"))
    assert not any(r == "10" for _, _, r in got), got


@pytest.mark.parametrize("text, published, expected", [
    ("Washington coaxed Pyongyang on Monday to return to the six-party talks.", "2007-01-15",
     ("USA", "PRK", "02")),
    ("Moscow resisted calls on Tuesday to withdraw its troops from Georgia.", "2008-08-19",
     ("RUS", "GEO", "12")),
    ("Germany exerted pressure on Greece on Friday to accept the bailout terms.", "2015-07-10",
     ("DEU", "GRC", "10")),
])
def test_more_frame_verbs(code, text, published, expected):
    got = triples(code(text, published=published))
    assert expected in got, got


def test_resisting_without_a_clause_is_no_refusal(code):
    got = triples(code("Police resisted the protesters in Cairo on Monday.",
                       published="2011-01-31"))
    assert not any(r == "12" for _, _, r in got), got


@pytest.mark.parametrize("text, published, expected, unexpected", [
    # sides that cooperate do it with each other, not with whom the cooperation is about
    ("Chinese and Russian troops launched joint war games on Monday, an exercise on Russia's "
     "Pacific coast that analysts said was a show of strength aimed at U.S. influence in the "
     "region.", "2023-06-05", ("CHN", "RUS", "06"), "USA"),
    ("Pakistani and Chinese troops began sharing Indian troop movement data on Monday.",
     "2023-06-05", ("PAK", "CHN", "06"), "IND"),
    # … but a target preposition still names the partner
    ("Kenyan and Tanzanian police turned over forensic evidence to FBI agents on Tuesday.",
     "1998-08-18", ("KEN", "USA", "06"), None),
])
def test_joint_cooperation_is_between_its_sides(code, text, published, expected, unexpected):
    got = triples(code(text, published=published))
    assert expected in got, got
    assert all(t != unexpected for _, t, _ in got), got


def test_a_descent_is_no_actor(code):
    got = triples(code("Dutch police deployed 3,000 officers on Saturday to quell rioting over the "
                       "killing of a teenager of Moroccan descent.", published="2023-07-01"))
    assert got and all(t != "MAR" for _, t, _ in got), got


def test_a_by_hung_on_a_passive_verbs_object_names_the_agent(code):
    got = triples(code("U.N. nuclear inspectors were given access to Iran's Fordow plant by Tehran "
                       "on Monday.", published="2013-12-09"))
    assert ("IRN", "IGO", "08") in got, got


@pytest.mark.parametrize("text, published, expected", [
    # the second name hung on the first as an apposition names the conjunct before it
    ("Sudanese President Omar al-Bashir and rebel leader John Garang held their first "
     "face-to-face talks on Friday since the civil war began.", "2003-09-05",
     ("SDNGOV", "SDNREB")),
    # an offer held out on a condition is made to whom the condition is about
    ("The Ghanaian government offered on Saturday to review the wage demands if the teachers' "
     "unions call off their strike.", "2012-01-14", ("GHAGOV", "GHALAB")),
])
def test_appositions_of_conjuncts_and_conditional_offers(code, text, published, expected):
    got = {(e["source"]["code"], e["target"]["code"]) for e in code(text, published=published)}
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "Brazil hosted Germany in a World Cup friendly on Sunday.",
    "England crushed Pakistan by 62 runs in the first Test on Sunday, winning the series 2-0.",
    "Real Madrid striker Cristiano Ronaldo scored twice as Portugal beat Spain 3-1 on Sunday.",
])
def test_national_teams_are_no_states_acting(code, text):
    assert code(text, published="2015-06-01") == []


def test_year_ranges_are_no_scores(code):
    got = triples(code("Mexico extradited a former Argentine navy officer to Spain on Saturday to "
                       "face trial for crimes of the 1976-83 dictatorship.",
                       published="2003-06-28"))
    assert ("MEX", "ESP", "06") in got, got


@pytest.mark.parametrize("text, expected", [
    # a strike at a firm the sentence names is no protest against the authorities
    ("Workers at Hyundai's plant in Ulsan went on strike on Tuesday over pay.", None),
    ("Lufthansa pilots went on strike on Monday in a dispute over pensions.", None),
    # … but workers with no firm named still protest against the government
    ("Thousands of Nigerian workers went on strike on Monday over fuel prices.",
     ("NGA", "NGA", "14")),
])
def test_strikes_at_named_firms_are_not_against_the_authorities(code, text, expected):
    got = triples(code(text, published="2015-05-04"))
    if expected is None:
        assert not any(r == "14" and t is not None for _, t, r in got), got
    else:
        assert expected in got, got


def test_a_main_verb_misread_as_a_nouns_participle_is_the_subjects_act(code):
    # "X opposed to the accord set off a bomb": the parser takes "opposed" for the main verb
    # and hangs "set off" on "accord"; a reduced passive relative takes no direct object
    got = code("Dissident Basque separatists opposed to the peace accord set off a car bomb in "
               "the market town of Durango on Saturday, killing 12 people.", published="1998-08-15")
    assert any(e["source"]["code"].startswith("ESP") and e["cameo"]["code"].startswith("18")
               and e["modality"] == "asserted" for e in got), [
        (e["source"]["code"], e["cameo"]["code"], e["modality"]) for e in got]


def test_a_participle_taken_for_a_later_verbs_subject_is_the_nouns_act(code):
    # "… rebels handed in their rifles …, the first large group to disarm": "rebels" is read as
    # the subject of "disarm", which has a subject of its own
    got = code("Several hundred Contra rebels handed in their rifles to U.N. peacekeepers in "
               "southern Nicaragua on Friday, the second large group to disarm under the deal.",
               published="1990-05-04")
    assert any(e["source"]["code"].startswith("NIC") and e["cameo"]["code"].startswith("087")
               for e in got), [(e["source"]["code"], e["cameo"]["code"]) for e in got]


def test_sides_that_swap_do_it_with_each_other_not_with_the_place(code):
    got = triples(code("Hamas and Israel carried out a prisoner swap on Tuesday, with the freed "
                       "soldier crossing into Egypt.", published="2011-10-18"))
    assert ("PSE", "ISR", "08") in got and ("ISR", "PSE", "08") in got
    assert not any(t == "EGY" for _, t, _ in got)


def test_acknowledging_a_state_as_independent_recognises_it(code):
    got = triples(code("The European Community acknowledged Croatia and Slovenia as independent "
                       "states on Wednesday.", published="1992-01-15"))
    assert ("IGO", "HRV", "05") in got and ("IGO", "SVN", "05") in got


def test_force_shown_in_answer_to_a_states_act_is_aimed_at_it_and_not_joint(code):
    # two states that each raise their alert are not drilling together
    got = triples(code("South Korea and Japan put their armed forces on heightened alert on "
                       "Monday after North Korea fired a ballistic missile over Japan.",
                       published="2017-08-29"))
    assert ("KOR", "PRK", "15") in got and ("JPN", "PRK", "15") in got
    assert not any(r == "06" for _, _, r in got)
    # (two states drilling are)
    got = triples(code("Russia and China staged naval drills in the Sea of Japan on Monday.",
                       published="2017-08-29"))
    assert ("RUS", "CHN", "06") in got


def test_troops_moved_away_from_a_flashpoint_de_escalate(code):
    got = triples(code("Thailand and Cambodia redeployed hundreds of soldiers away from the "
                       "disputed temple on Wednesday.", published="2011-07-20"))
    assert ("THA", "KHM", "08") in got and ("KHM", "THA", "08") in got


def test_a_name_cut_off_its_apposition_leaves_the_first_subject_acting(code):
    got = triples(code("Turkey's Constitutional Court, in a ruling read out in Ankara on Friday "
                       "by its chief judge, Hasim Kilic, closed down the country's main "
                       "pro-Kurdish party and banned 37 of its members from politics.",
                       published="2009-12-11"))
    assert any(s == "TUR" and r == "17" for s, _, r in got), got


def test_a_past_tense_hung_on_the_last_coordinated_root_noun_is_theirs(code):
    got = triples(code("Bangladesh's main opposition Awami League, led by Sheikh Hasina, and its "
                       "allies threatened on Saturday to boycott the general election unless "
                       "Prime Minister Khaleda Zia resigns.", published="1995-11-25"))
    assert ("BGD", "BGD", "13") in got


def test_a_capitalised_title_before_a_name_is_the_object_word(code):
    got = triples(code("Japan's foreign minister summoned Chinese Ambassador Wang Yi on Sunday.",
                       published="2005-04-10"))
    assert ("JPN", "CHN", "11") in got


def test_a_hostile_act_done_in_answer_is_aimed_at_whoever_did_what_it_answers(code):
    got = triples(code("Pakistan answered India's tests on Thursday, detonating five nuclear "
                       "devices in the remote Chagai hills.", published="1998-05-28"))
    assert ("PAK", "IND", "20") in got


def test_an_object_pronoun_is_not_what_its_pronoun_subject_stands_for(code):
    got = triples(code("Egypt's interim government warned on Saturday that it could dissolve the "
                       "Muslim Brotherhood and ban it from political life.",
                       published="2013-08-17"))
    assert ("EGY", "EGY", "13") in got


def test_a_threat_to_protest_is_aimed_at_the_authorities(code):
    got = triples(code("Cambodian opposition leader Sam Rainsy threatened on Monday to lead mass "
                       "demonstrations in Phnom Penh unless an independent committee "
                       "investigated the election.", published="2013-08-05"))
    assert ("KHM", "KHM", "13") in got
    # a vow to fast until the government yields is no threat
    assert not any(r == "13" for _, _, r in triples(code(
        "Hundreds of Chinese students went on hunger strike in Tiananmen Square on Saturday, "
        "vowing to fast until the government agrees to open a dialogue with them.",
        published="1989-05-13")))


def test_the_agent_and_target_of_a_measure_named_in_a_list_of_its_kinds(code):
    got = triples(code("The imposition of a worldwide oil and arms embargo on Haiti by the U.N. "
                       "Security Council took effect at midnight on Wednesday.",
                       published="1993-06-23"))
    assert ("IGO", "HTI", "16") in got


def test_a_titled_name_shot_dead_is_assassinated_whatever_the_title_pattern_says(code):
    got = {e["cameo"]["code"] for e in code("Gunmen shot dead Governor Pedro Alvarado in Culiacan "
                                             "on Monday.", published="1995-03-06")}
    assert "186" in got


def test_a_subject_a_misparse_joined_to_the_fronted_phrase_still_acts(code):
    got = triples(code("Eighteen months after breaking off ties over Ayatollah Khomeini's death "
                       "sentence on author Salman Rushdie, Britain and Iran agreed on Thursday to "
                       "resume diplomatic relations.", published="1990-09-27"))
    assert ("GBR", "IRN", "03") in got and ("IRN", "GBR", "03") in got
    # … and is no conjunct of the phrase it was joined to
    got = triples(code("Russia has completed delivery of S-300 air defence missile systems to "
                       "Syria, Defence Minister Sergei Shoigu told President Vladimir Putin on "
                       "Tuesday.", published="2018-10-02"))
    assert got == {("RUS", "SYR", "07")}, got


def test_a_weapon_dropped_from_aircraft_read_as_a_second_verb_names_the_attacker(code):
    got = triples(code("Thousands of Kurdish civilians in the town of Halabja were killed last "
                       "week by poison gas dropped from Iraqi warplanes.", published="1988-03-22"))
    assert any(s == "IRQ" and r == "20" for s, _, r in got), got


def test_whose_forces_withdraw_withdraws_them(code):
    got = triples(code("The withdrawal of Syrian troops from Lebanon was completed on Tuesday.",
                       published="2005-04-26"))
    assert ("SYR", "LBN", "08") in got
    # (a doer named as doing it still does it)
    got = triples(code("The United States began the withdrawal of its troops from Panama on "
                       "Monday.", published="1990-02-01"))
    assert ("USA", "PAN", "08") in got


def test_a_place_of_a_named_place_is_in_the_owners_country(code):
    got = triples(code("Nigerian troops landed at Monrovia's Freeport on Friday to protect "
                       "civilians trapped in the capital.", published="1990-08-25"))
    assert not any(t == "USA" for _, t, _ in got), got


def test_with_and_a_participle_tells_what_goes_with_an_act_not_a_partner(code):
    got = triples(code("Ethiopian security forces deployed in strength across Addis Ababa on "
                       "Monday, with riot police ringing the main university campus.",
                       published="2005-06-06"))
    assert not any(r in {"06", "04"} for _, _, r in got), got


def test_a_dateline_does_not_take_the_leads_subject(code):
    got = triples(code("COLOMBO, Sri Lanka (AP) — Tamil Tiger rebels, in a statement faxed to news "
                       "agencies from their northern stronghold, declared a unilateral ceasefire "
                       "for one month and urged the government to reciprocate.",
                       published="2000-12-21"))
    assert ("LKA", "LKA", "08") in got
    assert not any(t == "USA" for _, t, _ in got), got  # (AP) is no party


def test_the_owner_of_a_measure_filed_in_the_passive_files_it(code):
    got = triples(code("Bosnia's lawsuit against Yugoslavia was filed at the International Court "
                       "of Justice on Saturday.", published="1993-03-20"))
    assert any(s == "BIH" and r == "11" for s, _, r in got), got


def test_whose_thing_is_shared_shares_it_with_the_partner_not_the_topic(code):
    got = triples(code("The sharing of real-time U.S. intelligence with Turkey on Kurdish rebels "
                       "in northern Iraq is already under way.", published="2007-11-17"))
    assert ("USA", "TUR", "06") in got, got


def test_a_second_object_after_a_clause_of_the_verb_belongs_to_the_clause(code):
    got = triples(code("The Philippine military sent three more battalions to the southern island "
                       "of Basilan on Friday to hunt Abu Sayyaf guerrillas holding 20 hostages, "
                       "among them three Americans.", published="2001-06-08"))
    assert ("PHL", "PHL", "15") in got and not any(t == "USA" for _, t, _ in got), got


def test_zealots_are_people_of_where_they_act(code):
    got = triples(code("Hindu zealots wielding pickaxes tore down a 16th-century mosque in the "
                       "northern Indian town of Ayodhya on Sunday.", published="1992-12-07"))
    assert any(s == "IND" and r == "17" for s, _, r in got), got



def test_a_place_noun_a_country_owns_places_the_sentence(code):
    got = triples(code("A journalist was arrested in Russia's second city on Monday.",
                       published="2010-09-02"))
    assert any(s == "RUS" and r == "17" for s, _, r in got), got


def test_fighters_of_a_government_are_its_soldiers(code):
    events = code("Fighters of Somalia's interim government attacked Islamist positions near "
                  "Baidoa on Wednesday.", published="2006-12-20")
    assert "SOMMIL" in {e["source"]["code"] for e in events}, events


def test_tanks_loyal_to_a_leader_are_his_forces(code):
    got = triples(code("Tanks loyal to President Boris Yeltsin shelled the Russian parliament "
                       "building on Monday.", published="1993-10-04"))
    assert ("RUS", "RUS", "19") in got, got


def test_a_person_stripped_of_a_title_is_no_measure_their_country_files(code):
    # (the possessor of the passive subject acts only when the subject is the measure itself)
    assert not code("Spain's Alberto Contador was stripped of his 2010 Tour de France title on "
                    "Monday.", published="2012-02-06")


def test_troops_from_two_countries_are_a_group_of_each(code):
    got = triples(code("Nearly 10,000 troops from China and Russia began the two countries' first "
                       "joint military exercises on Thursday in the Russian port of Vladivostok.",
                       published="2005-08-18"))
    assert ("CHN", "RUS", "06") in got and ("RUS", "CHN", "06") in got, got


def test_a_veto_cast_in_a_council_is_aimed_at_the_council_not_the_drafts_backers(code):
    got = triples(code("A Western- and Arab-backed draft resolution was vetoed in the U.N. "
                       "Security Council on Saturday by Russia and China.",
                       published="2012-02-04"))
    assert ("RUS", "IGO", "12") in got and ("CHN", "IGO", "12") in got, got


def test_a_role_named_as_the_doer_of_an_act_noun_is_placed_like_a_subject(code):
    got = triples(code("The assassination of Prime Minister Yitzhak Rabin by a law student at a "
                       "peace rally in Tel Aviv on Saturday night plunged Israel into mourning.",
                       published="1995-11-05"))
    assert ("ISR", "ISR", "18") in got, got


def test_a_crowd_after_the_subjects_participle_is_no_second_subject(code):
    got = triples(code("Pope John Paul II, addressing tens of thousands of pilgrims gathered in "
                       "St. Peter's Square for the Sunday blessing, appealed to the captors of the "
                       "Western hostages still held in Lebanon to set them free.",
                       published="1991-04-14"))
    assert any(s == "VAT" and r == "02" for s, _, r in got), got


def test_a_title_after_a_place_names_that_places_officer(code):
    got = triples(code("Kandahar Governor Abdul Khalil accused Pakistan on Wednesday of sheltering "
                       "Taliban fighters.", published="2005-08-08"))
    assert ("AFG", "PAK", "11") in got, got
    events = code("Quebec Premier Robert Bourassa called in the army on Wednesday.",
                  published="1990-08-08")
    assert "CANGOV" in {e["source"]["code"] for e in events}, events


def test_leaders_who_come_face_to_face_meet_each_other_not_the_host(code):
    got = triples(code("Armenia's Robert Kocharyan and Azerbaijan's Ilham Aliyev came face to face "
                       "on Friday at a chateau outside Paris.", published="2006-02-10"))
    assert ("ARM", "AZE", "04") in got and ("AZE", "ARM", "04") in got, got
    assert not any(t == "FRA" for _, t, _ in got), got


def test_a_governments_order_to_its_own_forces_is_its_own_act(code):
    got = triples(code("Colombian President Juan Manuel Santos ordered the armed forces on Tuesday "
                       "to stop bombing FARC camps for a month.", published="2015-03-10"))
    assert ("COL", "COL", "08") in got, got
    got = triples(code("President Putin ordered the army to withdraw from the Ukrainian border.",
                       published="2015-03-10"))
    assert ("RUS", "UKR", "08") in got, got
    # (an order to another state stays a demand)
    got = triples(code("The Security Council ordered Iraq to destroy its missiles.",
                       published="2003-02-10"))
    assert ("IGO", "IRQ", "10") in got, got


def test_force_that_kills_thousands_of_people_is_a_mass_killing_not_a_battle(code):
    events = code("Rwandan government troops opened fire on tens of thousands of displaced Hutus "
                  "at the Kibeho camp on Saturday, killing at least 2,000 people.",
                  published="1995-04-23")
    assert "202" in {e["cameo"]["code"] for e in events}, events
    events = code("Chadian troops overran the Libyan air base at Ouadi Doum on Sunday, killing "
                  "more than 1,000 Libyan soldiers.", published="1987-03-23")
    assert "202" not in {e["cameo"]["code"] for e in events}, events


def test_an_officer_of_a_self_declared_republic_is_of_its_state(code):
    got = triples(code("Edna Adan Ismail, foreign minister of the self-declared republic of "
                       "Somaliland, appealed to Britain on Tuesday to recognise its independence.",
                       published="2005-06-14"))
    assert ("SOM", "GBR", "02") in got, got


def test_a_stopped_act_is_aimed_where_the_act_was(code):
    got = triples(code("Karen rebel leader General Bo Mya said on Friday his Karen National Union "
                       "was prepared to stop fighting Burmese army troops.",
                       published="2003-12-05"))
    assert ("MMR", "MMR", "03") in got, got


def test_a_two_word_name_inside_a_longer_unknown_name_is_nobody_the_base_knows(code):
    # "Abdul Sattar" is a Pakistani minister in the base; "Sheikh Abdul Sattar Abu Risha" is not
    events = code("Tribal fighters of Sheikh Abdul Sattar Abu Risha's Anbar Awakening council "
                  "joined U.S. Marines on Tuesday in a sweep of villages east of Ramadi.",
                  published="2007-05-22")
    assert not any(e["source"]["code"].startswith("PAK") for e in events), events
    assert ("IRQ", "USA", "06") in triples(events)


def test_tribesmen_and_intelligence_handed_over(code):
    got = triples(code("Tribesmen holding a former German deputy foreign minister in Yemen's "
                       "Shabwa province demanded on Thursday the release of five clansmen jailed "
                       "in Sanaa.", published="2005-12-29"))
    assert ("YEM", "YEM", "10") in got, got
    got = triples(code("The Philippine military's intelligence service has handed Indonesian "
                       "police the names of 12 bomb-makers.", published="2003-05-27"))
    assert ("PHL", "IDN", "06") in got, got


def test_each_others_things_and_police_commanders(code):
    got = triples(code("Ethiopian and Eritrean troops pounded each other's trenches with heavy "
                       "artillery on the Tsorona front on Sunday.", published="1999-03-14"))
    assert ("ETH", "ERI", "19") in got and ("ERI", "ETH", "19") in got, got
    events = code("Police commanders in the northern Nigerian city of Kano put their officers on "
                  "maximum alert on Friday ahead of planned protests.", published="2006-02-17")
    assert "NGACOP" in {e["source"]["code"] for e in events}, events


def test_a_march_through_a_city_places_the_marchers(code):
    got = triples(code("Thousands of ethnic Indians led by the Hindu Rights Action Force marched "
                       "through central Kuala Lumpur on Sunday to protest against discrimination.",
                       published="2007-11-25"))
    assert ("MYS", "MYS", "14") in got, got


def test_war_veterans_are_people_of_where_they_act(code):
    got = triples(code("Self-styled war veterans occupied dozens more white-owned farms in "
                       "Zimbabwe's Mashonaland East province on Saturday, defying a High Court "
                       "order to leave.", published="2000-04-08"))
    assert any(s == "ZWE" and t == "ZWE" for s, t, _ in got), got


def test_congress_in_a_latin_american_sentence_and_gulf_development_funds(code):
    got = triples(code("Uruguay's President Tabare Vazquez vetoed on Thursday a bill passed by "
                       "Congress that would have legalised abortion.", published="2008-11-14"))
    assert ("URY", "URY", "12") in got, got
    got = triples(code("The Kuwait Fund for Arab Economic Development pledged on Friday to lend "
                       "Morocco 15 million dinars for rural roads.", published="2001-03-02"))
    assert ("KWT", "MAR", "03") in got, got


def test_what_a_protest_is_against_beats_the_places_it_uses(code):
    got = triples(code("Ethnic Armenians in Georgia's southern Javakheti region blocked the road "
                       "to the Russian military base at Akhalkalaki on Saturday to protest "
                       "against Tbilisi's demand that the base be closed.",
                       published="2005-03-12"))
    assert ("GEO", "GEO", "14") in got and not any(t == "RUS" for _, t, _ in got), got


def test_a_hyphenated_participle_is_a_modifier_not_an_act(code):
    events = code("Burma's military junta has still not let U.N. relief experts into the "
                  "cyclone-hit Irrawaddy delta, U.N. officials said on Tuesday.",
                  published="2008-05-13")
    assert {e["cameo"]["code"][:2] for e in events} == {"08"}, events
    assert events[0]["modality"] == "negated"


def test_a_sports_union_or_federation_acts_for_no_state(code):
    assert not code("Samoa's Rugby Union threatened to boycott the World Cup over player pay on "
                    "Friday.", published="2019-08-02")


def test_a_nuclear_test_detonates_a_nuclear_device(code):
    events = code("India conducted three underground nuclear tests in the Rajasthan desert on "
                  "Monday in a challenge to Pakistan.", published="1998-05-11")
    assert {e["cameo"]["code"] for e in events} == {"2042"}, events
    events = code("North Korea carried out its second nuclear test on Monday in a direct "
                  "challenge to the United States.", published="2009-05-25")
    assert {e["cameo"]["code"] for e in events} == {"2042"}, events


def test_what_came_a_day_before_is_background_with_its_coordinated_verbs(code):
    events = code("Pakistan suspended peace talks with India on Friday, a day after gunmen "
                  "stormed a crowded market in Srinagar, killed six shoppers and wounded a "
                  "senior minister.", published="2001-12-14")
    assert {e["cameo"]["code"][:2] for e in events} == {"16"}, events


def test_a_relative_clause_in_the_past_tells_an_earlier_deed(code):
    events = code("Nigeria's military government freed on Tuesday the union leaders it had "
                  "detained during the oil strike.", published="1994-10-04")
    assert {e["cameo"]["code"][:2] for e in events} == {"08"}, events
    events = code("Bangladesh's opposition parties began a general strike on Sunday to force "
                  "the government to lift the emergency rule the army imposed last year.",
                  published="2008-03-02")
    assert {e["cameo"]["code"][:2] for e in events} == {"14"}, events


def test_a_participle_between_the_same_sides_restates_the_act(code):
    got = acts(code("The European Union imposed sanctions on Belarus on Monday, cutting off aid "
                    "to the government in Minsk.", published="2006-04-10"))
    assert ("IGO", "163", "BLR") in got and not any(c == "162" for _, c, _ in got), got
    got = acts(code("Ghana expelled the Togolese ambassador on Monday, accusing him of plotting "
                    "against the government.", published="1994-01-10"), level="code")
    assert got and all(c[:2] != "11" for _, c, _ in got), got
    # (another kind of deed beside it is a second act)
    got = triples(code("Kashmiri militants seized a crowded bus near Srinagar on Monday, "
                       "taking 40 passengers hostage.", published="1995-07-10"))
    assert ("IND", "IND", "18") in got, got


def test_killing_people_by_the_score_is_a_mass_killing(code):
    got = acts(code("Government-backed militiamen killed at least 60 villagers in a raid in "
                    "Sudan's South Kordofan state on Thursday, witnesses said.",
                    published="2012-03-01"))
    assert any(c == "202" for _, c, _ in got), got
    got = acts(code("Sri Lankan troops killed 60 Tamil Tiger rebels in fighting in the north on "
                    "Thursday, the military said.", published="2008-03-06"))
    assert not any(c == "202" for _, c, _ in got), got


def test_a_crowd_that_seizes_or_wrecks_a_place_protests(code):
    got = triples(code("Opposition protesters seized the international airport in Male on "
                       "Monday, demanding the president's resignation.", published="2012-02-13"))
    assert ("MDV", "MDV", "14") in got and not any(r == "19" for _, _, r in got), got
    got = triples(code("Rioters set fire to police stations and shops in Kathmandu on Friday "
                       "after a rise in fuel prices.", published="2005-09-02"))
    assert ("NPL", "NPL", "14") in got, got


def test_what_someone_is_to_be_forced_to_do_is_not_done(code):
    got = acts(code("Protesters blocked the main airport in Kathmandu on Tuesday, halting all "
                    "flights to force King Gyanendra to step down.", published="2006-02-28"))
    assert got and not any(c == "0831" for _, c, _ in got), got


def test_a_rejected_call_codes_what_was_called_for(code):
    got = acts(code("Nicaraguan President Arnoldo Aleman dismissed calls from the United States "
                    "for him to step down over the corruption charges.",
                    published="1999-06-10"))
    assert ("NIC", "1231", "USA") in got and not any(c == "0831" for _, c, _ in got), got


def test_signing_a_decree_is_not_an_agreement(code):
    got = acts(code("Russian President Vladimir Putin signed decrees on Monday recognising the "
                    "independence of the Donetsk and Luhansk regions of Ukraine.",
                    published="2022-02-21"))
    assert ("RUS", "054", "UKR") in got and not any(c == "057" for _, c, _ in got), got


def test_a_numbered_act_noun_counts_the_act_again(code):
    got = acts(code("Cuban President Raul Castro welcomed Russian President Dmitry Medvedev to "
                    "Havana on Thursday, the Russian leader's first visit to the island.",
                    published="2008-11-27"))
    assert got == {("CUB", "043", "RUS")}, got


def test_arab_foreign_ministers_speak_for_the_arab_league(code):
    got = triples(code("Arab foreign ministers meeting in Tunis condemned Israel's raid on the "
                       "PLO headquarters on Saturday.", published="1985-10-05"))
    assert ("IGO", "ISR", "11") in got, got


def test_closing_an_embassy_cuts_relations_with_its_host(code):
    got = acts(code("Libya closed its embassy in Rome on Tuesday.", published="1986-04-15"))
    assert ("LBY", "161", "ITA") in got, got
    got = acts(code("Venezuelan President Hugo Chavez sent ten battalions to the border on "
                    "Sunday and closed his embassy in Bogota, a day after Colombian troops "
                    "raided a rebel camp in Ecuador.", published="2008-03-02"))
    assert ("VEN", "161", "COL") in got, got


def test_an_armys_strike_is_an_attack_not_a_stoppage(code):
    got = acts(code("Pakistan's army threatened on Friday to launch an all-out strike on the "
                    "militant hideouts India says it has found in Kashmir.",
                    published="2002-05-24"), level="root")
    assert any(c == "13" for _, c, _ in got), got
    assert not any(e["cameo"]["code"].startswith(("133", "143")) for e in code(
        "Pakistan's army threatened on Friday to launch an all-out strike on the militant "
        "hideouts India says it has found in Kashmir.", published="2002-05-24"))


def test_a_crackdown_on_unnamed_crowds_falls_on_the_countrys_people(code):
    got = acts(code("Riot police in Dhaka fired tear gas and rubber bullets at crowds outside "
                    "the national mosque on Friday.", published="2013-05-03"), level="root")
    assert ("BGD", "17", "BGD") in got, got


def test_beatings_told_beside_tear_gas_are_one_crackdown(code):
    got = acts(code("Zimbabwean riot police beat student leaders and fired tear gas at crowds "
                    "outside the University of Zimbabwe on Monday.", published="2007-03-12"),
               level="root")
    assert ("ZWE", "17", "ZWE") in got and not any(c == "18" for _, c, _ in got), got


def test_a_navy_that_blockades_ports_imposes_a_blockade(code):
    got = acts(code("Ethiopian warplanes bombed the airport in Asmara on Tuesday and the navy "
                    "blockaded Eritrean ports.", published="1998-06-09"), level="root")
    assert ("ETH", "19", "ERI") in got and not any(c == "14" for _, c, _ in got), got


def test_force_is_aimed_at_whom_the_offensive_is_against(code):
    got = acts(code("Turkish troops crossed into northern Iraq on Thursday in a ground offensive "
                    "against PKK rebels, the General Staff said.", published="2008-02-22"),
               level="root")
    assert ("TUR", "19", "TUR") in got and not any(t == "IRQ" for _, _, t in got), got


def test_a_possible_offensive_is_no_offensive(code):
    got = acts(code("Ankara has massed 50,000 troops along the Iraqi border for a possible "
                    "offensive against PKK guerrillas, officials said on Wednesday.",
                    published="2007-10-24"), level="root")
    assert got and all(c == "15" for _, c, _ in got), got



def test_what_follows_an_after_the_parser_made_the_root_is_background():
    # the parser sometimes makes the "after" clause the root and hangs the main clause on it:
    # "Russia vetoed the plan, hours after activists said troops killed 200 people"
    import spacy
    from spacy.tokens import Doc

    from eventwire.events.coder import _background

    words = ["Russia", "vetoed", "the", "plan", ",", "hours", "after", "activists", "said",
             "troops", "killed", "200", "people", "."]
    heads = [1, 8, 3, 1, 8, 8, 8, 8, 8, 10, 8, 12, 10, 8]
    deps = ["nsubj", "ccomp", "det", "dobj", "punct", "npadvmod", "mark", "nsubj", "ROOT",
            "nsubj", "ccomp", "nummod", "dobj", "punct"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps,
              sent_starts=[True] + [False] * 13)
    assert not _background(doc[1])  # vetoed: the news
    assert _background(doc[10])  # killed: what came before it


def test_a_past_tense_joined_to_a_participle_with_a_subject_is_that_subjects(code):
    got = acts(code("Ivorian government soldiers fleeing a rebel advance killed dozens of "
                    "villagers in the western town of Man, Human Rights Watch said on Thursday.",
                    published="2003-03-20"))
    assert got and all(s == "CIV" for s, _, _ in got), got


def test_troops_landing_to_help_restore_order_keep_the_peace(code):
    got = acts(code("New Zealand troops began landing in the Solomon Islands capital Honiara on "
                    "Friday to help restore order after weeks of ethnic clashes.",
                    published="2003-07-25"))
    assert ("NZL", "074", "SLB") in got, got


def test_mass_action_is_dissent(code):
    got = triples(code("South Africa's opposition began a week of mass action on Monday "
                       "against the government's new labour law.", published="1990-03-05"))
    assert ("ZAF", "ZAF", "14") in got, got


def test_a_with_hung_inside_the_object_names_the_partner(code):
    got = acts(code("Jordan has begun sharing intelligence on suspected militants with Iraq, "
                    "officials said on Monday.", published="2005-11-14"))
    assert ("JOR", "064", "IRQ") in got, got


def test_rebels_who_blockade_the_roads_impose_a_blockade_on_the_state(code):
    got = acts(code("Tamil Tiger rebels cut off the Jaffna peninsula on Monday with a blockade of "
                    "all roads into the north.", published="2006-08-14"), level="root")
    assert ("LKA", "19", "LKA") in got and not any(c == "14" for _, c, _ in got), got


def test_shooting_people_by_the_hundred_is_a_mass_killing(code):
    got = acts(code("Rwandan soldiers shot to death hundreds of villagers who had fled to a "
                    "church in Ntarama, witnesses said.", published="1994-05-10"))
    assert any(c == "202" for _, c, _ in got), got


def test_what_a_strike_is_aimed_at_forcing_is_not_done(code):
    got = acts(code("Thousands of Venezuelan oil workers walked off the job on Monday, joining a "
                    "general strike aimed at forcing President Carlos Andres Perez to resign.",
                    published="1992-11-23"))
    assert got and not any(c == "0831" for _, c, _ in got), got


def test_inspectors_let_into_a_site_are_whom_the_act_is_for(code):
    got = acts(code("Libya let U.N. weapons inspectors into Muammar Gaddafi's Bab al-Aziziya "
                    "compound on Monday.", published="2004-01-19"), level="root")
    assert ("LBY", "08", "IGO") in got, got



def test_a_rejection_noun_is_aimed_at_who_made_the_offer(code):
    got = acts(code("Israel's rejection of an offer of talks from Syria surprised diplomats on "
                    "Monday.", published="1996-06-10"))
    assert ("ISR", "125", "SYR") in got, got
    got = acts(code("Armenian President Levon Ter-Petrosyan's rejection on Friday of an offer "
                    "of talks from Azerbaijani President Heydar Aliyev stalled the process.",
                    published="1995-03-10"), level="root")
    assert ("ARM", "12", "AZE") in got, got


def test_a_contingent_pulled_out_of_a_un_force_withdraws_from_the_un(code):
    got = acts(code("Jordan withdrew its troops from the U.N. peacekeeping force in Croatia on "
                    "Monday.", published="1995-05-08"))
    assert ("JOR", "1661", "IGO") in got, got


def test_forces_that_leave_a_territory_withdraw_from_it(code):
    got = acts(code("The last Syrian soldiers left Lebanon on Tuesday, ending 29 years of "
                    "military presence.", published="2005-04-26"))
    assert ("SYR", "0874", "LBN") in got, got
    assert not code("The Ugandan delegation left Kinshasa on Thursday.", published="2000-06-08")


def test_a_chemical_bomb_is_a_chemical_attack_on_whom_it_sickens(code):
    got = acts(code("Insurgents set off two chlorine-laden truck bombs near Fallujah on Friday, "
                    "sickening dozens of Iraqis, the U.S. military said.",
                    published="2007-03-17"))
    assert ("IRQ", "2041", "IRQ") in got, got


def test_shot_and_wounded_is_an_attempt_not_an_assassination(code):
    got = acts(code("A Turkish gunman shot and wounded Pope John Paul II in St Peter's Square "
                    "on Wednesday.", published="1981-05-13"))
    assert any(c == "185" for _, c, _ in got) and not any(c == "186" for _, c, _ in got), got
