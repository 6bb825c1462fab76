./seed_stackit3.go:13:15: y does not escape
./seed_stackit3.go:21:13: ... argument does not escape
./seed_stackit3.go:21:22: stackIt3(&y) escapes to heap
./seed_stackit3.go:21:22: y escapes to heap
./seed_stackit3.go:26:13: ... argument does not escape
./seed_stackit3.go:26:13: total escapes to heap
