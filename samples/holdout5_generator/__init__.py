"""Generator of the fifth held-out round: 2025 member reports and their answer key."""
