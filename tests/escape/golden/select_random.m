./select_random.go:21:13: ... argument does not escape
./select_random.go:21:16: na + nb escapes to heap
./select_random.go:21:24: na > 350 escapes to heap
./select_random.go:21:34: nb > 350 escapes to heap
