"""Wagtail hooks of the translation memory and glossary (imported by issues/wagtail_hooks.py).

The glossary is a snippet: Editors hold add/change/delete, Translators only add
(issues/memory/permissions.py); the status field is shown only to those who may change terms,
so what a translator adds stays a proposal whatever the request carries.
"""

from __future__ import annotations

from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import SnippetChooserViewSet, SnippetCreateView
from wagtail.snippets.views.snippets import SnippetViewSet

from issues.memory import views
from issues.models import GlossaryTerm
from issues.workflow import roles


class GlossaryTermForm(WagtailAdminModelForm):
    """What a user who may not change terms saves is a proposal, whatever the form started
    from (a copy of an approved term carries its status in the instance, not the form)."""

    def save(self, commit=True):
        user = getattr(self, "for_user", None)
        if user is None or not user.has_perm("issues.change_glossaryterm"):
            self.instance.status = GlossaryTerm.PROPOSED
        return super().save(commit=commit)


class GlossaryChooserCreateView(SnippetCreateView):
    """Terms are added in the glossary's own form, where a translator's addition is a proposal.

    Wagtail's chooser has no creation form for this snippet, and its create URL would fail on
    a POST (500) for anyone allowed to add: it refuses instead.
    """

    def can_create(self):
        return False


class GlossaryChooserViewSet(SnippetChooserViewSet):
    create_view_class = GlossaryChooserCreateView


class GlossaryViewSet(SnippetViewSet):
    model = GlossaryTerm
    chooser_viewset_class = GlossaryChooserViewSet
    icon = "openquote"
    menu_label = _("Glossary")
    list_display = ["__str__", "kind", "status"]
    list_filter = ["kind", "status"]
    search_fields = ["term_en", "term_ps", "term_fa_af", "term_ar"]
    # Plain "term" and "forbidden" become one input per language (wagtail-modeltranslation).
    edit_handler = ObjectList(
        [
            FieldPanel("term"),
            FieldPanel("kind"),
            FieldPanel("note"),
            FieldPanel("forbidden"),
            FieldPanel("status", permission="issues.change_glossaryterm"),
        ],
        base_form_class=GlossaryTermForm,
    )


register_snippet(GlossaryViewSet)


class MemoryFilesMenuItem(MenuItem):
    """For translators, reviewers and editors (the views check it again)."""

    def is_shown(self, request):
        return roles.is_workflow_member(request.user)


@hooks.register("register_admin_urls")
def memory_urls():
    return [
        path("translation-memory/", views.files_view, name="csrs_memory_files"),
        path("translation-memory/export/", views.memory_export_view, name="csrs_memory_export"),
        path("translation-memory/import/", views.memory_import_view, name="csrs_memory_import"),
        path(
            "translation-memory/glossary/export/",
            views.glossary_export_view,
            name="csrs_glossary_export",
        ),
        path(
            "translation-memory/glossary/import/",
            views.glossary_import_view,
            name="csrs_glossary_import",
        ),
        path(
            "translation-memory/issue/<int:issue_id>/",
            views.memory_index_view,
            name="csrs_memory_index",
        ),
        path(
            "translation-memory/issue/<int:issue_id>/<str:code>/",
            views.memory_page_view,
            name="csrs_memory_page",
        ),
        path(
            "translation-memory/issue/<int:issue_id>/<str:code>/matches.json",
            views.matches_json_view,
            name="csrs_memory_matches",
        ),
        path(
            "translation-memory/issue/<int:issue_id>/<str:code>/insert/",
            views.insert_view,
            name="csrs_memory_insert",
        ),
        path(
            "translation-memory/issue/<int:issue_id>/<str:code>/pretranslate/",
            views.pretranslate_view,
            name="csrs_memory_pretranslate",
        ),
    ]


@hooks.register("register_admin_menu_item")
def memory_menu_item():
    return MemoryFilesMenuItem(
        _("Translation memory"), reverse("csrs_memory_files"), icon_name="doc-full", order=260
    )


@hooks.register("register_page_header_buttons")
def memory_button(page, user, view_name=None, next_url=None):
    from wagtail.admin.widgets import Button

    from issues.models import IssuePage

    if (
        isinstance(page.specific_deferred, IssuePage)
        and roles.is_workflow_member(user)
        and page.permissions_for_user(user).can_edit()
    ):
        yield Button(
            gettext("Memory & checks"),
            reverse("csrs_memory_index", args=(page.pk,)),
            icon_name="tasks",
            priority=7,
        )
