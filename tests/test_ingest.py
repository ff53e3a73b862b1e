"""Reading articles as a user hands them to rasd: formats, encodings, metadata, bad inputs."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from rasd.ingest import MAX_ARTICLE_CHARS, CsvMapping, IngestReport, Problem, read_paths, sample_paths

# Our own sentences (fictional, not from any corpus).
AR = ("قال المرصد السوري لحقوق الإنسان إن ما لا يقل عن تسعة مدنيين قتلوا في قصف مدفعي "
      "استهدف بلدة في ريف حماة الشمالي.")
AR2 = "أفاد الدفاع المدني بإصابة خمسة أشخاص بجروح جراء انفجار عبوة ناسفة في مدينة الباب."
EN = "At least nine civilians were killed in artillery shelling on a village north of Hama, a monitor said."


def read(*paths: object, **kw: object) -> tuple[list, IngestReport]:
    report = IngestReport()
    arts = list(read_paths([str(p) for p in paths], report=report, **kw))
    return arts, report


def one_problem(report: IngestReport, name: str) -> Problem:
    assert len(report.problems) == 1, report.problems
    p = report.problems[0]
    assert name in p.origin, p
    return p


# -- formats --------------------------------------------------------------------------------


def test_txt_file_gives_one_filled_article(tmp_path: Path) -> None:
    f = tmp_path / "report.txt"
    f.write_text(AR, encoding="utf-8")
    [a], report = read(f)
    assert a.text == AR and a.lang == "ar" and a.origin == str(f)
    assert a.id.startswith("a-") and len(a.content_hash) == 64
    assert report.summary() == "read 1 article from 1 input; skipped 0; failed 0"


def test_txt_headline_set_off_by_a_blank_line_is_the_title(tmp_path: Path) -> None:
    f = tmp_path / "r.txt"
    f.write_text("قتلى بقصف على ريف حماة\n\n" + AR, encoding="utf-8")
    [a], _ = read(f)
    assert a.title == "قتلى بقصف على ريف حماة"


def test_jsonl_keeps_metadata_and_line_origins(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    rows = [{"id": "x1", "source": "outlet", "url": "https://example.org/1", "title": "قصف",
             "published": "2019-05-03", "lang": "ar", "text": AR},
            {"id": 7, "text": EN}]
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", "utf-8")
    a, b = read(f)[0]
    assert (a.id, a.source, a.url, a.title, a.published, a.published_from) == (
        "x1", "outlet", "https://example.org/1", "قصف", "2019-05-03", "metadata")
    assert a.origin == f"{f}:1" and b.origin == f"{f}:2"
    assert b.id == "7" and b.lang == "en" and b.published is None


def test_json_file_with_one_object_or_a_list(tmp_path: Path) -> None:
    one, many = tmp_path / "one.json", tmp_path / "many.json"
    one.write_text(json.dumps({"id": "o", "text": AR}), "utf-8")
    many.write_text(json.dumps([{"id": "m1", "text": AR}, {"id": "m2", "text": AR2}]), "utf-8")
    arts, report = read(one, many)
    assert [a.id for a in arts] == ["o", "m1", "m2"] and report.failed == 0


def test_csv_with_fakes_columns_is_understood_without_mapping(tmp_path: Path) -> None:
    f = tmp_path / "fakes.csv"
    f.write_text("unit_id,article_title,article_content,source,date,location,labels\n"
                 f'1,قصف على حماة,"{AR}\nسطر ثان",outlet-a,2/15/2017,hama,1\n'
                 f"2,انفجار في الباب,{AR2},outlet-b,8/3/2018,aleppo,0\n", encoding="utf-8")
    a, b = read(f)[0]
    assert a.title == "قصف على حماة" and a.text == AR + "\nسطر ثان" and a.source == "outlet-a"
    assert a.published == "2017-02-15" and a.id == "1"
    assert b.published == "2018-03-08"  # day first unless the month cannot be
    assert a.origin == f"{f}:2" and b.origin == f"{f}:4"  # a row's first line, quotes spanning


def test_a_sheet_with_fakes_coded_columns_writes_its_dates_month_first(tmp_path: Path) -> None:
    f = tmp_path / "coded.csv"
    f.write_text("unit_id,article_content,date,nb_civilians,cause_of_death\n"
                 f"1,{AR},4/5/17,3,shelling\n", encoding="utf-8")
    [a], _ = read(f)
    assert a.published == "2017-04-05"  # FA-KES's 4/5/17 is 5 April
    [a], _ = read(f, date_order="dmy")
    assert a.published == "2017-05-04"


def test_date_order_says_how_numeric_metadata_dates_are_written(tmp_path: Path) -> None:
    sheet = tmp_path / "us.csv"
    sheet.write_text(f"text,date\n{AR},4/5/17\n", encoding="utf-8")
    lines = tmp_path / "us.jsonl"
    lines.write_text(json.dumps({"text": AR, "published": "04/05/2017"}) + "\n", encoding="utf-8")
    assert [a.published for a in read(sheet, lines)[0]] == ["2017-05-04", "2017-05-04"]
    assert [a.published for a in read(sheet, lines, date_order="mdy")[0]] == ["2017-04-05", "2017-04-05"]
    with pytest.raises(ValueError):
        read(sheet, date_order="ymd")


def test_csv_columns_mapped_by_the_user(tmp_path: Path) -> None:
    f = tmp_path / "feed.csv"
    f.write_text(f"headline;body;day\nعنوان;{AR};2020-01-05\n", encoding="utf-8")
    [a], _ = read(f, csv_map=CsvMapping(text="body", title="headline", date="day"))
    assert (a.title, a.text, a.published) == ("عنوان", AR, "2020-01-05")


def test_csv_without_a_text_column_names_the_columns(tmp_path: Path) -> None:
    f = tmp_path / "x.csv"
    f.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    arts, report = read(f)
    p = one_problem(report, "x.csv")
    assert not arts and p.failed
    assert p.message == "no text column; columns are: a, b, c; map one with --csv-text"


def test_csv_mapping_to_a_missing_column_is_one_failure(tmp_path: Path) -> None:
    f = tmp_path / "x.csv"
    f.write_text(f"text\n{AR}\n", encoding="utf-8")
    _, report = read(f, csv_map=CsvMapping(text="body"))
    assert "'body'" in one_problem(report, "x.csv").message


def test_csv_doubled_quotes_stay_inside_one_row_per_rfc_4180(tmp_path: Path) -> None:
    # A quoted report quoting people: each "" is one quote mark, not the end of the field.
    body = 'قال "المرصد" إن 5 مدنيين قتلوا، و"أضاف" أن "الحصيلة" أولية, ' * 40
    f = tmp_path / "quotes.csv"
    f.write_text('id,text,date\n1,"' + body.replace('"', '""') + '",2020-01-02\n2,ثان,2020-01-03\n',
                 encoding="utf-8")
    arts, report = read(f)
    assert [a.id for a in arts] == ["1", "2"] and report.problems == []
    assert arts[0].text == body and arts[0].published == "2020-01-02"


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_csv_delimiter_comes_from_the_header_and_quoting_stays_rfc_4180(
        tmp_path: Path, delimiter: str) -> None:
    f = tmp_path / "semi.csv"
    f.write_text(f'"title"{delimiter}"text"\n"قصف{delimiter} ""عنيف"""{delimiter}"{AR}\nسطر"\n',
                 encoding="utf-8")
    [a], report = read(f)
    assert (a.title, a.text) == (" ".join(f'قصف{delimiter} "عنيف"'.split()), AR + "\nسطر")


