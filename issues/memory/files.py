"""Safe reading of the XML files people bring (TMX, TBX): refuse entity tricks before parsing.

translate-toolkit writes a ``<!DOCTYPE>`` naming the standard's DTD, so a doctype is allowed;
entity declarations (billion laughs, external entities) are refused whole, by defusedxml,
before translate-toolkit's parser sees the bytes.
"""

from __future__ import annotations

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError
from defusedxml.ElementTree import fromstring as defused_fromstring
from django.utils.translation import gettext as _

MAX_FILE_BYTES = 20 * 1024 * 1024


class FileRefused(ValueError):
    """A file that was not imported; ``problems`` say why, in the user's language."""

    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


def check_xml(data: bytes, root_name: str) -> None:
    """Raise :class:`FileRefused` unless ``data`` is well-formed XML without entities whose
    root element is ``root_name``."""
    if len(data) > MAX_FILE_BYTES:
        raise FileRefused([_("The file is larger than %(limit)s MB.") % {"limit": 20}])
    try:
        root = defused_fromstring(
            data, forbid_dtd=False, forbid_entities=True, forbid_external=True
        )
    except DefusedXmlException as error:
        raise FileRefused(
            [_("The file declares entities (<!ENTITY>), which are refused: nothing was imported.")]
        ) from error
    except ParseError as error:
        raise FileRefused(
            [_("The file is not well-formed XML: %(detail)s") % {"detail": str(error)[:200]}]
        ) from error
    name = root.tag.rsplit("}", 1)[-1]
    if name != root_name:
        raise FileRefused(
            [
                _("This is not a %(kind)s file (its root element is <%(found)s>).")
                % {"kind": root_name.upper(), "found": name[:40]}
            ]
        )
