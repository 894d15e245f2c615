"""Which of a rendered admin page's strings are Wagtail's own English strings left untranslated.

Wagtail's catalogs (its ``locale/en`` and ``locale/fa`` .po files, the two that list every msgid)
give the English strings; a page's visible text, its ``title``/``aria-label``/``placeholder``/
``alt`` attributes and the strings inside its JSON (telepath block definitions, ``wagtailConfig``)
are compared with them. A string that is still one of Wagtail's msgids is English a Pashto or Dari
translator would meet.
"""

from __future__ import annotations

import json
import re
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import wagtail
from babel.messages.pofile import read_po

WAGTAIL_ROOT = Path(wagtail.__file__).resolve().parent
ATTRIBUTES = ("title", "aria-label", "placeholder", "alt", "data-w-tooltip-content-value")
# Names, not words: they stay as they are in every language.
PROPER_NAMES = frozenset({"Wagtail", "Draftail", "Gravatar", "Markdown", "CSRS"})
_PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|%[sd]|\{\w*\}")
_SPACE = re.compile(r"\s+")
# JSON keys whose values are identifiers, not text anyone reads ("name": "account").
_IDENTIFIER_KEYS = frozenset(
    {"name", "icon_name", "icon", "classname", "_type", "url", "id", "type"}
)


def _normalise(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


@cache
def wagtail_msgids(domain: str = "django") -> tuple[frozenset[str], tuple[re.Pattern, ...]]:
    """Every English msgid (and plural) of Wagtail's ``domain`` catalogs: the plain ones as a set,
    the ones with placeholders as whole-string patterns."""
    plain: set[str] = set()
    patterns: dict[str, re.Pattern] = {}
    for lang in ("en", "fa"):
        for po_path in WAGTAIL_ROOT.glob(f"**/locale/{lang}/LC_MESSAGES/{domain}.po"):
            with po_path.open("rb") as handle:
                for message in read_po(handle):
                    ids = message.id if isinstance(message.id, tuple) else (message.id,)
                    for msgid in ids:
                        text = _normalise(msgid)
                        if not text or not re.search(r"[A-Za-z]{2}", text):
                            continue
                        if _PLACEHOLDER.search(text):
                            pieces = _PLACEHOLDER.split(text)
                            literal = [p for i, p in enumerate(pieces) if i % 2 == 0 and p]
                            if sum(len(p) for p in literal) < 4:
                                continue  # "%(a)s: %(b)s" would match anything
                            regex = _PLACEHOLDER.sub("\x00", text)
                            regex = re.escape(regex).replace("\x00", ".+?")
                            patterns[text] = re.compile(f"^{regex}$", re.DOTALL)
                        else:
                            plain.add(text)
    plain -= PROPER_NAMES
    return frozenset(plain), tuple(patterns.values())


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.strings: list[str] = []
        self._skip = 0  # inside <style> or a non-JSON <script>
        self._json_script = False
        self._buffer: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name, value in attrs.items():
            if not value:
                continue
            if name in ATTRIBUTES:
                self.strings.append(value)
            elif name.startswith("data-") and value[:1] in "[{":
                self.strings.extend(_json_strings(value))
        if tag in ("script", "style"):
            self._skip += 1
            self._json_script = tag == "script" and "json" in (attrs.get("type") or "")
            self._buffer = []

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
            if self._json_script:
                self.strings.extend(_json_strings("".join(self._buffer)))
            self._json_script = False

    def handle_data(self, data):
        if self._skip:
            self._buffer.append(data)
        else:
            self.strings.append(data)


def _json_strings(text: str) -> list[str]:
    try:
        data = json.loads(text)
    except ValueError:
        return []
    found: list[str] = []

    def walk(value):
        if isinstance(value, str):
            found.append(value)
            if value[:1] in "<":
                found.extend(page_strings(value))
        elif isinstance(value, dict):
            for key, item in value.items():
                if key not in _IDENTIFIER_KEYS:
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(data)
    return found


def page_strings(html: str) -> list[str]:
    """The visible text, labelling attributes and JSON strings of an HTML page, normalised."""
    collector = _Collector()
    collector.feed(html)
    return [text for text in (_normalise(s) for s in collector.strings) if text]


def english_wagtail_strings(html: str, domain: str = "django") -> list[str]:
    """The strings of ``html`` that are still one of Wagtail's English msgids."""
    plain, patterns = wagtail_msgids(domain)
    left = []
    for text in dict.fromkeys(page_strings(html)):
        if text in plain or any(p.match(text) for p in patterns):
            left.append(text)
    return left
