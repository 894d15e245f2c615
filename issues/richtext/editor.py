"""Draftail, made safe at both ends of the conversion (``WAGTAILADMIN_RICH_TEXT_EDITORS``).

Posting: contentstate that Wagtail's converter cannot read (not JSON, an entity missing from the
map, a link with neither page nor address …) raised a 500; it now becomes
:data:`~issues.richtext.validation.MALFORMED_INPUT`, which validation refuses with a form error.
Loading: stored HTML with a link the converter cannot load (an id that is not a number) raised
a 500 on the edit view; such a link is shown as its text, so the editor can open and fix it.
"""

from __future__ import annotations

import logging

from wagtail.admin.rich_text import DraftailRichTextArea

from issues.richtext.links import without_broken_links
from issues.richtext.validation import MALFORMED_INPUT

logger = logging.getLogger("issues.richtext")


class SafeDraftailRichTextArea(DraftailRichTextArea):
    def format_value(self, value):
        return super().format_value(without_broken_links(value or ""))

    def value_from_datadict(self, data, files, name):
        try:
            return super().value_from_datadict(data, files, name)
        except Exception as error:  # noqa: BLE001 - the converter raises many kinds on bad input
            logger.warning("Unreadable rich text posted for %s: %r", name, error)
            return MALFORMED_INPUT
