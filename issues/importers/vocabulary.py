"""Words the importer recognises, per language, and the normalisation used to compare them.

Headings are compared through :func:`key`, which ignores case, spacing, the zero-width
non-joiner, diacritics, numbering and the Arabic/Persian/Pashto spelling variants of the same
letter (ي/ی, ك/ک, ة/ه, ګ/گ, أ/ا …), so «نتیجه‌گیری», «نتیجه گیری» and «نتيجه گيري» match.
"""

from __future__ import annotations

import functools
import re
import unicodedata

LANGUAGE_CODES = ("en", "ps", "fa-af", "ar")

_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_LETTERS = str.maketrans(
    {
        "ي": "ی",
        "ى": "ی",
        "ې": "ی",
        "ۍ": "ی",
        "ئ": "ی",
        "ك": "ک",
        "ة": "ه",
        "ۀ": "ه",
        "ھ": "ه",
        "ګ": "گ",
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ؤ": "و",
    }
)
_MARKS = re.compile("[\u064b-\u065f\u0670\u0640\u200c\u200d\u200e\u200f\u00ad]")
_NOT_WORD = re.compile(r"[\W_]+")
_NUMBERING = re.compile(r"^\s*(?:[\divxIVX]{1,4}\s*[.)\-–:]\s*)+")


def ascii_digits(text: str) -> str:
    """Persian (۰–۹) and Arabic-Indic (٠–٩) digits as ASCII digits."""
    return text.translate(_DIGITS)


def fold(text: str) -> str:
    """Case- and spelling-folded text that keeps spaces (for phrase search)."""
    return _fold_cached(text) if len(text) <= 300 else _fold(text)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _MARKS.sub("", text).translate(_LETTERS)
    return ascii_digits(text)


_fold_cached = functools.lru_cache(maxsize=32768)(_fold)


def fold_aligned(text: str) -> str:
    """Like :func:`fold` but character for character, so positions match ``text``."""
    out = []
    for ch in text:
        if _MARKS.match(ch):
            out.append(" ")
            continue
        low = ch.lower()
        ch = low if len(low) == 1 else ch
        out.append(ch.translate(_LETTERS).translate(_DIGITS))
    return "".join(out)


def key(text: str) -> str:
    """A comparison key: folded, numbering and everything but letters and digits removed."""
    return _key_cached(text) if len(text) <= 300 else _key(text)


def _key(text: str) -> str:
    text = _NUMBERING.sub("", ascii_digits(text))
    return _NOT_WORD.sub("", fold(text))


_key_cached = functools.lru_cache(maxsize=32768)(_key)


def _keys(words: dict[str, tuple[str, ...]]) -> dict[str, set[str]]:
    return {lang: {key(w) for w in ws} for lang, ws in words.items()}


# Structural headings, per language (raw spellings; matching goes through ``key``).
INTRODUCTION = {
    "en": ("Introduction", "Overview", "Background"),
    "ps": ("سریزه", "پیلامه", "مقدمه", "سرېزه"),
    "fa-af": ("مقدمه", "درآمد", "پیش‌گفتار"),
    "ar": ("مقدمة", "المقدمة", "مدخل", "تمهيد"),
}
CONCLUSION = {
    "en": ("Conclusion", "Conclusions", "Concluding Remarks", "Summary", "Final Word"),
    "ps": ("پایله", "پای ټکي", "نتیجه", "لنډیز"),
    "fa-af": ("نتیجه‌گیری", "نتیجه", "جمع‌بندی", "سخن پایانی"),
    "ar": ("الخاتمة", "خاتمة", "الخلاصة", "خلاصة", "الاستنتاج", "النتيجة"),
}
RECOMMENDATIONS = {
    "en": ("Recommendations", "Recommendation", "Policy Recommendations", "Suggestions"),
    "ps": ("وړاندیزونه", "وړاندېزونه", "سپارښتنې", "وړاندیز"),
    "fa-af": ("پیشنهادها", "پیشنهادات", "پیشنهاد‌ها", "توصیه‌ها", "پیشنهاد"),
    "ar": ("التوصيات", "توصيات", "المقترحات", "مقترحات"),
}
REFERENCES = {
    "en": ("References", "Sources", "Bibliography", "Endnotes", "Notes", "Works Cited"),
    "ps": ("سرچینې", "سرچینی", "ماخذونه", "مآخذ", "منابع", "اخځلیکونه"),
    "fa-af": ("منابع", "مآخذ", "منابع و مآخذ", "پانویس‌ها"),
    "ar": ("المراجع", "مراجع", "المصادر", "مصادر", "الهوامش"),
}
TOC_HEADER = {
    "en": ("In this issue", "In this issue:", "Contents", "Table of Contents", "Inside"),
    "ps": ("په دې ګڼه کې", "په دې ګڼه کې:", "په دې شمېره کې", "منځپانګه", "فهرست"),
    "fa-af": ("در این شماره", "در این شماره:", "فهرست مطالب", "فهرست"),
    "ar": (
        "في هذا العدد",
        "في هذا العدد:",
        "المحتويات",
        "الفهرس",
        # the old Arabic site's wording (WordPress import, "In this issue" before the text)
        "ستقرؤون في هذه النشرة",
        "ستقرؤون في هذا العدد",
        "في هذه النشرة",
    ),
}
# Headers of the end matter: the contact block and the "about us" block.
CONTACT_HEADER = {
    "en": ("Contact Us", "Contact", "Get in touch", "About Us", "About CSRS", "About the Center"),
    "ps": (
        "اړیکه",
        "له موږ سره اړیکه",
        "اړیکې",
        "اړیکه ونیسئ",
        "له موږ سره اړیکه ونیسئ",
        "زموږ په اړه",
        "د مرکز په اړه",
    ),
    "fa-af": ("تماس با ما", "تماس", "ارتباط با ما", "درباره ما", "درباره مرکز"),
    "ar": ("اتصل بنا", "للتواصل", "تواصل معنا", "للاتصال", "من نحن", "عن المركز"),
}

