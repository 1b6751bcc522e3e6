"""How people answer: periods as a length and a start, not-known-yet baselines, groups with 'and'
inside, numbers for quantities, profile answers for who/where/when, questions asked back."""

import datetime as dt
import re

import pytest

from ctguide.dialog import replay, reply
from ctguide.dialog.areas import as_typed
from ctguide.dialog.asking import answer, is_question
from ctguide.dialog.indicators import read_choices
from ctguide.knowledge import load_knowledge
from ctguide.parsing import Unclear, date_in, is_tbd, parse_breakdown, parse_groups, parse_period
from ctguide.placeholders import kind_of
from ctguide.yamlio import load_yaml
from tests.conftest import DATA

KB = load_knowledge()
D = dt.date


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [("3 years from 2026", D(2026, 1, 1), D(2028, 12, 31)),
     ("36 months starting July 2027", D(2027, 7, 1), D(2030, 6, 30)),
     ("two years starting jan 2027", D(2027, 1, 1), D(2028, 12, 31)),
     ("from 2027-01 for 24 months", D(2027, 1, 1), D(2028, 12, 31)),
     ("18 months from 2027-03", D(2027, 3, 1), D(2028, 8, 31)),
     ("jan 2027 - dec 2028", D(2027, 1, 1), D(2028, 12, 31))],
)  # fmt: skip
def test_periods_as_a_length_and_a_start(text, start, end):
    assert parse_period(text) == (start, end)


@pytest.mark.parametrize("text", ["3 years", "36 months starting whenever", "20 years from 2027"])
def test_periods_that_cannot_be_read_say_so(text):
    with pytest.raises(Unclear):
        parse_period(text)


@pytest.mark.parametrize(
    ("text", "unknown"),
    [("we don't know yet, will measure at intake", True), ("not known", True), ("no data yet", True),
     ("to be measured in the first quarter", True), ("tbd", True), ("unknown", True),
     ("35, 2026-10, case files", False), ("0", False), ("12%", False)],
)  # fmt: skip
def test_unknown_baseline_phrasings_mean_tbd(text, unknown):
    assert is_tbd(text) is unknown


def test_a_date_inside_a_sentence_is_found():
    assert date_in("we will measure it at intake by March 2027") == D(2027, 3, 31)
    assert date_in("not yet") is None


@pytest.mark.parametrize(
    ("text", "countries", "regions"),
    [
        ("moldova + transnistria", ("Moldova",), ("Transnistria",)),
        ("Moldova and Transnistria (Chisinau)", ("Moldova",), ("Transnistria", "Chisinau")),
        ("Georgia, Abkhazia", ("Georgia",), ("Abkhazia",)),
        ("Nepal + India", ("Nepal", "India"), ()),
        ("Transnistria", ("Transnistria",), ()),  # alone it stays as written: the user named no country
        ("Moldova, Romania", ("Moldova", "Romania"), ()),
    ],
)
def test_a_region_named_beside_its_country_is_a_region_not_a_second_country(text, countries, regions):
    session = replay(KB, ["Title", "Org"]).session
    turn = reply(KB, session, text)
    assert (turn.session.answers.countries, turn.session.answers.regions) == (countries, regions)


def test_commas_not_and_separate_groups():
    assert parse_groups("women and girls returned from trafficking, their children") == (
        "women and girls returned from trafficking",
        "their children",
    )
    assert parse_groups("teachers; parents") == ("teachers", "parents")


@pytest.mark.parametrize(
    ("text", "picks", "edits"),
    [("2 4, edit 3", (1, 2, 3), {2}), ("edit 1", (0,), {0}), ("1 3", (0, 2), set()),
     ("1, edit 2 3", (0, 1, 2), {1, 2}), ("1 and 2", (0, 1), set())],
)  # fmt: skip
def test_picks_and_edits_combine(text, picks, edits):
    assert read_choices(text, 5) == (picks, frozenset(edits))


