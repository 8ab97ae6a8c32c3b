"""The contact tracker: people, what happened with each, where they stand, what is due, and exports."""
