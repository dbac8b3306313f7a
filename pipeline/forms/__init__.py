"""`tiltak skjema`: the next round's reporting forms, one per council member, prefilled from last year."""