@pytest.mark.parametrize("text", ["some words", "edit", "all"])
def test_text_is_not_a_choice(text):
    assert read_choices(text, 5) is None


@pytest.mark.parametrize(
    ("placeholder", "example", "kind"),
    [("[target group]", "women aged 18-35 considering work abroad", "who"), ("[audience]", "adult men", "who"),
     ("[district]", "the three target districts", "where"), ("[country]", "Moldova", "where"),
     ("[period]", "the quarter", "when"), ("[survey round]", "endline", "when"),
     ("[N]", "3", "quantity"), ("[M]", "five", "quantity"), ("[threshold]", "the cut-off agreed before baseline", "quantity"),
     ("[follow-up period]", "three months", "quantity"), ("[the FIU]", "the national Financial Intelligence Unit", "other")],
)  # fmt: skip
def test_placeholder_kinds(placeholder, example, kind):
    assert kind_of(placeholder, example) == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [("why is vocational training under prevention?", "Economic empowerment"), ("what is an outcome?", "**Outcome**"),
     ("what is a baseline?", "**Baseline**")],
)  # fmt: skip
def test_questions_get_answers_from_the_knowledge_base(text, expected):
    assert is_question(text)
    assert expected in answer(KB, text, "fallback")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("what is SDG 10.7.1?", "I don't have “SDG 10.7.1” in the glossary."),
     ("what does debt bondage mean?", "I don't have “debt bondage” in the glossary. It is one of the words of the area"),
     ("o que é uma linha de base?", "I don't have “linha de base” in the glossary."),  # not 'base', the denominator
     ("qu'est-ce que le travail forcé ?", "**Forced labour**"), ("qué es una línea de base?", "**Baseline**"),
     ("what are the SMART criteria?", "**SMART**"), ("what does PIRS stand for?", "**Performance Indicator"),
     ("how do I count victims?", "I can't answer that question here. Why I ask this one: fallback"),  # not 'count'
     ("why do you ask this?", "fallback (I can explain")],
)  # fmt: skip
def test_a_question_is_answered_from_the_glossary_or_plainly_not_known(text, expected):
    said = answer(KB, text, "fallback")
    assert said.startswith(expected), said


@pytest.mark.parametrize("text", ["women survivors", "2027-01 to 2028-12", "?", "tbd", "1 2"])
def test_answers_are_not_questions(text):
    assert not is_question(text)


OPENING = ["Project", "Org", "Nepal (Sindhupalchok)", "2027-01 to 2028-12", "students, teachers", "skip", "skip",
           "vocational training and job placement for young women at risk and survivors"]  # fmt: skip


def test_the_pillar_read_from_the_text_can_be_changed_and_the_plan_keeps_it():
    turn = replay(KB, OPENING)
    assert turn.session.key == "areas"
    listed = next(line for line in turn.say if "Economic empowerment" in line)
    number = listed.split(".")[0]
    assert "also fits" in listed
    other = "protection" if "(Prevention" in listed else "prevention"
    turn = reply(KB, turn.session, f"pillar {number} {other}")
    assert turn.problem is None and f"is now under {other.capitalize()}" in turn.say[0]
    turn = reply(KB, turn.session, number)
    assert turn.session.plan.results_chain[0].pillar == other
    refused = reply(KB, turn.session, "back")
    refused = reply(KB, refused.session, f"pillar {number} prosecution")
    assert refused.problem and "can sit under" in refused.problem


def test_a_question_at_a_step_leaves_the_session_unchanged_and_asks_again():
    turn = replay(KB, OPENING)
    asked = reply(KB, turn.session, "what is an output?")
    assert asked.problem is None and asked.session == turn.session
    assert asked.say[0].startswith("**Output**") and asked.say[1:] == turn.say[-len(asked.say) + 1 :]


