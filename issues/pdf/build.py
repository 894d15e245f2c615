"""Build, store and record the PDF edition of an issue, one language at a time.

Used by the background task (on publish) and by ``manage.py build_pdfs``. A failure is caught,
logged and recorded on the :class:`~issues.models.IssuePDF` row; the previous file is kept.
"""

from __future__ import annotations

import hashlib
import logging
import traceback
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from csrs.languages import Language
from issues.pdf import links, storage

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class BuildResult:
    issue_number: int
    language: str
    ok: bool
    size: int = 0
    error: str = ""


def build_issue_pdf(issue, language: Language) -> BuildResult:
    """Render ``issue`` in ``language``, store it and record it; never raises for a bad render."""
    from issues.models import IssuePDF

    # Imported here: WeasyPrint and pango add ~20 MB, which web processes need not carry.
    from issues.pdf import render

    revision_id = issue.live_revision_id
    try:
        if not issue.is_available_in(language):
            raise ValueError(f"Issue {issue.number} has no content in {language.code}")
        data = render.render_issue_pdf(issue, language)
        name = storage.save_pdf(issue.number, language.code, data)
    except Exception as error:  # any failure is recorded and reported, never propagated
        message = f"{type(error).__name__}: {error}"
        logger.exception("PDF of issue %s in %s failed", issue.number, language.code)
        IssuePDF.objects.update_or_create(
            issue=issue,
            language=language.code,
            defaults={
                "error": f"{message}\n\n{traceback.format_exc()}",
                "failed_at": timezone.now(),
            },
        )
        links.forget()
        return BuildResult(issue.number, language.code, ok=False, error=message)

    with transaction.atomic():
        IssuePDF.objects.update_or_create(
            issue=issue,
            language=language.code,
            defaults={
                "file": name,
                "size": len(data),
                "checksum": hashlib.sha256(data).hexdigest(),
                "generated_at": timezone.now(),
                "source_revision_id": revision_id,
                "error": "",
                "failed_at": None,
            },
        )
    links.forget()
    return BuildResult(issue.number, language.code, ok=True, size=len(data))


def remove_issue_pdfs(issue, keep: list[Language] | tuple[Language, ...] = ()) -> list[str]:
    """Delete the PDFs of ``issue`` except those in ``keep`` (files go with the rows, on commit)."""
    from issues.models import IssuePDF

    keep_codes = {lang.code for lang in keep}
    removed = []
    for record in IssuePDF.objects.filter(issue=issue).exclude(language__in=keep_codes):
        record.delete()  # its file goes too (issues/pdf/signals.py)
        removed.append(record.language)
    return removed
