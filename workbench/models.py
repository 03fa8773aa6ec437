"""Translation models on disk: where they live, what they are, pull / remove / convert.

A model is a directory: a transformers checkpoint (config.json + safetensors weights +
tokenizer files) or a CTranslate2 conversion of one (model.bin + the same tokenizer files).
Directories live in the models folder (``$WORKBENCH_MODELS_DIR``, else ``./models``, else the
checkout's ``models/``) or anywhere on disk, named by path.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
import socket
import stat as stat_module
import warnings
from dataclasses import dataclass
from pathlib import Path

from workbench.errors import TranslatorError, WorkbenchError

_PROJECT_ROOT = Path(__file__).resolve().parent.parent

# Known-good Arabic→English models. Sizes are of the safetensors weights.
CATALOGUE: dict[str, dict[str, str]] = {
    "Helsinki-NLP/opus-mt-ar-en": {"family": "marian", "size": "~300 MB", "licence": "CC-BY-4.0"},
    "facebook/nllb-200-distilled-600M": {"family": "nllb", "size": "~2.5 GB", "licence": "CC-BY-NC-4.0"},
    "facebook/m2m100_418M": {"family": "m2m100", "size": "~1.9 GB", "licence": "MIT"},
}

FAMILIES = ("marian", "nllb", "m2m100")

# Files a translator needs besides the weights; copied into a CTranslate2 conversion.
TOKENIZER_FILES = (
    "source.spm",
    "target.spm",
    "vocab.json",
    "target_vocab.json",
    "sentencepiece.bpe.model",
    "spm.model",
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "added_tokens.json",
    "generation_config.json",
)

SAFE_WEIGHTS = ("model.safetensors", "model.safetensors.index.json")
PICKLE_WEIGHTS = ("pytorch_model.bin", "pytorch_model.bin.index.json")
CT2_WEIGHTS = "model.bin"
# Written next to a CTranslate2 conversion: which model it came from and its family.
CT2_META = "workbench.json"


@dataclass(frozen=True)
class ModelDir:
    """A model directory on disk and what it holds."""

    path: Path
    kind: str  # "transformers" or "ctranslate2"
    family: str  # one of FAMILIES, or "unknown"
    weights: tuple[Path, ...]
    pickle_only: bool = False

    @property
    def name(self) -> str:
        """The directory name, as `workbench models` lists it."""
        return self.path.name

    @property
    def size_bytes(self) -> int:
        """Total size of the files in the directory."""
        return sum(p.stat().st_size for p in self.path.rglob("*") if p.is_file())


def models_dirs() -> list[Path]:
    """Folders searched for models by name, first one first."""
    dirs: list[Path] = []
    env = os.environ.get("WORKBENCH_MODELS_DIR")
    if env:
        dirs.append(Path(env).expanduser())
    dirs.append(Path.cwd() / "models")
    if (_PROJECT_ROOT / "pyproject.toml").exists() or (_PROJECT_ROOT / ".git").exists():
        dirs.append(_PROJECT_ROOT / "models")
    unique: list[Path] = []
    for d in dirs:
        if d.resolve() not in [u.resolve() for u in unique]:
            unique.append(d)
    return unique


def default_models_dir() -> Path:
    """Where `models pull` and `models convert` write: the env folder, ./models, or the checkout's."""
    dirs = models_dirs()
    if os.environ.get("WORKBENCH_MODELS_DIR"):
        return dirs[0]
    for d in dirs:
        if d.is_dir():
            return d
    return dirs[0]


def local_name(model_id: str) -> str:
    """The folder name for a hub id: ``Helsinki-NLP/opus-mt-ar-en`` → ``opus-mt-ar-en``."""
    return model_id.rstrip("/").split("/")[-1]


def _candidates(name: str) -> list[Path]:
    paths = [Path(name).expanduser()]
    for d in models_dirs():
        paths.append(d / name)
        if "/" in name:
            paths.append(d / local_name(name))
    return paths


