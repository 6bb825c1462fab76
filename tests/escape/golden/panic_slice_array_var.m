./panic_slice_array_var.go:7:6: moved to heap: a
./panic_slice_array_var.go:9:13: ... argument does not escape
./panic_slice_array_var.go:9:15: a[:hi] escapes to heap
./panic_slice_array_var.go:11:13: ... argument does not escape
./panic_slice_array_var.go:11:15: a[1:hi] escapes to heap
