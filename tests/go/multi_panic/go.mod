module multi_panic

go 1.19