def resolve(name: str, *, want: str = "transformers") -> ModelDir:
    """Find the model called ``name`` (a path, a folder name in models/, or a hub id).

    ``want`` is the kind the caller can run; for ``ctranslate2`` a transformers folder with a
    ``<name>-ct2`` conversion beside it resolves to the conversion.
    """
    looked: list[str] = []
    unusable: TranslatorError | None = None
    for path in _candidates(name):
        looked.append(str(path))
        if not path.is_dir():
            continue
        try:
            model = inspect_dir(path)
        except TranslatorError as exc:  # e.g. ./NAME is some other folder: keep looking in models/
            unusable = unusable or exc
            continue
        if model.kind == want:
            return model
        if want == "ctranslate2":
            converted = path.parent / f"{path.name}-ct2"
            if converted.is_dir() and inspect_dir(converted).kind == want:
                return inspect_dir(converted)
            raise TranslatorError(
                f"model '{name}' at {path} is not a CTranslate2 model: "
                f"convert it with `workbench models convert {path.name}` and use ct2:{path.name}-ct2"
            )
        raise TranslatorError(
            f"model '{name}' at {path} is a {model.kind} model, not a {want} one"
            + (f": use ct2:{name}" if model.kind == "ctranslate2" else "")
        )
    if unusable:
        raise unusable
    hint = f"workbench models pull {name}" if "/" in name else "workbench models pull <hub id>"
    raise TranslatorError(
        f"no model '{name}' found (looked in {', '.join(dict.fromkeys(looked))}): "
        f"run `{hint}` or copy a model directory into {default_models_dir()}/"
    )


def inspect_dir(path: Path) -> ModelDir:
    """Describe the model directory at ``path``; raise TranslatorError if it holds none."""
    if (path / CT2_WEIGHTS).is_file():
        return ModelDir(path, "ctranslate2", _ct2_family(path), (path / CT2_WEIGHTS,))
    if not (path / "config.json").is_file():
        raise TranslatorError(f"{path} holds no model: expected config.json (transformers) or model.bin (CTranslate2)")
    family = _hf_family(path)
    for index_name, single in ((SAFE_WEIGHTS[1], SAFE_WEIGHTS[0]), (PICKLE_WEIGHTS[1], PICKLE_WEIGHTS[0])):
        weights = _weight_files(path, single, index_name)
        if weights:
            return ModelDir(path, "transformers", family, weights, pickle_only=single == PICKLE_WEIGHTS[0])
    raise TranslatorError(f"{path} has a config.json but no weights (model.safetensors or pytorch_model.bin)")


def _weight_files(path: Path, single: str, index_name: str) -> tuple[Path, ...]:
    if (path / single).is_file():
        return (path / single,)
    if (path / index_name).is_file():
        index = json.loads((path / index_name).read_text(encoding="utf-8"))
        return tuple(path / f for f in sorted(set(index.get("weight_map", {}).values())))
    return ()


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _family_from_tokenizer(path: Path) -> str:
    tokenizer_class = str(_read_json(path / "tokenizer_config.json").get("tokenizer_class", ""))
    for prefix, family in (("Marian", "marian"), ("Nllb", "nllb"), ("M2M100", "m2m100")):
        if tokenizer_class.startswith(prefix):
            return family
    if (path / "source.spm").is_file():
        return "marian"
    return "unknown"


def _hf_family(path: Path) -> str:
    model_type = _read_json(path / "config.json").get("model_type")
    if model_type == "marian":
        return "marian"
    if model_type == "m2m_100":  # NLLB-200 checkpoints are M2M100 models with an NLLB tokenizer
        return "nllb" if _family_from_tokenizer(path) == "nllb" else "m2m100"
    return "unknown"


def _ct2_family(path: Path) -> str:
    family = _read_json(path / CT2_META).get("family")
    return family if family in FAMILIES else _family_from_tokenizer(path)


# The hash of a weights file, memoised by (path, size, mtime) so a process hashes it once.
_DIGESTS: dict[tuple[str, int, int], str] = {}


def file_digest(path: Path) -> str:
    """SHA-256 of a file (hex), computed once per path, size and modification time."""
    stat = path.stat()
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    if key not in _DIGESTS:
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
        _DIGESTS[key] = digest.hexdigest()
    return _DIGESTS[key]


def list_models() -> list[ModelDir]:
    """Every model directory in the models folders."""
    found: dict[Path, ModelDir] = {}
    for d in models_dirs():
        if not d.is_dir():
            continue
        for child in sorted(d.iterdir()):
            if child.is_dir() and child.resolve() not in found:
                try:
                    found[child.resolve()] = inspect_dir(child)
                except TranslatorError:
                    continue
    return list(found.values())


