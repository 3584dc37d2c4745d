"""Write eventwire/data/actors/states.tsv from pycountry (run at development time only).

    .venv/bin/python scripts/build_states.py

The run-time knowledge base reads the TSV, never pycountry, so loading stays fast.  Names with a
comma ("Korea, Republic of") are turned round to the order news uses ("Republic of Korea");
those that cannot be turned round are left out (states.yaml gives the names news uses).
"""

from __future__ import annotations

import re
import sys
from importlib.metadata import version
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parent.parent / "eventwire" / "data" / "actors" / "states.tsv"
# Inverted names that read wrongly ("Province of China Taiwan"): states.yaml names them.
SKIP_INVERSION = {"TWN"}


def news_order(name: str, alpha3: str) -> str | None:
    """ "Korea, Republic of" -> "Republic of Korea"; None when the name cannot be turned round."""
    name = re.sub(r"\s*\([^)]*\)", "", name)  # "Holy See (Vatican City State)"
    if ", " not in name:
        return name
    head, _, tail = name.partition(", ")
    if alpha3 in SKIP_INVERSION or "," in tail:
        return None
    if tail.endswith((" of", " of the")) or tail in ("British", "U.S."):
        tail = tail[0].upper() + tail[1:]
        return f"{tail} {head}"
    return None


def main() -> int:
    rows = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        names = [
            getattr(country, "name", None),
            getattr(country, "official_name", None),
            getattr(country, "common_name", None),
        ]
        name, official, common = (news_order(n, country.alpha_3) if n else None for n in names)
        rows.append(
            [
                country.alpha_3,
                country.alpha_2,
                country.numeric,
                name or "",
                official or "",
                common or "",
            ]
        )
    header = (
        f"# ISO 3166-1 countries. Origin: pycountry {version('pycountry')}"
        " (ISO 3166-1 codes and names), written by scripts/build_states.py; do not edit by hand.\n"
        "# Names with a comma were turned round to news order;"
        " states.yaml gives the names news uses.\n"
        "alpha3\talpha2\tnumeric\tname\tofficial_name\tcommon_name\n"
    )
    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        out.write(header)
        for row in rows:
            out.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} countries to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
