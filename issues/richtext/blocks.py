"""The rich text block of every issue field: Wagtail's, validated against its own features.

It deconstructs as ``wagtail.blocks.RichTextBlock`` (``DECONSTRUCT_ALIASES``, Wagtail's own
mechanism): stored data and migrations are unchanged, only validation is added.
"""

from __future__ import annotations

from wagtail import blocks

from issues.richtext.validation import RichTextValidator


class RichTextBlock(blocks.RichTextBlock):
    """Refuses on save what the editor with these features could not have written."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.field_options["validators"] = [
            *self.field_options.get("validators", ()),
            RichTextValidator(self.features),
        ]


DECONSTRUCT_ALIASES = {RichTextBlock: "wagtail.blocks.RichTextBlock"}
