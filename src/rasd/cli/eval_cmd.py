"""CLI commands (placeholder)."""

import click


def register(main: click.Group) -> None:
    pass
