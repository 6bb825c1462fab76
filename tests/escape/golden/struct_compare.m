./struct_compare.go:24:13: ... argument does not escape
./struct_compare.go:24:16: a == b escapes to heap
./struct_compare.go:24:24: a != b escapes to heap
./struct_compare.go:24:32: a == c escapes to heap
./struct_compare.go:24:40: a == P{...} escapes to heap
./struct_compare.go:28:13: ... argument does not escape
./struct_compare.go:28:17: r1 == r2 escapes to heap
./struct_compare.go:30:13: ... argument does not escape
./struct_compare.go:30:17: r1 == r2 escapes to heap
./struct_compare.go:33:13: ... argument does not escape
./struct_compare.go:33:17: r1 == r2 escapes to heap
./struct_compare.go:33:31: r1.Pos == P{...} escapes to heap
./struct_compare.go:37:13: ... argument does not escape
./struct_compare.go:37:19: F{...} == F{...} escapes to heap
./struct_compare.go:40:13: ... argument does not escape
./struct_compare.go:40:21: F{...} == F{...} escapes to heap
./struct_compare.go:44:13: ... argument does not escape
./struct_compare.go:44:21: PP{...} == PP{...} escapes to heap
./struct_compare.go:44:39: PP{...} == PP{...} escapes to heap
./struct_compare.go:44:55: PP{} == PP{...} escapes to heap
./struct_compare.go:48:13: ... argument does not escape
./struct_compare.go:48:17: s1 == s2 escapes to heap
./struct_compare.go:51:13: ... argument does not escape
./struct_compare.go:51:16: z == P{} escapes to heap
./struct_compare.go:51:26: z == P{...} escapes to heap
