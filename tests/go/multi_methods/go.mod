module multi_methods

go 1.19
