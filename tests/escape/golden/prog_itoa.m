./prog_itoa.go:20:49: digits[u % uint64(base):u % uint64(base) + 1] + out escapes to heap
./prog_itoa.go:24:13: "-" + out escapes to heap
./prog_itoa.go:32:14: ... argument does not escape
./prog_itoa.go:32:21: format(n, 10) escapes to heap
./prog_itoa.go:32:36: format(n, 16) escapes to heap
./prog_itoa.go:32:51: format(n, 8) escapes to heap
./prog_itoa.go:32:65: format(n, 2) escapes to heap
./prog_itoa.go:32:79: format(n, 36) escapes to heap
./prog_itoa.go:33:39: ... argument does not escape
./prog_itoa.go:33:40: n escapes to heap
./prog_itoa.go:34:32: ... argument does not escape
./prog_itoa.go:34:33: n escapes to heap
./prog_itoa.go:35:31: ... argument does not escape
./prog_itoa.go:35:32: n escapes to heap
./prog_itoa.go:36:31: ... argument does not escape
./prog_itoa.go:36:32: n escapes to heap
./prog_itoa.go:37:14: ... argument does not escape
./prog_itoa.go:37:15: "agrees with fmt:" escapes to heap
./prog_itoa.go:37:15: same escapes to heap
