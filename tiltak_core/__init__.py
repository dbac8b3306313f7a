"""The bottom layer: records, errors and outcomes every stage shares. Imports nothing of the project."""
