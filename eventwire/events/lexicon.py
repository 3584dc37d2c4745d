"""Load and validate the event lexicon: verb and noun trigger patterns and frames.

The file format is described in ``eventwire/data/lexicon/README.md``.  Every problem in a file
raises :class:`eventwire.errors.DataFileError` naming the file and the line, so a user who adds
their own YAML file learns exactly what to fix.  Line numbers come from the YAML node marks:
the files are *composed* (not constructed), which keeps them and costs no more than loading.

    lexicon = default_lexicon()              # the bundled files, loaded once per process
    lexicon = Lexicon.load([*bundled_paths(), Path("my_verbs.yaml")])
    lexicon.verbs["cut"]                     # patterns, most specific first
    lexicon.frame_of["pledge"].code_for("0711")   # -> "0331"
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

import yaml

from eventwire.errors import DataFileError
from eventwire.events import ontology

__all__ = [
    "BLOCK",
    "FRAME_NAMES",
    "KEEP",
    "Frame",
    "Item",
    "Lexicon",
    "Pattern",
    "TARGET_PREPOSITIONS",
    "base_forms",
    "bundled_paths",
    "default_lexicon",
    "spelling_variants",
]

LEXICON_DIR = Path(__file__).resolve().parent.parent / "data" / "lexicon"
BUNDLED = ("verbs.yaml", "nouns.yaml", "frames.yaml")

# A bare word at the end of a pattern from this set names the slot the target comes from; it is
# not required to match ("cut [tie] with" also matches "cut ties").  Any other bare word is a
# required particle or preposition ("back down", "pull out", "call for [talk]").
TARGET_PREPOSITIONS = frozenset(
    "with against to on upon onto from toward towards at of into between".split()
)
FRAME_NAMES = ("intend", "agree", "appeal", "demand", "threaten", "reject")
# Optional frame lists besides 'verbs': words that frame only as adjectives, and verbs that give
# no event unless they wrap an action or a clause (see Frame).
_FRAME_LISTS = ("adjectives", "wrap_only")
BLOCK = "none"  # pseudo-code: patterns that stop an idiom from triggering ("heart attack")
KEEP = "="  # frame map value: the embedded action keeps its own code ("vowed to sue" -> 115)

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR = "tag:yaml.org,2002:str"
# Lower-case words: letters (accents too: "chargé"), digits, apostrophes, dots and hyphens.
_WORD = re.compile(r"(?!.*[A-Z])[^\W_](?:[^\W_]|['.-])*\Z")
_COMPOUND = re.compile(r"(?!.*[A-Z])[^\W_](?:[^\W_]|['.-])*(?:_[^\W_](?:[^\W_]|['.-])*)*\Z")
_TOKEN = re.compile(r"\[[^\[\]]*\]|[^\s\[\]]+|\S")
_FLAGS = {"pattern", "reciprocal", "target", "confidence", "particle", "inverse", "armed"}


@dataclass(frozen=True, slots=True)
class Item:
    """One required element of a pattern after its lemma.

    ``kind`` is ``"word"`` (a particle or preposition: ``words`` holds that one word) or
    ``"object"`` (``words`` holds the accepted object lemmas, ``("*",)`` for any object; a lemma
    with ``_`` is a compound whose last part is the head: ``air_strike``).  ``prep`` is the
    preposition whose object this is, ``None`` for the direct object.
    """

    kind: str
    words: tuple[str, ...]
    prep: str | None = None

    @property
    def any_object(self) -> bool:
        return self.words == ("*",)


@dataclass(frozen=True, slots=True)
class Pattern:
    """A trigger pattern: one lemma (plus particles, prepositions, objects) → one CAMEO code."""

    code: str
    lemma: str  # as written; a noun may be a compound ("hunger_strike", head "strike")
    pos: str  # "VERB" or "NOUN"
    items: tuple[Item, ...]
    target_prep: str | None
    reciprocal: bool | None  # None: as the code's family (coder.RECIPROCAL_PREFIXES)
    no_target: bool
    confidence: float
    specificity: float
    origin: str  # "file:line"
    text: str = ""  # the pattern as written, for messages and explanations
    # the last bare word is a particle with no object of its own: "gave *in*", not "gave the
    # junta *in* Niger one week"
    particle: bool = False
    # the target slot names the doer and the subject is the target: "came under fire *from*
    # rebels" (the rebels fire)
    inverse: bool = False
    # only an armed doer acts so: "troops entered Mogadishu" occupies it, a delegation or a
    # crowd entering it does not (the coder drops the event when no source is armed)
    armed: bool = False

    @property
    def head(self) -> str:
        """The lemma a token must have (the last part of a compound lemma)."""
        return self.lemma.rsplit("_", 1)[-1]

    @property
    def modifiers(self) -> tuple[str, ...]:
        """Words a compound lemma needs before its head (``hunger_strike`` → ``("hunger",)``)."""
        return tuple(self.lemma.split("_")[:-1])

    @property
    def blocks(self) -> bool:
        """True for an idiom pattern that stops its lemma from triggering."""
        return self.code == BLOCK


@dataclass(frozen=True, slots=True)
class Frame:
    """A frame verb family (``intend``: pledge, promise, vow …) and the codes it gives.

    ``verbs`` are the entries as written (``"call for"``, adjectives and wrap-only verbs
    included); ``requires`` maps each lemma to the
    alternative word sequences that must accompany it (``call`` → ``(("for",), ("on",))``; an
    empty tuple inside means the bare lemma is enough).  ``map`` maps an embedded action's code
    prefix to the code inside the frame; the longest matching prefix wins.
    """

    name: str
    verbs: tuple[str, ...]
    default: str
    map: Mapping[str, str]
    requires: Mapping[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    origin: str = ""
    default_patterns: Mapping[str, Pattern] = field(default_factory=dict)
    # Frame words that frame only as adjectives ("is *ready* to talk", "*open* to talks"): the
    # verb "opened" is no frame.
    adjectives: frozenset[str] = frozenset()
    # Frame verbs that code only what they wrap: alone ("committed suicide", "ordered 50 jets",
    # "offered a reward") they are no event; with a clause ("ordered him to leave") they give
    # the frame's default.
    wrap_only: frozenset[str] = frozenset()

    def code_for(self, action_code: str | None) -> str:
        """The code of ``action_code`` inside this frame (the default when nothing maps; the
        action's own code where the map says ``"="``)."""
        if action_code:
            for length in range(len(action_code), 1, -1):
                code = self.map.get(action_code[:length])
                if code is not None:
                    return action_code if code == KEEP else code
        return self.default


@dataclass(frozen=True, slots=True)
class Lexicon:
    """All patterns and frames, indexed for matching."""

    verbs: Mapping[str, tuple[Pattern, ...]]
    nouns: Mapping[str, tuple[Pattern, ...]]
    frames: Mapping[str, Frame]
    frame_of: Mapping[str, Frame]
    paths: tuple[Path, ...] = ()
    # Every word a token's spelling or spaCy lemma must be for some verb, noun or frame lemma
    # to be reachable: the lemmas and the inflections the matcher undoes.  The matcher rejects
    # every other token with a set lookup, before guessing at base forms.
    reachable: frozenset[str] = field(default=frozenset(), compare=False)

    def __post_init__(self) -> None:
        if not self.reachable:
            keys = [*self.verbs, *self.nouns, *self.frame_of]
            object.__setattr__(self, "reachable", frozenset(_inflections(keys)))

    @classmethod
    def load(cls, paths: Sequence[Path | str] | None = None) -> Lexicon:
        """Load and validate lexicon files (``None``: the bundled ones).

        A file's kind comes from a top-level ``kind: verbs|nouns|frames`` entry or else from its
        name (``…verbs.yaml``, ``…nouns.yaml``, ``…frames.yaml``).  To extend the bundled
        lexicon, pass ``[*bundled_paths(), your_file]``.
        """
        files = tuple(Path(p) for p in (bundled_paths() if paths is None else paths))
        builder = _Builder()
        for path in files:
            builder.add_file(path)
        return builder.build(files)

    def patterns(self) -> Iterator[Pattern]:
        """Every pattern once (spelling variants share their pattern), blocks included."""
        seen: set[int] = set()
        for index in (self.verbs, self.nouns):
            for patterns in index.values():
                for pattern in patterns:
                    if id(pattern) not in seen:
                        seen.add(id(pattern))
                        yield pattern

    def codes(self) -> frozenset[str]:
        """Codes that some pattern or frame can produce."""
        out = {p.code for p in self.patterns() if not p.blocks}
        for frame in self.frames.values():
            out.add(frame.default)
            out.update(code for code in frame.map.values() if code != KEEP)
        return frozenset(out)


# Irregular past forms of the verbs wire copy uses, for words spaCy leaves unlemmatised: a
# prefixed form ("retook", "outfought", "rebuilt") or a title-cased headline word ("Troops Shot").
_IRREGULAR: Mapping[str, str] = MappingProxyType({
    "took": "take", "taken": "take", "drew": "draw", "drawn": "draw", "threw": "throw",
    "thrown": "throw", "fought": "fight", "shot": "shoot", "struck": "strike",
    "stricken": "strike", "broke": "break", "broken": "break", "went": "go", "gone": "go",
    "gave": "give", "given": "give", "held": "hold", "beaten": "beat", "bought": "buy",
    "sold": "sell", "sent": "send", "won": "win", "met": "meet", "built": "build",
    "brought": "bring", "caught": "catch", "hung": "hang", "led": "lead", "left": "leave",
    "lost": "lose", "made": "make", "spoke": "speak", "spoken": "speak", "stood": "stand",
    "swore": "swear", "sworn": "swear", "tore": "tear", "torn": "tear", "wrote": "write",
    "written": "write", "ran": "run", "rose": "rise", "risen": "rise", "fell": "fall",
    "fallen": "fall", "flew": "fly", "flown": "fly", "froze": "freeze", "frozen": "freeze",
    "sank": "sink", "sunk": "sink", "stole": "steal", "stolen": "steal", "sought": "seek",
    "told": "tell", "said": "say", "paid": "pay", "laid": "lay", "kept": "keep", "slew": "slay",
    "slain": "slay", "forbade": "forbid", "forbidden": "forbid", "saw": "see", "seen": "see",
    "rode": "ride", "ridden": "ride", "overcame": "overcome", "bore": "bear", "borne": "bear",
    "dealt": "deal", "meant": "mean", "felt": "feel", "fled": "flee", "hid": "hide",
    "hidden": "hide", "bit": "bite", "bitten": "bite", "drove": "drive", "driven": "drive",
})
# Prefixes that keep an irregular verb irregular: re-took, with-drew, up-held, over-threw.
_IRREGULAR_PREFIXES = ("", "re", "with", "up", "over", "under", "out", "mis", "fore", "for", "co")
_IRREGULAR_BASES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {base: tuple(f for f, b in _IRREGULAR.items() if b == base) for base in _IRREGULAR.values()}
)


