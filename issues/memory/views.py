"""Admin views: "Memory & checks" of one issue and language; the memory and glossary files.

Every view checks the user's rights on the server: the page is for the language's translators
and reviewers and for editors (with edit access to the issue); inserting writes only to the
language's draft (``actions.apply_language_fields`` checks it again); imports of TMX and of
glossary files are for editors.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from csrs import languages
from csrs.languages import Language
from issues.memory import checks, glossary, insertion, matching, store, tmx
from issues.memory.files import FileRefused
from issues.workflow import actions, roles


def _issue_and_language(request, issue_id, code) -> tuple[object, Language]:
    from issues.models import IssuePage

    issue = get_object_or_404(IssuePage, pk=issue_id)
    language = languages.BY_CODE.get(code)
    if language is None:
        raise Http404
    if not issue.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if not roles.may_edit_language(request.user, language):
        raise PermissionDenied
    return issue, language


def _source_parts(text: str, hits) -> list[tuple[str, object]]:
    """The source text cut around its glossary hits: (text, hit or None)."""
    parts, position = [], 0
    for hit in hits:
        if hit.start > position:
            parts.append((text[position : hit.start], None))
        parts.append((text[hit.start : hit.end], hit))
        position = hit.end
    if position < len(text):
        parts.append((text[position:], None))
    return parts


def _pieces(issue, language: Language, only: str | None = None) -> tuple[Language, list[dict]]:
    from issues.models import MemoryInsertion

    source, found = insertion.piece_units(issue, language)
    if only is not None:
        found = [unit for unit in found if unit.id == only]
    terms = glossary.approved_terms()
    texts = {unit.id: store.piece_source(unit).text for unit in found}
    offered = matching.matches_for_texts(source.code, language.code, texts)
    inserted = {
        row.unit_id: row
        for row in MemoryInsertion.objects.filter(issue=issue, language=language.code)
    }
    pieces = []
    for position, unit in enumerate(found, start=1):
        hits = glossary.term_hits(texts[unit.id], source, language, terms)
        pieces.append(
            {
                "unit": unit,
                "anchor": f"piece-{position}",
                "source": texts[unit.id],
                "source_parts": _source_parts(texts[unit.id], hits),
                "target": store.piece_target(unit).text,
                "hits": hits,
                "matches": offered.get(unit.id, []),
                "inserted": inserted.get(unit.id),
            }
        )
    return source, pieces


def memory_index_view(request, issue_id):
    """The issue's first language the user may work on (editors: the first translation)."""
    from issues.models import IssuePage

    issue = get_object_or_404(IssuePage, pk=issue_id)
    source = actions.source_language(actions.latest_content(issue))
    mine = [lang for lang in roles.editable_languages(request.user) if lang.code != source.code]
    if not mine or not issue.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return redirect("csrs_memory_page", issue.pk, mine[0].code)


def memory_page_view(request, issue_id, code):
    """Each piece with its glossary terms and memory matches, and the checks' report."""
    issue, language = _issue_and_language(request, issue_id, code)
    source, pieces = _pieces(issue, language)
    report = checks.check_language(issue, language)
    findings = report.by_piece()
    for piece in pieces:
        piece["findings"] = findings.get(piece["unit"].id, [])
    tabs = [
        lang
        for lang in roles.editable_languages(request.user)
        if lang.code != source.code and issue.permissions_for_user(request.user).can_edit()
    ]
    return TemplateResponse(
        request,
        "memory/page.html",
        {
            "issue": issue,
            "language": language,
            "source": source,
            "pieces": pieces,
            "report": report,
            "tabs": tabs,
            "exact_count": sum(
                1
                for piece in pieces
                if any(m.exact for m in piece["matches"])
                and (not piece["target"] or piece["target"] == piece["source"])
            ),
        },
    )


def matches_json_view(request, issue_id, code):
    """The matches and glossary terms of every piece (or ``?piece=<id>``), for the editor.

    A refused user gets a plain 403 in JSON (not the admin's redirect to the dashboard): the
    editor's script fetches this, and a redirect would answer 200 with a page.
    """
    try:
        issue, language = _issue_and_language(request, issue_id, code)
    except PermissionDenied:
        return JsonResponse({"error": _("You may not work on this language.")}, status=403)
    _source, pieces = _pieces(issue, language, only=request.GET.get("piece") or None)
    return JsonResponse(
        {
            "issue": issue.pk,
            "language": language.code,
            "pieces": [
                {
                    "id": piece["unit"].id,
                    "context": piece["unit"].context,
                    "source": piece["source"],
                    "target": piece["target"],
                    "terms": [
                        {
                            "source": hit.source_form,
                            "target": hit.target_form,
                            "kind": hit.term.kind,
                        }
                        for hit in piece["hits"]
                    ],
                    "matches": [
                        {
                            "entry": match.entry.pk,
                            "score": match.score,
                            "exact": match.exact,
                            "source": match.entry.source_text,
                            "target": match.entry.target_text,
                            "diff": match.diff,
                        }
                        for match in piece["matches"]
                    ],
                }
                for piece in pieces
            ],
        },
        json_dumps_params={"ensure_ascii": False},
    )


