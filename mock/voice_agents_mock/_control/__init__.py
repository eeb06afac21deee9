"""The control plane under ``/__mock``: its HTTP handlers, programmed answers and journals."""