INTRODUCTION_KEYS = _keys(INTRODUCTION)
CONCLUSION_KEYS = _keys(CONCLUSION)
RECOMMENDATIONS_KEYS = _keys(RECOMMENDATIONS)
REFERENCES_KEYS = _keys(REFERENCES)
TOC_KEYS = _keys(TOC_HEADER)
CONTACT_KEYS = _keys(CONTACT_HEADER)

STRUCTURAL = {
    "introduction": INTRODUCTION_KEYS,
    "conclusion": CONCLUSION_KEYS,
    "recommendations": RECOMMENDATIONS_KEYS,
    "references": REFERENCES_KEYS,
}


def _union(table: dict[str, set[str]]) -> frozenset[str]:
    return frozenset().union(*table.values())


_STRUCTURAL_ANY = {name: _union(table) for name, table in STRUCTURAL.items()}
_TOC_ANY = _union(TOC_KEYS)
_CONTACT_ANY = _union(CONTACT_KEYS)


def structural_heading(text: str) -> str | None:
    """``introduction``, ``conclusion``, ``recommendations`` or ``references`` for a heading
    line in any of the four languages (with or without numbering, colon or ZWNJ), else None."""
    if len(text) > 60:
        return None
    k = key(text)
    if not k:
        return None
    for name, keys in _STRUCTURAL_ANY.items():
        if k in keys:
            return name
    return None


def is_toc_header(text: str) -> bool:
    return len(text) <= 40 and key(text) in _TOC_ANY


def is_contact_header(text: str) -> bool:
    return len(text) <= 40 and key(text) in _CONTACT_ANY


# Raw heading words, used to guess the language (per language, unfolded: ة and ه differ).
HEADING_WORDS: dict[str, set[str]] = {
    lang: {
        re.sub(r"[\W_\d]+", "", w)
        for table in (INTRODUCTION, CONCLUSION, RECOMMENDATIONS, REFERENCES, TOC_HEADER)
        for w in table[lang]
    }
    for lang in LANGUAGE_CODES
}

PUBLISHER_NAMES = (
    "Center for Strategic and Regional Studies",
    "Centre for Strategic and Regional Studies",
    "CSRS",
    "د ستراتیژیکو او سیمه‌ییزو څېړنو مرکز",
    "د ستراتیژیکو او سیمه ییزو څیړنو مرکز",
    "مرکز مطالعات استراتژیک و منطقوی",
    "مرکز مطالعات استراتیژیک و منطقوی",
    "مركز الدراسات الاستراتيجية والإقليمية",
)
PUBLISHER_KEYS = {key(n) for n in PUBLISHER_NAMES}

SERIES_NAMES = (
    "Weekly Analysis",
    "اوونیزه شننه",
    "اونیزه شننه",
    "اوونۍ شننه",
    "تحلیل هفته‌وار",
    "تحلیل هفتگی",
    "التحليل الأسبوعي",
)
SERIES_KEYS = {key(n) for n in SERIES_NAMES}

