"""The pipeline's commands: the people a user reaches, what is due, and bringing people in."""
