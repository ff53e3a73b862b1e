"""`python -m rasd.compiled [build [--force] [-j N] | clean]`: build the compiled core, or say what runs compiled."""

from __future__ import annotations

import argparse
import sys

from rasd.compiled import DIR, build, clean, describe, status


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m rasd.compiled", description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd")
    b = sub.add_parser("build", help="compile the modules whose source changed since the last build")
    b.add_argument("--force", action="store_true", help="compile every module again")
    b.add_argument("-j", "--jobs", type=int, default=None, help="parallel compilers (default: all cores)")
    sub.add_parser("clean", help="remove the compiled core (everything runs as Python)")
    args = ap.parse_args(argv)
    if args.cmd == "build":
        try:
            done = build(jobs=args.jobs, force=args.force)
        except Exception as exc:  # a missing compiler or Cython: say so, rasd still runs as Python
            print(f"error: compiled core not built: {exc}", file=sys.stderr)
            return 1
        print(f"compiled {len(done)} module(s)" if done else "compiled core up to date")
    elif args.cmd == "clean":
        clean()
        print(f"removed {DIR}")
    states = status()
    if args.cmd is None:
        for name, state in states.items():
            print(f"{state:9} {name}")
    print(describe())
    return 0


if __name__ == "__main__":
    sys.exit(main())
