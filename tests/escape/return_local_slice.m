./return_local_slice.go:4:6: moved to heap: buf
