./select_default.go:10:15: ... argument does not escape
./select_default.go:10:16: "sent" escapes to heap
./select_default.go:10:16: i escapes to heap
./select_default.go:12:15: ... argument does not escape
./select_default.go:12:16: "full at" escapes to heap
./select_default.go:12:16: i escapes to heap
./select_default.go:17:14: ... argument does not escape
./select_default.go:17:15: "received" escapes to heap
./select_default.go:17:15: v escapes to heap
./select_default.go:19:14: ... argument does not escape
./select_default.go:19:15: "empty" escapes to heap
./select_default.go:23:14: ... argument does not escape
./select_default.go:23:15: "received" escapes to heap
./select_default.go:23:15: v escapes to heap
./select_default.go:25:14: ... argument does not escape
./select_default.go:25:15: "empty" escapes to heap
