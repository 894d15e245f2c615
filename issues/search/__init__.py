"""Full-text search over issues, one language at a time.

- ``normalise``: Arabic-script normalisation, applied to indexed text and to queries alike.
- ``indexing``: keeps ``IssueSearchText`` rows in step with what is published.
- ``query``: runs a reader's query (PostgreSQL full-text search, or substring matching on SQLite).
- ``highlight``: the escaped snippet with ``<mark>`` around what matched.
"""
