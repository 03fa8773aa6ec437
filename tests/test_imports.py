"""No module of the package reaches into another's private names (issue 13).

A name that starts with one underscore is private to the module that defines it; a module whose
own name starts with one (``findings/_words.py``) is private to its package. What two modules
share goes through public names, so that either can be changed without reading the other.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "workbench"

#: (importing module, imported module, name) allowed anyway, each with its reason; keep it empty
EXCEPTIONS: frozenset[tuple[str, str, str]] = frozenset()


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _resolve(module: str, node: ast.ImportFrom, is_package: bool) -> str:
    """The absolute module name of a (possibly relative) ``from … import``."""
    if not node.level:
        return node.module or ""
    base = module.split(".")
    base = base[: len(base) - node.level + (1 if is_package else 0)]
    return ".".join(base + ([node.module] if node.module else []))


def violations(source: str, module: str, *, is_package: bool = False) -> list[str]:
    """Every private name (or private module outside its package) that ``source`` imports or
    reaches through an imported module, as 'line: what'."""
    tree = ast.parse(source)
    found: list[str] = []
    aliases: dict[str, str] = {}  # local name → workbench module it is bound to
    package = module if is_package else module.rpartition(".")[0]

    def check_module(line: int, target: str) -> None:
        parts = target.split(".")
        for i, part in enumerate(parts):
            owner = ".".join(parts[:i])
            if _private(part) and not (package + ".").startswith(owner + "."):
                found.append(f"{line}: private module {target} imported outside {owner}")
                return

    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            target = _resolve(module, node, is_package)
            if not target.startswith("workbench"):
                continue
            check_module(node.lineno, target)
            for alias in node.names:
                if _private(alias.name) and (module, target, alias.name) not in EXCEPTIONS:
                    found.append(f"{node.lineno}: {alias.name} from {target}")
                elif not _private(alias.name):
                    aliases[alias.asname or alias.name] = f"{target}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("workbench"):
                    check_module(node.lineno, alias.name)
                    aliases[alias.asname or alias.name.split(".")[0]] = alias.asname and alias.name or "workbench"
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _private(node.attr):
            chain = []
            value: ast.expr = node.value
            while isinstance(value, ast.Attribute):
                chain.append(value.attr)
                value = value.value
            if isinstance(value, ast.Name) and value.id in aliases:
                target = ".".join([aliases[value.id], *reversed(chain)])
                if (module, target, node.attr) not in EXCEPTIONS:
                    found.append(f"{node.lineno}: {target}.{node.attr}")
    return sorted(found, key=lambda v: (int(v.split(":")[0]), v))


def test_no_module_imports_another_modules_private_names() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = _module_name(path)
        for v in violations(path.read_text(encoding="utf-8"), module, is_package=path.name == "__init__.py"):
            found.append(f"{path.relative_to(PACKAGE.parent)}:{v}")
    assert found == []


def test_the_check_finds_each_kind_of_reach_in() -> None:
    source = "\n".join(
        [
            "from workbench.translate.lexicon import _AR_FOLD, LexiconTranslator",
            "from .terms import _core",
            "import workbench.align as align",
            "import workbench.text.arabic",
            "from workbench.findings._words import ar_tokens",
            "x = align._skeleton('a') + workbench.text.arabic._DIGITS",
            "y = ar_tokens._cache",
        ]
    )
    assert violations(source, "workbench.report.html") == [
        "1: _AR_FOLD from workbench.translate.lexicon",
        "2: _core from workbench.report.terms",
        "5: private module workbench.findings._words imported outside workbench.findings",
        "6: workbench.align._skeleton",
        "6: workbench.text.arabic._DIGITS",
        "7: workbench.findings._words.ar_tokens._cache",
    ]


def test_the_check_allows_public_names_and_a_package_s_own_private_module() -> None:
    source = "\n".join(
        [
            "from __future__ import annotations",
            "from workbench.findings._words import ar_tokens",
            "from ._words import GLOSS_SKIP",
            "from workbench.morphology import get_morphology",
            "import os",
            "os._exit(0)",
            "self._memo = get_morphology().__class__",
        ]
    )
    assert violations(source, "workbench.findings.negation") == []


# ---------------------------------------------------------------------------- detectors stand alone

FINDINGS = "workbench.findings"


def detector_imports(source: str, module: str, detectors: frozenset[str]) -> list[str]:
    """Every other detector module (``workbench.findings.<name>`` for a name in ``detectors``) that
    ``source``, the module ``module``, imports anywhere (at the top or inside a function), as 'line: module'."""
    own = module.rpartition(".")[2]
    found: list[str] = []

    def check(line: int, target: str) -> None:
        package, _, name = target.rpartition(".")
        if package == FINDINGS and name in detectors and name != own:
            found.append(f"{line}: {target}")

    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            target = _resolve(module, node, is_package=False)
            check(node.lineno, target)
            if target == FINDINGS:  # from workbench.findings import negation
                for alias in node.names:
                    check(node.lineno, f"{FINDINGS}.{alias.name}")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                check(node.lineno, alias.name)
    return sorted(found, key=lambda v: (int(v.split(":")[0]), v))


def test_no_detector_imports_another_detector() -> None:
    from workbench.findings import DETECTORS

    detectors = frozenset(DETECTORS)
    found = []
    for name in DETECTORS:
        path = PACKAGE / "findings" / f"{name}.py"
        found += [
            f"{name}.py:{v}"
            for v in detector_imports(path.read_text(encoding="utf-8"), f"{FINDINGS}.{name}", detectors)
        ]
    assert found == []


def test_no_helper_of_the_detectors_imports_a_detector() -> None:
    """The view and the helper modules sit below the detectors: a detector that reads them reaches no other."""
    from workbench.findings import DETECTORS

    detectors = frozenset(DETECTORS)
    helpers = [p for p in sorted((PACKAGE / "findings").glob("*.py")) if p.stem not in detectors | {"__init__"}]
    assert {p.stem for p in helpers} >= {"view", "base", "_words", "_verbs", "_negations", "_quotes", "_mentions"}
    found = []
    for path in helpers:
        found += [
            f"{path.name}:{v}"
            for v in detector_imports(path.read_text(encoding="utf-8"), f"{FINDINGS}.{path.stem}", detectors)
        ]
    assert found == []


def test_the_detector_check_finds_each_form_of_import() -> None:
    source = "\n".join(
        [
            "from workbench.findings.negation import arabic_negations",
            "from .quotes import pair_quotes",
            "from workbench.findings import entities, base",
            "from . import wording",
            "import workbench.findings.attribution",
            "def f():",
            "    from workbench.findings.reporting_verbs import arabic_verbs",
        ]
    )
    assert detector_imports(
        source,
        "workbench.findings.certainty",
        frozenset({"negation", "quotes", "entities", "wording", "attribution", "reporting_verbs", "certainty"}),
    ) == [
        "1: workbench.findings.negation",
        "2: workbench.findings.quotes",
        "3: workbench.findings.entities",
        "4: workbench.findings.wording",
        "5: workbench.findings.attribution",
        "7: workbench.findings.reporting_verbs",
    ]


def test_the_detector_check_allows_helpers_and_the_module_itself() -> None:
    source = "\n".join(
        [
            "from workbench.findings._verbs import arabic_verbs",
            "from workbench.findings.base import AlignedPair",
            "from workbench.findings.view import PairView",
            "from workbench.findings import base",
            "from .terms import ArabicTerms",
            "from workbench.findings.certainty import KINDS",
            "import workbench.text.quotes",
        ]
    )
    assert detector_imports(source, "workbench.findings.certainty", frozenset({"certainty", "negation"})) == []
