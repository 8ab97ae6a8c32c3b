"""The events a contact's timeline records and the statuses they lead to: names only, so the command line
can offer them as choices without loading the tracker."""

EVENT_KINDS = ("requested", "replied", "scheduled", "met", "thanked", "nudged", "checked-in", "closed")
STATUSES = ("identified", "requested", "scheduled", "met", "thanked", "following-up", "cold", "closed")
