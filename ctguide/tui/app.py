"""CtGuideApp: the Textual shell around the dialog engine.

The screen shows what `dialog.reply` returns and sends it what the user types; everything that
decides lives in the pure core. Knowledge loads in a worker after the first screen is drawn.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.suggester import SuggestFromList
from textual.theme import Theme
from textual.widgets import Footer, Header, Input, Markdown, Tree

if TYPE_CHECKING:
    from ctguide.dialog import Turn
    from ctguide.knowledge import KnowledgeBase

from ctguide.atomic import WriteRefused, write_new
from ctguide.guidetext import COMMANDS
from ctguide.sessions import Keeper, SessionProblem, knowledge_changed, list_sessions, load, slug
from ctguide.tui.screens import ConfirmScreen, ExportChoice, ExportScreen, HelpScreen, ResumeScreen
from ctguide.tui.widgets import PlanTree, Progress, Prompt, QuickReplies, Transcript, indicator_details

HIGH_CONTRAST = Theme(
    name="ctguide-high-contrast",
    primary="#FFD700",
    secondary="#00FFFF",
    accent="#FFFFFF",
    warning="#FFA500",
    error="#FF4040",
    success="#40FF40",
    foreground="#FFFFFF",
    background="#000000",
    surface="#000000",
    panel="#1A1A1A",
    dark=True,
)
NARROW = 100


class CtGuideApp(App[None]):
    """The assistant: a chat on the left, the plan as it grows on the right."""

    CSS_PATH = Path(__file__).with_name("app.tcss")
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NARROW, "-wide")]
    TITLE = "ctguide"
    SUB_TITLE = "SMART indicators for counter-trafficking projects"
    BINDINGS = [
        Binding("f1", "help", "Help"),
        Binding("ctrl+z", "back", "Back"),
        Binding("ctrl+s", "save", "Save"),
        Binding("ctrl+e", "export", "Export"),
        Binding("ctrl+b", "toggle_panel", "Panel"),
        Binding("ctrl+y", "copy", "Copy"),
        Binding("ctrl+t", "toggle_contrast", "Contrast", show=False),
        Binding("ctrl+q", "quit_app", "Quit", priority=True),
    ]

    def __init__(self, kb: KnowledgeBase | None = None, *, kb_dir: Path | None = None, resume: str | None = None,
                 offer_resume: bool = True) -> None:  # fmt: skip
        super().__init__()
        self.kb = kb
        self.kb_dir = kb_dir
        self.resume_name = resume
        self.offer_resume = offer_resume
        self.turn: Turn | None = None
        self.keeper: Keeper | None = None
        self.written: Path | None = None
        self.selected: str | None = None

    # --- layout ---------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="main"):
            with Vertical(id="chat"):
                yield Transcript(id="transcript")
                yield QuickReplies(id="replies")
                yield Prompt(placeholder="Loading the knowledge base…", id="prompt", disabled=True)
            with Vertical(id="panel"):
                yield Progress(id="progress")
                yield PlanTree("Plan", id="tree")
                with VerticalScroll(id="details-box"):
                    yield Markdown("", id="details")
        yield Footer()

    def on_mount(self) -> None:
        self.register_theme(HIGH_CONTRAST)
        self.query_one(QuickReplies).display = False
        self.query_one(Transcript).add_note("ctguide is getting ready…")
        self.call_after_refresh(self._load)

    # --- knowledge and sessions ----------------------------------------------------------------

    @work(exclusive=True, exit_on_error=False)
    async def _load(self) -> None:
        """Load the knowledge and open the conversation off the event loop, then show it."""
        from ctguide.knowledge import KnowledgeError

        try:
            kb, first = await asyncio.to_thread(self._prepare)
        except KnowledgeError as error:
            details = "\n".join(f"- `{p}`" for p in error.problems[:12])
            self._fatal(f"The knowledge base has problems (run `ctguide kb check`):\n\n{details}")
            return
        self._knowledge_ready(kb, first)

    def _prepare(self) -> tuple[KnowledgeBase, Turn]:
        """Runs in a thread: the engine's imports and the knowledge load stay off the first screen."""
        from ctguide.dialog import start
        from ctguide.kbcache import load_compiled

        kb = self.kb or load_compiled(self.kb_dir, with_index=True)
        return kb, start(kb)

    def _fatal(self, message: str) -> None:
        transcript = self.query_one(Transcript)
        transcript.remove_children()
        transcript.add_assistant(message, problem=True)
        self.notify("ctguide cannot start with this knowledge base.", severity="error", timeout=10)

    def _knowledge_ready(self, kb: KnowledgeBase, first: Turn) -> None:
        self.kb = kb
        self.query_one(Transcript).remove_children()
        if self.resume_name:
            self._resume(self.resume_name)
            return
        unfinished = [r for r in list_sessions().sessions if not r.done][:8] if self.offer_resume else []
        if unfinished:
            self.push_screen(ResumeScreen(unfinished), self._resume_chosen)
            return
        self._begin(
            first, Keeper(kb=str(self.kb_dir) if self.kb_dir else None, knowledge=self.kb.fingerprint)
        )

    def _resume_chosen(self, name: str | None) -> None:
        from ctguide.dialog import start

        if name is None:
            assert self.kb is not None
            self._begin(
                start(self.kb),
                Keeper(kb=str(self.kb_dir) if self.kb_dir else None, knowledge=self.kb.fingerprint),
            )
        else:
            self._resume(name)

    def _resume(self, name: str) -> None:
        from ctguide.dialog import replay, start

        assert self.kb is not None
        try:
            record = load(name)
        except SessionProblem as problem:
            self.notify(str(problem), severity="error", timeout=10)
            self._begin(start(self.kb), Keeper(knowledge=self.kb.fingerprint))
            return
        turn = replay(self.kb, record.replies)
        keeper = Keeper(name=record.name, kb=record.kb, script=record.script, created=record.created,
                        knowledge=self.kb.fingerprint)  # fmt: skip
        if warning := knowledge_changed(record, self.kb.fingerprint):
            self.notify(warning[0].upper() + warning[1:] + ".", severity="warning", timeout=12)
        self.query_one(Transcript).add_assistant(
            f"Welcome back to **{record.title or record.name}**: {len(record.replies)} answers restored."
        )
        self._begin(turn, keeper)

    def _begin(self, turn: Turn, keeper: Keeper) -> None:
        self.keeper = keeper
        prompt = self.query_one(Prompt)
        prompt.disabled = False
        prompt.focus()
        self._show(turn)

    # --- the conversation ----------------------------------------------------------------------

    @on(Input.Submitted, "#prompt")
    def _submitted(self, event: Input.Submitted) -> None:
        text = event.value
        event.input.value = ""
        self.send(text)

    @on(QuickReplies.Chosen)
    def _chosen(self, event: QuickReplies.Chosen) -> None:
        self.send(event.text)
        self.query_one(Prompt).focus()

    def send(self, text: str) -> None:
        """Send one reply to the engine and show its turn."""
        if self.turn is None or self.kb is None:
            return
        from ctguide.dialog import reply

        previous = self.turn
        self.query_one(Prompt).remember(text)
        self.query_one(Transcript).add_user(text if text.strip() else "(empty)")
        turn = reply(self.kb, previous.session, text)
        self._show(turn)
        if turn.session.replies != previous.session.replies:
            self._save(turn)
        if turn.action == "save":
            self._save(turn, announce=True)
        elif turn.action == "quit":
            self._save(turn)
            self.exit()
        elif turn.session.done and not previous.session.done:
            self.action_export()

    def _show(self, turn: Turn) -> None:
        self.turn = turn
        transcript = self.query_one(Transcript)
        transcript.add_assistant("\n\n".join(turn.say), problem=turn.problem is not None)
        self.query_one(QuickReplies).show(turn.options)
        prompt = self.query_one(Prompt)
        prompt.placeholder = f"e.g. {turn.example}" if turn.example else "Type a reply, or `help`"
        prompt.suggester = SuggestFromList([*turn.options, *COMMANDS], case_sensitive=False)
        self.query_one(Progress).show(turn.session.stage)
        assert self.kb is not None
        self.query_one(PlanTree).show(self.kb, turn.session.plan)
        self._update_details()

    def _save(self, turn: Turn, *, announce: bool = False) -> None:
        if self.keeper is None:
            return
        try:
            path = self.keeper.save(turn.session)
        except (OSError, WriteRefused, SessionProblem) as error:
            self.notify(f"Could not save the session: {error}", severity="error", timeout=8)
            return
        if announce:
            self.notify(f"Saved to {path}")

    # --- the plan panel -----------------------------------------------------------------------

    @on(Tree.NodeHighlighted, "#tree")
    @on(Tree.NodeSelected, "#tree")
    def _node(self, event: Tree.NodeSelected) -> None:
        data = event.node.data or ""
        self.selected = data.split(":", 1)[1] if data.startswith("indicator:") else None
        self._update_details()

    def _update_details(self) -> None:
        details = self.query_one("#details", Markdown)
        plan = self.turn.session.plan if self.turn else None
        details.update(
            indicator_details(plan, self.selected)
            if plan and self.selected
            else "*Select an indicator to see its details and findings.*"
        )

    # --- actions ---------------------------------------------------------------------------------

    def action_help(self) -> None:
        self.push_screen(HelpScreen())

    def action_back(self) -> None:
        self.send("back")

    def action_save(self) -> None:
        if self.turn is not None:
            self._save(self.turn, announce=True)

    def action_toggle_panel(self) -> None:
        self.screen.toggle_class("-panel-hidden")

    def action_toggle_contrast(self) -> None:
        self.theme = "textual-dark" if self.theme == HIGH_CONTRAST.name else HIGH_CONTRAST.name

    def action_copy(self) -> None:
        from ctguide.plan import plan_document

        plan = self.turn.session.plan if self.turn else None
        if plan is None:
            self.notify("There is no plan to copy yet.", severity="warning")
            return
        if self.selected:
            self.copy_to_clipboard(indicator_details(plan, self.selected))
            self.notify(f"Copied {self.selected} to the clipboard.")
        else:
            self.copy_to_clipboard(plan_document(plan, Path("plan.yaml")))
            self.notify("Copied the plan (YAML) to the clipboard.")

    def action_export(self) -> None:
        plan = self.turn.session.plan if self.turn else None
        if plan is None or not self.turn.session.done:
            self.notify(
                "Finish the conversation first: the plan is written once the review is done.",
                severity="warning",
            )
            return
        self.push_screen(ExportScreen(slug(plan.profile.title)), self._export_chosen)

    def _export_chosen(self, choice: ExportChoice | None) -> None:
        if choice is None or self.turn is None:
            return
        from ctguide.exporters import FORMATS, ExportOptions, ExportUnavailable, export

        extension = FORMATS[choice.format].extension
        target = (
            choice.path
            if choice.path.suffix.lower() == f".{extension}"
            else choice.path.with_suffix(f".{extension}")
        )
        from ctguide.drafting import area_sectors

        options = ExportOptions(
            iati_identifier=choice.iati_identifier,
            reporting_org_ref=choice.reporting_org,
            sectors=area_sectors(self.kb) if self.kb is not None else (),
        )
        try:
            result = export(self.turn.session.plan, choice.format, options)
            backup = write_new(target, result.content, force=choice.replace)
        except (WriteRefused, ExportUnavailable) as problem:
            self.notify(f"{problem}", severity="error", timeout=10)
            return
        for warning in result.warnings:
            self.notify(warning, severity="warning", timeout=10)
        self.written = target
        kept = f" (the previous file is kept as {backup.name})" if backup else ""
        self.query_one(Transcript).add_assistant(f"Wrote **{target.resolve()}**{kept}.")
        self.notify(f"Wrote {target}{kept}")

    def action_quit_app(self) -> None:
        if self.turn is not None and self.turn.session.done and self.written is None:
            self.push_screen(
                ConfirmScreen("The plan is complete but not written to a file. Quit anyway?"),
                self._confirm_quit,
            )
        else:
            self.exit()

    def _confirm_quit(self, yes: bool | None) -> None:
        if yes:
            self.exit()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Help", "How ctguide works and what you can type", self.action_help)
        yield SystemCommand("Back", "Undo the last answer", self.action_back)
        yield SystemCommand("Save", "Save the conversation now", self.action_save)
        yield SystemCommand("Export", "Write the finished plan to a file", self.action_export)
        yield SystemCommand(
            "Toggle plan panel", "Show or hide the plan as it grows", self.action_toggle_panel
        )
        yield SystemCommand(
            "High contrast", "Switch the projector-friendly high-contrast theme", self.action_toggle_contrast
        )
        yield SystemCommand("Copy", "Copy the selected indicator, or the whole plan", self.action_copy)
