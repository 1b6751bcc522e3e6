"""The fit question: when the review's fit rule (R4) warns about an indicator the user picked or wrote, the user
decides: keep it (noted in the plan), replace it with the closest knowledge indicators for the result, move it to
the result of the plan it fits (the goal, as context, for a population-wide figure), or drop it; for another
field's measure, whether it counts trafficking survivors. Each turn both ways."""

import pytest

from ctguide.dialog import replay, reply
from ctguide.dialog.review import findings_for
from ctguide.knowledge import load_knowledge
from ctguide.plan import plan_to_data, validate_plan
from ctguide.smart import has_errors, review_plan
from tests.dialog.invariants import problems

KB = load_knowledge()
SHELTER = ["Safe Return", "NGO X", "Moldova", "2027-01 to 2028-12", "women", "skip", "skip",
           "we run a shelter for women survivors in Chisinau and help them find work", "1", "keep", "skip", "keep",
           "skip", "none", "all"]  # fmt: skip
MISPLACED = "Number of police officers trained on victim identification"
OTHER_FIELD = "% of women screened for HIV in the district"
POPULATION = "Number of people per 100,000 population identified as victims"


def _own(statement, base=SHELTER):
    turn = replay(KB, base)
    assert turn.session.key == "indicators.SHL-OC1"
    return reply(KB, turn.session, statement)


def _draft(turn, draft_id):
    return next(d for _, _, d in turn.session.answers.drafts() if d.id == draft_id)


def _fit_warnings(turn, draft_id):
    return [
        f
        for f in findings_for(KB, turn.session.answers, draft_id)
        if f.rule == "R4" and f.severity == "warning"
    ]


def test_an_indicator_that_reads_as_another_areas_asks_whether_it_shows_the_change():
    turn = _own(MISPLACED)
    assert turn.session.key == "refine.SHL-OC1-X1.relevance"
    said = "\n".join(turn.say)
    assert f"Does **SHL-OC1-X1** “{MISPLACED}” show the change in SHL-OC1 “Residents are safe" in said
    assert "law-enforcement training" in said
    listed = [line for line in turn.say if line[:1].isdigit()]
    assert listed[0].startswith("1. keep") and listed[1].startswith("2. replace it with SHL-0")
    assert turn.numbered == len(listed) and "drop" in turn.options


@pytest.mark.parametrize("statement", ["% of residents who report feeling safe at exit in the reporting quarter",
                                       "% of residents who leave to a safe, stable living arrangement in the reporting quarter"])  # fmt: skip
def test_an_indicator_that_fits_its_result_is_not_asked_about(statement):
    turn = _own(statement)
    assert turn.problem is None and not turn.session.key.endswith(".relevance")


def test_a_knowledge_indicator_of_the_result_itself_is_never_asked_about():
    turn = _own("1")
    assert not turn.session.key.endswith(".relevance")


def test_keep_notes_the_users_word_in_the_plan_and_goes_on():
    turn = reply(KB, _own(MISPLACED).session, "keep")
    assert turn.problem is None and turn.session.key == "refine.SHL-OC1-X1.unit"
    assert "confirmed it shows the change in SHL-OC1" in _draft(turn, "SHL-OC1-X1").indicator.rationale
    assert "relevance" in _draft(turn, "SHL-OC1-X1").done


def test_replace_puts_the_chosen_knowledge_indicator_in_its_place():
    asked = _own(MISPLACED)
    chosen = (
        next(line for line in asked.say if line.startswith("2. "))
        .split(" “")[0]
        .removeprefix("2. replace it with ")
    )
    turn = reply(KB, asked.session, "2")
    assert turn.problem is None and turn.say[0] == f"Replaced SHL-OC1-X1 with {chosen}."
    result = turn.session.answers.result("shelter", "SHL-OC1")
    assert [d.id for d in result.drafts] == [chosen] and result.drafts[0].indicator.kb_id == chosen


