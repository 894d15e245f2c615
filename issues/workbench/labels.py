"""Form fields named as people see them, in the reader's admin language, never as columns."""

from __future__ import annotations

from django.core.exceptions import FieldDoesNotExist
from django.utils.translation import gettext

from csrs import languages


def form_field_label(model, name: str) -> str:
    """``title_en`` -> "Title (English)", ``number`` -> "Issue number" (active language)."""
    from issues.panels import FIELD_LABELS

    for language in languages.LANGUAGES:
        suffix = f"_{language.field_suffix}"
        base = name[: -len(suffix)] if name.endswith(suffix) else None
        if base and base in FIELD_LABELS:
            return gettext("%(field)s (%(language)s)") % {
                "field": FIELD_LABELS[base],
                "language": gettext(language.name),
            }
    try:
        return str(model._meta.get_field(name).verbose_name).capitalize()
    except FieldDoesNotExist:
        return name.replace("_", " ").capitalize()
