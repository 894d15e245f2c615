"""Models of the weekly-analysis app, split by kind and re-exported here."""

from .pages import HomePage, IssueIndexPage, IssuePage
from .settings import PublicationSettings
from .snippets import Topic
from .workflow import TranslationEvent, TranslationStatus

__all__ = [
    "HomePage",
    "IssueIndexPage",
    "IssuePage",
    "PublicationSettings",
    "Topic",
    "TranslationEvent",
    "TranslationStatus",
]