def test_html_page_gives_text_and_metadata_without_boilerplate(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    body = "".join(f"<p>{s}</p>" for s in (AR, "SHARE", AR2, "شارك", AR + " وأضاف المرصد أن الحصيلة مرشحة للارتفاع."))
    f.write_text(f"""<html lang="ar"><head><meta charset="utf-8"><title>قصف على حماة | موقع</title>
<meta property="og:title" content="قصف على حماة"><meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2021-06-02T08:00:00+03:00">
<link rel="canonical" href="https://example.org/a/1"></head>
<body><nav><a href="/">الرئيسية</a></nav><article><h1>قصف على حماة</h1>{body}</article></body></html>""",
                 encoding="utf-8")
    [a], report = read(f)
    assert report.failed == 0
    assert AR in a.text and AR2 in a.text
    assert "SHARE" not in a.text and "شارك\n" not in a.text + "\n"
    assert (a.title, a.source, a.url) == ("قصف على حماة", "Example News", "https://example.org/a/1")
    assert (a.published, a.published_from, a.lang) == ("2021-06-02", "metadata", "ar")


def test_html_meta_charset_is_honoured(tmp_path: Path) -> None:
    f = tmp_path / "old.htm"
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-6"></head><body><article><p>{AR}</p><p>{AR2}</p></article></body></html>'
    f.write_bytes(page.encode("iso-8859-6"))
    [a], _ = read(f)
    assert AR in a.text


def test_folder_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(AR2, "utf-8")
    (tmp_path / "a.txt").write_text(AR, "utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")  # unknown suffix inside a folder: ignored
    (tmp_path / ".hidden.txt").write_text(AR, "utf-8")
    arts, report = read(tmp_path)
    assert [Path(a.origin).name for a in arts] == ["a.txt", "2.txt"]
    assert report.problems == [] and report.inputs == 2


def test_empty_folder_is_one_skip(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    arts, report = read(tmp_path / "empty", good(tmp_path))
    p = one_problem(report, "empty")
    assert not p.failed and len(arts) == 1


def test_excel_csv_with_bom_and_windows_1256(tmp_path: Path) -> None:
    f, g = tmp_path / "bom.csv", tmp_path / "ansi.csv"
    f.write_bytes(f"Title,Content\r\nعنوان,{AR}\r\n".encode("utf-8-sig"))
    g.write_bytes(f"title,text\r\nعنوان,{AR2}\r\n".encode("cp1256"))
    a, b = read(f, g)[0]
    assert (a.title, a.text, b.text) == ("عنوان", AR, AR2)


def test_stdin_plain_text_and_json_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(AR))
    [a], _ = read("-")
    assert a.text == AR and a.origin == "<stdin>"
    lines = json.dumps({"id": "s1", "text": AR}) + "\n" + json.dumps({"id": "s2", "text": AR2})
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode("utf-8"))))
    arts, _ = read("-")
    assert [x.id for x in arts] == ["s1", "s2"] and arts[1].origin == "<stdin>:2"


