./recover_indirect.go:8:8: func literal does not escape
./recover_indirect.go:9:14: ... argument does not escape
./recover_indirect.go:9:15: "helper got:" escapes to heap
./recover_indirect.go:11:7: "indirect" escapes to heap
./recover_indirect.go:15:8: func literal does not escape
./recover_indirect.go:16:14: ... argument does not escape
./recover_indirect.go:16:15: "outer got:" escapes to heap
./recover_indirect.go:19:13: ... argument does not escape
./recover_indirect.go:19:14: "not reached" escapes to heap
./recover_indirect.go:23:8: func literal does not escape
./recover_indirect.go:24:3: func literal does not escape
./recover_indirect.go:25:10: func literal does not escape
./recover_indirect.go:25:30: ... argument does not escape
./recover_indirect.go:25:31: "deferred in a deferred call:" escapes to heap
./recover_indirect.go:27:14: ... argument does not escape
./recover_indirect.go:27:15: "direct:" escapes to heap
./recover_indirect.go:29:7: "nested" escapes to heap
./recover_indirect.go:35:13: ... argument does not escape
./recover_indirect.go:35:14: "done" escapes to heap
