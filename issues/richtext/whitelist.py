"""What the stored form of rich text may contain, for a list of Wagtail rich-text features.

Read from Wagtail's feature registry (the ``editorhtml`` whitelist rules that define, per
feature, which elements the editor keeps, and the link types registered for links), plus what the
database format adds to them: ``data-block-key`` on block elements (Draftail's block keys),
``linktype``/``id`` on internal links, ``href`` on external ones. One definition for the editor's
validation and for the sanitiser that importers use.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from wagtail.whitelist import ALLOWED_URL_SCHEMES

#: The features of the issue's rich text (paragraphs, list items, recommendations, about).
DEFAULT_FEATURES = ("bold", "italic", "link")

#: Elements that hold a Draftail block (and so may carry its key).
BLOCK_ELEMENTS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote"})
BLOCK_KEY = "data-block-key"
#: Link addresses written as-is (``href``); the others are entities (``linktype`` + ``id``).
HREF_LINK_TYPES = frozenset({"external", "email", "anchor"})


@dataclass(frozen=True)
class Whitelist:
    features: tuple[str, ...]
    tags: frozenset[str]
    attributes: dict[str, frozenset[str]]
    link_types: frozenset[str]  # entity link types: <a linktype="page" id="…">
    url_schemes: frozenset[str]

    @property
    def allows_links(self) -> bool:
        return "a" in self.tags


@cache
def whitelist_for(features: tuple[str, ...] | None = None) -> Whitelist:
    """The whitelist of rich text with ``features`` (Wagtail's defaults when None)."""
    # Imported here: the converter module loads the page model, and blocks import this module
    # while the models are still loading.
    from wagtail.admin.rich_text.converters.editor_html import (
        BASE_WHITELIST_RULES,
        LinkTypeRule,
        WhitelistRule,
    )
    from wagtail.rich_text import features as feature_registry

    if features is None:
        features = tuple(feature_registry.get_default_features())
    features = tuple(features)
    tags = {tag for tag in BASE_WHITELIST_RULES if not tag.startswith("[")}
    link_types: set[str] = set()
    for feature in features:
        for rule in feature_registry.get_converter_rule("editorhtml", feature) or []:
            if isinstance(rule, WhitelistRule):
                tags.add(rule.element)
            elif isinstance(rule, LinkTypeRule):
                link_types.add(rule.link_type)
    attributes: dict[str, set[str]] = {tag: set() for tag in tags}
    for tag in tags & BLOCK_ELEMENTS:
        attributes[tag].add(BLOCK_KEY)
    if "a" in tags:
        attributes["a"] |= {"href", "linktype", "id"}
    return Whitelist(
        features=features,
        tags=frozenset(tags),
        attributes={tag: frozenset(names) for tag, names in attributes.items()},
        link_types=frozenset(link_types),
        url_schemes=frozenset(ALLOWED_URL_SCHEMES),
    )


def features_key(features) -> tuple[str, ...] | None:
    """``features`` as the hashable key :func:`whitelist_for` takes."""
    return tuple(features) if features is not None else None
