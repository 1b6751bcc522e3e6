"""CtGuideApp: the Textual shell around the dialog engine.

The screen shows what `dialog.reply` returns and sends it what the user types; everything that
decides lives in the pure core. Knowledge and the engine load in a worker after the first screen is
drawn. A new conversation opens at once with the engine's first words (ctguide.guidetext.OPENING)
and a prompt that takes the answer; a reply sent before the engine is there waits for it.
The shell itself carries out the few commands that act on the screen (`write`, `contrast`, `panel`,
`conversations`, `more`): they work at every stage, also once the plan is done.
"""

from __future__ import annotations

import asyncio
import io
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.suggester import SuggestFromList
from textual.theme import Theme
from textual.widgets import Footer, Header, Input, Markdown, Tree

if TYPE_CHECKING:
    from ctguide.dialog import Turn
    from ctguide.dialog.upgrade import Upgraded
    from ctguide.knowledge import KnowledgeBase
    from ctguide.plan import Plan

from ctguide.atomic import WriteRefused, write_new
from ctguide.guidetext import COMMANDS, OPENING, STAGES, TITLE_EXAMPLE, counted
from ctguide.literal import for_markdown, printable
from ctguide.sessions import (
    Keeper,
    SessionProblem,
    knowledge_changed,
    list_sessions,
    load,
    resumable,
    save_apart,
    slug,
)
from ctguide.tui.commands import (
    CONTRAST,
    CONVERSATIONS,
    MORE,
    PANEL,
    SHELL_COMMANDS,
    format_named,
    quit_hint,
    quit_question,
    shell_command,
)
from ctguide.tui.prefs import CLIPBOARD_ENV, TAB_ENV, TAB_ID, load_prefs, save_prefs
from ctguide.tui.screens import (
    NEW_CONVERSATION,
    ConfirmScreen,
    ConversationsScreen,
    ExportChoice,
    ExportScreen,
    HelpScreen,
    ResumeScreen,
    TypedMeanwhile,
)
from ctguide.tui.widgets import (
    PlanTree,
    Progress,
    Prompt,
    QuickReplies,
    Transcript,
    indicator_details,
    note_bubble,
    opening_bubble,
    prompt_hint,
    result_details,
)

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
DEFAULT_THEME = "textual-dark"
NARROW = 100
SHORT = 32
UNFOLDED = frozenset({"areas"})
"""Questions whose list keeps its reasons on a narrow screen: the areas read from the user's description are
where a user decides whether to trust the tool, and each needs its reason in view."""
DETAILS_HINT = "*Click an indicator, or move to it with the arrow keys, to see its details and findings.*"
MAIN_SCREEN_ACTIONS = frozenset({"back", "save", "export", "toggle_panel", "copy", "conversations"})
"""Actions that only make sense on the chat itself, not inside a dialog on top of it."""


def _shared_tail(say: list[str], shown: list[str]) -> int:
    same = 0
    while same < min(len(say), len(shown)) and say[-1 - same] == shown[-1 - same]:
        same += 1
    return same


def not_repeated(say: list[str], shown: list[str]) -> list[str]:
    """A refused answer's message without the question it repeats (still on screen just above): at 80x24 the
    repeated question pushed the reason for the refusal out of sight."""
    return say[: len(say) - _shared_tail(say, shown)] or say


def asked_again(say: list[str], shown: list[str]) -> tuple[list[str], list[str]]:
    """An answer to `help`, `show`, `why` or a question, and the open question it asks again: ([answer], [])
    when nothing is asked again."""
    same = _shared_tail(say, shown)
    return (say[:-same], say[-same:]) if 0 < same < len(say) else (say, [])


def _same_place(turn: Turn, before: Turn) -> bool:
    """The turn answered a command or a question: the conversation did not move."""
    return (turn.session.key, turn.session.replies) == (before.session.key, before.session.replies)


