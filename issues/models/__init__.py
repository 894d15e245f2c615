"""Models of the weekly-analysis app, split by kind and re-exported here."""

from .assignments import TranslationAssignment
from .background import BackgroundFailure
from .pages import HomePage, IssueIndexPage, IssuePage
from .pdfs import IssuePDF
from .scholarly import CrossrefDeposit, IssueLanguageRecord
from .search import IssueSearchText
from .settings import PublicationSettings
from .snippets import Region, Topic
from .workflow import TranslationEvent, TranslationStatus

__all__ = [
    "BackgroundFailure",
    "CrossrefDeposit",
    "HomePage",
    "IssueIndexPage",
    "IssueLanguageRecord",
    "IssuePage",
    "IssuePDF",
    "IssueSearchText",
    "PublicationSettings",
    "Region",
    "Topic",
    "TranslationAssignment",
    "TranslationEvent",
    "TranslationStatus",
]
