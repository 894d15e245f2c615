"""Write a parsed issue into the CMS: create or update the draft ``IssuePage`` for its number.

One file fills one language: its title, analyses, recommendations and references. The shared
facts (number, week, original language) are set when the issue is created and never silently
overwritten afterwards: a disagreement becomes a warning. Everything happens in one transaction,
so an error leaves the database exactly as it was.
"""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

from csrs import languages
from issues.importers import ParsedIssue, to_stream_data
from issues.importers.structure import ParseWarning
from issues.richtext.sanitise import sanitise_block_data

#: Back-catalogue issues are dated at noon in Kabul on the last day of their week.
PUBLICATION_TIMEZONE = ZoneInfo("Asia/Kabul")
PUBLICATION_TIME = datetime.time(12, 0)

#: The translated fields one file fills (standfirst: the parser finds none, so it is left alone).
STREAM_FIELDS = ("analyses", "recommendations", "references")


class ImportApplyError(Exception):
    """A parsed issue that cannot be written; ``code``/``params`` feed ``messages.error_text``."""

    def __init__(self, code: str, message: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(message)


@dataclass
class ApplyResult:
    """What happened to one parsed issue."""

    page: Any
    action: str  # "created", "updated" or "unchanged"
    language: str
    published: bool = False
    warnings: list[ParseWarning] = field(default_factory=list)


def publication_datetime(parsed_or_page) -> datetime.datetime | None:
    """The issue's original date: the end (else start) of its week, at noon in Kabul."""
    day = getattr(parsed_or_page, "week_end", None) or getattr(parsed_or_page, "week_start", None)
    if day is None:
        return None
    return datetime.datetime.combine(day, PUBLICATION_TIME, tzinfo=PUBLICATION_TIMEZONE)


def _strip_ids(data: Any) -> Any:
    """Stream data without block ids, so equal content compares equal."""
    if isinstance(data, dict):
        return {k: _strip_ids(v) for k, v in data.items() if k != "id"}
    if isinstance(data, list):
        return [_strip_ids(v) for v in data]
    return data


def _stream_fingerprint(page, field_name: str) -> str:
    stream_block = page._meta.get_field(field_name).stream_block
    value = getattr(page, field_name)
    if value is None:
        return "[]"
    prep = stream_block.get_prep_value(value)
    return json.dumps(_strip_ids(prep), sort_keys=True, default=str)


def _validation_details(error: ValidationError) -> str:
    """A ValidationError (possibly a nested StreamField one) as one readable line."""
    data = error.as_json_data() if hasattr(error, "as_json_data") else None
    if data is None:
        return "; ".join(error.messages)
    parts: list[str] = []

    def walk(node: Any, path: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "messages":
                    parts.extend(f"{path}: {m}" if path else str(m) for m in value)
                elif key in ("blockErrors",):
                    walk(value, path)
                else:
                    label = str(int(key) + 1) if str(key).isdigit() else str(key)
                    walk(value, f"{path} › {label}" if path else label)
        elif isinstance(node, list):
            for item in node:
                walk(item, path)
        elif node:
            parts.append(f"{path}: {node}" if path else str(node))

    walk(data, "")
    return "; ".join(parts) or "; ".join(error.messages)


def validated_streams(parsed: ParsedIssue, page_model) -> dict[str, Any]:
    """The parse output as StreamValues of ``page_model``'s real blocks, sanitised and cleaned.

    Every rich text value goes through the one sanitiser (``issues.richtext.sanitise``) with its
    block's features before validation. Unplaced lines become one ``unplaced_text`` block after
    the analyses. Raises
    :class:`ImportApplyError` (``invalid_content``) naming the field and the problem.
    """
    data = to_stream_data(parsed)
    analyses = list(data["analyses"])
    if data["unplaced"]:
        analyses.append({"type": "unplaced_text", "value": "\n".join(data["unplaced"])})
    raw = {
        "analyses": analyses,
        "recommendations": data["recommendations"],
        "references": data["references"],
    }
    language = languages.get_language(parsed.language)
    streams: dict[str, Any] = {}
    for name, blocks_data in raw.items():
        stream_block = page_model._meta.get_field(language.field(name)).stream_block
        try:
            value = stream_block.to_python(sanitise_block_data(stream_block, blocks_data))
            streams[name] = stream_block.clean(value)
        except ValidationError as error:
            raise ImportApplyError(
                "invalid_content",
                f"{parsed.source_name}: the imported {name} are not valid: "
                f"{_validation_details(error)}",
                filename=parsed.source_name,
                field=name,
                details=_validation_details(error),
            ) from error
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise ImportApplyError(
                "invalid_content",
                f"{parsed.source_name}: the imported {name} are malformed ({error!r})",
                filename=parsed.source_name,
                field=name,
                details=repr(error),
            ) from error
    return streams


def issue_title(parsed: ParsedIssue) -> str:
    """The page title in the file's language: the topic's title, or the topics' joined."""
    titles = [t.strip() for t in parsed.titles if t and t.strip()]
    if not titles:
        titles = [a.title.strip() for a in parsed.analyses if a.title and a.title.strip()]
    return " · ".join(titles)[:255]


def check_parsed(parsed: ParsedIssue) -> None:
    name = parsed.source_name
    language = languages.get_language(parsed.language)
    if not parsed.number:
        raise ImportApplyError("no_number", f"{name}: no issue number found.", filename=name)
    if not issue_title(parsed):
        raise ImportApplyError(
            "no_title",
            f"{name}: no title found.",
            filename=name,
            language=language.code,
        )
    if not parsed.analyses:
        raise ImportApplyError("no_analysis", f"{name}: no analysis found.", filename=name)


def _archive():
    from issues.models import IssueIndexPage

    archive = IssueIndexPage.objects.order_by("path").first()
    if archive is None:
        raise ImportApplyError("no_archive", "There is no issue archive page.")
    return archive


def _invalid_issue(parsed: ParsedIssue, error: ValidationError) -> ImportApplyError:
    if hasattr(error, "error_dict"):
        details = "; ".join(
            f"{key}: {' '.join(messages)}" for key, messages in error.message_dict.items()
        )
    else:
        details = "; ".join(error.messages)
    return ImportApplyError(
        "invalid_issue",
        f"{parsed.source_name}: the issue would not be valid: {details}",
        filename=parsed.source_name,
        details=details,
    )


def apply_parsed(
    parsed: ParsedIssue, *, user=None, publish: bool = False, topics=()
) -> ApplyResult:
    """Create or update the draft issue for ``parsed`` (and with ``publish``, publish its
    language dated to the issue's week). ``topics`` are given to an issue it creates (in its
    first revision). All or nothing: raises :class:`ImportApplyError` and leaves the database
    untouched on any problem."""
    from issues.models import IssuePage

    check_parsed(parsed)
    language = languages.get_language(parsed.language)
    streams = validated_streams(parsed, IssuePage)
    title = issue_title(parsed)
    # Revisions store both ``title`` and ``title_en``; the plain names follow the active
    # language, so work in the default language (see STACK-NOTES, "Publishing one language").
    with translation.override(languages.DEFAULT_LANGUAGE.code):
        try:
            with transaction.atomic():
                return _apply(
                    parsed, language, title, streams, user=user, publish=publish, topics=topics
                )
        except IntegrityError as error:
            # Another import created the same number at the same moment.
            raise ImportApplyError(
                "invalid_issue",
                f"{parsed.source_name}: {error}",
                filename=parsed.source_name,
                details=str(error).splitlines()[0],
            ) from error


def _set_language_fields(page, language, title: str, streams: dict[str, Any]) -> None:
    setattr(page, language.field("title"), title)
    for name in STREAM_FIELDS:
        setattr(page, language.field(name), streams[name])


def _language_fingerprint(page, language) -> str:
    parts = [getattr(page, language.field("title"), "") or ""]
    parts += [_stream_fingerprint(page, language.field(name)) for name in STREAM_FIELDS]
    return json.dumps(parts)


def _language_is_empty(page, language) -> bool:
    title = (getattr(page, language.field("title"), "") or "").strip()
    return not title and not any(getattr(page, language.field(n)) for n in STREAM_FIELDS)


def new_issue_page(parsed: ParsedIssue, language, title: str, streams: dict[str, Any], topics=()):
    """The unsaved ``IssuePage`` a parsed issue creates (call in the default language)."""
    from issues.models import IssuePage

    page = IssuePage(
        number=parsed.number,
        week_start=parsed.week_start,
        week_end=parsed.week_end or parsed.week_start,
        original_language=language.code,
        live=False,
    )
    _set_language_fields(page, language, title, streams)
    if topics:
        page.topics = list(topics)
    return page


def _apply(parsed, language, title, streams, *, user, publish, topics=()) -> ApplyResult:
    from issues.models import IssuePage

    warnings: list[ParseWarning] = []
    existing = IssuePage.objects.select_for_update().filter(number=parsed.number).first()
    if existing is None:
        if parsed.week_start is None:
            raise ImportApplyError(
                "no_week", f"{parsed.source_name}: no week found.", filename=parsed.source_name
            )
        page = new_issue_page(parsed, language, title, streams, topics)
        archive = _archive()
        try:
            archive.add_child(instance=page)
            revision = page.save_revision(user=user, log_action=True)
        except ValidationError as error:
            raise _invalid_issue(parsed, error) from error
        action = "created"
        draft = page
    else:
        if existing.locked and user is not None and existing.locked_by_id not in (None, user.pk):
            raise ImportApplyError(
                "page_locked", f"Issue {existing.number} is locked.", number=existing.number
            )
        draft = existing.get_latest_revision_as_object()
        file_week = (parsed.week_start, parsed.week_end or parsed.week_start)
        if parsed.week_start and file_week != (existing.week_start, existing.week_end):
            warnings.append(
                ParseWarning.make(
                    "week_kept",
                    file_week=f"{file_week[0].isoformat()} – {file_week[1].isoformat()}",
                    issue_week=f"{existing.week_start.isoformat()} – "
                    f"{existing.week_end.isoformat()}",
                )
            )
        if existing.original_language != language.code:
            warnings.append(
                ParseWarning.make(
                    "original_language_kept",
                    level="info",
                    language=existing.original_language,
                    imported=language.code,
                )
            )
        before = _language_fingerprint(draft, language)
        had_text = not _language_is_empty(draft, language)
        _set_language_fields(draft, language, title, streams)
        revision = None
        if _language_fingerprint(draft, language) == before:
            action = "unchanged"
            warnings.append(ParseWarning.make("unchanged", level="info"))
        else:
            action = "updated"
            if had_text:
                warnings.append(
                    ParseWarning.make("language_replaced", level="info", language=language.code)
                )
            try:
                revision = draft.save_revision(user=user, log_action=True)
            except ValidationError as error:
                raise _invalid_issue(parsed, error) from error
        page = existing
    published = False
    if publish:
        _publish_language(page, draft, revision, language, user=user)
        published = True
    page.refresh_from_db()
    return ApplyResult(
        page=page, action=action, language=language.code, published=published, warnings=warnings
    )


def _publish_language(page, draft, revision, language, *, user) -> None:
    """Publish ``language``'s fields of ``draft``, dated to the issue's week.

    A page never published goes live with the draft. A live page keeps its other languages'
    live text: the language's fields are copied onto the live content and that is published;
    if the draft held other unpublished changes, it is saved again as the newest revision so
    the editor's work stays the latest draft."""
    from issues.models import IssuePage

    page = IssuePage.objects.select_for_update().get(pk=page.pk)
    when = publication_datetime(page)
    if language.code != page.original_language and draft.has_content_in(language):
        # Only approved translations go live (issues/workflow/publishing.py): publishing an
        # issue's printed translation from the back catalogue is the editor's approval of it.
        from issues.workflow import actions

        actions.approve(page, language, user, comment="Imported from the back catalogue")
    if not page.live:
        if revision is None:
            revision = page.latest_revision or draft.save_revision(user=user, log_action=True)
        revision.publish(user=user)
    else:
        latest = page.get_latest_revision_as_object()
        live = IssuePage.objects.get(pk=page.pk)  # the row holds the live content
        for name in ("title", *STREAM_FIELDS):
            setattr(live, language.field(name), getattr(latest, language.field(name)))
        if _language_fingerprint(live, language) != _language_fingerprint(page, language):
            live.save_revision(user=user, log_action=True).publish(user=user)
            if _draft_differs(latest, live):
                latest.save_revision(user=user, log_action=True)
    first = page.first_published_at
    IssuePage.objects.filter(pk=page.pk).update(
        first_published_at=first if first and first < when else when,
        last_published_at=when,
    )


def _draft_differs(draft, live) -> bool:
    """True when the draft has changes beyond what was just published."""
    for lang in languages.LANGUAGES:
        if _language_fingerprint(draft, lang) != _language_fingerprint(live, lang):
            return True
        if (getattr(draft, lang.field("standfirst"), "") or "") != (
            getattr(live, lang.field("standfirst"), "") or ""
        ):
            return True
    # Revision content holds dates as strings once loaded: compare them as text.
    return any(
        str(getattr(draft, name)) != str(getattr(live, name))
        for name in ("week_start", "week_end", "original_language")
    )
