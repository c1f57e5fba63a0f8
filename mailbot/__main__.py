"""``python -m mailbot`` runs the CLI, so the tool works without the console script."""

from mailbot.cli import main

main()
