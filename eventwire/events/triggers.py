"""Find event triggers in a parsed sentence.

A trigger is a verb or an event noun that matches a lexicon pattern (see
``eventwire/data/lexicon/README.md``), with the tokens the pattern used: particles ("broke
*off*"), prepositions ("called *for*"), object heads ("signed an *agreement*").  The coder takes
each :class:`Trigger` and finds source, target and modality; this module does not.

Frames compose: in "Iran pledged to provide aid", *provide aid* (071) is the trigger and *pledged*
its ``frame_token``; ``trigger.code`` is the code inside the frame (0331).  A frame verb with no
coded action of its own ("the UN urged restraint") is a trigger with the frame's default code.

Token indices (``consumed``) are document indices (``token.i``).

Speed: matching asks the same questions (a token's children, its object forms, a verb's direct
objects) for every pattern it tries, and spaCy builds a new ``Token`` for every ``doc[i]``,
``token.children`` and span iteration.  Each call therefore builds one :class:`_Sentence` that
lists the tokens once and keeps the answers, and drops it when the call returns (no cache
outlives a call).  Words that cannot stand for any lexicon lemma are rejected with a set lookup
(``Lexicon.reachable``) before anything else.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace

from spacy.attrs import HEAD
from spacy.tokens import Doc, Span, Token

from eventwire.events.arguments import misattached_conj
from eventwire.events.lexicon import Frame, Item, Lexicon, Pattern, base_forms
from eventwire.places import gazetteer

__all__ = ["Trigger", "find_triggers", "token_forms"]

# Dependencies by which a particle or preposition hangs from the word it belongs to.
_ATTACH = frozenset(
    {"prt", "prep", "agent", "dative", "advmod", "compound:prt", "npadvmod", "oprd", "acomp",
     "dobj"}  # a bare noun of an idiom: "play *host* to", "lay *waste* to", "give *way*"
)
# Modifiers that make a compound with their head noun ("peace talks", "diplomatic relations").
_MODIFIER = frozenset({"compound", "amod", "nmod"})
_MAX_MODIFIERS = 3  # "heavy Russian air strikes": enough for any compound the lexicon names
# A filled target slot, plus the modifiers object words can name: the most a match can add.
_MAX_BONUS = 0.5 + 2 * _MAX_MODIFIERS
# Prepositions whose object can be the action a frame verb wraps ("called for talks",
# "threatened Iran with sanctions", "agreed to a ceasefire", "warned of retaliation").
_FRAME_PREPS = frozenset({"for", "with", "to", "on", "upon", "of", "against"})
_TIME_ENTITIES = frozenset({"DATE", "TIME"})
# verbs whose past tense is their base form ("said Iran cut supplies" reports a fact)
_SAME_PAST = frozenset("cut put set hit quit let shut spread cost hurt bid cast burst split shed "
                       "rid upset beat broadcast forecast offset thrust read".split())
# verbs of demanding, after which a that-clause is wished, not told ("insisted that he go")
_MANDATIVE = frozenset({"demand", "insist", "urge", "ask", "request", "require", "order",
                        "recommend", "propose", "press"})
_PLACE_ENTITIES = frozenset({"GPE", "LOC"})
_NOT_PLACES = frozenset({"PERSON", "NORP", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL"})
# the object words a place's proper name matches: a country's or a region's (`enter
# [named_country]`), any other place's (`enter [named_place]`)
NAMED_COUNTRY = "named_country"
NAMED_PLACE = "named_place"
# "Germany said that Belarus must release the journalist": telling another party what it must
# do is a demand (CAMEO 10), whichever verb reports it; what it should do, an appeal (02).  The
# statement verbs, and the modals that make their that-clause an obligation.
_STATEMENT_VERBS = frozenset({"say", "declare", "state", "tell", "stress", "add", "insist",
                              "warn", "reiterate", "argue", "conclude", "maintain", "write",
                              "announce", "emphasize", "emphasise", "underline", "repeat"})
_OBLIGATION = frozenset({"must", "should"})
_ADVICE = frozenset({"should"})  # (advice, not insistence: the appeal frame)
_HAVE_TO = frozenset({"have", "need", "ought"})  # "had to deliver", "need to withdraw"
# the auxiliaries of what is to come ("promised that it would …")
_WILL = frozenset({"will", "would", "shall", "'ll", "'d", "wo"})
# Nouns for a message whose that-clause can be a demand ("a warning that Iraq must …").
_MESSAGE_NOUNS = frozenset({"reminder", "warning", "message", "statement", "letter", "note",
                            "notice", "declaration", "ultimatum", "insistence"})
# the clause subject that is the speaker itself: "Russia said it must defend itself" is no demand
_SELF = frozenset({"i", "we", "it", "he", "she", "they", "itself"})
# Heads that only count something: the object is what they count ("dozens of protesters").
_QUANTITIES = frozenset(
    "dozen hundred thousand million score number group couple handful pair batch "
    "lot some many several most all few ten tens percent part half third quarter share bulk "
    "majority portion rest much swath chunk first last remainder any none each both either "
    # a span of time: "suspended seven years of sanctions"
    "year month week decade "
    # a run of the same thing: "exploded a series of bombs", "fired a volley of rockets"
    "series string spate wave volley barrage salvo hail succession "
    # and a quantity of goods: "airlifted 40 tonnes of food"
    "ton tonne kilogram kilo pound litre liter barrel gallon load cargo shipment "
    # and their containers: "fired canisters of chlorine gas"
    "canister cylinder drum crate "
    # and a party sent: "let a team of IAEA inspectors in"
    "team delegation contingent squad crew "
    # and a span of time: "broke off three years of peace talks", "after months of talks"
    "day week month year decade round "
    # and the members of a body: "ordered American members of the U.N. inspection teams to
    # leave" is an order to the teams
    "member".split()
)
_VERB_DEPS_FOR_NOUN_TAGS = frozenset({"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl"})


@dataclass(frozen=True, slots=True)
class Trigger:
    """One matched trigger.

    ``token`` is the trigger word (for a framed action, the action: "provide" in "pledged to
    provide aid"); ``object_token`` the object the pattern named (``None`` when it named none);
    ``target_prep`` the preposition the pattern says the target comes from (``None``: search the
    usual places); ``consumed`` the token indices that belong to this trigger and must not be
    read as events of their own.  ``frame``/``frame_token``: the frame verb wrapping the action
    ("pledged"), where the source is found.  ``code`` is the CAMEO code to use.
    """

    token: Token
    pattern: Pattern
    object_token: Token | None
    target_prep: str | None
    consumed: frozenset[int]
    frame: Frame | None = None
    frame_token: Token | None = None
    code: str = field(default="")

    def __post_init__(self) -> None:
        if not self.code:
            object.__setattr__(self, "code", self.pattern.code)

    @property
    def words(self) -> str:
        """The trigger's words in text order, for explanations ("broke off relations")."""
        doc = self.token.doc
        indices = set(self.consumed)
        return " ".join(doc[i].text for i in sorted(indices))


# --------------------------------------------------------------------------- one sentence


class _Sentence:
    """The tokens of one sentence and what matching has learnt about them.

    Built once per :func:`find_triggers` call and dropped with it: spaCy allocates a new Token
    object for every ``doc[i]``, ``token.children`` and span iteration, and the matcher asks the
    same questions (children, object forms, direct objects, candidate lemmas) of the same few
    tokens for every pattern it tries, so the answers are kept here, keyed by token index.
    """

    __slots__ = (
        "doc", "start", "end", "tokens", "_children", "_attach", "_child_words", "_forms",
        "_objects", "_object_forms", "_prep_objects", "_lemmas", "_verb", "_headline",
    )

    def __init__(self, doc: Doc, sent: Span | None = None,
                 tokens: list[Token] | None = None) -> None:
        self.doc = doc
        self._children: dict[int, list[Token]] = {}
        self._attach: dict[int, dict[str, Token]] = {}
        self._child_words: dict[int, frozenset[str]] = {}
        self._forms: dict[int, dict[str, tuple[int, ...]]] = {}
        self._objects: dict[int, list[Token]] = {}
        self._object_forms: dict[int, frozenset[str]] = {}
        self._prep_objects: dict[int, list[Token]] = {}
        self._lemmas: dict[int, list[str]] = {}
        self._verb: dict[int, bool] = {}
        if sent is None:
            self.start = self.end = 0
            self.tokens: list[Token] = []
            self._headline: bool | None = False
            return
        self.start, self.end = sent.start, sent.end
        self.tokens = tokens if tokens is not None else list(sent)
        start, end = self.start, self.end
        children: dict[int, list[Token]] = {t.i: [] for t in self.tokens}
        # head offsets read as one array: token.head builds a new Token object per call
        offsets = doc.to_array(HEAD)[start:end].astype("int64")
        for k, token in enumerate(self.tokens):
            head = start + k + int(offsets[k])
            if head != token.i and start <= head < end:
                children[head].append(token)  # in text order, as spaCy's token.children
        if start > 0 or end < len(doc):
            # an arc across the sentence boundary (never made by spaCy's parser, possible with
            # other sentence splitters): take those tokens' children from spaCy itself
            for token in self.tokens:
                if token.n_lefts + token.n_rights != len(children[token.i]):
                    children[token.i] = list(token.children)
        self._children = children
        self._headline = None

    @property
    def headline(self) -> bool:
        """True for a title-cased line (asked only when a proper noun's tag matters)."""
        if self._headline is None:
            self._headline = _headline(self.tokens)
        return self._headline

    def token_at(self, i: int) -> Token:
        if self.start <= i < self.end:
            return self.tokens[i - self.start]
        return self.doc[i]

    def children(self, token: Token) -> list[Token]:
        found = self._children.get(token.i)
        if found is None:
            found = self._children[token.i] = list(token.children)
        return found

    def attached(self, token: Token) -> dict[str, Token]:
        """The token's first particle/preposition child of each spelling ("off", "for")."""
        found = self._attach.get(token.i)
        if found is None:
            found = {}
            for child in self.children(token):
                if child.dep_ in _ATTACH:
                    have = found.get(child.lower_)
                    # of two "on"s, not the one that only dates the act: "signed off on
                    # Thursday on a loan"
                    if have is None or (_dates_only(have, self) and not _dates_only(child, self)):
                        found[child.lower_] = child
            if token.i + 1 < len(token.doc):
                # "hand over 20 militants", with "over" read as "more than" on the number: a
                # particle right after the verb
                nxt = token.doc[token.i + 1]
                if nxt.dep_ == "quantmod" and nxt.lower_ in _PARTICLE_QUANTMODS \
                        and nxt.lower_ not in found:
                    found[nxt.lower_] = nxt
                # "will pull back troops", with "back" read as an adverb on the troops
                if nxt.dep_ == "amod" and nxt.tag_ in ("RB", "RP") and nxt.head.i > nxt.i \
                        and nxt.head.head.i == token.i and nxt.lower_ not in found:
                    found[nxt.lower_] = nxt
            self._attach[token.i] = found
        return found

    def child_words(self, token: Token) -> frozenset[str]:
        found = self._child_words.get(token.i)
        if found is None:
            found = self._child_words[token.i] = frozenset(c.lower_ for c in self.children(token))
        return found

    def lemmas(self, token: Token) -> list[str]:
        found = self._lemmas.get(token.i)
        if found is None:
            found = self._lemmas[token.i] = list(_lemmas(token, self))
        return found

    def forms(self, token: Token) -> dict[str, tuple[int, ...]]:
        found = self._forms.get(token.i)
        if found is None:
            found = self._forms[token.i] = _token_forms(token, self)
        return found

    def direct_objects(self, verb: Token) -> list[Token]:
        found = self._objects.get(verb.i)
        if found is None:
            found = self._objects[verb.i] = _direct_objects(verb, self)
        return found

    def object_forms(self, verb: Token) -> frozenset[str]:
        """Every form any direct object of the verb can stand for."""
        found = self._object_forms.get(verb.i)
        if found is None:
            found = self._object_forms[verb.i] = frozenset(
                form for obj in self.direct_objects(verb) for form in self.forms(obj)
            )
        return found

    def prep_objects(self, prep: Token) -> list[Token]:
        found = self._prep_objects.get(prep.i)
        if found is None:
            found = self._prep_objects[prep.i] = _expand(
                [c for c in self.children(prep) if c.dep_ in ("pobj", "pcomp")], self
            )
        return found

    def verb_like(self, token: Token) -> bool:
        found = self._verb.get(token.i)
        if found is None:
            found = self._verb[token.i] = _verb_like(token, self)
        return found


# --------------------------------------------------------------------------- token forms


# Prefixes that reverse the verb they are hyphenated to: "de-escalate" must never fall back to
# "escalate".
_REVERSING_PREFIXES = frozenset({"de", "non", "un", "anti", "counter", "dis"})


def _dates_only(prep: Token, sent: _Sentence) -> bool:
    """Whether a preposition's objects are all times ("on Thursday", "in July")."""
    objects = [c for c in sent.children(prep) if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in _TIME_ENTITIES for o in objects)


def _lemmas(token: Token, sent: _Sentence) -> Iterator[str]:
    """Candidate lemmas, best first: spaCy's, the hyphenated whole ("de-escalate"), the word
    itself, and guesses at its base form for words spaCy lemmatised badly ("slapped")."""
    lemma = token.lemma_.lower()
    i = token.i
    if i >= 2:
        hyphen = sent.token_at(i - 1)
        if hyphen.text == "-" and not hyphen.whitespace_:
            before = sent.token_at(i - 2)
            if not before.whitespace_ and before.is_alpha:
                prefix = before.lower_
                yield f"{prefix}-{lemma}"
                yield f"{prefix}{lemma}"
                if prefix in _REVERSING_PREFIXES:
                    return
    yield lemma
    lower = token.lower_
    yield lower
    if token.pos_ in {"NOUN", "PROPN"} and lemma != lower and lemma.isalpha():
        return  # spaCy read the noun ("aides" is "aide"): no guess makes it "aid"
    yield from base_forms(lower)


def _modifier_chain(head: Token, sent: _Sentence) -> list[Token]:
    """The head's compound/adjective modifiers and their own, in text order (head excluded)."""
    chain: list[Token] = []
    stack = [c for c in sent.children(head) if c.i < head.i and c.dep_ in _MODIFIER]
    while stack:
        token = stack.pop()
        chain.append(token)
        stack.extend(c for c in sent.children(token) if c.i < token.i and c.dep_ in _MODIFIER)
    return sorted(chain, key=lambda t: t.i)


_MAGNITUDES = (("million", 1e6), ("thousand", 1e3))
_NUMBER_WORDS = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


def _magnitude(head: Token, sent: _Sentence) -> tuple[str, Token] | None:
    """("thousand" or "million", the number token) for a head counted by a number of a thousand
    or more ("8,000 men", "between 10,000 and 15,000 people", "1.5 million people")."""
    for number in sent.children(head):
        if number.dep_ != "nummod":
            continue
        value = 0.0
        for part in [number, *(c for c in sent.children(number) if c.dep_ == "conj")]:
            text = part.lower_.replace(",", "")
            if text in _NUMBER_WORDS:
                value = max(value, _NUMBER_WORDS[text])
                continue
            try:
                value = max(value, float(text))
            except ValueError:
                continue
        for word, size in _MAGNITUDES:
            if value >= size:
                return word, number
    return None


def token_forms(token: Token) -> dict[str, tuple[int, ...]]:
    """Every lexicon form the token can stand for, with the token indices each form uses.

    The head's lemma, and the compounds its modifiers make with it: "air strikes" gives
    ``strike``, ``air_strike`` and ``airstrike``; "cease-fire" gives ``ceasefire``; "arms
    sales" gives ``arm_sale`` and ``arms_sale`` (modifiers as lemma and as written).
    """
    return _token_forms(token, _Sentence(token.doc))


def _place_name(token: Token) -> str | None:
    """The object word a proper name of a place matches: ``named_country`` for a country or a
    region ("entered Somalia", "moved into Crimea", even when the parser took the name for an
    organisation), ``named_place`` for any other place the parser tags so ("entered
    Mogadishu"), else None."""
    if token.pos_ != "PROPN" or token.ent_type_ in _NOT_PLACES:
        return None
    gaz = gazetteer()
    if gaz.country(token.text) or gaz.region(token.text):
        return NAMED_COUNTRY
    return NAMED_PLACE if token.ent_type_ in _PLACE_ENTITIES else None


def _token_forms(token: Token, sent: _Sentence) -> dict[str, tuple[int, ...]]:
    lower = token.lower_
    heads = [token.lemma_.lower(), lower]
    if token.pos_ == "PROPN" and lower.endswith("s") and len(lower) > 3:
        # title case ("War Crimes", "Peace Talks") leaves proper-noun plurals unlemmatised
        heads.append(lower[:-3] + "y" if lower.endswith("ies") else lower[:-1])
    heads = list(dict.fromkeys(heads))
    forms: dict[str, tuple[int, ...]] = {}
    own = (token.i,)
    for head in heads:
        forms.setdefault(head, own)
        forms.setdefault(head.replace("-", ""), own)
    place = _place_name(token)
    if place:
        # "entered Mogadishu", "crossed into Somalia": a place's name stands for the place
        forms.setdefault(place, own)
    counted = _magnitude(token, sent)
    if counted is not None:
        # "8,000 men", "1.5 million people": the number's size is a modifier (thousand_man)
        word, number = counted
        for head in heads:
            forms.setdefault(f"{word}_{head.replace('-', '')}", (number.i, token.i))
        # … and the size alone, for patterns about masses of anyone ("expelled 50,000 Ghanaians")
        forms.setdefault(word, (number.i, token.i))
    chain = _modifier_chain(token, sent)[-_MAX_MODIFIERS:]
    if not chain:
        return forms
    for m in chain:
        if m.dep_ == "nmod" and m.pos_ == "NOUN":
            # "mustard gas and nerve agents" parsed as one phrase: the first thing named is
            # a thing of its own ("mustard gas"), and its conjunct goes with the head
            # ("nerve agent")
            for form, used in _token_forms(m, sent).items():
                forms.setdefault(form, used)
            for c in sent.children(m):
                if c.dep_ == "conj":
                    for h in heads:
                        forms.setdefault(f"{c.lemma_.lower()}_{h}", (c.i, token.i))
    if token.pos_ == "PROPN":
        # "candidate Alassane Ouattara", "opposition leader Jo Bako": the common noun before a
        # name says what the named one is, and stands for it as an object word
        # (a capitalised title is tagged as a name: "Chinese Ambassador Wang Yi", the title
        # outside the person's name)
        titles = [c for c in chain if c.pos_ == "NOUN" or (
            c.pos_ == "PROPN" and token.ent_type_ == "PERSON" and not c.ent_type_)]
        if titles:
            title = titles[-1]
            for form in _token_forms(title, sent):
                forms.setdefault(form, (title.i, token.i))
    parts = [*chain, token]
    # joiner[k]: what separates parts[k-1] and parts[k] ("" after a hyphen, "_" otherwise)
    joiner = [""] + [
        "" if b.i - a.i == 2 and sent.token_at(b.i - 1).text == "-" else "_"
        for a, b in zip(parts, parts[1:], strict=False)
    ]
    words = [
        list(dict.fromkeys([p.lemma_.lower().replace("-", ""), p.lower_.replace("-", "")]))
        for p in chain
    ] + [[h.replace("-", "") for h in heads]]
    for start in range(len(chain)):
        combos = [""]
        for k in range(start, len(parts)):
            sep = joiner[k] if k > start else ""
            combos = [c + sep + w for c in combos for w in words[k]]
        indices = tuple(p.i for p in parts[start:])
        for form in combos:
            forms.setdefault(form, indices)
            forms.setdefault(form.replace("_", ""), indices)
    return forms


# --------------------------------------------------------------------------- matching


@dataclass(slots=True)
class _Match:
    pattern: Pattern
    consumed: set[int]
    object_token: Token | None
    score: float


_DIRECTIONS = frozenset({"back", "in", "out", "into", "through", "home"})
_PARTICLE_QUANTMODS = frozenset({"over", "up", "off", "out"})
# particles and prepositions of leaving, which make an entering verb a withdrawal
_LEAVING_WORDS = frozenset({"out", "from", "back", "away", "home"})
# verbs whose object takes a bare infinitive: "let the hostages fly home"
_BARE_INFINITIVE = frozenset({"let", "help", "make"})


def _direct_objects(verb: Token, sent: _Sentence) -> list[Token]:
    children = sent.children(verb)
    objects = [c for c in children if c.dep_ in ("dobj", "attr", "oprd")]
    # a gerund complement is an object too: "continued fighting", "stopped shelling"
    objects += [c for c in children if c.dep_ == "xcomp" and c.tag_ == "VBG"]
    # a small clause's predicate: "found the minister *guilty*", "declared the vote *illegal*"
    objects += [c for c in children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "ADJ"]
    # … also when parsed as an adjective after the noun ("found two guards guilty of
    # espionage", "guilty" hung on "guards"): English puts few adjectives after their noun
    objects += [a for c in children if c.dep_ == "dobj" for a in sent.children(c)
                if a.dep_ == "amod" and a.pos_ == "ADJ" and a.i > c.i]
    if not objects:
        # "allowed X to take part" parsed with X as the subject of the infinitive
        # … and "let inspectors back into the country", with "back" read as the clause
        objects = [g for c in children if c.dep_ == "ccomp" and c.i > verb.i
                   for g in sent.children(c) if g.dep_ == "nsubj" and g.i < c.i
                   and (any(a.dep_ == "aux" and a.lower_ == "to" for a in sent.children(c))
                        or c.lower_ in _DIRECTIONS or verb.lemma_ in _BARE_INFINITIVE)]
    if not objects and any(c.dep_ in ("auxpass", "nsubjpass") for c in children):
        objects = [c for c in children if c.dep_ == "nsubjpass"]  # a passive verb
    if not objects and verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN":
        objects = [verb.head]  # "the sanctions imposed on Iran": the noun is the object
    return _expand(objects, sent)


def _expand(objects: list[Token], sent: _Sentence) -> list[Token]:
    """Add conjoined objects ("cut aid and trade") and the real head behind a quantity
    ("arrested dozens of protesters" → protesters)."""
    out: list[Token] = []

    def add(obj: Token) -> None:
        out.append(obj)
        # (a list may be parsed as a chain: "scrapped mass testing, quarantine camps and
        # travel curbs", each conjunct hung on the one before)
        frontier = [obj]
        while frontier:
            for c in sent.children(frontier.pop()):
                if c.dep_ == "conj" and c not in out:
                    out.append(c)
                    frontier.append(c)

    for obj in objects:
        add(obj)
    for obj in out:  # (grows: "tens of thousands of people" looks through twice)
        if obj.lemma_.lower() in _QUANTITIES or obj.pos_ == "NUM":
            # … and behind a sum: "rushed $65 million in military aid", "1 billion euros in
            # loans"
            looks = ("of", "in") if _is_money(obj, sent) else ("of",)
        elif obj.lemma_.lower() in _CURRENCIES:
            looks = ("in",)
        else:
            continue
        for prep in sent.children(obj):
            if prep.dep_ == "prep" and prep.lower_ in looks:
                for c in sent.children(prep):
                    if c.dep_ == "pobj" and c not in out:
                        add(c)  # ("seven years of air and arms sanctions": both)
    return out


_CURRENCIES = frozenset({"dollar", "euro", "pound", "yen", "franc", "mark", "yuan", "rouble",
                         "ruble", "rupee", "riyal", "dinar", "shekel", "peso", "sterling"})


def _is_money(token: Token, sent: _Sentence) -> bool:
    """A number of dollars: "$65 million", "65 million dollars", "£3 billion"."""
    return any(c.text in {"$", "£", "€", "¥", "US$"} or c.lemma_.lower() in _CURRENCIES
               for c in sent.children(token)) or token.ent_type_ == "MONEY"


def _object_matches(token: Token, item: Item, sent: _Sentence) -> tuple[int, ...] | None:
    """The token indices the best-fitting object word uses (the longest compound wins: "air
    strikes" is ``air_strike``, not just ``strike``), or ``None``."""
    if item.any_object:
        # "fired on Thursday" has no target: a date or time is no object of an act
        if token.ent_type_ in _TIME_ENTITIES:
            return None
        return (token.i,)
    forms = sent.forms(token)
    best: tuple[int, ...] | None = None
    for word in item.words:
        indices = forms.get(word)
        if indices is not None and (best is None or len(indices) > len(best)):
            best = indices
    return best


def _match(token: Token, pattern: Pattern, sent: _Sentence) -> _Match | None:
    """Match one pattern at ``token``; ``None`` when a required item is missing."""
    if pattern.items:
        # Most patterns fail on their first item; test it with one lookup before matching.
        first = pattern.items[0]
        if first.kind == "word":
            if first.words[0] not in sent.attached(token):
                return None
        elif first.any_object:
            if not sent.direct_objects(token):
                return None
        elif sent.object_forms(token).isdisjoint(first.words):
            return None
    if pattern.armed and pattern.items and pattern.items[0].kind == "word" \
            and sent.direct_objects(token):
        return None  # "poured police into Lhasa", "drove Albanians into Macedonia": sending
    if pattern.armed and _LEAVING_WORDS & sent.child_words(token):
        return None  # "the last brigade rolled out of Iraq into Kuwait" leaves Iraq
    consumed = {token.i}
    if "_" in pattern.lemma:  # a compound lemma: its modifiers must be there
        forms = sent.forms(token)
        indices = forms.get(pattern.lemma)
        if indices is None:
            indices = forms.get(pattern.lemma.replace("_", ""))
        if indices is None:
            return None
        consumed.update(indices)
    anchors: list[Token] = [token]
    bonus = 0.0
    last_word: Token | None = None
    object_token: Token | None = None
    for item in pattern.items:
        if item.kind == "word":
            word = item.words[0]
            found = None
            for anchor in reversed(anchors):
                found = sent.attached(anchor).get(word)
                if found is not None:
                    break
            if found is None:
                return None
            if (pattern.particle and item is pattern.items[-1]) or _word_follows(pattern, item):
                if any(c.dep_ in ("pobj", "pcomp") for c in sent.children(found)):
                    # a preposition with its own object, not the idiom's particle ("dropped
                    # gas on the town in April" is no "drop in on")
                    return None
            consumed.add(found.i)
            anchors.append(found)
            last_word = found
        else:
            candidates: list[Token] = []
            if item.prep is not None and last_word is not None:
                candidates = sent.prep_objects(last_word)
            if item.prep is None or last_word is None or not candidates:
                # a particle, not a preposition: "broke *off* relations", "carried *out* strikes"
                candidates = sent.direct_objects(token)
            for candidate in candidates:
                indices = _object_matches(candidate, item, sent)
                if indices is not None:
                    consumed.update(indices)
                    anchors.append(candidate)
                    object_token = candidate
                    bonus += len(indices) - 1  # each modifier the object words named
                    break
            else:
                return None
    score = pattern.specificity + bonus
    if pattern.target_prep:
        # (a date fills no target slot: "fired missiles at camps on Thursday")
        if any(c.lower_ == pattern.target_prep and not _dates_only(c, sent)
               for a in anchors for c in sent.children(a)):
            score += 0.5  # the named target slot is filled: this reading fits better
        else:
            score -= 0.25  # an empty slot: a pattern without one fits as well or better
    return _Match(pattern, consumed, object_token, score)


def _word_follows(pattern: Pattern, item: Item) -> bool:
    """True when ``item`` is followed by another bare word: a particle inside a phrasal verb
    ("drop *in* on", "pull *out* of"), which has no object of its own."""
    items = pattern.items
    k = next(i for i, it in enumerate(items) if it is item)
    return k + 1 < len(items) and items[k + 1].kind == "word"


def _best(token: Token, patterns: Iterable[Pattern], sent: _Sentence) -> _Match | None:
    best: _Match | None = None
    for pattern in patterns:
        if best is not None and pattern.specificity + _MAX_BONUS < best.score:
            break  # patterns come most specific first: nothing later can win
        found = _match(token, pattern, sent)
        if found is not None and (best is None or found.score > best.score):
            best = found
    return best


def _lookup(
    token: Token, index: Mapping[str, tuple[Pattern, ...]], sent: _Sentence
) -> tuple[Pattern, ...]:
    for lemma in sent.lemmas(token):
        patterns = index.get(lemma)
        if patterns:
            return patterns
    return ()


def _may_match(token: Token, lexicon: Lexicon, sent: _Sentence) -> bool:
    """False when no candidate lemma of the token can be a lexicon lemma: one set lookup for
    the spelling and one for spaCy's lemma rejects most words before any guessing."""
    forms = lexicon.reachable
    if token.lower_ in forms or token.lemma_.lower() in forms:
        return True
    # a hyphenated prefix makes new candidates ("de-escalate"): let the full lookup decide
    return token.i >= 2 and sent.token_at(token.i - 1).text == "-"


def _headline(tokens: list[Token]) -> bool:
    """True for a title-cased line ("Russia Shells Kharkiv As Talks Stall"): spaCy tags its
    words as proper nouns, so part-of-speech tags cannot be trusted there."""
    words = [t for t in tokens if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.is_title or t.is_upper for t in words) >= 0.8 * len(words)


def _verb_like(token: Token, sent: _Sentence) -> bool:
    pos = token.pos_
    dep = token.dep_
    if pos == "AUX" or dep in ("aux", "auxpass"):
        return False
    if dep == "acl" and any(c.dep_ == "oprd" for c in sent.children(token)):
        return False  # a naming participle: "a group *called* Hamas", "a plan *dubbed* X"
    if token.tag_ == "VBN" and _before_title(token, sent):
        return False  # "deposed President Bazoum", "jailed opposition leader X": a description
    if dep in ("amod", "compound") and token.i > 0 and token.doc[token.i - 1].text == "-" \
            and token.tag_ in ("VBN", "VBD", "JJ"):
        return False  # "the cyclone-hit delta", "a U.S.-backed draft": a modifier, no act
    if pos == "VERB" or token.tag_.startswith("VB"):
        return True
    if pos in ("NOUN", "ADJ", "PROPN") and dep in _VERB_DEPS_FOR_NOUN_TAGS:
        # a verb tagged as a noun ("demanded that the president resign"): it has a subject,
        # or the "to" of an infinitive with an object ("voted to impeach President Collor",
        # tagged as a name among names)
        kids = sent.children(token)
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
            return True
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in kids) and any(
                c.dep_ == "dobj" for c in kids):
            return True
    return sent.headline and pos == "PROPN" and not token.ent_type_


