"""The command line: parse, load, call the core, print, pick the exit code.

Exit codes: 0 ok; 1 the content is invalid or has error-level findings; 2 usage error or an input
that cannot be read. Bad input never ends in a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import re
import shutil
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from ctguide import __version__

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
IMPORT_PROGRESS_FROM = 200
EXIT_CRASH = 70  # EX_SOFTWARE: ctguide itself failed (a bug), never the user's input


class UsageProblem(Exception):
    """Input the command cannot work with; the message says what was expected (exit 2)."""


class _Printable(io.TextIOBase):
    """A standard stream through which only printable text passes: the CLI echoes file contents,
    titles and paths, and none of them may move the cursor, recolour or retitle the terminal.
    With `wrap` (messages: on stderr, and on stdout for commands that print only messages), a terminal gets
    long lines folded between words at its width, never mid-word; a file or a pipe gets each message on
    one line."""

    def __init__(self, stream: TextIO, *, wrap: bool = False) -> None:
        self._stream = stream
        self._wrap = wrap

    def write(self, text: str) -> int:
        from ctguide.literal import printable

        shown = printable(text)
        if self._wrap and self.isatty():
            shown = folded(shown, shutil.get_terminal_size().columns)
        encoding = getattr(self._stream, "encoding", None)
        if encoding:  # '→' or '—' on an ASCII or cp1252 stream: a '?' in their place, never a traceback
            shown = shown.encode(encoding, "replace").decode(encoding)
        self._stream.write(shown)
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return self._stream.isatty()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self._stream, "encoding", "utf-8")


def folded(text: str, width: int) -> str:
    """Each line of `text` that would fill the terminal's `width` broken between words, its continuation indented."""
    from ctguide.wrapping import wrapped

    room = max(width - 1, 40)  # the last column stays free: a terminal writing there moves on a line
    return "\n".join(
        "\n".join(wrapped(line, room, _hanging(line))) if len(line) >= width else line
        for line in text.split("\n")
    )


def _hanging(line: str) -> int:
    """Where a folded line goes on: under the text of a column layout ('  CSO-04   [outcome] Mean …'), else
    two columns in from the line's own indent."""
    column = re.match(r"\s*\S+\s{2,}(?=\S)", line)
    indent = len(line) - len(line.lstrip())
    return column.end() if column and column.end() <= 24 else indent + 2


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(words[0] if words and words[0] in COMMANDS else None)
    with contextlib.redirect_stderr(_Printable(sys.stderr, wrap=True)):
        args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None or handler is _serve:  # the terminal UI writes its own escape sequences
        return _handle(handler or _assistant, args)
    prose = handler in (_starter, _import, _export, _validate) or (
        handler is _suggest and not args.json
    )  # messages and lists for people, not data a program reads
    with (
        contextlib.redirect_stdout(_Printable(sys.stdout, wrap=prose)),
        contextlib.redirect_stderr(_Printable(sys.stderr, wrap=True)),
    ):
        return _handle(handler, args)


