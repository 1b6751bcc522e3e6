"""The chat's widgets: transcript bubbles, the prompt with history, quick replies and the plan panel."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TYPE_CHECKING

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Input, Markdown, Static, Tree
from textual.widgets.tree import TreeNode

from ctguide.exporters.rows import MONITOR_ONLY, baseline_measured, baseline_text, targets_text
from ctguide.guidetext import BADGES, LEVEL_WORDS, NOT_WRITTEN, STAGES, counted
from ctguide.literal import for_markdown

if TYPE_CHECKING:
    from ctguide.knowledge import KnowledgeBase
    from ctguide.plan import Plan


class Transcript(VerticalScroll):
    """The conversation so far, anchored to its end: the newest message stays in view also while a long
    message is still being laid out (scrolling once after the next frame left it one message behind)."""

    follow = True
    """Keep the end in view (False while a bubble grown by `more` is read from its start)."""

    def watch_virtual_size(self) -> None:
        """Anchored only once the conversation is longer than the screen: an anchored container lays out a
        short conversation at its bottom, away from where the welcome has always been."""
        overflowing = self.virtual_size.height > self.scrollable_content_region.height
        if self.follow and overflowing and not self.is_anchored:
            self.anchor()
        elif self.is_anchored and not overflowing:  # emptied for another conversation
            self.anchor(False)

    def add_assistant(
        self, markdown: str, *, problem: bool = False, scroll: bool = True, unfolded: bool = False
    ) -> None:
        """A numbered list shows each item's wording; on narrow screens its details fold away until `more`
        or a click shows them (`unfolded`: they show from the start)."""
        classes = "bubble assistant" + (" problem" if problem else "") + (" -expanded" if unfolded else "")
        self._add(Markdown(markdown, classes=classes), scroll=scroll)

    def add_answer(self, markdown: str, question: list[str]) -> None:
        """The answer to `help`, `show`, `why` or a question, then the open question again in short (its last
        paragraph, the ask): both stay in view at 80×24, the answer scrolling in its own box when it is long."""
        self._add(Markdown(markdown, classes="bubble assistant -answer"), AskedAgain(question))

    def _add(self, *bubbles: Widget, scroll: bool = True) -> None:
        for held in self.query(
            ".-answer"
        ):  # only the newest answer is held to a height: older ones read whole
            held.remove_class("-answer")
        self.mount(*bubbles)
        if scroll:
            self.follow = True
            self.scroll_end(animate=False)

    def expand_last(self) -> None:
        bubbles = [b for b in self.query(".bubble.assistant") if not b.has_class("problem")]
        if bubbles and isinstance(bubbles[-1], AskedAgain):
            self.read_from_top(bubbles[-1], bubbles[-1].unfold())
        elif bubbles:
            bubbles[-1].add_class("-expanded")
            self.read_from_top(bubbles[-1])

    def read_from_top(self, bubble: Widget, growing: Awaitable[None] | None = None) -> None:
        """A bubble that grew (`more`) is read from its start, once it has grown: the end no longer holds the
        view until the next message comes."""
        self.follow = False
        self.anchor(False)

        async def scroll() -> None:
            if growing is not None:
                await growing
            self.call_after_refresh(self.scroll_to_widget, bubble, top=True, animate=False)

        self.run_worker(scroll(), exit_on_error=False)

    def on_click(self, event: events.Click) -> None:
        bubble = (
            next((w for w in event.widget.ancestors_with_self if w.has_class("bubble")), None)
            if event.widget
            else None
        )
        if isinstance(bubble, AskedAgain) and bubble.folded:
            self.read_from_top(bubble, bubble.unfold())
        elif bubble is not None and bubble.has_class("assistant"):
            bubble.toggle_class("-expanded")

    def add_user(self, text: str, *, scroll: bool = True) -> None:
        """User text is shown literally: markup, escape codes and emoji never restyle the screen."""
        self._add(Static(Text(text), classes="bubble user"), scroll=scroll)


MORE_OF_IT = "*(`more` or a click shows the whole question again)*"


class AskedAgain(Markdown):
    """The open question after the answer to a command: its ask, and the whole of it on `more` or a click."""

    def __init__(self, question: list[str]) -> None:
        self.whole = "\n\n".join(question)
        self.folded = len(question) > 1
        short = f"{question[-1]}\n\n{MORE_OF_IT}" if self.folded else self.whole
        super().__init__(short, classes="bubble assistant again")

    def unfold(self) -> Awaitable[None] | None:
        """The whole question in place of its ask; what to await until it is laid out."""
        if not self.folded:
            return None
        self.folded = False
        self.add_class("-expanded")
        return self.update(self.whole)


def opening_bubble(markdown: str) -> Markdown:
    """The engine's first words (ctguide.guidetext.OPENING), shown before the engine itself has loaded."""
    return Markdown(markdown, classes="bubble assistant opening")