def test_move_files_it_under_the_result_of_the_plan_it_fits_and_asks_again_for_this_one():
    turn = replay(KB, ["Safe Return", "NGO X", "Moldova", "2027-01 to 2028-12", "women", "skip", "skip",
                       "we run a shelter for women survivors and a national hotline", "2 1"])  # fmt: skip
    for _ in range(300):
        if turn.session.key == "indicators.SHL-OC1":
            break
        turn = reply(KB, turn.session, turn.example or turn.options[0])
    asked = reply(KB, turn.session, "Number of calls received by the national hotline")
    assert asked.session.key == "refine.SHL-OC1-X1.relevance"
    move = next(line for line in asked.say if "move it to HOT-OP1" in line)
    moved = reply(KB, asked.session, move.split(".")[0])
    assert moved.problem is None and "Moved SHL-OC1-X1 to HOT-OP1 as HOT-OP1-X1." in moved.say[0]
    indicator = next(i for i in moved.session.plan.indicators if i.id == "HOT-OP1-X1")
    assert indicator.result == "HOT-OP1" and indicator.area == "hotline_helpline"
    assert _fit_warnings(moved, "HOT-OP1-X1") == []
    assert (
        moved.session.answers.result("shelter", "SHL-OC1").drafts is None
    )  # its indicators are chosen again
    assert reply(KB, moved.session, "back").session == asked.session


def test_a_population_wide_figure_can_move_to_the_goal_as_context():
    asked = _own(POPULATION)
    line = next(line for line in asked.say if "move it to the goal" in line)
    turn = reply(KB, asked.session, line.split(".")[0])
    indicator = next(i for i in turn.session.plan.indicators if i.statement == POPULATION)
    assert indicator.result == turn.session.plan.goal.id and indicator.level == "impact"
    assert indicator.attributable is False


def test_another_fields_measure_asks_whether_it_counts_trafficking_survivors():
    asked = _own(OTHER_FIELD)
    said = "\n".join(asked.say)
    assert "measures HIV" in said and "Does it count trafficking survivors?" in said
    assert next(line for line in asked.say if line[:1].isdigit()).startswith("1. yes")
    turn = reply(KB, asked.session, "yes")
    statement = _draft(turn, "SHL-OC1-X1").indicator.statement
    assert statement == f"{OTHER_FIELD} among survivors of trafficking"
    assert not any(f.message.find("measures HIV") >= 0 for f in _fit_warnings(turn, "SHL-OC1-X1"))
    if _fit_warnings(
        turn, "SHL-OC1-X1"
    ):  # now about survivors, it may read as another area's: asked once more
        assert turn.session.key == "refine.SHL-OC1-X1.relevance" and "Does **SHL-OC1-X1**" in "\n".join(
            turn.say
        )
    refused = reply(KB, asked.session, "no")
    assert refused.problem and "measures HIV" in refused.problem and refused.session == asked.session
    kept = reply(KB, asked.session, str(len([line for line in asked.say if line[:1].isdigit()])))
    assert (
        _draft(kept, "SHL-OC1-X1").indicator.statement == OTHER_FIELD
        and "relevance" in _draft(kept, "SHL-OC1-X1").done
    )


def test_drop_leaves_it_out():
    turn = reply(KB, _own(MISPLACED).session, "drop")
    assert turn.say[0].startswith("Dropped SHL-OC1-X1.")
    assert turn.session.answers.result("shelter", "SHL-OC1").drafts == ()


@pytest.mark.parametrize("text", ["keep the rest", "9", "1 2", "maybe"])
def test_the_fit_question_refuses_what_is_no_choice(text):
    asked = _own(MISPLACED)
    turn = reply(KB, asked.session, text)
    assert turn.problem and turn.session == asked.session


def test_back_undoes_each_choice():
    asked = _own(MISPLACED)
    for text in ("keep", "2", "drop"):
        assert reply(KB, reply(KB, asked.session, text).session, "back").session == asked.session


def test_the_review_says_when_the_user_kept_an_indicator_it_doubts():
    turn = reply(KB, _own(MISPLACED).session, "keep")
    for _ in range(300):
        if turn.session.key == "review":
            break
        turn = reply(KB, turn.session, turn.example or turn.options[0])
    doubted = next(
        line for line in turn.say if line.startswith("- ⚠ SHL-OC1-X1: This indicator does not seem")
    )
    assert doubted.endswith("You said it does; the plan notes it, and a reviewer may still ask.")


