"""The glossary: terms found whatever the spelling; editors approve, translators propose."""

from __future__ import annotations

import pytest
from django.urls import reverse

from issues.memory import glossary
from issues.models import GlossaryTerm
from tests.memory.conftest import AR, EN, FA, PS

pytestmark = pytest.mark.django_db


def test_terms_are_found_with_their_approved_target_form():
    GlossaryTerm.objects.create(term_en="Amu Darya", term_ps="آمو سیند", status="approved")
    GlossaryTerm.objects.create(term_en="Kabul", term_ps="کابل", status="approved")
    text = "Water from the Amu Darya reaches Kabul."
    hits = glossary.term_hits(text, EN, PS)
    assert [(text[h.start : h.end], h.target_form) for h in hits] == [
        ("Amu Darya", "آمو سیند"),
        ("Kabul", "کابل"),
    ]


def test_a_term_inside_another_word_or_a_proposal_is_not_a_hit():
    GlossaryTerm.objects.create(term_en="Kabul", term_ps="کابل", status="approved")
    GlossaryTerm.objects.create(term_en="Herat", term_ps="هرات")  # proposed
    assert glossary.term_hits("Kabulistan and Herat.", EN, PS) == []


def test_arabic_script_variants_of_a_dari_source_term_are_found():
    GlossaryTerm.objects.create(term_fa_af="کابل", term_ar="كابول", status="approved")
    # Arabic kaf in the source, Persian keheh in the glossary.
    [hit] = glossary.term_hits("در كابل", FA, AR)
    assert hit.target_form == "كابول" and (hit.start, hit.end) == (3, 7)


def test_a_translator_proposes_a_term_and_cannot_approve_or_edit_it(client, make_user):
    client.force_login(make_user("translator", "ps"))
    add = reverse("wagtailsnippets_issues_glossaryterm:add")
    form = client.get(add)
    assert form.status_code == 200 and 'name="status"' not in form.content.decode()
    response = client.post(
        add, {"term_en": "Herat", "term_ps": "هرات", "kind": "place", "status": "approved"}
    )
    assert response.status_code == 302
    term = GlossaryTerm.objects.get()
    assert term.status == GlossaryTerm.PROPOSED
    edit = reverse("wagtailsnippets_issues_glossaryterm:edit", args=(term.pk,))
    client.post(
        edit, {"term_en": "Herat", "term_ps": "هرات", "kind": "place", "status": "approved"}
    )
    term.refresh_from_db()
    assert term.status == GlossaryTerm.PROPOSED


def test_an_editor_approves_a_term(client, make_user):
    term = GlossaryTerm.objects.create(term_en="Herat", term_ps="هرات")
    client.force_login(make_user("editor"))
    edit = reverse("wagtailsnippets_issues_glossaryterm:edit", args=(term.pk,))
    assert 'name="status"' in client.get(edit).content.decode()
    response = client.post(
        edit, {"term_en": "Herat", "term_ps": "هرات", "kind": "place", "status": "approved"}
    )
    assert response.status_code == 302
    term.refresh_from_db()
    assert term.status == GlossaryTerm.APPROVED


def test_a_translator_s_copy_of_an_approved_term_is_saved_as_a_proposal(make_user):
    from issues.memory.admin_hooks import GlossaryViewSet

    form_class = GlossaryViewSet.edit_handler.bind_to_model(GlossaryTerm).get_form_class()
    copy = GlossaryTerm(term_en="Kabul", term_ps="کابل", status="approved")  # as a copy starts
    data = {"term_en": "Kabul city", "term_ps": "کابل ښار", "kind": "place", "status": "approved"}
    form = form_class(data=data, instance=copy, for_user=make_user("translator", "ps"))
    assert form.is_valid(), form.errors
    assert form.save().status == GlossaryTerm.PROPOSED
    editor_form = form_class(
        data=data, instance=GlossaryTerm(status="proposed"), for_user=make_user("editor")
    )
    assert editor_form.is_valid(), editor_form.errors
    assert editor_form.save().status == GlossaryTerm.APPROVED
