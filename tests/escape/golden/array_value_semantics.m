./array_value_semantics.go:18:18: a does not escape
./array_value_semantics.go:26:13: ... argument does not escape
./array_value_semantics.go:26:13: a escapes to heap
./array_value_semantics.go:26:13: b escapes to heap
./array_value_semantics.go:29:13: ... argument does not escape
./array_value_semantics.go:29:13: a escapes to heap
./array_value_semantics.go:29:13: c escapes to heap
./array_value_semantics.go:32:13: ... argument does not escape
./array_value_semantics.go:32:13: a escapes to heap
./array_value_semantics.go:34:13: ... argument does not escape
./array_value_semantics.go:34:13: a escapes to heap
./array_value_semantics.go:40:13: ... argument does not escape
./array_value_semantics.go:40:13: s escapes to heap
./array_value_semantics.go:40:13: t escapes to heap
./array_value_semantics.go:47:13: ... argument does not escape
./array_value_semantics.go:47:13: grid escapes to heap
./array_value_semantics.go:47:13: row escapes to heap
./array_value_semantics.go:52:13: ... argument does not escape
./array_value_semantics.go:52:13: x escapes to heap
./array_value_semantics.go:52:13: y escapes to heap
./array_value_semantics.go:57:13: ... argument does not escape
./array_value_semantics.go:57:21: grid[1][2] escapes to heap
./array_value_semantics.go:57:31: g2[1][2] escapes to heap
