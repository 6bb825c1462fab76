module multi_errors

go 1.19
