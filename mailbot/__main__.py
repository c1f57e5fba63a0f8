"""``python -m mailbot`` runs the CLI, so the tool works without the console script."""

from mailbot.cli import main

if __name__ == "__main__":  # a spawned parse worker imports this module: it must not run
    main()
