#!/usr/bin/env bash
# Regenerates the README's "A short session" block from real runs (run after `make install`).
set -euo pipefail
cd "$(dirname "$0")/.."
export COLUMNS=118
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ew=.venv/bin/eventwire
{
echo '$ eventwire code examples/seed_article.txt -t'
$ew code examples/seed_article.txt -t 2>&1
echo
echo '$ eventwire code examples/seed_article.txt | head -1 | cut -c1-300'
$ew code examples/seed_article.txt 2>/dev/null | head -1 | cut -c1-300
echo
echo '$ eventwire run examples/ --db events.duckdb'
$ew run examples/ --db "$tmp/events.duckdb" 2>&1 | sed "s#$tmp/##"
echo '$ eventwire run examples/ --db events.duckdb        # again: nothing changed, nothing re-parsed'
$ew run examples/ --db "$tmp/events.duckdb" 2>&1 | sed "s#$tmp/##"
echo
echo '$ eventwire events --db events.duckdb --dyad RUS:PRK -t'
$ew events --db "$tmp/events.duckdb" --dyad RUS:PRK -t 2>&1
echo
echo '$ eventwire dyads RUS PRK --db events.duckdb --by year -t'
$ew dyads RUS PRK --db "$tmp/events.duckdb" --by year -t 2>&1
} > "$tmp/session.txt"
SESSION="$tmp/session.txt" .venv/bin/python - <<'PY'
import os, re
readme = open("README.md", encoding="utf-8").read()
session = open(os.environ["SESSION"], encoding="utf-8").read().rstrip()
block = "<!-- session:start -->\n```\n" + session + "\n```\n<!-- session:end -->"
readme = re.sub(r"<!-- session:start -->.*<!-- session:end -->", lambda m: block, readme, flags=re.S)
open("README.md", "w", encoding="utf-8").write(readme)
PY
