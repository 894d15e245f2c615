"""Importing the old WordPress sites: one export (WXR) per language.

- :mod:`.wxr`: the streaming, defused reader of the export file;
- :mod:`.content`: a post's HTML as an analysis (sections, paragraphs, quotations, lists, links);
- :mod:`.headers`: the issue number and week in the title or opening lines, any language;
- :mod:`.posts`: which items are Weekly Analysis posts, and what each holds;
- :mod:`.run`: both passes over the files, the issues written, the old URLs kept as redirects
  (answered by :mod:`issues.redirects.middleware`).
"""
