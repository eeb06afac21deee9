"""The dashboard at ``/__mock/``: its static page and the HAR export of the journal."""
