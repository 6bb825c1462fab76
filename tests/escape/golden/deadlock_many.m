./deadlock_many.go:5:13: c does not escape
./deadlock_many.go:15:13: ... argument does not escape
./deadlock_many.go:15:14: "all blocked" escapes to heap
