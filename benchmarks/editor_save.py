"""The editor's side of the PostgreSQL fault check: draft saves through the real admin edit view.

Before the cut, a Django process builds the edit form of one issue as the admin's JavaScript
posts it (:func:`print_form_data`), and :class:`Editor` signs in over HTTP like a browser. While
the database goes away and comes back, :func:`save_repeatedly` saves drafts back to back, each
with a new marker in the source language's standfirst (the field translations are measured
against), and notes what the editor was shown. Afterwards :func:`verify` reads the database
directly: every save the editor saw succeed must be there, every failure must have been an error
page, and no save may be half-written (a revision without the page pointing at it, the page
pointing at a revision that is missing, a revision without its history entry, the draft leaking
into the live row, or translations not told that their source changed).
"""

from __future__ import annotations

import http.client
import http.cookies
import json
import re
import secrets
import time
from dataclasses import dataclass
from urllib.parse import urlencode

HOST = "127.0.0.1"
MARKER = " [benchmark save {run}-{n}]"


# --- inside the project (manage.py shell): the form as the admin posts it -------------------
def _unwrap_list_items(raw):
    """Stream data in the shape ``tests.foundation.admin_forms`` reads: ListBlock children as
    plain values (a stream saved by the admin keeps them as {"type": "item", "value": …})."""
    if isinstance(raw, list):
        return [_unwrap_list_items(item) for item in raw]
    if isinstance(raw, dict):
        if raw.get("type") == "item" and "value" in raw:
            return _unwrap_list_items(raw["value"])
        return {key: _unwrap_list_items(value) for key, value in raw.items()}
    return raw


def print_form_data(number: int, username: str) -> None:
    """Print (last line, JSON) issue ``number``'s edit form data and what the check needs."""
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django.urls import reverse
    from wagtail.test.utils.form_data import querydict_from_html

    from csrs import languages
    from issues.models import IssuePage
    from issues.workflow.content import stream_data
    from tests.foundation.admin_forms import empty_language_form_data, language_form_data

    issue = IssuePage.objects.get(number=number)
    client = Client(HTTP_HOST=HOST)
    client.force_login(get_user_model().objects.get(username=username))
    url = reverse("wagtailadmin_pages:edit", args=(issue.pk,))
    page = client.get(url)
    assert page.status_code == 200, page.status_code
    form = querydict_from_html(page.content.decode(), form_id="page-edit-form")
    data = {key: form.getlist(key) for key in form}
    latest = issue.get_latest_revision_as_object()
    for language in languages.LANGUAGES:
        if not latest.has_content_in(language):
            fields = empty_language_form_data(language.field_suffix)
        else:
            content = {
                name: getattr(latest, language.field(name)) or ""
                for name in ("title", "standfirst")
            }
            for name in ("analyses", "recommendations", "references"):
                stream = getattr(latest, language.field(name))
                content[name] = _unwrap_list_items(stream_data(stream))
            fields = language_form_data(language.field_suffix, content)
        data.update({key: [value] for key, value in fields.items()})
    source = languages.get_language(issue.original_language)
    field = source.field("standfirst")
    print(
        json.dumps(
            {
                "page_id": issue.pk,
                "url": url,
                "field": field,
                "original": getattr(issue, field),  # as published: each save adds a marker
                "data": data,
            },
            default=str,  # dates of references, as the form shows them (2026-10-01)
        )
    )


