"""Models of the weekly-analysis app, split by kind and re-exported here."""

from .background import BackgroundFailure
from .newsletter import Delivery, Mailing, MailingBatch, Subscriber, SubscriberLanguage
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
    "Delivery",
    "HomePage",
    "IssueIndexPage",
    "IssueLanguageRecord",
    "IssuePage",
    "IssuePDF",
    "Mailing",
    "MailingBatch",
    "IssueSearchText",
    "PublicationSettings",
    "Region",
    "Subscriber",
    "SubscriberLanguage",
    "Topic",
    "TranslationEvent",
    "TranslationStatus",
]