# Names of the four languages as the standing blurb writes them.
LANGUAGE_NAMES = (
    "pashto",
    "dari",
    "english",
    "arabic",
    "persian",
    "پښتو",
    "پشتو",
    "دري",
    "دری",
    "انګلیسي",
    "انگلیسي",
    "انګرېزي",
    "انګریزي",
    "انگلیسی",
    "عربي",
    "عربی",
    "البشتو",
    "البشتونية",
    "الباشتو",
    "الدارية",
    "الدري",
    "الفارسية",
    "الإنجليزية",
    "الانجليزية",
    "الإنكليزية",
    "العربية",
)
LANGUAGE_NAME_WORDS = {fold(n) for n in LANGUAGE_NAMES}

# Words the "about us" paragraph uses ("an independent, non-profit … established in 2009").
ABOUT_WORDS = tuple(
    fold(w)
    for w in (
        "independent",
        "non-profit",
        "nonprofit",
        "established",
        "founded",
        "research organization",
        "research organisation",
        "خپلواک",
        "غیرانتفاعي",
        "تاسیس",
        "تأسیس",
        "مستقل",
        "غیرانتفاعی",
        "غير ربحي",
        "تأسس",
        "تأسيس",
    )
)

CONTACT_LABELS = tuple(
    fold(w)
    for w in (
        "email",
        "e-mail",
        "website",
        "web",
        "phone",
        "tel",
        "telephone",
        "whatsapp",
        "phone & whatsapp",
        "address",
        "facebook",
        "twitter",
        "x",
        "ایمیل",
        "برېښنالیک",
        "بریښنالیک",
        "وېبپاڼه",
        "ویبپاڼه",
        "وېب پاڼه",
        "تلیفون",
        "ټیلیفون",
        "پته",
        "وب‌سایت",
        "وبسایت",
        "ویب سایت",
        "تلفن",
        "شماره تماس",
        "آدرس",
        "نشانی",
        "البريد الإلكتروني",
        "البريد",
        "الموقع",
        "الموقع الإلكتروني",
        "الهاتف",
        "العنوان",
        "واتساب",
    )
)

# "Issue Number – 455", "No. 455", «ګڼه: ۴۵۶», «شماره ۴۵۷», «العدد رقم ٤٥٨» (digits made ASCII
# first). Only separators may stand between the label and the number: "Number of … 2024" is not.
_NUMBER_WORD = (
    r"(?:\bissue\b|\bnumber\b|\bno\b|#|ګڼه|گڼه|ګڼې|گڼې|شمېره|شمیره|شماره|شمارهٔ|العدد|عدد|رقم)"
)
NUMBER_LABEL = re.compile(
    rf"{_NUMBER_WORD}(?:[\s:#.\-–—]+|{_NUMBER_WORD}|د)*?(\d{{1,5}})(?!\d)",
    re.IGNORECASE,
)

# Verbs that introduce a quotation ("…, stating, “…”"), folded.
SAYING_VERBS = tuple(
    fold(w)
    for w in (
        "said",
        "says",
        "stated",
        "stating",
        "states",
        "emphasized",
        "emphasised",
        "noted",
        "noting",
        "added",
        "adding",
        "declared",
        "remarked",
        "told",
        "warned",
        "explained",
        "asserted",
        "stressed",
        "underlined",
        "according to",
        "گفت",
        "گفته",
        "گفته است",
        "اظهار داشت",
        "افزود",
        "تأکید کرد",
        "تاکید کرد",
        "بیان کرد",
        "خاطرنشان کرد",
        "وویل",
        "ویلي",
        "وایي",
        "زیاته کړه",
        "ټینګار وکړ",
        "ټینگار وکړ",
        "څرګنده کړه",
        "قال",
        "وقال",
        "صرح",
        "وصرح",
        "أكد",
        "وأكد",
        "أضاف",
        "وأضاف",
        "أوضح",
        "قائلا",
        "قائلاً",
    )
)

# Filler left in a reference once its parts are taken out ("published on", "Accessible:").
REFERENCE_FILLER = tuple(
    fold(w)
    for w in (
        "published on",
        "published",
        "accessible",
        "accessed",
        "available at",
        "available",
        "retrieved from",
        "retrieved",
        "link",
        "online",
        "on",
        "at",
        "from",
        "via",
        "خپور شوی",
        "خپره شوې",
        "خپور شوی په",
        "لاسرسی",
        "لینک",
        "په",
        "نشر شده در",
        "نشر شده",
        "منتشر شده",
        "دسترسی",
        "لینک",
        "در",
        "نشر في",
        "نشرت في",
        "منشور في",
        "متاح على",
        "متاح",
        "الرابط",
        "رابط",
        "بتاريخ",
        "في",
        "کال",
        "د",
    )
)
