"""Wagtail hooks of the background-failures report (imported by issues/wagtail_hooks.py)."""

from __future__ import annotations

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from issues.background import views
from issues.workflow import roles


class BackgroundFailuresMenuItem(MenuItem):
    """Shown to editors only (the views check it again on every request)."""

    def is_shown(self, request):
        return roles.is_editor(request.user)


@hooks.register("register_admin_urls")
def background_urls():
    return [
        path("background-failures/", views.failures_view, name="csrs_background_failures"),
        path(
            "background-failures/<int:failure_id>/retry/",
            views.retry_view,
            name="csrs_background_failure_retry",
        ),
    ]


@hooks.register("register_admin_menu_item")
def background_failures_menu_item():
    return BackgroundFailuresMenuItem(
        _("Background failures"),
        reverse("csrs_background_failures"),
        icon_name="warning",
        order=900,
    )
