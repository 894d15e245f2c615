"""Page types: the home page, the archive (issue index) and the weekly issue itself."""

from __future__ import annotations

from datetime import date

from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.http.request import split_domain_port
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet
from wagtail.search import index

from csrs import languages
from csrs.languages import Language
from issues.archive import archive_choices, archive_count, filter_archive
from issues.blocks import AnalysisBlock, RecommendationBlock, ReferenceBlock, UnplacedTextBlock
from issues.cards import issue_cards
from issues.l10n.bidi import strip_bidi_controls
from issues.outline import build_outline
from issues.panels import issue_edit_handler, language_tabs
from issues.workflow.forms import IssuePageForm
from issues.workflow.permissions import WorkflowPermissionsMixin

MAX_WEEK_DAYS = 14
ARCHIVE_PAGE_SIZE = 12
LANGUAGE_CHOICES = [(lang.code, lang.name) for lang in languages.LANGUAGES]


# The issue's StreamFields: the bulk of a row, needed only to show or edit the issue itself.
BODY_STREAMS = ("analyses", "recommendations", "references")


def live_and_public(queryset: PageQuerySet) -> PageQuerySet:
    """The live pages of ``queryset`` that no privacy setting (view restriction on the page or
    above it) hides: what readers may see of any page type (issues: ``readable()``)."""
    from issues.site_cache import any_view_restrictions

    queryset = queryset.live()
    # Almost never true: while no page is private, skip Wagtail's query of every restriction.
    return queryset.public() if any_view_restrictions() else queryset


class IssuePageQuerySet(PageQuerySet):
    def available_in(self, language: Language | str) -> IssuePageQuerySet:
        """Issues approved in ``language`` (public surfaces call :meth:`readable` instead)."""
        code = language if isinstance(language, str) else language.code
        return self.filter(available_languages__contains=f" {code} ")

    def readable(self, language: Language | str | None = None) -> IssuePageQuerySet:
        """What readers may see: live, not private, and (with a language) approved in it.

        The one definition every public surface filters through: pages, lists, search, feeds,
        sitemap, PDFs, citations, API, OAI and mail. A privacy setting anywhere above an issue
        (login, password or groups) hides it as surely as unpublishing it.
        """
        queryset = live_and_public(self)
        return queryset.available_in(language) if language is not None else queryset

    def with_doi(self, language: Language) -> IssuePageQuerySet:
        """Each issue with its DOI in ``language`` (or None), read in the same query."""
        from issues.models.scholarly import IssueLanguageRecord
        from issues.scholarly.dois import annotation_name

        doi = IssueLanguageRecord.objects.filter(
            number=models.OuterRef("number"), language=language.code
        ).values("doi")[:1]
        return self.annotate(**{annotation_name(language): models.Subquery(doi)})

    def newest_first(self) -> IssuePageQuerySet:
        return self.order_by("-number")

    def for_listing(self) -> IssuePageQuerySet:
        """Without the body columns (every language's streams): lists show an issue's number,
        week, title and standfirst, and decoding fifteen JSON documents per row would cost more
        than the rest of the page."""
        return self._without_columns(_stream_columns(languages.LANGUAGES))

    def for_reading(self, language: Language) -> IssuePageQuerySet:
        """With only ``language``'s body columns: what a reader's page of the issue shows."""
        others = [lang for lang in languages.LANGUAGES if lang.code != language.code]
        return self._without_columns(_stream_columns(others))

    def _without_columns(self, names: list[str]) -> IssuePageQuerySet:
        # What QuerySet.defer() does, without modeltranslation's rewriting: it widens
        # defer("analyses") to every language's column, and "analyses" is a column of its own.
        clone = self._chain()
        clone.query.add_deferred_loading(frozenset(names))
        return clone


def _stream_columns(langs) -> list[str]:
    """The body stream columns of ``langs`` and the untranslated originals modeltranslation
    keeps beside them (never read: attribute access goes to the active language's column)."""
    return [
        name
        for stream in BODY_STREAMS
        for name in (stream, *(lang.field(stream) for lang in langs))
    ]


IssuePageManager = PageManager.from_queryset(IssuePageQuerySet)


class SpecificChildRouteMixin:
    """Route to children of one known page type in one query instead of Wagtail's two
    (a base ``Page`` then ``.specific``): part of keeping an issue page's queries constant."""

    child_page_model_name: str = ""

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        child_model = apps.get_model("issues", self.child_page_model_name)
        # A site's root page comes from the site cache with its children (issues/site_cache.py).
        cached = getattr(self, "_site_cache_children", None)
        if cached is not None:
            child = cached.get(path_components[0])
            if not isinstance(child, child_model):
                raise Http404
            return child.route(request, path_components[1:])
        try:
            child = self.child_queryset(child_model).get(slug=path_components[0])
        except child_model.DoesNotExist as error:
            raise Http404 from error
        child._cached_parent_obj = self  # treebeard's get_parent() then needs no query
        return child.route(request, path_components[1:])

    def child_queryset(self, child_model):
        """The children a URL can reach (subclasses narrow the columns they load)."""
        return child_model.objects.child_of(self)


