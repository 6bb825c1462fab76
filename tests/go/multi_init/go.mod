module multi_init

go 1.19
