"""Models of the weekly-analysis app, split by kind and re-exported here."""

from .pages import HomePage, IssueIndexPage, IssuePage
from .pdfs import IssuePDF
from .settings import PublicationSettings
from .snippets import Topic

__all__ = ["HomePage", "IssueIndexPage", "IssuePage", "IssuePDF", "PublicationSettings", "Topic"]
