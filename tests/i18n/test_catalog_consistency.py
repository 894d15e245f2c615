"""Consistency rules a reader notices, checked over every catalog, the templates and the demo.

- The centre's and the edition's names are spelled one way per language (the forms the demo's
  site settings, the catalogs' "Center for Strategic and Regional Studies" and "Weekly Analysis"
  and every sentence that names them use).
- Dari is Afghan Dari: no Iranian month names, vocabulary or spellings (a list, each with the
  Afghan form a translator should write instead).
- Pashto keeps one spelling of the words it used two ways (week, file, import, please …).
- No duplicate, fuzzy or empty entry; every placeholder of the msgid is in the msgstr.

Each rule is a function over (msgid, msgstr) pairs, so the tests below also feed it a bad entry
and see it caught. docs/catalog-review.md lists the changes these rules came from.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from csrs import languages
from issues.demo import content as demo

ROOT = Path(__file__).resolve().parents[2]
LOCALE = ROOT / "locale"
RTL = [lang for lang in languages.LANGUAGES if lang.code != languages.DEFAULT_LANGUAGE.code]

CENTRE = {
    "ps": "د ستراتیژیکو او سیمه‌ییزو څېړنو مرکز",
    "fa-af": "مرکز مطالعات استراتژیک و منطقوی",
    "ar": "مركز الدراسات الاستراتيجية والإقليمية",
}
EDITION = {"ps": "اونیزه شننه", "fa-af": "تحلیل هفته‌وار", "ar": "التحليل الأسبوعي"}

# Forms that must not appear, per language: (pattern, what to write instead).
_WORD = r"(?<![\u0600-\u06FF\u200c]){}(?![\u0600-\u06FF])"
FORBIDDEN = {
    "ps": [
        ("اوونی", "اونیزه / اونیزې (one spelling of weekly)"),
        ("اوونۍ", "اونۍ (one spelling of week)"),
        ("سیمه ییز", "سیمه‌ییز, with a zero-width non-joiner"),
        ("څیړن", "څېړن (Pashto ې)"),
        ("څېړنو مرکز اونیز", "… څېړنو د مرکز اونیزه شننه (the Centre's: a second «د»)"),
        ("لطفاً", "مهرباني وکړئ"),
        ("دوتن", "فایل (one word for file)"),
        ("واردول|وارد شو|وارد نه", "راوړل (one word for import)"),
        ("صادرول|صادره", "بهر ایستل (one word for export)"),
        ("پاراميټر", "پارامېټر"),
        (_WORD.format("هیڅ"), "هېڅ (Pashto ې)"),
        ("بیرته", "بېرته (Pashto ې)"),
        ("منظور", "تایید (one word for approve)"),
        ("(?<=[\u0600-\u06ff])لی ش[يئ]", "…لای شي (one form of the potential, as «کولای»)"),
        ("وښایاست", "وښایئ (one imperative form)"),
    ],
    "fa-af": [
        ("منطقه‌ای|منطقه ای|منطقه‌ي", "منطقوی"),
        ("هفتگی", "هفته‌وار"),
        ("استراتیژیک", "استراتژیک (the centre's own spelling)"),
        ("فارسی", "دری"),
        ("فروردین|اردیبهشت|خرداد|مرداد|شهریور|آبان|آذر|بهمن|اسفند", "حمل، ثور … حوت"),
        (_WORD.format("(?:تیر|مهر|دی) ماه"), "Afghan month names"),
        ("پیش‌نویس|پیشنویس", "مسوده"),
        ("دانشگاه", "پوهنتون"),
        ("دانشجو", "محصل"),
        ("بیمارستان", "شفاخانه"),
        ("رایانامه|پست الکترونیک", "ایمیل"),
        ("گذرواژه", "رمز عبور"),
        ("پیشخوان", "داشبورد"),
        (_WORD.format("تلفن"), "تیلفون"),
        (_WORD.format("استان"), "ولایت"),
        ("شهرستان", "ولسوالی"),
        ("مترجم", "ترجمان"),
        ("ه\u200cی(?=[ ،.:؛])", "ezafe after ه: «هٔ»"),
        ("خرده نان|وگتیل", "Dari wording for Wagtail's strings"),
    ],
    "ar": [
        ("الاستراتيجيه|الإقليميه", "ة, not ه"),
        ("([\u0621-\u064a])اً", "the fathatan before the alif: «ًا»"),
    ],
}
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")


def read(language, domain="django"):
    """The (msgid, msgstr) pairs of a catalog, plural forms included, in file order."""
    path = LOCALE / language.locale_name / "LC_MESSAGES" / f"{domain}.po"
    if not path.exists():
        return []
    with path.open("rb") as handle:
        catalog = read_po(handle)
    return [m for m in catalog if m.id]


def raw_msgids(language, domain="django"):
    path = LOCALE / language.locale_name / "LC_MESSAGES" / f"{domain}.po"
    if not path.exists():
        return []
    return re.findall(r'^msgid "(.+)"$', path.read_text(), re.M)


def pairs(messages):
    for m in messages:
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        for string in strings:
            yield ids[-1] if len(strings) > 1 else ids[0], string


def forbidden_forms(code, texts):
    """Every (text, form, advice) where a forbidden form of ``code`` occurs."""
    found = []
    for text in texts:
        for pattern, advice in FORBIDDEN[code]:
            match = re.search(pattern, text)
            if match:
                found.append((text, match.group(0), advice))
    return found


def name_problems(code, messages):
    """The centre's and edition's names: the catalog's own entries and every sentence naming
    them use the one form."""
    by_id = {m.id: m.string for m in messages if isinstance(m.id, str)}
    problems = []
    for msgid, form in (
        ("Center for Strategic and Regional Studies", CENTRE[code]),
        ("Weekly Analysis", EDITION[code]),
    ):
        if by_id.get(msgid) != form:
            problems.append((msgid, by_id.get(msgid)))
    for msgid, msgstr in pairs(messages):
        if "Center for Strategic and Regional Studies" in msgid and not any(
            form in msgstr for form in _centre_forms(code)
        ):
            problems.append((msgid, msgstr))
        if re.search(r"\bWeekly Analysis\b", msgid) and not any(
            form in msgstr for form in _edition_forms(code)
        ):
            problems.append((msgid, msgstr))
    return problems


def _centre_forms(code):
    # Pashto's possessive takes a second «د»: «د … څېړنو د مرکز اونیزه شننه».
    if code == "ps":
        return (CENTRE["ps"], CENTRE["ps"].replace("څېړنو مرکز", "څېړنو د مرکز"))
    return (CENTRE[code],)


def _edition_forms(code):
    # Inflected where a sentence needs it: «د اونیزې شننې», «اونیزه شننه».
    return {"ps": ("اونیزه شننه", "اونیزې شننې"), "fa-af": (EDITION["fa-af"],)}.get(
        code, (EDITION[code],)
    )


def placeholder_problems(messages):
    problems = []
    for m in messages:
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        wanted = sorted(PLACEHOLDER.findall(ids[-1]))
        for string in strings:
            if sorted(PLACEHOLDER.findall(string)) != wanted and sorted(
                PLACEHOLDER.findall(string)
            ) != sorted(PLACEHOLDER.findall(ids[0])):
                problems.append((ids[0], string))
    return problems


def entry_problems(messages, msgids):
    duplicates = sorted({i for i in msgids if msgids.count(i) > 1})
    empty = [m.id for m in messages if not all(s for s in _strings(m))]
    fuzzy = [m.id for m in messages if m.fuzzy]
    return duplicates + empty + fuzzy


def _strings(m):
    return m.string if isinstance(m.string, tuple) else (m.string,)


def demo_texts(code):
    """Every text the demo content writes in ``code`` (its values under that language's key)."""
    found = []

    def walk(value, inside=False):
        if isinstance(value, str):
            if inside:
                found.append(value)
        elif isinstance(value, dict):
            if code in value and set(value) <= set(languages.CODES):
                walk(value[code], True)
            else:
                for item in value.values():
                    walk(item, inside)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item, inside)

    for name in dir(demo):
        if name.isupper():
            walk(getattr(demo, name))
    return found


