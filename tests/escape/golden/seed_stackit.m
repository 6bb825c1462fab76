./seed_stackit.go:18:13: ... argument does not escape
./seed_stackit.go:18:21: stackIt() escapes to heap
./seed_stackit.go:18:21: total escapes to heap