def test_a_filled_wording_is_said_once_not_again_in_the_next_header():
    from ctguide.dialog import _said_once

    said = _said_once(
        ["Now it reads: “% of girls in Makwanpur”", "**AWR-10** “% of girls in Makwanpur”", "What next?"]
    )
    assert said == ["Now it reads: “% of girls in Makwanpur”", "**AWR-10**", "What next?"]
    other = ["Now it reads: “% of girls”", "**AWR-11** “Number of sessions”"]
    assert _said_once(other) == other


@pytest.mark.parametrize(
    ("placeholder", "template", "kind"),
    [
        ("[locations]", "Number of [locations] with a child-friendly interview room in use", "other"),
        ("[sites]", "% of [sites] inspected in the year", "other"),
        ("[district]", "% of [target group] in [district] who know two risks", "where"),
        ("[target group]", "% of [target group] in [district] who know two risks", "who"),
    ],
)
def test_a_place_that_is_counted_is_the_unit_not_the_projects_places(placeholder, template, kind):
    assert kind_of(placeholder, None, template) == kind


def _at_first_who_fill():
    turn = replay(KB, ["Project", "Org", "Nepal", "2027-01 to 2028-12", "skip", "skip", "skip",
                       "radio campaign on fake job offers in the border districts", "all"])  # fmt: skip
    for _ in range(200):
        if turn.session.key.endswith(".fill") and "[target group]" in " ".join(turn.say):
            return turn
        turn = reply(KB, turn.session, turn.example or turn.options[0])
    raise AssertionError("no [target group] to fill in 200 replies")


@pytest.mark.parametrize(
    ("value", "refused"), [("A", True), ("0A", True), ("the", True), ("women aged 18-35", False)]
)
def test_a_fill_that_leaves_nobody_counted_is_refused_not_passed_on_to_the_review(value, refused):
    turn = _at_first_who_fill()
    after = reply(KB, turn.session, value)
    if refused:
        assert after.session == turn.session
        assert "does not say who is counted" in after.problem
    else:
        assert after.problem is None and value in after.say[0]


@pytest.mark.parametrize(
    "text",
    ["% de mulheres atendidas que obtiveram autorização de residência em 6 meses",
     "% de mujeres atendidas que obtuvieron un permiso de residencia en 6 meses",
     "Nombre de femmes accompagnées qui ont obtenu un titre de séjour en 6 mois",
     "% of trained inspectors who apply the checklist at their next inspection"],
)  # fmt: skip
def test_an_own_indicator_in_the_users_language_is_taken(text):
    from ctguide.dialog.indicators import read_statement

    assert read_statement(text) == text[0].upper() + text[1:]


@pytest.mark.parametrize("text", ["increase safety by 20% this year", "improve the situation a lot soon"])
def test_an_own_indicator_without_who_is_counted_is_refused(text):
    from ctguide.dialog.indicators import read_statement

    with pytest.raises(Unclear, match="who or what is counted"):
        read_statement(text)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [("janvier 2027 à décembre 2028", D(2027, 1, 1), D(2028, 12, 31)),
     ("mars 2027 à février 2029", D(2027, 3, 1), D(2029, 2, 28)),
     ("janeiro de 2027 a dezembro de 2028", D(2027, 1, 1), D(2028, 12, 31)),
     ("fevereiro 2027 até janeiro 2029", D(2027, 2, 1), D(2029, 1, 31)),
     ("março 2027 a agosto 2028", D(2027, 3, 1), D(2028, 8, 31))],
)  # fmt: skip
def test_periods_in_french_and_portuguese(text, start, end):
    assert parse_period(text) == (start, end)


@pytest.mark.parametrize(
    ("description", "says"), [("help victims", "too thin to tell"), ("hello there", "could not relate")]
)
def test_a_description_too_thin_to_tell_is_answered_as_such_not_refused_as_unrelated(description, says):
    turn = replay(KB, OPENING[:-1])
    answered = reply(KB, turn.session, description)
    assert says in answered.say[0] and answered.session.key == "describe.kind"  # no dead end (ux23 #8)
    assert answered.options[:4] == ["1", "2", "3", "4"] and answered.numbered == 4


