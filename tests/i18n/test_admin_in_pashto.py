"""The admin in Pashto: no string of Wagtail's own catalogs stays English on a translator's screens.

Wagtail has no Pashto catalog. This project's ``locale/ps`` (first in ``LOCALE_PATHS``) carries
the Wagtail and Django strings a Pashto translator or reviewer meets, and ``djangojs.po`` the
strings of Wagtail's admin JavaScript (block controls, comments, autosave), served by
``/admin/jsi18n/``. The screens are rendered with the admin in Pashto and every visible string,
labelling attribute and JSON string is compared with Wagtail's English msgids.
"""

from __future__ import annotations

import json
import re

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import trans_real

from tests.factories import build_issue
from tests.i18n.wagtail_strings import english_wagtail_strings, page_strings, wagtail_msgids

pytestmark = pytest.mark.django_db

# Strings no catalog can reach: ``<nav aria-label="Actions">`` is written in English in
# wagtailadmin/shared/headers/_actions.html; "None" is an empty explorer cell printed by Python;
# "title" and "group" are identifiers inside the editor's JSON (a field's and a panel's name)
# that happen to be msgids too.
HARD_CODED_IN_WAGTAIL = {"Actions", "None", "title", "group"}

ANONYMOUS_SCREENS = (
    "/admin/login/",
    "/admin/password_reset/",
    "/admin/password_reset/done/",
    "/admin/password_reset/confirm/MQ/set-password/",  # an invalid link
    "/admin/password_reset/complete/",
)


def _signed_in_screens(archive, issue, code="ps"):
    return (
        "/admin/",
        f"/admin/pages/{archive.pk}/",
        f"/admin/pages/{issue.pk}/edit/",
        f"/admin/pages/{issue.pk}/history/",
        f"/admin/pages/{issue.pk}/revisions/compare/earliest...latest/",
        reverse("csrs_translation_status", args=(issue.pk,)),
        reverse("csrs_translation_compare", args=(issue.pk, code)),
        reverse("csrs_translation_batch"),
        "/admin/account/",
        "/admin/pages/search/?q=Analysis",
    )


def _left_in_english(client, url, code="ps"):
    response = client.get(url, follow=True)
    assert response.status_code == 200, url
    html = response.content.decode()
    assert f'lang="{code}"' in html and 'dir="rtl"' in html, url
    return [s for s in english_wagtail_strings(html) if s not in HARD_CODED_IN_WAGTAIL]


@pytest.mark.parametrize(
    ("code", "role"), [("ps", "editor"), ("ps", "translator"), ("fa-af", "translator")]
)
def test_no_wagtail_string_stays_english_on_a_translators_screens(
    client, archive, make_user, code, role
):
    """Pashto from this project's catalogs; Dari from Wagtail's Persian one, its gaps filled and
    its Iranian wording replaced by this project's Dari catalog."""
    issue = build_issue(archive, number=751, codes=("en", code))
    user = make_user(role, None if role == "editor" else code, preferred_language=code)
    # Before signing in, the admin follows the language the visitor chose on the site.
    client.cookies["csrs_language"] = code
    left = {url: _left_in_english(client, url, code) for url in ANONYMOUS_SCREENS}
    client.force_login(user)
    for url in _signed_in_screens(archive, issue, code):
        left[url] = _left_in_english(client, url, code)
    # A workflow step and the page it lands on, with its message.
    action = "ready" if role == "editor" else "submit"
    url = reverse("csrs_translation_action", args=(issue.pk, code, action))
    response = client.post(url, {"comment": "بیا یې وګوره"}, follow=True)
    html = response.content.decode()
    left[url] = [s for s in english_wagtail_strings(html) if s not in HARD_CODED_IN_WAGTAIL]
    assert {url: strings for url, strings in left.items() if strings} == {}


def test_the_help_menu_follows_each_users_language_not_the_first_visitors(
    client, archive, make_user
):
    """Wagtail builds and caches the help menu once; its "What's new" label is formatted then."""
    from wagtail.admin.menu import help_menu

    help_menu.__dict__.pop("registered_menu_items", None)  # as in a freshly started process
    client.force_login(make_user("editor"))
    assert "What's new in Wagtail" in client.get("/admin/").content.decode()
    client.force_login(make_user("translator", "ps", preferred_language="ps"))
    strings = page_strings(client.get("/admin/").content.decode())
    assert not [s for s in strings if s.startswith("What's new in Wagtail")]
    assert [s for s in strings if s.startswith("په Wagtail") and s.endswith("کې نوي څه")]


def test_wagtails_password_reset_mail_goes_out_in_pashto(client, make_user, mailoutbox):
    make_user("translator", "ps", preferred_language="ps")
    client.cookies["csrs_language"] = "ps"
    client.post("/admin/password_reset/", {"email": "translator-ps@example.org"})
    (mail,) = mailoutbox
    assert mail.subject == "د پټنوم بیا ټاکل"
    assert "د خپل پټنوم د بیا ټاکلو لپاره لاندې لینک پرانیزئ:" in mail.body
    assert "ستاسو کارن نوم (که مو هېر وي): translator-ps" in mail.body
    assert english_wagtail_strings(f"<p>{mail.subject}</p><pre>{mail.body}</pre>") == []


