"""Names across scripts: consonant skeletons of romanised names and how close two names are.

A name written in Arabic and romanised (الحيالي → alhiyali) rarely spells like the English
(al-Hayali); their consonant skeletons usually agree. Three skeletons are kept, as their callers
were tuned to them: ``skeleton`` (the aligner's matching feature), ``spelling_skeleton`` (the
detectors' name test, which also folds the spelling variants of transliteration: ph/f, x/ks,
z/d, v/f) and ``loose_skeleton`` (the entity detector's, folded for what Arabic script cannot
write). Unifying them changes results on the benches, so they stay apart, side by side here.
Sound keys compare a name with its Arabic spelling directly, one symbol per consonant class.
``dictionary_spellings`` gives the English spellings a name dictionary attests for an Arabic name
word (خاوري → Khavari, Khawari), ``dictionary_names`` the Arabic names it attests a spelling for.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

from rapidfuzz.distance import Levenshtein

from workbench.lexicons import load
from workbench.text.arabic import normalize_ar, strip_diacritics

_VOWELS = re.compile(r"[aeiouwy]+")


# Latin letters that no accent stripping reaches (Fjarðabyggð, Łódź, Ørsted): the last of their readings in
# latin_letter_sounds.tsv, the plain Latin one
_PLAIN_LETTERS = str.maketrans(
    {row[0]: row[1].split("|")[-1] for row in load("latin_letter_sounds.tsv") if not unicodedata.decomposition(row[0])}
)


def plain_latin(word: str) -> str:
    """The word in lower case with its accents dropped and its special Latin letters read plainly (Břeclav →
    breclav, Fjarðabyggð → fjardabyggd), as Arabic script, which writes none of them, spells it; other scripts'
    letters stay."""
    w = unicodedata.normalize("NFKD", word.lower().translate(_PLAIN_LETTERS))
    return "".join(c for c in w if not unicodedata.combining(c))


@lru_cache(maxsize=50_000)
def skeleton(word: str) -> str:
    """Consonant skeleton of a transliterated name: Houran, Horan, Hawran → hrn."""
    w = plain_latin(word)
    w = re.sub(r"^(al|el)[-']?", "", w) if len(w) > 5 else w
    w = w.replace("'", "").replace("’", "")
    w = w.replace("kh", "x").replace("sh", "c").replace("dh", "z").replace("th", "t").replace("gh", "g")
    w = w.replace("q", "k").replace("j", "g")
    w = _VOWELS.sub("", w)
    return re.sub(r"(.)\1+", r"\1", w)


@lru_cache(maxsize=50_000)
def spelling_skeleton(word: str) -> str:
    """Consonant skeleton with transliteration's spelling variants folded too: Hayali, al-Hiyali → hl."""
    w = plain_latin(word)
    w = re.sub(r"^(al|el)[-']?", "", w) if len(w) > 5 else w
    w = w.replace("'", "").replace("’", "").replace("-", "")
    w = w.replace("x", "ks").replace("ph", "f").replace("ck", "k").replace("c", "k")
    w = w.replace("kh", "x").replace("sh", "s").replace("dh", "d").replace("th", "t").replace("gh", "g")
    w = w.replace("q", "k").replace("j", "g").replace("z", "d").replace("v", "f")
    w = _VOWELS.sub("", w)
    return re.sub(r"(.)\1+", r"\1", w)


def names_match(a: str, b: str, *, strict: bool = False) -> bool:
    """Two romanised names agree: spelling skeletons equal or one a prefix of the other (three letters
    at least), or, unless ``strict``, one edit apart (two for skeletons of six letters or more)."""
    sa, sb = spelling_skeleton(a), spelling_skeleton(b)
    if len(sa) < 2 or len(sb) < 2:
        return a.lower() == b.lower()
    if sa == sb:
        return True
    short, long_ = sorted((sa, sb), key=len)
    if len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) <= 1:
        return True
    # romanisation differs most in s/z/d/t and in guessed vowels (adamiz ~ Adams): one edit apart
    return not strict and len(short) >= 3 and Levenshtein.distance(sa, sb) <= (1 if len(short) < 6 else 2)


