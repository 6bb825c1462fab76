./chan_send.go:7:7: &T{...} escapes to heap
