"""Sentence segmentation: the hard cases of news text in both languages."""

from workbench.text.quotes import find_quotes
from workbench.text.segment import presegmented, segment


def texts(text, lang):
    sentences = segment(text, lang)
    for s in sentences:
        assert text[s.start : s.end] == s.text
    return [s.text for s in sentences]


def test_english_abbreviations_decimals_and_initials_do_not_split():
    text = "Mr. Smith met Dr. J. R. Jones in the U.S. capital on Jan. 5. Output rose 3.5 percent. It fell!"
    assert texts(text, "en") == [
        "Mr. Smith met Dr. J. R. Jones in the U.S. capital on Jan. 5.",
        "Output rose 3.5 percent.",
        "It fell!",
    ]


def test_us_at_sentence_end_before_a_new_sentence_splits():
    text = "He flew to the U.S. The talks begin today."
    assert texts(text, "en") == ["He flew to the U.S.", "The talks begin today."]


def test_month_or_initial_before_a_sentence_starter_ends_the_sentence():
    text = "He enlisted on Sept. He was arrested later. It reads like the letter u. The rest is silent."
    assert texts(text, "en") == [
        "He enlisted on Sept.",
        "He was arrested later.",
        "It reads like the letter u.",
        "The rest is silent.",
    ]
    # their twins: a month before its day, an initial before a surname
    assert texts("He enlisted on Sept. 11 with George W. Bush in office.", "en") == [
        "He enlisted on Sept. 11 with George W. Bush in office."
    ]


def test_quote_spanning_a_sentence_end_stays_with_its_attribution():
    text = "“We will not retreat. The work goes on,” he added. Officials agreed."
    assert texts(text, "en") == ["“We will not retreat. The work goes on,” he added.", "Officials agreed."]


def test_quote_ending_a_sentence_splits_after_the_closing_mark():
    assert texts('He said: "Stop. Now." Then he left.', "en") == ['He said: "Stop. Now."', "Then he left."]


def test_quotation_of_several_sentences_standing_alone_splits_at_each_sentence():
    text = 'Officials met. "We will not retreat. The work goes on." Officials agreed.'
    assert texts(text, "en") == ["Officials met.", '"We will not retreat.', 'The work goes on."', "Officials agreed."]
    # its twins: a speaker before the quotation, or attribution after it, keep it one sentence
    text = 'He said: "We will not retreat. The work goes on." Officials agreed.'
    assert texts(text, "en") == ['He said: "We will not retreat. The work goes on."', "Officials agreed."]
    assert texts('"We will not retreat. The work goes on" he said.', "en") == [
        '"We will not retreat. The work goes on" he said.'
    ]


def test_arabic_quotation_of_several_sentences_splits_when_it_stands_alone():
    text = 'انتهى الاجتماع. "لن نتراجع. العمل مستمر". وانتهى اليوم.'
    assert texts(text, "ar") == ["انتهى الاجتماع.", '"لن نتراجع.', 'العمل مستمر".', "وانتهى اليوم."]
    text = 'وأضاف "لن نتراجع. العمل مستمر". وانتهى الاجتماع.'
    assert texts(text, "ar") == ['وأضاف "لن نتراجع. العمل مستمر".', "وانتهى الاجتماع."]
    assert texts('"لن نتراجع. العمل مستمر" كما قال الوزير.', "ar") == ['"لن نتراجع. العمل مستمر" كما قال الوزير.']


def test_arabic_question_mark_decimal_and_doctor_abbreviation():
    text = "قال د. أحمد إن النمو بلغ ٣٫٥ في المئة. هل يستمر؟ لا أحد يعرف"
    assert texts(text, "ar") == ["قال د. أحمد إن النمو بلغ ٣٫٥ في المئة.", "هل يستمر؟", "لا أحد يعرف"]


