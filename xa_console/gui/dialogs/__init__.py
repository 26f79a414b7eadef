"""Dialogs of the console (each built from a Designer form in ``ui/dialogs``)."""
