"""``hf:<model>``: Hugging Face transformers seq2seq models (MarianMT, NLLB-200, M2M100).

The model loads once, from a local directory only (``models/<name>`` or a path), never with
remote code, and from safetensors weights unless the user allows pickle. Sentences are split
at clause boundaries when too long, sorted by length, batched by a token budget and decoded
greedily (or with ``beams``) under ``torch.inference_mode``.
"""

from __future__ import annotations

import os
import pickle
import warnings
from typing import Any

from workbench import models
from workbench.errors import TranslatorError
from workbench.translate.batching import SplittingEngine, run_batched
from workbench.translate.cache import CachingTranslator, TranslationCache

# Source/target language codes per family; Marian opus-mt-ar-en needs none.
_LANGUAGES = {"nllb": ("arb_Arab", "eng_Latn"), "m2m100": ("ar", "en")}


def available_cpus() -> int:
    """CPUs this process may run on (the affinity mask, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def pick_device(device: str) -> str:
    """Resolve ``auto`` to ``cuda`` when a GPU is visible, else ``cpu``; check ``cuda`` exists."""
    import torch

    if device not in {"auto", "cpu", "cuda"}:
        raise TranslatorError(f"unknown device '{device}': use auto, cpu or cuda")
    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device == "cuda" and not torch.cuda.is_available():
        raise TranslatorError("device 'cuda' was asked for but torch sees no CUDA GPU: use --device cpu")
    return device


class HFEngine(SplittingEngine):
    """A loaded transformers model and tokenizer that translate batches, uncached."""

    def __init__(
        self,
        model: str,
        *,
        device: str = "auto",
        beams: int = 1,
        allow_pickle: bool = False,
        max_batch_tokens: int | None = None,
        max_input_tokens: int | None = None,
        threads: int | None = None,
    ) -> None:
        import torch
        from transformers import AutoModelForSeq2SeqLM, AutoTokenizer
        from transformers.utils import logging as hf_logging

        self.model_dir = models.resolve(model)
        if self.model_dir.family == "unknown":
            raise TranslatorError(
                f"{self.model_dir.path}: unsupported model type (hf: runs MarianMT, NLLB-200 and M2M100)"
            )
        if self.model_dir.pickle_only and not allow_pickle:
            raise TranslatorError(models.pickle_message(self.model_dir.path))
        if beams < 1:
            raise TranslatorError(f"beams must be 1 or more, not {beams}")
        self.family = self.model_dir.family
        self.device = pick_device(device)
        self.beams = beams
        if threads or torch.get_num_threads() > available_cpus():
            torch.set_num_threads(threads or available_cpus())
        self.dtype = torch.float16 if self.device == "cuda" else torch.float32
        path = str(self.model_dir.path)
        hf_logging.disable_progress_bar()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # Marian: "Recommended: pip install sacremoses"
                self.tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True, trust_remote_code=False)
                self.model = AutoModelForSeq2SeqLM.from_pretrained(
                    path,
                    local_files_only=True,
                    trust_remote_code=False,
                    use_safetensors=not self.model_dir.pickle_only,
                    dtype=self.dtype,
                )
        except pickle.UnpicklingError as exc:
            # --allow-pickle still loads with torch's weights-only reader, which refuses anything but tensors
            raise TranslatorError(
                f"{path}: pickle weights refused even with --allow-pickle: they hold objects or code, not only "
                "tensors; use a safetensors copy of the model"
            ) from exc
        except (OSError, ValueError, KeyError, RuntimeError) as exc:
            reason = (str(exc).splitlines() or [type(exc).__name__])[0]
            raise TranslatorError(f"cannot load model {path}: {reason}") from exc
        self.model.to(self.device).eval()
        self.generate_options: dict[str, Any] = {}  # extra generate() arguments (benchmarks fix lengths)
        if self.family in _LANGUAGES:
            source, target = _LANGUAGES[self.family]
            self.tokenizer.src_lang = source
            if self.family == "nllb":
                self.generate_options["forced_bos_token_id"] = self.tokenizer.convert_tokens_to_ids(target)
            else:
                self.generate_options["forced_bos_token_id"] = self.tokenizer.get_lang_id(target)
        limit = min(int(getattr(self.tokenizer, "model_max_length", 512) or 512), 512)
        self.max_input_tokens = max_input_tokens or min(limit, 256)
        self.max_batch_tokens = max_batch_tokens or (16384 if self.device == "cuda" else 4096)
        self.calls = 0  # generate() calls, for tests and benchmarks

    def fingerprint(self, cache: TranslationCache | None) -> str:
        """``hf:<dir name>@<weights sha256 prefix>/beams=N/<dtype>``."""
        digest = "".join(cache.digest(p) if cache else models.file_digest(p) for p in self.model_dir.weights)
        dtype = str(self.dtype).removeprefix("torch.")
        return f"hf:{self.model_dir.name}@{digest[:16]}/beams={self.beams}/{dtype}"

    def _translate_pieces(self, pieces: list[str]) -> list[str]:
        ids: list[list[int]] = self.tokenizer(pieces)["input_ids"]
        return run_batched(
            pieces,
            [len(i) for i in ids],
            lambda batch: self._generate([ids[i] for i in batch]),
            max_tokens=self.max_batch_tokens,
        )

    def _generate(self, batch_ids: list[list[int]]) -> list[str]:
        import torch

        encoded = self.tokenizer.pad({"input_ids": batch_ids}, return_tensors="pt").to(self.device)
        longest = max(len(i) for i in batch_ids)
        options: dict[str, Any] = {"num_beams": self.beams, "do_sample": False, **self.generate_options}
        if "max_new_tokens" not in options:
            # max_length, not max_new_tokens, so the checkpoint's own max_length is replaced, not warned about
            options.setdefault("max_length", min(2 * longest + 16, 512) + 1)
        self.calls += 1
        with torch.inference_mode():
            out = self.model.generate(**encoded, **options)
        return [t.strip() for t in self.tokenizer.batch_decode(out, skip_special_tokens=True)]


class HFTranslator(CachingTranslator):
    """``hf:<model>``: a transformers translator behind the shared translation cache.

    Options: ``device`` auto|cpu|cuda, ``beams`` (1 = greedy), ``allow_pickle`` (load .bin
    checkpoints), ``cache`` (False to bypass the cache), and batching limits.
    """

    def __init__(self, model: str, *, cache: bool | TranslationCache = True, **options: Any) -> None:
        super().__init__(HFEngine(model, **options), cache=cache)
