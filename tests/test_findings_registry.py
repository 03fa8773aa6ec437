"""The detector registry: every finding type declared once, by the module that owns it (issue 13 step 5).

SPEC §1's table is the truth the declarations are checked against; the corpus runs in
test_cli_compare check that every subtype a detector emits on real text is declared.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from workbench import findings
from workbench.findings.base import FindingKind

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "workbench" / "findings"
LEXICONS = ROOT / "workbench" / "lexicons"


def _spec() -> Path | None:
    """SPEC.md of the shared folder beside the repository (or beside one of its parents)."""
    for parent in ROOT.parents:
        if (parent / "shared" / "SPEC.md").is_file():
            return parent / "shared" / "SPEC.md"
    return None


def spec_types(text: str) -> dict[str, set[str]]:
    """type → subtypes from the 'Finding types' table of SPEC §1 (a type without subtypes → {''})."""
    table = text.split("### Finding types", 1)[1]
    types: dict[str, set[str]] = {}
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 2 or not cells[0].startswith("`"):
            if types and not line.strip():
                break  # the blank line after the table
            continue
        types[cells[0].strip("`")] = set(re.findall(r"`([a-z_]+)`", cells[1])) or {""}
    return types


def test_spec_table_is_read_as_written() -> None:
    text = (
        "### Finding types\n\n| type | subtypes | what it marks |\n| --- | --- | --- |\n"
        "| `negation` | `flipped` | polarity |\n| `omission` | | Arabic content |\n\nafter the table\n"
        "| `late` | `not_read` | x |\n"
    )
    assert spec_types(text) == {"negation": {"flipped"}, "omission": {""}}


def test_every_spec_type_is_declared_once_with_its_subtypes() -> None:
    spec = _spec()
    if spec is None:
        pytest.skip("shared/SPEC.md not found beside the repository")
    declared = [kind.type for kind in findings.KINDS]
    assert sorted(declared) == sorted(set(declared))  # no type declared twice
    assert {k.type: set(k.subtypes) or {""} for k in findings.KINDS} == spec_types(spec.read_text(encoding="utf-8"))


def test_every_detector_module_declares_its_kinds_and_detects() -> None:
    for name in findings.DETECTORS:
        module = __import__(f"workbench.findings.{name}", fromlist=["KINDS"])
        assert callable(module.detect), name
        assert module.KINDS and all(isinstance(k, FindingKind) for k in module.KINDS), name


def _literal_emissions() -> set[tuple[str, str, str]]:
    """(file, type, subtype) of every make_finding(pair, "type", "subtype", …) written with literals."""
    out = set()
    for path in sorted(PACKAGE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "make_finding":
                type_, subtype = node.args[1], node.args[2]
                if isinstance(type_, ast.Constant) and isinstance(subtype, ast.Constant):
                    out.add((path.name, type_.value, subtype.value))
    return out


def test_every_subtype_written_in_a_detector_is_declared() -> None:
    kinds = {k.type: k for k in findings.KINDS}
    emitted = _literal_emissions()
    assert ("gaps.py", "omission", "") in emitted and ("numbers.py", "number", "dropped") in emitted
    assert [e for e in emitted if e[1] not in kinds or not kinds[e[1]].allows(e[2])] == []


def test_allows_checks_the_declared_subtypes() -> None:
    number = FindingKind("number", ("changed", "dropped"), "#11BB44", "Number", "a quantity changed")
    omission = FindingKind("omission", (), "#AA9977", "Omission", "Arabic content with no counterpart")
    assert number.allows("changed") and not number.allows("added") and not number.allows("")
    assert omission.allows("") and not omission.allows("changed")


def test_colours_are_distinct_hex_and_labels_filled() -> None:
    colours = [k.colour.upper() for k in findings.KINDS]
    assert all(re.fullmatch(r"#[0-9A-F]{6}", c) for c in colours), colours
    assert len(set(colours)) == len(colours)
    assert all(k.label and k.description for k in findings.KINDS)


def test_declared_lexicons_exist() -> None:
    stems = [p.stem for p in LEXICONS.glob("*.tsv")]
    for kind in findings.KINDS:
        for prefix in kind.lexicons:
            assert any(s.startswith(prefix) for s in stems), (kind.type, prefix)


def test_report_colours_come_from_the_declarations() -> None:
    from workbench.report.html import COLOURS, legend_html

    assert COLOURS == {k.type: k.colour for k in findings.KINDS}
    assert legend_html().count("<span") == len(findings.KINDS)