# Title words a participle describes when it stands right before them and a name follows
# ("ousted Prime Minister Imran Khan", "exiled leader Juan Guaido").
_TITLES = frozenset({"president", "prime", "premier", "leader", "king", "queen", "minister",
                     "chancellor", "dictator", "ruler", "strongman", "emir", "monarch", "shah",
                     "mayor", "governor", "opposition", "general", "chairman", "commander"})


def _before_title(participle: Token, sent: _Sentence) -> bool:
    """Whether a participle is a premodifier of a titled name: the next word is a title and a
    proper name follows within three words, with nothing of the participle's own (no
    subject, auxiliary or agent) in the clause."""
    doc = participle.doc
    nxt = participle.i + 1
    if nxt >= len(doc) or doc[nxt].lower_ not in _TITLES or not doc[nxt].text[:1].isupper() \
            and doc[nxt].lower_ != "opposition":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent")
           for c in sent.children(participle)):
        return False
    return any(doc[i].pos_ == "PROPN" for i in range(nxt + 1, min(nxt + 4, len(doc))))


def _noun_like(token: Token, sent: _Sentence) -> bool:
    if token.dep_ == "compound":
        return False  # "protest leaders", "attack helicopters": a modifier, not an event
    pos = token.pos_
    if pos == "NOUN":
        return True
    if pos == "ADJ" and token.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") and any(
            c.dep_ == "det" for c in sent.children(token)):
        return True  # "began a fast unto death", tagged as an adjective: a determiner's noun
    return pos == "PROPN" and (not token.ent_type_ or sent.headline)


