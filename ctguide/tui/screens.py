"""Modal screens: help, resume a saved session, export the plan, confirm quitting."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events
from textual.app import ComposeResult
from textual.await_complete import AwaitComplete
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Markdown, OptionList, Select
from textual.widgets.option_list import Option

from ctguide.guidetext import COMMAND_HELP, STAGES, counted

if TYPE_CHECKING:
    from ctguide.sessions import SessionRecord

HELP = f"""# ctguide — help

ctguide talks you through your project's results chain and writes a SMART indicator plan.

## What you can type at any time
{COMMAND_HELP}

## The flow
{chr(10).join(f"{n}. **{name}** — {text}" for n, (name, text) in enumerate(STAGES, start=1))}

## Keys (they work while you type; in a browser use the F-keys)
- **F1** this help · **F2** or **Ctrl+E** write the plan · **F3** or **Ctrl+B** the plan panel
  (on a narrow screen it takes the whole screen; **Esc** or **F3** brings the chat back)
- **F4** or **Ctrl+T** high-contrast theme for projectors · **Ctrl+Z** back · **Ctrl+S** save
- **Ctrl+Y** copy the selected indicator (or the plan; a browser page on a plain http address gets it
  as a download) · **Ctrl+P** command palette · **Ctrl+Q** quit
- **Tab** in the prompt jumps to the quick replies: press a reply's letter (or Enter), or click one.
  **Up/Down** in the prompt recall what you typed before.

## Commands for the screen
`write` (or `export xlsx`, `export md`…) write the finished plan · `contrast` the projector theme ·
`panel` the plan panel · `conversations` your saved conversations · `more` the last message in full

Everything is saved after each answer; `ctguide sessions` lists saved conversations.
In a browser (`ctguide serve`) the plan is downloaded by your browser, and reloading the page
brings your conversation back.
"""


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,f1,q", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="help"):
            with VerticalScroll():
                yield Markdown(HELP)
            yield Button("Close", id="close", variant="primary")

    def on_button_pressed(self) -> None:
        self.dismiss()


NEW_CONVERSATION = "\x00new"
"""What the conversations list returns for “start a new plan”."""


def _describe(record: SessionRecord) -> str:
    state = "done" if record.done else record.stage
    return f"{record.title or record.name} — {state}, {counted(len(record.replies), 'answer')}, {record.updated[:16].replace('T', ' ')}"


class TypedMeanwhile(Message):
    """Text typed while a list of conversations was open: it belongs in the prompt."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class ResumeScreen(ModalScreen[str | None]):
    """Offer the saved, unfinished sessions; None starts a new one. What is typed meanwhile is kept, shown,
    and goes to the prompt once the offer is answered (TypedMeanwhile): nothing the user writes is lost."""

    BINDINGS = [Binding("escape", "new", "Start new")]
    TITLE = "Resume a saved conversation?"

    def __init__(
        self, records: list[SessionRecord] | tuple[SessionRecord, ...], current: str | None = None
    ) -> None:
        super().__init__()
        self.records = records
        self.current = current
        self.typed = ""

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(self.TITLE, classes="title")
            options = [
                Option(_describe(r) + (" (this one)" if r.name == self.current else ""), id=r.name)
                for r in self.records
            ]
            yield OptionList(*options, markup=False, id="sessions")
            yield Label("", id="typed", classes="-empty", markup=False)
            with Horizontal(classes="buttons"):
                yield from self.buttons()

    def on_key(self, event: events.Key) -> None:
        if event.key == "backspace" and self.typed:
            self.typed = self.typed[:-1]
        elif event.is_printable and event.character and not isinstance(self.focused, Button):
            self.typed += event.character
        else:
            return
        event.stop()
        event.prevent_default()
        shown = self.query_one("#typed", Label)
        shown.update(f"Kept for the prompt: {self.typed}" if self.typed else "")
        shown.set_class(not self.typed, "-empty")

    def dismiss(self, result: str | None = None) -> AwaitComplete:
        if self.typed:
            self.app.post_message(TypedMeanwhile(self.typed))
            self.typed = ""
        return super().dismiss(result)

    def buttons(self) -> ComposeResult:
        yield Button("Start a new plan", id="new", variant="primary")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(None)

    def action_new(self) -> None:
        self.dismiss(None)


