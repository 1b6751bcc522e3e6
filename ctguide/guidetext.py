"""Words the assistant uses to explain itself: its opening, the stages of the flow and the anytime commands.

Kept free of imports so that the app's first screen can show them without loading the engine.
"""

WELCOME = (
    "Welcome. I'll help you design performance indicators for a counter-trafficking project and write "
    "them into a plan you can share. It takes 15–30 minutes; everything is saved as we go, and `back` "
    "undoes any step. `help` lists what you can say at any time."
)
TITLE_QUESTION = "What is the project called?"
TITLE_EXAMPLE = "Safe Journeys"
OPENING = (WELCOME, TITLE_QUESTION)
"""What the engine says first (the welcome, then the title question): the app shows it while the engine loads."""

STAGES = (
    (
        "profile",
        "the project: title, organisation, countries, dates, target groups, donor, the problem it addresses",
    ),
    ("describe", "what the project does, in your own words"),
    (
        "areas",
        "the intervention areas that fit, each under the pillar your text implies; where I am not sure, "
        "you choose which area leads and which pillar an area sits under",
    ),
    ("goal", "the project goal (impact) and its context indicators"),
    ("objective", "each area's objective, and its own indicators where the knowledge base has them"),
    ("results", "its outcomes (changes) and outputs (what you deliver); add your own"),
    ("indicators", "each result's own suggested indicators first: pick, reword, or write your own"),
    (
        "refine",
        "each indicator in M&E order: whether it shows its result's change, wording, definitions, data source, "
        "breakdown, ethics, baseline, "
        "target (or monitor only), frequency, who is responsible",
    ),
    ("ethics", "safeguards whenever data come from or about victims, shown before they are attached"),
    ("assumptions", "what must hold outside the project for each result to lead to the next level"),
    ("review", "the plan checked as a whole, then written"),
)

COMMAND_HELP = "\n".join(
    (
        "- `help`: this list",
        "- `why`: the reason behind the question",
        "- `back`: undo the last step (as often as you like)",
        "- `skip`: leave out an optional question",
        "- `show`: the plan so far",
        "- `edit <part>`: change an earlier answer, e.g. `edit dates`, `edit areas`, `edit results shelter`, "
        "`edit SHL-01 baseline`",
        "- `keep the rest`: take the suggested values for this indicator",
        "- `restart`: a new conversation (this one stays saved); `save`, `quit`",
        "- or ask a question, e.g. `what is a baseline?`",
    )
)  # one a line, the command first: a run-on paragraph at 80 columns read 'why why I ask this'


KEEP_REST = "keep the rest"
COMMANDS = ("help", "why", "back", "undo", "skip", "show", "edit", "restart", "save", "quit", KEEP_REST)
"""Everything the user can type at any point of the conversation."""

PILLAR_GLOSS = {
    "prevention": "work with people at risk, before harm is done",
    "protection": "support for survivors",
    "prosecution": "the justice response to traffickers",
    "partnership": "coordination and cooperation between actors",
}
"""Each pillar in a few words, for a choice between pillars."""

LEVEL_WORDS = {"goal": "Goal", "objective": "Objective", "outcome": "Outcome", "output": "Output"}
NOT_WRITTEN = "not written yet"
"""What the plan panel and `show` say for a statement still to be written (the plan file says '(to be set)')."""

BADGES = {"error": "✖", "warning": "⚠", None: "✔"}
"""The SMART badge of an indicator by its most serious finding (None: nothing to fix)."""


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """'1 area', '3 areas', '0 indicators': a count with its noun in the right number."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"
