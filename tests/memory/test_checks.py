"""The checks before review: each one's failing and passing case, and the gate on submission."""

from __future__ import annotations

import pytest

from issues.memory import checks
from issues.models import GlossaryTerm
from issues.translations.units import Unit
from issues.workflow import actions
from issues.workflow.states import TranslationState
from tests.factories import build_issue
from tests.memory.conftest import AR, EN, FA, PS, translate

pytestmark = pytest.mark.django_db


def codes(source: str, target: str, language=PS, *, rich=False, terms=(), ratio=None, id="x"):
    unit = Unit(
        id=id, context="Paragraph 1", source_value=source, is_rich=rich, target_value=target
    )
    return {f.code for f in checks.check_piece(unit, EN, language, list(terms), ratio)}


def severities(source: str, target: str, language=PS, **kwargs) -> dict[str, str]:
    unit = Unit(id="x", context="c", source_value=source, is_rich=False, target_value=target)
    return {f.code: f.severity for f in checks.check_piece(unit, EN, language, [], None)}


def test_an_untranslated_piece_is_an_error():
    assert severities("The talks resumed.", "") == {"untranslated": "error"}
    assert "untranslated" not in codes("The talks resumed.", "خبرې بیا پیل شوې.")


def test_an_empty_required_piece_is_an_error():
    assert codes("<p>The talks resumed.</p>", "<p> </p>", rich=True) == {"empty"}
    assert "empty" not in codes("<p>The talks resumed.</p>", "<p>خبرې</p>", rich=True)


def test_a_sentence_left_as_the_source_is_an_error_a_short_name_a_warning():
    assert severities("The talks resumed in Doha.", "The talks resumed in Doha.") == {
        "identical": "error"
    }
    assert severities("A. Speaker", "A. Speaker") == {"identical": "warning"}
    assert "identical" not in codes("The talks resumed in Doha.", "خبرې په دوحه کې بیا پیل شوې.")


def test_numbers_are_compared_across_digit_systems():
    assert "numbers" not in codes("In 2024, 455 people.", "په ۲۰۲۴ کې، ۴۵۵ کسان.")
    assert "numbers" not in codes("In 2024, 455 people.", "في ٢٠٢٤، ٤٥٥ شخصاً.", AR)
    assert "numbers" in codes("In 2024, 455 people.", "په ۲۰۲۴ کې کسان.")
    assert severities("In 2024.", "په کال کې.")["numbers"] == checks.WARNING


def test_latin_digits_in_pashto_and_dari_are_flagged_not_in_arabic():
    assert "latin_digits" in codes("In 2024.", "په 2024 کې.")
    assert "latin_digits" in codes("In 2024.", "در 2024.", FA)
    assert "latin_digits" not in codes("In 2024.", "په ۲۰۲۴ کې.")
    assert "latin_digits" not in codes("In 2024.", "في 2024.", AR)


def test_glossary_approved_form_missing_and_forbidden_variant():
    term = GlossaryTerm.objects.create(
        term_en="Kabul", term_fa_af="کابل", forbidden_fa_af="کابول", status="approved"
    )
    assert codes("Talks in Kabul.", "گفتگو در کابل.", FA, terms=[term]) == set()
    assert "glossary" in codes("Talks in Kabul.", "گفتگو در پایتخت.", FA, terms=[term])
    found = codes("Talks in Kabul.", "گفتگو در کابول.", FA, terms=[term])
    assert {"forbidden_variant", "glossary"} <= found
    # Arabic-script spelling variants of the approved form count as the approved form.
    assert "glossary" not in codes("Talks in Kabul.", "گفتگو در كابل.", FA, terms=[term])


def test_links_bold_and_italic_of_the_source_must_stay():
    source = '<p>See <a href="https://example.org">the report</a>, <b>now</b> and <i>here</i>.</p>'
    kept = '<p>وګورئ <a href="https://example.org">راپور</a>، <b>اوس</b> او <i>دلته</i>.</p>'
    assert not {"links", "bold", "italic"} & codes(source, kept, rich=True)
    assert {"links", "bold", "italic"} <= codes(
        source, "<p>وګورئ راپور، اوس او دلته.</p>", rich=True
    )


def test_latin_punctuation_and_quotes_in_rtl_text():
    assert {"punctuation", "quotes"} <= codes('He said "no", why?', 'هغه وویل "نه", ولې?')
    assert not {"punctuation", "quotes"} & codes('He said "no", why?', "هغه وویل «نه»، ولې؟")
    assert "punctuation" not in codes("1,000 people.", "1,000 کسان.", AR), "digits' separators"
    assert "punctuation" not in codes("Yes, no?", "Yes, no?", EN)


def test_a_length_far_from_the_pair_s_usual_ratio():
    source = "The two governments agreed on a new schedule for the water talks."
    assert "length" in codes(source, "هو.")
    assert "length" not in codes(
        source, "دواړو حکومتونو د اوبو د خبرو لپاره په نوي مهالویش موافقه وکړه."
    )
    assert "length" in codes(source, "دواړو حکومتونو د اوبو د خبرو لپاره.", ratio=3.0)


def test_errors_block_submission_with_a_message_listing_the_pieces(archive, make_user):
    translator = make_user("translator", "ps")
    issue = build_issue(archive, number=601, codes=("en",))
    translate(issue, PS, translator, only={"title"})
    with pytest.raises(actions.WorkflowError) as refused:
        actions.submit_for_review(issue, PS, translator)
    message = str(refused.value)
    assert "cannot be submitted" in message and "standfirst" in message
    assert actions.status_for(issue, PS).state == TranslationState.IN_PROGRESS

    translate(issue, PS, translator)  # every piece now
    status = actions.submit_for_review(issue, PS, translator)
    assert status.state == TranslationState.SUBMITTED, "warnings (Latin digits …) do not block"


def test_the_refusal_is_in_the_translator_s_language(archive, make_user):
    from django.utils import translation

    translator = make_user("translator", "ps")
    issue = build_issue(archive, number=602, codes=("en",))
    translate(issue, PS, translator, only={"title"})
    with translation.override("fa-af"), pytest.raises(actions.WorkflowError) as refused:
        actions.submit_for_review(issue, PS, translator)
    assert "cannot be submitted" not in str(refused.value)


def test_the_reviewer_sees_the_same_report(archive, make_user, client):
    from django.urls import reverse

    translator = make_user("translator", "ps")
    issue = build_issue(archive, number=603, codes=("en",))
    translate(issue, PS, translator, make=lambda t: f'ژباړه "{t}"')
    client.force_login(make_user("reviewer", "ps"))
    html = client.get(reverse("csrs_memory_page", args=(issue.pk, "ps"))).content.decode()
    report = checks.check_language(issue, PS)
    assert report.warnings and not report.errors
    for finding in report.findings:
        assert f'data-code="{finding.code}"' in html
