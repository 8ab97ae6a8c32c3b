"""Guards at the edges: deadlines that always win, secrets masked, text made safe to print."""
