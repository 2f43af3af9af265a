"""English: a compact day-and-month for chart axes ("Dec 1"); every other format is Django's."""

MONTH_DAY_FORMAT = "M j"
