"""The admin's doors, found by walking Django's URL resolver rather than listed by hand.

A *door* is an admin URL pattern that may change something: every pattern under ``/admin/``
except the read-only ones (listings, choosers, previews, history, reports) and the signing-in
ones, which are left out by name below. Each door is instantiated with a real issue's ids by
filling its URL arguments by name; a new admin view is therefore tested by default, and one
whose arguments cannot be filled is reported (``Door.missing``) so that it gets a filler.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.urls import URLPattern, URLResolver, get_resolver

ADMIN_PREFIX = "admin/"

# Whole namespaces that only read, or that are the user's own session and sign-in.
READ_ONLY_NAMESPACES = {
    "wagtailadmin_reports",
    "wagtailadmin_editing_sessions",  # the user's own editing-session heartbeat
}

# Final URL names that only read (or are signing in/out, the user's own account and
# preferences, static helpers).
READ_ONLY_NAMES = re.compile(
    r"^(?:"
    r".*_results|index|list|listing|detail|find|usage|.*_usage|history|search"
    r"|choose|choose_.*|chosen|chosen_multiple|chooser|task_chooser|task_chosen"
    r"|select_task_type|task_index|select_format|preview|preview_on_add|preview_on_edit|view_draft"
    r"|revisions_index|revisions_view|revisions_compare|workflow_history.*|workflow_preview"
    r"|type_use|url_generator.*|collect_workflow_action_data|confirm_workflow_cancellation"
    r"|list_submissions|explore.*|wagtailadmin_explore.*|wagtailadmin_home"
    r"|wagtailadmin_choose_.*|wagtailadmin_tag_.*|wagtailadmin_sprite"
    r"|wagtailadmin_javascript_catalog|wagtailadmin_login|wagtailadmin_logout"
    r"|wagtailadmin_password_reset.*|wagtailadmin_account|wagtailadmin_dismissibles"
    r"|wagtailadmin_error_test|wagtailadmin_block_preview|two_factor_.*"
    r"|csrs_translation_status|csrs_translation_files|csrs_translation_export"
    r")$"
)


@dataclass(frozen=True)
class Pattern:
    route: str  # the joined pattern text, e.g. "admin/pages/<int:page_id>/delete/"
    name: str  # "namespace:name", or "" for an unnamed pattern
    kwargs: tuple[str, ...]

    @property
    def namespace(self) -> str:
        return self.name.rpartition(":")[0]

    @property
    def short_name(self) -> str:
        return self.name.rpartition(":")[2]


@dataclass
class Door:
    pattern: Pattern
    path: str = ""
    target_pk: int | None = None  # the page whose ids fill the URL, if any
    missing: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"{self.pattern.name or self.pattern.route} {self.path}"


def _walk(resolver, prefix: str = "", namespace: str = ""):
    for entry in resolver.url_patterns:
        text = str(entry.pattern)
        if isinstance(entry, URLResolver):
            inner = namespace
            if entry.namespace:
                inner = f"{namespace}:{entry.namespace}" if namespace else entry.namespace
            yield from _walk(entry, prefix + text, inner)
        elif isinstance(entry, URLPattern):
            name = entry.name or ""
            full_name = f"{namespace}:{name}" if namespace and name else name
            yield Pattern(prefix + text, full_name, tuple(entry.pattern.regex.groupindex))


def admin_patterns() -> list[Pattern]:
    """Every URL pattern of the Wagtail admin, as the resolver has them."""
    return [
        pattern
        for pattern in _walk(get_resolver())
        if pattern.route.lstrip("^").startswith(ADMIN_PREFIX)
    ]


def is_read_only(pattern: Pattern) -> bool:
    if not pattern.name and not pattern.kwargs:
        return True  # the admin's catch-all 404 and the like
    if pattern.namespace.split(":")[0] in READ_ONLY_NAMESPACES:
        return True
    if pattern.namespace.startswith("wagtailadmin_api") and pattern.short_name != "action":
        return True
    return bool(READ_ONLY_NAMES.match(pattern.short_name or ""))


def door_patterns() -> list[Pattern]:
    return [pattern for pattern in admin_patterns() if not is_read_only(pattern)]


_ROUTE_ARG = re.compile(r"<(?:\w+:)?(\w+)>")
_REGEX_ARG = re.compile(r"\(\?P<(\w+)>[^)]*\)")


def build_path(route: str, values: dict[str, object]) -> str:
    """The URL path of a route or regex pattern text with its arguments filled in."""
    path = _ROUTE_ARG.sub(lambda m: str(values[m.group(1)]), route)
    path = _REGEX_ARG.sub(lambda m: str(values[m.group(1)]), path)
    path = path.replace("^", "").replace("$", "").replace("\\", "")
    return "/" + path
