"""Subcommands added by later features (history, export, verify, audit, archive)."""