@pytest.mark.parametrize("statement", [MISPLACED, OTHER_FIELD, POPULATION])
@pytest.mark.parametrize("choice", ["1", "2", "3", "4", "drop"])
def test_every_choice_leads_on_to_a_sound_plan(statement, choice):
    """No choice loops back to the same question, and every finished plan is valid with no error left."""
    asked = _own(statement)
    turn = reply(KB, asked.session, choice)
    if turn.problem:
        assert int(choice) > asked.numbered
        return
    seen = 0
    for _ in range(400):
        if turn.session.done:
            break
        seen += turn.session.key == asked.session.key
        turn = reply(KB, turn.session, turn.example or turn.options[0])
    reworded = statement == OTHER_FIELD and choice == "1"  # 'yes': the new wording is checked once more
    assert turn.session.done and seen <= (1 if reworded else 0)
    assert validate_plan(plan_to_data(turn.session.plan)) == []
    assert not has_errors(review_plan(turn.session.plan)) and problems(KB, turn.session.answers) == []


YES_WORDS = ["yes", "Sí", "oui", "sim"]  # English, Spanish, French, Portuguese
NO_WORDS = ["no", "No", "non", "não"]


@pytest.mark.parametrize("text", YES_WORDS)
def test_yes_in_four_languages_keeps_an_indicator_the_review_doubts(text):
    turn = reply(KB, _own(MISPLACED).session, text)
    assert turn.problem is None and turn.session.key == "refine.SHL-OC1-X1.unit"
    assert "confirmed it shows the change in SHL-OC1" in _draft(turn, "SHL-OC1-X1").indicator.rationale


@pytest.mark.parametrize("text", NO_WORDS)
def test_no_in_four_languages_shows_the_replace_and_move_choices_again(text):
    asked = _own(MISPLACED)
    turn = reply(KB, asked.session, text)
    assert turn.session == asked.session
    assert turn.problem and "`2` to replace it with SHL-0" in turn.problem and "`drop`" in turn.problem
    assert "keep" not in turn.problem


@pytest.mark.parametrize("text", YES_WORDS)
def test_yes_in_four_languages_says_another_fields_measure_counts_survivors(text):
    turn = reply(KB, _own(OTHER_FIELD).session, text)
    assert turn.problem is None
    assert _draft(turn, "SHL-OC1-X1").indicator.statement.startswith(OTHER_FIELD + " ")


@pytest.mark.parametrize("text", NO_WORDS)
def test_no_in_four_languages_to_another_fields_measure_says_what_it_measures(text):
    asked = _own(OTHER_FIELD)
    turn = reply(KB, asked.session, text)
    assert turn.problem and "measures HIV" in turn.problem and turn.session == asked.session


def test_keep_to_another_fields_measure_keeps_its_wording():
    turn = reply(KB, _own(OTHER_FIELD).session, "keep")
    assert _draft(turn, "SHL-OC1-X1").indicator.statement == OTHER_FIELD


@pytest.mark.parametrize(
    ("statement", "added"),
    [
        (OTHER_FIELD, " among survivors of trafficking"),
        ("% de mujeres con prueba de VIH en el distrito", " entre sobrevivientes de trata de personas"),
        (
            "% de femmes dépistées pour le VIH dans le district",
            " parmi les personnes survivantes de la traite",
        ),
        ("% de mulheres testadas para HIV no distrito", " entre sobreviventes de tráfico de pessoas"),
    ],
    ids=["en", "es", "fr", "pt"],
)
def test_saying_another_fields_measure_counts_survivors_words_it_in_the_statements_language(statement, added):
    asked = _own(statement)
    assert any(f"“{statement}{added}”" in line for line in asked.say if line.startswith("1. yes"))
    turn = reply(KB, asked.session, "1")
    assert _draft(turn, "SHL-OC1-X1").indicator.statement == statement + added
    assert _draft(turn, "SHL-OC1-X1").template.endswith(added)
