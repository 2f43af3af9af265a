"""The dashboard's forms: ``queue`` (filters, one decision, languages) and ``actions`` (bulk, notes, authors, appeals)."""
