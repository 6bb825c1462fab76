./named_type_basic.go:18:13: ... argument does not escape
./named_type_basic.go:18:13: m escapes to heap
./named_type_basic.go:18:18: m / 4 escapes to heap
./named_type_basic.go:18:23: m % 7 escapes to heap
./named_type_basic.go:21:13: ... argument does not escape
./named_type_basic.go:21:13: f escapes to heap
./named_type_basic.go:22:13: ... argument does not escape
./named_type_basic.go:22:20: int(m) + int(f) escapes to heap
./named_type_basic.go:22:41: Meters(f / 3) == m escapes to heap
./named_type_basic.go:26:13: ... argument does not escape
./named_type_basic.go:26:13: l escapes to heap
./named_type_basic.go:26:20: len(l) escapes to heap
./named_type_basic.go:26:26: l[0] escapes to heap
./named_type_basic.go:26:33: l < "zzz" escapes to heap
./named_type_basic.go:29:12: ... argument does not escape
./named_type_basic.go:29:13: r escapes to heap
./named_type_basic.go:29:30: r * 3 escapes to heap
./named_type_basic.go:34:13: ... argument does not escape
./named_type_basic.go:34:13: mk escapes to heap
./named_type_basic.go:34:18: ^Mask(0) escapes to heap
./named_type_basic.go:36:12: ... argument does not escape
./named_type_basic.go:36:13: m escapes to heap
./named_type_basic.go:36:13: f escapes to heap
./named_type_basic.go:36:13: l escapes to heap
./named_type_basic.go:36:13: r escapes to heap
./named_type_basic.go:36:13: mk escapes to heap
./named_type_basic.go:37:12: ... argument does not escape
./named_type_basic.go:37:13: m escapes to heap
./named_type_basic.go:37:13: f escapes to heap
./named_type_basic.go:37:13: l escapes to heap
./named_type_basic.go:37:13: l escapes to heap
./named_type_basic.go:37:13: mk escapes to heap
./named_type_basic.go:41:12: ... argument does not escape
./named_type_basic.go:41:13: x escapes to heap
./named_type_basic.go:41:13: x escapes to heap
./named_type_basic.go:43:16: []Meters{...} escapes to heap
./named_type_basic.go:48:13: ... argument does not escape
./named_type_basic.go:48:13: total escapes to heap
./named_type_basic.go:48:13: ms escapes to heap
./named_type_basic.go:49:12: ... argument does not escape
./named_type_basic.go:49:13: ms escapes to heap
