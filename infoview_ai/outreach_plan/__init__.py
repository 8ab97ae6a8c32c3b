"""Who to ask and when: `infoview targets` ranks stored people for the user's goal, `infoview plan` fits
them and the follow-ups due into this week's LinkedIn budgets."""
