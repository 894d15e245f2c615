"""Admin integration: snippets and the stylesheet that makes RTL fields right-to-left."""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from issues.models import Region, Topic


@hooks.register("insert_global_admin_css")
def language_field_styles():
    """Right-to-left inputs, Arabic-script fonts, only inside fields marked with a language."""
    return format_html(
        '<link rel="stylesheet" href="{}"><link rel="stylesheet" href="{}">',
        static("css/admin-language-fields.css"),
        "/fonts.css",
    )


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "slug"]
    search_fields = ["name"]
    # Plain "name" is expanded by wagtail-modeltranslation into one input per language.
    panels = [FieldPanel("name"), FieldPanel("slug")]


register_snippet(TopicViewSet)


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "globe"
    menu_label = _("Countries and regions")
    list_display = ["name", "slug"]
    search_fields = ["name"]
    panels = [FieldPanel("name"), FieldPanel("slug")]


register_snippet(RegionViewSet)


# --- Back catalogue: import past issues (issues/backcatalogue/) -----------------------------


class ImportIssuesMenuItem(MenuItem):
    """Shown only to users who may add issues (the views check it again on every request)."""

    def is_shown(self, request):
        from issues.backcatalogue.views import user_may_import

        return user_may_import(request.user)


@hooks.register("register_admin_urls")
def backcatalogue_urls():
    from issues.backcatalogue import views, wordpress_views

    return [
        path("issues/import/", views.upload, name="backcatalogue_upload"),
        path("issues/import/confirm/", views.confirm, name="backcatalogue_confirm"),
        path("issues/import/wordpress/", wordpress_views.wordpress_import, name="wordpress_import"),
    ]


@hooks.register("register_admin_menu_item")
def backcatalogue_menu_item():
    return ImportIssuesMenuItem(
        _("Import issues"), reverse("backcatalogue_upload"), icon_name="upload", order=250
    )


@hooks.register("register_admin_menu_item")
def wordpress_import_menu_item():
    return ImportIssuesMenuItem(
        _("Import from WordPress"), reverse("wordpress_import"), icon_name="upload", order=251
    )


# Rich text: broken stored links render as text (issues/richtext/).
# Background work that failed for good: the editors' report and "retry" (issues/background/).
from issues.background import admin_hooks as background_hooks  # noqa: E402, F401

# Translation memory, glossary and checks before review (issues/memory/).
from issues.memory import admin_hooks as memory_hooks  # noqa: E402, F401

# The newsletter: mailings and subscribers for editors (issues/newsletter/).
from issues.newsletter import admin_hooks as newsletter_hooks  # noqa: E402, F401
from issues.richtext import admin_hooks as rich_text_hooks  # noqa: E402, F401

# Outside translators: XLIFF/PO export and import (issues/translations/).
from issues.translations import admin_hooks as translation_file_hooks  # noqa: E402, F401

# The translator's workbench: source beside target, piece by piece (issues/workbench/).
from issues.workbench import admin_hooks as workbench_hooks  # noqa: E402, F401

# Translation workflow: hooks, admin views and the dashboard (issues/workflow/).
from issues.workflow import admin_hooks  # noqa: E402, F401

# --- The admin's language: labels Wagtail formats once -------------------------------------------


@hooks.register("construct_help_menu")
def whats_new_in_the_users_language(request, menu_items):
    """Give "What's new in Wagtail …" the language of this request.

    Wagtail formats that label (``_(…) % {"version": …}``) when the help menu is first built and
    caches the menu for the process, so it stays in whichever language the first admin request
    had: a Pashto translator would read it in English after an English editor's visit.
    """
    import copy

    from django.utils.translation import gettext
    from wagtail.utils.version import get_main_version

    version = get_main_version(include_patch=False)
    for index, item in enumerate(menu_items):
        if item.name == f"whats-new-in-wagtail-{version}":
            item = copy.copy(item)  # the cached item is shared by every request
            item.label = gettext("What's new in Wagtail %(version)s") % {"version": version}
            menu_items[index] = item
