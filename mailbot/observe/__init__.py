"""Observability: Prometheus metrics, /healthz and /readyz, and JSON log lines.

A leaf package: it imports nothing from mailbot's layers except the store's Database for
the scrape-time collector, so any layer may record into it.
"""
