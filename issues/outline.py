"""The outline of an issue in the active language: what the table of contents lists.

The table of contents is generated from the headings, never typed. The page template renders
the body from the same outline, so every entry's anchor exists on the page.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _


@dataclass
class SectionEntry:
    anchor: str
    heading: str
    value: object  # the section's StructValue


@dataclass
class AnalysisEntry:
    anchor: str
    title: str
    value: object  # the analysis's StructValue
    sections: list[SectionEntry] = field(default_factory=list)
    conclusion_anchor: str = ""


@dataclass
class Outline:
    analyses: list[AnalysisEntry]
    recommendations_anchor: str = ""
    references_anchor: str = ""

    @property
    def entries(self) -> list[tuple[str, str, int]]:
        """Flat (anchor, label, level) rows for the "In this issue" list."""
        rows: list[tuple[str, str, int]] = []
        for analysis in self.analyses:
            rows.append((analysis.anchor, analysis.title, 1))
            rows.extend((section.anchor, section.heading, 2) for section in analysis.sections)
            if analysis.conclusion_anchor:
                rows.append((analysis.conclusion_anchor, str(_("Conclusion")), 2))
        if self.recommendations_anchor:
            rows.append((self.recommendations_anchor, str(_("Recommendations")), 1))
        if self.references_anchor:
            rows.append((self.references_anchor, str(_("References")), 1))
        return rows


def build_outline(issue) -> Outline:
    """The outline of ``issue``'s content in the currently active language.

    Only ``analysis`` blocks are read: an import's ``unplaced_text`` blocks are for editors and
    never reach a reader, and the page body is rendered from this outline."""
    analyses = []
    readable = [block for block in issue.analyses or [] if block.block_type == "analysis"]
    for a_index, block in enumerate(readable, start=1):
        value = block.value
        anchor = f"analysis-{a_index}"
        entry = AnalysisEntry(anchor=anchor, title=value["title"], value=value)
        for s_index, section in enumerate(value["sections"] or [], start=1):
            entry.sections.append(
                SectionEntry(f"{anchor}-section-{s_index}", section["heading"], section)
            )
        if value.get("conclusion") and str(value["conclusion"]).strip():
            entry.conclusion_anchor = f"{anchor}-conclusion"
        analyses.append(entry)
    return Outline(
        analyses=analyses,
        recommendations_anchor="recommendations" if issue.recommendations else "",
        references_anchor="references" if issue.references else "",
    )
