"""Editor panels for translators: the source text beside each field, and the language's state.

Small panels with a nested ``BoundPanel``, like Wagtail's ``HelpPanel``. They show; they save
nothing (the form has no field for them).
"""

from __future__ import annotations

from django.urls import reverse
from wagtail.admin.panels import Panel

from csrs import languages
from csrs.languages import Language


def _language(value) -> Language:
    return languages.get_language(value if isinstance(value, str) else value.code)


class EditorState:
    """What every workflow panel of one edited page reads: its texts and translation statuses.

    An issue's editor has a status panel per language and a source panel per field and
    language; they share one of these, so each text is flattened once and the statuses are
    read in one query instead of one per panel.
    """

    def __init__(self, page):
        from issues.workflow import content

        self.page = page
        self.texts = content.FieldTexts(page)
        self._statuses: dict[str, object] | None = None

    @property
    def statuses(self) -> dict[str, object]:
        """The page's translation statuses by language code (read on first use)."""
        if self._statuses is None:
            from issues.workflow import actions

            self._statuses = actions.statuses_by_language(self.page) if self.page.pk else {}
        return self._statuses

    def pieces(self, language: Language, source: Language) -> list:
        """``language``'s pieces from ``source`` (issues/workbench/pieces.py), built once."""
        from issues.translations.units import PageStreams
        from issues.workbench import pieces

        cache = self.__dict__.setdefault("_pieces", {})
        key = (language.code, source.code)
        if key not in cache:
            status = self.statuses.get(language.code)
            if "_streams" not in self.__dict__:
                self._streams = PageStreams(self.page)
            cache[key] = pieces.language_pieces(self.page, source, language, status, self._streams)
        return cache[key]


def editor_state(request, page) -> EditorState:
    """The state shared by ``page``'s panels during ``request`` (a fresh one without request)."""
    if request is None:
        return EditorState(page)
    shared = request.__dict__.setdefault("_csrs_workflow_editor_states", {})
    state = shared.get(id(page))
    if state is None or state.page is not page:
        state = shared[id(page)] = EditorState(page)
    return state


def chosen_source(request, page) -> Language:
    """The issue's original language, or the one the translator picked with ``?source=``."""
    code = request.GET.get("source", "") if request is not None else ""
    if code in languages.BY_CODE:
        return languages.BY_CODE[code]
    return languages.get_language(getattr(page, "original_language", None))


class SourceTextPanel(Panel):
    """The source language's text of one field, read-only, above this language's input."""

    def __init__(self, field: str, language, **kwargs):
        super().__init__(**kwargs)
        self.field = field
        self.language = _language(language)

    def clone_kwargs(self):
        kwargs = super().clone_kwargs()
        kwargs.update(field=self.field, language=self.language.code)
        return kwargs

    class BoundPanel(Panel.BoundPanel):
        template_name = "workflow/panels/source_text.html"

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.source = chosen_source(self.request, self.instance)

        def is_shown(self):
            return bool(self.instance.pk) and self.source.code != self.panel.language.code

        def get_context_data(self, parent_context=None):
            from issues.workbench import pieces
            from issues.workflow import content

            context = super().get_context_data(parent_context)
            field, language, source = self.panel.field, self.panel.language, self.source
            state = editor_state(self.request, self.instance)
            field_pieces = [
                piece for piece in state.pieces(language, source) if piece.field == field
            ]
            context.update(
                {
                    "source": source,
                    "language": language,
                    "pieces": field_pieces,
                    "pieces_html": pieces.render_sources(field_pieces, source, language),
                    "text": state.texts.text(field, source),
                    "translated": content.is_translated(
                        self.instance, field, language, source, state.texts
                    ),
                    "outdated": _outdated_diff(state, field, language),
                    "memory_url": _memory_url(self.request, self.instance, language),
                }
            )
            return context


def _memory_url(request, page, language: Language) -> str:
    """Where the editor fetches this language's memory matches and glossary terms
    (issues/memory/views.py), for the users who may work on the language; else nothing."""
    from issues.workflow import roles

    user = getattr(request, "user", None)
    if user is None or not roles.may_edit_language(user, language):
        return ""
    return reverse("csrs_memory_matches", args=(page.pk, language.code))


def _outdated_diff(state: EditorState, field: str, language: Language):
    """The old → new diff of ``field``'s source if it made ``language`` need an update."""
    from issues.workflow import content

    status = state.statuses.get(language.code)
    if status is None or field not in status.outdated_fields:
        return None
    source = languages.get_language(status.approved_source_language)
    old = (status.approved_source.get(field) or {}).get("text", "")
    return content.text_diff(old, state.texts.text(field, source))


class LanguageStatusPanel(Panel):
    """The language's translation state and progress, with a link to act on it."""

    def __init__(self, language, **kwargs):
        super().__init__(**kwargs)
        self.language = _language(language)

    def clone_kwargs(self):
        kwargs = super().clone_kwargs()
        kwargs["language"] = self.language.code
        return kwargs

    class BoundPanel(Panel.BoundPanel):
        template_name = "workflow/panels/language_status.html"

        def is_shown(self):
            return bool(self.instance.pk)

        def get_context_data(self, parent_context=None):
            from issues.workflow import actions, content
            from issues.workflow.states import TranslationState

            context = super().get_context_data(parent_context)
            language = self.panel.language
            source = chosen_source(self.request, self.instance)
            shared = editor_state(self.request, self.instance)
            state = actions.display_state(
                self.instance, language, shared.statuses, page=self.instance
            )
            done, total = content.progress(self.instance, language, source, shared.texts)
            from issues.workbench import pieces

            pieces_done, pieces_total = pieces.progress(shared.pieces(language, source))
            original = languages.get_language(getattr(self.instance, "original_language", None))
            context.update(
                {
                    # The original language is not translated: no state, progress or actions.
                    "is_original": language.code == original.code,
                    "page_pk": self.instance.pk,
                    "original": original,
                    "pieces_done": pieces_done,
                    "pieces_total": pieces_total,
                    "pieces_left": pieces_total - pieces_done,
                    "language": language,
                    "source": source,
                    "state": state,
                    "state_label": TranslationState(state).label,
                    "done": done,
                    "total": total,
                    "percent": round(100 * done / total) if total else 0,
                    "status_url": reverse("csrs_translation_status", args=(self.instance.pk,)),
                    "sources": [lang for lang in languages.LANGUAGES if lang != language],
                }
            )
            return context


class PublishingOutcomePanel(Panel):
    """Which languages publishing would put live and which stay drafts (editors only)."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "workflow/panels/publishing_outcome.html"

        def is_shown(self):
            from issues.workflow import roles

            return bool(self.instance.pk) and roles.is_editor(self.request.user)

        def get_context_data(self, parent_context=None):
            from issues.workflow.publishing import publishing_outcome

            context = super().get_context_data(parent_context)
            state = editor_state(self.request, self.instance)
            context["outcomes"] = publishing_outcome(self.instance, state.statuses, state.texts)
            return context
