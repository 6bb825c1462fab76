./sync_mutex_struct_field.go:16:7: leaking param: c
./sync_mutex_struct_field.go:29:7: leaking param: b
./sync_mutex_struct_field.go:43:6: moved to heap: c
./sync_mutex_struct_field.go:44:6: moved to heap: wg
./sync_mutex_struct_field.go:47:6: func literal escapes to heap
./sync_mutex_struct_field.go:53:13: ... argument does not escape
./sync_mutex_struct_field.go:53:14: "n =" escapes to heap
./sync_mutex_struct_field.go:53:22: c.n escapes to heap
./sync_mutex_struct_field.go:55:7: &Bank{} escapes to heap
./sync_mutex_struct_field.go:61:6: func literal escapes to heap
./sync_mutex_struct_field.go:70:12: ... argument does not escape
./sync_mutex_struct_field.go:70:26: b.accounts[i].balance escapes to heap
./sync_mutex_struct_field.go:70:36: " " escapes to heap
./sync_mutex_struct_field.go:72:13: ... argument does not escape
./sync_mutex_struct_field.go:72:14: "sum" escapes to heap
./sync_mutex_struct_field.go:72:14: sum escapes to heap
./sync_mutex_struct_field.go:73:12: make([]C, 3) escapes to heap
./sync_mutex_struct_field.go:76:6: func literal escapes to heap
./sync_mutex_struct_field.go:82:13: ... argument does not escape
./sync_mutex_struct_field.go:82:19: cs[0].n escapes to heap
./sync_mutex_struct_field.go:82:28: cs[1].n escapes to heap
./sync_mutex_struct_field.go:82:37: cs[2].n escapes to heap
