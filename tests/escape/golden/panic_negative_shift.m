./panic_negative_shift.go:10:13: ... argument does not escape
./panic_negative_shift.go:10:16: x << n escapes to heap
./panic_negative_shift.go:12:13: ... argument does not escape
./panic_negative_shift.go:12:16: x << n escapes to heap
