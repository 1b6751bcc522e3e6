"""What the prompt suggests follows the user's project, never another project's country."""

from ctguide.dialog import replay, reply, start
from ctguide.knowledge import load_knowledge

KB = load_knowledge()
PROFILE = ["Caminos Seguros", "Fundación Esperanza", "Guatemala, Honduras", "marzo 2027 a febrero 2029",
           "adolescentes migrantes, familias retornadas"]  # fmt: skip


def test_no_hint_before_or_during_the_profile_names_a_country_the_user_did_not():
    turn = start(KB)
    hints = [turn.example]
    for text in PROFILE:
        turn = reply(KB, turn.session, text)
        hints.append(turn.example)
    assert not any("Moldova" in (hint or "") for hint in hints), hints
    assert turn.session.key == "profile.donor" and "Guatemala" in turn.example


def test_the_review_names_areas_as_the_user_saw_them():
    turn = replay(KB, ["T", "Org", "Nepal", "2027-01 to 2028-12", "skip", "skip", "skip",
                       "we run a shelter for women survivors", "1"])  # fmt: skip
    for _ in range(300):
        if turn.session.key == "review":
            break
        turn = reply(KB, turn.session, turn.example or turn.options[0])
    said = "\n".join(turn.say)
    assert "- Shelter and safe accommodation: " in said and "- shelter:" not in said
    assert "indicator(s)" not in said


def test_a_country_placeholder_takes_every_country_of_the_profile():
    turn = replay(KB, [*PROFILE, "skip", "skip", "we run a shelter for women survivors", "1", "keep"])
    assert turn.session.key == "indicators.GOAL"
    assert "persons in Guatemala and Honduras:" in turn.say[0]
    pick = next(line.split(".")[0] for line in turn.say if line[:1].isdigit() and "[country]" in line)
    turn = reply(KB, turn.session, pick)
    assert "What should [country] be in your project?" in turn.say
    assert turn.options[0] == "Guatemala and Honduras"
    turn = reply(KB, turn.session, "ok")
    goal = turn.session.answers.goal.drafts[0]
    assert "Guatemala and Honduras" in goal.indicator.statement
