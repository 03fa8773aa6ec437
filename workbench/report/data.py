"""The SPEC §1 JSON object for a Comparison."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict
from typing import Any

from workbench import __version__
from workbench.records import Comparison, Document, Link


def _doc(doc: Document) -> dict[str, Any]:
    out: dict[str, Any] = {
        "source": doc.source,
        "sentences": [{"id": s.id, "text": s.text, "start": s.start, "end": s.end} for s in doc.sentences],
    }
    if doc.parts:
        # several sources: each sentence names its source, and its offsets are into that source's own
        # text (SPEC §1: offsets in the decoded input); source_starts places each source in the joined text
        starts = [start for _, start in doc.parts]
        for sentence, record in zip(doc.sentences, out["sentences"]):
            record["source"] = sentence.source
            record["start"] -= starts[sentence.source]
            record["end"] -= starts[sentence.source]
        out["source_starts"] = starts
    return out


def _link(link: Link) -> dict[str, Any]:
    """A link as SPEC JSON; ``"uncertain": true`` only on a link the aligner is unsure of."""
    out: dict[str, Any] = {"ar": list(link.ar), "en": list(link.en), "score": link.score}
    if link.uncertain:
        out["uncertain"] = True
    return out


def comparison_to_dict(c: Comparison) -> dict[str, Any]:
    """The SPEC §1 JSON object (plus a ``signature`` saying how it was made)."""
    linked_ar = sum(len(link.ar) for link in c.links if link.ar and link.en)
    linked_en = sum(len(link.en) for link in c.links if link.ar and link.en)
    return {
        "workbench_version": __version__,
        "translator": c.translator,
        "signature": {
            "workbench": __version__,
            "translator": c.meta.get("translator_signature", c.translator),
            **{k: v for k, v in c.meta.items() if k not in ("workbench_version", "translator_signature")},
        },
        "ar": _doc(c.ar),
        "en": _doc(c.en),
        "translations": list(c.translations),
        "links": [_link(link) for link in c.links],
        "findings": [asdict(f) for f in c.findings],
        "summary": {
            "ar_sentences": len(c.ar.sentences),
            "en_sentences": len(c.en.sentences),
            "linked_ar": linked_ar,
            "linked_en": linked_en,
            "findings_by_type": dict(sorted(Counter(f.type for f in c.findings).items())),
            "other_material": list(c.other_material),
        },
    } | _sources(c)


def _sources(c: Comparison) -> dict[str, Any]:
    """For an article compared with several Arabic sources: their names, and each finding's source."""
    if not c.ar.parts:
        return {}
    findings = [
        asdict(f) | {"source": None if f.ar_sentence is None else c.ar.sentences[f.ar_sentence].source}
        for f in c.findings
    ]
    return {"ar_sources": [label for label, _ in c.ar.parts], "findings": findings}


def to_json(c: Comparison, *, indent: int | None = 2) -> str:
    """Serialise a Comparison as SPEC JSON text."""
    return json.dumps(comparison_to_dict(c), ensure_ascii=False, indent=indent)
