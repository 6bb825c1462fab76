./var_zero_values.go:36:13: ... argument does not escape
./var_zero_values.go:36:13: gBool escapes to heap
./var_zero_values.go:36:13: gInt escapes to heap
./var_zero_values.go:36:13: gInt8 escapes to heap
./var_zero_values.go:36:13: gInt16 escapes to heap
./var_zero_values.go:36:13: gInt32 escapes to heap
./var_zero_values.go:36:13: gInt64 escapes to heap
./var_zero_values.go:37:13: ... argument does not escape
./var_zero_values.go:37:13: gUint escapes to heap
./var_zero_values.go:37:13: gUint8 escapes to heap
./var_zero_values.go:37:13: gUint16 escapes to heap
./var_zero_values.go:37:13: gUint32 escapes to heap
./var_zero_values.go:37:13: gUint64 escapes to heap
./var_zero_values.go:37:13: gUintptr escapes to heap
./var_zero_values.go:37:13: gByte escapes to heap
./var_zero_values.go:37:13: gRune escapes to heap
./var_zero_values.go:38:13: ... argument does not escape
./var_zero_values.go:38:13: gF32 escapes to heap
./var_zero_values.go:38:13: gF64 escapes to heap
./var_zero_values.go:38:34: gString == "" escapes to heap
./var_zero_values.go:38:44: len(gString) escapes to heap
./var_zero_values.go:39:12: ... argument does not escape
./var_zero_values.go:39:13: gString escapes to heap
./var_zero_values.go:39:13: gF64 escapes to heap
./var_zero_values.go:39:13: gRune escapes to heap
./var_zero_values.go:45:13: ... argument does not escape
./var_zero_values.go:45:13: b escapes to heap
./var_zero_values.go:45:13: i escapes to heap
./var_zero_values.go:45:13: s escapes to heap
./var_zero_values.go:45:13: f escapes to heap
./var_zero_values.go:46:12: ... argument does not escape
./var_zero_values.go:46:13: s escapes to heap
./var_zero_values.go:46:13: i escapes to heap
./var_zero_values.go:46:13: b escapes to heap
./var_zero_values.go:53:13: ... argument does not escape
./var_zero_values.go:53:13: x escapes to heap
./var_zero_values.go:53:13: y escapes to heap
./var_zero_values.go:53:13: z escapes to heap
./var_zero_values.go:55:13: ... argument does not escape
./var_zero_values.go:55:13: greeting escapes to heap
./var_zero_values.go:55:13: target escapes to heap
./var_zero_values.go:55:13: counter escapes to heap
./var_zero_values.go:59:13: ... argument does not escape
./var_zero_values.go:59:13: counter escapes to heap
./var_zero_values.go:59:13: v escapes to heap
./var_zero_values.go:62:13: ... argument does not escape
./var_zero_values.go:62:13: gInt escapes to heap
./var_zero_values.go:62:13: gString escapes to heap
