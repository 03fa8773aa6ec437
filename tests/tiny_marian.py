"""Build a tiny MarianMT model that reproduces a few dozen Arabic→English pairs exactly.

The model has the layout of a real opus-mt checkpoint (source.spm, target.spm, a shared
vocab.json whose last id is ``<pad>``, safetensors weights) so the hf: and ct2: backends,
the CTranslate2 converter and the cache can be tested for real without downloads.
"""

from __future__ import annotations

import io
import json
import warnings
from pathlib import Path

# Pairs written for these tests. "…المدرسة،" + "وعاد…" let a test join two sources with a
# clause boundary and check the translator splits there and joins the outputs.
PAIRS: list[tuple[str, str]] = [
    ("قال الوزير إن الاجتماع كان مثمرا", "The minister said the meeting was fruitful."),
    ("أعلنت الحكومة خطة جديدة للتعليم", "The government announced a new education plan."),
    ("وصل الرئيس إلى القاهرة صباح اليوم", "The president arrived in Cairo this morning."),
    ("ارتفعت أسعار النفط في الأسواق العالمية", "Oil prices rose in global markets."),
    ("قتل ثلاثة أشخاص في انفجار", "Three people were killed in an explosion."),
    ("أكد المتحدث أن المفاوضات مستمرة", "The spokesman confirmed that talks are continuing."),
    ("ذهب الولد إلى المدرسة،", "The boy went to school,"),
    ("وعاد في المساء", "and came back in the evening."),
    ("هطلت أمطار غزيرة على المدينة", "Heavy rain fell on the city."),
    ("افتتح المعرض الدولي للكتاب أمس", "The international book fair opened yesterday."),
    ("يعتقد الخبراء أن الاقتصاد سيتحسن", "Experts believe the economy will improve."),
    ("رفض البرلمان مشروع القانون", "Parliament rejected the bill."),
    ("التقى وزير الخارجية بنظيره الفرنسي", "The foreign minister met his French counterpart."),
    ("ربما تتأخر الانتخابات", "The elections may be delayed."),
    ("فاز الفريق بالمباراة النهائية", "The team won the final match."),
    ("أغلقت المدارس بسبب العاصفة", "Schools were closed because of the storm."),
    ("نشرت الصحيفة تقريرا مفصلا", "The newspaper published a detailed report."),
    ("بدأت المحادثات في جنيف", "Talks began in Geneva."),
    ("لم يصدر أي تعليق رسمي", "No official comment was issued."),
    ("شارك آلاف المتظاهرين في المسيرة", "Thousands of protesters took part in the march."),
    ("سيزور الملك المستشفى غدا", "The king will visit the hospital tomorrow."),
    ("انخفضت درجات الحرارة بشكل كبير", "Temperatures dropped sharply."),
    ("وقعت الشركتان اتفاقية تعاون", "The two companies signed a cooperation agreement."),
    ("قالت الشرطة إنها اعتقلت مشتبها به", "Police said they arrested a suspect."),
    ("أعلن الجيش وقف إطلاق النار", "The army announced a ceasefire."),
    ("تضررت مئات المنازل", "Hundreds of homes were damaged."),
    ("شكرا جزيلا", "Thank you very much."),
    ("استقال رئيس الوزراء", "The prime minister resigned."),
    ("عقد مجلس الأمن جلسة طارئة", "The Security Council held an emergency session."),
    ("نعم", "Yes."),
]

TRANSLATIONS: dict[str, str] = dict(PAIRS)


def _train_spm(lines: list[str], path: Path) -> list[str]:
    """Train a whitespace-word sentencepiece model on ``lines``; return its pieces."""
    import sentencepiece as spm

    buffer = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=buffer,
        model_type="word",
        vocab_size=8000,
        hard_vocab_limit=False,
        character_coverage=1.0,
        unk_id=0,
        bos_id=-1,
        eos_id=-1,
        pad_id=-1,
        minloglevel=2,
    )
    path.write_bytes(buffer.getvalue())
    processor = spm.SentencePieceProcessor(model_file=str(path))
    return [processor.id_to_piece(i) for i in range(processor.get_piece_size())]