def base_forms(word: str) -> list[str]:
    """Guesses at the base form of an inflected word, for tokens spaCy lemmatised badly:
    regular endings ("slapped" → slap, "denied" → deny) and irregular forms, also behind a
    prefix ("retook" → retake, "withheld" → withhold).  Over-generating is harmless: a guess
    counts only when the lexicon has it."""
    out: list[str] = []
    for suffix in ("ing", "ed", "es", "s", "d"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            out.append(stem)
            if suffix in ("ing", "ed"):
                out.append(stem + "e")
                if len(stem) > 2 and stem[-1] == stem[-2]:
                    out.append(stem[:-1])  # slapped -> slapp -> slap
            if suffix in ("ed", "es") and stem.endswith("i"):
                out.append(stem[:-1] + "y")
    for prefix in _IRREGULAR_PREFIXES:
        if word.startswith(prefix):
            base = _IRREGULAR.get(word[len(prefix):])
            if base is not None:
                out.append(prefix + base)
    return out


def _inflections(lemmas: Iterable[str]) -> Iterator[str]:
    """The lemmas and every form :func:`base_forms` maps to one of them (its inverse):
    ``slap`` → slaps, slapped, slapping, slaped …, ``retake`` → retook, retaken.
    Over-generating is harmless: this only decides which words are worth a closer look."""
    for lemma in lemmas:
        yield lemma
        for suffix in ("ing", "ed", "es", "s", "d"):
            yield lemma + suffix
        for suffix in ("ing", "ed"):
            yield lemma[:-1] + suffix  # provide -> providing (stem + "e")
            yield lemma + lemma[-1:] + suffix  # slap -> slapped (doubled consonant)
        if lemma.endswith("y"):
            for suffix in ("ed", "es"):
                yield lemma[:-1] + "i" + suffix  # deny -> denied, denies
        for prefix in _IRREGULAR_PREFIXES:
            if lemma.startswith(prefix):
                for form in _IRREGULAR_BASES.get(lemma[len(prefix):], ()):
                    yield prefix + form


def bundled_paths() -> tuple[Path, ...]:
    """The lexicon files shipped with eventwire."""
    return tuple(LEXICON_DIR / name for name in BUNDLED)


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The bundled lexicon, loaded once per process."""
    return Lexicon.load()


_VARIANTS = (
    # British spellings of American-written lemmas.  Only endings that are safe to add as an
    # alternative: they never turn one real word into a different one.
    ("ization", "isation"),
    ("izations", "isations"),
    ("ize", "ise"),
    ("yze", "yse"),
    ("ense", "ence"),
    ("or", "our"),
    ("eling", "elling"),
    ("eled", "elled"),
)


# Whole-word endings with a British spelling: "nuclear programme", "military manoeuvres".
_WORD_VARIANTS = (
    ("program", "programme"),
    ("maneuver", "manoeuvre"),
    ("center", "centre"),
    ("theater", "theatre"),
)
# "-or" words spelled "-our" in British English (favor, honor, labor, harbor, rumor, clamor,
# armor, neighbor, behavior, vigor); other "-or" words (actor, donor, sector) never are
_OUR_ENDINGS = ("avor", "onor", "abor", "arbor", "umor", "amor", "rmor", "ghbor", "avior",
                "igor")
_VARIANT_ENDINGS = tuple(american for american, _ in (*_VARIANTS, *_WORD_VARIANTS))


@lru_cache(maxsize=8192)
def spelling_variants(word: str) -> tuple[str, ...]:
    """The word and its British spelling(s), if any (``criticize`` → ``criticise``)."""
    if not word.endswith(_VARIANT_ENDINGS):
        return (word,)
    out = [word]
    for american, british in _VARIANTS:
        if word.endswith(american) and len(word) > len(american) + 2:
            if american == "or" and not word.endswith(_OUR_ENDINGS):
                continue
            out.append(word[: -len(american)] + british)
    for american, british in _WORD_VARIANTS:
        if word.endswith(american):
            out.append(word[: -len(american)] + british)
    return tuple(dict.fromkeys(out))


# --------------------------------------------------------------------------- building


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


class _Builder:
    """Collects patterns and frames from several files, checking as it goes."""

    def __init__(self) -> None:
        self.verbs: dict[str, list[Pattern]] = {}
        self.nouns: dict[str, list[Pattern]] = {}
        self.frames: dict[str, Frame] = {}
        self.frame_of: dict[str, Frame] = {}
        self.seen: dict[tuple[object, ...], Pattern] = {}

    # -- files

    def add_file(self, path: Path) -> None:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise DataFileError(path, f"cannot read the lexicon file ({exc.strerror})") from None
        try:
            root = yaml.compose(text, Loader=_Loader)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 1 if mark is not None else None
            problem = getattr(exc, "problem", None) or str(exc)
            raise DataFileError(path, f"not valid YAML: {problem}", line) from None
        if root is None:
            return  # an empty file adds nothing
        if not isinstance(root, yaml.MappingNode):
            raise DataFileError(path, "the file must be a mapping (code: [patterns])", _line(root))
        kind = self._kind(path, root)
        for key, value in root.value:
            if key.value == "kind" and key.tag == _STR:
                continue
            if kind == "frames":
                self._add_frame(path, key, value)
            else:
                self._add_code(path, kind, key, value)

    @staticmethod
    def _kind(path: Path, root: yaml.MappingNode) -> str:
        for key, value in root.value:
            if key.value == "kind" and key.tag == _STR:
                if value.value not in ("verbs", "nouns", "frames"):
                    raise DataFileError(
                        path,
                        f"kind must be verbs, nouns or frames, not {value.value!r}",
                        _line(value),
                    )
                return str(value.value)
        for kind in ("verbs", "nouns", "frames"):
            if path.stem.endswith(kind):
                return kind
        raise DataFileError(
            path,
            "cannot tell whether this file holds verbs, nouns or frames: name it "
            "'…verbs.yaml', '…nouns.yaml' or '…frames.yaml', or add a line 'kind: verbs'",
        )

    # -- patterns

    def _add_code(self, path: Path, kind: str, key: yaml.Node, value: yaml.Node) -> None:
        line = _line(key)
        if not isinstance(key, yaml.ScalarNode) or key.tag != _STR:
            raise DataFileError(
                path,
                f'code {key.value!r} must be a quoted string (write "{key.value}"; unquoted '
                "numbers lose their leading zeros)",
                line,
            )
        code = key.value
        if code != BLOCK and not ontology.is_code(code):
            raise DataFileError(
                path,
                f'unknown CAMEO code {code!r} (use a CAMEO 1.1b3 code such as "042", or '
                f'"{BLOCK}" for idioms that must not trigger)',
                line,
            )
        if not isinstance(value, yaml.SequenceNode):
            raise DataFileError(path, f"code {code!r} must have a list of patterns", _line(value))
        pos = "VERB" if kind == "verbs" else "NOUN"
        for entry in value.value:
            pattern = self._pattern(path, code, pos, entry)
            self._index(path, pattern)

    def _pattern(self, path: Path, code: str, pos: str, node: yaml.Node) -> Pattern:
        line = _line(node)
        flags: dict[str, yaml.Node] = {}
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if k.value not in _FLAGS:
                    raise DataFileError(
                        path,
                        f"unknown flag {k.value!r} (known: {', '.join(sorted(_FLAGS))})",
                        _line(k),
                    )
                flags[k.value] = v
            if "pattern" not in flags:
                raise DataFileError(path, "a pattern mapping needs a 'pattern:' entry", line)
            text_node = flags["pattern"]
        else:
            text_node = node
        if not isinstance(text_node, yaml.ScalarNode) or text_node.tag != _STR:
            raise DataFileError(path, "a pattern must be a string such as 'cut [tie] with'", line)
        text = " ".join(text_node.value.split())
        lemma, items, target = _parse(path, line, text, pos)

        reciprocal = (None if flags.get("reciprocal") is None
                      else _bool_flag(path, flags.get("reciprocal"), "reciprocal"))
        particle = _bool_flag(path, flags.get("particle"), "particle")
        if particle and not any(item.kind == "word" for item in items):
            raise DataFileError(
                path, f"'particle: true' needs a particle in the pattern, and {text!r} has none",
                line,
            )
        inverse = _bool_flag(path, flags.get("inverse"), "inverse")
        if inverse and target is None:
            raise DataFileError(
                path, f"'inverse: true' needs a target slot (a last preposition), and {text!r} "
                "has none", line)
        armed = _bool_flag(path, flags.get("armed"), "armed")
        no_target = False
        if "target" in flags:
            if flags["target"].value != "none":
                raise DataFileError(
                    path, "the only value of 'target' is none", _line(flags["target"])
                )
            no_target = True
        specificity = _specificity(lemma, items)
        confidence = 0.85 if items or "_" in lemma else 0.7
        if "confidence" in flags:
            try:
                confidence = float(flags["confidence"].value)
            except ValueError:
                confidence = -1.0
            if not 0.0 < confidence <= 1.0:
                raise DataFileError(
                    path,
                    "confidence must be a number above 0 and at most 1",
                    _line(flags["confidence"]),
                )
        return Pattern(
            code=code,
            lemma=lemma,
            pos=pos,
            items=items,
            target_prep=target,
            reciprocal=reciprocal,
            no_target=no_target,
            confidence=confidence,
            specificity=specificity,
            origin=f"{path.name}:{line}",
            text=text,
            particle=particle,
            inverse=inverse,
            armed=armed,
        )

    def _index(self, path: Path, pattern: Pattern) -> None:
        key = (pattern.pos, pattern.lemma, pattern.items, pattern.target_prep)
        earlier = self.seen.get(key)
        if earlier is not None:
            where = "" if earlier.code == pattern.code else f" under code {earlier.code!r}"
            raise DataFileError(
                path,
                f"duplicate pattern {pattern.text!r}: already defined at {earlier.origin}{where}; "
                "keep one of them",
                int(pattern.origin.rsplit(":", 1)[1]),
            )
        self.seen[key] = pattern
        index = self.verbs if pattern.pos == "VERB" else self.nouns
        heads = spelling_variants(pattern.head)
        for head in heads:
            index.setdefault(head, []).append(pattern)  # variants differ, so no repeats

    # -- frames

    def _add_frame(self, path: Path, key: yaml.Node, value: yaml.Node) -> None:
        line = _line(key)
        name = key.value
        if name not in FRAME_NAMES:
            raise DataFileError(
                path, f"unknown frame {name!r} (frames: {', '.join(FRAME_NAMES)})", line
            )
        if name in self.frames:
            raise DataFileError(
                path, f"frame {name!r} is already defined at {self.frames[name].origin}", line
            )
        if not isinstance(value, yaml.MappingNode):
            raise DataFileError(path, f"frame {name!r} needs verbs, default and map", line)
        parts = {k.value: v for k, v in value.value}
        unknown = set(parts) - {"verbs", "default", "map", *_FRAME_LISTS}
        if unknown or not {"verbs", "default"} <= set(parts):
            raise DataFileError(
                path,
                f"frame {name!r} takes 'verbs', 'default' and 'map' entries, and optionally "
                f"{' and '.join(repr(k) for k in _FRAME_LISTS)}"
                + (f" (not {', '.join(sorted(map(repr, unknown)))})" if unknown else ""),
                line,
            )
        default = self._frame_code(path, parts["default"])
        verbs_node = parts["verbs"]
        if not isinstance(verbs_node, yaml.SequenceNode) or not verbs_node.value:
            raise DataFileError(path, "'verbs' must be a non-empty list", _line(verbs_node))
        mapping: dict[str, str] = {}
        map_node = parts.get("map")
        if map_node is not None:
            if not isinstance(map_node, yaml.MappingNode):
                raise DataFileError(path, "'map' must be a mapping", _line(map_node))
            for k, v in map_node.value:
                prefix = k.value
                if k.tag != _STR or not prefix.isdigit():
                    raise DataFileError(
                        path, f"map key {prefix!r} must be a quoted code prefix", _line(k)
                    )
                if not any(c.startswith(prefix) for c in ontology.all_codes()):
                    raise DataFileError(path, f"no CAMEO code starts with {prefix!r}", _line(k))
                if prefix in mapping:
                    raise DataFileError(path, f"map key {prefix!r} appears twice", _line(k))
                mapping[prefix] = KEEP if v.value == KEEP else self._frame_code(path, v)
        requires: dict[str, list[tuple[str, ...]]] = {}
        verbs: list[str] = []
        kinds: dict[str, set[str]] = {kind: set() for kind in _FRAME_LISTS}
        for kind in ("verbs", *_FRAME_LISTS):
            node = parts.get(kind)
            if node is None:
                continue
            if not isinstance(node, yaml.SequenceNode) or not node.value:
                raise DataFileError(path, f"'{kind}' must be a non-empty list", _line(node))
            for entry in node.value:
                words = str(entry.value).split()
                if entry.tag != _STR or not words or not all(_WORD.match(w) for w in words):
                    raise DataFileError(
                        path, f"frame verb {entry.value!r} must be lower-case words", _line(entry)
                    )
                verbs.append(" ".join(words))
                for variant in spelling_variants(words[0]):
                    requires.setdefault(variant, []).append(tuple(words[1:]))
                    if kind != "verbs":
                        kinds[kind].add(variant)
        both = kinds["adjectives"] & kinds["wrap_only"]
        if both:
            raise DataFileError(
                path, f"{min(both)!r} is listed both under 'adjectives' and 'wrap_only'", line
            )
        frame_line = f"{path.name}:{line}"
        frame = Frame(
            name=name,
            verbs=tuple(verbs),
            default=default,
            map=MappingProxyType(mapping),
            requires=MappingProxyType({k: tuple(v) for k, v in requires.items()}),
            origin=frame_line,
            adjectives=frozenset(kinds["adjectives"]),
            wrap_only=frozenset(kinds["wrap_only"]),
            default_patterns=MappingProxyType(
                {
                    lemma: Pattern(
                        code=default,
                        lemma=lemma,
                        pos="VERB",
                        items=(),
                        target_prep=None,
                        reciprocal=None,
                        no_target=False,
                        confidence=0.6,
                        specificity=0.0,
                        origin=frame_line,
                        text=f"{lemma} (frame {name})",
                    )
                    for lemma in requires
                }
            ),
        )
        for lemma in requires:
            for variant in spelling_variants(lemma):
                other = self.frame_of.get(variant)
                if other is not None and other.name != name:
                    raise DataFileError(
                        path,
                        f"frame verb {lemma!r} is already in frame {other.name!r}; a lemma may "
                        "belong to one frame only",
                        line,
                    )
                self.frame_of[variant] = frame
        self.frames[name] = frame

    @staticmethod
    def _frame_code(path: Path, node: yaml.Node) -> str:
        if not isinstance(node, yaml.ScalarNode) or node.tag != _STR:
            raise DataFileError(path, f"code {node.value!r} must be a quoted string", _line(node))
        if not ontology.is_code(node.value):
            raise DataFileError(path, f"unknown CAMEO code {node.value!r}", _line(node))
        return str(node.value)

    def build(self, files: tuple[Path, ...]) -> Lexicon:
        def frozen(index: dict[str, list[Pattern]]) -> Mapping[str, tuple[Pattern, ...]]:
            return MappingProxyType(
                {
                    lemma: tuple(sorted(patterns, key=lambda p: -p.specificity))
                    for lemma, patterns in index.items()
                }
            )

        return Lexicon(
            verbs=frozen(self.verbs),
            nouns=frozen(self.nouns),
            frames=MappingProxyType(dict(self.frames)),
            frame_of=MappingProxyType(dict(self.frame_of)),
            paths=files,
        )


def _bool_flag(path: Path, node: yaml.Node | None, name: str) -> bool:
    if node is None:
        return False
    if node.value in ("true", "True"):
        return True
    if node.value in ("false", "False"):
        return False
    raise DataFileError(path, f"{name} must be true or false, not {node.value!r}", _line(node))


def _parse(path: Path, line: int, text: str, pos: str) -> tuple[str, tuple[Item, ...], str | None]:
    """Split ``text`` into lemma, required items and target preposition."""
    tokens = _TOKEN.findall(text)
    bad = [t for t in tokens if t in ("[", "]") or (t.startswith("[") and not t.endswith("]"))]
    if bad or text.count("[") != text.count("]"):
        raise DataFileError(path, f"unbalanced brackets in pattern {text!r}", line)
    if not tokens or tokens[0].startswith("["):
        raise DataFileError(path, f"pattern {text!r} must start with the trigger's lemma", line)
    lemma = tokens[0]
    if pos == "NOUN":
        lemma = lemma.replace("-", "") if "_" in lemma else lemma
    if not (_COMPOUND if pos == "NOUN" else _WORD).match(lemma):
        raise DataFileError(path, f"lemma {lemma!r} in {text!r} must be a lower-case word", line)
    rest = tokens[1:]
    target: str | None = None
    if rest and not rest[-1].startswith("[") and rest[-1] in TARGET_PREPOSITIONS:
        target = rest.pop()
    items: list[Item] = []
    for index, token in enumerate(rest):
        if token.startswith("["):
            words = tuple(w.strip() for w in token[1:-1].split("|"))
            if words != ("*",) and not all(map(_is_compound, words)):
                raise DataFileError(
                    path,
                    f"object words {token} in {text!r} must be lower-case lemmas separated by "
                    "'|' (or [*] for any object)",
                    line,
                )
            if len(set(words)) != len(words):
                raise DataFileError(path, f"object words {token} repeat a word", line)
            words = _with_variants(words)
            previous = rest[index - 1] if index > 0 else None
            prep = previous if previous is not None and not previous.startswith("[") else None
            if pos == "NOUN" and prep is None:
                raise DataFileError(
                    path,
                    f"in {text!r}: a noun's object words must follow a preposition "
                    "('release of [prisoner]')",
                    line,
                )
            items.append(Item("object", words, prep))
        else:
            if not _WORD.match(token):
                raise DataFileError(path, f"{token!r} in {text!r} is not a lower-case word", line)
            items.append(Item("word", (token,)))
    return lemma, tuple(items), target


@lru_cache(maxsize=16384)
def _is_compound(word: str) -> bool:
    return _COMPOUND.match(word) is not None


def _with_variants(words: tuple[str, ...]) -> tuple[str, ...]:
    """Object words plus their British spellings, hyphens dropped ("cease-fire" is matched as
    "ceasefire": the matcher joins hyphenated tokens the same way)."""
    if words == ("*",):
        return words
    out: dict[str, None] = {}
    for word in words:
        out.update(dict.fromkeys(_word_variants(word)))
    return tuple(out)


@lru_cache(maxsize=16384)
def _word_variants(word: str) -> tuple[str, ...]:
    combos = [""]
    for part in word.replace("-", "").split("_"):
        variants = spelling_variants(part)
        combos = [f"{c}_{v}" if c else v for c in combos for v in variants]
    return tuple(combos)


def _specificity(lemma: str, items: tuple[Item, ...]) -> float:
    """More items beat fewer; object words beat ``[*]``; a compound lemma beats its head.

    (The matcher adds one point for each modifier the matched object word names, so that
    "carry out [air_strike]" beats "carry out [strike]" on "carried out air strikes".)"""
    score = 2.0 * lemma.count("_")
    for item in items:
        if item.kind == "word" or item.any_object:
            score += 1.0
        else:
            score += 2.0
    return score