# -- encodings and text ---------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256"])
def test_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    f = tmp_path / "r.txt"
    f.write_bytes((AR + "\n" + AR2).encode(encoding))
    [a], report = read(f)
    assert a.text == AR + "\n" + AR2 and report.failed == 0


def test_utf16_json_lines(tmp_path: Path) -> None:
    f = tmp_path / "f.jsonl"
    f.write_bytes(json.dumps({"id": "u", "text": AR}, ensure_ascii=False).encode("utf-16-le"))
    [a], _ = read(f)
    assert a.text == AR


def test_nbsp_tatweel_quotes_and_rtl_marks_are_kept_newlines_and_nfc_normalised(tmp_path: Path) -> None:
    text = "قال\u00a0المرصد: «قُتـــل تسعة» \u201cمدنيين\u201d\u200f في حماة.\r\nوأضاف أن الحصيلة أولية."
    decomposed = "ا\u0654علن"  # alef + combining hamza: NFC composes it to أ
    f = tmp_path / "r.txt"
    f.write_bytes((text + "\r\n" + decomposed).encode("utf-8"))
    [a], _ = read(f)
    assert "\u00a0" in a.text and "ـــ" in a.text and "«" in a.text and "\u201c" in a.text
    assert "\u200f" in a.text and "\r" not in a.text and a.text.endswith("أعلن")


def test_boilerplate_lines_and_page_tail_are_stripped_from_txt(tmp_path: Path) -> None:
    f = tmp_path / "saved.txt"
    f.write_text("\n".join([
        "SHARE", AR, "اقرأ أيضاً:", AR2, "» شارك «",
        "We use cookies to give you the best experience.",
        "المواضيع الأكثر قراءة", "مقتل 40 شخصا في حادث لا علاقة له بالخبر"]), encoding="utf-8")
    [a], _ = read(f)
    assert a.text == AR + "\n" + AR2


def test_same_article_with_other_line_endings_and_spacing_hashes_the_same(tmp_path: Path) -> None:
    (tmp_path / "unix.txt").write_bytes(f"{AR}\n\n{AR2}\n".encode("utf-8"))
    (tmp_path / "dos.txt").write_bytes(f"{AR}\r\n\r\n{AR2}  \r\n".encode("utf-8"))
    (tmp_path / "one.jsonl").write_text(json.dumps({"text": f"{AR} {AR2}"}), "utf-8")
    a, b, c = read(tmp_path / "unix.txt", tmp_path / "dos.txt", tmp_path / "one.jsonl")[0]
    assert a.content_hash == b.content_hash == c.content_hash and a.id == b.id == c.id


