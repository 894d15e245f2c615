"""One normal form for an old URL, so a lookup is a single equality on an indexed column.

``https://csrs.af/ar/?p=1546``, ``/ar/index.php?p=1546&utm_source=x`` and ``/ar?p=1546`` are
the same key ``/ar?p=1546``; ``/2019/03/05/Slug/`` is ``/2019/03/05/slug``. Only the query
parameters WordPress routes on are kept (``p``, ``page_id``, ``attachment_id``, ``cat``, ``tag``,
``category_name``); any other parameter is ignored.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, unquote, urlsplit

#: Query parameters that make a WordPress URL; the first one present is the key's.
WORDPRESS_PARAMETERS = ("p", "page_id", "attachment_id", "cat", "tag", "category_name")
MAX_KEY_LENGTH = 500


def normal_path(path: str) -> str:
    """The path decoded, lower-cased, without ``index.php`` or a trailing slash."""
    path = unquote(path or "").strip().lower()
    if path.endswith("/index.php"):
        path = path[: -len("index.php")]
    return path.rstrip("/")


def legacy_key(path: str, query: dict[str, str] | None = None) -> str:
    """The key of a request path and its query parameters (a ``QueryDict`` or ``dict``)."""
    key = normal_path(path)
    for name in WORDPRESS_PARAMETERS:
        value = (query or {}).get(name)
        if value:
            return f"{key}?{name}={unquote(str(value)).strip().lower()}"[:MAX_KEY_LENGTH]
    return key[:MAX_KEY_LENGTH]


def url_key(url: str) -> str:
    """The key of a full old URL (``link`` or ``guid`` of an export)."""
    parts = urlsplit((url or "").strip())
    return legacy_key(parts.path, dict(parse_qsl(parts.query)))


def has_wordpress_query(query_string: str) -> bool:
    """Cheap test on the raw query string, before Django parses it."""
    return any(f"{name}=" in query_string for name in WORDPRESS_PARAMETERS)
