"""Exports and drawings made from a document without Qt: review charts, fonts, and later the PDF.

This layer may import the core and storage, never PySide6; reportlab is imported only by the modules
that draw, and those are imported only when something is drawn (start-up time).
"""
