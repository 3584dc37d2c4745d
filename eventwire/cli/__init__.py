"""The ``eventwire`` command line: a thin layer over the library.

Data goes to stdout (JSON Lines for pipes, a table for people), progress and warnings to stderr.
Exit codes: 0 ok, 1 failure (including any input that could not be read), 2 usage error.
Expected errors (``EventwireError``) print one line that says what to do — never a traceback.
"""

from __future__ import annotations

import sys

import click

from eventwire import __version__
from eventwire.errors import EventwireError

__all__ = ["main"]


class _Group(click.Group):
    """Turns expected errors into one-line messages with exit code 1."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except EventwireError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(1)
        except BrokenPipeError:  # `eventwire code … | head` is normal use
            sys.stderr.close()
            ctx.exit(0)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="eventwire")
def main() -> None:
    """eventwire: news articles in, political event data out (CAMEO and PLOVER).

    \b
    Quick start:
      eventwire code article.txt          events as JSON Lines
      eventwire code article.txt -t       the same as a table
      eventwire run corpus/ --db ev.duckdb
      eventwire events --db ev.duckdb -t
    """


def _register() -> None:
    from eventwire.cli import actors, coding, database

    for module in (coding, database, actors):
        module.register(main)


_register()
