"""Exchange of an issue's text with outside translators: XLIFF 1.2, XLIFF 2.0 and PO."""