def info(name: str) -> dict[str, object]:
    """What `models info` prints: location, kind, family, size, weights, licence."""
    model = _find_any(name)
    config = _read_json(model.path / "config.json")
    source = _read_json(model.path / CT2_META).get("source", "")
    catalogue = next((v for k, v in CATALOGUE.items() if local_name(k) in {model.name, local_name(str(source))}), {})
    return {
        "name": model.name,
        "path": str(model.path),
        "kind": model.kind,
        "family": model.family,
        "model_type": config.get("model_type", ""),
        "size_bytes": model.size_bytes,
        "weights": [p.name for p in model.weights],
        "pickle_only": model.pickle_only,
        "licence": catalogue.get("licence", "unknown"),
        "converted_from": source,
    }


def _find_any(name: str) -> ModelDir:
    for path in _candidates(name):
        if path.is_dir():
            return inspect_dir(path)
    return resolve(name)  # raises the not-found error


def remove(name: str) -> Path:
    """Delete the model folder ``name`` from a models folder; return the path removed.

    Only a real folder (never a symlink) holding a model the workbench recognises is removed:
    a transformers checkpoint (config.json naming a model_type, plus weights) or a CTranslate2
    conversion (model.bin plus its config.json or workbench.json). Anything else is refused.
    """
    where = ", ".join(str(d) for d in models_dirs())
    if not name or "/" in name or os.sep in name or name in {".", ".."}:
        raise WorkbenchError(f"'{name}' is not a model folder name (give the name `workbench models list` shows)")
    for d in models_dirs():
        path = d / name
        try:
            st = os.lstat(path)
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise WorkbenchError(f"{path}: cannot be inspected ({exc.strerror or exc})") from None
        if stat_module.S_ISLNK(st.st_mode):
            raise WorkbenchError(f"{path}: is a symbolic link; not removing through it (delete the link itself)")
        if not stat_module.S_ISDIR(st.st_mode):
            raise WorkbenchError(f"{path}: is not a model folder; not removed")
        if not _recognised_model(path):
            raise WorkbenchError(
                f"{path}: holds no model the workbench recognises (config.json with weights, or a CTranslate2 "
                "model.bin); not removed"
            )
        try:
            shutil.rmtree(path)  # removes links inside the folder, never what they point at
        except OSError as exc:
            raise WorkbenchError(f"{path}: could not be removed completely ({exc.strerror or exc})") from None
        return path
    raise WorkbenchError(f"no model folder '{name}' in {where}")


def _recognised_model(path: Path) -> bool:
    """True when ``path`` holds a transformers or CTranslate2 model with its weights present."""
    try:
        model = inspect_dir(path)
    except (TranslatorError, OSError, ValueError):
        return False
    if not model.weights or not all(w.is_file() for w in model.weights):
        return False
    if model.kind == "ctranslate2":
        return (path / "config.json").is_file() or (path / CT2_META).is_file()
    return bool(_read_json(path / "config.json").get("model_type"))


_ALLOW = ["*.json", "*.spm", "*.model", "*.txt", "*.safetensors"]
_NETWORK_HELP = "download it where there is a network and copy the whole model directory to {dir}/"


def pull(model_id: str, *, allow_pickle: bool = False, dest: Path | None = None) -> Path:
    """Download hub model ``model_id`` (safetensors weights) into the models folder; return its path."""
    import huggingface_hub

    target = (dest or default_models_dir()) / local_name(model_id)
    if not _hub_reachable():
        raise WorkbenchError(
            f"cannot download {model_id}: no network connection to the Hugging Face hub; "
            + _NETWORK_HELP.format(dir=target)
        )
    # The hub client logs each retry; the user gets one line from us instead.
    huggingface_hub.utils.logging.set_verbosity_error()
    try:
        files = huggingface_hub.list_repo_files(model_id)
        has_safe = any(f.endswith(".safetensors") for f in files)
        if not has_safe and not allow_pickle:
            raise WorkbenchError(
                f"{model_id} publishes only pickle (.bin) weights: pass --allow-pickle to download "
                "and convert them to safetensors"
            )
        patterns = _ALLOW if has_safe else [*_ALLOW, "pytorch_model*.bin", "pytorch_model.bin.index.json"]
        huggingface_hub.snapshot_download(model_id, local_dir=target, allow_patterns=patterns)
    except WorkbenchError:
        raise
    except Exception as exc:  # the hub client raises requests/httpx/OS errors for a missing network
        raise WorkbenchError(_pull_error(model_id, exc, target.parent)) from exc
    if not has_safe:
        try:
            _pickle_to_safetensors(target)
        except pickle.UnpicklingError as exc:
            raise WorkbenchError(
                f"{target}: pickle weights refused even with --allow-pickle: they hold objects or code, not only "
                "tensors"
            ) from exc
    return target