#: the share of letters two spelling skeletons must have in common to be loosely alike
LOOSE_RATIO = 0.5


def loosely_alike(a: str, b: str) -> bool:
    """Spelling skeletons that share most letters (zif ~ Zaev, sisnd ~ Sessions).

    Ratcliff/Obershelp (difflib), not rapidfuzz's LCS ratio: the LCS ratio is higher on about
    0.2 % of random name pairs (bmkbd ~ mbr: 0.5 against 0.25), which would pass them.
    """
    sa, sb = spelling_skeleton(a), spelling_skeleton(b)
    return bool(sa and sb) and SequenceMatcher(None, sa, sb).ratio() >= LOOSE_RATIO


_LOOSE = str.maketrans({"v": "f", "p": "b", "c": "k", "q": "k", "x": "k", "z": "s", "e": "", "o": ""})


@lru_cache(maxsize=50_000)
def loose_skeleton(word: str, *, strip_article: bool = True) -> str:
    """``skeleton`` folded for what Arabic script cannot write (v/f, p/b, soft c/s): Pavel → bfl,
    Cecil → sl (as Sisil). ``strip_article=False`` keeps a leading al-/el- (Al-Anbari → l-nbr)."""
    w = word.lower()
    w = re.sub(r"c(?=[eiy])", "s", w).replace("ph", "f").replace("ck", "k")
    skel = skeleton(w) if strip_article else skeleton("x" + w)[1:]
    return re.sub(r"(.)\1+", r"\1", skel.translate(_LOOSE))


# One symbol per consonant class, so that a name and its Arabic spelling share a key
# (Chelsea تشيلسي → $ls, Sturridge ستوريدج → strg); vowels, w and y are left out.
_AR_CLASS = str.maketrans("بپتطثجغگقكخحهدضذزسصظشچرفڤلمن", "bbtttgggkkkhhddsssss$$rfflmn", "اويءعة")
_EN_CLASS = (
    ("tch", "$"), ("sch", "$"), ("ch", "$"), ("sh", "$"), ("ph", "f"), ("gh", ""), ("th", "t"), ("kh", "k"),
    ("ck", "k"), ("qu", "k"), ("q", "k"), ("x", "ks"), ("c(?=[eiy])", "s"), ("c", "k"), ("j", "g"), ("p", "b"),
    ("v", "f"), ("z", "s"), ("[wy]", ""), ("(?<=[^aeiou])h", ""), ("[aeiou]", ""),
)  # fmt: skip


@lru_cache(maxsize=50_000)
def ar_sound_key(word: str) -> str:
    """Sound key of an Arabic word, read straight from the Arabic letters: ستوريدج → strg."""
    w = normalize_ar(strip_diacritics(word)).replace("تش", "ش").replace("دج", "ج")
    w = re.sub("ه$", "", w).translate(_AR_CLASS)
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[^a-z$]", "", w))


def en_sound_keys(word: str) -> set[str]:
    """Sound keys of an English word; j, c, ch and gh also read as in Bjorn, Kovacic, Munich and Maghrib, and g as the ق
    that North African, Gulf and Sudanese names sound so (Mitiga معيتيقة, Gargaresh قرقارش); a final -ough also as f
    (Clough كلوف), an Irish initial s before ea or io as sh (Seán شون), the t of -ture as ch (Nature نيتشر, Venture
    فنتشر), and a final h after a vowel as silent, the ة of an Arabic name (Samawah السماوة); pinyin zh, q and x as
    said (Shenzhou شنتشو); kh as غ (Bakhdida بغديدا); ch as the ج of Iraqi and Gulf names (Chibayish الجبايش); w as
    v and sz, cz as sh, ch (Lewandowski ليفاندوفسكي); French silent final letters (Francorchamps فرانكورشان);
    accented letters by their sounds (latin_letter_sounds.tsv: Świątek شفيونتيك); and names spelt as only Polish,
    Czech or German names are, as said there (Adamczyk أدامتشيك, Katowice كاتوفيتسه); the final c or ca of
    Slavic names as ts (Matic ماتيتس, Planica بلانيتسا), and dz as j (Hadzic هاجيتش)."""
    return set(_en_sound_keys(word))


