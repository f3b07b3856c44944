"""The chaos benchmark: many orders through every available target with injected faults, then a check in
the sandboxes themselves that every order exists exactly once and the ledger agrees. See README.md."""
