"""``eventwire actors …``: look into the actor knowledge base (with a database: rank actors)."""

from __future__ import annotations

import json
import sys

import click

__all__ = ["register"]


@click.group()
def actors() -> None:
    """Inspect the actor knowledge base: how a phrase resolves, what the base holds."""


@actors.command()
@click.argument("phrase")
@click.option("--date", default=None, help="Resolve as of this date (YYYY-MM-DD); default today.")
@click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True,
              dir_okay=False), help="Extra actor file (YAML or CSV). Repeatable.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
def lookup(phrase: str, date: str | None, actor_files: tuple[str, ...], as_json: bool) -> None:
    """Show how PHRASE resolves (e.g. "the Kremlin", "Putin", "Kim Jong-un") and why."""
    from eventwire.actors.kb import KnowledgeBase, default_kb

    kb = KnowledgeBase.load(actor_files=actor_files) if actor_files else default_kb()
    explanation = kb.explain(phrase, date)
    if as_json:
        click.echo(json.dumps(explanation, ensure_ascii=False, indent=1, default=str))
    else:
        click.echo(explanation if isinstance(explanation, str) else
                   json.dumps(explanation, ensure_ascii=False, indent=1, default=str))
    found = explanation.get("found", True) if isinstance(explanation, dict) else (
        "no match" not in explanation.lower())
    if not found:
        sys.exit(1)


@actors.command()
@click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True,
              dir_okay=False), help="Extra actor file (YAML or CSV). Repeatable.")
def stats(actor_files: tuple[str, ...]) -> None:
    """How many states, people, organisations, role nouns and name forms the base holds."""
    from eventwire.actors.kb import KnowledgeBase, default_kb

    kb = KnowledgeBase.load(actor_files=actor_files) if actor_files else default_kb()
    for key, value in kb.stats().items():
        click.echo(f"{key:>24}: {value}")


def register(main: click.Group) -> None:
    from eventwire.cli.database import register_actor_commands

    register_actor_commands(actors)  # `actors top` ranks actors in a database
    main.add_command(actors)
