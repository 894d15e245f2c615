"""The search text of each issue in each language, kept beside the page for full-text search.

Why a table of our own rather than Wagtail's search index: Wagtail's database backend (and
wagtail-modeltranslation's integration) index every language's columns together, so a Dari query
would match English text and could not use a per-language PostgreSQL configuration. Here each
row holds one language's text of one *published* issue, already normalised for Arabic script
(``issues.search.normalise``), with the text search configuration chosen for that language.
On PostgreSQL, ``vector`` holds the weighted ``tsvector`` (title A, the rest B) behind a GIN
index; on SQLite it stays empty and the search falls back to ``normalised`` substring matching.
Rows are written when an issue is published and removed when it is unpublished
(``issues.search.indexing``).
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import models


class IssueSearchText(models.Model):
    """One published issue's searchable text in one language."""

    page = models.ForeignKey(
        "issues.IssuePage", on_delete=models.CASCADE, related_name="search_texts"
    )
    language = models.CharField(max_length=8)
    title = models.TextField(blank=True)
    # Reader-facing plain text (standfirst, analyses, recommendations, references): snippets.
    text = models.TextField(blank=True)
    # Title and text after Arabic-script normalisation and case folding: what is matched.
    normalised = models.TextField(blank=True)
    # The PostgreSQL text search configuration used for ``vector`` ("english", "arabic", "simple").
    config = models.CharField(max_length=32, default="simple")
    vector = SearchVectorField(null=True, editable=False)
    # The title's own small vector and the issue's number, copied here so results are ordered
    # (title matches first, then newest) without reading any large vector or joining the page.
    title_vector = SearchVectorField(null=True, editable=False)
    number = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="unique_issue_search_text")
        ]

    def __str__(self) -> str:
        return f"{self.page_id} [{self.language}]"


class SearchWord(models.Model):
    """A word (normalised, as written) found in some published issue's text in one language.

    The vocabulary that "did you mean" suggestions are picked from (a trigram index on
    PostgreSQL, migration 0022; ``difflib`` on SQLite). A word may outlive the issue it came
    from: a suggestion is only offered after a search for it finds an issue the reader can
    read (``issues.search.suggestions``), so no word of an unpublished or private issue shows.
    """

    language = models.CharField(max_length=8)
    word = models.CharField(max_length=64)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["language", "word"], name="unique_search_word")
        ]

    def __str__(self) -> str:
        return f"{self.word} [{self.language}]"
