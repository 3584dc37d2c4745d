"""Event places and the gazetteer, on real spaCy parses of sentences written for these tests."""

# `nlp` is the session fixture of conftest.py: the real model, loaded once.

from __future__ import annotations

import time

import pytest
from spacy.language import Language

from eventwire.errors import DataFileError
from eventwire.places import find_places, gazetteer
from eventwire.records import Place


def places(nlp: Language, text: str, trigger: str) -> list[Place]:
    sent = next(iter(nlp(text).sents))
    token = next(t for t in sent if t.text == trigger)
    return list(find_places(sent, token))


def names(found: list[Place]) -> list[str]:
    return [p.name for p in found]


# ------------------------------------------------------------------------- gazetteer


def test_gazetteer_loads_fast_and_once() -> None:
    gazetteer.cache_clear()
    start = time.perf_counter()
    first = gazetteer()
    elapsed = time.perf_counter() - start
    assert gazetteer() is first
    assert elapsed < 1.0, f"gazetteer took {elapsed:.2f} s to load"


def test_gazetteer_cities_countries_and_aliases() -> None:
    gaz = gazetteer()
    kyiv = gaz.city("Kiev")
    assert kyiv is not None and (kyiv.name, kyiv.country) == ("Kyiv", "UKR")
    assert gaz.city("Paris").country == "FRA"  # the most populous Paris
    assert gaz.city("Paris", frozenset({"USA"})).country == "USA"
    assert gaz.country("the United States").iso3 == "USA"
    assert gaz.country("DPRK").iso3 == "PRK"
    assert gaz.city("Xanadu Springs") is None


def test_missing_gazetteer_names_the_fix(tmp_path) -> None:
    with pytest.raises(DataFileError, match="python -m eventwire.places build"):
        gazetteer(tmp_path)


# ------------------------------------------------------------------------- attachment


def test_movement_to_two_cities(nlp: Language) -> None:
    found = places(nlp, "Russia has sent manpower to Donetsk and Luhansk since February.", "sent")
    assert names(found) == ["Donetsk", "Luhansk"]
    donetsk = found[0]
    assert (donetsk.country, donetsk.geonameid) == ("UKR", 709717)
    assert donetsk.lat == pytest.approx(48.02, abs=0.05)
    assert donetsk.lon == pytest.approx(37.80, abs=0.05)


def test_actors_are_not_places(nlp: Language) -> None:
    assert places(nlp, "Russia attacked Ukraine.", "attacked") == []
    assert places(nlp, "The president talked about the war in Syria.", "talked") == []
    assert places(nlp, "Clashes between Russia and Ukraine continued.", "Clashes") == []


def test_place_near_the_object(nlp: Language) -> None:
    found = places(nlp, "Russian troops attacked a village near Donetsk on Tuesday.", "attacked")
    assert names(found) == ["Donetsk"]


def test_country_as_place_has_no_point(nlp: Language) -> None:
    [syria] = places(nlp, "Clashes in Syria killed 12 people.", "Clashes")
    assert (syria.name, syria.country, syria.lat, syria.lon) == ("Syria", "SYR", None, None)
    assert syria.geonameid is not None


def test_sending_to_a_country(nlp: Language) -> None:
    # Aid goes to a recipient (an actor); troops go to a place.
    assert places(nlp, "Russia sent aid to Syria.", "sent") == []
    assert names(places(nlp, "Russia sent troops to Syria.", "sent")) == ["Syria"]


def test_place_nouns_pass_the_place_on(nlp: Language) -> None:
    text = "Shelling on the outskirts of Kyiv and in the eastern city of Kharkiv continued."
    assert names(places(nlp, text, "Shelling")) == ["Kyiv", "Kharkiv"]
    assert names(places(nlp, "Troops massed on the border with Ukraine.", "massed")) == ["Ukraine"]
    assert names(places(nlp, "Artillery hit a Kyiv suburb.", "hit")) == ["Kyiv"]


def test_region_is_not_its_city(nlp: Language) -> None:
    [region] = places(nlp, "Fighting raged in the Donetsk region.", "raged")
    assert (region.name, region.country, region.lat, region.geonameid) == (
        "Donetsk region",
        "UKR",
        None,
        None,
    )


def test_each_event_keeps_its_own_place(nlp: Language) -> None:
    text = "Putin met Kim in Vladivostok after talks in Moscow."
    assert names(places(nlp, text, "met")) == ["Vladivostok"]
    assert names(places(nlp, text, "talks")) == ["Moscow"]


