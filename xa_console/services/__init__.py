"""Use cases over the database: rules and calendar, holidays, set-up. No Qt."""
