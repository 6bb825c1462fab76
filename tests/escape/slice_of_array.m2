./slice_of_array.go:12:6: b escapes to heap:
./slice_of_array.go:12:6:   flow: {heap} = &b:
./slice_of_array.go:12:6:     from b (address-of) at ./slice_of_array.go:13:6
./slice_of_array.go:12:6:     from b[:] (slice) at ./slice_of_array.go:13:7
./slice_of_array.go:12:6:     from g = b[:] (assign) at ./slice_of_array.go:13:4
./slice_of_array.go:12:6: moved to heap: b