def _make(token: Token, match: _Match) -> Trigger:
    return Trigger(
        token=token,
        pattern=match.pattern,
        object_token=match.object_token,
        target_prep=match.pattern.target_prep,
        consumed=frozenset(match.consumed),
    )


# --------------------------------------------------------------------------- frames


def _frame_words(token: Token, frame: Frame, lemma: str, sent: _Sentence) -> set[int] | None:
    """The indices of the words the frame verb needs ("call *for*"), or ``None`` if absent.

    "to" is also found as the infinitive marker of the frame verb's complement: "agreed *to*
    restore ties" has no preposition "to", but it is the "agree to" frame all the same."""
    for words in frame.requires.get(lemma, ()):
        used: set[int] = set()
        anchors = [token]
        for word in words:
            found = next(
                (f for a in anchors if (f := sent.attached(a).get(word)) is not None), None
            )
            if found is None and word == "to":
                found = next(
                    (
                        marker
                        for comp in sent.children(token)
                        # (or an adverbial clause, when a phrase comes between: "told the
                        # Kremlin on Monday to open negotiations")
                        if comp.dep_ == "xcomp" or (comp.dep_ == "advcl" and comp.i > token.i)
                        for marker in sent.children(comp)
                        if marker.dep_ == "aux" and marker.lower_ == "to"
                    ),
                    None,
                )
            if found is not None and _dates_only(found, sent):
                # ("called Erdogan on Monday" is no "call on": a date is no addressee; but
                # "stepped up pressure on Belgrade on Monday" has a second "on")
                found = next((c for a in anchors for c in sent.children(a)
                              if c.lower_ == word and c.dep_ in ("prep", "prt", "dative")
                              and not _dates_only(c, sent)), None)
            if found is None:
                break
            used.add(found.i)
            anchors.append(found)
        else:
            return used
    return None


