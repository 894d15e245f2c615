"""List items carry a label in the editor (#16), without changing the stored block definition."""

from django.utils import translation
from wagtail.blocks.list_block import ListBlockAdapter

from issues.blocks import BulletedListBlock, NumberedListBlock


def test_each_list_item_is_labelled_in_the_admin_language():
    for block in (BulletedListBlock(), NumberedListBlock()):
        _name, child, _state, _meta = ListBlockAdapter().js_args(block)
        assert str(child.label) == "List item"
        with translation.override("ps"):
            assert str(child.label) not in ("", "List item")


def test_the_label_needs_no_migration():
    # The child is built inside the block: the deconstructed form (what migrations store) is
    # the class alone, as before.
    assert BulletedListBlock().deconstruct() == ("issues.blocks.BulletedListBlock", (), {})
