"""`python -m infoview_ai` runs the CLI."""

from infoview_ai.cli.main import main

if __name__ == "__main__":
    main()
