"""Modal screens: help, resume a saved session, export the plan, confirm quitting."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Markdown, OptionList, Select
from textual.widgets.option_list import Option

from ctguide.guidetext import COMMAND_HELP, STAGES

if TYPE_CHECKING:
    from ctguide.sessions import SessionRecord

HELP = f"""# ctguide — help

ctguide talks you through your project's results chain and writes a SMART indicator plan.

## What you can type at any time
{COMMAND_HELP}

## The flow
{chr(10).join(f"{n}. **{name}** — {text}" for n, (name, text) in enumerate(STAGES, start=1))}

## Keys
- **F1** this help · **Ctrl+Z** back · **Ctrl+S** save · **Ctrl+E** export the plan
- **Ctrl+B** show or hide the plan panel · **Ctrl+Y** copy the selected indicator (or the plan)
- **Ctrl+T** high-contrast theme for projectors · **Ctrl+P** command palette · **Ctrl+Q** quit
- **Tab** moves between the prompt, the quick replies and the plan; in the quick replies,
  **1-9** picks a reply; **Up/Down** in the prompt recall what you typed before.

Everything is saved after each answer; `ctguide sessions` lists saved conversations.
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


class ResumeScreen(ModalScreen[str | None]):
    """Offer the saved, unfinished sessions; None starts a new one."""

    BINDINGS = [Binding("escape", "new", "Start new")]

    def __init__(self, records: list[SessionRecord]) -> None:
        super().__init__()
        self.records = records

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label("Resume a saved conversation?", classes="title")
            options = [
                Option(
                    f"{r.title or r.name} — {r.stage}, {len(r.replies)} answers, {r.updated[:16].replace('T', ' ')}",
                    id=r.name,
                )
                for r in self.records
            ]
            yield OptionList(*options, markup=False, id="sessions")
            with Horizontal(classes="buttons"):
                yield Button("Start a new plan", id="new", variant="primary")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def on_button_pressed(self) -> None:
        self.dismiss(None)

    def action_new(self) -> None:
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
    """Choose a format and a path (and, for IATI, the identifiers it requires)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, default_name: str, formats: list[tuple[str, str]] | None = None) -> None:
        super().__init__()
        self.default_name = default_name
        self.formats = formats or format_choices()
        self.extensions = {name: _extension(name) for _, name in self.formats}

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label("Write the plan", classes="title")
            yield Select(self.formats, value=self.formats[0][1], allow_blank=False, id="format")
            yield Input(value=f"{self.default_name}.{self.extensions[self.formats[0][1]]}", id="path")
            yield Input(
                placeholder="IATI activity identifier (IATI only), e.g. XM-DAC-47066-DP.1234", id="iati-id"
            )
            yield Input(
                placeholder="IATI reporting organisation identifier (IATI only), e.g. XM-DAC-47066",
                id="reporting-org",
            )
            yield Label("", id="export-problem", classes="problem")
            with Horizontal(classes="buttons"):
                yield Button("Write", id="write", variant="primary")
                yield Button("Replace if it exists", id="replace")
                yield Button("Cancel", id="cancel")

    def on_select_changed(self, event: Select.Changed) -> None:
        path = self.query_one("#path", Input)
        stem = Path(path.value).with_suffix("")
        path.value = f"{stem}.{self.extensions.get(str(event.value), event.value)}"

    def on_input_submitted(self) -> None:
        self._finish(replace=False)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "cancel":
            self.dismiss(None)
        else:
            self._finish(replace=event.button.id == "replace")

    def _finish(self, *, replace: bool) -> None:
        value = self.query_one("#path", Input).value.strip()
        if not value:
            self.query_one("#export-problem", Label).update("Give a file name, e.g. plan.yaml")
            return
        iati_id = self.query_one("#iati-id", Input).value.strip() or None
        org = self.query_one("#reporting-org", Input).value.strip() or None
        self.dismiss(
            ExportChoice(
                Path(value).expanduser(), str(self.query_one("#format", Select).value), replace, iati_id, org
            )
        )

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

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_yes(self) -> None:
        self.dismiss(True)

    def action_no(self) -> None:
        self.dismiss(False)
