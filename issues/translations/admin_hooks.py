"""Wagtail hooks for exchanging translations (imported by issues/wagtail_hooks.py)."""

from __future__ import annotations

from django.urls import path, reverse
from django.utils.translation import gettext
from wagtail import hooks

from issues.translations import views


@hooks.register("register_admin_urls")
def translation_exchange_urls():
    return [
        path(
            "translation-files/<int:issue_id>/", views.exchange_view, name="csrs_translation_files"
        ),
        path(
            "translation-files/<int:issue_id>/export/",
            views.export_view,
            name="csrs_translation_export",
        ),
        path(
            "translation-files/<int:issue_id>/import/",
            views.import_view,
            name="csrs_translation_import",
        ),
        path(
            "translation-files/<int:issue_id>/confirm/",
            views.confirm_view,
            name="csrs_translation_import_confirm",
        ),
    ]


@hooks.register("register_page_header_buttons")
def translation_files_button(page, user, view_name=None, next_url=None):
    from wagtail.admin.widgets import Button

    from issues.models import IssuePage

    if isinstance(page.specific_deferred, IssuePage) and page.permissions_for_user(user).can_edit():
        yield Button(
            gettext("XLIFF / PO files"),
            reverse("csrs_translation_files", args=(page.pk,)),
            icon_name="download",
            priority=6,
        )