def _reports_fact(clause: Token, mandative: bool = False) -> bool:
    """True for a that-clause stating a fact ("that Iran *had attacked*", "that it *was*
    legal"), as opposed to a wished or threatened action ("that he *resign*", "that it would
    *retaliate*").  ``mandative``: the clause hangs on a verb of demanding, after which a
    verb whose past is its base form is the base form ("demanded that Pakistan *let* …")."""
    if clause.tag_ == "VBD" and clause.lower_ == clause.lemma_.lower() \
            and (mandative or clause.lower_ not in _SAME_PAST) and not any(
                c.dep_ in ("aux", "auxpass") for c in clause.children):
        return False  # "demanded that Saudi Arabia scrap its ban": a base form mistagged
    if any(c.dep_ == "aux" and c.lower_ in _WILL for c in clause.children):
        # "promised Poland that Germany would be its advocate", "warned that Israel would be
        # punished": what is to come
        return False
    return clause.tag_ in ("VBD", "VBN", "VBZ", "VBG") or clause.pos_ == "AUX"


def _clauses(token: Token, sent: _Sentence) -> list[Token]:
    """The clauses a frame verb can wrap: its to-infinitive and a following that-clause."""
    out: list[Token] = []
    for child in sent.children(token):
        # a that-clause is wrapped only when it is not a report of a past or present fact:
        # "demanded that he *resign*", "warned that it would *retaliate*" (base form), but not
        # "warned that Iran *had attacked* ships"; and only when it follows: in "Iran could
        # retaliate, analysts warned" the clause is reported speech, not the analysts' threat
        # "offered on Tuesday to mediate": an intervening phrase makes the parser attach the
        # infinitive as an adverbial clause; it is still the wrapped action.
        dep = child.dep_
        purpose = dep == "advcl" and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in sent.children(child)
        )
        if dep == "xcomp" or purpose or (
            dep == "ccomp" and child.i > token.i
            and not _reports_fact(child, token.lemma_.lower() in _MANDATIVE)
        ):
            out.append(child)
    if not out:
        # "demanded that Pakistan hand over 20 militants …, a spokeswoman said", with the
        # that-clause hung on the reporting verb at the end: the clause right after the frame
        # verb is its own
        doc = token.doc
        nxt = token.i + 1
        if nxt < len(doc) and doc[nxt].lower_ == "that":
            for clause in token.sent:
                if clause.dep_ == "ccomp" and clause.head.i > clause.i \
                        and clause.left_edge.i in (nxt, nxt + 1) and not _reports_fact(clause):
                    out.append(clause)
    return out