class ViewRestrictionsInOneQueryMixin:
    """Wagtail's ``get_view_restrictions`` loads the ancestors (to resolve aliases), then their
    restrictions: two queries on every page view. The ancestors' paths are prefixes of the
    page's own, so one query can do both."""

    def get_view_restrictions(self):
        from issues.site_cache import any_view_restrictions

        if not any_view_restrictions():  # no page is private: nothing to look up
            return PageViewRestriction.objects.none()
        paths = [self.path[:end] for end in range(self.steplen, len(self.path) + 1, self.steplen)]
        in_branch = Page.objects.filter(path__in=paths)
        # An alias (and an alias's ancestors) is restricted by its source page's restrictions.
        return PageViewRestriction.objects.filter(
            Q(page__in=in_branch.filter(alias_of__isnull=True).values("pk"))
            | Q(page__in=in_branch.filter(alias_of__isnull=False).values("alias_of"))
        )


class BidiSafeTextMixin:
    """Saved without bidi override, embedding or isolate controls in any language's title,
    SEO title or standfirst, whatever wrote them (the editor, an importer, the API), so a title
    cannot reverse the text around it on a page, in a list, a feed, a citation or a PDF."""

    bidi_safe_fields = ("title", "draft_title", "seo_title")

    def remove_bidi_controls(self) -> None:
        for name in self.bidi_safe_fields:
            for field_name in (name, *(lang.field(name) for lang in languages.LANGUAGES)):
                value = getattr(self, field_name, None)
                # Only where there is something to strip: setting a plain name through
                # modeltranslation would also turn the active language's None into "".
                if isinstance(value, str) and (stripped := strip_bidi_controls(value)) != value:
                    setattr(self, field_name, stripped)

    def full_clean(self, *args, **kwargs):
        # Before validation: a title of nothing but controls is then an empty, required title.
        self.remove_bidi_controls()
        return super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        self.remove_bidi_controls()
        return super().save(*args, **kwargs)


class LanguagePreviewMixin:
    """Preview a page in each language, whatever the admin's own interface language is."""

    @property
    def preview_modes(self):
        return [(lang.code, lang.native_name) for lang in languages.LANGUAGES]

    @property
    def default_preview_mode(self):
        return languages.DEFAULT_LANGUAGE.code

    def serve_preview(self, request, mode_name):
        language = languages.get_language(mode_name)
        with translation.override(language.code):
            request.LANGUAGE_CODE = language.code
            if not self.has_preview_content(language):
                response = TemplateResponse(
                    request,
                    "pages/preview_not_translated.html",
                    {"page": self, "self": self, "preview_language": language},
                )
            else:
                response = self.render_in_language(request, language, preview=True)
            # A TemplateResponse renders lazily: render it while the language is active.
            if hasattr(response, "render"):
                response.render()
            return response

    def render_in_language(self, request, language: Language, preview: bool = False):
        return super().serve(request)

    def has_preview_content(self, language: Language) -> bool:
        """Whether ``language`` has text to preview (else a "not translated yet" notice)."""
        return True

    def _get_dummy_headers(self, original_request=None):
        """The preview's request as the editor reached the site: their host and scheme.

        Wagtail builds the preview's dummy request from the page's Site record (``localhost``
        in a fresh install) or the first of ``ALLOWED_HOSTS``; the page's absolute links
        (canonical, alternates, share and citation links) would then point there. The editor's
        own request has passed ``ALLOWED_HOSTS`` and names the host readers use.

        A seam on Wagtail's private ``PreviewableMixin._get_dummy_headers``:
        tests/workflow/test_preview.py fails if Wagtail stops calling it.
        """
        headers = super()._get_dummy_headers(original_request)
        if original_request is None:
            return headers
        host = original_request.get_host()
        domain, port = split_domain_port(host)
        scheme = original_request.scheme
        headers.update(
            {
                "HTTP_HOST": host,
                "SERVER_NAME": domain,
                "SERVER_PORT": port or ("443" if scheme == "https" else "80"),
                "wsgi.url_scheme": scheme,
            }
        )
        return headers