def test_visit_destination(nlp: Language) -> None:
    found = places(
        nlp, "The two leaders signed the agreement during Kim's visit to Russia.", "visit"
    )
    assert [(p.name, p.country) for p in found] == [("Russia", "RUS")]
    assert names(places(nlp, "Kim visited Pyongyang.", "visited")) == ["Pyongyang"]


def test_embedded_clause_place_stays_there(nlp: Language) -> None:
    text = "Officials in Moscow said Russia would send troops to Belarus."
    assert names(places(nlp, text, "send")) == ["Belarus"]
    assert "Belarus" not in names(places(nlp, text, "said"))


# ------------------------------------------------------------------------- ambiguity


def test_ambiguous_city_prefers_the_largest(nlp: Language) -> None:
    [paris] = places(nlp, "Protesters gathered in Paris on Sunday.", "gathered")
    assert paris.country == "FRA"


def test_ambiguous_city_prefers_a_country_in_the_sentence(nlp: Language) -> None:
    text = "Pakistani police said protesters gathered in Hyderabad on Sunday."
    assert [p.country for p in places(nlp, text, "gathered")] == ["IND"]  # no country named
    text = "Pakistan said protesters gathered in Hyderabad on Sunday."
    assert [p.country for p in places(nlp, text, "gathered")] == ["PAK"]
    # ... but an actor country does not pull a city ten times smaller: Donetsk stays in Ukraine.
    text = "Russia has sent manpower to Donetsk."
    assert [p.country for p in places(nlp, text, "sent")] == ["UKR"]


def test_country_written_after_the_city_decides(nlp: Language) -> None:
    [tripoli] = places(nlp, "Clashes broke out in Tripoli, Lebanon, on Sunday.", "broke")
    assert tripoli.country == "LBN"
    [tripoli] = places(nlp, "Clashes broke out in Tripoli on Sunday.", "broke")
    assert tripoli.country == "LBY"


def test_alternate_name_resolves_to_the_current_name(nlp: Language) -> None:
    [kyiv] = places(nlp, "Protesters gathered in Kiev on Sunday.", "gathered")
    assert (kyiv.name, kyiv.country) == ("Kyiv", "UKR")


def test_results_are_records(nlp: Language) -> None:
    found = places(nlp, "Russia has sent manpower to Donetsk and Luhansk.", "sent")
    assert all(isinstance(p, Place) for p in found)
    assert found[0].to_dict()["geonameid"] == 709717


# ------------------------------------------------------------------------- regions


def _data_copy(tmp_path, regions: str):
    """A copy of the gazetteer's data files in ``tmp_path`` with ``regions`` as regions.tsv."""
    from eventwire.places import DATA_DIR

    for name in ("cities.tsv", "countries.tsv"):
        (tmp_path / name).write_bytes((DATA_DIR / name).read_bytes())
    (tmp_path / "regions.tsv").write_text(regions, encoding="utf-8")
    return tmp_path


def test_regions_resolve_with_aliases_and_the() -> None:
    gaz = gazetteer()
    darfur = gaz.region("Darfur")
    assert (darfur.name, darfur.country, darfur.kind) == ("Darfur", "SDN", "region")
    assert gaz.region("Chechen Republic").name == "Chechnya"
    assert gaz.region("Ichkeria").country == "RUS"
    assert gaz.region("the Krajina").country == "HRV"
    assert gaz.region("the Donbass").name == "Donbas"
    assert gaz.region("the Gaza Strip").country == "PSE"  # as the actor base codes it
    assert gaz.region("North Kivu").kind == "province"
    assert gaz.region("Xanadu Springs") is None


def test_regions_ignore_case_accents_hyphens_and_a_region_word() -> None:
    gaz = gazetteer()
    assert gaz.region("TIGRAI").name == "Tigray"
    assert gaz.region("Équateur") == gaz.region("equateur")
    assert gaz.region("Nagorno Karabakh") == gaz.region("nagorno-karabakh")
    assert gaz.region("Ma'rib") == gaz.region("Marib")
    assert gaz.region("the Kursk region").name == "Kursk Oblast"
    assert gaz.region("Helmand province").country == "AFG"


def test_straddling_regions_follow_the_documented_choice() -> None:
    gaz = gazetteer()
    assert gaz.region("Punjab") is None  # India and Pakistan: left out
    assert gaz.region("Punjab province").country == "PAK"
    assert gaz.region("Indian Punjab").country == "IND"
    assert gaz.region("Kurdistan").country == "IRQ"
    assert gaz.region("Iranian Kurdistan").country == "IRN"
    assert gaz.region("Azad Kashmir").country == "PAK"
    assert gaz.region("Georgia") is None  # a state, not the US state
    assert gaz.region("Kosovo") is None  # a state (XKX) in the actor base


