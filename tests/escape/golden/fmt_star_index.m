./fmt_star_index.go:8:12: ... argument does not escape
./fmt_star_index.go:8:40: 5 escapes to heap
./fmt_star_index.go:8:43: 42 escapes to heap
./fmt_star_index.go:8:47: 5 escapes to heap
./fmt_star_index.go:8:50: 42 escapes to heap
./fmt_star_index.go:8:54: 2 escapes to heap
./fmt_star_index.go:8:57: 3.14159 escapes to heap
./fmt_star_index.go:8:66: 8 escapes to heap
./fmt_star_index.go:8:69: 3 escapes to heap
./fmt_star_index.go:8:72: 3.14159 escapes to heap
./fmt_star_index.go:9:12: ... argument does not escape
./fmt_star_index.go:9:24: -5 escapes to heap
./fmt_star_index.go:9:28: 42 escapes to heap
./fmt_star_index.go:10:12: ... argument does not escape
./fmt_star_index.go:10:29: 3 escapes to heap
./fmt_star_index.go:11:12: ... argument does not escape
./fmt_star_index.go:11:29: "w" escapes to heap
./fmt_star_index.go:11:34: 1 escapes to heap
./fmt_star_index.go:11:37: "p" escapes to heap
./fmt_star_index.go:11:42: 2 escapes to heap
./fmt_star_index.go:12:12: ... argument does not escape
./fmt_star_index.go:12:24: 10000000 escapes to heap
./fmt_star_index.go:12:34: 1 escapes to heap
./fmt_star_index.go:13:12: ... argument does not escape
./fmt_star_index.go:13:30: 1 escapes to heap
./fmt_star_index.go:13:33: 2 escapes to heap
./fmt_star_index.go:14:12: ... argument does not escape
./fmt_star_index.go:14:24: 1 escapes to heap
./fmt_star_index.go:14:27: 2 escapes to heap
./fmt_star_index.go:15:12: ... argument does not escape
./fmt_star_index.go:15:42: 65 escapes to heap
./fmt_star_index.go:16:12: ... argument does not escape
./fmt_star_index.go:16:33: 1 escapes to heap
./fmt_star_index.go:16:36: 2 escapes to heap
./fmt_star_index.go:17:12: ... argument does not escape
./fmt_star_index.go:17:40: 7 escapes to heap
./fmt_star_index.go:17:43: 3 escapes to heap
