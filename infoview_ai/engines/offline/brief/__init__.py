"""The research brief: who they are, their path, the company, the industry, common ground."""
