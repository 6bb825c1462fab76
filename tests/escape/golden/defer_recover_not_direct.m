./defer_recover_not_direct.go:6:20: "deferred print" escapes to heap
./defer_recover_not_direct.go:6:19: ... argument does not escape
./defer_recover_not_direct.go:8:7: "defer recover() does not stop me" escapes to heap
