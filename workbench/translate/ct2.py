"""``ct2:<model>``: a CTranslate2 conversion of a Marian / NLLB / M2M100 model.

Made with ``workbench models convert NAME`` (int8 weights; the tokenizer files are copied
into the converted folder). Runs int8 on CPU, ``auto`` precision on CUDA; CTranslate2 sorts
and batches by tokens itself and runs ``inter_threads`` batches in parallel.
"""

from __future__ import annotations

import warnings
from typing import Any

from workbench import models
from workbench.errors import TranslatorError
from workbench.translate.batching import SplittingEngine
from workbench.translate.cache import CachingTranslator, TranslationCache
from workbench.translate.hf import available_cpus

# (source language token set on the tokenizer, target prefix token) per family.
_LANGUAGES = {"nllb": ("arb_Arab", "eng_Latn"), "m2m100": ("ar", "__en__")}


class CT2Engine(SplittingEngine):
    """A loaded CTranslate2 translator and its transformers tokenizer, uncached."""

    def __init__(
        self,
        model: str,
        *,
        device: str = "auto",
        beams: int = 1,
        compute_type: str | None = None,
        inter_threads: int | None = None,
        intra_threads: int | None = None,
        max_batch_tokens: int | None = None,
        max_input_tokens: int | None = None,
        allow_pickle: bool = False,  # accepted for a uniform CLI; a CTranslate2 model.bin is not pickle
    ) -> None:
        import ctranslate2
        from transformers import AutoTokenizer
        from transformers.utils import logging as hf_logging

        self.model_dir = models.resolve(model, want="ctranslate2")
        if self.model_dir.family not in models.FAMILIES:
            raise TranslatorError(f"{self.model_dir.path}: cannot tell the model family (marian, nllb or m2m100)")
        if beams < 1:
            raise TranslatorError(f"beams must be 1 or more, not {beams}")
        if device not in {"auto", "cpu", "cuda"}:
            raise TranslatorError(f"unknown device '{device}': use auto, cpu or cuda")
        gpus = ctranslate2.get_cuda_device_count()
        if device == "cuda" and not gpus:
            raise TranslatorError("device 'cuda' was asked for but CTranslate2 sees no CUDA GPU: use --device cpu")
        self.device = "cuda" if device == "cuda" or (device == "auto" and gpus) else "cpu"
        self.compute_type = compute_type or ("int8" if self.device == "cpu" else "auto")
        self.beams = beams
        self.family = self.model_dir.family
        cpus = available_cpus()
        inter = inter_threads or (min(2, cpus) if self.device == "cpu" else 1)
        intra = intra_threads if intra_threads is not None else 1
        path = str(self.model_dir.path)
        hf_logging.disable_progress_bar()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # Marian: "Recommended: pip install sacremoses"
                self.tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True, trust_remote_code=False)
            self.translator = ctranslate2.Translator(
                path, device=self.device, compute_type=self.compute_type, inter_threads=inter, intra_threads=intra
            )
        except (OSError, ValueError, RuntimeError) as exc:
            raise TranslatorError(f"cannot load CTranslate2 model {path}: {str(exc).splitlines()[0]}") from exc
        self.target_prefix: list[str] | None = None
        if self.family in _LANGUAGES:
            source, target = _LANGUAGES[self.family]
            self.tokenizer.src_lang = source
            self.target_prefix = [target]
        self.max_input_tokens = max_input_tokens or min(int(self.tokenizer.model_max_length or 512), 256)
        # Small CPU batches measured fastest (bench/translate_speed.py): the 60k-vocab output step stays in cache.
        self.max_batch_tokens = max_batch_tokens or (16384 if self.device == "cuda" else 1024)
        self.decode_options: dict[str, Any] = {}  # extra translate_batch() arguments (benchmarks fix lengths)
        self.calls = 0

    def fingerprint(self, cache: TranslationCache | None) -> str:
        """``ct2:<dir name>@<weights sha256 prefix>/beams=N/<compute type>``."""
        weights = self.model_dir.weights[0]
        digest = cache.digest(weights) if cache else models.file_digest(weights)
        return f"ct2:{self.model_dir.name}@{digest[:16]}/beams={self.beams}/{self.compute_type}"

    def _translate_pieces(self, pieces: list[str]) -> list[str]:
        ids: list[list[int]] = self.tokenizer(pieces)["input_ids"]
        tokens = [self.tokenizer.convert_ids_to_tokens(i) for i in ids]
        longest = max(len(i) for i in ids)
        options: dict[str, Any] = {
            "beam_size": self.beams,
            "max_batch_size": self.max_batch_tokens,
            "batch_type": "tokens",
            "max_decoding_length": min(2 * longest + 16, 512),
            **self.decode_options,
        }
        prefix = [self.target_prefix] * len(tokens) if self.target_prefix else None
        self.calls += 1
        results = self.translator.translate_batch(tokens, target_prefix=prefix, **options)
        decode = self.tokenizer.decode
        return [
            str(decode(self.tokenizer.convert_tokens_to_ids(r.hypotheses[0]), skip_special_tokens=True)).strip()
            for r in results
        ]


class CT2Translator(CachingTranslator):
    """``ct2:<model>``: a CTranslate2 translator behind the shared translation cache.

    Options: ``device`` auto|cpu|cuda, ``beams``, ``compute_type``, ``inter_threads`` and
    ``intra_threads`` (CPU defaults: min(2, cores) and 1), ``cache`` (False to bypass it).
    """

    def __init__(self, model: str, *, cache: bool | TranslationCache = True, **options: Any) -> None:
        super().__init__(CT2Engine(model, **options), cache=cache)