SHELTER = [str(a) for a in load_yaml((DATA / "answers" / "shelter.yaml").read_text())["answers"]]
SHELTER_TO_BREAKDOWN = SHELTER[: SHELTER.index("SEX AGE NAT EXP")]
NAMES = {code: entry.name for code, entry in KB.catalogue["disaggregation"].items()}


@pytest.mark.parametrize(
    ("text", "codes"),
    [("SEX AGE NAT EXP", ("SEX", "AGE", "NAT", "EXP")), ("sex and age", ("SEX", "AGE")),
     ("by gender, nationality and form of exploitation", ("SEX", "NAT", "EXP")), ("age bands", ("AGE",)),
     ("Sex / gender", ("SEX",)), ("sex, AGE and destination country", ("SEX", "AGE", "DEST")),
     ("disability; cross-border route", ("DIS", "ROUTE"))],
)  # fmt: skip
def test_breakdowns_by_name_or_code(text, codes):
    assert parse_breakdown(text, NAMES) == codes


@pytest.mark.parametrize(
    ("text", "says"),
    [("country", "could be destination country (DEST); partner country (CTRY)"),
     ("zodiac sign", "I don't know 'zodiac sign' as a breakdown; name one, e.g. sex (SEX); age band (AGE)"), (" , ", "name the breakdowns")],
)  # fmt: skip
def test_a_breakdown_that_is_not_clear_says_what_it_could_be(text, says):
    with pytest.raises(Unclear, match=re.escape(says)):
        parse_breakdown(text, NAMES)


def test_the_breakdown_question_speaks_in_names_and_takes_them():
    turn = replay(KB, SHELTER_TO_BREAKDOWN)
    assert turn.session.key.endswith(".disaggregation")
    asked = "\n".join(turn.say)
    assert "Break it down by: sex (SEX), age band (AGE)" in asked and "by name or code" in asked
    answered = reply(KB, turn.session, "sex and age")
    assert answered.problem is None and "Broken down by sex (SEX), age band (AGE)." in answered.say


@pytest.mark.parametrize(
    ("template", "value", "expected"),
    [
        (
            "% of survivors whose [tool] score rose",
            "the WHO-5 index",
            "% of survivors whose WHO-5 index score rose",
        ),
        (
            "Number of staff at the [site] trained",
            "the Balti shelter",
            "Number of staff at the Balti shelter trained",
        ),
        (
            "% of residents in [country] safe",
            "the Republic of Moldova",
            "% of residents in the Republic of Moldova safe",
        ),
        ("% of [group] reached", "the women who called", "% of the women who called reached"),
        ("% of people whose [tool] score rose", "[other]", "% of people whose [other] score rose"),
    ],
)
def test_an_article_in_a_filled_value_is_not_doubled_by_the_wording(template, value, expected):
    from ctguide.dialog.state import fill_in

    placeholder = re.search(r"\[[^\]]+\]", template).group(0)
    assert fill_in(template, {placeholder: value}) == expected


def test_areas_under_one_pillar_name_it_once_and_each_says_only_where_else_it_fits():
    turn = replay(KB, ["Title", "Org", "Moldova", "2027-01 to 2028-12", "skip", "skip", "skip",
                       "we run a shelter for women survivors and give psychological counselling, and help them go "
                       "home and find work after"])  # fmt: skip
    said = "\n".join(turn.say)
    assert "all under **Protection**" in said
    assert "(Protection)" not in said and "(Protection;" not in said
    assert "(also fits Prevention)" in said  # economic empowerment: where else it could go, still said


def _first_reply(description: str):
    return replay(KB, [*OPENING[:-1], description])


