"""Builds the demo site: page tree, publication settings, topics, issues and an admin user.

Idempotent: what exists already is left as it is, so a second run creates and changes nothing.
The text itself lives in ``issues/demo/content.py`` (written for this project, in four languages).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import translation
from wagtail.models import Page, Site

from csrs import languages
from issues.demo import content
from issues.models import HomePage, IssueIndexPage, IssuePage, PublicationSettings, Topic
from issues.workflow import actions

DEMO_USERNAME = "admin"
DEMO_PASSWORD = "csrs-demo-password"  # noqa: S105  (a local demo account, printed on purpose)
# Wagtail's account page requires a first and a last name before it saves anything else.
DEMO_FIRST_NAME = "Demo"
DEMO_LAST_NAME = "Administrator"


@dataclass
class DemoReport:
    created: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    admin_password_is_demo: bool = True


def _set_translations(obj, values: dict[str, dict[str, object]]) -> None:
    """``values`` maps a field name to {language code: value}; set each language's column."""
    for name, by_language in values.items():
        for code, value in by_language.items():
            setattr(obj, languages.get_language(code).field(name), value)


def _home_and_archive(report: DemoReport) -> tuple[HomePage, IssueIndexPage]:
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's first migration leaves a "Welcome" page at the slug we want: replace it.
        for page in root.get_children().exact_type(Page):
            if page.slug == "home" and not page.get_children().exists():
                page.delete()
        home = HomePage(slug="home")
        _set_translations(home, {"title": content.HOME["title"]})
        _set_translations(home, {"introduction": content.HOME["introduction"]})
        root.add_child(instance=home)
        home.save_revision().publish()
        report.created.append("home page")
    else:
        report.unchanged.append("home page")

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="CSRS Weekly Analysis",
        )
        report.created.append("site")
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()
        report.created.append("site root")

    archive = IssueIndexPage.objects.first()
    if archive is None:
        archive = IssueIndexPage(slug=IssueIndexPage.fixed_slug)
        _set_translations(archive, {"title": content.ARCHIVE["title"]})
        _set_translations(archive, {"introduction": content.ARCHIVE["introduction"]})
        home.add_child(instance=archive)
        archive.save_revision().publish()
        report.created.append("issue archive")
    else:
        report.unchanged.append("issue archive")
    return home, archive


def _settings(site: Site, report: DemoReport) -> None:
    publication = PublicationSettings.for_site(site)
    if publication.contact_email:
        report.unchanged.append("publication settings")
        return
    _set_translations(
        publication,
        {
            name: content.SETTINGS[name]
            for name in ("publisher_name", "publication_name", "blurb", "about")
        },
    )
    publication.contact_email = content.SETTINGS["contact_email"]
    publication.website = content.SETTINGS["website"]
    publication.phone = content.SETTINGS["phone"]
    publication.save()
    report.created.append("publication settings")


def _topics(report: DemoReport) -> dict[str, Topic]:
    topics = {}
    for item in content.TOPICS:
        topic = Topic.objects.filter(slug=item["slug"]).first()
        if topic is None:
            topic = Topic(slug=item["slug"])
            _set_translations(topic, {"name": item["name"]})
            topic.save()
            report.created.append(f"topic {item['slug']}")
        topics[item["slug"]] = topic
    return topics


def _issues(archive: IssueIndexPage, topics: dict[str, Topic], report: DemoReport) -> None:
    for item in content.ISSUES:
        if IssuePage.objects.filter(number=item["number"]).exists():
            report.unchanged.append(f"issue {item['number']}")
            continue
        issue = IssuePage(
            number=item["number"],
            week_start=item["week_start"],
            week_end=item["week_end"],
            original_language=item["original_language"],
            live=False,
        )
        for code, text in item["content"].items():
            language = languages.get_language(code)
            for name in ("title", "standfirst", "analyses", "recommendations", "references"):
                setattr(issue, language.field(name), text[name])
        archive.add_child(instance=issue)
        issue.topics.set([topics[slug] for slug in item["topics"]])
        revision = issue.save_revision()
        # Only approved translations go live: the demo's are approved as an editor would.
        for code in item["content"]:
            if code != item["original_language"]:
                actions.approve(
                    issue, languages.get_language(code), comment="Demo content, approved"
                )
        revision.publish()
        report.created.append(f"issue {item['number']}")


def _admin_user(report: DemoReport) -> None:
    User = get_user_model()
    user = User.objects.filter(username=DEMO_USERNAME).first()
    if user is None:
        User.objects.create_superuser(
            DEMO_USERNAME,
            email="admin@csrs.example.org",
            password=DEMO_PASSWORD,
            first_name=DEMO_FIRST_NAME,
            last_name=DEMO_LAST_NAME,
        )
        report.created.append(f"admin user {DEMO_USERNAME}")
        return
    report.admin_password_is_demo = user.check_password(DEMO_PASSWORD)
    if user.first_name or user.last_name:
        report.unchanged.append(f"admin user {DEMO_USERNAME}")
        return
    # A demo loaded before the admin had a name: give it one, so its preferences can be saved.
    user.first_name, user.last_name = DEMO_FIRST_NAME, DEMO_LAST_NAME
    user.save(update_fields=["first_name", "last_name"])
    report.created.append(f"name of admin user {DEMO_USERNAME}")


def load_demo() -> DemoReport:
    """Create whatever part of the demo site is missing; return what was created."""
    report = DemoReport()
    # Wagtail stores the plain `title` as well as `title_en`: keep the default language active.
    with translation.override(languages.DEFAULT_LANGUAGE.code), transaction.atomic():
        home, archive = _home_and_archive(report)
        _settings(Site.objects.get(is_default_site=True), report)
        topics = _topics(report)
        _issues(archive, topics, report)
        _admin_user(report)
    return report
