"""Date and number formats for Kurmanji (``kmr``), which Django does not ship.

Numeric dates need no month names, so they read correctly without a Kurmanji
calendar catalog; separators follow the Kurdish-in-Turkey convention (1.234,5).
"""

DATE_FORMAT = "j.n.Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j.n.Y H:i"
SHORT_DATE_FORMAT = "j.n.Y"
SHORT_DATETIME_FORMAT = "j.n.Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
NUMBER_GROUPING = 3
MONTH_DAY_FORMAT = "j.n."
YEAR_MONTH_FORMAT = "n.Y"
