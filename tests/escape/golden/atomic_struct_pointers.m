./atomic_struct_pointers.go:17:7: leaking param: m
./atomic_struct_pointers.go:32:6: moved to heap: wg
./atomic_struct_pointers.go:47:6: moved to heap: flags
./atomic_struct_pointers.go:31:22: []*metrics{...} escapes to heap
./atomic_struct_pointers.go:31:23: &metrics{} escapes to heap
./atomic_struct_pointers.go:31:27: &metrics{} escapes to heap
./atomic_struct_pointers.go:31:31: &metrics{} escapes to heap
./atomic_struct_pointers.go:35:6: func literal escapes to heap
./atomic_struct_pointers.go:44:14: ... argument does not escape
./atomic_struct_pointers.go:44:15: "shard" escapes to heap
./atomic_struct_pointers.go:44:15: k escapes to heap
./atomic_struct_pointers.go:44:42: (*atomic.Int64).Load(m.requests) escapes to heap
./atomic_struct_pointers.go:44:59: (*atomic.Int32).Load(m.errors) escapes to heap
./atomic_struct_pointers.go:44:76: (*atomic.Int64).Load(m.maxLat) escapes to heap
./atomic_struct_pointers.go:46:13: ... argument does not escape
./atomic_struct_pointers.go:46:14: "total" escapes to heap
./atomic_struct_pointers.go:46:14: total escapes to heap
./atomic_struct_pointers.go:50:6: func literal escapes to heap
./atomic_struct_pointers.go:61:12: ... argument does not escape
./atomic_struct_pointers.go:61:13: flags escapes to heap