def build_tiny_marian(out_dir: Path, *, seed: int = 0, max_steps: int = 600) -> Path:
    """Train and save the tiny model in ``out_dir``; raise if it cannot reproduce every pair."""
    import torch
    from transformers import GenerationConfig, MarianConfig, MarianMTModel, MarianTokenizer

    out_dir.mkdir(parents=True, exist_ok=True)
    sources = [ar for ar, _ in PAIRS]
    targets = [en for _, en in PAIRS]
    pieces = _train_spm(sources, out_dir / "source.spm") + _train_spm(targets, out_dir / "target.spm")

    # As in opus-mt: </s> is 0, <unk> 1, the pieces, and <pad> last (CTranslate2 drops that row).
    vocab: dict[str, int] = {"</s>": 0, "<unk>": 1}
    for piece in pieces:
        if piece not in vocab and piece not in {"<unk>", "<pad>"}:
            vocab[piece] = len(vocab)
    pad_id = len(vocab)
    vocab["<pad>"] = pad_id
    (out_dir / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False, indent=1), encoding="utf-8")

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Recommended: pip install sacremoses"
        tokenizer = MarianTokenizer(
            source_spm=str(out_dir / "source.spm"),
            target_spm=str(out_dir / "target.spm"),
            vocab=str(out_dir / "vocab.json"),
            source_lang="ar",
            target_lang="en",
        )
    config = MarianConfig(
        vocab_size=len(vocab),
        decoder_vocab_size=len(vocab),
        d_model=64,
        encoder_layers=2,
        decoder_layers=2,
        encoder_attention_heads=4,
        decoder_attention_heads=4,
        encoder_ffn_dim=128,
        decoder_ffn_dim=128,
        max_position_embeddings=128,
        pad_token_id=pad_id,
        eos_token_id=0,
        forced_eos_token_id=0,
        decoder_start_token_id=pad_id,
        scale_embedding=True,
        share_encoder_decoder_embeddings=True,
        dropout=0.0,
        attention_dropout=0.0,
        activation_dropout=0.0,
    )
    torch.manual_seed(seed)
    model = MarianMTModel(config)
    embeddings = model.get_input_embeddings().weight
    with torch.no_grad():
        embeddings[pad_id].zero_()
    # Keep the <pad> row at zero (the decoder starts from it; CTranslate2 starts from a zero vector).
    embeddings.register_hook(lambda grad: grad.index_fill(0, torch.tensor([pad_id]), 0.0))

    batch = tokenizer(sources, text_target=targets, padding=True, return_tensors="pt")
    labels = batch["labels"].masked_fill(batch["labels"] == pad_id, -100)
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
    generation = GenerationConfig(
        decoder_start_token_id=pad_id,
        eos_token_id=0,
        forced_eos_token_id=0,
        pad_token_id=pad_id,
        bad_words_ids=[[pad_id]],
        num_beams=1,
        do_sample=False,
    )
    model.generation_config = generation
    for step in range(1, max_steps + 1):
        model.train()
        loss = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"], labels=labels).loss
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        if step % 50 == 0 and loss.item() < 0.05 and _reproduces(model, tokenizer, batch, targets):
            break
    else:
        raise RuntimeError(f"tiny Marian model did not learn its {len(PAIRS)} pairs in {max_steps} steps")

    model.save_pretrained(out_dir)  # model.safetensors
    tokenizer.save_pretrained(out_dir)
    return out_dir


def _reproduces(model, tokenizer, batch, targets: list[str]) -> bool:  # type: ignore[no-untyped-def]
    """True when greedy decoding gives back every training target exactly."""
    import torch

    model.eval()
    with torch.inference_mode():
        out = model.generate(
            input_ids=batch["input_ids"], attention_mask=batch["attention_mask"], num_beams=1, max_new_tokens=40
        )
    return tokenizer.batch_decode(out, skip_special_tokens=True) == targets


if __name__ == "__main__":
    import sys
    import time

    start = time.perf_counter()
    build_tiny_marian(Path(sys.argv[1]))
    print(f"built in {time.perf_counter() - start:.1f}s")
