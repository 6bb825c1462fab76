./named_type_composite.go:16:7: v does not escape
./named_type_composite.go:37:13: ... argument does not escape
./named_type_composite.go:37:19: Vec3.Dot(v, w) escapes to heap
./named_type_composite.go:37:27: len(v) escapes to heap
./named_type_composite.go:39:13: ... argument does not escape
./named_type_composite.go:39:13: v escapes to heap
./named_type_composite.go:39:19: v == Vec3{...} escapes to heap
./named_type_composite.go:41:12: Names{...} escapes to heap
./named_type_composite.go:43:13: ... argument does not escape
./named_type_composite.go:43:13: n escapes to heap
./named_type_composite.go:43:20: len(n) escapes to heap
./named_type_composite.go:43:26: n[2] escapes to heap
./named_type_composite.go:46:13: ... argument does not escape
./named_type_composite.go:46:15: n[0] escapes to heap
./named_type_composite.go:48:14: Index{...} escapes to heap
./named_type_composite.go:50:13: ... argument does not escape
./named_type_composite.go:50:22: len(idx) escapes to heap
./named_type_composite.go:57:13: ... argument does not escape
./named_type_composite.go:57:13: r escapes to heap
./named_type_composite.go:57:21: r[0][1] escapes to heap
./named_type_composite.go:59:12: ... argument does not escape
./named_type_composite.go:59:13: v escapes to heap
./named_type_composite.go:59:13: n escapes to heap
./named_type_composite.go:59:13: r escapes to heap
./named_type_composite.go:60:12: ... argument does not escape
./named_type_composite.go:60:13: v escapes to heap
./named_type_composite.go:60:13: n escapes to heap
