"""Quality checks of one language of an issue, piece by piece, before review.

Run on "submit for review" (``issues.workflow.actions.transition``: errors block it, warnings
do not) and on demand from the "Memory & checks" page, which reviewers see too. Every finding
names its piece (the XLIFF export's unit id) so the page can link to it.

Errors: an untranslated or empty piece, or one of four words or more left as the source's
(outside references); a forbidden glossary variant; a link of the source
missing. Warnings: a shorter piece identical to the source (names and titles of sources may stay
as they are); numbers of the source missing (compared across digit systems: 2024 = ۲۰۲۴ = ٢٠٢٤);
Latin digits in Pashto or Dari; a glossary term without its approved form; bold or italic of
the source missing; Latin punctuation or quotation marks in right-to-left text; a length far
from the usual ratio of the language pair.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from lxml import html as lxml_html

from csrs.languages import Language
from issues.memory import glossary, matching
from issues.memory.store import text_key

ERROR, WARNING = "error", "warning"
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_LATIN_DIGIT = re.compile(r"[0-9]")
_ARABIC_LETTER = "\u0600-\u06ff\u0750-\u077f"
# A Latin comma, semicolon or question mark right after Arabic-script text (not in "1,000").
_LATIN_PUNCTUATION = re.compile(rf"(?<=[{_ARABIC_LETTER}])\s*([,;?])")
_LATIN_QUOTES = re.compile(rf"([\"“”](?=\s*[{_ARABIC_LETTER}])|(?<=[{_ARABIC_LETTER}])\s*[\"“”])")
RTL_PUNCTUATION = {",": "،", ";": "؛", "?": "؟"}
DEFAULT_RATIO = 1.0
RATIO_TOLERANCE = 2.5  # a piece more than 2.5 times longer or shorter than usual is suspicious
IDENTICAL_WORDS = 4  # shorter pieces identical to the source may be names
MIN_RATIO_CHARS = 40  # short pieces (names, headings) vary too much to judge


@dataclass
class Finding:
    """One problem of one piece."""

    piece: str  # the unit id
    context: str
    severity: str
    code: str
    message: str


@dataclass
class Report:
    """The findings of one language of one issue."""

    language: Language
    findings: list[Finding] = field(default_factory=list)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == WARNING]

    def by_piece(self) -> dict[str, list[Finding]]:
        pieces: dict[str, list[Finding]] = {}
        for finding in self.findings:
            pieces.setdefault(finding.piece, []).append(finding)
        return pieces

    def blocking_message(self) -> str:
        """Why submission is refused, listing the pieces (in the user's language)."""
        pieces = []
        for finding in self.errors:
            label = f"{finding.context}: {finding.message}"
            if label not in pieces:
                pieces.append(label)
        shown = pieces[:10]
        more = len(pieces) - len(shown)
        text = _(
            "The translation cannot be submitted for review: %(count)s problems must be fixed "
            "first. %(pieces)s"
        ) % {"count": len(self.errors), "pieces": " · ".join(shown)}
        if more:
            text += " " + _("(and %(more)s more)") % {"more": more}
        return text


def _tags(value: str, is_rich: bool) -> Counter:
    if not is_rich or not value.strip():
        return Counter()
    found: Counter = Counter()
    for fragment in lxml_html.fragments_fromstring(value):
        if isinstance(fragment, str):
            continue
        for element in fragment.iter():
            tag = {"strong": "b", "em": "i"}.get(element.tag, element.tag)
            if tag in ("a", "b", "i"):
                found[tag] += 1
    return found


def _numbers(text: str) -> Counter:
    # Digits of every system become 0-9 (search's normaliser); separators are ignored.
    return Counter(re.sub(r"[.,]", "", n) for n in _NUMBER.findall(text_key(text)))


def check_piece(
    unit,
    source: Language,
    target: Language,
    terms: list,
    ratio: float | None = None,
) -> list[Finding]:
    """The findings of one piece (a ``units.Unit`` with its target)."""
    from issues.memory.store import piece_source, piece_target

    found: list[Finding] = []

    def add(severity: str, code: str, message: str) -> None:
        found.append(Finding(unit.id, unit.context, severity, code, message))

    source_text = piece_source(unit).text
    if not unit.target_value.strip():
        add(ERROR, "untranslated", _("Not translated."))
        return found
    target_text = piece_target(unit).text
    if not target_text:
        add(ERROR, "empty", _("The translation is empty."))
        return found
    if text_key(source_text) == text_key(target_text):
        # A sentence left as the source's is untranslated; a name or a source's title may stay.
        if len(source_text.split()) >= IDENTICAL_WORDS and not unit.id.startswith("references/"):
            add(ERROR, "identical", _("The translation is the same as the source."))
        else:
            add(WARNING, "identical", _("The translation is the same as the source."))

    missing = _numbers(source_text) - _numbers(target_text)
    if missing:
        add(
            WARNING,
            "numbers",
            _("Numbers of the source missing from the translation: %(numbers)s")
            % {"numbers": ", ".join(sorted(missing))},
        )
    if target.code in ("ps", "fa-af") and _LATIN_DIGIT.search(target_text):
        add(
            WARNING,
            "latin_digits",
            _("Latin digits (0–9) in the text: readers expect %(digits)s.")
            % {"digits": target.digits},
        )

    for hit in glossary.term_hits(source_text, source, target, terms):
        for variant in hit.term.forbidden_in(target):
            if glossary.contains(target_text, variant):
                add(
                    ERROR,
                    "forbidden_variant",
                    _("“%(variant)s” must not be used: write “%(form)s”.")
                    % {"variant": variant, "form": hit.target_form or "?"},
                )
        if hit.target_form and not glossary.contains(target_text, hit.target_form):
            add(
                WARNING,
                "glossary",
                _("“%(term)s” should be translated as “%(form)s” (glossary).")
                % {"term": hit.source_form, "form": hit.target_form},
            )

    source_tags, target_tags = (
        _tags(unit.source_value, unit.is_rich),
        _tags(unit.target_value, unit.is_rich),
    )
    if target_tags["a"] < source_tags["a"]:
        add(ERROR, "links", _("A link of the source is missing."))
    if target_tags["b"] < source_tags["b"]:
        add(WARNING, "bold", _("Bold text of the source is missing."))
    if target_tags["i"] < source_tags["i"]:
        add(WARNING, "italic", _("Italic text of the source is missing."))

    if target.is_rtl:
        marks = sorted(set(_LATIN_PUNCTUATION.findall(target_text)))
        if marks:
            add(
                WARNING,
                "punctuation",
                _("Latin punctuation in right-to-left text: use %(marks)s.")
                % {"marks": " ".join(f"{RTL_PUNCTUATION[m]} ({m})" for m in marks)},
            )
        if _LATIN_QUOTES.search(target_text):
            add(
                WARNING,
                "quotes",
                _("Latin quotation marks: use %(open)s…%(close)s.")
                % {"open": target.quotes[0], "close": target.quotes[1]},
            )

    if len(source_text) >= MIN_RATIO_CHARS:
        usual = ratio or DEFAULT_RATIO
        actual = len(target_text) / len(source_text)
        if actual > usual * RATIO_TOLERANCE or actual < usual / RATIO_TOLERANCE:
            add(
                WARNING,
                "length",
                _("The translation is %(actual)s times the source's length; usually %(usual)s.")
                % {"actual": f"{actual:.1f}", "usual": f"{usual:.1f}"},
            )
    return found


def check_language(issue, language: Language) -> Report:
    """Check every piece of ``language`` in ``issue``'s latest revision."""
    from issues.translations import units
    from issues.workflow import actions

    source = actions.source_language(actions.latest_content(issue))
    report = Report(language=language)
    if source.code == language.code:
        return report
    terms = glossary.approved_terms()
    ratio = matching.common_ratio(source.code, language.code)
    found = units.issue_units(issue, source, language)
    latest = actions.latest_content(issue)
    # A stream written by hand instead of from the source's structure ("copy source
    # structure", an import) has blocks that pair with no source block: its pieces cannot be
    # compared, which is said once instead of calling every piece untranslated.
    unpaired = {
        name
        for name in units.STREAM_FIELDS
        if units.raw_stream(latest, name, language)
        and not any(u.target_value for u in found if u.id.split("/", 1)[0] == name)
    }
    for name in sorted(unpaired):
        report.findings.append(
            Finding(
                name,
                name,
                WARNING,
                "unpaired",
                _(
                    "This part was not made from the source's structure, so its pieces cannot "
                    "be compared with the source: they were not checked."
                ),
            )
        )
    for unit in found:
        if unit.id.split("/", 1)[0] in unpaired:
            continue
        report.findings += check_piece(unit, source, language, terms, ratio)
    return report
