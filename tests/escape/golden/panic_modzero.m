./panic_modzero.go:9:13: ... argument does not escape
./panic_modzero.go:9:14: "start" escapes to heap
./panic_modzero.go:10:13: ... argument does not escape
./panic_modzero.go:10:16: a % b escapes to heap