def test_arabic_guillemet_quote_with_inner_full_stop():
    text = "وقال «لن نتراجع. العمل مستمر»، مضيفاً أن الخطة جاهزة. وانتهى الاجتماع."
    assert texts(text, "ar") == ["وقال «لن نتراجع. العمل مستمر»، مضيفاً أن الخطة جاهزة.", "وانتهى الاجتماع."]


def test_latin_letter_before_an_arabic_word_ends_the_arabic_sentence():
    text = "ويلفظ الحرف مثل حرف u. وذكرت اللجنة أن القرار للأعضاء."
    assert texts(text, "ar") == ["ويلفظ الحرف مثل حرف u.", "وذكرت اللجنة أن القرار للأعضاء."]
    # its twin: a Latin initial inside an English name in Arabic text stays
    assert texts("وقال جون F. Kennedy في خطابه.", "ar") == ["وقال جون F. Kennedy في خطابه."]


def test_arabic_year_abbreviation_m():
    assert texts("ولد عام ١٩٥٠ م. في بغداد.", "ar") == ["ولد عام ١٩٥٠ م. في بغداد."]


def test_every_line_is_a_paragraph_boundary_and_offsets_point_into_the_text():
    text = "Headline without a stop\n\n  First sentence. Second one.\n"
    sentences = segment(text, "en")
    assert [s.text for s in sentences] == ["Headline without a stop", "First sentence.", "Second one."]
    assert [(s.start, s.end) for s in sentences] == [(0, 23), (27, 42), (43, 54)]


def test_ellipsis_followed_by_lowercase_does_not_split():
    assert texts("He paused… and then spoke. Done.", "en") == ["He paused… and then spoke.", "Done."]


def test_presegmented_takes_each_line_as_is():
    text = "One. Two.\n\n  Three  \n"
    sentences = presegmented(text)
    assert [(s.text, s.start, s.end) for s in sentences] == [("One. Two.", 0, 9), ("Three", 13, 18)]


def test_quote_styles_and_apostrophes():
    text = "al-Ma'aloumeh said “a” «ب ت» „c d“ 'e f g' and \"h\" don't"
    found = [text[q.start : q.end] for q in find_quotes(text)]
    assert found == ["“a”", "«ب ت»", "„c d“", "'e f g'", '"h"']


def test_an_arabic_dateline_belongs_to_the_sentence_it_opens():
    text = "المعلومة/ بغداد.. كشف نائب عن وصول تعزيزات. وقال إن الأمر خطير."
    assert [s.text for s in segment(text, "ar")] == [
        "المعلومة/ بغداد.. كشف نائب عن وصول تعزيزات.",
        "وقال إن الأمر خطير.",
    ]
    # two dots after a longer opening are an ordinary sentence end
    long_opening = "قال مصدر أمني في المدينة اليوم.. وأضاف أن الوضع هادئ."
    assert len(segment(long_opening, "ar")) == 2


def test_a_quote_mark_typed_against_the_verb_before_it_still_opens_the_quote():
    text = 'وقال" إننا نؤدي عملا جيدا في المدينة". وأضاف«سنواصل العمل»'
    found = [text[q.start : q.end] for q in find_quotes(text)]
    assert found == ['" إننا نؤدي عملا جيدا في المدينة"', "«سنواصل العمل»"]
    # its twins: a closing mark after a word, a lone mark, and an inch mark are not openers
    said = 'He said "we will win" and left.'
    assert [said[q.start : q.end] for q in find_quotes(said)] == ['"we will win"']
    assert find_quotes('The team said" nothing more.') == []
    # in English a mark against a word is an apostrophe typed as a quote mark, never an opener
    assert find_quotes('The Lakers" official site said it was great" and left.') == []
    inches = 'He is 6\'2" tall and "fit".'
    assert [inches[q.start : q.end] for q in find_quotes(inches)] == ['"fit"']
    # curly marks typed against words and closed by straight ones: the straight marks are not openers
    mixed = 'رفض النظرة”السلبية" إلى الفن، وقال فريق”النجوم" إنه سيغني.'
    assert find_quotes(mixed) == []


