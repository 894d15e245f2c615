"""StreamField blocks of an issue: analyses, their sections, recommendations and references.

Each block names its template under ``templates/components/streamfield/blocks/`` and has a
``preview_value`` and ``description`` so the block picker shows editors what they get.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError

from issues.richtext.blocks import RichTextBlock

# Paragraphs stay plain prose: no headings (the structure holds those), no images, no embeds.
PARAGRAPH_FEATURES = ["bold", "italic", "link"]
LIST_ITEM_FEATURES = ["bold", "italic", "link"]

TEMPLATE_DIR = "components/streamfield/blocks"


class SubheadingBlock(blocks.StructBlock):
    """A sub-heading inside a section, optionally numbered ("1. Ensuring …")."""

    number = blocks.CharBlock(
        required=False,
        max_length=8,
        label=_("Number"),
        help_text=_("Optional, as printed: 1, 2, a …"),
    )
    text = blocks.CharBlock(max_length=255, label=_("Sub-heading"))

    class Meta:
        icon = "h3"
        label = _("Sub-heading")
        template = f"{TEMPLATE_DIR}/subheading.html"
        description = _("A sub-heading inside a section, optionally numbered")
        preview_value = {"number": "1", "text": "Keeping the trade routes open"}

    def get_searchable_content(self, value):
        """The sub-heading as the page shows it, «1. Text», one part. For the search text the
        number is marked as one the site writes, so a snippet shows it in the page's digits
        (``issues.search.highlight``)."""
        from issues.search.highlight import mark_site_number

        number = (value.get("number") or "").strip()
        text = value.get("text") or ""
        if not number:
            return [text] if text else []
        return [f"{mark_site_number(number)}. {text}".strip()]


class ParagraphBlock(RichTextBlock):
    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = f"{TEMPLATE_DIR}/paragraph.html"
        description = _("One or more paragraphs of text")
        preview_value = "<p>Transit traffic through the corridor doubled this year.</p>"


class QuotationBlock(blocks.StructBlock):
    """A statement attributed to a named person."""

    quote = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(max_length=255, label=_("Said by"))
    role = blocks.CharBlock(
        required=False,
        max_length=255,
        label=_("Role"),
        help_text=_("Optional: the speaker's office, e.g. 'Minister of Commerce'"),
    )

    class Meta:
        icon = "openquote"
        label = _("Quotation")
        template = f"{TEMPLATE_DIR}/quotation.html"
        description = _("A statement attributed to a named person")
        preview_value = {
            "quote": "The corridor will carry goods, not only promises.",
            "attribution": "A transport official",
            "role": "",
        }


class ListItemsBlock(blocks.ListBlock):
    """A list of rich text items; each item is labelled "List item" in the editor.

    The child is built here, not passed in, so its label is not part of the block's
    deconstructed form: the label needs no migration.
    """

    def __init__(self, **kwargs):
        super().__init__(RichTextBlock(features=LIST_ITEM_FEATURES, label=_("List item")), **kwargs)


class BulletedListBlock(ListItemsBlock):
    class Meta:
        icon = "list-ul"
        label = _("Bulleted list")
        template = f"{TEMPLATE_DIR}/bulleted_list.html"
        description = _("A list whose order does not matter")
        preview_value = ["<p>water</p>", "<p>trade</p>", "<p>security</p>"]


class NumberedListBlock(ListItemsBlock):
    class Meta:
        icon = "list-ol"
        label = _("Numbered list")
        template = f"{TEMPLATE_DIR}/numbered_list.html"
        description = _("A list whose order matters")
        preview_value = ["<p>first step</p>", "<p>second step</p>"]


class SectionContentBlock(blocks.StreamBlock):
    subheading = SubheadingBlock()
    paragraph = ParagraphBlock(features=PARAGRAPH_FEATURES)
    quotation = QuotationBlock()
    bulleted_list = BulletedListBlock()
    numbered_list = NumberedListBlock()

    class Meta:
        label = _("Section content")


class SectionBlock(blocks.StructBlock):
    """A headed section of an analysis; its heading appears in the table of contents."""

    heading = blocks.CharBlock(max_length=255, label=_("Section heading"))
    body = SectionContentBlock(label=_("Content"))

    class Meta:
        icon = "doc-full"
        label = _("Section")
        template = f"{TEMPLATE_DIR}/section.html"
        description = _("A headed section with sub-headings, paragraphs, quotations and lists")


class AnalysisBlock(blocks.StructBlock):
    """One topic of an issue: title, introduction, sections and conclusion."""

    title = blocks.CharBlock(max_length=255, label=_("Analysis title"))
    introduction = RichTextBlock(features=PARAGRAPH_FEATURES, label=_("Introduction"))
    sections = blocks.ListBlock(SectionBlock(), label=_("Sections"), min_num=1)
    conclusion = RichTextBlock(features=PARAGRAPH_FEATURES, required=False, label=_("Conclusion"))

    class Meta:
        icon = "doc-full-inverse"
        label = _("Analysis")
        template = f"{TEMPLATE_DIR}/analysis.html"
        description = _("One topic of the issue, with its introduction, sections and conclusion")


class UnplacedTextBlock(blocks.TextBlock):
    """Lines an import could not place, kept in the draft for an editor to move or delete.

    Never rendered publicly: the issue page renders analyses from the outline, which takes only
    ``analysis`` blocks, and an issue whose analyses hold only this block is not available in
    that language. Its text is left out of the search index for the same reason.
    """

    class Meta:
        icon = "warning"
        label = _("Unplaced text (not published)")
        description = _(
            "Lines the importer could not place. Move them into the analysis, then delete "
            "this block: it is never shown to readers."
        )
        template = f"{TEMPLATE_DIR}/unplaced_text.html"
        # Not offered in the StreamField block picker (static/js/admin-block-picker.js hides
        # blocks with this class); existing blocks and imports keep it. A Meta attribute, not a
        # constructor argument, so the field's definition (and its migrations) do not change.
        form_classname = "csrs-not-in-picker"
        preview_value = "A line the importer could not place"

    def __init__(self, **kwargs):
        kwargs.setdefault(
            "help_text",
            _(
                "Imported lines that could not be placed. Never shown to readers: move what "
                "belongs in the issue into the analysis above, then delete this block."
            ),
        )
        super().__init__(**kwargs)

    def get_searchable_content(self, value):
        return []


class RecommendationBlock(RichTextBlock):
    class Meta:
        icon = "tick"
        label = _("Recommendation")
        template = f"{TEMPLATE_DIR}/recommendation.html"
        description = _("One recommendation: a sentence or a short paragraph")
        preview_value = "<p>Publish the corridor's tariffs in all four languages.</p>"


class ReferenceBlock(blocks.StructBlock):
    """A source the issue relies on; references are numbered automatically in order."""

    outlet = blocks.CharBlock(max_length=255, label=_("Outlet"), help_text=_("e.g. Radio Azadi"))
    title = blocks.CharBlock(max_length=500, label=_("Title"))
    date = blocks.DateBlock(required=False, label=_("Publication date"))
    url = blocks.URLBlock(required=False, label=_("Link"))
    note = blocks.CharBlock(required=False, max_length=500, label=_("Note"))

    class Meta:
        icon = "link"
        label = _("Reference")
        template = f"{TEMPLATE_DIR}/reference.html"
        description = _("A numbered source: outlet, title, date and link")
        preview_value = {
            "outlet": "Example Wire",
            "title": "Corridor talks resume",
            "date": "2026-11-20",
            "url": "https://example.org/corridor",
            "note": "",
        }

    def clean(self, value):
        value = super().clean(value)
        url = value.get("url") or ""
        if url and not url.lower().startswith(("http://", "https://")):
            raise StructBlockValidationError(
                block_errors={
                    "url": ValidationError(_("Links must start with http:// or https://"))
                }
            )
        return value
