./switch_alloc.go:11:10: new(T) escapes to heap:
./switch_alloc.go:11:10:   flow: t = &{storage for new(T)}:
./switch_alloc.go:11:10:     from new(T) (spill) at ./switch_alloc.go:11:10
./switch_alloc.go:11:10:     from t = new(T) (assign) at ./switch_alloc.go:11:5
./switch_alloc.go:11:10:   flow: ~r0 = t:
./switch_alloc.go:11:10:     from return t (return) at ./switch_alloc.go:13:2
./switch_alloc.go:9:7: &T{...} escapes to heap:
./switch_alloc.go:9:7:   flow: t = &{storage for &T{...}}:
./switch_alloc.go:9:7:     from &T{...} (spill) at ./switch_alloc.go:9:7
./switch_alloc.go:9:7:     from t = &T{...} (assign) at ./switch_alloc.go:9:5
./switch_alloc.go:9:7:   flow: ~r0 = t:
./switch_alloc.go:9:7:     from return t (return) at ./switch_alloc.go:13:2
./switch_alloc.go:9:7: &T{...} escapes to heap
./switch_alloc.go:11:10: new(T) escapes to heap
./switch_alloc.go:19:8: &T{...} does not escape
