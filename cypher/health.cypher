// health(): does the database answer a read at all? The cheapest query there is.
RETURN 1 AS ok
