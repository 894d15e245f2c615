"""OAI-PMH and the JSON API: outside the language prefix (the language is a parameter)."""

from django.urls import path

from issues.scholarly import api, oai

urlpatterns = [
    path("oai/", oai.endpoint, name="oai"),
    path("api/v2/issues/", api.issue_list, name="api_issue_list"),
    path("api/v2/issues/<int:pk>/", api.issue_detail, name="api_issue_detail"),
]
