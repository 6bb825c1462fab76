./panic_index_array_var.go:10:13: ... argument does not escape
./panic_index_array_var.go:10:15: a[i] escapes to heap
./panic_index_array_var.go:12:13: ... argument does not escape
./panic_index_array_var.go:12:15: a[i] escapes to heap
