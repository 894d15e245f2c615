"""The translator's workbench in the issue editor: source beside target, piece by piece."""
