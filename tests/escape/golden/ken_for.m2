./ken_for.go:18:25: t escapes to heap:
./ken_for.go:18:25:   flow: {heap} = &{storage for t}:
./ken_for.go:18:25:     from t (spill) at ./ken_for.go:18:25
./ken_for.go:18:25:     from panic(t) (call parameter) at ./ken_for.go:18:24
./ken_for.go:18:25: t escapes to heap
