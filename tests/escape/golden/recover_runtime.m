./recover_runtime.go:7:10: name does not escape
./recover_runtime.go:7:23: f does not escape
./recover_runtime.go:8:8: func literal does not escape
./recover_runtime.go:9:14: ... argument does not escape
./recover_runtime.go:9:19: name + ":" escapes to heap
./recover_runtime.go:9:19: name + ":" escapes to heap
./recover_runtime.go:19:15: func literal does not escape
./recover_runtime.go:20:15: func literal does not escape
./recover_runtime.go:21:17: func literal does not escape
./recover_runtime.go:22:16: func literal does not escape
./recover_runtime.go:22:36: ... argument does not escape
./recover_runtime.go:22:40: 10 / zero escapes to heap
./recover_runtime.go:23:21: func literal does not escape
./recover_runtime.go:23:41: ... argument does not escape
./recover_runtime.go:23:43: p.v escapes to heap
./recover_runtime.go:24:24: func literal does not escape
./recover_runtime.go:25:16: func literal does not escape
./recover_runtime.go:25:41: fmt.Sprint(... argument...) escapes to heap
./recover_runtime.go:25:41: ... argument does not escape
./recover_runtime.go:25:42: "custom " escapes to heap
./recover_runtime.go:25:53: 1 escapes to heap
./recover_runtime.go:26:13: ... argument does not escape
./recover_runtime.go:26:14: "all recovered" escapes to heap
