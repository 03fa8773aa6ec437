"""Reading: encodings, HTML extraction, line ends, and the errors a user can cause."""

import codecs
from pathlib import Path

import pytest

from workbench.errors import InputError
from workbench.reading import decode_text, is_clutter, read_input

AR = "قال الوزير إن «العمل مستمر»."
EN = "The minister said “work goes on”, the café reported."


@pytest.mark.parametrize(
    "data",
    [
        AR.encode("utf-8"),
        codecs.BOM_UTF8 + AR.encode("utf-8"),
        AR.encode("utf-16"),  # with BOM
        codecs.BOM_UTF16_BE + AR.encode("utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom"],
)
def test_unicode_encodings_decode_to_the_same_text(data):
    assert decode_text(data, label="x", lang="ar") == AR


def test_windows_1256_arabic_is_detected():
    text = "قال الوزير إن العمل مستمر. ونفى المتحدث ذلك."
    assert decode_text(text.encode("cp1256"), label="x", lang="ar") == text


def test_cp1252_english_is_detected():
    assert decode_text(EN.encode("cp1252"), label="x", lang="en") == EN


def test_crlf_and_cr_become_newlines():
    assert decode_text(b"One.\r\nTwo.\rThree.", label="x", lang="en") == "One.\nTwo.\nThree."


def test_html_keeps_article_paragraphs_and_drops_scripts_and_navigation():
    page = """<!DOCTYPE html><html><head><title>t</title><style>p{color:red}</style>
    <script>var x = "not text";</script></head><body>
    <nav><p>Home | World</p></nav><header><p>Site header</p></header>
    <article><h1>Headline here</h1><p>First   paragraph, with <b>bold</b> words.</p>
    <p>Second paragraph.</p></article><footer><p>Copyright</p></footer></body></html>"""
    text = decode_text(page.encode("utf-8"), label="x", lang="en")
    assert text == "Headline here\n\nFirst paragraph, with bold words.\n\nSecond paragraph."


def test_html_in_windows_1256_with_meta_charset():
    page = '<html><head><meta charset="windows-1256"></head><body><p>قال الوزير.</p></body></html>'
    assert decode_text(page.encode("cp1256"), label="x", lang="ar") == "قال الوزير."


def test_errors_name_the_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n")
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    english = tmp_path / "english.txt"
    english.write_text("Only English here.", encoding="utf-8")
    cases = [
        (str(empty), "ar", "file is empty"),
        (str(binary), "ar", "binary"),
        (str(english), "ar", "no Arabic letters"),
        (str(tmp_path / "missing.txt"), "ar", "no such file"),
        (str(tmp_path), "en", "is a directory"),
    ]
    for path, lang, message in cases:
        with pytest.raises(InputError) as err:
            read_input(path, lang=lang)
        assert str(err.value).startswith(path + ":")
        assert message in str(err.value)


# ---------------------------------------------------------------- encodings that used to give garbage

AR_LONG = (
    "قال المتحدث باسم الوزارة إن فرق الصيانة أعادت التيار الكهربائي إلى أحياء المدينة الشرقية. "
    "وأضاف أن العمل سيستمر حتى نهاية الأسبوع المقبل، وأن الكلفة بلغت ثلاثة ملايين دينار."
)
EN_LONG = (
    "The ministry’s spokesman said repair crews restored power to the city’s eastern districts. "
    "He added that “the work will go on” until the end of next week, at a cost of three million dinars."
)


def test_one_bad_byte_keeps_utf8_arabic_intact_and_warns():
    data = AR_LONG.encode("utf-8")
    cut = data.index(b" ", 40)
    warnings: list[str] = []
    text = decode_text(data[:cut] + b"\xff" + data[cut:], label="ar.txt", lang="ar", warn=warnings.append)
    assert text == AR_LONG[: len(data[:cut].decode("utf-8"))] + "\ufffd" + data[cut:].decode("utf-8")
    assert warnings == [
        "ar.txt: 1 invalid UTF-8 byte sequence replaced with \ufffd (the rest of the file is valid UTF-8)"
    ]


def test_one_bad_byte_in_english_keeps_utf8_and_says_so_on_stderr(capsys):
    data = EN_LONG.encode("utf-8") + b" \x92"
    assert decode_text(data, label="en.txt", lang="en") == EN_LONG + " \ufffd"
    assert capsys.readouterr().err == (
        "workbench: warning: en.txt: 1 invalid UTF-8 byte sequence replaced with \ufffd "
        "(the rest of the file is valid UTF-8)\n"
    )


def test_a_valid_utf8_file_gives_no_warning(capsys):
    assert decode_text(AR_LONG.encode("utf-8"), label="x", lang="ar") == AR_LONG
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("encoding", ["cp1256", "iso8859_6"])
def test_legacy_arabic_code_pages_are_told_apart(encoding):
    assert decode_text(AR_LONG.encode(encoding), label="x", lang="ar") == AR_LONG


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("text,lang", [(AR_LONG, "ar"), (EN_LONG, "en")], ids=["ar", "en"])
def test_utf16_and_utf32_without_a_bom(encoding, text, lang):
    assert decode_text(text.encode(encoding), label="x", lang=lang) == text


def test_utf32_with_a_bom():
    assert decode_text(codecs.BOM_UTF32_LE + AR.encode("utf-32-le"), label="x", lang="ar") == AR


def test_utf16_with_a_bom_and_a_broken_unit_is_replaced_not_a_traceback():
    warnings: list[str] = []
    data = codecs.BOM_UTF16_LE + AR.encode("utf-16-le") + b"\x00\xd8" + " ok".encode("utf-16-le")
    assert decode_text(data, label="x", lang="ar", warn=warnings.append) == AR + "\ufffd ok"
    assert warnings == ["x: 1 invalid UTF-16-LE sequence replaced with \ufffd"]


def test_pdf_presentation_forms_become_ordinary_letters():
    # ﻻ (lam-alef ligature), ﷲ (Allah ligature) and isolated/final forms as a PDF copy gives them
    pasted = "\ufefb \ufee3\ufeb8\ufedc\ufee0\ufe94 \ufdf2"
    assert decode_text(pasted.encode("utf-8"), label="x", lang="ar") == "لا مشكلة الله"


def test_control_bidi_and_terminal_escapes_are_stripped():
    data = (
        "Red \x1b[31malert\x1b[0m here.\x1b]0;title\x07 The \u202eevil\u202c word, \u2066isolated\u2069 and "
        "\u200fmarked\x07\x08\x85. " + "Plain words follow. " * 5
    ).encode("utf-8")
    assert decode_text(data, label="x", lang="en") == (
        "Red alert here. The evil word, isolated and marked. " + "Plain words follow. " * 5
    )


def test_nul_bytes_after_the_head_are_stripped_but_a_nul_in_the_head_is_binary():
    body = (EN_LONG + "\n") * 40
    assert len(body.encode()) > 4096
    assert decode_text(body.encode() + b"\x00\x00More text.", label="x", lang="en") == body + "More text."
    with pytest.raises(InputError, match="^x: looks like a binary file"):
        decode_text(b"Some text\x00 and more text. " * 20, label="x", lang="en")


@pytest.mark.parametrize(
    "data,lang,message",
    [
        # Arabic once read as Windows-1252 and saved as UTF-8: accented Latin noise, no Arabic
        (AR_LONG.encode("cp1256").decode("cp1252", "replace").encode("utf-8"), "ar", "decodes to accented Latin noise"),
        ("Ã©tÃ© Ã  lâ€™Ã©cole ".encode() * 20, "en", "decodes to accented Latin noise"),
        (codecs.BOM_UTF8 + b"\xff\xfe\xfd " * 50, "ar", "cannot be decoded as text"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8" * 50 + "ok".encode("utf-16-le"), "en", "mostly undecodable bytes"),
    ],
    ids=["arabic-as-latin1", "latin1-noise", "not-utf8-after-bom", "broken-utf16"],
)
def test_text_that_decodes_to_noise_is_refused(data, lang, message):
    with pytest.raises(InputError) as err:
        decode_text(data, label="f.txt", lang=lang)
    assert str(err.value).startswith("f.txt: " + message)


def test_cli_refuses_undecodable_input_with_one_line(tmp_path):
    from click.testing import CliRunner

    from workbench.cli import cli

    ar = tmp_path / "ar.txt"
    ar.write_bytes(AR_LONG.encode("cp1256").decode("cp1252", "replace").encode("utf-8"))
    en = tmp_path / "en.txt"
    en.write_text(EN_LONG, encoding="utf-8")
    result = CliRunner().invoke(cli, ["compare", str(ar), str(en)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"workbench: error: {ar}: decodes to accented Latin noise, not Arabic text; save it as UTF-8\n"
    )


# ---------------------------------------------------------------- real pages: the article, not the furniture

PAGES = Path(__file__).with_name("pages")


@pytest.mark.parametrize(
    "name,lang,expected",
    [
        (
            "ar_article_share_related_tags.html",
            "ar",
            [
                "مقتل جنديين في هجوم غرب الرمادي",
                "قُتل جنديان وأصيب ثلاثة آخرون مساء السبت في هجوم استهدف نقطة مراقبة غرب مدينة الرمادي، "
                "بحسب مصدر في الشرطة المحلية.",
                "وقال المصدر إن مسلحين مجهولين أطلقوا النار من سيارة مسرعة على أفراد النقطة قبل أن يلوذوا "
                "بالفرار باتجاه الصحراء.",
                "وأضاف أن قوة من الجيش طوقت المنطقة وبدأت عمليات تفتيش واسعة بحثاً عن المهاجمين.",
                "ولم تتبن أي جهة الهجوم حتى الآن.",
            ],
        ),
        (
            "en_div_layout_sidebar.html",
            "en",
            [
                "Two soldiers killed west of Ramadi",
                "Two soldiers were killed and three others wounded on Saturday evening in an attack on an "
                "observation post west of Ramadi, a local police source said.",
                "Unknown gunmen opened fire from a speeding car on the post before fleeing towards the desert, "
                "the source said.",
                "An army unit cordoned off the area and began wide searches for the attackers, he added.",
                "No group has claimed responsibility for the attack so far.",
            ],
        ),
        (
            "ar_section_inline_read_also.html",
            "ar",
            [
                "وزارة الكهرباء تعلن زيادة ساعات التجهيز في البصرة",
                "أعلنت وزارة الكهرباء، اليوم الأحد، زيادة ساعات تجهيز الطاقة في محافظة البصرة بعد إنجاز أعمال "
                "صيانة في محطتين رئيسيتين.",
                "وقال المتحدث باسم الوزارة في بيان إن ساعات التجهيز سترتفع إلى عشرين ساعة يومياً خلال الأسبوع المقبل.",
                "وأشار إلى أن الوزارة تعمل على ربط محطة جديدة بالشبكة الوطنية قبل نهاية الصيف.",
            ],
        ),
    ],
)
def test_news_pages_reduce_to_headline_and_article(name, lang, expected):
    text = decode_text((PAGES / name).read_bytes(), label=name, lang=lang)
    assert text.split("\n\n") == expected


def test_clutter_in_a_fragment_is_dropped_by_the_fallback_extractor():
    page = (
        "<p>قال الوزير إن العمل مستمر.</p><p>اقرأ أيضاً: انفجار في الفلوجة</p>"
        "<p>الوسوم: العراق</p><p>جميع الحقوق محفوظة 2024</p><p>وشارك الوزير في الاجتماع.</p>"
    )
    text = decode_text(page.encode("utf-8"), label="x", lang="ar")
    assert text == "قال الوزير إن العمل مستمر.\n\nوشارك الوزير في الاجتماع."


@pytest.mark.parametrize(
    "paragraph,clutter",
    [
        ("اقرأ أيضاً: انفجار عبوة ناسفة في الفلوجة", True),
        ("إقرأ ايضا انفجار عبوة ناسفة", True),
        ("Read more: Roadside bomb explodes in Fallujah", True),
        ("Tags: Anbar, Ramadi", True),
        ("© 2024 News Network", True),
        ("شارك الخبر", True),
        ("شارك الوزير في مؤتمر الطاقة الذي عقد في بغداد.", False),
        ("Readers were told the tags were removed.", False),
        ("The court ruled that the photo, marked ©, could be used. " * 3, False),
    ],
)
def test_page_clutter_has_a_twin_that_is_kept(paragraph, clutter):
    assert is_clutter(paragraph) is clutter
