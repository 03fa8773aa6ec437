"""The benchmarks cannot flatter the workbench: edits chosen without the code under test, tuning on dev only,
hits scored by span."""

from __future__ import annotations

import ast
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))

import findings_quality  # noqa: E402
import perturb  # noqa: E402
from scoring import overlaps, span_ranges  # noqa: E402
from splits import documents  # noqa: E402

from workbench.records import Finding  # noqa: E402

FORBIDDEN = ("workbench.findings", "workbench.lexicons", "workbench.align", "workbench.translate")


def imported_modules(source: str) -> set[str]:
    """Every module a source file imports anywhere (top level, inside functions, importlib/__import__ calls)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("import_module", "__import__") and isinstance(node.args[0].value, str):
                found.add(node.args[0].value)
    return found


def test_import_check_sees_lazy_and_dynamic_imports():
    source = (
        "import re\n"
        "def edit(ar, en):\n"
        "    from workbench.findings.negation import arabic_negations\n"
        "    import importlib\n"
        "    importlib.import_module('workbench.lexicons')\n"
        "    return en\n"
    )
    assert imported_modules(source) == {
        "re", "workbench.findings.negation", "workbench.findings.negation.arabic_negations", "importlib",
        "workbench.lexicons",
    }  # fmt: skip


def test_perturb_imports_nothing_from_the_code_under_test():
    source = (BENCH / "perturb.py").read_text(encoding="utf-8")
    bad = sorted(m for m in imported_modules(source) if m.startswith(FORBIDDEN) or m == "workbench")
    assert bad == []
    # nor does it read a detector lexicon file by name
    strings = [n.value for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    assert [s for s in strings if "lexicons" in s or s.endswith(".tsv")] == []


def test_perturb_loads_no_workbench_module_when_run():
    """Importing perturb and running every edit leaves no workbench module loaded (no transitive import)."""
    code = (
        "import random, sys\n"
        f"sys.path.insert(0, {str(BENCH)!r})\n"
        "import perturb\n"
        "rng = random.Random(1)\n"
        "ar = 'قال جيريمي كوربين إن الحكومة لن \"تغير خطتها أبدا في المستقبل القريب جدا\" يوم الاثنين.'\n"
        "en = 'Jeremy Corbyn said the government will not \"ever change its plan in the near future\" on Monday.'\n"
        "for branches in perturb.EDITS.values():\n"
        "    for fn in branches.values():\n"
        "        fn(ar, en, rng)\n"
        "print(sorted(m for m in sys.modules if m.startswith('workbench')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


def _fake_ntrex(folder: Path) -> Path:
    """Six line pairs in four documents: a (0, even: dev), b (1: test), c (2: dev), d (3: test)."""
    folder.mkdir()
    (folder / "DOCUMENT_IDS.tsv").write_text("a\na\nb\nc\nc\nd\n", encoding="utf-8")
    (folder / "arb.txt").write_text("".join(f"جملة {k}\n" for k in range(6)), encoding="utf-8")
    (folder / "eng.txt").write_text("".join(f"Sentence {k}.\n" for k in range(6)), encoding="utf-8")
    return folder


def test_dev_loader_returns_only_dev_documents(tmp_path):
    data = _fake_ntrex(tmp_path / "ntrex")
    dev = findings_quality.load_half("dev", data)
    assert [(doc, en) for doc, _, en in dev] == [
        ("a", ["Sentence 0.", "Sentence 1."]),
        ("c", ["Sentence 3.", "Sentence 4."]),
    ]
    test = findings_quality.load_half("test", data)
    assert [doc for doc, _, _ in test] == ["b", "d"]


def test_dev_loader_on_ntrex_never_returns_a_test_document():
    data = findings_quality.shared_data() / "ntrex"
    if not (data / "DOCUMENT_IDS.tsv").is_file():
        pytest.skip("shared NTREX data not present")
    dev_ids = {doc for doc, _, _ in findings_quality.load_half("dev", data)}
    assert dev_ids == documents("dev", data)
    assert dev_ids.isdisjoint(documents("test", data))
    assert len(dev_ids) == 62


def test_negation_insert_records_the_inserted_characters():
    edit = perturb.negation_insert("ستؤثر الخطة على الأسعار.", "The plan will affect prices.", random.Random(0))
    assert edit is not None
    assert (edit.en, edit.en[edit.start : edit.end], edit.branch) == (
        "The plan will not affect prices.",
        " not",
        "insert",
    )


def test_negation_insert_leaves_a_negated_sentence_alone():
    assert perturb.negation_insert("لن تؤثر الخطة.", "The plan will not affect prices.", random.Random(0)) is None


def test_name_runs_find_the_arabic_spelling_with_the_bench_letter_mapping():
    ar = "قاد جيريمي كوربين المحادثات في لندن."
    runs = perturb.name_runs(ar, "The talks were led by Jeremy Corbyn in London today.")
    assert [(words, ar[a:b]) for _, _, words, (a, b) in runs] == [
        (["Jeremy", "Corbyn"], "جيريمي كوربين"),
        (["London"], "لندن"),
    ]


def test_entity_remove_drops_the_name_and_records_its_arabic_counterpart():
    ar = "قاد جيريمي كوربين المحادثات اليوم."
    edit = perturb.entity_remove(ar, "The talks were led by Jeremy Corbyn today.", random.Random(0))
    assert edit is not None
    assert (edit.en, edit.removed, edit.start, edit.end) == ("The talks were led today.", "by Jeremy Corbyn", 18, 18)
    assert ar[edit.ar_start : edit.ar_end] == "جيريمي كوربين"


def test_entity_remove_needs_an_arabic_counterpart():
    assert (
        perturb.entity_remove("قاد الزعيم المحادثات.", "The talks were led by Jeremy Corbyn.", random.Random(0)) is None
    )


def _located(type_: str, en_ranges, ar_ranges=(), items=frozenset({0}), en_span="x") -> findings_quality.Located:
    f = Finding(type_, "", 0, 0, "", en_span, "major", 1.0, "")
    return findings_quality.Located(f, tuple(en_ranges), tuple(ar_ranges), items)


def test_a_finding_counts_only_where_its_span_overlaps_the_edit():
    edit = perturb.Edit("negation", "insert", "The plan will not affect prices.", 13, 17, "")
    assert findings_quality.matches(_located("negation", [(14, 17)]), edit, 0, 0, 0)
    assert not findings_quality.matches(_located("negation", [(18, 24)]), edit, 0, 0, 0)
    assert not findings_quality.matches(_located("certainty", [(14, 17)]), edit, 0, 0, 0)


def test_a_removal_counts_by_its_arabic_counterpart():
    edit = perturb.Edit("entity", "remove", "The talks were led in London.", 18, 18, "by Jeremy Corbyn", 4, 17)
    assert findings_quality.matches(_located("entity", [], [(4, 10)], en_span=""), edit, 0, 0, 0)
    assert not findings_quality.matches(_located("entity", [], [(20, 25)], en_span=""), edit, 0, 0, 0)


def test_span_overlap_helpers():
    assert span_ranges("ab", "xabyab", 10) == [(11, 13), (14, 16)]
    assert overlaps([(11, 13)], [(12, 20)])
    assert not overlaps([(11, 13)], [(13, 20)])


def test_name_runs_skip_a_nationality_adjective_but_keep_the_name_beside_it():
    runs = perturb.name_runs(
        "عادت رفات الجنود الأمريكيين وقال ترامب", "He said the remains of American servicemen returned, Trump said."
    )
    assert [(words, span) for _, _, words, span in runs] == [(["Trump"], (33, 38))]


def test_alignment_bench_halves_hold_only_their_own_documents_and_sentences():
    # calibration (align_quality.py --calibrate) fits on halves["dev"] only: no test document, and no
    # test sentence spliced into a dev document as foreign material, may be in it
    import align_quality

    data = findings_quality.shared_data() / "ntrex"
    if not (data / "DOCUMENT_IDS.tsv").is_file():
        pytest.skip("shared NTREX data not present")
    halves = align_quality.ntrex_sets(data)
    dev_names, test_names = documents("dev", data), documents("test", data)
    english = {half: {s for doc, _, en in findings_quality.load_half(half, data) for s in en} for half in halves}
    for half, names, other in (("dev", dev_names, "test"), ("test", test_names, "dev")):
        for docs in halves[half].values():
            for doc in docs:
                assert doc.name in names
                assert not set(doc.en) & english[other], f"{doc.name} carries sentences of the {other} half"


def test_score_lists_a_finding_that_matches_no_edit_as_false_and_report_shows_it(capsys):
    edit = perturb.Edit("negation", "insert", "The plan will not affect prices.", 13, 17, "")
    edited = findings_quality.Item("d", 0, "ar", edit.en, edit)
    control = findings_quality.Item("d", 1, "ar2", "Prices rose.", None)
    doc = findings_quality.DocText([edited, control], ar_at=[0, 3], en_at=[0, 34])
    true = _located("negation", [(14, 17)], items=frozenset({0}))
    false = _located("number", [(34, 40)], items=frozenset({1}), en_span="Prices")
    sc = findings_quality.score([(doc, [true, false])], {})
    assert [loc.finding.type for _, loc in sc.false["number"]] == ["number"]
    assert sc.false["negation"] == []
    findings_quality.report("links", "dev", sc, 0, show_false=5)
    out = capsys.readouterr().out
    assert "false number/ major [d:1] en='Prices'" in out
    assert "        en: Prices rose." in out
    findings_quality.report("links", "dev", sc, 0)
    assert "false number" not in capsys.readouterr().out


def test_a_finding_on_ntrex_own_divergence_counts_right_only_in_the_own_column(capsys):
    # "It rose on Tuesday." translated as if it said Wednesday: a real difference NTREX already has
    control = findings_quality.Item("d", 0, "ارتفع يوم الأربعاء.", "It rose on Tuesday.", None, "It rose on Tuesday.")
    doc = findings_quality.DocText([control], ar_at=[0], en_at=[0])
    divergence = findings_quality.Divergence("d", 0, "time", 11, 18, 10, 18)
    on_it = _located("time", [(11, 18)], items=frozenset({0}), en_span="Tuesday")
    elsewhere = _located("number", [(0, 2)], items=frozenset({0}), en_span="It")
    wrong_type = _located("entity", [(11, 18)], items=frozenset({0}), en_span="Tuesday")
    sc = findings_quality.score([(doc, [on_it, elsewhere, wrong_type])], {}, {("d", 0): [divergence]})
    assert sc.own == Counter({"time": 1}) and sc.own_caught == Counter({"time": 1})
    assert sc.own_findings == Counter({"time": 1, "number": 0, "entity": 0})
    assert sc.true_findings["time"] == 0  # the headline precision still counts it false
    assert sc.major_on_controls == Counter({"time": 1, "number": 1, "entity": 1})
    assert sc.major_on_controls_own == Counter({"time": 0, "number": 1, "entity": 1})
    figures = findings_quality.report("links", "test", sc, 0)
    assert figures["types"]["time"]["span_matched_findings"] == 0
    assert figures["types"]["time"]["findings_on_own_divergences"] == 1
    out = capsys.readouterr().out
    assert "NTREX's own divergences on these sentences: 1, a finding of their type points at 1" in out
    assert "those on one set aside: 200.00 (2 on 1)" in out
    findings_quality.report("links", "dev", sc, 0, show_false=5)
    listed = [line for line in capsys.readouterr().out.splitlines() if line.startswith("    false ")]
    assert [line.split()[1] for line in listed if "(NTREX's own divergence)" in line] == ["time/"]
    assert len(listed) == 3


def test_an_ntrex_divergence_whose_english_an_edit_rewrote_is_gone():
    edit = perturb.Edit("time", "swap", "It rose on Friday.", 11, 17, "Tuesday")
    item = findings_quality.Item("d", 0, "ارتفع يوم الأربعاء.", edit.en, edit, "It rose on Tuesday.")
    divergence = findings_quality.Divergence("d", 0, "time", 11, 18, 10, 18)
    assert findings_quality.own_ranges(divergence, item, 0, 0) == (None, None)
    kept = perturb.Edit("negation", "insert", "It never rose on Tuesday.", 3, 9, "")
    item = findings_quality.Item("d", 0, "ارتفع يوم الأربعاء.", kept.en, kept, "It rose on Tuesday.")
    assert findings_quality.own_ranges(divergence, item, 100, 50) == ((117, 124), (60, 68))


def test_an_ntrex_divergence_is_found_only_where_it_stood_as_whole_words():
    # the edit swaps the second Tuesday, the divergence's: the first one is not it
    edit = perturb.Edit("time", "swap", "On Tuesday talks began and on Friday they ended.", 30, 36, "Tuesday")
    original = "On Tuesday talks began and on Tuesday they ended."
    item = findings_quality.Item("d", 0, "ar", edit.en, edit, original)
    assert findings_quality.own_ranges(findings_quality.Divergence("d", 0, "time", 30, 37, -1, -1), item, 0, 0) == (
        None,
        None,
    )
    # '5' swapped for '15': the 5 inside 15 is not the divergence's 5
    edit = perturb.Edit("number", "swap", "It fell 15 percent.", 8, 10, "5")
    item = findings_quality.Item("d", 0, "ar", edit.en, edit, "It fell 5 percent.")
    assert findings_quality.own_ranges(findings_quality.Divergence("d", 0, "number", 8, 9, -1, -1), item, 0, 0) == (
        None,
        None,
    )


def test_an_ntrex_divergence_counts_only_a_finding_of_its_type_on_its_sentence_and_no_edit():
    first = findings_quality.Item("d", 0, "ارتفع يوم الأربعاء.", "It rose on Tuesday.", None, "It rose on Tuesday.")
    edit = perturb.Edit("negation", "insert", "It did not fall on Monday.", 7, 11, "")
    second = findings_quality.Item("d", 1, "لم يهبط يوم الاثنين.", edit.en, edit, "It did fall on Monday.")
    doc = findings_quality.DocText([first, second], ar_at=[0, 20], en_at=[0, 20])
    divergence = findings_quality.Divergence("d", 0, "time", 11, 18, 10, 18)
    other_sentence = _located("time", [(11, 18)], items=frozenset({1}), en_span="Tuesday")
    arabic_only = _located("time", [(3, 7)], [(10, 18)], items=frozenset({0}), en_span="rose")
    entity = _located("entity", [(11, 18)], items=frozenset({0}), en_span="Tuesday")
    the_edit = _located("negation", [(27, 31)], items=frozenset({1}), en_span="not")
    located = [other_sentence, arabic_only, entity, the_edit]
    sc = findings_quality.score([(doc, located)], {}, {("d", 0): [divergence]})
    assert sum(sc.own_findings.values()) == 0 and sc.own_caught == Counter({"time": 0})
    assert sc.true_findings["negation"] == 1


def test_ntrex_divergences_are_offsets_into_the_sentences_of_both_halves():
    rows = findings_quality.load_divergences()
    assert rows, "bench/ntrex_divergences.tsv is empty or missing"
    text = findings_quality.DIVERGENCES.read_text(encoding="utf-8")
    header = " ".join(line for line in text.splitlines() if line.startswith("#"))
    assert text.startswith("#") and "blind" in header and "verifier" in header
    kinds = {"entity", "number", "time", "negation", "certainty", "attribution", "reporting_verb", "quote"}
    kinds |= {"wording", "omission", "addition"}
    data = findings_quality.shared_data() / "ntrex"
    if not (data / "DOCUMENT_IDS.tsv").is_file():
        pytest.skip("shared NTREX data not present")
    sentences = {}
    for half in ("dev", "test"):
        for doc, ar, en in findings_quality.load_half(half, data):
            sentences.update({(doc, k): (a, e) for k, (a, e) in enumerate(zip(ar, en, strict=True))})
    halves = {half: {d for d, _ in rows if d in documents(half, data)} for half in ("dev", "test")}
    assert halves["dev"] and halves["test"]
    for key, found in rows.items():
        ar, en = sentences[key]
        for d in found:
            assert d.type in kinds
            assert d.en_start >= 0 or d.ar_start >= 0
            assert d.en_start < 0 or 0 <= d.en_start < d.en_end <= len(en)
            assert d.ar_start < 0 or 0 <= d.ar_start < d.ar_end <= len(ar)


def test_quote_verdicts_are_scored_against_the_gold_changes_inside_each_quote():
    import quality

    change = {"type": "negation", "subtype": "flipped", "ar_sentence": 0, "en_sentence": 0, "ar_span": "لن"}
    change["en_span"] = "will"
    outside = {"type": "attribution", "subtype": "generalized", "ar_sentence": 0, "en_sentence": 0}
    outside |= {"ar_span": "", "en_span": "officials"}
    ps = SimpleNamespace(name="p", changes=[change, outside], en_map=[0, 1], ar_map=[0, 1])
    row = {"en_sentence": 0, "ar_sentences": [0], "en_quote": "“we will allow it”", "ar_quote": "«لن نسمح»"}
    faithful = row | {"verdict": "faithful", "fidelity": 0.4}
    other = row | {"en_sentence": 1, "ar_sentences": [1], "verdict": "faithful", "fidelity": 0.9}
    tally: Counter[str] = Counter()
    details: list[str] = []
    quality.tally_quotes([faithful, other, row | {"verdict": "altered", "fidelity": 0.4}], ps, tally, details)
    assert quality.changes_in_quote(faithful, ps) == [change]
    assert tally == Counter(
        {
            "faithful|changed": 1,
            "faithful|unchanged": 1,
            "altered|changed": 1,
            "changed rated faithful": 1,
            "reversed rated faithful": 1,
            "contradicting": 1,
        }
    )
    assert len(details) == 2


def test_quote_verdicts_count_an_edit_inside_the_english_quote():
    from workbench.records import Sentence

    en = 'He said "we will not sell it" today.'
    edit = perturb.Edit("negation", "insert", en, 17, 21, "")
    doc = findings_quality.DocText([findings_quality.Item("d", 0, "ar", en, edit)], en_at=[0], ar_at=[0])
    sentences = [Sentence(0, en, 0, len(en))]
    row = {"en_sentence": 0, "en_quote": '"we will not sell it"', "verdict": "faithful", "fidelity": 0.7}
    outside = row | {"en_quote": "today", "verdict": "faithful", "fidelity": 0.3}
    tally: Counter[str] = Counter()
    findings_quality.tally_quote_verdicts(doc, [row, outside, row | {"verdict": "altered"}], sentences, tally)
    assert tally == Counter(
        {
            "faithful|edited": 1,
            "faithful|unedited": 1,
            "altered|edited": 1,
            "edited rated faithful": 1,
            "reversed rated faithful": 1,
            "contradicting": 1,
        }
    )


def test_sentence_listings_are_refused_on_the_test_half(capsys, tmp_path):
    sc = findings_quality.Score()
    with pytest.raises(ValueError, match="only with --half dev"):
        findings_quality.report("links", "test", sc, 0, show_false=5)
    with pytest.raises(ValueError, match="only with --half dev"):
        findings_quality.report("links", "test", sc, 3)
    # the test half's table alone, and the dev half's listings, are printed
    findings_quality.report("links", "test", sc, 0)
    findings_quality.report("links", "dev", sc, 3, show_false=5)
    assert "[test half] links" in capsys.readouterr().out
    # the command line refuses before reading any data (an empty folder as the data: were the refusal gone,
    # the run would fail on it, never print a test sentence)
    for flags in (["--show-false", "3"], ["-v", "3"], ["--half", "test", "-v", "3"]):
        command = [sys.executable, str(BENCH / "findings_quality.py"), "--ntrex", str(tmp_path), *flags]
        run = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
        assert run.returncode == 2
        assert "only with --half dev" in run.stderr


def test_quality_bench_takes_pair_folders_as_well_as_sets(tmp_path):
    """bench/quality.py scores one half of a set named pair by pair (bench/rewrites_heldout/2[1-8]_*)."""
    pairs = sorted(p for p in (ROOT / "corpora").iterdir() if (p / "gold.json").is_file())[:2]
    out = subprocess.run(
        [sys.executable, "bench/quality.py", *map(str, pairs), "--json", str(tmp_path / "q.json")],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert "; 2 pairs in" in out.stdout


def test_rewrites_heldout_halves_are_disjoint_and_calibration_reads_only_the_tuning_half():
    from splits import rewrites_heldout

    tuning, held = rewrites_heldout("tuning"), rewrites_heldout("held")
    assert len(tuning) == 712
    assert {int(p.name.split("_")[0]) for p in tuning} == set(range(21, 725)) | set(range(733, 741))
    assert not {p.name for p in tuning} & {p.name for p in held}
    assert all(int(p.name.split("_")[0]) >= 725 for p in held)
    assert not any(733 <= int(p.name.split("_")[0]) <= 740 for p in held)
    source = (ROOT / "bench" / "calibrate_severity.py").read_text(encoding="utf-8")
    assert 'rewrites_heldout("tuning")' in source and 'rewrites_heldout("held")' not in source
    assert 'faithful_invented("tuning")' in source and 'faithful_invented("held")' not in source


def test_quality_bench_refuses_to_list_the_held_out_half():
    from splits import rewrites_heldout

    held_pairs = rewrites_heldout("held")
    if not held_pairs:
        pytest.skip("no held-out pair in this checkout")
    held = held_pairs[0]
    out = subprocess.run(
        [sys.executable, "bench/quality.py", str(held), "-v"], capture_output=True, text=True, cwd=ROOT
    )
    assert out.returncode == 2 and "refused on the held-out half" in out.stderr and out.stdout == ""


def test_faithful_bench_counts_every_finding_as_a_false_alarm(tmp_path, capsys):
    import faithful_quality

    doc = tmp_path / "01_sample"
    doc.mkdir()
    (doc / "en.txt").write_text("The minister said the bridge would open in May.\nIt cost 40 million dollars.\n")
    (doc / "ar.txt").write_text("قال الوزير إن الجسر سيفتتح في مايو.\nوبلغت كلفته 40 مليون دولار.\n")
    suite = [faithful_quality.load_document(doc)]
    assert [it.edit for it in suite[0]] == [None, None]
    # an English number the Arabic does not have: a false alarm the bench must count, not hide
    (doc / "en.txt").write_text("The minister said the bridge would open in May.\nIt cost 45 million dollars.\n")
    runs = findings_quality.run_links([faithful_quality.load_document(doc)], findings_quality.get_translator("lexicon"))
    figures = faithful_quality.report("1-1", runs, 2, show=0)
    assert figures["false"] >= 1 and "number/changed" in figures["by_kind"]
    assert "false alarms per 100 sentences" in capsys.readouterr().out


def test_faithful_bench_rejects_a_document_whose_lines_do_not_pair(tmp_path):
    doc = tmp_path / "02_bad"
    doc.mkdir()
    (doc / "en.txt").write_text("One.\nTwo.\n")
    (doc / "ar.txt").write_text("واحد.\n")
    run = subprocess.run(
        [sys.executable, str(BENCH / "faithful_quality.py"), str(doc)], capture_output=True, text=True, cwd=ROOT
    )
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and "02_bad" in run.stderr and "Traceback" not in run.stderr


def test_faithful_bench_refuses_to_list_a_held_out_document():
    from splits import faithful_invented

    held, tuning = faithful_invented("held"), faithful_invented("tuning")
    if not held:
        pytest.skip("no held-out document in this checkout")
    assert not {p.name for p in held} & {p.name for p in tuning}
    tuning_numbers = set(range(1, 961)) | set(range(973, 985))
    assert all(int(p.name.split("_")[0]) not in tuning_numbers for p in held)
    assert all(int(p.name.split("_")[0]) in tuning_numbers for p in tuning)
    run = subprocess.run(
        [sys.executable, str(BENCH / "faithful_quality.py"), str(held[0]), "--show", "5"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert run.returncode == 2 and "refused" in run.stderr and "Traceback" not in run.stderr


def test_the_perturbation_suite_on_invented_documents_reads_only_their_tuning_part():
    from splits import faithful_invented

    held = {p.name for p in faithful_invented("held")}
    docs = findings_quality.load_invented()
    assert docs and not {name for name, _, _ in docs} & held
    assert all(len(ar) == len(en) and all(ar) and all(en) for _, ar, en in docs)


def test_the_invented_suite_stops_with_one_line_on_a_document_whose_files_do_not_pair(tmp_path, monkeypatch, capsys):
    doc = tmp_path / "01_bad"
    doc.mkdir()
    (doc / "en.txt").write_text("One.\nTwo.\n")
    (doc / "ar.txt").write_text("واحد.\n")
    monkeypatch.setattr(findings_quality, "faithful_invented", lambda part: [doc])
    monkeypatch.setattr(sys, "argv", ["findings_quality.py", "--invented", "--no-aligner"])
    with pytest.raises(SystemExit) as stop:
        findings_quality.main()
    err = capsys.readouterr().err
    assert stop.value.code == 2 and err.count("\n") == 1 and "01_bad" in err and "Traceback" not in err