_LICENCE_NOUNS = frozenset({"right", "option"})


def _embedded(token: Token, sent: _Sentence) -> list[Token]:
    """Candidate actions wrapped by a frame verb, in order of preference."""
    out: list[Token] = []
    for child in _clauses(token, sent):
        out.append(child)
        # "vowed to continue fighting", "agreed to hold talks": look one verb further
        out.extend(c for c in sent.children(child) if c.dep_ in ("xcomp", "dobj"))
    children = sent.children(token)
    for child in children:
        if child.dep_ == "prep" and child.lower_ in _FRAME_PREPS:
            for obj in sent.children(child):
                if obj.dep_ == "pobj":
                    out.append(obj)
                    # "called on Iran to halt": the infinitive may hang from the object
                    out.extend(
                        c for c in sent.children(obj) if c.dep_ in ("acl", "relcl", "xcomp")
                    )
                elif obj.dep_ == "pcomp":
                    out.append(obj)
    objects = [c for c in children if c.dep_ in ("dobj", "nsubjpass")]
    out.extend(objects)
    # "reserved the right to retaliate", "kept the option to strike open": the act the
    # right or option is to
    out.extend(c for obj in objects if obj.lemma_.lower() in _LICENCE_NOUNS
               for c in sent.children(obj) if c.dep_ in ("acl", "relcl", "xcomp"))
    # "brushed aside calls from Britain for him to step down", "rejected calls by the
    # opposition to resign": the act a call or demand is for
    # (the parser may leave the call unattached: "rejected on Friday calls by …")
    out.extend(c for obj in children if obj.dep_ in ("dobj", "nsubjpass", "dep")
               and obj.lemma_.lower() in REQUEST_NOUNS
               for c in sent.children(obj) if c.dep_ in ("acl", "relcl", "advcl", "xcomp")
               and sent.verb_like(c))
    for obj in objects:
        # "pledged 500 million euros in humanitarian aid", "offered $1bn of aid"
        for prep in sent.children(obj):
            if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "for"):
                out.extend(c for c in sent.children(prep) if c.dep_ == "pobj")
    for child in list(out):
        # (not a past tense joined to a demanded base form: "demanded that Ethiopia halt the
        # war and imposed an arms embargo" is the demander's second act, misattached)
        out.extend(c for c in sent.children(child) if c.dep_ == "conj"
                   and misattached_conj(c) is None)
    return out


