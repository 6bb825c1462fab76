./methods_ptr_anon_struct.go:28:19: devirtualizing i.inc to *struct { *P; tag string }
./methods_ptr_anon_struct.go:28:28: devirtualizing i.inc to *struct { *P; tag string }
./methods_ptr_anon_struct.go:30:19: devirtualizing j.inc to struct { *P; tag string }
./methods_ptr_anon_struct.go:9:7: s does not escape
./methods_ptr_anon_struct.go:13:7: p does not escape
./methods_ptr_anon_struct.go:18:10: leaking param: v
./methods_ptr_anon_struct.go:21:2: moved to heap: zs
./methods_ptr_anon_struct.go:23:2: moved to heap: zp
./methods_ptr_anon_struct.go:22:13: ... argument does not escape
./methods_ptr_anon_struct.go:22:17: val(&zs) escapes to heap
./methods_ptr_anon_struct.go:22:27: val(zs) escapes to heap
./methods_ptr_anon_struct.go:22:27: zs escapes to heap
./methods_ptr_anon_struct.go:22:42: S.val((&zs).S) escapes to heap
./methods_ptr_anon_struct.go:26:4: &P{...} escapes to heap
./methods_ptr_anon_struct.go:28:13: ... argument does not escape
./methods_ptr_anon_struct.go:28:19: (*P).inc(i.(*struct { *P; tag string }).P) escapes to heap
./methods_ptr_anon_struct.go:28:28: (*P).inc(i.(*struct { *P; tag string }).P) escapes to heap
./methods_ptr_anon_struct.go:28:34: zp.P.n escapes to heap
./methods_ptr_anon_struct.go:29:16: zp escapes to heap
./methods_ptr_anon_struct.go:30:13: ... argument does not escape
./methods_ptr_anon_struct.go:30:19: (*P).inc(j.(struct { *P; tag string }).P) escapes to heap
./methods_ptr_anon_struct.go:30:25: zp.P.n escapes to heap
./methods_ptr_anon_struct.go:31:12: ... argument does not escape