@pytest.mark.parametrize(
    ("description", "not_sure"),
    [("capacity building for stakeholders in the region", True),
     ("strengthening coordination and awareness", True),
     ("we run a shelter for women survivors in Chisinau and help them find work", False),
     ("we run a shelter for women survivors and give psychological counselling", False)],
)  # fmt: skip
def test_the_first_reply_says_not_sure_when_the_reading_is_weak(description, not_sure):
    turn = _first_reply(description)
    assert turn.session.key == (
        "areas.lead" if not_sure else "areas"
    )  # not sure: the user says which area leads
    assert any(line.startswith("**Not sure**") for line in turn.say) is not_sure


def test_two_areas_named_outright_are_a_tie_not_a_doubt():
    turn = _first_reply("we run a shelter for women survivors and give psychological counselling")
    assert turn.session.key == "areas"
    assert (
        "The first areas fit your words about equally well: keep every one that applies, the main one first "
        "(e.g. `2 1`)." in turn.say
    )
    kept = reply(KB, turn.session, "2 1")  # the order kept is the plan's order
    assert [c.area for c in kept.session.plan.results_chain] == ["psychosocial_support", "shelter"]


def test_the_first_reply_says_which_words_it_read_differently():
    turn = _first_reply("we train trainng for police officers and run a hotline")
    assert "I read 'trainng' as 'training'." in turn.say


def test_words_already_quoted_in_a_longer_reason_are_not_a_second_reason():
    shelter = next(
        line for line in _first_reply("we run a shelter for women survivors").say if "Shelter" in line
    )
    assert "'shelter for women survivors' matched" in shelter and "'shelter' matched" not in shelter


def test_each_area_gives_reasons_that_name_different_words():
    turn = _first_reply(
        "brindará a las sobrevivientes atención psicosocial, asesoría jurídica y apoyo para su reintegración"
    )
    legal = next(line for line in turn.say if "Legal assistance" in line)
    assert legal.count("'asesoría jurídica' matched") == 1  # said once, spelled as the user typed it
    assert "asesoria juridica' matched" not in "\n".join(turn.say)
    assert turn.say[0].startswith("That reads like these areas, strongest first")


def test_the_areas_question_gives_the_reasons_of_the_reading_that_proposed_the_areas():
    filler = "Our team meets every week and writes minutes of what it decided. " * 32  # past the 2,000 kept
    turn = replay(KB, [*OPENING[:-1], filler + "We run a shelter for women survivors of trafficking."])
    assert turn.session.key == "areas" and len(turn.session.answers.description) == 2000
    listed = next(line for line in turn.say if "**Shelter" in line)
    assert "added by you" not in listed and "shelter" in listed.split("\n")[1].lower()


@pytest.mark.parametrize(
    ("phrase", "description", "typed"),
    [("pre departure orientation", "We give pre-departure orientation to women", "pre-departure orientation"),
     ("formacion profesional", "ofrecemos formación profesional a sobrevivientes", "formación profesional"),
     ("agency s trainers", "taught by the agency's trainers", "agency's trainers"),
     ("shelter", "no such words here", "shelter")],
)  # fmt: skip
def test_a_reason_quotes_the_users_words_as_they_typed_them(phrase, description, typed):
    assert as_typed(phrase, description) == typed


@pytest.mark.parametrize(
    ("placeholder", "choices", "example", "shown"),
    [("[district]", (), "the three project districts", "the project districts"),
     ("[village cluster]", (), "the northern villages", "the village cluster"),
     ("[district]", ("Jhapa",), "the three project districts", "Jhapa"),
     ("[the shelter]", (), "the Chisinau shelter", "the Chisinau shelter")],
)  # fmt: skip
def test_a_place_the_profile_does_not_name_shows_a_neutral_example_not_another_projects(
    placeholder, choices, example, shown
):
    from ctguide.dialog.placeholders import Slot, example_for

    kind = "where" if placeholder != "[the shelter]" else "other"
    assert example_for(Slot(placeholder, kind, choices, example), None) == shown
