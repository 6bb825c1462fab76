./recover_repanic.go:6:20: "main deferred print runs" escapes to heap
./recover_repanic.go:6:19: ... argument does not escape
./recover_repanic.go:7:8: func literal does not escape
./recover_repanic.go:9:14: ... argument does not escape
./recover_repanic.go:9:15: "recovered" escapes to heap
./recover_repanic.go:9:31: "re-panicking" escapes to heap
./recover_repanic.go:12:7: "first" escapes to heap
