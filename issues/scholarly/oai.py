"""OAI-PMH 2.0 at ``/oai/``: the six verbs, ``oai_dc``, sets per language and per topic.

Records are issue-languages: ``oai:<host>:issue/<number>/<language>``. What a harvester sees
comes from ``IssueLanguageRecord`` (every issue-language that was ever readable, with its
datestamp and sets) annotated with ``IssuePage.objects.readable(language)``: a readable one is a
record with ``oai_dc`` metadata; one that is no longer readable (unpublished, private, language
withdrawn, deleted) is a header with ``status="deleted"`` (``deletedRecord`` is
``persistent``). Lists come ``OAI_PAGE_SIZE`` at a time with signed, expiring resumption tokens;
a list page costs the same few queries whatever the size of the issues.
"""

from __future__ import annotations

import datetime as dt
import re

from django.conf import settings
from django.core import signing
from django.db.models import BooleanField, Case, Exists, OuterRef, Q, Value, When
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from lxml import etree

from csrs import languages
from issues.scholarly.dois import doi_url
from issues.scholarly.exposure import LANGUAGE_SET, TOPIC_SET
from issues.scholarly.links import issue_url, pdf_url

OAI_NS = "http://www.openarchives.org/OAI/2.0/"
OAI_DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/"
DC_NS = "http://purl.org/dc/elements/1.1/"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
OAI_SCHEMA = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"
OAI_DC_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"
METADATA_PREFIX = "oai_dc"
TOKEN_SALT = "issues.scholarly.oai.resumption"
TOKEN_MAX_AGE = 24 * 60 * 60  # seconds
DATE_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
IDENTIFIER_RE = re.compile(r"^oai:(?P<host>[^:]+):issue/(?P<number>\d{1,9})/(?P<code>[a-z-]+)$")

LIST_ARGUMENTS = ({"metadataPrefix"}, {"from", "until", "set"})
VERBS = {  # verb: (required, optional); resumptionToken is exclusive where allowed
    "Identify": (set(), set()),
    "ListMetadataFormats": (set(), {"identifier"}),
    "ListSets": (set(), set()),
    "GetRecord": ({"identifier", "metadataPrefix"}, set()),
    "ListIdentifiers": LIST_ARGUMENTS,
    "ListRecords": LIST_ARGUMENTS,
}
RESUMABLE = {"ListSets", "ListIdentifiers", "ListRecords"}


