"""Words the assistant uses to explain itself: the stages of the flow and the anytime commands.

Kept free of imports so that the app's first screen can show them without loading the engine.
"""

STAGES = (
    ("profile", "the project: title, organisation, countries, dates, target groups, donor"),
    ("describe", "what the project does, in your own words"),
    ("areas", "the intervention areas that fit, under the four pillars"),
    ("objective", "each area's objective"),
    ("results", "its outcomes (changes) and outputs (what you deliver)"),
    ("indicators", "2-5 suggested indicators per result: pick, reword, or write your own"),
    (
        "refine",
        "make each indicator SMART: wording, unit, baseline, target, data source, frequency, breakdown",
    ),
    ("ethics", "safeguards whenever data come from or about victims"),
    ("review", "the plan checked as a whole, then written"),
)

COMMAND_HELP = (
    "`help` this list · `why` why I ask this · `back` undo the last step (as often as you like) · "
    "`skip` skip an optional question · `show` the plan so far · `edit <part>` change an earlier answer "
    "(title, dates, areas, objective <area>, results <area>, SHL-01, SHL-01 wording, SHL-01 baseline…) · "
    "`keep the rest` accept the suggested values for this indicator · `restart` · `save` · `quit`"
)

KEEP_REST = "keep the rest"
COMMANDS = ("help", "why", "back", "undo", "skip", "show", "edit", "restart", "save", "quit", KEEP_REST)
"""Everything the user can type at any point of the conversation."""

BADGES = {"error": "✖", "warning": "⚠", None: "✔"}
"""The SMART badge of an indicator by its most serious finding (None: nothing to fix)."""