def note_bubble(text: str) -> Static:
    """A plain status line (a Static: Markdown mounted during start-up can stall Textual's exit)."""
    return Static(Text(text), classes="bubble assistant note")


class Prompt(Input):
    """The input line, with the history of what was typed (up and down arrows)."""

    BINDINGS = [
        Binding("up", "history(-1)", "Previous", show=False),
        Binding("down", "history(1)", "Next", show=False),
        Binding("tab", "to_replies", "Replies", show=False),
    ]

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.history: list[str] = []
        self._position = 0

    def remember(self, text: str) -> None:
        if text and (not self.history or self.history[-1] != text):
            self.history.append(text)
        self._position = len(self.history)

    def action_history(self, step: int) -> None:
        if not self.history:
            return
        self._position = max(0, min(len(self.history), self._position + step))
        self.value = self.history[self._position] if self._position < len(self.history) else ""
        self.cursor_position = len(self.value)

    def action_to_replies(self) -> None:
        """Tab goes to the quick replies (when there are any), not to whatever widget comes next."""
        replies = self.screen.query(QuickReplies)
        if replies and replies.first().display:
            replies.first().focus()
        else:
            self.screen.focus_next()


def prompt_hint(example: str | None, width: int) -> tuple[str, bool]:
    """The prompt's grey hint, cut after a word with '…' when the example is wider than the prompt (`width` 0:
    not laid out yet); True when it was cut, so that the example can be shown whole elsewhere."""
    if not example:
        return "Type a reply, or help", False
    hint = f"e.g. {example}"
    if width <= 0 or len(hint) <= width:
        return hint, False
    cut = hint[: max(width - 1, 10)].rsplit(" ", 1)[0].rstrip(" ,;:")
    return f"{cut}…", True


LETTERS = "abcdefghijklmnopqrstuvwxyz"
ALWAYS_THERE = frozenset({"help", "why", "back", "show", "undo"})
"""Commands that can be typed at any time: listing them under every question costs four lines at 80×24."""


def reply_keys(replies: list[str], numbered: int = 0) -> list[str]:
    """The key that picks each reply: the first `numbered` replies are items of the numbered list above them
    and take its numbers (as typing the number does); a reply that is a digit is its own key (shown once,
    never “b 2”); every other reply gets the next letter."""
    letters = iter(LETTERS)
    return [
        str(index + 1)
        if index < min(numbered, 9)
        else r
        if len(r) == 1 and r in "123456789"
        else next(letters, "")
        for index, r in enumerate(replies)
    ]


def pack(widths: list[int], width: int, gap: int = 2) -> list[list[int]]:
    """Items left to right, as many to a line as fit in `width` cells (an item wider than a line gets one alone)."""
    lines: list[list[int]] = []
    used = 0
    for index, cells in enumerate(widths):
        if lines and used + gap + cells <= width:
            lines[-1].append(index)
            used += gap + cells
        else:
            lines.append([index])
            used = cells
    return lines


class QuickReplies(Widget, can_focus=True):
    """The valid next replies (the anytime commands left out), as many to a line as fit, so that a projector at
    80×24 shows them all: click one, or Tab from the prompt and press its key (a letter, or the reply's own
    digit), or move with the arrow keys and press Enter."""

    BINDINGS = [
        Binding("left,up", "move(-1)", "Previous", show=False),
        Binding("right,down", "move(1)", "Next", show=False),
        Binding("enter", "choose", "Choose", show=False),
    ]
    GAP = 2
    cursor: reactive[int] = reactive(0)

    class Chosen(Message):
        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.replies: list[str] = []
        self.keys: list[str] = []

    def show(self, replies: list[str], numbered: int = 0) -> None:
        self.replies = [r for r in replies if r.lower() not in ALWAYS_THERE]
        self.keys = reply_keys(self.replies, numbered)
        self.cursor = 0
        self.display = bool(self.replies)
        self.refresh(layout=True)

    def labels(self) -> list[Text]:
        """Each reply as shown: its key in bold before it (a digit reply is its own key, shown once)."""
        return [
            Text(text, style="bold") if key == text else Text.assemble((f"{key} ", "bold"), text)
            for key, text in zip(self.keys, self.replies, strict=True)
        ]

    def _lines(self, width: int) -> list[list[int]]:
        return pack([label.cell_len for label in self.labels()], max(width, 1), self.GAP)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._lines(width))

    def render(self) -> Text:
        labels = self.labels()
        shown = Text(no_wrap=True, overflow="ellipsis")
        for number, line in enumerate(self._lines(self.size.width)):
            if number:
                shown.append("\n")
            for place, index in enumerate(line):
                if place:
                    shown.append(" " * self.GAP)
                label = labels[index]
                if self.has_focus and index == self.cursor:
                    label.stylize("reverse")
                shown.append_text(label)
        return shown

    def reply_at(self, x: int, y: int) -> int | None:
        """The reply under a point of the content area, if any."""
        lines = self._lines(self.size.width)
        if not 0 <= y < len(lines):
            return None
        labels = self.labels()
        left = 0
        for index in lines[y]:
            right = left + labels[index].cell_len
            if left <= x < right:
                return index
            left = right + self.GAP
        return None

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        index = self.reply_at(offset.x, offset.y) if offset is not None else None
        if index is not None:
            event.stop()
            self.post_message(self.Chosen(self.replies[index]))

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def action_move(self, step: int) -> None:
        if self.replies:
            self.cursor = (self.cursor + step) % len(self.replies)

    def action_choose(self) -> None:
        if self.replies:
            self.post_message(self.Chosen(self.replies[self.cursor]))

    def on_key(self, event: events.Key) -> None:
        character = (event.character or "").lower()
        if character and character in self.keys:
            event.stop()
            self.post_message(self.Chosen(self.replies[self.keys.index(character)]))


