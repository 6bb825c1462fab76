module multi_pkgmismatch

go 1.19
