"""Interview questions from the person's own facts, ranked, sized to the call and grouped by TIARA."""
