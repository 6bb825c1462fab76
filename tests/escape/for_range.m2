./for_range.go:6:11: []T{...} escapes to heap:
./for_range.go:6:11:   flow: ts = &{storage for []T{...}}:
./for_range.go:6:11:     from []T{...} (spill) at ./for_range.go:6:11
./for_range.go:6:11:     from ts := []T{...} (assign) at ./for_range.go:6:5
./for_range.go:6:11:   flow: {heap} = ts:
./for_range.go:6:11:     from ts[i] (dot of pointer) at ./for_range.go:9:22
./for_range.go:6:11:     from &ts[i] (address-of) at ./for_range.go:9:19
./for_range.go:6:11:     from append(ps, &ts[i]) (call parameter) at ./for_range.go:9:14
./for_range.go:6:11: []T{...} escapes to heap
