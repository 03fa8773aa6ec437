"""Reading: encodings, HTML extraction, line ends, and the errors a user can cause."""

import codecs

import pytest

from workbench.errors import InputError
from workbench.reading import decode_text, read_input

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
