"""The PDF edition: every published issue in every language it is available in.

- :mod:`issues.pdf.fonts`: the complete font files the PDFs embed.
- :mod:`issues.pdf.render`: an issue in one language -> PDF bytes (WeasyPrint).
- :mod:`issues.pdf.storage`: where the files live in the media storage.
- :mod:`issues.pdf.build`: render + store + record, never raising for one failed language.
- :mod:`issues.pdf.tasks`: the background task and the publish/unpublish signal handlers.
"""
