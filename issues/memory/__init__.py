"""Translation memory, the glossary of names and the checks run before review.

- ``store``: the memory, built from approved translations and TMX files;
- ``matching``: exact and fuzzy matches for an issue's pieces (rapidfuzz, an in-process index);
- ``glossary``: finding glossary terms in a piece, CSV and TBX files;
- ``checks``: the quality checks run on submit for review and on demand;
- ``tmx``: TMX import and export;
- ``views`` / ``admin_hooks``: the "Memory & checks" page and the file pages in the admin.
"""
