"""Rich text that did not come from the editor: one whitelist, one sanitiser, one validator.

- :mod:`.whitelist`: what the stored (database) form of rich text may hold for a set of Wagtail
  features — tags, attributes, link types and URL schemes — read from Wagtail's own feature
  registry, so the editor, the validator and the sanitiser can never disagree.
- :mod:`.sanitise`: the one entry point for anything an importer stores (back catalogue, XLIFF/PO,
  and later WordPress): ``sanitise_rich_text(html, features)`` and ``text_to_rich_text(text)``.
- :mod:`.validation`: refuses a save whose rich text the editor could not have produced (crafted
  contentstate, raw HTML, page links whose id is not a number), with a form error.
- :mod:`.links` and :mod:`.editor`: render what is already stored defensively (a broken link
  becomes its text, and is logged), in pages, PDFs and the editor itself.
- :mod:`.blocks`: the ``RichTextBlock`` every issue block uses, validating its features.
"""