class CtGuideApp(App[None]):
    """The assistant: a chat on the left, the plan as it grows on the right."""

    CSS_PATH = Path(__file__).with_name("app.tcss")
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NARROW, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (SHORT, "-tall")]
    TITLE = "ctguide"
    SUB_TITLE = "SMART indicators for counter-trafficking projects"
    # Priority: the prompt (an Input) has the focus nearly always and binds Ctrl+E, Ctrl+A… itself.
    # F-keys for the same actions: a browser keeps Ctrl+T, Ctrl+W and friends for itself.
    BINDINGS = [
        Binding("f1", "help", "Help", priority=True),
        Binding("f2", "export", "Write", priority=True),
        Binding("f3", "toggle_panel", "Plan", priority=True),
        Binding("f4", "toggle_contrast", "Contrast", priority=True),
        Binding("ctrl+z", "back", "Back", priority=True),
        Binding("ctrl+q", "quit_app", "Quit", priority=True),
        Binding("ctrl+e", "export", "Write", show=False, priority=True),
        Binding("ctrl+b", "toggle_panel", "Plan", show=False, priority=True),
        Binding("ctrl+t", "toggle_contrast", "Contrast", show=False, priority=True),
        Binding("ctrl+s", "save", "Save", show=False, priority=True),
        Binding("ctrl+y", "copy", "Copy", show=False),
        Binding("escape", "close_panel", "Chat", show=False),
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
        self.unsaved = False  # the last save failed: quitting would lose answers
        self.written: Path | None = None
        self.exporting: tuple[Plan, tuple[str, ...]] | None = (
            None  # the plan being written, what to say of it
        )
        self.selected: str | None = None
        self.selected_result: str | None = None
        tab = os.environ.get(TAB_ENV, "")
        self.tab = tab if TAB_ID.fullmatch(tab) else None
        self.held: str | None = None  # the conversation to bring back once the engine is there
        self.unfinished: list = []  # the unfinished conversations offered at start
        self.early: list[str] = []  # replies sent while the engine was loading
        self.carried = ""  # typed while a list of conversations was open: for the prompt
        self.opening = "\n\n".join(OPENING)
        self.choice: list[str | None] = []  # the answer to the offer to resume, once given
        self.ready = False  # the engine is there
        self._engine_asked = False

    # --- layout ---------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        self.held = self.resume_name or self._held_by_tab()
        self.unfinished = self._unfinished() if self.offer_resume and not self.held else []
        replies = QuickReplies(id="replies")
        replies.display = False
        yield Header()
        with Horizontal(id="main"):
            with Vertical(id="chat"):
                with Transcript(id="transcript"):
                    if self._opens_anew:
                        yield opening_bubble(self.opening)
                    else:
                        yield note_bubble("ctguide is getting ready…")
                yield replies
                yield Prompt(
                    placeholder=f"e.g. {TITLE_EXAMPLE}"
                    if self._opens_anew
                    else "Loading the knowledge base…",
                    id="prompt",
                    disabled=not self._opens_anew,
                )
            with Vertical(id="panel"):
                yield Progress(id="progress")
                yield PlanTree("Plan", id="tree")
                with VerticalScroll(id="details-box"):
                    yield Markdown(DETAILS_HINT, id="details")
        yield Footer()

    def on_mount(self) -> None:
        self._fit_breakpoints()
        self.register_theme(HIGH_CONTRAST)
        remembered = load_prefs().theme
        if remembered in (DEFAULT_THEME, HIGH_CONTRAST.name):
            self.theme = remembered
        if self.is_web:
            from ctguide.tui.lifeline import start_lifeline

            start_lifeline(lambda: self.call_from_thread(self.exit))
        if self._opens_anew:  # the panel as the engine will show it, so that nothing moves when it comes
            self.query_one(Progress).show(STAGES[0][0])
            self.query_one(PlanTree).show_untitled()
            self.query_one(Prompt).focus()  # the engine loads once the opening is on the screen
            return
        if not self.held:  # the offer needs no engine: it is answered while the engine loads
            self.call_after_refresh(self.push_screen, ResumeScreen(self.unfinished), self._offer_answered)
        self.call_after_refresh(self._load)

    def _fit_breakpoints(self) -> None:
        """The layout for this terminal's size from the first frame on: Textual sets the breakpoint
        classes only when the screen's first resize event comes, after a frame in the wide layout."""
        width, height = self.size
        for value, points in ((width, self.HORIZONTAL_BREAKPOINTS), (height, self.VERTICAL_BREAKPOINTS)):
            fitting = max((p for p in points if p[0] <= value), default=None)
            self.screen.update_classes({name: (threshold, name) == fitting for threshold, name in points})

    @on(Markdown.TableOfContentsUpdated, ".opening")
    def _opening_shown(self, event: Markdown.TableOfContentsUpdated) -> None:
        """The opening's words are laid out: once they are drawn, the engine may take the processor."""
        event.stop()
        if not self._engine_asked:
            self.call_after_refresh(self._load)

    @property
    def _opens_anew(self) -> bool:
        """A new conversation, whose first words are known before the engine loads."""
        return not self.held and not self.unfinished

    def _held_by_tab(self) -> str | None:
        """The conversation of this browser tab, when the tab was reloaded."""
        held = load_prefs().tabs.get(self.tab) if self.tab else None
        return held if held and self._exists(held) else None

    # --- knowledge and sessions ----------------------------------------------------------------

    @work(exclusive=True, exit_on_error=False)
    async def _load(self) -> None:
        """Load the knowledge and open the conversation off the event loop, then show it."""
        from ctguide.knowledge import KnowledgeError

        self._engine_asked = True

        try:
            kb, first = await asyncio.to_thread(self._prepare)
        except KnowledgeError as error:
            details = "\n".join(f"- {for_markdown(p)}" for p in error.problems[:12])
            self._fatal(f"The knowledge base has problems (run `ctguide kb check`):\n\n{details}")
            return
        self._knowledge_ready(kb, first)

    def _prepare(self) -> tuple[KnowledgeBase, Turn]:
        """Runs in a thread: the engine's imports and the knowledge load stay off the first screen."""
        from ctguide.dialog import start
        from ctguide.kbcache import load_compiled

        kb = self.kb or load_compiled(self.kb_dir, derived=("matching",))
        return kb, start(kb)

    def notify(self, message: str, *, markup: bool = False, **options: object) -> None:  # type: ignore[override]
        """Every notification shows its text literally (paths, titles and problems come from outside):
        never as markup, never with control characters."""
        super().notify(printable(message), markup=False, **options)  # type: ignore[arg-type]

    def _fatal(self, message: str) -> None:
        """What the user typed stays on the screen; the welcome and the loading note go."""
        transcript = self._main.query_one(Transcript)
        transcript.query(".bubble.assistant").remove()
        transcript.add_assistant(message, problem=True)
        self._main.query_one(Prompt).disabled = True
        self.notify("ctguide cannot start with this knowledge base.", severity="error", timeout=10)

    @property
    def _main(self) -> Screen:
        """The chat's screen, also while a dialog is open on top of it."""
        return self.screen_stack[0]

    def _knowledge_ready(self, kb: KnowledgeBase, first: Turn) -> None:
        self.kb = kb
        self.ready = True
        if self._opens_anew:
            self._engine_arrived(first)
            return
        self._main.query_one(Transcript).remove_children()
        if self.held:
            self._resume(self.held)  # asked for, or this browser tab was reloaded: it comes back
        elif self.choice:
            self._resume_chosen(self.choice[0])
        # else the offer to resume is still open: its answer carries on

    def _offer_answered(self, name: str | None) -> None:
        self.choice = [name]
        if self.ready:
            self._resume_chosen(name)

    def _engine_arrived(self, first: Turn) -> None:
        """The opening is on the screen already: the engine takes over, and answers what was sent meanwhile."""
        transcript = self._main.query_one(Transcript)
        opening = transcript.query(".opening")
        said = bool(opening) and self.opening == "\n\n".join(first.say)
        if not said:
            opening.remove()
        self._begin(first, self._new_keeper(), said=said, focus=False)
        early, self.early = self.early, []
        for text in early:
            self.send(text, shown=True)

    def _new_keeper(self) -> Keeper:
        assert self.kb is not None
        return Keeper(kb=str(self.kb_dir) if self.kb_dir else None, knowledge=self.kb.fingerprint)

    @staticmethod
    def _unfinished() -> list:
        return list(resumable(list_sessions()))

    @staticmethod
    def _exists(name: str) -> bool:
        return any(r.name == name for r in list_sessions().sessions)

    def _resume_chosen(self, name: str | None) -> None:
        from ctguide.dialog import start

        if name is None:
            assert self.kb is not None
            self._begin(start(self.kb), self._new_keeper())
        else:
            self._resume(name)

    def _resume(self, name: str) -> None:
        from ctguide.dialog import start
        from ctguide.dialog.upgrade import replay_saved, upgrade_note

        assert self.kb is not None
        try:
            record = load(name)
        except SessionProblem as problem:
            self.notify(str(problem), severity="error", timeout=10, markup=False)
            self._begin(start(self.kb), Keeper(knowledge=self.kb.fingerprint))
            return
        transcript = self._main.query_one(Transcript)

        def seen(turn: Turn, text: str) -> None:  # the conversation comes back as it was, not only its state
            transcript.add_assistant("\n\n".join(turn.say), problem=turn.problem is not None, scroll=False)
            transcript.add_user(text if text.strip() else "(empty)", scroll=False)

        upgraded = replay_saved(self.kb, record.replies, record.flow, seen, record.keys)
        turn = upgraded.turn
        keeper = Keeper(name=record.name, kb=record.kb, script=record.script, created=record.created,
                        knowledge=self.kb.fingerprint)  # fmt: skip
        if upgraded.before_restart:
            self._save_apart(keeper, upgraded)
        for warning in (knowledge_changed(record, self.kb.fingerprint), upgrade_note(record.name, upgraded)):
            if warning:
                self.notify(
                    warning[0].upper() + warning[1:] + ".", severity="warning", timeout=12, markup=False
                )
        self._main.query_one(Transcript).add_assistant(
            f"Welcome back to **{for_markdown(record.title or record.name)}**: {counted(len(record.replies), 'answer')} restored."
        )
        self._begin(turn, keeper)

    def _save_apart(self, keeper: Keeper, upgraded: Upgraded) -> None:
        from ctguide.dialog.upgrade import restarted

        assert self.kb is not None
        try:
            paths = save_apart(keeper, restarted(self.kb, upgraded), upgraded.turn.session)
        except (OSError, WriteRefused, SessionProblem) as problem:
            self.notify(f"Could not save the conversations you restarted here apart: {problem}", severity="error",
                        timeout=10, markup=False)  # fmt: skip
            return
        names = " and ".join(f"'{path.stem}'" for path in paths)
        self.notify(
            f"The {'conversation' if len(paths) == 1 else 'conversations'} you restarted here "
            f"{'is' if len(paths) == 1 else 'are'} saved on {'its' if len(paths) == 1 else 'their'} own as {names}.",
            markup=False,
        )

    def _begin(self, turn: Turn, keeper: Keeper, *, said: bool = False, focus: bool = True) -> None:
        self.keeper = keeper
        self.written = None
        self._remember_tab()
        prompt = self._main.query_one(Prompt)
        prompt.disabled = False
        if focus:
            prompt.focus()
        self._show(turn, said=said)
        self._hand_over_typed()

    @on(TypedMeanwhile)
    def _typed_meanwhile(self, event: TypedMeanwhile) -> None:
        self.carried += event.text
        self._hand_over_typed()

    def _hand_over_typed(self) -> None:
        """What was typed in the list of conversations goes to the prompt once it takes text, not sent."""
        prompt = self._main.query_one(Prompt)
        if self.carried and not prompt.disabled:
            prompt.insert_text_at_cursor(self.carried)
            self.carried = ""

    def _remember_tab(self) -> None:
        if self.tab and self.keeper and self.keeper.name:
            prefs = load_prefs()
            if prefs.tabs.get(self.tab) != self.keeper.name:
                save_prefs(prefs.with_tab(self.tab, self.keeper.name))

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

    def send(self, text: str, *, shown: bool = False) -> None:
        """Carry out a screen command, or send the reply to the engine and show its turn.
        `shown`: the reply is on the screen already (it was sent while the engine was loading)."""
        if self.turn is None or self.kb is None:
            if self._opens_anew and not self._main.query_one(Prompt).disabled:
                self.early.append(text)
                self._main.query_one(Prompt).remember(text)
                self._main.query_one(Transcript).add_user(text if text.strip() else "(empty)")
            return
        if self._shell(text, shown=shown):
            return
        from ctguide.dialog import reply

        previous = self.turn
        if not shown:
            self.query_one(Prompt).remember(text)
            self.query_one(Transcript).add_user(text if text.strip() else "(empty)")
        turn = reply(self.kb, previous.session, text)
        self._show(turn, before=previous)
        if turn.action == "restart":  # a new saved conversation: the one before stays as it was
            self.keeper, self.written = self._new_keeper(), None
        elif turn.session.replies != previous.session.replies:
            self._save(turn)
        if turn.action == "save":
            self._save(turn, announce=True)
        elif turn.action == "quit":
            self._save(turn)
            self.exit()
        elif turn.session.done and not previous.session.done:
            self.action_export()

    def _shell(self, text: str, *, shown: bool = False) -> bool:
        """Carry out `text` when it is a screen command; False when it is a reply for the conversation."""
        command = shell_command(text)
        assert self.turn is not None
        if command is None:
            return False
        session = self.turn.session
        if (
            command.name == "write"
            and command.format is None
            and not session.done
            and session.stage == "review"
        ):
            return False  # the review's own answer: it finishes the plan, then the shell writes it
        if not shown:
            self.query_one(Prompt).remember(text)
            self.query_one(Transcript).add_user(text)
        if command.name == CONTRAST:
            self.action_toggle_contrast()
        elif command.name == PANEL:
            self.action_toggle_panel()
        elif command.name == CONVERSATIONS:
            self.action_conversations()
        elif command.name == MORE:
            self._main.query_one(Transcript).expand_last()
        else:
            self._write_command(command.format)
        return True

    def _write_command(self, word: str | None) -> None:
        from ctguide.exporters import FORMATS

        transcript = self._main.query_one(Transcript)
        name = format_named(word, {n: f.extension for n, f in FORMATS.items()}) if word else None
        if word and name is None:
            transcript.add_assistant(
                f"I can write the plan as {', '.join(FORMATS)} (for example `export xlsx`); not as “{for_markdown(word)}”.",
                problem=True,
            )
        else:
            self.action_export(name)

    def _show(self, turn: Turn, *, said: bool = False, before: Turn | None = None) -> None:
        """`said`: the turn's words are on the screen already (the opening); `before`: the turn before, whose
        question a refused answer does not say again and an answer to a command asks again in short."""
        self.turn = turn
        main = self._main
        prompt = main.query_one(Prompt)
        prompt.placeholder, cut = prompt_hint(turn.example, prompt.content_size.width)
        if not said:
            self._say(turn, before, cut)
        main.query_one(QuickReplies).show(turn.options, turn.numbered)
        prompt.suggester = SuggestFromList([*turn.options, *COMMANDS, *SHELL_COMMANDS], case_sensitive=False)
        main.query_one(Progress).show(turn.session.stage)
        assert self.kb is not None
        main.query_one(PlanTree).show(self.kb, turn.session.plan, turn.session.answers.title)
        self._update_details()

    def _say(self, turn: Turn, before: Turn | None, cut: bool) -> None:
        transcript = self._main.query_one(Transcript)
        shown = list(before.say) if before is not None else []
        words, again = list(turn.say), []
        if turn.problem is not None:
            words = not_repeated(words, shown)
        elif before is not None and _same_place(turn, before):
            words, again = asked_again(words, shown)
        if (
            cut and turn.example and not any(turn.example in line for line in words + again)
        ):  # too wide for the hint
            (again or words).append(f"For example: {for_markdown(turn.example)}")
        if again:
            transcript.add_answer("\n\n".join(words), again)
        else:
            transcript.add_assistant("\n\n".join(words), problem=turn.problem is not None,
                                     unfolded=turn.session.key in UNFOLDED)  # fmt: skip

    def _save(self, turn: Turn, *, announce: bool = False) -> None:
        if self.keeper is None:
            return
        try:
            path = self.keeper.save(turn.session)
        except (OSError, WriteRefused, SessionProblem) as error:
            self.unsaved = True
            self.notify(f"Could not save the session: {error}", severity="error", timeout=8, markup=False)
            return
        self.unsaved = False
        self._remember_tab()
        if announce:
            self.notify(f"Saved to {path}", markup=False)

    # --- the plan panel -----------------------------------------------------------------------

    @on(Tree.NodeHighlighted, "#tree")
    @on(Tree.NodeSelected, "#tree")
    def _node(self, event: Tree.NodeSelected) -> None:
        data = event.node.data or ""
        self.selected = data.split(":", 1)[1] if data.startswith("indicator:") else None
        self.selected_result = data.split(":", 1)[1] if data.startswith("result:") else None
        self._update_details()

    @on(PlanTree.TypedAway)
    def _typed_in_tree(self, event: PlanTree.TypedAway) -> None:
        """A key typed on the plan belongs to the prompt: the plan is for looking, the prompt for talking."""
        prompt = self.query_one(Prompt)
        if self.screen.has_class("-panel-shown"):
            self.screen.remove_class("-panel-shown")
        prompt.focus()
        prompt.insert_text_at_cursor(event.character)

    def on_click(self, event: events.Click) -> None:
        """After a click on the plan (wide screens), typing goes to the prompt again."""
        if self.screen.has_class("-panel-shown") or len(self.screen_stack) > 1:
            return
        widget = event.widget
        if widget is not None and widget.id in ("tree", "details", "details-box", "progress"):
            self.call_after_refresh(self._refocus_prompt)

    def _refocus_prompt(self) -> None:
        prompt = self.query_one(Prompt)
        if not prompt.disabled and len(self.screen_stack) == 1:
            prompt.focus()

    def _update_details(self) -> None:
        details = self._main.query_one("#details", Markdown)
        plan = self.turn.session.plan if self.turn else None
        if plan and self.selected:
            details.update(indicator_details(plan, self.selected, self.kb))
        elif plan and self.selected_result and (about := result_details(plan, self.selected_result)):
            details.update(about)
        else:
            details.update(DETAILS_HINT)

    # --- actions ---------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Chat actions stay out of dialogs: there their keys belong to the dialog's own inputs."""
        if action in MAIN_SCREEN_ACTIONS or action == "close_panel":
            return len(self.screen_stack) == 1
        return True

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss()
        elif len(self.screen_stack) == 1:
            self.push_screen(HelpScreen())

    def action_back(self) -> None:
        self.send("back")

    def action_save(self) -> None:
        if self.turn is not None:
            self._save(self.turn, announce=True)

    def action_toggle_panel(self) -> None:
        """Wide: show or hide the panel beside the chat. Narrow: the plan takes the whole screen, or gives it back."""
        screen = self.screen
        if screen.has_class("-narrow"):
            screen.toggle_class("-panel-shown")
            if screen.has_class("-panel-shown"):
                self.query_one(PlanTree).focus()
            else:
                self._refocus_prompt()
        else:
            screen.toggle_class("-panel-hidden")

    def action_close_panel(self) -> None:
        if self.screen.has_class("-panel-shown"):
            self.action_toggle_panel()

    def action_toggle_contrast(self) -> None:
        self.theme = DEFAULT_THEME if self.theme == HIGH_CONTRAST.name else HIGH_CONTRAST.name
        save_prefs(load_prefs().with_theme(self.theme))

    def action_conversations(self) -> None:
        """The conversations saved here (in a browser: this browser's), to switch to another or start anew."""
        records = list_sessions().sessions[:20]
        current = self.keeper.name if self.keeper else None
        self.push_screen(ConversationsScreen(records, current), self._conversation_chosen)

    def _conversation_chosen(self, name: str | None) -> None:
        if name is None or (self.keeper and name == self.keeper.name):
            return
        self.query_one(Transcript).remove_children()
        if name == NEW_CONVERSATION:
            self._resume_chosen(None)
        else:
            self._resume(name)

    def action_copy(self) -> None:
        from ctguide.plan import plan_document

        plan = self.turn.session.plan if self.turn else None
        if plan is None:
            self.notify("There is no plan to copy yet.", severity="warning")
            return
        if self.selected:
            text, name, what = (
                indicator_details(plan, self.selected, self.kb),
                f"{self.selected}.md",
                self.selected,
            )
        else:
            text, name, what = plan_document(plan, Path("plan.yaml")), "plan.yaml", "the plan (YAML)"
        if self.is_web and os.environ.get(CLIPBOARD_ENV) == "0":
            self._deliver(name, text)
            self.notify(f"This page cannot use your clipboard (a plain http address): your browser is downloading "
                        f"{what} as {name} instead.", timeout=8)  # fmt: skip
            return
        self.copy_to_clipboard(text)
        self.notify(f"Copied {what} to the clipboard.")

    def action_export(self, format_name: str | None = None) -> None:
        """The finished plan; before the review, the plan so far as a draft (ctguide.dialog.partial)."""
        if self.turn is None or self.kb is None or len(self.screen_stack) > 1:
            return
        from ctguide.dialog.partial import DRAFT_SUFFIX, partial_plan

        session = self.turn.session
        draft = None if session.done else partial_plan(self.kb, session.plan, session.stage)
        plan = draft.plan if draft else session.plan
        if plan is None:
            self.query_one(Transcript).add_assistant("\n\n".join(draft.say if draft else ()), problem=True)
            return
        self.exporting = (plan, draft.say if draft else ())
        default = str(self.written.with_suffix("")) if self.written else slug(plan.profile.title)
        if draft:
            default = slug(plan.profile.title) + DRAFT_SUFFIX
        self.push_screen(
            ExportScreen(default, browser=self.is_web, format_name=format_name), self._export_chosen
        )

    def _export_chosen(self, choice: ExportChoice | None) -> None:
        if choice is None or self.turn is None or self.exporting is None:
            return
        plan, about = self.exporting
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
            kb=self.kb,
        )
        try:
            result = export(plan, choice.format, options)
            if self.is_web:
                self._deliver(target.name, result.content)
                backup = None
            else:
                backup = write_new(target, result.content, force=choice.replace)
        except (WriteRefused, ExportUnavailable) as problem:
            message = str(problem)
            if isinstance(problem, WriteRefused) and target.is_file() and not choice.replace:
                message = f"{target} already exists: write again with “Replace if it exists” (the old file is kept as .bak)"
            self.notify(message, severity="error", timeout=10, markup=False)
            return
        for warning in result.warnings:
            self.notify(warning, severity="warning", timeout=10, markup=False)
        if not about:
            self.written = target  # a draft's name is not the finished plan's default
        if self.is_web:
            downloading = (
                f"Your browser is downloading **{for_markdown(target.name)}**. Type `export xlsx` (or md, csv, json, "
                "iati) for another format."
            )
            self.query_one(Transcript).add_assistant("\n\n".join((downloading, *about)))
            return
        kept = f" (the previous file is kept as {backup.name})" if backup else ""
        self.query_one(Transcript).add_assistant(
            "\n\n".join((f"Wrote **{for_markdown(target.resolve())}**{for_markdown(kept)}.", *about))
        )  # said in the chat only: a toast repeating it covered the last lines of the chat at 80×24

    def _deliver(self, name: str, content: str | bytes) -> None:
        """In a browser the plan is a download: nothing is written where the client could choose."""
        data = content.encode("utf-8") if isinstance(content, str) else content
        safe = re.sub(r"[^\w.-]+", "-", name, flags=re.ASCII).strip("-.") or "plan"
        self.deliver_binary(io.BytesIO(data), save_filename=safe, name="plan")

    @on(events.DeliveryComplete)
    def _delivered(self, event: events.DeliveryComplete) -> None:
        if event.name == "plan":  # in the chat: a toast covered its last lines on a projector's narrow screen
            self.query_one(Transcript).add_assistant("Download finished: look in your browser's downloads.")

    @on(events.DeliveryFailed)
    def _delivery_failed(self, event: events.DeliveryFailed) -> None:
        if event.name == "plan":
            self.notify(
                f"The download failed ({event.exception}); try again.", severity="error", markup=False
            )

    def action_help_quit(self) -> None:
        """Ctrl+C with nothing selected to copy: say how to quit (Textual's own hint looks for its quit action)."""
        self.notify(quit_hint(unsaved=self.unsaved), title="Do you want to quit?")

    def action_quit_app(self) -> None:
        if isinstance(self.screen, ConfirmScreen):
            return  # already asking: a second Ctrl+Q is not a yes
        prompts = self._main.query(Prompt)
        question = quit_question(
            in_browser=self.is_web,
            draft=prompts.first().value if prompts else "",
            unsaved=self.unsaved,
            unwritten=self.turn is not None and self.turn.session.done and self.written is None,
        )
        if question is None:
            self.exit()
        else:
            self.push_screen(ConfirmScreen(question), self._confirm_quit)

    def _confirm_quit(self, yes: bool | None) -> None:
        if yes:
            self.exit()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Help", "How ctguide works and what you can type", self.action_help)
        yield SystemCommand("Back", "Undo the last answer", self.action_back)
        yield SystemCommand("Save", "Save the conversation now", self.action_save)
        yield SystemCommand("Write", "Write the finished plan (any format)", self.action_export)
        yield SystemCommand(
            "Toggle plan panel", "Show or hide the plan as it grows", self.action_toggle_panel
        )
        yield SystemCommand(
            "High contrast", "Switch the projector-friendly high-contrast theme", self.action_toggle_contrast
        )
        yield SystemCommand(
            "Conversations", "Switch to another saved conversation", self.action_conversations
        )
        yield SystemCommand("Copy", "Copy the selected indicator, or the whole plan", self.action_copy)