def test_arabic_quote_marks_typed_loosely_pair_by_where_their_spaces_fall():
    def inner(text: str) -> list[str]:
        return [q.inner(text).strip() for q in find_quotes(text)]

    # a space inside the marks
    assert inner('وقال: " إننا سنواصل العمل حتى النهاية ".') == ["إننا سنواصل العمل حتى النهاية"]
    assert inner("وقال « نحن هنا من أجل السلام » ثم غادر.") == ["نحن هنا من أجل السلام"]
    # a closing mark typed against the next word closes its quote, not the next one's opening
    two = 'وقال "نحن هنا من أجل السلام"وأضاف "لن نغادر أبدا".'
    assert inner(two) == ["نحن هنا من أجل السلام", "لن نغادر أبدا"]
    assert inner("وقال «نحن هنا من أجل السلام»وأضاف «لن نغادر أبدا».") == ["نحن هنا من أجل السلام", "لن نغادر أبدا"]
    # a quoted word inside a quote: the outer quote is whole
    assert inner('وقال: "إن الحديث عن "الهزيمة" مبالغ فيه كثيرا" وأضاف.') == ['إن الحديث عن "الهزيمة" مبالغ فيه كثيرا']
    assert inner("وقال «إن الحديث عن «الهزيمة» مبالغ فيه كثيرا» وأضاف.") == ["إن الحديث عن «الهزيمة» مبالغ فيه كثيرا"]
    # twins: marks the spaces cannot pair (a quote left open) and English lines keep the general rules
    assert inner('وقال "نحن هنا" وأضاف "لن نغادر') == ["نحن هنا"]
    assert inner('He said "we will stay" and "we will fight".') == ["we will stay", "we will fight"]
    assert inner("وقال «نحن هنا من أجل السلام") == []


def test_arabic_quotation_closed_on_a_full_stop_keeps_its_attribution_after_it():
    text = 'وقال إن "العمل مستمر حتى النهاية." حسبما أفاد الوزير. وانتهى الاجتماع.'
    assert texts(text, "ar") == ['وقال إن "العمل مستمر حتى النهاية." حسبما أفاد الوزير.', "وانتهى الاجتماع."]
    # its twin: a new sentence after the quotation, opening with a verb that credits no one
    text = 'وقال إن "العمل مستمر حتى النهاية." وانتهى الاجتماع مساء الأحد.'
    assert texts(text, "ar") == ['وقال إن "العمل مستمر حتى النهاية."', "وانتهى الاجتماع مساء الأحد."]
    # nor a verb of saying with its own complement: a report of its own
    text = 'وقال إن "العمل مستمر حتى النهاية." وقالت الشرطة إنه انتهى.'
    assert texts(text, "ar") == ['وقال إن "العمل مستمر حتى النهاية."', "وقالت الشرطة إنه انتهى."]


def test_latin_initials_written_in_arabic_letters_do_not_end_a_sentence():
    # جيه. كيه. "J.K.": the names of Latin letters written as initials, each with its period
    text = "وقالت الكاتبة جيه. كيه. رولينغ إن الرواية الجديدة ستصدر في الخريف. وأضافت أنها أنهتها قبل شهر."
    assert texts(text, "ar") == [
        "وقالت الكاتبة جيه. كيه. رولينغ إن الرواية الجديدة ستصدر في الخريف.",
        "وأضافت أنها أنهتها قبل شهر.",
    ]


def test_a_latin_letter_name_alone_may_end_a_sentence():
    # الفيتامين دي. "vitamin D.": one letter name is no run of initials, and the sentence ends after it
    assert texts("وقال الطبيب إن المرضى يحتاجون الفيتامين دي. وأضاف أن الجرعة صغيرة.", "ar") == [
        "وقال الطبيب إن المرضى يحتاجون الفيتامين دي.",
        "وأضاف أن الجرعة صغيرة.",
    ]
