"""“Copy source structure”: a language's empty stream filled with the source's blocks.

The copy and the source are written together: a source saved from raw data (the demo loader,
the PDF importer) keeps its list items without ids, and Wagtail gives such items new random ids
each time the stream is read. Writing the source back block by block gives every block and list
item a stable id (its content unchanged), so the copy's derived ids
(``content.copied_block_id``) stay paired with their source blocks for the translation exchange.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from csrs import languages
from csrs.languages import Language
from issues.workflow import actions, content, roles


class AlreadyFilled(actions.WorkflowError):
    """The language's stream has content: a copy would overwrite the translator's work."""


def copy_source_structure(issue, language: Language, source: Language, field: str, user):
    """Copy ``source``'s ``field`` stream into ``language``'s empty one; returns the revision."""
    if field not in content.STREAM_FIELDS or language.code == source.code:
        raise ValueError(f"Cannot copy {source.code}'s {field} into {language.code}")
    if not roles.may_edit_language(user, language):
        raise PermissionDenied(_("You may not change this language."))
    from issues.models import IssuePage

    with transaction.atomic(), translation.override(languages.DEFAULT_LANGUAGE.code):
        IssuePage.objects.select_for_update().filter(pk=issue.pk).first()
        page = IssuePage.objects.get(pk=issue.pk)
        latest = actions.latest_content(page)
        if content.is_filled(latest, field, language):
            raise AlreadyFilled(_("This field already has content: nothing was copied."))
        source_raw = content.stream_data(getattr(latest, source.field(field)))
        setattr(latest, source.field(field), source_raw)
        setattr(latest, language.field(field), content.structure_copy(source_raw, language))
        revision = latest.save_revision(user=user, log_action=True, clean=False)
        actions.record_translator_edit(page, [language], user)
    return revision
