"""One parser per format; parsers.registry imports each the first time a file of its format is read."""
