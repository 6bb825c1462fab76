./recover_second_panic.go:6:8: func literal does not escape
./recover_second_panic.go:7:14: ... argument does not escape
./recover_second_panic.go:7:15: "outer recovered:" escapes to heap
./recover_second_panic.go:8:14: ... argument does not escape
./recover_second_panic.go:8:15: "again:" escapes to heap
./recover_second_panic.go:10:8: func literal does not escape
./recover_second_panic.go:11:8: "second" escapes to heap
./recover_second_panic.go:13:7: "first" escapes to heap
