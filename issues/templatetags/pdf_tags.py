"""The PDF edition's download link on issue pages."""

from django import template
from django.utils import translation
from django.utils.translation import gettext

from csrs import languages
from issues.pdf.links import format_file_size, pdf_link
from issues.templatetags.l10n_tags import isolate_latin

register = template.Library()


@register.inclusion_tag("components/pdf_download.html", takes_context=True)
def pdf_download(context, issue):
    """The link to the issue's PDF in the reader's language, with its size; nothing if none."""
    from issues.models import PublicationSettings

    language = languages.get_language(translation.get_language())
    link = pdf_link(issue, language)
    size = ""
    if link:
        request = context.get("request")
        latin = False
        if request is not None:
            latin = PublicationSettings.for_request(request).date_options(language)["latin_digits"]
        size = format_file_size(link.size, language, latin_digits=latin)
    # "PDF" isolated on right-to-left pages: otherwise the size's digits take its direction
    # and jump before it («(۴۸ PDF، کیلوبایټ)»).
    label = isolate_latin(gettext("PDF, %(size)s") % {"size": size}, language) if link else ""
    return {"pdf": link, "size": size, "label": label}
