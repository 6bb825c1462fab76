./defer_nil_func.go:6:8: func literal does not escape
./defer_nil_func.go:7:14: ... argument does not escape
./defer_nil_func.go:7:15: "recovered:" escapes to heap
./defer_nil_func.go:11:13: ... argument does not escape
./defer_nil_func.go:11:14: "defer of nil func is fine until it runs" escapes to heap
