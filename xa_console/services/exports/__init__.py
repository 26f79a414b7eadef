"""Exports a notice leaves the console in: restriction cards (PNG), scripts (DOCX), CAP 1.2 XML.

Everything here is Qt-free and deterministic: the same facts give the same bytes, so exports
can be compared, cached and attached to an approval record. Cards use only the bundled fonts.
"""
