"""A Pashto, Dari or Arabic reader never meets an English interface word."""

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from csrs import languages

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
RTL_CODES = ["ps", "fa-af", "ar"]

pytestmark = pytest.mark.django_db


def interface_msgids() -> set[str]:
    """Every string the public templates translate ("{{ x }}" stands for a variable)."""
    msgids = set()
    for template in TEMPLATES.rglob("*.html"):
        text = template.read_text()
        msgids.update(re.findall(r'{%\s*translate\s+"([^"]+)"', text))
        msgids.update(re.findall(r"{%\s*translate\s+'([^']+)'", text))
        msgids.update(re.findall(r'_\("([^"]+)"\)', text))
        for body in re.findall(r"{%\s*blocktranslate[^%]*%}(.*?){%\s*endblocktranslate", text):
            msgids.add(re.sub(r"{{[^}]*}}", "{{ x }}", body.strip()))
    return msgids


def english_words_in(text: str, msgids: set[str]) -> list[str]:
    found = []
    for msgid in msgids:
        pattern = r"\S+".join(re.escape(part) for part in msgid.split("{{ x }}"))
        if re.search(rf"(?<![\w-]){pattern}(?![\w-])", text):
            found.append(msgid)
    return sorted(found)


@pytest.fixture
def demo_site():
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_the_interface_string_list_is_real():
    msgids = interface_msgids()
    assert {"In this issue", "Recommendations", "References", "Archive", "Issue {{ x }}"} <= msgids
    assert english_words_in("Page 2 of 9", msgids) == ["Page {{ x }} of {{ x }}"]


@pytest.mark.parametrize("code", RTL_CODES)
@pytest.mark.parametrize(
    "path",
    ["/{code}/", "/{code}/issues/", "/{code}/issues/560/", "/{code}/no-such-page/"],
    ids=["home", "archive", "issue", "404"],
)
def test_no_english_interface_string_on_rtl_pages(client, demo_site, code, path):
    response = client.get(path.format(code=code))
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == code and soup.html["dir"] == "rtl"
    for tag in soup(["script", "style"]):
        tag.decompose()
    # The language switcher rightly names English in English.
    for switcher in soup.select(".language-switcher"):
        switcher.decompose()
    text = soup.get_text(" ") + " " + (soup.title.string if soup.title else "")
    assert english_words_in(text, interface_msgids()) == []


@pytest.mark.parametrize("code", RTL_CODES)
def test_unavailable_language_page_is_in_the_readers_language(client, archive, code):
    from tests.factories import build_issue

    build_issue(archive, number=800, codes=("en",))
    response = client.get(f"/{code}/issues/800/")
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    for switcher in soup.select(".language-switcher, .available-languages"):
        switcher.decompose()
    assert english_words_in(soup.get_text(" "), interface_msgids()) == []


@pytest.mark.parametrize("code", RTL_CODES)
def test_switcher_names_languages_natively_and_keeps_the_issue(client, demo_site, code):
    soup = BeautifulSoup(client.get(f"/{code}/issues/559/").content, "html.parser")
    items = soup.select(".language-switcher li > *")
    assert [item.get_text(strip=True) for item in items] == [
        lang.native_name for lang in languages.LANGUAGES
    ]
    for item in items:
        if item.name == "a":
            target = f"%2F{item['hreflang']}%2Fissues%2F559%2F"
            assert target in item["href"]
