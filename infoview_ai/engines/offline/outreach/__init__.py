"""First-contact outreach: one true hook, who you are, one small ask."""