class Progress(Static):
    """Where the user is in the flow: every stage (wrapped) beside the chat; on a narrow screen (a projector's
    80 columns, where the plan takes the whole screen) one line around the current stage, so that the plan
    keeps its rows."""

    stage: reactive[str] = reactive("profile", layout=True)

    def show(self, stage: str) -> None:
        self.stage = stage

    def render(self) -> Text:
        return progress_line(self.stage, self.size.width if self.screen.has_class("-narrow") else 0)


def progress_line(stage: str, width: int) -> Text:
    """Every stage, or (`width` > 0) those around `stage` that fit in `width` cells, '…' for the rest."""
    names = [name for name, _ in STAGES] + ["done"]
    current = names.index(stage) if stage in names else 0
    first, last = 0, len(names) - 1
    while _stages(names, current, first, last).cell_len > width > 0 and last > first:
        if last - current >= current - first and last > current:
            last -= 1
        else:
            first += 1
    return _stages(names, current, first, last)


def _stages(names: list[str], current: int, first: int, last: int) -> Text:
    line = Text("…" if first > 0 else "", style="dim")
    for index in range(first, last + 1):
        style = "bold reverse" if index == current else ("dim" if index > current else "")
        line.append(f" {names[index]} ", style=style)
        if index < len(names) - 1:
            line.append("›", style="dim")
    if last < len(names) - 1:
        line.append("…", style="dim")
    return line


class _LastReview:
    """The review of the plan last shown: the tree and the details share it, and a turn that leaves the plan as
    it was (`help`, `show`, a refused answer) does not review it again; a review with its fit reading is the
    slowest thing a turn does (benchmarks/review_wait.py)."""

    def __init__(self) -> None:
        self._last: tuple[object, Plan, list] | None = None

    def __call__(self, plan: Plan, kb: KnowledgeBase | None) -> list:
        from ctguide.smart import review_plan

        if self._last is not None and self._last[0] is kb and self._last[1] == plan:
            return self._last[2]
        findings = review_plan(plan, kb)
        self._last = (kb, plan, findings)
        return findings


reviewed = _LastReview()


class PlanTree(Tree[str]):
    """The plan as it grows: pillar → area → results → indicators, each with a SMART badge."""

    class TypedAway(Message):
        """A printable key pressed on the plan: meant for the prompt."""

        def __init__(self, character: str) -> None:
            super().__init__()
            self.character = character

    def on_key(self, event: events.Key) -> None:
        if event.is_printable and event.character and event.character != " ":
            event.stop()
            event.prevent_default()
            self.post_message(self.TypedAway(event.character))

    def show_untitled(self, title: str | None = None) -> None:
        """The plan before it has any results: its title, if it has one yet."""
        self.clear()
        self.root.expand()
        self.root.set_label(Text(title or "Plan: no title yet"))

    def show(self, kb: KnowledgeBase, plan: Plan | None, title: str | None = None) -> None:
        if plan is None:
            self.show_untitled(title)
            return
        self.clear()
        self.root.expand()
        self.root.set_label(Text(plan.profile.title))
        from ctguide.smart import worst_severity

        worst = worst_severity(reviewed(plan, kb))
        if plan.goal is not None:
            goal = self.root.add(Text.assemble(("Goal ", "bold"), plan.goal.statement), expand=True,
                                 data=f"result:{plan.goal.id}")  # fmt: skip
            self._indicators(goal, plan, plan.goal.id, worst)
        for pillar in kb.pillars:
            blocks = [b for b in plan.results_chain if b.pillar == pillar.id]
            if not blocks:
                continue
            pillar_node = self.root.add(Text(pillar.name, style="bold"), expand=True)
            for block in blocks:
                name = kb.area_by_id[block.area].name if block.area in kb.area_by_id else block.area
                area_node = pillar_node.add(Text(name), expand=True)
                for kind, statement in block.results():
                    result_node = area_node.add(
                        result_label(kind, statement.id, statement.statement),
                        expand=True,
                        data=f"result:{statement.id}",
                    )
                    self._indicators(result_node, plan, statement.id, worst)

    @staticmethod
    def _indicators(node: TreeNode[str], plan: Plan, result: str, worst: dict) -> None:
        measured = [i for i in plan.indicators if i.result == result]
        node.allow_expand = bool(measured)
        for indicator in measured:
            node.add_leaf(
                Text(f"{BADGES[worst.get(indicator.id)]} {indicator.id} {indicator.statement}"),
                data=f"indicator:{indicator.id}",
            )


