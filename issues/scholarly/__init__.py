"""Found by libraries and scholars: Google Scholar tags, OAI-PMH, DOIs, Crossref and a JSON API.

Every surface here lists only what ``IssuePage.objects.readable(language)`` allows, and keeps a
record (``IssueLanguageRecord``) of each issue-language once it was readable, for its DOI and
so that harvesters learn of its withdrawal.
"""