def _handle(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
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


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line; with `command`, only that command's part of it (the rest costs a few
    milliseconds, an exporter import among them, on every run), else all of it (for help and errors)."""
    parser = argparse.ArgumentParser(
        prog="ctguide",
        description="SMART performance indicators for counter-trafficking projects, with a guide that explains them.",
    )
    parser.add_argument("--version", action="version", version=f"ctguide {__version__}")
    parser.add_argument(
        "--resume", metavar="NAME", help="open the assistant on a saved session (see `ctguide sessions`)"
    )
    parser.add_argument(
        "--new", action="store_true", help="open the assistant on a new plan without offering to resume"
    )
    parser.add_argument(
        "--kb",
        type=_file_name,
        metavar="DIR",
        help="your own knowledge folder, layered over the built-in one",
    )
    verbs = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name, add in COMMANDS.items():
        if command is None or name == command:
            add(verbs)
    return parser


def _file_name(value: str) -> Path:
    """A file or folder named on the command line; an empty name ('') would read or write the current folder."""
    if not value.strip():
        raise argparse.ArgumentTypeError("expected a file or folder name, got an empty one")
    return Path(value)


def _some_text(value: str) -> str:
    """A title, name, country or group: words, not an empty or blank text."""
    if not value.strip():
        raise argparse.ArgumentTypeError("expected some text, got an empty one")
    if any("\udc80" <= c <= "\udcff" for c in value):
        raise argparse.ArgumentTypeError("expected UTF-8 text; set the terminal to UTF-8")
    return " ".join(value.split())


def _kb_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--kb", type=_file_name, metavar="DIR", default=argparse.SUPPRESS,
                        help="an organisation's own knowledge folder, layered over the built-in one")  # fmt: skip


REVIEW_DERIVES = ("fit", "matching")  # a review's fit rule reads indicators with the matcher too


def load_kb(folder: Path | None, *, derived: tuple[str, ...] = ()):  # noqa: ANN201 - KnowledgeBase, imported lazily
    """The knowledge base a command works with (compiled once, see ctguide.kbcache), with what the
    command derives from it ("matching", "fit"); invalid knowledge ends the command (exit 2)."""
    from ctguide.kbcache import load_compiled
    from ctguide.knowledge import KnowledgeError

    if folder is not None and not folder.is_dir():
        raise UsageProblem(
            f"--kb {folder}: no such folder; expected a knowledge folder (areas/, catalogues/)"
        )
    try:
        return load_compiled(folder, derived=derived)
    except KnowledgeError as error:
        details = "\n".join(f"  {p}" for p in error.problems[:20])
        more = f"\n  ... and {len(error.problems) - 20} more" if len(error.problems) > 20 else ""
        raise UsageProblem(
            f"the knowledge base has problems (run `ctguide kb check`):\n{details}{more}"
        ) from None


def _assistant(args: argparse.Namespace) -> int:
    """`ctguide` alone: the interactive assistant (Textual)."""
    served = "TEXTUAL_DRIVER" in os.environ  # a browser tab of `ctguide serve`
    if not served and not sys.stdout.isatty() and not sys.stdin.isatty():
        raise UsageProblem(
            "the assistant needs a terminal; for scripts use `ctguide run`, `ctguide starter` or `ctguide --help`"
        )
    if args.kb is not None and not args.kb.is_dir():
        raise UsageProblem(
            f"--kb {args.kb}: no such folder; expected a knowledge folder (areas/, catalogues/)"
        )
    if args.resume:
        from ctguide.sessions import SessionProblem, load

        try:
            load(args.resume)
        except SessionProblem as problem:
            raise UsageProblem(str(problem)) from None
    from ctguide.tui import CtGuideApp

    app = CtGuideApp(kb_dir=args.kb, resume=args.resume, offer_resume=not args.new)
    app.run()
    if app.return_code:  # Textual sets it when the app stops on an exception (it printed the traceback)
        print("ctguide: the assistant stopped on an internal error; the conversation was saved after "
              "your last answer (`ctguide sessions`); please report the error above", file=sys.stderr)  # fmt: skip
        return EXIT_CRASH
    return EXIT_OK


def _add_validate(verbs: argparse._SubParsersAction) -> None:
    cmd = verbs.add_parser(
        "validate",
        help="check a plan file against the plan contract",
        description="Check a plan file (YAML or JSON) against the plan schema and the rules across its fields. "
        "Prints every problem as FILE:LINE: $.path: message. Exit 0 valid, 1 invalid, 2 unreadable.",
    )
    cmd.add_argument("plan", type=_file_name, metavar="PLAN.yaml")
    cmd.set_defaults(handler=_validate)


def read_plan_or_problems(path: Path):  # noqa: ANN201 - (Plan | None, [LocatedProblem]), imported lazily
    """The plan in `path` and no problems, or None and every problem (an unreadable file is a usage problem)."""
    from ctguide.plan import PlanUnreadable, plan_from_data, read_plan_file

    try:
        plan_file = read_plan_file(path)
    except PlanUnreadable as error:
        raise UsageProblem(str(error)) from None
    problems = plan_file.problems()
    return (None if problems else plan_from_data(plan_file.data)), problems


def read_valid_plan(path: Path, consequence: str):  # noqa: ANN201 - Plan | None, imported lazily
    """The plan in `path`, or None after printing every problem (an unreadable file is a usage problem)."""
    plan, problems = read_plan_or_problems(path)
    if plan is not None:
        return plan
    for problem in problems:
        print(problem)
    count = len(problems)
    print(f"{path}: invalid, {count} problem{'s' if count != 1 else ''}; {consequence}", file=sys.stderr)
    return None


def _validate(args: argparse.Namespace) -> int:
    plan = read_valid_plan(args.plan, "see `ctguide schema plan` for the contract")
    if plan is None:
        return EXIT_INVALID
    print(f"{args.plan}: valid; {plan_summary(plan)}")
    return EXIT_OK


def plan_summary(plan) -> str:  # noqa: ANN001 - Plan, imported lazily
    from ctguide.guidetext import counted

    areas = len(plan.results_chain)
    results = sum(1 + len(block.outcomes) + len(block.outputs) for block in plan.results_chain)
    indicators = len(plan.indicators)
    profile = plan.profile
    return (
        f"'{profile.title}', {counted(areas, 'area')}, {counted(results, 'result')}, "
        f"{counted(indicators, 'indicator')}, {profile.start_date} to {profile.end_date}"
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


def _add_kb(verbs: argparse._SubParsersAction) -> None:
    kb = verbs.add_parser("kb", help="check, list, show or dump the knowledge base",
                          description="Work with the knowledge base: the built-in one, or yours layered over it with --kb.")  # fmt: skip
    actions = kb.add_subparsers(title="actions", metavar="ACTION", required=True)
    check = actions.add_parser("check", help="validate knowledge files; exit 1 with every problem",
                               description="Validate the built-in knowledge base, or DIR layered over it. "
                               "Prints every problem as FILE:LINE: $.path: message.")  # fmt: skip
    check.add_argument("dir", nargs="?", type=_file_name, metavar="DIR")
    check.set_defaults(handler=_kb_check)
    listing = actions.add_parser("list", help="pillars, areas and indicator counts",
                                 description="List pillars, their areas and how many indicators each has.")  # fmt: skip
    listing.add_argument("--json", action="store_true", help="print JSON")
    _kb_option(listing)
    listing.set_defaults(handler=_kb_list)
    show = actions.add_parser("show", help="show an area, indicator, result or catalogue entry",
                              description="Show one entry, readable: an area (id or code), an indicator, a result, "
                              "a pillar, or a catalogue entry (pitfall, SMART or ethics rule, glossary term, resource).")  # fmt: skip
    show.add_argument("id", metavar="ID")
    _kb_option(show)
    show.set_defaults(handler=_kb_show)
    dump = actions.add_parser("dump", help="the whole merged knowledge base as JSON",
                              description="Print the merged knowledge base as one JSON object (pillars, areas, catalogues).")  # fmt: skip
    dump.add_argument("--json", action="store_true", required=True, help="print JSON (the only format)")
    _kb_option(dump)
    dump.set_defaults(handler=_kb_dump)


def _kb_check(args: argparse.Namespace) -> int:
    from ctguide.knowledge import KnowledgeError, load_knowledge

    if args.dir is not None and not args.dir.is_dir():
        raise UsageProblem(f"{args.dir}: no such folder; expected a knowledge folder (areas/, catalogues/)")
    try:
        kb = load_knowledge(args.dir)
    except KnowledgeError as error:
        for problem in error.problems:
            print(problem)
        count = len(error.problems)
        print(f"knowledge: {count} problem{'s' if count != 1 else ''}", file=sys.stderr)
        return EXIT_INVALID
    layers = "built-in" + (f" + {args.dir}" if args.dir else "")
    print(f"knowledge ok ({layers}): {len(kb.pillars)} pillars, {len(kb.areas)} areas, "
          f"{len(kb.indicators)} indicators")  # fmt: skip
    return EXIT_OK


def _kb_list(args: argparse.Namespace) -> int:
    from ctguide import kbview

    kb = load_kb(args.kb)
    if args.json:
        print(json.dumps(kbview.listing(kb), ensure_ascii=False, indent=2))
    else:
        print("\n".join(kbview.listing_text(kb)))
    return EXIT_OK


def _kb_show(args: argparse.Namespace) -> int:
    from ctguide import kbview

    kb = load_kb(args.kb)
    found = kbview.lookup(kb, args.id)
    if found is None:
        from rapidfuzz import process

        close = [
            match for match, _, _ in process.extract(args.id, kbview.known_ids(kb), limit=3, score_cutoff=60)
        ]
        hint = f"; did you mean {', '.join(close)}?" if close else "; `ctguide kb list` shows the areas"
        raise UsageProblem(f"nothing in the knowledge base has the id {args.id!r}{hint}")
    print("\n".join(kbview.card(kb, *found)))
    return EXIT_OK


def _kb_dump(args: argparse.Namespace) -> int:
    from ctguide import kbview

    print(json.dumps(kbview.dump(load_kb(args.kb)), ensure_ascii=False, indent=1))
    return EXIT_OK


def _add_suggest(verbs: argparse._SubParsersAction) -> None:
    cmd = verbs.add_parser("suggest", help="map a project description to intervention areas and indicators",
                           description="Map your own words (a note, a paragraph from a proposal, Spanish or French) "
                           "to ranked intervention areas and indicators, each with the reason it was chosen. "
                           "With --json and '-' as the text, reads one description per line from standard input "
                           "and prints one JSON object per line.")  # fmt: skip
    cmd.add_argument("text", nargs="+", metavar="TEXT")
    cmd.add_argument(
        "--json", action="store_true", help="print JSON (JSON Lines when reading standard input)"
    )
    cmd.add_argument("--limit", type=_positive, default=5, metavar="N", help="how many areas (default 5)")
    _kb_option(cmd)
    cmd.set_defaults(handler=_suggest)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if not 1 <= number <= 50:
        raise argparse.ArgumentTypeError(f"expected a number from 1 to 50, got {number}")
    return number


NOT_UNDERSTOOD = ("I could not relate {text!r} to any intervention area. Describe what the project does, "
                  "e.g. 'shelter for women survivors' or 'training police to identify victims'; "
                  "`ctguide kb list` shows every area.")  # fmt: skip
TOO_THIN = ("{text!r} is too thin to tell which areas it means: say what the project does, for whom and where "
            "(a sentence or two), or give --area ID; `ctguide kb list` shows every area.")  # fmt: skip


def _suggest(args: argparse.Namespace) -> int:
    from ctguide.matching import suggest

    if args.text == ["-"]:
        return _suggest_lines(args)
    text = _description(" ".join(args.text), "the description")
    if not text:
        raise UsageProblem(
            "give a description of the project, e.g. ctguide suggest 'shelter for women survivors'"
        )
    kb = load_kb(args.kb, derived=("matching",))
    result = suggest(kb, text, limit=args.limit)
    if not result.understood and not result.too_thin:
        if args.json:
            print(json.dumps(result.to_json(), ensure_ascii=False))
        raise UsageProblem(NOT_UNDERSTOOD.format(text=_clip(text)))
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    from ctguide.suggestview import suggestions_text

    print("\n".join(suggestions_text(result)))
    return EXIT_OK


def _suggest_lines(args: argparse.Namespace) -> int:
    from ctguide.matching import suggest

    if not args.json:
        raise UsageProblem(
            "reading descriptions from standard input ('-') needs --json; it prints JSON Lines"
        )
    kb = load_kb(args.kb, derived=("matching",))
    seen = 0
    for number, line in enumerate(_input_lines(), start=1):
        text = _description(line, f"standard input, line {number},", hint="")
        seen += bool(text)
        print(json.dumps(suggest(kb, text, limit=args.limit).to_json(), ensure_ascii=False), flush=True)
    if not seen:
        raise UsageProblem("standard input held no description; give one per line")
    return EXIT_OK


def _input_lines() -> Iterator[str]:
    """Standard input a line at a time, bytes that are not UTF-8 kept as lone surrogates for _utf8 to name."""
    raw = getattr(sys.stdin, "buffer", None)
    if raw is None:  # a text stream put in its place (tests, embedding)
        yield from sys.stdin
        return
    for line in raw:
        yield line.decode("utf-8", "surrogateescape")


MAX_DESCRIPTION = 4000
"""Characters in one description to read areas from: a long paragraph of a proposal, as a reply in the
conversation may be (ctguide.dialog.MAX_REPLY); a whole document is cut into its activities, one a line."""


ONE_A_LINE = "; give each activity on its own line to `ctguide suggest --json -`"


def _description(text: str, what: str, hint: str = ONE_A_LINE) -> str:
    """`text` stripped, when it is UTF-8 and no longer than MAX_DESCRIPTION."""
    text = _utf8(text, what).strip()
    if len(text) > MAX_DESCRIPTION:
        raise UsageProblem(
            f"{what} is {len(text):,} characters long; expected at most {MAX_DESCRIPTION:,} (a paragraph){hint}"
        )
    return text


def _utf8(text: str, what: str) -> str:
    """`text` when it is UTF-8; a usage problem naming `what` when bytes of another encoding came in (the
    command line and standard input keep them as lone surrogates)."""
    if any("\udc80" <= c <= "\udcff" for c in text):
        raise UsageProblem(
            f"{what} is not UTF-8 text; expected UTF-8 (set the terminal or the file to UTF-8)"
        )
    return text


def _clip(text: str) -> str:
    from ctguide.wrapping import clipped

    return clipped(text, 80)


def _add_review(verbs: argparse._SubParsersAction) -> None:
    cmd = verbs.add_parser("review", help="SMART and do-no-harm review of a plan",
                           description="Check every indicator of a plan against the SMART and do-no-harm rules, "
                           "then the plan as a whole (coverage, balance). Exit 1 when an error-level finding remains.")  # fmt: skip
    cmd.add_argument("plan", type=_file_name, metavar="PLAN.yaml")
    cmd.add_argument(
        "--json", action="store_true", help="print JSON: rule, severity, indicator, path, message, fix"
    )
    _kb_option(cmd)
    cmd.set_defaults(handler=_review)


def _review(args: argparse.Namespace) -> int:
    from ctguide.smart import has_errors, review_plan

    plan = (
        _review_json_problems(args.plan)
        if args.json
        else read_valid_plan(args.plan, "fix these problems first")
    )
    if plan is None:
        return EXIT_INVALID
    kb = load_kb(getattr(args, "kb", None), derived=REVIEW_DERIVES)
    findings = review_plan(plan, kb)
    if args.json:
        from ctguide.reviewview import review_json

        print(json.dumps(review_json(str(args.plan), findings, plan), ensure_ascii=False, indent=2))
    else:
        from ctguide.findingtext import named
        from ctguide.reviewview import review_text

        width = shutil.get_terminal_size().columns if sys.stdout.isatty() else None
        print("\n".join(review_text(str(args.plan), plan, named(findings, plan, kb), width)))
    return EXIT_INVALID if has_errors(findings) else EXIT_OK


def _review_json_problems(path: Path):  # noqa: ANN201 - Plan | None, imported lazily
    """`review --json` answers in JSON also when the plan is invalid (exit 1) or unreadable (exit 2, the
    message on standard error too): a program reading its output always gets one object."""
    from ctguide.reviewview import not_reviewed_json

    try:
        plan, problems = read_plan_or_problems(path)
    except UsageProblem as problem:
        print(json.dumps(not_reviewed_json(str(path), [], str(problem)), ensure_ascii=False, indent=2))
        raise
    if plan is None:
        print(json.dumps(not_reviewed_json(str(path), problems), ensure_ascii=False, indent=2))
        count = len(problems)
        print(
            f"{path}: invalid, {count} problem{'s' if count != 1 else ''}; fix these problems first",
            file=sys.stderr,
        )
    return plan


def _add_starter(verbs: argparse._SubParsersAction) -> None:
    cmd = verbs.add_parser("starter", help="a starter plan for one or more areas, in one command",
                           description="Write a starter plan: each area's typical objective, results and best "
                           "indicators, with baselines and targets marked 'to be set'. It validates, and "
                           "`ctguide review` lists what is left to decide.")  # fmt: skip
    cmd.add_argument("description", nargs="*", metavar="DESCRIPTION",
                     help="what the project does, in your words: its areas are read from it (as `ctguide suggest` "
                          "does) when no --area is given")  # fmt: skip
    cmd.add_argument(
        "--area",
        action="append",
        default=[],
        metavar="ID",
        help="an area id (repeat for more); see `ctguide kb list`",
    )
    cmd.add_argument("--title", type=_some_text, help="the project title")
    cmd.add_argument("--organisation", type=_some_text, help="the organisation that runs it")
    cmd.add_argument(
        "--country", type=_some_text, action="append", default=[], help="a country (repeat for more)"
    )
    cmd.add_argument("--region", type=_some_text, action="append", default=[],
                     help="a region or district (repeat for more)")  # fmt: skip
    cmd.add_argument("--target-group", type=_some_text, action="append", default=[], metavar="GROUP",
                     help="a group the project works with, e.g. 'women in shelters' (repeat for more)")  # fmt: skip
    cmd.add_argument("--start", help="start month, e.g. 2027-01 (default: next month)")
    cmd.add_argument("--months", type=_months, default=24, help="duration in months (default 24)")
    cmd.add_argument(
        "--per-result", type=_positive, default=1, metavar="N", help="indicators per result (default 1)"
    )
    cmd.add_argument("-o", "--output", type=_file_name, required=True, metavar="PLAN.yaml")
    cmd.add_argument(
        "--force", action="store_true", help="replace an existing file (the old one is kept as .bak)"
    )
    _kb_option(cmd)
    cmd.set_defaults(handler=_starter)


def _months(value: str) -> int:
    number = int(value) if value.isdigit() else None
    if number is None or not 1 <= number <= 120:
        raise argparse.ArgumentTypeError(f"expected a number of months from 1 to 120, got {value!r}")
    return number


def _starter(args: argparse.Namespace) -> int:
    from ctguide.atomic import WriteRefused
    from ctguide.drafting import starter_plan, without_placeholders
    from ctguide.plan import PlanInvalid, write_plan

    _refuse_plan_clash(args.output, "starter")
    _refuse_existing(args.output, args.force)
    description = _description(" ".join(args.description), "the description")
    if description and args.area:
        raise UsageProblem(
            "give either --area or a description, not both: the description would choose its own areas"
        )
    if not description and not args.area:
        raise UsageProblem("say which areas: --area ID (repeat for more), or describe the project, "
                           "e.g. ctguide starter 'shelter for women survivors' -o plan.yaml")  # fmt: skip
    kb = load_kb(args.kb, derived=("matching",) if description else ())
    if description:
        args.area = _areas_read_from(kb, description)
        read, destinations = _countries_read_from(description, given=bool(args.country))
        args.country = args.country or read
    codes = {a.code: a.id for a in kb.areas}
    args.area = [a if a in kb.area_by_id else codes.get(a.upper(), a) for a in args.area]
    unknown = [a for a in args.area if a not in kb.area_by_id]
    if unknown:
        import difflib

        def close(word: str) -> list[str]:
            folded = word.lower().replace("-", "_").replace(" ", "_")
            within = [i for i in kb.area_by_id if folded and folded in i]
            words = [w for w in folded.split("_") if w]
            named = [a.id for a in kb.areas if words and all(w in a.name.lower() for w in words)]
            return (within or named)[:3] or difflib.get_close_matches(folded, list(kb.area_by_id), n=1)

        hints = {a: close(a) for a in unknown}
        detail = "; ".join(
            f"{a!r}" + (f" (did you mean {' or '.join(h)}?)" if h else "") for a, h in hints.items()
        )
        raise UsageProblem(f"unknown area {detail}; `ctguide kb list` shows the area ids")
    period = project_period(args.start, args.months)
    plan = starter_plan(kb, args.area, period=period, title=args.title, organisation=args.organisation,
                        countries=args.country, regions=args.region, target_groups=args.target_group,
                        per_result=args.per_result, destinations=destinations if description else ())  # fmt: skip
    plan, put = without_placeholders(kb, plan)
    try:
        backup = write_plan(plan, args.output, force=args.force)
    except WriteRefused as refused:
        raise UsageProblem(str(refused)) from None
    except PlanInvalid as invalid:
        print(invalid, file=sys.stderr)
        return EXIT_INVALID
    print(f"wrote {args.output}: {plan_summary(plan)}")
    if backup:
        print(f"the previous file is kept as {backup}")
    if put:
        print("wordings put in for the knowledge base's [placeholders]: check that they fit your project"
              " (review names each stand-in until you replace it)")  # fmt: skip
        for indicator in dict.fromkeys(p.indicator for p in put):
            print(
                f"  {indicator}: "
                + "; ".join(f"{p.placeholder} → {p.wording}" for p in put if p.indicator == indicator)
            )
    print(f"next: fill in what is marked '(to be set)' and run `ctguide review {args.output}`")
    return EXIT_OK


def _countries_read_from(description: str, *, given: bool) -> tuple[list[str], tuple[str, ...]]:
    """The countries a description names ("… in Nepal") and the destinations it names ("trafficking of children
    to Nigeria"), said on stderr: the profile and goal name the first (unless --country was `given`), the profile's
    destinations the others, where a [corridor] placeholder finds them."""
    from ctguide.countries import worked_in_and_destinations

    countries, destinations = worked_in_and_destinations(description)
    if countries and not given:
        print(
            f"countries read from the description: {', '.join(countries)} (--country names others)",
            file=sys.stderr,
        )
    if destinations:
        print(
            f"destinations read from the description (where people are taken, kept apart from where the project"
            f" works): {', '.join(destinations)}",
            file=sys.stderr,
        )
    return list(countries), destinations


STARTER_TIED = ("tied: the description fits {first} and {second} about equally;\n"
                "  the plan keeps both, {first} first (--area ID, repeated, sets the order)")  # fmt: skip


def _areas_read_from(kb, description: str) -> list[str]:  # noqa: ANN001 - a KnowledgeBase
    """The areas `suggest` reads from a description, said on stderr, with how sure the reading is."""
    from ctguide.matching import suggest
    from ctguide.starterareas import left_out_lines, starter_areas

    result = suggest(kb, description)
    if result.too_thin:
        raise UsageProblem(TOO_THIN.format(text=_clip(description)))
    if not result.understood:
        raise UsageProblem(NOT_UNDERSTOOD.format(text=_clip(description)))
    areas = starter_areas(result)
    named = "".join(f"\n  - {a.name} ({a.id})" for a in areas.kept)  # one a line: whole at 80 columns
    print(f"areas read from the description:{named}", file=sys.stderr)
    if result.tied:
        print(STARTER_TIED.format(first=result.areas[0].id, second=result.areas[1].id), file=sys.stderr)
    if result.not_sure:
        print("not sure of this reading: check it with `ctguide suggest` and give --area ID to choose",
              file=sys.stderr)  # fmt: skip
    for line in left_out_lines(areas.left_out):
        print(line, file=sys.stderr)
    return [a.id for a in areas.kept]


def project_period(start_text: str | None, months: int):  # noqa: ANN201 - (date, date)
    """--start (default: next month) and --months as a project period; today's date only comes in here."""
    import datetime as dt

    from ctguide.drafting import add_months, default_period
    from ctguide.parsing import Unclear, parse_date

    try:
        start = (
            parse_date(start_text, end=False) if start_text else default_period(dt.date.today(), months)[0]
        )
    except Unclear as unclear:
        raise UsageProblem(f"--start: {unclear}") from None
    if not 1990 <= start.year <= 2100:
        raise UsageProblem(f"--start: {start.year} is not a plausible project year; expected 1990 to 2100")
    return start, add_months(start, months) - dt.timedelta(days=1)


def _refuse_clash(clash: str | None) -> None:
    if clash:
        raise UsageProblem(f"{clash}; nothing was written")


def _refuse_plan_clash(path: Path, command: str) -> None:
    from ctguide.exporters import plan_output_clash

    _refuse_clash(plan_output_clash(path, command))


def _refuse_existing(path: Path, force: bool) -> None:
    if path.is_dir():
        raise UsageProblem(f"{path}: is a folder; give a file name for the plan")
    if path.exists() and not path.is_file():
        from ctguide.inputs import special_kind

        raise UsageProblem(
            f"{path}: is {special_kind(path.stat().st_mode)}, not a regular file; give a file name"
        )
    if path.exists() and not force:
        raise UsageProblem(
            f"{path}: already exists; use --force to replace it (the old file is kept as .bak)"
        )
    if not path.parent.exists() and str(path.parent):
        raise UsageProblem(f"{path}: the folder {path.parent} does not exist")


def _refuse_writing_over_inputs(outputs: Sequence[Path | None], inputs: Sequence[Path]) -> None:
    """An output that is a file the command reads, or another of its outputs, is refused even with --force:
    writing it would replace what the user wrote with what the command made of it."""
    written: list[Path] = []
    for output in (o for o in outputs if o is not None):
        if any(_same_file(output, i) for i in inputs):
            raise UsageProblem(
                f"{output}: is the file this command reads; write to another file (nothing was written)"
            )
        if any(_same_file(output, w) for w in written):
            raise UsageProblem(
                f"{output}: is given for two outputs; give each its own file (nothing was written)"
            )
        written.append(output)


def _same_file(one: Path, other: Path) -> bool:
    """The same file: one path, or two names of it (a link, '../' and './' spellings)."""
    try:
        if one.exists() and other.exists():
            return os.path.samefile(one, other)
        return one.resolve() == other.resolve()
    except (OSError, RuntimeError):  # a loop of links, a name too long: not provably the same
        return False


def _add_run(verbs: argparse._SubParsersAction) -> None:
    cmd = verbs.add_parser("run", help="drive the conversation from a file of replies",
                           description="Drive the guided conversation from a list of replies (ANSWERS.yaml with one "
                           "key `answers:`), typed as a person would, commands included. The session is saved after "
                           "every answer: run the same command again after an interruption and it resumes where it "
                           "stopped. Exit 1 when the answers run out before the plan is done.")  # fmt: skip
    cmd.add_argument("--answers", type=_file_name, required=True, metavar="ANSWERS.yaml")
    cmd.add_argument("-o", "--output", type=_file_name, required=True, metavar="PLAN.yaml")
    cmd.add_argument(
        "--transcript", type=_file_name, metavar="T.md", help="also write the conversation as Markdown"
    )
    cmd.add_argument(
        "--fresh",
        action="store_true",
        help="start a new session even if one for these answers was interrupted",
    )
    cmd.add_argument(
        "--pace",
        type=_pace,
        default=0.0,
        metavar="SECONDS",
        help="pause between answers and, on a terminal, show the conversation as it goes (for live demos)",
    )
    cmd.add_argument(
        "--force", action="store_true", help="replace existing output files (the old ones are kept as .bak)"
    )
    _kb_option(cmd)
    cmd.set_defaults(handler=_run)


def _pace(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = float("nan")
    if not 0 <= seconds <= 60:  # also refuses nan and inf
        raise argparse.ArgumentTypeError(f"expected seconds from 0 to 60, e.g. 1.5, got {value!r}")
    return seconds


def _run(args: argparse.Namespace) -> int:
    from functools import partial

    from ctguide.scripted import run_script

    _refuse_writing_over_inputs([args.output, args.transcript], [args.answers])
    _refuse_plan_clash(args.output, "run")
    return run_script(args, partial(load_kb, derived=("matching",)), UsageProblem)


def _add_sessions(verbs: argparse._SubParsersAction) -> None:
    cmd = verbs.add_parser("sessions", help="list saved conversations",
                           description="List the conversations saved in your data folder (newest first). "
                           "Resume one with `ctguide --resume NAME`.")  # fmt: skip
    cmd.add_argument("--json", action="store_true", help="print JSON")
    cmd.set_defaults(handler=_sessions)


def _sessions(args: argparse.Namespace) -> int:
    from ctguide.sessions import list_sessions, sessions_dir

    listing = list_sessions()
    if args.json:
        data = {"folder": str(sessions_dir()), "problems": list(listing.problems),
                "sessions": [{k: v for k, v in r.to_json().items() if k not in ("replies", "keys")} | {"answers": len(r.replies)} for r in listing.sessions]}  # fmt: skip
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not listing.sessions and not listing.problems:
        print(f"no saved sessions yet (they are kept in {sessions_dir()})")
        return EXIT_OK
    for record in listing.sessions:
        state = "done" if record.done else record.stage
        print(
            f"{record.name:<32} {record.updated[:16].replace('T', ' '):<17} {state:<11} {record.title or ''}"
        )
    for problem in listing.problems:
        print(f"⚠ {problem}", file=sys.stderr)
    return EXIT_OK


def _add_serve(verbs: argparse._SubParsersAction) -> None:
    cmd = verbs.add_parser("serve", help="the assistant in web browsers (for workshops)",
                           description="Serve the assistant to web browsers: every tab gets its own conversation, "
                           "and plans are downloaded by the browser. Listens on localhost unless --host says "
                           "otherwise; beyond localhost the printed address carries a token that participants "
                           "need. Needs the `serve` extra: pip install 'ctguide[serve]'.")  # fmt: skip
    cmd.add_argument("--host", default="127.0.0.1",
                     help="address to listen on (default 127.0.0.1; 0.0.0.0 lets the room's laptops connect)")  # fmt: skip
    cmd.add_argument("--port", type=_port, default=8000, help="port (default 8000)")
    cmd.add_argument("--token", type=_token, help="the room's token (default: a new one each run; needed beyond "
                     "localhost; give the same one on day two to keep participants' links working)")  # fmt: skip
    cmd.add_argument("--max-tabs", type=_max_tabs, default=None, metavar="N",
                     help="how many browser tabs may run at once (default 30)")  # fmt: skip
    _kb_option(cmd)
    cmd.set_defaults(handler=_serve)


def _port(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= 65535:
        raise argparse.ArgumentTypeError(f"expected a port number from 1 to 65535, got {value!r}")
    return int(value)


def _token(value: str) -> str:
    import re

    if not re.fullmatch(r"[A-Za-z0-9_-]{8,128}", value):
        raise argparse.ArgumentTypeError(f"expected 8 or more letters, digits, - or _, got {value!r}")
    return value


def _max_tabs(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= 1000:
        raise argparse.ArgumentTypeError(f"expected a number of tabs from 1 to 1000, got {value!r}")
    return int(value)


def _check_listening(host: str, port: int) -> None:
    """Refuse before any address is printed: a host that is no address of this machine, a port already taken."""
    import socket

    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(
                socket.SOL_SOCKET, socket.SO_REUSEADDR, 1
            )  # as the server binds: TIME_WAIT is free
            probe.bind(address)
    except (OSError, UnicodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise UsageProblem(f"cannot listen on {host}:{port} ({reason}); expected an address of this machine "
                           "(127.0.0.1, or 0.0.0.0 for the room) and a free port") from None  # fmt: skip


def _serve(args: argparse.Namespace) -> int:
    from importlib.util import find_spec

    if find_spec("textual_serve") is None:
        raise UsageProblem("serving in a browser needs the serve extra: pip install 'ctguide[serve]'")
    if args.kb is not None and not args.kb.is_dir():
        raise UsageProblem(
            f"--kb {args.kb}: no such folder; expected a knowledge folder (areas/, catalogues/)"
        )
    _check_listening(args.host, args.port)
    from ctguide.sessions import sessions_dir
    from ctguide.tui.serve import DEFAULT_MAX_TABS, Room, is_loopback, new_token, room_addresses, serve

    token = args.token or (None if is_loopback(args.host) else new_token())
    room = Room(host=args.host, port=args.port, token=token, max_tabs=args.max_tabs or DEFAULT_MAX_TABS,
                data_dir=sessions_dir().parent, kb_dir=args.kb)  # fmt: skip
    first, *others = room_addresses(room)
    print(f"ctguide: serving the assistant; open {first}", file=sys.stderr)
    for other in others:
        print(f"ctguide: on this machine: {other}", file=sys.stderr)
    print(f"ctguide: up to {room.max_tabs} tabs at once; plans are downloaded by each browser; conversations are "
          f"kept in {room.data_dir / 'browsers'}. Ctrl+C stops the server and every tab.", file=sys.stderr)  # fmt: skip
    try:
        serve(room)
    except OSError as error:
        raise UsageProblem(f"cannot listen on {args.host}:{args.port} ({error.strerror or error})") from None
    print("ctguide: stopped; every tab's app has ended.", file=sys.stderr)
    return EXIT_OK


def _add_export(verbs: argparse._SubParsersAction) -> None:
    from ctguide.exporters import FORMATS

    listing = "; ".join(f"{f.name}: {f.description}" for f in FORMATS.values())
    cmd = verbs.add_parser("export", help="write a plan as yaml, json, csv, md, xlsx, docx or iati",
                           description=f"Write a valid plan in another format. Formats — {listing}.")  # fmt: skip
    cmd.add_argument("plan", type=_file_name, metavar="PLAN.yaml")
    cmd.add_argument("--format", choices=list(FORMATS), help="the format (default: from the extension of -o)")
    cmd.add_argument("-o", "--output", type=_file_name, required=True, metavar="OUT")
    cmd.add_argument(
        "--force", action="store_true", help="replace an existing file (the old one is kept as .bak)"
    )
    cmd.add_argument("--iati-id", type=_some_text, help="IATI activity identifier (iati format)")
    cmd.add_argument(
        "--reporting-org",
        type=_some_text,
        metavar="REF",
        help="IATI reporting organisation identifier (iati format)",
    )
    cmd.add_argument("--reporting-org-name", type=_some_text, metavar="NAME", help="its name (iati format)")
    cmd.add_argument(
        "--reporting-org-type",
        type=_some_text,
        metavar="CODE",
        help="its IATI organisation type code, e.g. 21 (iati format)",
    )
    _kb_option(cmd)
    cmd.set_defaults(handler=_export)


def _export(args: argparse.Namespace) -> int:
    import datetime as dt

    from ctguide.atomic import WriteRefused, write_new
    from ctguide.drafting import area_sectors
    from ctguide.exporters import (
        FORMATS,
        ExportOptions,
        ExportUnavailable,
        export,
        export_clash,
        format_named_by,
    )

    name = args.format or format_named_by(args.output)
    if name is None:
        raise UsageProblem(
            f"cannot tell the format from {args.output.name!r}; add --format ({', '.join(FORMATS)})"
        )
    _refuse_clash(export_clash(args.output, name))
    _refuse_writing_over_inputs([args.output], [args.plan])
    _refuse_existing(args.output, args.force)
    plan = read_valid_plan(args.plan, "nothing was written")
    if plan is None:
        return EXIT_INVALID
    reviews = FORMATS[name].reviews  # its findings are those of `ctguide review`, with the same knowledge
    kb = load_kb(args.kb, derived=REVIEW_DERIVES) if reviews or name == "iati" else None
    sectors = area_sectors(kb) if name == "iati" else ()
    options = ExportOptions(iati_identifier=args.iati_id, reporting_org_ref=args.reporting_org,
                            reporting_org_name=args.reporting_org_name, reporting_org_type=args.reporting_org_type,
                            generated=dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
                            sectors=sectors, kb=kb)  # fmt: skip
    try:
        result = export(plan, name, options)
        backup = write_new(args.output, result.content, force=args.force)
    except ExportUnavailable as unavailable:
        raise UsageProblem(str(unavailable)) from None
    except WriteRefused as refused:
        raise UsageProblem(str(refused)) from None
    for warning in result.warnings:
        print(f"ctguide: warning: {warning}", file=sys.stderr)
    print(f"wrote {args.output} ({name})")
    if backup:
        print(f"the previous file is kept as {backup}")
    return EXIT_OK


def _add_import(verbs: argparse._SubParsersAction) -> None:
    cmd = verbs.add_parser("import", help="turn an existing indicator list or logframe (CSV) into a plan",
                           description="Read an indicator list or logframe saved from a spreadsheet as CSV (headers such as "
                           "Indicator, Result, Means of verification / MoV, Baseline, Target, Frequency, Responsible), "
                           "write a plan, and report what could not be mapped. Then run `ctguide review` on it.")  # fmt: skip
    cmd.add_argument("csv", type=_file_name, metavar="LIST.csv")
    cmd.add_argument("-o", "--output", type=_file_name, required=True, metavar="PLAN.yaml")
    cmd.add_argument("--title", type=_some_text, help="the project title (a list carries none)")
    cmd.add_argument("--organisation", type=_some_text)
    cmd.add_argument("--country", type=_some_text, action="append", default=[])
    cmd.add_argument("--start", help="start month, e.g. 2027-01 (default: next month, or the file's earliest "
                     "target date if sooner)")  # fmt: skip
    cmd.add_argument("--months", type=_months,
                     help="duration in months (default: up to the latest date the file's targets carry, else 24)")  # fmt: skip
    cmd.add_argument("--encoding", help="the file's encoding, if not UTF-8 (e.g. cp1252, latin-1)")
    cmd.add_argument(
        "--force", action="store_true", help="replace an existing file (the old one is kept as .bak)"
    )
    _kb_option(cmd)
    cmd.set_defaults(handler=_import)


def _import_progress(total_rows: int) -> Callable[[int, int], None] | None:
    """Progress on stderr while a long file's rows are placed under areas (every tenth)."""
    if total_rows < IMPORT_PROGRESS_FROM:
        return None
    shown: set[int] = set()

    def show(done: int, total: int) -> None:
        tenth = done * 10 // total
        if tenth not in shown:
            shown.add(tenth)
            print(f"ctguide: placing rows under areas … {tenth * 10} %", file=sys.stderr, flush=True)

    return show


def _import(args: argparse.Namespace) -> int:

    from ctguide.atomic import WriteRefused
    from ctguide.drafting import TO_BE_SET
    from ctguide.importers import (
        ImportOptions,
        ImportProblem,
        dates_carried,
        decode,
        import_table,
        period_carried,
        read_table,
    )
    from ctguide.inputs import InputUnreadable, read_input
    from ctguide.plan import PlanInvalid, write_plan

    _refuse_writing_over_inputs([args.output], [args.csv])
    _refuse_plan_clash(args.output, "import")
    _refuse_existing(args.output, args.force)

    try:
        raw = read_input(args.csv, "CSV file")
    except InputUnreadable as unreadable:
        raise UsageProblem(str(unreadable)) from None
    period = project_period(args.start, args.months or 24)
    kb = load_kb(args.kb, derived=("matching",))
    try:
        text, notes = decode(raw, args.encoding)
        header, rows = read_table(text)
        if args.start is None and args.months is None:
            period, said = period_carried(dates_carried(header, rows), period)
            notes.append(said)
        notes += _profile_not_carried(args)
        options = ImportOptions(args.title or TO_BE_SET, args.organisation or TO_BE_SET,
                                tuple(args.country) or (TO_BE_SET,), period, args.csv.name)  # fmt: skip
        plan, report = import_table(kb, header, rows, options, _import_progress(len(rows)))
    except ImportProblem as problem:
        raise UsageProblem(f"{args.csv}: {problem}") from None
    try:
        write_plan(plan, args.output, force=args.force)
    except WriteRefused as refused:
        raise UsageProblem(str(refused)) from None
    except PlanInvalid as invalid:
        print(invalid, file=sys.stderr)
        return EXIT_INVALID
    for line in notes + report.lines():
        print(f"ctguide: {line}", file=sys.stderr)
    print(f"wrote {args.output}: {plan_summary(plan)}")
    print(f"next: `ctguide review {args.output}` lists what to improve")
    return EXIT_OK


def _profile_not_carried(args: argparse.Namespace) -> list[str]:
    """What a list does not carry and the command line did not give: said, and left '(to be set)' in the plan."""
    missing = [f"{what} ({option})" for what, option, given in (
        ("the title", "--title", args.title), ("the organisation", "--organisation", args.organisation),
        ("the countries", "--country", args.country)) if not given]  # fmt: skip
    return [f"not in the file, left '(to be set)': {', '.join(missing)}"] if missing else []


# Each command and what adds it to the command line, in the order `ctguide --help` lists them.
COMMANDS: dict[str, Callable[[argparse._SubParsersAction], None]] = {
    "validate": _add_validate,
    "schema": _add_schema,
    "suggest": _add_suggest,
    "review": _add_review,
    "starter": _add_starter,
    "run": _add_run,
    "export": _add_export,
    "import": _add_import,
    "sessions": _add_sessions,
    "serve": _add_serve,
    "kb": _add_kb,
}
