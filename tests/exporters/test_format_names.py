"""A file's extension and the format written into it never contradict each other (ux24t #7)."""

from pathlib import Path

import pytest

from ctguide.exporters import export_clash, format_named_by, plan_output_clash


@pytest.mark.parametrize(
    ("name", "named"),
    [("plan.yaml", "yaml"), ("plan.YML", "yaml"), ("plan.json", "json"), ("out.xlsx", "xlsx"), ("fr.md", "md"),
     ("fr.markdown", "md"), ("act.xml", "iati"), ("notes.txt", None), ("plan", None), ("a.b.csv", "csv")],
)  # fmt: skip
def test_the_format_an_extension_names(name, named):
    assert format_named_by(Path(name)) == named


@pytest.mark.parametrize(
    ("name", "fmt", "hint"),
    [("fr.md", "docx", "-o fr.docx"), ("out.xlsx", "yaml", "-o out.yaml"), ("plan.yaml", "json", "--format yaml"),
     ("a.xml", "md", "-o a.md"), ("p.csv", "iati", "-o p.xml")],
)  # fmt: skip
def test_an_export_into_a_file_named_for_another_format_is_refused(name, fmt, hint):
    clash = export_clash(Path(name), fmt)
    assert clash is not None and hint in clash and fmt in clash


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("fr.docx", "docx"), ("plan.yml", "yaml"), ("a.xml", "iati"), ("notes.txt", "md"), ("x", "csv")],
)
def test_an_export_into_a_matching_or_neutral_name_is_allowed(name, fmt):
    assert export_clash(Path(name), fmt) is None


@pytest.mark.parametrize(
    ("name", "refused"),
    [("out.xlsx", True), ("plan.docx", True), ("plan.md", True), ("p.csv", True), ("a.xml", True),
     ("plan.yaml", False), ("plan.yml", False), ("plan.json", False), ("plan", False), ("plan.txt", False)],
)  # fmt: skip
def test_a_plan_is_never_written_under_an_export_format_name(name, refused):
    clash = plan_output_clash(Path(name), "starter")
    assert (clash is not None) == refused
    if refused:
        stem = Path(name).stem
        assert f"-o {stem}.yaml" in clash and f"ctguide export {stem}.yaml -o {name}" in clash
