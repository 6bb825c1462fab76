this is not Go
