"""`ctguide run`: the conversation driven from a file of replies, saved after every answer."""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path

from ctguide.atomic import WriteRefused, write_new
from ctguide.dialog import Turn, reply, start
from ctguide.dialog.upgrade import replay_saved, upgrade_note
from ctguide.guidetext import counted
from ctguide.inputs import InputUnreadable, read_input
from ctguide.plan import PlanInvalid, write_plan
from ctguide.sessions import Keeper, SessionProblem, knowledge_changed, list_sessions, sessions_dir
from ctguide.transcript import exchange_for_terminal, transcript_markdown
from ctguide.yamlio import YamlProblem, load_yaml

EXIT_OK, EXIT_INVALID = 0, 1


def read_answers(path: Path, problem: type[Exception]) -> list[str]:
    try:
        text = read_input(path, "answers file").decode("utf-8-sig")
    except InputUnreadable as unreadable:
        raise problem(str(unreadable)) from None
    except UnicodeDecodeError:
        raise problem(f"{path}: not UTF-8 text; save the answers file as UTF-8") from None
    try:
        data = load_yaml(text, source=str(path))
    except YamlProblem as yaml_problem:
        raise problem(str(yaml_problem)) from None
    answers = data.get("answers") if isinstance(data, dict) else None
    if not isinstance(answers, list) or not answers:
        raise problem(
            f"{path}: expected a mapping with a non-empty list under `answers:`, e.g.\nanswers:\n  - Safe Return Moldova\n  - La Strada"
        )
    bad = [
        n
        for n, a in enumerate(answers, start=1)
        if not isinstance(a, (str, int, float)) or isinstance(a, bool)
    ]
    if bad:
        raise problem(f'{path}: answer {bad[0]} is not text; quote it (e.g. - "yes")')
    return [str(a) for a in answers]


def run_script(args: argparse.Namespace, load_kb: Callable, problem: type[Exception]) -> int:
    answers = read_answers(args.answers, problem)
    for target in (args.output, args.transcript):
        if target is None:
            continue
        if target.is_dir():
            raise problem(f"{target}: is a folder; give a file name")
        if target.exists() and not args.force:
            raise problem(
                f"{target}: already exists; use --force to replace it (the old file is kept as .bak)"
            )
        if not target.parent.is_dir():
            raise problem(f"{target}: the folder {target.parent} does not exist")
    kb = load_kb(args.kb)
    script = {"path": str(args.answers.resolve()), "applied": 0}
    keeper, turn, applied = _resume_or_start(kb, args, script, answers)
    exchanges: list[tuple[str, str]] = [("ctguide", "\n\n".join(turn.say))]
    live = _live_demo(args)
    if live:
        _show(*exchanges[-1])
    for text in answers[applied:]:
        if args.pace:
            time.sleep(args.pace)
        if live:
            _show("user", text)
        turn = reply(kb, turn.session, text)
        applied += 1
        keeper.script["applied"] = applied
        keeper.script["digest"] = applied_digest(answers, applied)
        try:
            keeper.save(turn.session)
        except SessionProblem as unsaved:
            raise problem(str(unsaved)) from None
        exchanges += [("user", text), ("ctguide", "\n\n".join(turn.say))]
        if live:
            _show(*exchanges[-1])
    if args.transcript is not None:
        _write_transcript(args, turn, exchanges, problem)
    if not turn.session.done:
        question = turn.say[-1] if turn.say else turn.session.stage
        print(f"ctguide: the answers ran out before the plan was done (stage: {turn.session.stage}).\n"
              f"  next question: {question}\n"
              f"  the session is saved as '{keeper.name}'; add answers to {args.answers} and run the same command "
              f"again to continue", file=sys.stderr)  # fmt: skip
        return EXIT_INVALID
    return _write(args, turn, keeper, problem)


def _live_demo(args: argparse.Namespace) -> bool:
    """A paced run on a terminal is a demo in front of a room: it shows the conversation as it goes."""
    return bool(args.pace) and sys.stdout.isatty()


def _show(speaker: str, text: str) -> None:
    print(exchange_for_terminal(speaker, text, shutil.get_terminal_size().columns), end="\n\n", flush=True)


def applied_digest(answers: list[str], applied: int) -> str:
    """What the first `applied` answers were: a script edited since then is not resumed with its old answers."""
    return hashlib.sha256(json.dumps(answers[:applied]).encode("utf-8")).hexdigest()[:16]


def _resume_or_start(
    kb, args: argparse.Namespace, script: dict, answers: list[str]
) -> tuple[Keeper, Turn, int]:  # noqa: ANN001
    if not args.fresh:
        for record in list_sessions().sessions:
            if record.script.get("path") == script["path"] and not record.done:
                applied = int(record.script.get("applied", 0))
                saved = record.script.get("digest")
                if applied > len(answers) or (
                    saved is not None and saved != applied_digest(answers, applied)
                ):
                    print(f"ctguide: {args.answers} changed since session '{record.name}' stopped after answer "
                          f"{applied}; starting a new session from the first answer ('{record.name}' is kept)",
                          file=sys.stderr)  # fmt: skip
                    break
                keeper = Keeper(
                    sessions_dir(),
                    name=record.name,
                    kb=record.kb,
                    script={**script, "applied": applied, "digest": applied_digest(answers, applied)},
                    created=record.created,
                    knowledge=kb.fingerprint,
                )
                print(f"ctguide: resuming session '{record.name}' after answer {applied}", file=sys.stderr)
                upgraded = replay_saved(kb, record.replies, record.flow, keys=record.keys)
                for warning in (
                    knowledge_changed(record, kb.fingerprint),
                    upgrade_note(record.name, upgraded),
                ):
                    if warning:
                        print(f"ctguide: warning: {warning}", file=sys.stderr)
                return keeper, upgraded.turn, applied
    keeper = Keeper(
        sessions_dir(), kb=str(args.kb) if args.kb else None, script=script, knowledge=kb.fingerprint
    )
    turn = start(kb)
    return keeper, turn, 0


def _write(args: argparse.Namespace, turn: Turn, keeper: Keeper, problem: type[Exception]) -> int:
    plan = turn.session.plan
    try:
        backup = write_plan(plan, args.output, force=args.force)
    except WriteRefused as refused:
        raise problem(f"{refused} (the session is saved as '{keeper.name}')") from None
    except PlanInvalid as invalid:
        print(invalid, file=sys.stderr)
        return EXIT_INVALID
    print(f"wrote {args.output}: '{plan.profile.title}', {counted(len(plan.results_chain), 'area')}, "
          f"{counted(len(plan.indicators), 'indicator')}")  # fmt: skip
    if backup:
        print(f"the previous file is kept as {backup}")
    return EXIT_OK


def _write_transcript(
    args: argparse.Namespace, turn: Turn, exchanges: list[tuple[str, str]], problem: type[Exception]
) -> None:
    title = (turn.session.answers.title or "ctguide conversation") + " — transcript"
    try:
        write_new(args.transcript, transcript_markdown(title, exchanges), force=args.force)
    except WriteRefused as refused:
        raise problem(str(refused)) from None


__all__ = ["run_script", "read_answers"]