class OAIError(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


def _q(name: str, ns: str = OAI_NS) -> str:
    return f"{{{ns}}}{name}"


def _sub(parent, name: str, text: str | None = None, ns: str = OAI_NS, **attrs):
    element = etree.SubElement(parent, _q(name, ns), **attrs)
    if text is not None:
        element.text = text
    return element


def _datestamp(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime(DATE_FORMAT)


def _parse_date(value: str, *, end: bool) -> tuple[dt.datetime, str]:
    """A from/until argument as an aware datetime and its granularity ("day" or "seconds")."""
    try:
        if len(value) == 10:
            day = dt.datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=dt.UTC)
            if end:
                day += dt.timedelta(days=1) - dt.timedelta(microseconds=1)
            return day, "day"
        moment = dt.datetime.strptime(value, DATE_FORMAT).replace(tzinfo=dt.UTC)
        if end:
            moment += dt.timedelta(seconds=1) - dt.timedelta(microseconds=1)
        return moment, "seconds"
    except ValueError as error:
        raise OAIError(
            "badArgument",
            _("“%(value)s” is not a date: use YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ.")
            % {"value": value[:40]},
        ) from error


def repository_host(request) -> str:
    """``OAI_REPOSITORY_IDENTIFIER`` (stable when the site answers to several host names),
    else the host the harvester asked."""
    return settings.OAI_REPOSITORY_IDENTIFIER or request.get_host().split(":")[0]


def record_identifier(request, number: int, code: str) -> str:
    return f"oai:{repository_host(request)}:issue/{number}/{code}"


class Repository:
    """Answers one OAI-PMH request (``arguments``: name -> list of values)."""

    def __init__(self, request, arguments: dict[str, list[str]]):
        self.request = request
        self.arguments = arguments
        self.verb = ""

    # --- the envelope -------------------------------------------------------------------
    def respond(self) -> bytes:
        root = etree.Element(_q("OAI-PMH"), nsmap={None: OAI_NS, "xsi": XSI_NS})
        root.set(_q("schemaLocation", XSI_NS), f"{OAI_NS} {OAI_SCHEMA}")
        _sub(root, "responseDate", _datestamp(timezone.now()))
        request_element = _sub(root, "request", self.base_url())
        try:
            arguments = self.check_arguments()
            for name, value in arguments.items():
                request_element.set(name, value)
            getattr(self, self.verb)(root, arguments)
        except OAIError as error:
            if error.code in ("badVerb", "badArgument"):
                request_element.attrib.clear()
            # An error replaces the verb's element (lxml: drop anything a handler had added).
            for child in list(root)[2:]:
                root.remove(child)
            _sub(root, "error", error.message, code=error.code)
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8")

    def base_url(self) -> str:
        return self.request.build_absolute_uri(reverse("oai"))

    def check_arguments(self) -> dict[str, str]:
        verbs = self.arguments.get("verb", [])
        if len(verbs) != 1 or verbs[0] not in VERBS:
            raise OAIError("badVerb", _("The verb is missing, repeated or not an OAI-PMH verb."))
        self.verb = verbs[0]
        arguments: dict[str, str] = {}
        for name, values in self.arguments.items():
            if name == "verb":
                continue
            if len(values) != 1:
                raise OAIError(
                    "badArgument", _("The argument “%(name)s” is repeated.") % {"name": name}
                )
            arguments[name] = values[0]
        required, optional = VERBS[self.verb]
        if "resumptionToken" in arguments and self.verb in RESUMABLE:
            if len(arguments) != 1:
                raise OAIError(
                    "badArgument",
                    _("resumptionToken is an exclusive argument: send it alone with the verb."),
                )
            return arguments
        illegal = set(arguments) - required - optional
        if illegal:
            raise OAIError(
                "badArgument",
                _("Illegal argument for %(verb)s: %(names)s.")
                % {"verb": self.verb, "names": ", ".join(sorted(illegal))},
            )
        missing = required - set(arguments)
        if missing:
            raise OAIError(
                "badArgument",
                _("Missing argument for %(verb)s: %(names)s.")
                % {"verb": self.verb, "names": ", ".join(sorted(missing))},
            )
        return arguments

    # --- records --------------------------------------------------------------------------
    def records(self):
        """Every issue-language ever exposed, each with ``readable`` from the one definition."""
        from issues.models import IssueLanguageRecord, IssuePage

        readable = [
            When(
                language=lang.code,
                then=Exists(IssuePage.objects.readable(lang).filter(pk=OuterRef("issue_id"))),
            )
            for lang in languages.LANGUAGES
        ]
        return IssueLanguageRecord.objects.annotate(
            readable=Case(*readable, default=Value(False), output_field=BooleanField())
        )

    def find_record(self, identifier: str):
        match = IDENTIFIER_RE.match(identifier)
        record = None
        if match and match["host"] == repository_host(self.request):
            record = self.records().filter(number=match["number"], language=match["code"]).first()
        if record is None:
            raise OAIError(
                "idDoesNotExist",
                _("No record has the identifier “%(identifier)s”.")
                % {"identifier": identifier[:200]},
            )
        return record

    @staticmethod
    def check_prefix(prefix: str) -> None:
        if prefix != METADATA_PREFIX:
            raise OAIError(
                "cannotDisseminateFormat",
                _("The metadata format “%(prefix)s” is not offered: use oai_dc.")
                % {"prefix": prefix[:40]},
            )

    def header(self, parent, record) -> None:
        attrs = {} if record.readable else {"status": "deleted"}
        header = _sub(parent, "header", **attrs)
        _sub(header, "identifier", record_identifier(self.request, record.number, record.language))
        _sub(header, "datestamp", _datestamp(record.datestamp))
        for spec in record.set_specs.split():
            _sub(header, "setSpec", spec)

    def record(self, parent, record, issue) -> None:
        element = _sub(parent, "record")
        self.header(element, record)
        if record.readable and issue is not None:
            metadata = _sub(element, "metadata")
            self.dublin_core(metadata, record, issue)

    def dublin_core(self, parent, record, issue) -> None:
        from issues.models import PublicationSettings

        language = languages.get_language(record.language)
        with translation.override(language.code):
            publication = PublicationSettings.for_request(self.request)
            publisher = publication.publisher_name or _("Center for Strategic and Regional Studies")
            dc = etree.SubElement(
                parent, _q("dc", OAI_DC_NS), nsmap={"oai_dc": OAI_DC_NS, "dc": DC_NS}
            )
            dc.set(_q("schemaLocation", XSI_NS), f"{OAI_DC_NS} {OAI_DC_SCHEMA}")

            def add(name, text):
                if text:
                    _sub(dc, name, text, ns=DC_NS)

            add("title", (getattr(issue, language.field("title"), "") or "").strip())
            add("creator", publisher)
            for topic in issue.topics.all():
                add("subject", topic.name)
            add("description", (getattr(issue, language.field("standfirst"), "") or "").strip())
            add("publisher", publisher)
            add("date", issue.week_end.isoformat())
            add("type", "Text")
            add("format", "text/html")
            pdf = pdf_url(issue, language, self.request)
            if pdf:
                add("format", "application/pdf")
            add("identifier", issue_url(issue, language, self.request))
            add("identifier", pdf)
            add("identifier", doi_url(record.doi))
            add("language", language.code)
            for other in issue.languages:
                if other.code != language.code:
                    add("relation", issue_url(issue, other, self.request))
            add("coverage", f"{issue.week_start.isoformat()}/{issue.week_end.isoformat()}")

    # --- verbs ----------------------------------------------------------------------------
    def Identify(self, root, arguments):  # noqa: N802 (the protocol's verb names)
        from issues.models import PublicationSettings

        publication = PublicationSettings.for_request(self.request)
        identify = _sub(root, "Identify")
        _sub(identify, "repositoryName", publication.publication_name or _("Weekly Analysis"))
        _sub(identify, "baseURL", self.base_url())
        _sub(identify, "protocolVersion", "2.0")
        _sub(identify, "adminEmail", settings.OAI_ADMIN_EMAIL)
        earliest = self.records().order_by("datestamp").values_list("datestamp", flat=True).first()
        _sub(identify, "earliestDatestamp", _datestamp(earliest or timezone.now()))
        _sub(identify, "deletedRecord", "persistent")
        _sub(identify, "granularity", "YYYY-MM-DDThh:mm:ssZ")

    def ListMetadataFormats(self, root, arguments):  # noqa: N802
        if "identifier" in arguments:
            self.find_record(arguments["identifier"])
        formats = _sub(root, "ListMetadataFormats")
        metadata_format = _sub(formats, "metadataFormat")
        _sub(metadata_format, "metadataPrefix", METADATA_PREFIX)
        _sub(metadata_format, "schema", OAI_DC_SCHEMA)
        _sub(metadata_format, "metadataNamespace", OAI_DC_NS)

    def ListSets(self, root, arguments):  # noqa: N802
        from issues.models import Topic

        if "resumptionToken" in arguments:
            raise OAIError("badResumptionToken", _("This resumption token is not valid."))
        sets = _sub(root, "ListSets")
        for lang in languages.LANGUAGES:
            entry = _sub(sets, "set")
            _sub(entry, "setSpec", f"{LANGUAGE_SET}:{lang.code}")
            _sub(entry, "setName", lang.native_name)
        for topic in Topic.objects.order_by("slug"):
            entry = _sub(sets, "set")
            _sub(entry, "setSpec", f"{TOPIC_SET}:{topic.slug}")
            _sub(entry, "setName", topic.name or topic.slug)

    def GetRecord(self, root, arguments):  # noqa: N802
        self.check_prefix(arguments["metadataPrefix"])
        record = self.find_record(arguments["identifier"])
        issue = self.issues_of([record]).get(record.issue_id)
        self.record(_sub(root, "GetRecord"), record, issue)

    def ListIdentifiers(self, root, arguments):  # noqa: N802
        self.list(root, arguments, with_metadata=False)

    def ListRecords(self, root, arguments):  # noqa: N802
        self.list(root, arguments, with_metadata=True)

    def list(self, root, arguments, *, with_metadata: bool) -> None:
        if "resumptionToken" in arguments:
            arguments, offset = self.read_token(arguments["resumptionToken"])
        else:
            offset = 0
        self.check_prefix(arguments["metadataPrefix"])
        records = self.filtered(arguments).order_by("pk")
        total = records.count()
        if total == 0:
            raise OAIError("noRecordsMatch", _("No record matches these arguments."))
        if offset >= total:
            raise OAIError("badResumptionToken", _("This resumption token is not valid."))
        size = max(1, settings.OAI_PAGE_SIZE)
        page = list(records[offset : offset + size])
        element = _sub(root, self.verb)
        if with_metadata:
            issues = self.issues_of(page)
            for record in page:
                self.record(element, record, issues.get(record.issue_id))
        else:
            for record in page:
                self.header(element, record)
        if offset or offset + size < total:
            token = ""
            attrs = {"completeListSize": str(total), "cursor": str(offset)}
            if offset + size < total:
                token = self.make_token(arguments, offset + size)
                expires = timezone.now() + dt.timedelta(seconds=TOKEN_MAX_AGE)
                attrs["expirationDate"] = _datestamp(expires)
            _sub(element, "resumptionToken", token, **attrs)

    def filtered(self, arguments):
        records = self.records()
        start = end = None
        if "from" in arguments:
            start, start_granularity = _parse_date(arguments["from"], end=False)
            records = records.filter(datestamp__gte=start)
        if "until" in arguments:
            end, end_granularity = _parse_date(arguments["until"], end=True)
            records = records.filter(datestamp__lte=end)
        if start and end:
            if start_granularity != end_granularity:
                raise OAIError("badArgument", _("from and until must have the same granularity."))
            if start > end:
                raise OAIError("badArgument", _("from must not be later than until."))
        if "set" in arguments:
            spec = arguments["set"]
            kind, _sep, value = spec.partition(":")
            if kind == LANGUAGE_SET and value in languages.BY_CODE:
                records = records.filter(language=value)
            elif kind == TOPIC_SET and value:
                records = records.filter(
                    Q(set_specs__endswith=f" {spec}") | Q(set_specs__contains=f" {spec} ")
                )
            else:
                raise OAIError("noRecordsMatch", _("No record matches these arguments."))
        return records

    @staticmethod
    def issues_of(records) -> dict:
        """The readable records' issues, without bodies, with their topics (two queries)."""
        from issues.models import IssuePage

        ids = {record.issue_id for record in records if record.readable}
        if not ids:
            return {}
        rows = IssuePage.objects.filter(pk__in=ids).for_listing().prefetch_related("topics")
        return {issue.pk: issue for issue in rows}

    def make_token(self, arguments: dict[str, str], offset: int) -> str:
        return signing.dumps({"a": arguments, "o": offset, "v": self.verb}, salt=TOKEN_SALT)

    def read_token(self, token: str) -> tuple[dict[str, str], int]:
        try:
            data = signing.loads(token, salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)
            if data["v"] != self.verb:
                raise ValueError("token of another verb")
            return dict(data["a"]), int(data["o"])
        except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
            raise OAIError(
                "badResumptionToken", _("This resumption token is not valid or has expired.")
            ) from error


@csrf_exempt
@require_http_methods(["GET", "POST"])
def endpoint(request):
    """The OAI-PMH base URL: arguments in the query string (GET) or the form body (POST)."""
    params = request.POST if request.method == "POST" else request.GET
    arguments = dict(params.lists())
    body = Repository(request, arguments).respond()
    return HttpResponse(body, content_type="text/xml; charset=utf-8")
