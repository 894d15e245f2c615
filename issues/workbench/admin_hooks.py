"""Wagtail hooks of the translator's workbench (imported by issues/wagtail_hooks.py)."""

from __future__ import annotations

from django.templatetags.static import static
from django.urls import path
from django.utils.html import format_html
from wagtail import hooks


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
    ]


@hooks.register("insert_editor_js")
def workbench_script():
    """Source beside target per piece, "next piece", the remembered tab (static/js/)."""
    return format_html('<script src="{}" defer></script>', static("js/admin-workbench.js"))
