"""The ``rasd`` command line: one small command per job, datasette-style."""

from __future__ import annotations

import click

from rasd import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="rasd")
def main() -> None:
    """rasd (رصد): evidence-backed casualty claims and incidents from conflict news.

    \b
    Typical run:
      rasd ingest articles/        read articles into ./rasd.db and extract claims
      rasd claims                  list the claims found
      rasd incidents               claims linked into incidents, figures reconciled
      rasd assess                  how each article's figures stand against other sources
      rasd serve                   the web UI and REST API
      rasd watch FEED-URL...       poll feeds and pages, ingest what is new
    """


def _register() -> None:
    from rasd.cli import assess_cmd, eval_cmd, extract_cmds, incident_cmds, serve_cmd, watch_cmd

    for module in (extract_cmds, watch_cmd, eval_cmd, incident_cmds, assess_cmd, serve_cmd):
        module.register(main)


_register()