def _frame_lemma(token: Token, lexicon: Lexicon, sent: _Sentence) -> tuple[Frame, str] | None:
    for lemma in sent.lemmas(token):
        frame = lexicon.frame_of.get(lemma)
        if frame is not None:
            return frame, lemma
    return None


# --------------------------------------------------------------------------- entry point


def find_triggers(sent: Span, lexicon: Lexicon,
                  tokens: list[Token] | None = None) -> list[Trigger]:
    """All triggers in a parsed sentence, in text order (``tokens``: the sentence's tokens when
    the caller has read them already).

    Verbs first: a verb's best pattern consumes its particles, prepositions and object nouns.
    Then nouns not consumed by a verb.  Then frames: a frame verb wrapping a triggered action
    re-codes it; a frame verb with nothing to wrap becomes a trigger with the frame's default.
    """
    memo = _Sentence(sent.doc, sent, tokens)
    # Only words that can stand for some lexicon lemma are looked at again (most are not).
    candidates = [t for t in memo.tokens if _may_match(t, lexicon, memo)]
    found: dict[int, Trigger] = {}
    blocked: set[int] = set()
    for token in candidates:
        if not memo.verb_like(token):
            continue
        match = _best(token, _lookup(token, lexicon.verbs, memo), memo)
        if match is None:
            continue
        if match.pattern.blocks:
            blocked.update(match.consumed)
        else:
            found[token.i] = _make(token, match)
    _refine_by_object(memo, lexicon, found)
    consumed = set(blocked)
    for trigger in found.values():
        # ("the release of three hostages held in Lebanon": a participle describing a noun
        # shares it with what the noun's phrase says of it)
        shared = {trigger.token.head.i} if trigger.token.dep_ == "acl" else set()
        consumed.update(trigger.consumed - {trigger.token.i} - shared)
    # a verb another verb's pattern used ("continued *fighting*") is part of that event
    for index in [i for i in found if i in consumed]:
        if any(index in t.consumed and t.token.i != index for t in found.values()):
            del found[index]
    for token in candidates:
        if token.i in consumed or token.i in found or not _noun_like(token, memo):
            continue
        match = _best(token, _lookup(token, lexicon.nouns, memo), memo)
        if match is None:
            continue
        if match.pattern.blocks:
            blocked.update(match.consumed)
        elif not (match.consumed - {token.i}) & consumed:
            found[token.i] = _make(token, match)
            consumed.update(match.consumed - {token.i})
    # a noun consumed by a noun pattern ("release of hostages") is no event of its own
    for index in consumed:
        if index in found and found[index].pattern.pos == "NOUN":
            owner = [t for t in found.values() if index in t.consumed and t.token.i != index]
            if owner:
                del found[index]
    _apply_purposes(memo, found)
    _apply_frames(memo, candidates, lexicon, found, blocked)
    _apply_request_nouns(memo, lexicon, found)
    _apply_expulsions(memo, lexicon, found)
    _apply_obligations(memo, lexicon, found, blocked)
    _drop_dissent_purposes(memo, found)
    return [found[i] for i in sorted(found)]


# Nouns of asking: "renewed its call for the release of …", "lodged a request for the
# extradition of …" ask for an act, as the verbs "call for" and "request" do.
REQUEST_NOUNS = {"call": "appeal", "appeal": "appeal", "plea": "appeal", "request": "appeal",
                  "application": "appeal", "petition": "appeal", "demand": "demand",
                  "ultimatum": "demand"}


def _apply_request_nouns(sent: _Sentence, lexicon: Lexicon, found: dict[int, Trigger]) -> None:
    """An act named after "for" by a noun of asking that a verb delivers ("lodged a request
    for the extradition of Fujimori", "issued an appeal for the withdrawal of troops") is asked
    for, not done: coded inside the appeal or demand frame, with the delivering verb's subject
    as the one asking."""
    for index, inner in list(found.items()):
        tok = inner.token
        if inner.frame is not None or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj" \
                or tok.head.lower_ != "for":
            continue
        asking = tok.head.head
        if sent.verb_like(asking):
            # ("lodged a request on Thursday for …": the "for" hung on the verb)
            asking = next((c for c in sent.children(asking) if c.dep_ == "dobj"
                           and c.lemma_.lower() in REQUEST_NOUNS), asking)
        name = REQUEST_NOUNS.get(asking.lemma_.lower())
        frame = lexicon.frames.get(name) if name else None
        verb = asking.head
        if frame is None or asking.dep_ not in ("dobj", "nsubjpass") or \
                not sent.verb_like(verb) or verb.i in found and found[verb.i].frame is not None:
            continue
        if (asking.i in found and found[asking.i].frame is not None) or \
                _frame_lemma(verb, lexicon, sent) is not None:
            continue  # "rejected a demand for …", "heeded calls for …": an answer to the asking
        found.pop(asking.i, None)
        if found.get(verb.i) is not None and asking.i in found[verb.i].consumed:
            del found[verb.i]  # "issue [appeal]": the verb's pattern was only the asking
        found[index] = Trigger(token=tok, pattern=inner.pattern, object_token=inner.object_token,
                               target_prep=inner.target_prep,
                               consumed=inner.consumed | {asking.i, tok.head.i},
                               frame=frame, frame_token=verb,
                               code=frame.code_for(inner.pattern.code))


# "ordered two diplomats to leave the country", "told aid agencies to get out": an order to
# leave is an expulsion of whom it is given to.
_ORDERING = frozenset({"order", "tell", "instruct", "command", "direct", "give"})
_LEAVING = frozenset({"leave", "quit", "depart", "vacate", "exit"})
_OWN = frozenset({"its", "their", "his", "her", "our"})


