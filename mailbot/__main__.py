"""``python -m mailbot`` runs the CLI, so the tool works without the console script."""

from mailbot import tune_collector

tune_collector()  # here too, so a spawned worker's imports (it loads this module) benefit

from mailbot.cli import main  # noqa: E402  (after the collector is tuned: the imports allocate)

if __name__ == "__main__":  # a spawned parse worker imports this module: it must not run
    main()