def test_language_from_text_unless_metadata_gives_a_valid_one(tmp_path: Path) -> None:
    f = tmp_path / "f.jsonl"
    f.write_text("\n".join(json.dumps(r) for r in [
        {"text": EN}, {"text": AR}, {"text": AR, "lang": "ar-SY"}, {"text": EN, "lang": "fr"}]), "utf-8")
    assert [a.lang for a in read(f)[0]] == ["en", "ar", "ar", "en"]


@pytest.mark.parametrize("value,expected", [
    ("2018-02-08", "2018-02-08"), ("2018-02-08T23:30:00-05:00", "2018-02-08"),
    ("2018-02-08 10:00", "2018-02-08"), ("08/02/2018", "2018-02-08"),
    ("8 February 2018", "2018-02-08"), ("February 8, 2018", "2018-02-08"),
    ("Thu, 08 Feb 2018 10:00:00 GMT", "2018-02-08"), ("8 شباط 2018", "2018-02-08"),
])
def test_metadata_dates(tmp_path: Path, value: str, expected: str) -> None:
    f = tmp_path / "f.jsonl"
    f.write_text(json.dumps({"text": AR, "published": value}), "utf-8")
    [a] = read(f)[0]
    assert (a.published, a.published_from) == (expected, "metadata")


def test_date_from_dateline_when_metadata_has_none(tmp_path: Path) -> None:
    f = tmp_path / "f.jsonl"
    f.write_text(json.dumps({"text": "حماة 3 أيار 2019 - " + AR, "published": "not a date"}), "utf-8")
    [a] = read(f)[0]
    assert (a.published, a.published_from) == ("2019-05-03", "text")
    g = tmp_path / "g.txt"
    g.write_text(AR, "utf-8")
    assert read(g)[0][0].published_from is None


# -- bad inputs: one problem each, the batch goes on ---------------------------------------


def good(tmp_path: Path) -> Path:
    f = tmp_path / "good.txt"
    f.write_text(AR, "utf-8")
    return f


