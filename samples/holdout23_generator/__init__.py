"""Held-out round (reporting year 2043): builds member reports and their truth file."""
