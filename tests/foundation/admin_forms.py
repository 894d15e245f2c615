"""Build the POST data of the issue editor, the way the admin's own JavaScript submits it."""

from __future__ import annotations

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield


def _list(items: list) -> dict:
    """A ListBlock's form data: like a stream without block types."""
    data = {
        str(i): {"value": value, "deleted": "", "order": str(i)} for i, value in enumerate(items)
    }
    data["count"] = str(len(items))
    return data


def _section_body(body: list[dict]) -> list[tuple[str, object]]:
    blocks = []
    for block in body:
        kind, value = block["type"], block["value"]
        if kind == "paragraph":
            value = rich_text(value)
        elif kind in ("bulleted_list", "numbered_list"):
            value = _list([rich_text(item) for item in value])
        blocks.append((kind, value))
    return blocks


def language_form_data(suffix: str, content: dict) -> dict:
    """The form fields of one language tab, from raw content (``tests.factories``)."""
    analyses = []
    for block in content["analyses"]:
        value = block["value"]
        analyses.append(
            (
                "analysis",
                {
                    "title": value["title"],
                    "introduction": rich_text(value["introduction"]),
                    "sections": _list(
                        [
                            {
                                "heading": section["heading"],
                                "body": streamfield(_section_body(section["body"])),
                            }
                            for section in value["sections"]
                        ]
                    ),
                    "conclusion": rich_text(value.get("conclusion", "")),
                },
            )
        )
    references = [
        (
            "reference",
            {
                key: ref["value"].get(key) or ""
                for key in ("outlet", "title", "date", "url", "note")
            },
        )
        for ref in content["references"]
    ]
    return nested_form_data(
        {
            f"title_{suffix}": content["title"],
            f"standfirst_{suffix}": content["standfirst"],
            f"analyses_{suffix}": streamfield(analyses),
            f"recommendations_{suffix}": streamfield(
                [("recommendation", rich_text(r["value"])) for r in content["recommendations"]]
            ),
            f"references_{suffix}": streamfield(references),
        }
    )


def empty_language_form_data(suffix: str) -> dict:
    return nested_form_data(
        {
            f"title_{suffix}": "",
            f"standfirst_{suffix}": "",
            f"analyses_{suffix}": streamfield([]),
            f"recommendations_{suffix}": streamfield([]),
            f"references_{suffix}": streamfield([]),
        }
    )
