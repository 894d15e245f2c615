"""Admin panels that group translated fields by language, one tab per language.

wagtail-modeltranslation would expand ``FieldPanel("title")`` into four panels interleaved by
field. Editors and translators think in languages, so each language gets its own tab holding its
fields in document order, with right-to-left inputs for Pashto, Dari and Arabic whatever the
admin's interface language is. The panel classes here are subclasses, which
wagtail-modeltranslation leaves as they are.
"""

from __future__ import annotations

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList, TabbedInterface
from wagtail.models import Page

from csrs import languages
from csrs.languages import Language

# Field labels in the language tabs; the language is added to each, so a validation error
# always says which language and which field.
FIELD_LABELS = {
    "title": _("Title"),
    "standfirst": _("Standfirst"),
    "introduction": _("Introduction"),
    "analyses": _("Analyses"),
    "recommendations": _("Recommendations"),
    "references": _("References"),
}

ISSUE_TRANSLATED_FIELDS = ["title", "standfirst", "analyses", "recommendations", "references"]


class LanguageFieldPanel(FieldPanel):
    """A field of one language: labelled with the language, right-to-left where it must be."""

    def __init__(self, field_name: str, language: Language | str | None = None, **kwargs):
        self.language = languages.get_language(
            language if isinstance(language, str) else language.code if language else None
        )
        attrs = {
            "lang": self.language.code,
            "data-field-language": self.language.code,
            "data-field-direction": self.language.direction,
        }
        attrs.update(kwargs.pop("attrs", None) or {})
        super().__init__(field_name, attrs=attrs, **kwargs)

    def clone_kwargs(self):
        kwargs = super().clone_kwargs()
        kwargs["language"] = self.language.code
        return kwargs

    class BoundPanel(FieldPanel.BoundPanel):
        def __init__(self, **kwargs):
            # Plain inputs take dir/lang on the widget itself; rich text and streams get them
            # from the panel's data attributes and the admin stylesheet (wagtail_hooks.py).
            super().__init__(**kwargs)
            widget = getattr(self.bound_field.field, "widget", None) if self.bound_field else None
            if isinstance(widget, forms.TextInput | forms.Textarea):
                widget.attrs.setdefault("dir", self.panel.language.direction)
                widget.attrs.setdefault("lang", self.panel.language.code)


class LanguageTab(ObjectList):
    """A tab holding one language's fields."""

    def __init__(self, children=(), language: Language | str | None = None, **kwargs):
        self.language = languages.get_language(
            language if isinstance(language, str) else language.code if language else None
        )
        lang = self.language
        name = lang.name if lang.native_name == lang.name else f"{lang.native_name} ({lang.name})"
        kwargs.setdefault("heading", name)
        super().__init__(children, **kwargs)

    def clone_kwargs(self):
        kwargs = super().clone_kwargs()
        kwargs["language"] = self.language.code
        return kwargs

    @property
    def clean_name(self):
        # The tab's anchor is tied to its language, not to its heading or position:
        # ``#tab-ps`` opens Pashto whatever the admin's language and the original language.
        return self.language.code


class LanguageTabbedInterface(TabbedInterface):
    """Tabs whose language tabs put the page's original language first.

    A translator's or reviewer's own language tab opens first (unless the address names a
    tab): the others are there to read.
    """

    class BoundPanel(TabbedInterface.BoundPanel):
        @property
        def attrs(self):
            attrs = dict(super().attrs)
            mine = self._own_languages()
            if mine:
                attrs["data-w-tabs-active-panel-id-value"] = f"tab-{mine[0].code}"
                # The workbench script puts the languages that are neither the user's nor the
                # original behind "Show other languages" (static/js/admin-workbench.js).
                original = getattr(self.instance, "original_language", "")
                attrs["data-workbench-show-label"] = _("Show other languages")
                attrs["data-workbench-other-languages"] = " ".join(
                    lang.code
                    for lang in languages.LANGUAGES
                    if lang not in mine and lang.code != original
                )
            return attrs

        def _own_languages(self) -> list[Language]:
            """A translator's or reviewer's languages (none for editors: theirs are all)."""
            from issues.workflow import roles

            user = getattr(self.request, "user", None)
            if user is None or roles.is_editor(user):
                return []
            return roles.editable_languages(user)

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            original = getattr(self.instance, "original_language", None)
            tabs = [child for child in self.children if isinstance(child.panel, LanguageTab)]
            if original and tabs:
                # sorted() is stable: the original language moves first, the others keep order.
                ordered = iter(sorted(tabs, key=lambda tab: tab.panel.language.code != original))
                self.children = [
                    next(ordered) if isinstance(child.panel, LanguageTab) else child
                    for child in self.children
                ]


def language_label(field: str, language: Language):
    """ "Title · پښتو": lazy, so the label follows the admin's language at render time (the
    panels are built once, at import)."""
    label = FIELD_LABELS.get(field, field.replace("_", " ").capitalize())
    return format_lazy("{} · {}", label, language.native_name)


def language_panels(fields: list[str], language: Language) -> list[FieldPanel]:
    """One language's panels for the translated ``fields``, in the given order."""
    return [
        LanguageFieldPanel(
            language.field(name), language=language, heading=language_label(name, language)
        )
        for name in fields
    ]


def language_tabs(fields: list[str], extra_tabs: list | None = None) -> TabbedInterface:
    """An edit handler with one tab per language for ``fields`` and Wagtail's settings tab."""
    tabs = [
        LanguageTab(language_panels(fields, lang), language=lang) for lang in languages.LANGUAGES
    ]
    return LanguageTabbedInterface(
        [
            *(extra_tabs or []),
            *tabs,
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )


def issue_edit_handler() -> TabbedInterface:
    """The issue editor: shared facts first, then a tab per language (original first)."""
    from issues.workflow.panels import (
        LanguageStatusPanel,
        PublishingOutcomePanel,
        SourceTextPanel,
    )

    shared = ObjectList(
        [
            # Which languages Publish would put live, and which stay drafts.
            PublishingOutcomePanel(),
            FieldPanel("number"),
            FieldPanel("week_start"),
            FieldPanel("week_end"),
            FieldPanel("original_language"),
            FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
            FieldPanel("regions", widget=forms.CheckboxSelectMultiple),
            # Not a model field: the workflow form's "translations stay valid" checkbox.
            FieldPanel("minor_edit"),
        ],
        heading=_("Issue"),
    )
    # Each language tab also shows its translation state and, above each field, the source's
    # text for translators (issues/workflow/panels.py).

    tabs = []
    for lang in languages.LANGUAGES:
        children = [LanguageStatusPanel(lang)]
        for field, panel in zip(
            ISSUE_TRANSLATED_FIELDS, language_panels(ISSUE_TRANSLATED_FIELDS, lang), strict=True
        ):
            children += [SourceTextPanel(field, lang), panel]
        tabs.append(LanguageTab(children, language=lang))
    return LanguageTabbedInterface(
        [shared, *tabs, ObjectList(Page.settings_panels, heading=_("Settings"))]
    )