def test_place_country_of_cities_and_regions() -> None:
    gaz = gazetteer()
    assert gaz.place_country("Chechnya") == "RUS"
    assert gaz.place_country("Kharkiv") == "UKR"
    assert gaz.place_country("Hyderabad", frozenset({"PAK"})) == "PAK"  # city rules
    # "Kirkuk" is a city and a governorate: both lookups work.
    assert gaz.city("Kirkuk").country == "IRQ"
    assert gaz.region("Kirkuk").kind == "province"
    # A region's own name beats a city that only has it as an alternate name.
    assert gaz.place_country("Borno") == "NGA"
    assert gaz.place_country("Xanadu Springs") is None


def test_place_country_prefers_a_city(tmp_path) -> None:
    data = _data_copy(tmp_path, "# test\nParis\tLutetia Region\tCAN\tregion\n")
    gaz = gazetteer(data)
    assert gaz.region("Paris").country == "CAN"
    assert gaz.place_country("Paris") == "FRA"  # the city comes first
    assert gaz.place_country("the Lutetia region") == "CAN"  # only a region has that name


def test_malformed_regions_file_names_file_and_line(tmp_path) -> None:
    data = _data_copy(tmp_path, "# header\nDarfur\t\tSDN\tregion\nTigray\tETH\tregion\n")
    with pytest.raises(DataFileError, match=r"regions\.tsv:3: expected 4 tab-separated") as err:
        gazetteer(data)
    assert err.value.line == 3


def test_regions_file_rejects_bad_kind_and_duplicate_names(tmp_path) -> None:
    bad_kind = tmp_path / "kind"
    bad_kind.mkdir()
    with pytest.raises(DataFileError, match=r"regions\.tsv:1: unknown kind 'oblast'"):
        gazetteer(_data_copy(bad_kind, "Kursk Oblast\t\tRUS\toblast\n"))
    twice = tmp_path / "twice"
    twice.mkdir()
    regions = "Darfur\t\tSDN\tregion\nDarfour\tDarfur\tSDN\tregion\n"
    with pytest.raises(DataFileError, match=r"regions\.tsv:2: 'Darfur' is already .* line 1"):
        gazetteer(_data_copy(twice, regions))


def test_regions_file_is_well_formed() -> None:
    from eventwire.places import DATA_DIR

    gaz = gazetteer()
    regions = set(gaz.regions.values())
    assert 500 <= len(regions) <= 1500
    countries = {c.iso3 for c in gaz.countries.values()} | {"XKX"}
    assert {r.country for r in regions} <= countries
    header = (DATA_DIR / "regions.tsv").read_text(encoding="utf-8").splitlines()[:5]
    assert any("general knowledge" in line for line in header)


def test_ambiguous_city_prefers_a_neighbour_of_a_country_named() -> None:
    # Bethlehem: the West Bank town, not the larger one in South Africa, in a story about Israel
    gaz = gazetteer()
    assert gaz.city("Bethlehem").country != "PSE"  # alone, the largest
    assert gaz.city("Bethlehem", mentioned=frozenset({"ISR"})).country == "PSE"
    assert "PSE" in gaz.neighbours["ISR"] and "ISR" in gaz.neighbours["PSE"]


def test_a_countries_file_without_neighbours_names_the_fix(tmp_path) -> None:
    _data_copy(tmp_path, "")
    lines = (tmp_path / "countries.tsv").read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].rsplit("\t", 1)[0]  # drop the neighbours column of one line
    (tmp_path / "countries.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"countries\.tsv:3: expected 5 tab-separated"):
        gazetteer(tmp_path)


@pytest.mark.parametrize("name, country", [
    ("Texas", "USA"), ("California", "USA"), ("Ohio", "USA"), ("Washington State", "USA"),
    # a province or state beats a town of its name in another country …
    ("Florida", "USA"), ("Virginia", "USA"), ("Ontario", "CAN"),
    # … but not a city a region shares its name with in the same country, nor a big city
    ("Kirkuk", "IRQ"), ("Cordoba", "ARG"),
])
def test_states_and_provinces_beat_small_towns_of_their_name(name: str, country: str) -> None:
    assert gazetteer().place_country(name) == country


def test_georgia_alone_is_the_country_not_the_us_state() -> None:
    # the actor base names the country; the gazetteer leaves the bare name to it
    assert gazetteer().region("Georgia") is None
    assert gazetteer().place_country("Georgia State") == "USA"
