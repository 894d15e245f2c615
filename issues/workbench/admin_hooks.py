"""Wagtail hooks of the translator's workbench (imported by issues/wagtail_hooks.py)."""

from __future__ import annotations

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem


@hooks.register("register_admin_urls")
def workbench_urls():
    from issues.workbench import views

    return [
        path(
            "translation/compare/<int:issue_id>/<str:code>/",
            views.compare_view,
            name="csrs_translation_compare",
        ),
        path(
            "translation/assign/<int:issue_id>/<str:code>/",
            views.assign_view,
            name="csrs_translation_assign",
        ),
        path("translation-files/batch/", views.batch_view, name="csrs_translation_batch"),
    ]


class BatchFilesMenuItem(MenuItem):
    def is_shown(self, request):
        from issues.workflow import roles

        return roles.is_workflow_member(request.user)


@hooks.register("register_admin_menu_item")
def batch_files_menu_item():
    return BatchFilesMenuItem(
        _("Translation files"), reverse("csrs_translation_batch"), icon_name="download", order=260
    )


@hooks.register("insert_editor_js")
def workbench_script():
    """Source beside target per piece, "next piece", the remembered tab (static/js/)."""
    return format_html('<script src="{}" defer></script>', static("js/admin-workbench.js"))


@hooks.register("insert_editor_js")
def block_picker_script():
    """Blocks kept for imports only leave the StreamField picker (static/js/); not deferred:
    it must wrap Wagtail's StreamBlock before the editor's blocks render."""
    return format_html('<script src="{}"></script>', static("js/admin-block-picker.js"))
