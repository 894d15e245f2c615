"""``manage.py generate_issues N``: synthetic published issues in four languages."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command

from csrs import languages
from issues.models import IssuePage, IssuePDF, IssueSearchText
from tests.factories import build_issue


def test_generates_published_searchable_issues_in_four_languages(client, archive):
    build_issue(archive, number=40)
    call_command("generate_issues", 3, "--batch-size", "2")
    generated = list(IssuePage.objects.filter(number__gt=40).order_by("number"))
    assert [issue.number for issue in generated] == [41, 42, 43]
    for issue in generated:
        assert issue.live and issue.live_revision_id is not None
        assert issue.languages == list(languages.LANGUAGES)
        rows = IssueSearchText.objects.filter(page=issue).values_list("language", flat=True)
        assert sorted(rows) == sorted(languages.CODES)
        for lang in languages.LANGUAGES:
            assert client.get(f"/{lang.code}/issues/{issue.number}/").status_code == 200
    # Fresh text: no two issues share a title, and Pashto text is in Pashto letters.
    assert len({issue.title_en for issue in generated}) == 3
    assert any(ch in generated[0].title_ps + generated[0].standfirst_ps for ch in "ګښټړډ")
    # Sizes vary, and no PDF was built for them.
    shapes = {(len(issue.analyses_en), len(issue.references_en)) for issue in generated}
    assert len(shapes) > 1
    assert not IssuePDF.objects.filter(issue__in=generated).exists()


def test_search_finds_generated_issues(client, archive):
    call_command("generate_issues", 2)
    word = IssuePage.objects.get(number=1).title_fa_af.split()[0]
    response = client.get("/fa-af/search/", {"q": word})
    assert response.status_code == 200
    assert "/fa-af/issues/1/" in response.content.decode()


def test_refuses_without_an_archive(db):
    with pytest.raises(CommandError, match="archive"):
        call_command("generate_issues", 2)


def test_refuses_a_count_below_one(archive):
    with pytest.raises(CommandError, match="at least 1"):
        call_command("generate_issues", 0)
