"""Admin integration: snippets and the stylesheet that makes RTL fields right-to-left."""

from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
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
# Translation workflow: hooks, admin views and the dashboard (issues/workflow/).
from issues.workflow import admin_hooks  # noqa: E402, F401