# each accented letter with its readings (latin_letter_sounds.tsv): ś → (sh,), ç → (ch, s)
_LETTER_SOUNDS = {row[0]: tuple(row[1].split("|")) for row in load("latin_letter_sounds.tsv")}


def _spoken(word: str) -> set[str]:
    """A lower-case word in plain letters, its accented letters read by their sounds (Świątek → shwiontek,
    shwiatek) and any other accent dropped; one spelling for each reading of the first and of the last."""
    out = set()
    for pick in (0, -1):
        w = "".join(_LETTER_SOUNDS[c][pick] if c in _LETTER_SOUNDS else c for c in word.lower())
        out.add(re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", w)))
    return out


# spellings only Polish, Czech or German names have (Adamczyk, Tomasz, Wierzbicki, Nowakowski, Katowice):
# the only words read with _central_european, so that English words (face, with) keep their one reading
_CENTRAL_EUROPEAN = re.compile(r"cz|sz|rz|wicz|jc|(?:ski|ska|cki|cka|cik)$|ice$")


def _central_european(w: str) -> str:
    """A name as Polish, Czech and German spelling say it and Arabic writes it (Adamczyk أدامتشيك, Wierzbicki
    فييجبيتسكي, Katowice كاتوفيتسه, Wójcik فويتشيك): cz/sz as ch/sh, rz and zi as j, w as v, the soft c of ci
    as ch, another c as ts, j as y."""
    w = re.sub(r"szcz", "shch", w).replace("cz", "ch").replace("sz", "sh").replace("rz", "zh")
    w = re.sub(r"zi(?=[aeiou])", "zhi", w).replace("j", "y").replace("zh", "j").replace("w", "v")
    return re.sub(r"c(?![hi])", "ts", re.sub(r"(?<!s)ci", "chi", w))


# spellings of Spanish names: an accented vowel or ñ, or a final -ez, -iz, -az, -oz (Jiménez, Ruiz, Díaz)
_SPANISH = re.compile(r"[áéíóúñ]|[aeio]z$")


def _castilian(w: str) -> str:
    """A Spanish name as Spain says it and Arabic writes it (Jiménez خيمينيث, Ruiz رويث, Cáceres كاثيريس):
    j as kh, z and a soft c as th, ll as y."""
    w = re.sub(r"c(?=[ei])", "th", w.replace("z", "th"))
    return w.replace("j", "kh").replace("ll", "y")


# Portuguese nh, lh (Vinhos, Coutinho) and Dutch vowel spellings (Groot, Geert, Huisman)
_PORTUGUESE = re.compile(r"(?<=[aeiou])([nl])h(?=[aeiou])")
_DUTCH = re.compile(r"(?:oo|ee|aa|uu|ij|ui)")


@lru_cache(maxsize=50_000)
def _en_sound_keys(word: str) -> frozenset[str]:
    # memoised, like the skeletons: the entity detector compares every name word with every other
    spoken = _spoken(word)
    if _SPANISH.search(word.lower()):
        spoken |= {_castilian(w) for w in spoken}
    return frozenset(k for w in spoken for k in _plain_sound_keys(w))


def _plain_sound_keys(w: str) -> set[str]:
    """Sound keys of a word in plain lower-case letters a-z."""
    french = re.sub(r"tion(?=s?$)", "sion", w)  # French -tion said sion (Nation ناسيون)
    w = re.sub(r"s?[st]i(?=on)", "$", w)  # Sessions سيشنز, like nation
    # gh is silent in Hugh but غ in Arabic names (Maghrim مغرم)
    variants = {w, w.replace("j", "y"), re.sub(r"c(?=[ei]|$)", "ch", w), w.replace("ch", "k"), w.replace("gh", "g")}
    # g before a vowel only (Mitiga, not Grace), and not the ng of Long nor the dg of Sturridge
    variants.add(re.sub(r"(?<![nd])g(?=[aeiou])", "q", w))
    variants.add(w.replace("kh", "g"))  # kh for the غ of Syriac, Kurdish and Persian names (Bakhdida بغديدا)
    # ch for the ج that Iraqi, Gulf and Kurdish speech says so (Chibayish الجبايش, Chamchamal جمجمال)
    variants.add(w.replace("ch", "j"))
    variants.add(re.sub(r"(?<=ou)gh$", "f", w))  # the gh of Hough, Clough, Bough sounded f
    # Chinese pinyin as Arabic writes it said: zh and q as تش, x as ش (Shenzhou شنتشو, Jiuquan جيوتشيوان), and
    # its g, said k, also as ق (Guizhou قويتشو)
    pinyin = re.sub(r"x(?=[iu])", "sh", re.sub(r"q(?=[iu])", "ch", w.replace("zh", "ch")))
    variants |= {pinyin, re.sub(r"(?<![nd])g(?=[aeiou])", "q", pinyin) if "zh" in w else pinyin}
    variants.add(re.sub(r"(?<=[aeiou])h$", "", w))  # the silent h of an ة ending (Samawah السماوة, Kufah)
    # a Spanish initial ju said khu, also in a name with no accent to show it, as Spain and the Philippines say it
    # (Juban خوبان, Juan خوان; an English Ju- is جو: Julia, Justin)
    variants.add(re.sub(r"^j(?=u)", "kh", w))
    variants.add(w.replace("mb", "nb"))  # an n before b said m, as French spelling writes it (Chaambi الشعانبي)
    # a Spanish ll said y, also in a name with no accent to show it (Villarreal فياريال, Mallorca مايوركا, Llorente)
    variants.add(re.sub(r"^ll(?=[aeiou])|(?<=[aeiou])ll(?=[aeiou])", "y", w))
    variants.add(re.sub(r"(?<=.)tu(?=res?$)", "chu", w))  # the -ture that تشر writes (Nature نيتشر, Venture فنتشر)
    # w said v, sz and cz said sh and ch, as in Polish, German and Dutch (Lewandowski ليفاندوفسكي, Szczesny),
    # and sw as the św English spelling drops the accent of (Swiatek شفيونتيك)
    variants.add(w.replace("sz", "sh").replace("cz", "ch").replace("sw", "shw").replace("w", "v"))
    # French silent final letters: of a nasal vowel said n, of -eaux, -ault (Francorchamps فرانكورشان, Renault رينو)
    variants.add(
        re.sub(
            r"(?<=[aeiou])[mn][bcdgkpt]+s?$|(?<=[aeiou])(?:ux|ult|lt|x)$", lambda m: "n" * (m.group(0)[0] in "mn"), w
        )
    )
    # an h after n, m, l or r and before a vowel said h, as in pinyin (Wenhao وينهاو, Jinhua جينهوا): kept as H
    # through the classes, which drop an h after a consonant
    variants.add(re.sub(r"(?<=[lmnr])h(?=[aeiou])", "H", w))
    # an English initial wh said w (Whelan ويلان); an Irish initial s before ea or io said sh, and then bh, mh
    # said v (Seán شون, Seamus شيموس, Siobhan شيفون)
    irish = re.sub(r"^s(?=ea|io)", "sh", w)
    variants |= {french, re.sub(r"^wh", "w", w), irish if irish == w else irish.replace("bh", "v").replace("mh", "v")}
    if _CENTRAL_EUROPEAN.search(w):
        variants.add(_central_european(w))
    # the c of Slavic names, said ts, at the end or before a final a after a vowel (Matic ماتيتس, Planica بلانيتسا,
    # Žatec جاتيتس), and the dz that writes dž without its accent, said j (Hadzic هاجيتش, Dzeko جيكو)
    variants.add(re.sub(r"(?<=[aeiou])c(?=a?$)", "ts", w))
    dz = w.replace("dz", "j")
    variants |= {dz, re.sub(r"(?<=i)c$", "ch", dz)}  # Hadzic هاجيتش: its -ic said as -ić
    # Portuguese nh and lh said ny and ly, and a final s said sh (Vinhos فينيوش, Coutinho كوتينيو); Dutch g said
    # kh, خ (Groot خروت, Geert خيرت), in a name with a Dutch vowel spelling
    if _PORTUGUESE.search(w):
        portuguese = _PORTUGUESE.sub(r"\1y", w)
        variants |= {portuguese, re.sub(r"s$", "sh", portuguese)}
    if _DUTCH.search(w):
        variants.add(re.sub(r"(?<!n)g", "kh", w))
    out = set()
    for v in variants:
        for pattern, repl in _EN_CLASS:
            v = re.sub(pattern, repl, v)
        out.add(re.sub(r"(.)\1+", r"\1", v.lower()))
    return out


def sound_keys_close(a: str, b: str) -> bool:
    """Sound keys equal, one a short extension of the other, or one or two edits apart (by length)."""
    if a == b:
        return len(a) >= 1
    short, long_ = sorted((a, b), key=len)
    if len(short) < 3:
        return False
    if (long_.startswith(short) or long_.endswith(short)) and len(long_) - len(short) <= 2:
        return True
    if len(short) < 4:
        return False
    return Levenshtein.distance(a, b) <= (1 if len(short) < 7 else 2)


#: how many times the name dictionary must attest a spelling of a word for it to count (one-off
#: wikidata labels include aliases and errors)
MIN_ATTESTED = 2


@lru_cache(maxsize=1)
def _name_index() -> Any:
    """arabic_name_romanizer's CC0 name dictionary (SQLite), or None when the package is missing."""
    try:
        from arabic_name_romanizer import Transliterator
    except ImportError:  # an optional resource: without it no spelling is attested
        return None
    return Transliterator(auto_load_model=False).index


def _fold(latin: str) -> str:
    """A Latin spelling as the dictionary functions compare it: lower case, accents and all but letters and
    spaces dropped (Khalîl → khalil)."""
    return re.sub(r"[^a-z ]", "", plain_latin(latin))


@lru_cache(maxsize=1)
def _names_by_spelling() -> dict[str, frozenset[str]]:
    """Each one-word English spelling with the Arabic name words (the dictionary's lookup keys) it is attested
    for ``MIN_ATTESTED`` times at least: khalid → {خالد, خليد}. Empty without the dictionary."""
    index = _name_index()
    if index is None:
        return {}
    counts: dict[tuple[str, str], int] = {}
    for key, latin, n in index.conn.execute("SELECT arabic_key, latin, count FROM units"):
        folded = _fold(latin)
        if folded and " " not in folded and " " not in key:
            counts[folded, key] = counts.get((folded, key), 0) + int(n)
    out: dict[str, set[str]] = {}
    for (folded, key), n in counts.items():
        if n >= MIN_ATTESTED:
            out.setdefault(folded, set()).add(key)
    return {k: frozenset(v) for k, v in out.items()}


def dictionary_names(spelling: str) -> frozenset[str]:
    """The Arabic name words (normalised: أ/إ/آ → ا, ى → ي, ة → ه) that the name dictionary attests an
    English spelling for, ``MIN_ATTESTED`` times at least: Khalid → {خالد, خليد}. Empty for a spelling it
    does not list, or without it."""
    return _names_by_spelling().get(_fold(spelling), frozenset())


@lru_cache(maxsize=50_000)
def dictionary_spellings(word: str) -> frozenset[str]:
    """English spellings (lower case, accents and apostrophes dropped) that arabic_name_romanizer's
    dictionary of Arabic names attests at least ``MIN_ATTESTED`` times for one Arabic word, as a given
    name or a surname: خاوري → {khavari, khawari}. Empty for a word it does not list, or without it."""
    index = _name_index()
    if index is None or not word:
        return frozenset()
    from arabic_name_romanizer.normalize import lookup_key, normalize_arabic

    out = set()
    key = lookup_key(normalize_arabic(word))
    # Arabic and Persian-script rows (Iranian, Afghan, Pakistani names are written alike in Arabic news)
    for v in [*index.lookup_unit(key), *index.lookup_unit(key, script="persian")]:
        if v.count >= MIN_ATTESTED:
            folded = _fold(v.latin)
            if folded and " " not in folded:
                out.add(folded)
    return frozenset(out)
