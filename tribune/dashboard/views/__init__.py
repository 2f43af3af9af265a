"""The moderator dashboard's views, one module per page group (``common`` holds what they share)."""
