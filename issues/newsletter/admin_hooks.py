"""Wagtail hooks of the newsletter's admin pages (imported by issues/wagtail_hooks.py)."""

from __future__ import annotations

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from issues.newsletter import admin_views
from issues.workflow import roles


class EditorsMenuItem(MenuItem):
    """Shown to editors only (the views check it again on every request)."""

    def is_shown(self, request):
        return roles.is_editor(request.user)


class EditorsSubmenu(SubmenuMenuItem):
    def is_shown(self, request):
        return roles.is_editor(request.user)


@hooks.register("register_admin_urls")
def newsletter_urls():
    return [
        path("newsletter/mailings/", admin_views.mailings_view, name="csrs_newsletter_mailings"),
        path(
            "newsletter/mailings/<int:mailing_id>/pause/",
            admin_views.pause_view,
            name="csrs_newsletter_pause",
        ),
        path(
            "newsletter/mailings/<int:mailing_id>/resume/",
            admin_views.resume_view,
            name="csrs_newsletter_resume",
        ),
        path(
            "newsletter/mailings/<int:mailing_id>/send-again/",
            admin_views.send_again_view,
            name="csrs_newsletter_send_again",
        ),
        path("newsletter/test/", admin_views.send_test_view, name="csrs_newsletter_test"),
        path(
            "newsletter/subscribers/",
            admin_views.subscribers_view,
            name="csrs_newsletter_subscribers",
        ),
    ]


newsletter_menu = Menu(register_hook_name="register_newsletter_menu_item", construct_hook_name=None)


@hooks.register("register_newsletter_menu_item")
def mailings_menu_item():
    return EditorsMenuItem(
        _("Mailings"), reverse("csrs_newsletter_mailings"), icon_name="mail", order=100
    )


@hooks.register("register_newsletter_menu_item")
def subscribers_menu_item():
    return EditorsMenuItem(
        _("Subscribers"), reverse("csrs_newsletter_subscribers"), icon_name="group", order=200
    )


@hooks.register("register_admin_menu_item")
def newsletter_menu_item():
    return EditorsSubmenu(_("Newsletter"), newsletter_menu, icon_name="mail", order=850)