def template_texts(code):
    """The text of every element a template marks ``lang="<code>"``."""
    lang = {"fa-af": "fa-AF"}.get(code, code)
    found = []
    for path in (ROOT / "templates").rglob("*.html"):
        found += re.findall(rf'lang="{lang}"[^>]*>([^<]+)<', path.read_text(), re.I)
    return found


# --- The real catalogs, templates and demo ------------------------------------------------------


@pytest.mark.parametrize("language", RTL, ids=lambda lang: lang.code)
def test_the_centre_and_the_edition_are_named_one_way(language):
    assert name_problems(language.code, read(language)) == []
    assert demo.SETTINGS["publisher_name"][language.code] == CENTRE[language.code]
    assert demo.SETTINGS["publication_name"][language.code] == EDITION[language.code]


@pytest.mark.parametrize("language", RTL, ids=lambda lang: lang.code)
@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_no_forbidden_form_in_the_catalogs(language, domain):
    texts = [msgstr for _, msgstr in pairs(read(language, domain))]
    assert forbidden_forms(language.code, texts) == []


@pytest.mark.parametrize("language", RTL, ids=lambda lang: lang.code)
def test_no_forbidden_form_in_the_demo_or_the_templates(language):
    texts = demo_texts(language.code) + template_texts(language.code)
    assert len(demo_texts(language.code)) > 100  # the walk found the demo's text
    assert template_texts(language.code)  # templates/500.html speaks every language
    assert forbidden_forms(language.code, texts) == []