@pytest.mark.parametrize("name,content,failed,words", [
    ("empty.txt", b"", False, "empty"),
    ("blank.txt", b"  \n\n ", False, "empty"),
    ("pic.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, True, "binary"),
    ("ctrl.txt", bytes(range(1, 9)) * 50, True, "binary"),
    ("latin.txt", "Déjà vu à Genève".encode("latin-1") + b"\xe9\xe8\xfc", True, "UTF-8"),
    ("doc.pdf", b"%PDF-1.4", True, "unsupported file type '.pdf'"),
    ("bad.json", b"{not json", True, "not valid JSON"),
    ("notext.json", b'{"id": "x", "title": "t"}', True, "no text"),
])
def test_bad_input_is_one_problem_and_the_batch_goes_on(tmp_path: Path, name: str, content: bytes,
                                                        failed: bool, words: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    arts, report = read(bad, good(tmp_path))
    p = one_problem(report, name)
    assert p.failed is failed and words in p.message and "\n" not in p.message
    assert len(arts) == 1 and report.read == 1
    assert (report.failed, report.skipped) == ((1, 0) if failed else (0, 1))


def test_missing_path_is_a_failure(tmp_path: Path) -> None:
    arts, report = read(tmp_path / "nope.txt", good(tmp_path))
    assert "no such file" in one_problem(report, "nope.txt").message and len(arts) == 1


def test_malformed_json_line_fails_that_line_only(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    f.write_text("\n".join([json.dumps({"id": "1", "text": AR}), '{"id": "2", "text": ',
                            json.dumps([1, 2]), json.dumps({"id": "4", "text": AR2})]), "utf-8")
    arts, report = read(f)
    assert [a.id for a in arts] == ["1", "4"]
    assert [(p.origin, p.message.split(" (")[0]) for p in report.problems] == [
        (f"{f}:2", "not valid JSON"), (f"{f}:3", "not a JSON object")]


def test_file_over_max_bytes_fails_with_sizes(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_text(AR * 10, "utf-8")
    arts, report = read(f, good(tmp_path), max_bytes=500)
    p = one_problem(report, "big.txt")
    assert p.failed and "500 bytes" in p.message and "limit" in p.message and len(arts) == 1


def test_on_problem_is_called_as_problems_happen(tmp_path: Path) -> None:
    seen: list[Problem] = []
    report = IngestReport(on_problem=seen.append)
    it = read_paths([str(tmp_path / "missing.txt"), str(good(tmp_path))], report=report)
    next(it)
    assert [p.origin for p in seen] == [str(tmp_path / "missing.txt")]


@pytest.mark.parametrize("line, message", [
    ('{"text": "قتل 5 \\ud800 مدنيين"}', "'text' holds a lone surrogate (U+D800) at position 6"),
    ('{"text": "قتل 5 مدنيين", "title": "\\udc00"}', "'title' holds a lone surrogate (U+DC00)"),
    ('{"text": "قتل\\u0000 5 مدنيين"}', "'text' holds a NUL character at position 3"),
    ('{"text": "x", "id": ' + "9" * 5000 + "}", "a number with 5,000 digits"),
    ("[" * 100_000 + "]" * 100_000, "JSON nested too deeply"),
])
def test_hostile_json_line_is_one_failure_and_the_next_line_is_read(
        tmp_path: Path, line: str, message: str) -> None:
    f = tmp_path / "feed.jsonl"
    f.write_text(line + "\n" + json.dumps({"id": "next", "text": AR}) + "\n", "utf-8")
    arts, report = read(f)
    p = one_problem(report, "feed.jsonl:1")
    assert p.failed and message in p.message and [a.id for a in arts] == ["next"]


def test_deep_json_document_is_one_failure_and_the_next_file_is_read(tmp_path: Path) -> None:
    f = tmp_path / "deep.json"
    f.write_text('{"text": ' + "[" * 100_000 + "]" * 100_000 + "}", "utf-8")
    arts, report = read(f, good(tmp_path))
    assert "nested too deeply" in one_problem(report, "deep.json").message and len(arts) == 1


def test_text_over_the_article_limit_is_split_with_a_warning(tmp_path: Path) -> None:
    paragraph = AR + " " + AR2 + " ({})\n"
    text = "".join(paragraph.format(i) for i in range(MAX_ARTICLE_CHARS * 5 // 2 // len(paragraph)))
    f = tmp_path / "dump.jsonl"
    f.write_text(json.dumps({"id": "dump", "text": text, "published": "2020-05-01"},
                            ensure_ascii=False) + "\n", "utf-8")
    seen: list[Problem] = []
    report = IngestReport(on_problem=seen.append)
    arts = list(read_paths([str(f)], report=report))
    assert [a.id for a in arts] == ["dump-part1", "dump-part2", "dump-part3"]
    assert all(len(a.text) <= MAX_ARTICLE_CHARS and a.published == "2020-05-01" for a in arts)
    assert "".join(a.text + "\n" for a in arts) == text  # cut at paragraph ends, nothing lost
    assert [a.origin for a in arts] == [f"{f}:1 (part {k} of 3)" for k in (1, 2, 3)]
    assert len({a.content_hash for a in arts}) == 3
    [w] = seen
    assert w.warning and not w.failed and "over the 100,000-character limit" in w.message
    assert report.warned == 1 and report.failed == report.skipped == 0 and report.read == 3
    assert report.summary().endswith("warnings 1")


@pytest.mark.parametrize("text, cut", [
    ("a" * 60 + "\n" + "b" * 60, "a" * 60),  # at the line break
    ("a" * 30 + ". " + "b" * 30 + ". " + "c" * 60, "a" * 30 + ". " + "b" * 30 + "."),  # sentence end
    ("a" * 60 + " " + "b" * 60, "a" * 60),  # a space
    ("a" * 250, "a" * 100),  # nowhere better: at the limit
])
def test_split_text_cuts_where_a_paragraph_sentence_or_word_ends(text: str, cut: str) -> None:
    from rasd.ingest.split import split_text

    pieces = split_text(text, limit=100)
    assert pieces[0] == cut and all(len(p) <= 100 for p in pieces)
    assert "".join(pieces).replace(" ", "").replace("\n", "") == text.replace(" ", "").replace("\n", "")


# -- samples --------------------------------------------------------------------------------


def test_bundled_samples_read_cleanly() -> None:
    paths = sample_paths()
    assert {p.suffix for p in paths} >= {".txt", ".jsonl", ".html"}
    arts, report = read(*paths)
    assert report.problems == [] and 6 <= len(arts) <= 8
    assert {a.lang for a in arts} == {"ar", "en"}
    txt = next(a for a in arts if a.origin.endswith(".txt"))
    assert txt.published == "2024-03-12" and txt.published_from == "text"
    assert all(a.published for a in arts)
