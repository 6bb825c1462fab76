module multi_undefined_import

go 1.19
