./global_store.go:11:9: &Node{...} escapes to heap
