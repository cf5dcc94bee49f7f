"""Command-line interface: ``detente <command>``; one module per command group."""