def _hub_reachable(timeout: float = 3.0) -> bool:
    """False when offline mode is on or the hub's host cannot be reached within ``timeout`` seconds."""
    from urllib.parse import urlparse

    from huggingface_hub import constants

    if constants.HF_HUB_OFFLINE or os.environ.get("HF_HUB_OFFLINE", "").lower() in {"1", "true", "yes", "on"}:
        return False
    url = urlparse(constants.ENDPOINT)
    port = url.port or (443 if url.scheme == "https" else 80)
    try:
        socket.create_connection((url.hostname or "", port), timeout=timeout).close()
    except OSError:
        return False
    return True


def _pull_error(model_id: str, exc: Exception, folder: Path) -> str:
    from huggingface_hub import errors

    if isinstance(exc, errors.GatedRepoError):
        return f"{model_id} is gated on the hub: accept its licence there and log in with `hf auth login`"
    if isinstance(exc, errors.RepositoryNotFoundError):
        return f"no model '{model_id}' on the hub: check the id (e.g. {next(iter(CATALOGUE))})"
    offline = isinstance(exc, (ConnectionError, errors.OfflineModeIsEnabled)) or os.environ.get("HF_HUB_OFFLINE")
    module = type(exc).__module__
    if offline or isinstance(exc, OSError) or module.startswith(("httpx", "requests", "urllib3")):
        help_text = _NETWORK_HELP.format(dir=folder / local_name(model_id))
        return f"cannot download {model_id}: no network connection; {help_text}"
    return f"cannot download {model_id}: {type(exc).__name__}: {exc}".splitlines()[0]


def _pickle_to_safetensors(path: Path) -> None:
    """Rewrite a pulled pickle checkpoint as safetensors (loaded with torch's weights_only reader)."""
    from transformers import AutoModelForSeq2SeqLM

    model = AutoModelForSeq2SeqLM.from_pretrained(path, local_files_only=True, use_safetensors=False)
    model.save_pretrained(path)
    for name in PICKLE_WEIGHTS:
        (path / name).unlink(missing_ok=True)
    for shard in path.glob("pytorch_model-*.bin"):
        shard.unlink()


def convert(name: str, *, quantization: str = "int8", allow_pickle: bool = False, force: bool = False) -> Path:
    """Convert local transformers model ``name`` to CTranslate2 in ``<models>/<name>-ct2``."""
    model = resolve(name)
    if model.family not in FAMILIES:
        raise WorkbenchError(f"{model.path}: cannot convert a '{model.family}' model (supported: marian, nllb, m2m100)")
    if model.pickle_only and not allow_pickle:
        raise WorkbenchError(pickle_message(model.path))
    out = model.path.parent / f"{model.name}-ct2"
    if out.exists() and not force:
        raise WorkbenchError(f"{out} already exists: pass --force to overwrite it")
    from ctranslate2.converters import TransformersConverter

    copy = [f for f in TOKENIZER_FILES if (model.path / f).is_file()]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Marian: "Recommended: pip install sacremoses"
        converter = TransformersConverter(str(model.path), copy_files=copy)
        try:
            converter.convert(str(out), quantization=quantization, force=True)
        except pickle.UnpicklingError as exc:
            raise WorkbenchError(
                f"{model.path}: pickle weights refused even with --allow-pickle: they hold objects or code, not only "
                "tensors; use a safetensors copy"
            ) from exc
    meta = {"source": str(model.path), "family": model.family, "quantization": quantization}
    (out / CT2_META).write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    return out


def pickle_message(path: Path) -> str:
    return (
        f"{path} has only pickle weights (pytorch_model.bin), which can run code when loaded: "
        "use a safetensors copy, or pass --allow-pickle if you trust it"
    )
