./labeled_loops.go:8:4: k escapes to heap:
./labeled_loops.go:8:4:   flow: last = &k:
./labeled_loops.go:8:4:     from &k (address-of) at ./labeled_loops.go:10:12
./labeled_loops.go:8:4:     from last = &k (assign) at ./labeled_loops.go:10:10
./labeled_loops.go:8:4: moved to heap: k
