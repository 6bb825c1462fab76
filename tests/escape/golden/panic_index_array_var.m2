./panic_index_array_var.go:12:15: a[i] escapes to heap:
./panic_index_array_var.go:12:15:   flow: {storage for ... argument} = &{storage for a[i]}:
./panic_index_array_var.go:12:15:     from a[i] (spill) at ./panic_index_array_var.go:12:15
./panic_index_array_var.go:12:15:     from ... argument (slice-literal-element) at ./panic_index_array_var.go:12:13
./panic_index_array_var.go:12:15:   flow: {heap} = {storage for ... argument}:
./panic_index_array_var.go:12:15:     from ... argument (spill) at ./panic_index_array_var.go:12:13
./panic_index_array_var.go:12:15:     from fmt.Println(... argument...) (call parameter) at ./panic_index_array_var.go:12:13
./panic_index_array_var.go:10:15: a[i] escapes to heap:
./panic_index_array_var.go:10:15:   flow: {storage for ... argument} = &{storage for a[i]}:
./panic_index_array_var.go:10:15:     from a[i] (spill) at ./panic_index_array_var.go:10:15
./panic_index_array_var.go:10:15:     from ... argument (slice-literal-element) at ./panic_index_array_var.go:10:13
./panic_index_array_var.go:10:15:   flow: {heap} = {storage for ... argument}:
./panic_index_array_var.go:10:15:     from ... argument (spill) at ./panic_index_array_var.go:10:13
./panic_index_array_var.go:10:15:     from fmt.Println(... argument...) (call parameter) at ./panic_index_array_var.go:10:13
./panic_index_array_var.go:10:13: ... argument does not escape
./panic_index_array_var.go:10:15: a[i] escapes to heap
./panic_index_array_var.go:12:13: ... argument does not escape
./panic_index_array_var.go:12:15: a[i] escapes to heap
