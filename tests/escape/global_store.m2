./global_store.go:11:9: &Node{...} escapes to heap:
./global_store.go:11:9:   flow: {heap} = &{storage for &Node{...}}:
./global_store.go:11:9:     from &Node{...} (spill) at ./global_store.go:11:9
./global_store.go:11:9:     from head = &Node{...} (assign) at ./global_store.go:11:7
./global_store.go:11:9: &Node{...} escapes to heap