@pytest.mark.parametrize("language", RTL, ids=lambda lang: lang.code)
@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_entries_are_unique_translated_and_keep_their_placeholders(language, domain):
    messages = read(language, domain)
    assert entry_problems(messages, raw_msgids(language, domain)) == []
    assert placeholder_problems(messages) == []


# --- Each rule catches a bad entry ---------------------------------------------------------------


class _Message:
    def __init__(self, msgid, msgstr, fuzzy=False):
        self.id, self.string, self.fuzzy = msgid, msgstr, fuzzy


@pytest.mark.parametrize(
    ("code", "bad"),
    [
        ("fa-af", "مرکز مطالعات استراتژیک و منطقه‌ای"),
        ("fa-af", "ذخیرهٔ پیش‌نویس"),
        ("fa-af", "۱۲ آذر ۱۴۰۳"),
        ("fa-af", "ترجمه‌ی شماره"),
        ("fa-af", "شماره به دانشگاه رسید"),
        ("ps", "ټولې اوونیزې شننې"),
        ("ps", "د ستراتیژیکو او سیمه‌ییزو څېړنو مرکز اونیزه شننه"),
        ("ps", "دوتنه ونه لوستل شوه"),
        ("ar", "مركز الدراسات الاستراتيجيه"),
        ("ar", "طويلة جداً"),
    ],
)
def test_a_forbidden_form_is_caught(code, bad):
    assert forbidden_forms(code, ["ok", bad])
    assert not forbidden_forms(code, [EDITION[code], CENTRE[code]])


def test_a_second_spelling_of_the_centre_is_caught():
    messages = [
        _Message("Center for Strategic and Regional Studies", CENTRE["fa-af"]),
        _Message("Weekly Analysis", EDITION["fa-af"]),
        _Message(
            "The weekly analysis of the Center for Strategic and Regional Studies.",
            "تحلیل هفته‌وار مرکز مطالعات استراتیژیک و منطقوی.",
        ),
    ]
    assert name_problems("fa-af", messages) == [(messages[2].id, messages[2].string)]
    messages[0].string = "مرکز مطالعات راهبردی و منطقوی"
    assert ("Center for Strategic and Regional Studies", messages[0].string) in name_problems(
        "fa-af", messages
    )


def test_a_lost_placeholder_a_fuzzy_or_empty_entry_and_a_duplicate_are_caught():
    lost = _Message("Issue %(number)s", "ګڼه")
    kept = _Message("Issue %(number)s", "ګڼه %(number)s")
    assert placeholder_problems([lost, kept]) == [("Issue %(number)s", "ګڼه")]
    fuzzy = _Message("Save", "خوندي کول", fuzzy=True)
    empty = _Message("Draft", "")
    assert entry_problems([kept, fuzzy, empty], ["Save", "Save", "Draft"]) == [
        "Save",
        "Draft",
        "Save",
    ]
