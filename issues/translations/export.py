"""Export an issue's units for one target language, or several issues as a zip."""

from __future__ import annotations

import io
import zipfile

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from csrs.languages import Language
from issues.translations import formats, units
from issues.workflow import actions


def filename(issue, target: Language, format: str) -> str:
    return (
        f"issue-{issue.number}-{target.code}{'-xliff2' if format == 'xliff20' else ''}"
        + (formats.FORMATS[format])
    )


def check_may_export(issue, user) -> None:
    """Export needs edit access to the issue (None: the command line, trusted)."""
    if user is not None and not issue.permissions_for_user(user).can_edit():
        raise PermissionDenied(_("You may not export this issue."))


def export_issue(
    issue, target: Language, format: str, user=None, *, with_memory: bool = False
) -> bytes:
    """One issue's units from its original language into ``target``, as ``format``.

    ``with_memory``: offer the best memory match of each untranslated unit and mark units
    filled from the memory as needing review (issues/memory/).
    """
    check_may_export(issue, user)
    if format not in formats.FORMATS:
        raise ValueError(format)
    source = actions.source_language(actions.latest_content(issue))
    if source.code == target.code:
        raise ValueError(_("The target language is the issue's original language."))
    found = units.issue_units(issue, source, target)
    if not with_memory:
        return formats.write(format, issue.pk, source.code, target.code, found)
    from issues.memory.exchange import memory_for_export

    suggestions, needs_review = memory_for_export(issue, source, target, found)
    return formats.write(
        format,
        issue.pk,
        source.code,
        target.code,
        found,
        suggestions=suggestions,
        needs_review=needs_review,
    )


def export_issues(
    issues, target: Language, format: str, user=None, *, with_memory: bool = False
) -> tuple[str, bytes]:
    """A file name and its bytes: the file itself for one issue, a zip for several."""
    issues = list(issues)
    if len(issues) == 1:
        issue = issues[0]
        data = export_issue(issue, target, format, user, with_memory=with_memory)
        return filename(issue, target, format), data
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for issue in issues:
            archive.writestr(
                filename(issue, target, format),
                export_issue(issue, target, format, user, with_memory=with_memory),
            )
    return f"issues-{target.code}-{format}.zip", buffer.getvalue()
