"""eventwire: news articles in, political event data out.

Public API::

    import eventwire
    events = eventwire.code_text("Russia invaded Ukraine.", published="2022-02-24")
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
