"""The command line: parse, load, call the core, print, pick the exit code.

Exit codes: 0 ok; 1 the content is invalid or has error-level findings; 2 usage error or an input
that cannot be read. Bad input never ends in a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from ctguide import __version__

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


class UsageProblem(Exception):
    """Input the command cannot work with; the message says what was expected (exit 2)."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return EXIT_OK
    try:
        return handler(args)
    except UsageProblem as problem:
        print(f"ctguide: {problem}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("ctguide: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ctguide",
        description="SMART performance indicators for counter-trafficking projects, with a guide that explains them.",
    )
    parser.add_argument("--version", action="version", version=f"ctguide {__version__}")
    verbs = parser.add_subparsers(title="commands", metavar="COMMAND")
    _add_validate(verbs)
    _add_schema(verbs)
    return parser


def _add_validate(verbs: argparse._SubParsersAction) -> None:
    cmd = verbs.add_parser(
        "validate",
        help="check a plan file against the plan contract",
        description="Check a plan file (YAML or JSON) against the plan schema and the rules across its fields. "
        "Prints every problem as FILE:LINE: $.path: message. Exit 0 valid, 1 invalid, 2 unreadable.",
    )
    cmd.add_argument("plan", type=Path, metavar="PLAN.yaml")
    cmd.set_defaults(handler=_validate)


def _validate(args: argparse.Namespace) -> int:
    from ctguide.plan import PlanUnreadable, plan_from_data, read_plan_file

    try:
        plan_file = read_plan_file(args.plan)
    except PlanUnreadable as error:
        raise UsageProblem(str(error)) from None
    problems = plan_file.problems()
    if problems:
        for problem in problems:
            print(problem)
        count = len(problems)
        print(f"{args.plan}: invalid, {count} problem{'s' if count != 1 else ''}", file=sys.stderr)
        return EXIT_INVALID
    print(f"{args.plan}: valid; {plan_summary(plan_from_data(plan_file.data))}")
    return EXIT_OK


def plan_summary(plan) -> str:  # noqa: ANN001 - Plan, imported lazily
    areas = len(plan.results_chain)
    results = sum(1 + len(block.outcomes) + len(block.outputs) for block in plan.results_chain)
    indicators = len(plan.indicators)
    profile = plan.profile
    return (
        f"'{profile.title}', {areas} area{'s' if areas != 1 else ''}, {results} results, "
        f"{indicators} indicator{'s' if indicators != 1 else ''}, {profile.start_date} to {profile.end_date}"
    )


def _add_schema(verbs: argparse._SubParsersAction) -> None:
    cmd = verbs.add_parser(
        "schema",
        help="print a JSON Schema (plan or knowledge)",
        description="Print the JSON Schema (Draft 2020-12) that plan files or knowledge files follow.",
    )
    cmd.add_argument("name", choices=["plan", "knowledge"])
    cmd.set_defaults(handler=_schema)


def _schema(args: argparse.Namespace) -> int:
    from ctguide.validation import schema_text

    sys.stdout.write(schema_text(args.name))
    return EXIT_OK
