./panic_stringer_value.go:8:9: S{...} escapes to heap:
./panic_stringer_value.go:8:9:   flow: {heap} = &{storage for S{...}}:
./panic_stringer_value.go:8:9:     from S{...} (spill) at ./panic_stringer_value.go:8:9
./panic_stringer_value.go:8:9:     from panic(S{...}) (call parameter) at ./panic_stringer_value.go:8:7
./panic_stringer_value.go:8:9: S{...} escapes to heap
