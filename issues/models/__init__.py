"""Models of the weekly-analysis app, split by kind and re-exported here."""

from .assignments import TranslationAssignment
from .background import BackgroundFailure
from .memory import GlossaryTerm, MemoryEntry, MemoryInsertion
from .newsletter import Delivery, Mailing, MailingBatch, Subscriber, SubscriberLanguage
from .pages import HomePage, IssueIndexPage, IssuePage
from .pdfs import IssuePDF
from .scholarly import CrossrefDeposit, IssueLanguageRecord
from .search import IssueSearchText, SearchWord
from .settings import PublicationSettings
from .snippets import Region, Topic
from .wordpress import LegacyRedirect, WordPressAttachment, WordPressPost
from .workflow import TranslationEvent, TranslationStatus

__all__ = [
    "BackgroundFailure",
    "CrossrefDeposit",
    "GlossaryTerm",
    "Delivery",
    "HomePage",
    "IssueIndexPage",
    "IssueLanguageRecord",
    "IssuePage",
    "IssuePDF",
    "Mailing",
    "MailingBatch",
    "IssueSearchText",
    "MemoryEntry",
    "MemoryInsertion",
    "LegacyRedirect",
    "PublicationSettings",
    "Region",
    "SearchWord",
    "Subscriber",
    "SubscriberLanguage",
    "Topic",
    "TranslationAssignment",
    "TranslationEvent",
    "TranslationStatus",
    "WordPressAttachment",
    "WordPressPost",
]