def _apply_expulsions(sent: _Sentence, lexicon: Lexicon, found: dict[int, Trigger]) -> None:
    """Re-code an order to leave as the expulsion its object's "expel" pattern names (diplomats
    161, aid agencies 1663, inspectors 1662, journalists 174), not as a plain demand; one's
    own people ordered home ("ordered its diplomats to leave") are no one expelled."""
    patterns = [p for p in lexicon.verbs.get("expel", ()) if p.items and not p.blocks
                and not p.items[0].any_object and p.items[0].prep is None]
    if not patterns:
        return
    for token in sent.tokens:
        if token.lemma_.lower() not in _ORDERING or not sent.verb_like(token):
            continue
        leaving = [c for c in sent.children(token) if c.dep_ == "xcomp"
                   and (c.lemma_.lower() in _LEAVING or (
                       c.lemma_.lower() == "get" and "out" in sent.child_words(c)))]
        if not leaving:
            continue
        own = found.get(token.i)
        if own is not None and own.frame is None and own.pattern.code[:2] != "10":
            continue  # the verb's own pattern already says what the act is
        match = _best(token, patterns, sent)
        if match is None:
            continue
        objects = [sent.doc[i] for i in match.consumed if i != token.i]
        if any(c.dep_ == "poss" and c.lower_ in _OWN for o in objects
               for c in sent.children(o)):
            continue
        found.pop(leaving[0].i, None)
        pattern = replace(match.pattern, origin=f"{match.pattern.origin} (order to leave)",
                          text=f"{token.lemma_} … to {leaving[0].lemma_} "
                               f"(as {match.pattern.text})")
        found[token.i] = Trigger(token=token, pattern=pattern, object_token=match.object_token,
                                 target_prep=None,
                                 consumed=frozenset(match.consumed | {leaving[0].i}))


def _drop_dissent_purposes(sent: _Sentence, found: dict[int, Trigger]) -> None:
    """ "marched on the embassy to protest against the intervention", "continued their hunger
    strike to demand his resignation": the protest or demand is the dissent's purpose, not a
    second event (the dissent's sub-code says what it is for)."""
    for trigger in [t for t in found.values() if t.code.startswith("14")]:
        for c in sent.children(trigger.token):
            # the purpose's own trigger, or an act framed by it ("demanding that … recognise")
            inner = [i for i, t in found.items() if i == c.i or (
                t.frame_token is not None and t.frame_token.i == c.i)]
            # ("marched through Belgrade, demanding that Milosevic …": a participle too)
            if c.dep_ in ("advcl", "xcomp") and inner \
                    and all(found[i].code[:2] in ("10", "11") for i in inner) and (
                        c.tag_ == "VBG" or any(
                            a.dep_ == "aux" and a.lower_ == "to" for a in sent.children(c))):
                for i in inner:
                    del found[i]


_ENACTING = frozenset({"approve", "adopt", "pass", "enact", "ratify", "endorse", "vote"})
_BREACHES = frozenset({"violation", "breach", "contravention", "defiance"})
_TRUCES = frozenset({"ceasefire", "truce", "armistice", "ceasefire_agreement"})
# A deployment for the sake of keeping the peace is peacekeeping: "sent troops to enforce the
# ceasefire" is 074, not a show of force (15).
_PEACEKEEPING_PURPOSES = ("074", "0871", "0334")
# A visit or meeting whose purpose is to mediate or negotiate is that: "flew to Dakar to mediate
# in the border dispute" is mediation (045), not a visit (042).
_CONSULTING_PURPOSES = ("045", "046")
_VISITS = ("042", "043", "044")  # make, host, or meet at a third place for a visit


def _apply_purposes(sent: _Sentence, found: dict[int, Trigger]) -> None:
    for index, trigger in list(found.items()):
        if trigger.code[:2] in ("18", "19") and trigger.frame is None:
            # "shelled Vukovar in violation of the ceasefire": force that breaks a truce is
            # the violation (196), and the violation no second event
            for prep in sent.children(trigger.token):
                if prep.dep_ != "prep" or prep.lower_ != "in":
                    continue
                for noun in sent.children(prep):
                    if noun.lemma_.lower() not in _BREACHES:
                        continue
                    truce = [p for of in sent.children(noun) if of.lower_ == "of"
                             for p in sent.children(of) if p.dep_ == "pobj"
                             and p.lemma_.lower().replace("-", "") in _TRUCES]
                    if truce:
                        used = {noun.i, truce[0].i}
                        for i in used:
                            found.pop(i, None)
                        pattern = replace(trigger.pattern, code="196",
                                          text=f"{trigger.pattern.text} + in violation of truce")
                        found[index] = trigger = replace(trigger, pattern=pattern, code="196",
                                                         consumed=trigger.consumed | used)
        if trigger.frame is not None:
            continue
        if trigger.code.startswith("15"):
            kinds = _PEACEKEEPING_PURPOSES
        elif trigger.code.startswith(_VISITS):
            kinds = _CONSULTING_PURPOSES
        else:
            continue
        stack = [c for c in sent.children(trigger.token)
                 if c.dep_ in ("advcl", "xcomp", "acl")
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in sent.children(c))]
        seen: list[Token] = []
        while stack:
            t = stack.pop()
            seen.append(t)
            stack.extend(c for c in sent.children(t) if c.dep_ in ("xcomp", "advcl", "conj"))
        purpose = next((found[t.i] for t in seen if t.i in found
                        and found[t.i].code.startswith(kinds)), None)
        if purpose is None:
            continue
        # troops sent to keep a truce keep the peace (074); a visit to mediate mediates (045)
        code = "074" if kinds is _PEACEKEEPING_PURPOSES else purpose.code
        pattern = replace(trigger.pattern, code=code,
                          text=f"{trigger.pattern.text} + to {purpose.pattern.text}")
        found[index] = replace(trigger, pattern=pattern, code=code,
                               consumed=trigger.consumed | purpose.consumed | {
                                   t.i for t in seen})
        for t in seen:
            found.pop(t.i, None)


def _refine_by_object(sent: _Sentence, lexicon: Lexicon, found: dict[int, Trigger]) -> None:
    """A light verb whose object is a more specific event noun takes the noun's code:
    "announced a military aid package" is military aid (072), not the verb pattern's
    "announce [aid|package]" (070).  Only within the same CAMEO root, and only when the noun's
    pattern uses more of the object phrase than the verb's did (any family for verbs that
    enact their object: "a ban … was approved")."""
    for index, trigger in list(found.items()):
        obj = trigger.object_token
        if obj is None and trigger.token.lemma_.lower() in _ENACTING:
            obj = next(iter(sent.direct_objects(trigger.token)), None)
        if obj is None or obj.pos_ != "NOUN" or trigger.frame is not None:
            continue
        match = _best(obj, _lookup(obj, lexicon.nouns, sent), sent)
        if match is None or match.pattern.blocks:
            continue
        code = match.pattern.code
        # "approved a ban on investment" imposes the ban (163): a verb that enacts its object
        # takes the object's code whatever its family
        enacting = trigger.token.lemma_.lower() in _ENACTING and code[:2] not in ("01", "02")
        if code == trigger.pattern.code or (code[:2] != trigger.pattern.code[:2]
                                            and not enacting):
            continue
        used = {i for i in trigger.consumed if i != trigger.token.i}
        if not used < set(match.consumed) and not enacting:
            continue
        pattern = replace(trigger.pattern, code=code,
                          text=f"{trigger.pattern.text} + {match.pattern.text}")
        found[index] = replace(trigger, pattern=pattern, code=code,
                               consumed=trigger.consumed | match.consumed)


