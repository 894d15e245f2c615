"""Refuse rich text the editor could not have produced, with a message naming what is wrong.

Draftail posts contentstate (JSON); Wagtail converts it to the stored HTML with the features of
the field. A crafted request can post contentstate that does not convert (a 500), or that
converts into something the editor never writes: a page link whose ``id`` is not a number (every
later render of the issue raised), an address with a forbidden scheme, or — through any path that
skips the widget — raw HTML with other tags or attributes. :func:`rich_text_problems` checks the
stored form against :mod:`issues.richtext.whitelist`; :class:`RichTextValidator` turns problems
into a ``ValidationError`` for the form.
"""

from __future__ import annotations

from html.parser import HTMLParser

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext as _
from wagtail.whitelist import check_url

from issues.richtext.sanitise import is_page_id
from issues.richtext.whitelist import DEFAULT_FEATURES, Whitelist, features_key, whitelist_for

#: What the editor widget returns for input it could not convert (see ``issues.richtext.editor``):
#: an element no whitelist allows, so a value that reaches validation is always refused.
MALFORMED_INPUT = "<csrs-unreadable-editor-input></csrs-unreadable-editor-input>"
_MALFORMED_TAG = "csrs-unreadable-editor-input"


class _Inspector(HTMLParser):
    def __init__(self, whitelist: Whitelist):
        super().__init__(convert_charrefs=True)
        self.whitelist = whitelist
        self.problems: list[str] = []
        self.malformed = False

    def _problem(self, text: str) -> None:
        if text not in self.problems:
            self.problems.append(text)

    def handle_starttag(self, tag, attrs):
        if tag == _MALFORMED_TAG:
            self.malformed = True
            return
        if tag not in self.whitelist.tags:
            self._problem(_("the element <%(tag)s>") % {"tag": tag})
            return
        allowed = self.whitelist.attributes.get(tag, frozenset())
        for name, _value in attrs:
            if name not in allowed:
                self._problem(
                    _("the attribute “%(attribute)s” on <%(tag)s>")
                    % {"attribute": name, "tag": tag}
                )
        if tag == "a":
            self._check_link(dict(attrs))

    handle_startendtag = handle_starttag

    def _check_link(self, attrs: dict[str, str | None]) -> None:
        link_type = attrs.get("linktype")
        href = attrs.get("href")
        if link_type is not None:
            if link_type not in self.whitelist.link_types:
                self._problem(_("a link of the unknown type “%(type)s”") % {"type": link_type})
            elif not is_page_id(attrs.get("id") or ""):
                self._problem(
                    _("a link to “%(id)s”, which is not the number of a page")
                    % {"id": attrs.get("id") or ""}
                )
            if href is not None:
                self._problem(_("a link with both a page and an address"))
        elif not href or check_url(href) is None:
            self._problem(
                _("a link without an allowed address (http, https, mailto, tel): “%(href)s”")
                % {"href": href or ""}
            )

    def handle_comment(self, data):
        self._problem(_("an HTML comment"))

    def handle_decl(self, decl):
        self._problem(_("a declaration <!%(decl)s>") % {"decl": decl[:40]})

    def handle_pi(self, data):
        self._problem(_("a processing instruction"))

    def unknown_decl(self, data):
        self._problem(_("a declaration <!%(decl)s>") % {"decl": data[:40]})


def rich_text_problems(value: str, features=DEFAULT_FEATURES) -> list[str]:
    """What in ``value`` (stored rich text) the editor with ``features`` never writes; [] if
    nothing. A value the editor could not read at all gives one problem saying so."""
    inspector = _Inspector(whitelist_for(features_key(features)))
    inspector.feed(value or "")
    inspector.close()
    if inspector.malformed:
        return [malformed_message()]
    return inspector.problems


def malformed_message() -> str:
    return _(
        "The editor sent text that could not be read. Reload the page and type or paste it "
        "again; nothing was saved."
    )


@deconstructible
class RichTextValidator:
    """Validates stored rich text against the whitelist of ``features``."""

    def __init__(self, features=DEFAULT_FEATURES):
        self.features = tuple(features) if features is not None else None

    def __call__(self, value) -> None:
        source = getattr(value, "source", value)
        problems = rich_text_problems(str(source or ""), self.features)
        if not problems:
            return
        if problems == [malformed_message()]:
            raise ValidationError(problems[0], code="malformed_rich_text")
        raise ValidationError(
            _("This text contains what the editor does not allow: %(problems)s. Remove it.")
            % {"problems": "; ".join(problems)},
            code="disallowed_rich_text",
        )

    def __eq__(self, other):
        return isinstance(other, RichTextValidator) and other.features == self.features
