"""Qt item models (one shape: QAbstractTableModel + Column IntEnum, rows as DTO tuples)."""