class ConversationsScreen(ResumeScreen):
    """Every saved conversation (in a browser: this browser's); a name, NEW_CONVERSATION, or None to stay."""

    BINDINGS = [Binding("escape", "stay", "Back to the chat")]
    TITLE = "Your conversations: pick one to continue"

    def buttons(self) -> ComposeResult:
        yield Button("Start a new plan", id="new")
        yield Button("Back to the chat", id="stay", variant="primary")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(NEW_CONVERSATION if event.button.id == "new" else None)

    def action_stay(self) -> None:
        self.dismiss(None)


def format_choices() -> list[tuple[str, str]]:
    from ctguide.exporters import FORMATS

    return [(f"{f.name.upper()} (.{f.extension}): {f.description}", f.name) for f in FORMATS.values()]


@dataclass(frozen=True)
class ExportChoice:
    path: Path
    format: str
    replace: bool
    iati_identifier: str | None = None
    reporting_org: str | None = None


class ExportScreen(ModalScreen[ExportChoice | None]):
    """Choose a format and a file (and, for IATI, the identifiers it requires).

    In a browser there is no path on the server to choose: only the name the download gets.
    """

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, default_name: str, formats: list[tuple[str, str]] | None = None, *, browser: bool = False,
                 format_name: str | None = None) -> None:  # fmt: skip
        super().__init__()
        self.default_name = default_name
        self.formats = formats or format_choices()
        self.extensions = {name: _extension(name) for _, name in self.formats}
        self.browser = browser
        names = [name for _, name in self.formats]
        self.initial = format_name if format_name in names else names[0]

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="export"):
            yield Label("Download the plan" if self.browser else "Write the plan", classes="title")
            with VerticalScroll(id="export-fields"):
                yield Select(self.formats, value=self.initial, allow_blank=False, id="format")
                yield Input(
                    value=f"{self.default_name}.{self.extensions[self.initial]}",
                    placeholder="file name" if self.browser else "file name or path",
                    id="path",
                )
                yield Input(
                    placeholder="IATI activity identifier, e.g. XM-DAC-47066-DP.1234",
                    id="iati-id",
                    classes="iati",
                )
                yield Input(
                    placeholder="IATI reporting organisation identifier, e.g. XM-DAC-47066",
                    id="reporting-org",
                    classes="iati",
                )
            yield Label("", id="export-problem", classes="problem")
            with Horizontal(classes="buttons"):
                yield Button("Download" if self.browser else "Write", id="write", variant="primary")
                if not self.browser:
                    yield Button("Replace if it exists", id="replace")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self._show_iati(self.initial)
        self.query_one("#path", Input).focus()

    def _show_iati(self, format_name: str) -> None:
        for field in self.query(".iati"):
            field.display = format_name == "iati"

    def on_select_changed(self, event: Select.Changed) -> None:
        path = self.query_one("#path", Input)
        stem = Path(path.value).with_suffix("")
        path.value = f"{stem}.{self.extensions.get(str(event.value), event.value)}"
        self._show_iati(str(event.value))

    def on_input_submitted(self) -> None:
        self._finish(replace=False)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "cancel":
            self.dismiss(None)
        else:
            self._finish(replace=event.button.id == "replace")

    def _finish(self, *, replace: bool) -> None:
        value = self.query_one("#path", Input).value.strip()
        if self.browser:
            value = Path(
                value.replace("\\", "/")
            ).name  # a name for the download, never a place on the server
        if not value or value in (".", ".."):
            self.query_one("#export-problem", Label).update("Give a file name, e.g. plan.yaml")
            return
        iati_id = self.query_one("#iati-id", Input).value.strip() or None
        org = self.query_one("#reporting-org", Input).value.strip() or None
        path = Path(value) if self.browser else Path(value).expanduser()
        self.dismiss(ExportChoice(path, str(self.query_one("#format", Select).value), replace, iati_id, org))

    def action_cancel(self) -> None:
        self.dismiss(None)


def _extension(name: str) -> str:
    from ctguide.exporters import FORMATS

    return FORMATS[name].extension if name in FORMATS else name


class ConfirmScreen(ModalScreen[bool]):
    BINDINGS = [Binding("escape,n", "no", "No"), Binding("y", "yes", "Yes")]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(self.question, classes="title")
            with Horizontal(classes="buttons"):
                yield Button("Yes", id="yes", variant="error")
                yield Button("No", id="no", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()  # Enter pressed by habit keeps what the user has

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_yes(self) -> None:
        self.dismiss(True)

    def action_no(self) -> None:
        self.dismiss(False)