def _apply_obligations(
    sent: _Sentence, lexicon: Lexicon, found: dict[int, Trigger], blocked: set[int]
) -> None:
    """Statements that another party must act, read as the demand frame: "said that Sudan
    must return the helicopter" is a demand to return (1053); with no coded action inside,
    a plain demand (100).  What another party should do is the appeal frame's ("Ethiopia
    should accept the ruling, the council said": 025)."""
    demand, appeal = lexicon.frames.get("demand"), lexicon.frames.get("appeal")
    if demand is None:
        return
    for token in sent.tokens:
        speaker = token  # the word whose clause says it: a statement verb, or a message noun
        addressed = False
        if token.lemma_.lower() in _MESSAGE_NOUNS and token.dep_ == "dobj" \
                and sent.verb_like(token.head):
            # "issued a reminder to Iraq that it must cooperate": the verb that delivers the
            # message says it; "it" is then the addressee, not the speaker
            speaker = token.head
            addressed = any(c.dep_ in ("prep", "dative") and c.lower_ == "to"
                            for c in [*sent.children(token), *sent.children(speaker)])
        elif token.lemma_.lower() not in _STATEMENT_VERBS or not sent.verb_like(token):
            continue
        else:
            # "told Sudan it must let peacekeepers in": "it" is the one told
            addressed = any(c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN"
                            for c in sent.children(token))
        if speaker.i in found or speaker.i in blocked:
            continue
        # ("told Syria on Monday it must pull out" may be parsed as a complement with a
        # subject and a modal of its own)
        kinds = ("ccomp", "acl") if speaker is not token else ("ccomp", "xcomp")
        for clause in sent.children(token):
            # (the clause may come first: "Taylor must accept a ceasefire, Babangida said")
            if clause.dep_ not in kinds or (clause.i < token.i and speaker is not token):
                continue
            kids = sent.children(clause)
            modal = [g for g in kids if g.dep_ == "aux" and g.lower_ in _OBLIGATION]
            subjects = [g for g in kids if g.dep_ in ("nsubj", "nsubjpass")]
            owed = clause  # the act owed
            if not modal and clause.lemma_.lower() in _HAVE_TO and not any(
                    g.lower_ == "yet" for g in kids):  # ("has yet to release": not so far)
                # "the United States had to deliver the aid it pledged, Arafat said", "the
                # sanctions have to go": "have to", "need to", "ought to" oblige as "must" does
                owed = next((g for g in kids if g.dep_ == "xcomp" and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in sent.children(g))), clause)
                modal = [clause] if owed is not clause else []
            if not modal or not subjects or (subjects[0].lower_ in _SELF and not addressed
                                              and not _other_party(subjects[0], token, sent)):
                continue
            words = frozenset({token.i, speaker.i, modal[0].i})
            frame = appeal if appeal is not None and modal[0].lower_ in _ADVICE else demand
            token = speaker
            inner = found.get(owed.i)
            # "said the president must agree to reforms": a demand that they agree
            agreeing = inner is not None and inner.frame is not None \
                and inner.frame.name == "agree" and inner.frame_token is inner.token
            # ("must accept a ceasefire and let peacekeepers in": the second verb is owed too)
            for also in sent.children(owed):
                extra = found.get(also.i)
                if also.dep_ == "conj" and extra is not None and extra.frame is None and not any(
                        g.dep_ in ("nsubj", "nsubjpass") for g in sent.children(also)):
                    found[also.i] = replace(extra, consumed=extra.consumed | words, frame=frame,
                                            frame_token=token, code=frame.code_for(extra.code))
            if inner is not None and (inner.frame is None or agreeing):
                found[owed.i] = Trigger(
                    token=inner.token, pattern=inner.pattern, object_token=inner.object_token,
                    target_prep=inner.target_prep, consumed=inner.consumed | words,
                    frame=frame, frame_token=token, code=frame.code_for(inner.code))
            elif inner is None:
                base = next(iter(frame.default_patterns.values()))
                pattern = replace(base, lemma=token.lemma_, origin=f"{base.origin} (obligation)",
                                  text=f"{token.lemma_} that … {modal[0].lower_} (frame demand)")
                found[token.i] = Trigger(
                    token=token, pattern=pattern, object_token=None, target_prep=None,
                    consumed=words, frame=frame, frame_token=token)
            break


def _other_party(pronoun: Token, verb: Token, sent: _Sentence) -> bool:
    """Whether a pronoun in what a speaker says cannot be the speaker, by number: activists
    "saying he must resign" speak of someone else."""
    speaker = verb
    while not any(c.dep_ == "nsubj" for c in sent.children(speaker)) \
            and speaker.dep_ in ("advcl", "conj", "xcomp") and speaker.head.i != speaker.i:
        speaker = speaker.head
    subject = next((c for c in sent.children(speaker) if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in _SELF:
        return False
    plural = subject.tag_ in ("NNS", "NNPS") or any(
        c.dep_ == "conj" for c in sent.children(subject))
    low = pronoun.lower_
    return (plural and low in ("he", "she", "it")) or (not plural and low == "they"
                                                       and subject.tag_ == "NNP")


_INVITING = frozenset({"invite"})


def _apply_frames(
    sent: _Sentence,
    candidates: list[Token],
    lexicon: Lexicon,
    found: dict[int, Trigger],
    blocked: set[int],
) -> None:
    """Re-code actions wrapped by frame verbs; add frame verbs that wrap nothing coded.

    ``candidates``: the sentence's tokens that may stand for a lexicon lemma."""
    for token in candidates:
        if token.i in blocked:
            continue
        # Adjectives ("ready to talk", "open to talks") only frame an action; they never
        # trigger alone ("an open market").  Nouns never frame ("the press").
        verb = sent.verb_like(token)
        if not verb and token.pos_ != "ADJ":
            continue
        located = _frame_lemma(token, lexicon, sent)
        if located is None:
            continue
        frame, lemma = located
        if lemma in frame.adjectives and token.pos_ != "ADJ":
            continue  # "opened the crossing" is no "open to" frame
        words = _frame_words(token, frame, lemma, sent)
        if words is None:
            continue
        own = found.get(token.i)
        if own is not None and own.frame is not None:
            continue  # already an action inside another frame
        # ("balked at a U.N. plan": the verb's own preposition still names whose the thing is)
        own_prep = own.target_prep if own is not None else None
        if own is not None and own.pattern.specificity <= len(words):
            # "called for …": the frame reading uses more of the sentence than a bare "call"
            del found[token.i]
            own = None
        if own is not None and own.pattern.code != frame.default:
            # the verb's own pattern says what the act is ("threatened Iran *with sanctions*",
            # "vowed *revenge* for the attack", "pledged *support* for the campaign", "called
            # *up* reservists for the war"): the frame wraps nothing.  An own pattern with the
            # frame's plain code ("rejected an *offer* of talks") only names the kind of act:
            # what it embeds still refines it.
            continue
        composed = False
        for action in _embedded(token, sent):
            inner = found.get(action.i)
            if inner is None or inner.frame is not None or action.i == token.i:
                continue
            if own is not None and action.i in own.consumed:
                break  # the verb's own pattern was written for this object: it wins
            wraps = frame
            if lemma in _INVITING and action.pos_ in ("VERB", "AUX") and "appeal" in lexicon.frames:
                # "invited Malaysia to broker talks", "invited Australian troops to help restore
                # order": the invited do the act, so it is asked of them (an appeal); an
                # invitation *to talks* is the inviter's intent to meet
                wraps = lexicon.frames["appeal"]
            found[action.i] = Trigger(
                token=inner.token,
                pattern=inner.pattern,
                object_token=inner.object_token,
                target_prep=inner.target_prep,
                consumed=inner.consumed | words | {token.i},
                frame=wraps,
                frame_token=token,
                code=wraps.code_for(inner.pattern.code),
            )
            composed = True
        if composed:
            found.pop(token.i, None)
        elif (
            own is None
            and verb
            and not any(
                c.dep_ == "ccomp" and (_reports_fact(c, lemma in _MANDATIVE) or c.i < token.i)
                for c in sent.children(token)
            )
            and (lemma not in frame.wrap_only or _clauses(token, sent))
        ):
            # (a frame verb introducing a statement of fact is reported speech, not a frame:
            # "warned that Iran had attacked ships")
            found[token.i] = Trigger(
                token=token,
                pattern=frame.default_patterns[lemma],
                object_token=None,
                target_prep=own_prep,
                consumed=frozenset({token.i} | words),
                frame=frame,
                frame_token=token,
            )