def _js_catalog(client) -> dict:
    text = client.get(reverse("wagtailadmin_javascript_catalog")).content.decode()
    return json.loads(re.search(r"const newcatalog = (\{.*?\});", text, re.S).group(1))


def test_every_string_of_wagtails_admin_javascript_is_served_in_pashto(client, make_user):
    client.force_login(make_user("translator", "ps", preferred_language="ps"))
    catalog = _js_catalog(client)
    plain, patterns = wagtail_msgids("djangojs")
    assert plain and patterns
    missing = sorted(m for m in plain if m not in catalog and m.strip() not in catalog)
    assert missing == []
    assert catalog["Duplicate"] == "دوه ګونی کړئ" and catalog["Move up"] == "پورته یې کړئ"
    # Every value is Pashto: Arabic script, not the English msgid back.
    english = [k for k, v in catalog.items() if not any("\u0600" <= c <= "\u06ff" for c in str(v))]
    assert english == ["%(time_zone_option)s: %(localized_time_zone_label)s"]


def test_the_check_fails_when_a_pashto_translation_is_removed(client, archive, make_user):
    """Take one string out of the loaded Pashto catalog: the login page shows it in English
    again and the check names it."""
    client.cookies["csrs_language"] = "ps"
    with translation.override("ps"):
        catalogs = trans_real.translation("ps")._catalog._catalogs
    removed = [
        (cat, cat.pop("Sign in to Wagtail")) for cat in catalogs if "Sign in to Wagtail" in cat
    ]
    assert removed, "the Pashto catalog has no 'Sign in to Wagtail'"
    try:
        left = _left_in_english(client, "/admin/login/")
    finally:
        for cat, value in removed:
            cat["Sign in to Wagtail"] = value
    assert left == ["Sign in to Wagtail"]
    assert _left_in_english(client, "/admin/login/") == []


def test_the_scan_reads_attributes_and_json_not_scripts():
    html = (
        '<button aria-label="Toggle sidebar" title="Close dialog">Save changes</button>'
        "<script>var x = 'Bold';</script>"
        '<script type="application/json">{"a": ["Move up", "پاڼه"]}</script>'
        '<div data-w-block-data-value=\'{"label": "Sidebar"}\'></div>'
    )
    assert page_strings(html) == [
        "Toggle sidebar",
        "Close dialog",
        "Save changes",
        "Move up",
        "پاڼه",
        "Sidebar",
    ]
    assert english_wagtail_strings(html) == [
        "Toggle sidebar",
        "Close dialog",
        "Save changes",
        "Move up",
        "Sidebar",
    ]


# --- Dari: Wagtail's Persian catalog, with this project's Dari wording on top -----------------


def _dari_overrides() -> dict[str, str]:
    """Wagtail's Persian msgstr of every msgid this project's Dari catalog words differently."""
    from pathlib import Path

    from babel.messages.pofile import read_po

    from tests.i18n.wagtail_strings import WAGTAIL_ROOT

    ours = {}
    for domain in ("django", "djangojs"):
        path = Path(__file__).resolve().parents[2] / "locale/fa_AF/LC_MESSAGES" / f"{domain}.po"
        with path.open("rb") as handle:
            ours.update({m.id: m.string for m in read_po(handle) if isinstance(m.id, str)})
    persian = {}
    for po_path in WAGTAIL_ROOT.glob("**/locale/fa/LC_MESSAGES/*.po"):
        with po_path.open("rb") as handle:
            for m in read_po(handle):
                if isinstance(m.id, str) and m.id in ours and m.string and m.string != ours[m.id]:
                    persian.setdefault(m.id, m.string.strip())
    return persian


def test_the_dari_admin_shows_dari_wording_not_wagtails_iranian_persian(client, archive, make_user):
    overrides = _dari_overrides()
    assert overrides["Save draft"] == "ذخیره پیشنویس"  # what Dari readers would otherwise get
    issue = build_issue(archive, number=753, codes=("en", "fa-af"))
    client.cookies["csrs_language"] = "fa-af"
    seen = page_strings(client.get("/admin/login/").content.decode())
    client.force_login(make_user("translator", "fa-af", preferred_language="fa-af"))
    for url in _signed_in_screens(archive, issue, "fa-af"):
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        seen += page_strings(response.content.decode())
    assert "ذخیرهٔ مسوده" in seen and "نشرشده" in seen and "ورود به Wagtail" in seen
    iranian = set(overrides.values())
    assert sorted({s for s in seen if s in iranian}) == []
    catalog = _js_catalog(client)
    assert catalog["Preview"] == "پیش‌نمایش" and catalog["Move up"] == "حرکت به بالا"