def _back(issue, language, anchor: str = ""):
    url = reverse("csrs_memory_page", args=(issue.pk, language.code))
    return redirect(f"{url}#{anchor}" if anchor else url)


@require_POST
def insert_view(request, issue_id, code):
    """Put one match into one piece of the language's draft (a new revision)."""
    issue, language = _issue_and_language(request, issue_id, code)
    unit_id = request.POST.get("piece", "")
    try:
        entry_id = int(request.POST.get("entry", ""))
    except ValueError:
        entry_id = 0
    try:
        insertion.insert_match(issue, language, unit_id, entry_id, request.user)
    except insertion.InsertionError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The match was put into the draft."))
    return _back(issue, language, request.POST.get("anchor", ""))


@require_POST
def pretranslate_view(request, issue_id, code):
    """Fill every untranslated piece with its exact match (a draft, for review)."""
    issue, language = _issue_and_language(request, issue_id, code)
    try:
        count = insertion.pretranslate(issue, language, request.user)
    except insertion.InsertionError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("%(count)s pieces were filled with exact matches; they are marked for review.")
            % {"count": count},
        )
    return _back(issue, language)


# --- Memory and glossary files ---------------------------------------------------------------


def _pair_choices():
    return [(lang.code, lang.native_name) for lang in languages.LANGUAGES]


class MemoryExportForm(forms.Form):
    source = forms.ChoiceField(label=gettext_lazy("Source language"), choices=_pair_choices)
    target = forms.ChoiceField(label=gettext_lazy("Target language"), choices=_pair_choices)


class UploadForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("File"))


class GlossaryExportForm(forms.Form):
    format = forms.ChoiceField(
        label=gettext_lazy("Format"), choices=[("tbx", "TBX"), ("csv", "CSV")]
    )


def _files_page(request, problems=None, status=200):
    return TemplateResponse(
        request,
        "memory/files.html",
        {
            "export_form": MemoryExportForm(request.GET or None),
            "import_form": UploadForm(),
            "glossary_export_form": GlossaryExportForm(),
            "may_import": roles.is_editor(request.user),
            "problems": problems or [],
        },
        status=status,
    )


def _check_member(user) -> None:
    if not roles.is_workflow_member(user):
        raise PermissionDenied


def files_view(request):
    """TMX export and import of the memory; CSV/TBX of the glossary."""
    _check_member(request.user)
    return _files_page(request)


def memory_export_view(request):
    _check_member(request.user)
    form = MemoryExportForm(request.GET)
    if not form.is_valid() or form.cleaned_data["source"] == form.cleaned_data["target"]:
        return _files_page(request, [_("Choose two different languages.")], status=400)
    source = languages.BY_CODE[form.cleaned_data["source"]]
    target = languages.BY_CODE[form.cleaned_data["target"]]
    response = HttpResponse(tmx.export_memory(source, target), content_type="application/x-tmx+xml")
    response["Content-Disposition"] = (
        f'attachment; filename="memory-{source.code}-{target.code}.tmx"'
    )
    return response


def _upload(request) -> bytes | None:
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return None
    upload = form.cleaned_data["file"]
    if upload.size > tmx.MAX_SEGMENT_CHARS * 1000:
        return b""
    return upload.read()


@require_POST
def memory_import_view(request):
    if not roles.is_editor(request.user):
        raise PermissionDenied
    data = _upload(request)
    if not data:
        return _files_page(request, [_("Choose a TMX file.")], status=400)
    try:
        report = tmx.import_memory(data, request.user)
    except FileRefused as error:
        return _files_page(request, error.problems, status=400)
    pairs = ", ".join(f"{pair}: {count}" for pair, count in sorted(report.added.items()))
    messages.success(
        request,
        _("%(count)s translations added to the memory (%(pairs)s); %(known)s already known.")
        % {"count": report.total, "pairs": pairs or "—", "known": report.known},
    )
    return redirect("csrs_memory_files")


def glossary_export_view(request):
    from issues.models import GlossaryTerm

    _check_member(request.user)
    form = GlossaryExportForm(request.GET)
    if not form.is_valid():
        return _files_page(request, [_("Choose a format.")], status=400)
    terms = GlossaryTerm.objects.order_by("pk")
    if form.cleaned_data["format"] == "csv":
        response = HttpResponse(glossary.export_csv(terms), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="glossary.csv"'
    else:
        response = HttpResponse(glossary.export_tbx(terms), content_type="application/x-tbx+xml")
        response["Content-Disposition"] = 'attachment; filename="glossary.tbx"'
    return response


@require_POST
def glossary_import_view(request):
    if not roles.is_editor(request.user):
        raise PermissionDenied
    data = _upload(request)
    if not data:
        return _files_page(request, [_("Choose a CSV or TBX file.")], status=400)
    try:
        added, updated = glossary.save_records(glossary.parse_file(data))
    except FileRefused as error:
        return _files_page(request, error.problems, status=400)
    messages.success(
        request,
        _("Glossary: %(added)s terms added, %(updated)s updated.")
        % {"added": added, "updated": updated},
    )
    return redirect("csrs_memory_files")