class HomePage(
    WorkflowPermissionsMixin,
    BidiSafeTextMixin,
    ViewRestrictionsInOneQueryMixin,
    SpecificChildRouteMixin,
    LanguagePreviewMixin,
    Page,
):
    """The site's front page: the latest issue prominently, then recent ones."""

    introduction = models.TextField(_("introduction"), blank=True)

    template = "pages/home_page.html"
    child_page_model_name = "IssueIndexPage"
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["issues.IssueIndexPage"]

    edit_handler = language_tabs(["title", "introduction"])

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        language = languages.get_language(translation.get_language())
        readable = IssuePage.objects.readable(language)
        recent = issue_cards(readable.newest_first()[:7], language, request)
        context["latest_issue"] = recent[0] if recent else None
        context["recent_issues"] = recent[1:]
        context["archive"] = live_and_public(IssueIndexPage.objects.all()).first()
        # The archive's topic choices: the same issues, so the same cached list.
        context["topics"] = archive_choices(readable, language.code)[0]
        return context


class IssueIndexPage(
    WorkflowPermissionsMixin,
    BidiSafeTextMixin,
    ViewRestrictionsInOneQueryMixin,
    SpecificChildRouteMixin,
    LanguagePreviewMixin,
    Page,
):
    """The archive: every issue readable in the reader's language, newest first, paginated."""

    introduction = models.TextField(_("introduction"), blank=True)

    template = "pages/issue_index_page.html"
    child_page_model_name = "IssuePage"
    max_count = 1
    parent_page_types = ["issues.HomePage"]
    subpage_types = ["issues.IssuePage"]
    # The permalink /<lang>/issues/<number>/ depends on this slug: it is not editable.
    fixed_slug = "issues"

    edit_handler = language_tabs(["title", "introduction"])

    class Meta:
        verbose_name = _("issue archive")

    def child_queryset(self, child_model):
        # A reader's page shows one language: the other languages' bodies are not loaded.
        language = languages.get_language(translation.get_language())
        return super().child_queryset(child_model).for_reading(language).with_doi(language)

    def full_clean(self, *args, **kwargs):
        self.slug = self.fixed_slug
        return super().full_clean(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        language = languages.get_language(translation.get_language())
        issues = IssuePage.objects.child_of(self).readable(language).newest_first().for_listing()
        issues, context["filters"] = filter_archive(issues, request.GET, language.code)
        paginator = Paginator(issues, ARCHIVE_PAGE_SIZE)
        paginator.count = archive_count(issues, language.code, context["filters"])
        issues_page = paginator.get_page(request.GET.get("page"))
        # One narrow query for the page's cards (the ordering is an index on the number).
        issues_page.object_list = issue_cards(issues_page.object_list, language, request)
        context["issues_page"] = issues_page
        return context


class IssuePage(
    WorkflowPermissionsMixin,
    BidiSafeTextMixin,
    ViewRestrictionsInOneQueryMixin,
    LanguagePreviewMixin,
    Page,
):
    """One numbered Weekly Analysis issue: shared facts plus each language's text."""

    number = models.PositiveIntegerField(
        _("issue number"), unique=True, validators=[MinValueValidator(1)]
    )
    week_start = models.DateField(_("week starts"))
    week_end = models.DateField(_("week ends"))
    original_language = models.CharField(
        _("original language"),
        max_length=8,
        choices=LANGUAGE_CHOICES,
        default=languages.DEFAULT_LANGUAGE.code,
        help_text=_("The language the issue was written in; translators work from it."),
    )
    topics = ParentalManyToManyField("issues.Topic", blank=True, related_name="issues")
    regions = ParentalManyToManyField(
        "issues.Region", blank=True, related_name="issues", verbose_name=_("countries and regions")
    )

    # Translated: one column per language (see issues/translation.py).
    standfirst = models.TextField(
        _("standfirst"), blank=True, help_text=_("Two or three sentences: what the issue argues.")
    )
    analyses = StreamField(
        [("analysis", AnalysisBlock()), ("unplaced_text", UnplacedTextBlock())],
        blank=True,
        verbose_name=_("analyses"),
    )
    recommendations = StreamField(
        [("recommendation", RecommendationBlock(features=["bold", "italic", "link"]))],
        blank=True,
        verbose_name=_("recommendations"),
    )
    references = StreamField(
        [("reference", ReferenceBlock())], blank=True, verbose_name=_("references")
    )

    # Padded, space-separated codes (" en ps "): a portable "contains" filter on every database.
    available_languages = models.CharField(max_length=64, blank=True, default="", editable=False)

    objects = IssuePageManager()

    template = "pages/issue_page.html"
    parent_page_types = ["issues.IssueIndexPage"]
    subpage_types: list[str] = []

    # Wagtail's index serves the admin's page search: editors find an issue by its title,
    # standfirst or number. Readers' full-text search has its own table per language
    # (issues/search/); indexing the bodies here too cost ~100 ms on every draft save.
    search_fields = Page.search_fields + [
        index.SearchField("standfirst"),
        index.FilterField("number"),
        index.FilterField("available_languages"),
    ]

    bidi_safe_fields = (*BidiSafeTextMixin.bidi_safe_fields, "standfirst")

    edit_handler = issue_edit_handler()
    # Applies only the fields each user may change and did change (translation workflow).
    base_form_class = IssuePageForm

    class Meta:
        verbose_name = _("weekly analysis issue")
        verbose_name_plural = _("weekly analysis issues")

    def __str__(self) -> str:
        return f"#{self.number} {self.title}"

    # --- languages ------------------------------------------------------------------------
    def has_content_in(self, language: Language) -> bool:
        """True when the language has a title and at least one analysis (an import's unplaced
        text alone is not content a reader can read)."""
        title = getattr(self, language.field("title"), "") or ""
        analyses = getattr(self, language.field("analyses"), None) or []
        return bool(title.strip()) and any(block.block_type == "analysis" for block in analyses)

    def compute_available_languages(self) -> list[str]:
        """Languages with content that readers may see.

        The original language, and every other language whose approved text is public (not
        taken offline): issues/workflow/publishing.py keeps anything else off the live content,
        and this keeps it out of every public list even where a row was saved some other way.
        """
        public: set[str] = set()
        if self.pk:
            public = {
                status.language for status in self.translation_statuses.all() if status.is_public
            }
        return [
            lang.code
            for lang in languages.LANGUAGES
            if self.has_content_in(lang)
            and (lang.code == self.original_language or lang.code in public)
        ]

    @property
    def languages(self) -> list[Language]:
        """The languages readers can read this issue in, in the site's language order."""
        codes = self.available_languages.split()
        return [lang for lang in languages.LANGUAGES if lang.code in codes]

    def pdf_edition(self, language: Language) -> tuple[str, int] | None:
        """The stored PDF edition in ``language`` as (site path, size in bytes), or None.

        Feeds and JSON-LD offer it; the sizes come from one cached index (issues/pdf/links.py).
        """
        from issues.pdf.links import pdf_link

        link = pdf_link(self, language)
        return (link.url, link.size) if link else None

    def is_available_in(self, language: Language) -> bool:
        return f" {language.code} " in self.available_languages

    def has_preview_content(self, language: Language) -> bool:
        return self.has_content_in(language)

    @property
    def default_preview_mode(self):
        return self.original_language

    # --- validation and saving ------------------------------------------------------------
    def clean(self):
        super().clean()
        errors: dict[str, ValidationError] = {}
        if isinstance(self.week_start, date) and isinstance(self.week_end, date):
            if self.week_start > self.week_end:
                errors["week_end"] = ValidationError(
                    _("The week cannot end before it starts."), code="week_order"
                )
            elif (self.week_end - self.week_start).days > MAX_WEEK_DAYS:
                errors["week_end"] = ValidationError(
                    _("An issue covers at most %(days)s days.") % {"days": MAX_WEEK_DAYS},
                    code="week_too_long",
                )
        original = languages.get_language(self.original_language)
        if not (getattr(self, original.field("title"), "") or "").strip():
            errors[original.field("title")] = ValidationError(
                _("The title in %(language)s is required: it is this issue's original language.")
                % {"language": original.native_name},
                code="original_title_required",
            )
        if errors:
            raise ValidationError(errors)

    def full_clean(self, *args, **kwargs):
        # The slug is the number, so the page's own URL is the permalink /<lang>/issues/<n>/.
        if self.number:
            self.slug = str(self.number)
        return super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        if self.number:
            self.slug = str(self.number)
        update_fields = kwargs.get("update_fields")
        if update_fields is None and self.live and self.pk:
            # The live content: whatever published it, only text that may be public.
            from issues.workflow.publishing import keep_only_public_text

            if keep_only_public_text(self):
                self.has_unpublished_changes = True  # the held-back text is still a draft
        if update_fields is None:
            codes = self.compute_available_languages()
            self.available_languages = f" {' '.join(codes)} " if codes else ""
        return super().save(*args, **kwargs)

    # --- reading --------------------------------------------------------------------------
    def serve(self, request, *args, **kwargs):
        language = languages.get_language(translation.get_language())
        if not self.is_available_in(language):
            available = self.languages
            # The issue is named by its title in a language it has: one written in the reader's
            # direction (script) first, the original language first among those.
            title_language = min(
                available,
                key=lambda lang: (
                    lang.direction != language.direction,
                    lang.code != self.original_language,
                ),
                default=None,
            )
            title = getattr(self, title_language.field("title"), "") if title_language else ""
            return TemplateResponse(
                request,
                "pages/issue_unavailable.html",
                {
                    "page": self,
                    "self": self,
                    "available": available,
                    "title_language": title_language,
                    "issue_title": title,
                },
                status=404,
            )
        return self.render_in_language(request, language)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["outline"] = build_outline(self)
        return context