def result_label(kind: str, ident: str, statement: str) -> Text:
    """'Outcome SHL-OC1 Residents are safe…' ('Objective not written yet' until it is chosen): the level in words
    for a newcomer, the id the conversation uses for it (an objective is one per area and needs none)."""
    from ctguide.drafting import TO_BE_SET

    shown = "" if kind == "objective" else f" {ident}"
    if statement == TO_BE_SET:
        return Text.assemble((LEVEL_WORDS.get(kind, kind), "bold"), shown, (f" {NOT_WRITTEN}", "italic dim"))
    return Text.assemble((LEVEL_WORDS.get(kind, kind), "bold"), shown, f" {statement}")


def result_details(plan: Plan, result_id: str) -> str:
    """Markdown for a selected goal, objective, outcome or output: its full wording (the tree cuts long
    lines), its assumptions and how many indicators measure it."""
    found = [("goal", plan.goal)] if plan.goal is not None and plan.goal.id == result_id else []
    found += [(kind, s) for block in plan.results_chain for kind, s in block.results() if s.id == result_id]
    if not found:
        return ""
    from ctguide.drafting import TO_BE_SET

    kind, statement = found[0]
    md = for_markdown
    measured = sum(1 for i in plan.indicators if i.result == result_id)
    wording = f"*{NOT_WRITTEN}*" if statement.statement == TO_BE_SET else md(statement.statement)
    lines = [f"**{LEVEL_WORDS.get(kind, kind)}** {md(statement.id)}: {wording}", "",
             f"- {counted(measured, 'indicator')}"]  # fmt: skip
    lines += [f"- assumption: {md(a)}" for a in statement.assumptions] or ["- no assumptions recorded yet"]
    return "\n".join(lines)


def frequency_label(code: str, kb: KnowledgeBase | None) -> str:
    """'baseline_endline' -> 'baseline and endline': the knowledge base's name, else the code in words."""
    known = kb.catalogue["frequencies"].get(code) if kb is not None else None
    name = known.name if known is not None else code.replace("_", " ")
    return name[:1].lower() + name[1:]


def breakdown_label(code: str, kb: KnowledgeBase | None) -> str:
    """'SEX' -> 'sex / gender': the knowledge base's name of a breakdown, else its code."""
    known = kb.catalogue["disaggregation"].get(code) if kb is not None else None
    return known.name[:1].lower() + known.name[1:] if known is not None else code


def indicator_details(plan: Plan, indicator_id: str, kb: KnowledgeBase | None = None) -> str:
    """Markdown for the selected indicator: its open findings first (at 80×24 the fields below them may need
    scrolling, the findings the badge points to must not), then its main fields in words, never raw codes."""
    indicator = next((i for i in plan.indicators if i.id == indicator_id), None)
    if indicator is None:
        return ""
    findings = [f for f in reviewed(plan, kb) if f.indicator == indicator_id]
    md = for_markdown
    lines = [f"**{md(indicator.id)}** {md(indicator.statement)}", ""]
    if findings:
        lines += [
            f"- {BADGES.get(f.severity, 'ℹ')} {f.rule} {md(f.message)} *Fix:* {md(f.fix)}" for f in findings
        ]
    else:
        lines += ["✔ No findings."]
    breakdown = ", ".join(breakdown_label(d.code, kb) for d in indicator.disaggregation) or "none"
    lines += ["", f"- {indicator.level}; {indicator.unit}; direction: {MONITOR_ONLY if indicator.monitor_only else indicator.direction}",
              f"- baseline: {md(baseline_text(indicator) + baseline_measured(indicator))}",
              f"- target: {md(targets_text(indicator))}",
              f"- data: {md(indicator.means_of_verification)} ({md(frequency_label(indicator.frequency, kb))}); {md(indicator.responsible)}",
              f"- breakdown: {md(breakdown)}"]  # fmt: skip
    return "\n".join(lines)
