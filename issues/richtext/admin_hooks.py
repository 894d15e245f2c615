"""Rich-text hooks: the defensive page link handler replaces Wagtail's for the ``page`` type.

Runs after Wagtail's own ``register_rich_text_features`` hook (``order``), which registers the
handler this one replaces.
"""

from wagtail import hooks

from issues.richtext.links import PageLinkHandler


@hooks.register("register_rich_text_features", order=100)
def register_safe_page_links(features):
    features.register_link_type(PageLinkHandler)