# --- the benchmark's side: plain HTTP, cookies kept by hand ---------------------------------
class Editor:
    """A browser signed in to the admin (session and CSRF cookies), on loopback."""

    def __init__(self, port: int):
        self.port = port
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, fields=None) -> tuple[int, dict, bytes]:
        headers = {"Accept": "text/html"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if fields is not None:
            body = urlencode(fields, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn = http.client.HTTPConnection(HOST, self.port, timeout=30)
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            content = response.read()
            for header in response.headers.get_all("Set-Cookie") or []:
                cookie = http.cookies.SimpleCookie(header)
                self.cookies.update({name: morsel.value for name, morsel in cookie.items()})
            return response.status, dict(response.getheaders()), content
        finally:
            conn.close()

    def sign_in(self, username: str, password: str) -> None:
        """The admin's login form, CSRF token and all; fails loudly if it does not work."""
        status, _, html = self.request("GET", "/admin/login/")
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', html)
        assert status == 200 and token, f"login page: {status}"
        fields = {
            "csrfmiddlewaretoken": token.group(1).decode(),
            "username": username,
            "password": password,
            "next": "/admin/",
        }
        status, headers, _ = self.request("POST", "/admin/login/", fields)
        assert status == 302 and "sessionid" in self.cookies, f"sign-in refused: {status}"


@dataclass
class Attempt:
    number: int
    text: str
    sent: float  # seconds since the run started
    answered: float
    status: int  # 0: no HTTP answer at all
    saved: bool  # what the editor was shown: the save went through
    error_page: bool  # a 500/503 page without a traceback


def save_repeatedly(editor: Editor, form: dict, seconds: float, start: float) -> list[Attempt]:
    """Save drafts back to back for ``seconds``, each with a new marker; note what was shown."""
    attempts: list[Attempt] = []
    deadline = start + seconds
    run = secrets.token_hex(3)  # no text repeats one of an earlier run on a reused database
    n = 0
    while time.monotonic() < deadline:
        n += 1
        text = form["original"] + MARKER.format(run=run, n=n)
        fields = dict(form["data"])
        fields[form["field"]] = [text]
        fields["csrfmiddlewaretoken"] = [editor.cookies.get("csrftoken", "")]
        began = time.monotonic()
        try:
            status, headers, body = editor.request("POST", form["url"], fields)
        except (OSError, http.client.HTTPException):
            status, headers, body = 0, {}, b""
        ended = time.monotonic()
        saved = status == 302 and headers.get("Location", "").endswith(form["url"])
        error_page = status in (500, 503) and b"Traceback" not in body and b"<html" in body
        attempts.append(Attempt(n, text, began - start, ended - start, status, saved, error_page))
        if not saved:
            time.sleep(0.2)  # an editor reading the error page, not a retry storm
    return attempts


def baseline(conn, form: dict) -> dict:
    """The page's revisions and live text before the run (a reused database has older ones)."""
    latest, live, live_text = conn.execute(
        f"SELECT p.latest_revision_id, p.live_revision_id, i.{form['field']}"
        " FROM wagtailcore_page p JOIN issues_issuepage i ON i.page_ptr_id = p.id"
        " WHERE p.id = %s",
        (form["page_id"],),
    ).fetchone()
    return {"latest": latest, "live": live, "live_text": live_text}


def verify(conn, form: dict, before: dict, attempts: list[Attempt]) -> tuple[list[str], int]:
    """What went wrong, read from the database after recovery (empty: nothing), and how many
    saves were written though the editor was shown an error page (the database's answer to
    the commit lost on the way back: the save is there, whole, and saving again is harmless)."""
    page_id, field = form["page_id"], form["field"]
    problems: list[str] = []
    revisions = conn.execute(
        "SELECT id, created_at, content->>%s FROM wagtailcore_revision"
        " WHERE object_id = %s AND id > %s ORDER BY id",
        (field, str(page_id), before["latest"]),
    ).fetchall()
    texts = [text for _, _, text in revisions]
    ours = {attempt.text: attempt for attempt in attempts}
    lost = [a.number for a in attempts if a.saved and a.text not in texts]
    if lost:
        problems.append(f"saves shown as done but missing: {lost}")
    strangers = [text for text in texts if text not in ours]
    if strangers or len(set(texts)) != len(texts):
        problems.append(f"unexpected or repeated revisions: {len(strangers)}")
    unexplained = [a.number for a in attempts if not a.saved and not a.error_page]
    if unexplained:
        statuses = sorted({a.status for a in attempts if a.number in unexplained})
        problems.append(f"failures without an error page: {unexplained} (status {statuses})")

    latest_id, latest_at, live_id, has_changes, live_text = conn.execute(
        f"SELECT p.latest_revision_id, p.latest_revision_created_at, p.live_revision_id,"
        f" p.has_unpublished_changes, i.{field} FROM wagtailcore_page p"
        f" JOIN issues_issuepage i ON i.page_ptr_id = p.id WHERE p.id = %s",
        (page_id,),
    ).fetchone()
    newest = conn.execute(
        "SELECT id, created_at, content->>%s FROM wagtailcore_revision"
        " WHERE object_id = %s ORDER BY id DESC LIMIT 1",
        (field, str(page_id)),
    ).fetchone()
    if latest_id != newest[0] or latest_at != newest[1]:
        problems.append(f"page points at revision {latest_id}, newest is {newest[0]}")
    if live_id != before["live"] or live_text != before["live_text"]:
        problems.append("a draft save changed the live version")
    if revisions and not has_changes:
        problems.append("drafts saved but the page says it has no unpublished changes")
    logged = {
        row[0]
        for row in conn.execute(
            "SELECT revision_id FROM wagtailcore_pagelogentry"
            " WHERE page_id = %s AND action = 'wagtail.edit' AND revision_id > %s",
            (page_id, before["latest"]),
        )
    }
    if logged != {row[0] for row in revisions}:
        problems.append("revisions and history entries differ")

    # The workflow: each approved translation's reference text is the source's text at
    # approval; if the newest draft differs from it, the translation must say it needs updating.
    source_text = (newest[2] or "").strip()
    for language, state, outdated, reference in conn.execute(
        "SELECT language, state, outdated_fields, approved_source FROM issues_translationstatus"
        " WHERE issue_id = %s AND approved_source <> '{}'::jsonb",
        (page_id,),
    ):
        approved = ((reference or {}).get("standfirst") or {}).get("text", "")
        if approved.strip() != source_text and (
            state != "needs_update" or "standfirst" not in outdated
        ):
            problems.append(f"{language} not told that its source changed")
    committed_anyway = sum(1 for a in attempts if not a.saved and a.text in texts)
    return problems, committed_anyway
