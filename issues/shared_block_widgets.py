"""One StreamField widget for the four languages' copies of a StreamField.

Wagtail's ``BlockWidget`` packs its block definitions for the browser (telepath: every block's
label, widget HTML, defaults …) once per widget instance, the first time the form's media is
read or the widget is rendered. wagtail-modeltranslation gives each language its own copy of a
StreamField, and each copy its own top-level ``StreamBlock`` around the *same* child blocks, so
an issue's editor packed the same definitions four times per StreamField: twelve packs, over a
tenth of the edit view's time. A form whose StreamFields have the same definitions lets them
share one widget, which packs them once; each field still renders its own value under its own
name, and validates with its own block.
"""

from __future__ import annotations

from django import forms
from wagtail.blocks import Block, BlockField, BlockWidget


def same_definition(a: Block, b: Block) -> bool:
    """Whether two top-level blocks would be packed the same: same class, same options, and
    the very same child block objects (so the same labels, widgets, ids and defaults)."""
    if a is b:
        return True
    if type(a) is not type(b) or a != b:
        return False
    children_a = getattr(a, "child_blocks", None)
    children_b = getattr(b, "child_blocks", None)
    if children_a is None or children_b is None:
        return False
    return list(children_a) == list(children_b) and all(
        x is y for x, y in zip(children_a.values(), children_b.values(), strict=True)
    )


def share_block_widgets(form: forms.BaseForm) -> None:
    """Give the form's StreamFields with the same block definitions one widget between them.

    Call it in the form's ``__init__``: the fields are the form instance's own copies, so the
    shared widget (and the definitions it packs) lives as long as this form, one request.
    """
    shared: list[BlockWidget] = []
    for field in form.fields.values():
        widget = getattr(field, "widget", None)
        if not isinstance(field, BlockField) or type(widget) is not BlockWidget:
            continue  # a custom widget may render its definitions differently: leave it alone
        alike = (
            candidate
            for candidate in shared
            if candidate.attrs == widget.attrs and same_definition(candidate.block_def, field.block)
        )
        match = next(alike, None)
        if match is None:
            shared.append(widget)
        else:
            field.widget = match
