module multi_ignored

go 1.19
