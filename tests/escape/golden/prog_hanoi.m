./prog_hanoi.go:14:7: leaking param content: t
./prog_hanoi.go:19:8: "illegal move" escapes to heap
./prog_hanoi.go:25:7: leaking param content: t
./prog_hanoi.go:39:13: ... argument does not escape
./prog_hanoi.go:39:15: t.Pegs escapes to heap
./prog_hanoi.go:41:13: ... argument does not escape
./prog_hanoi.go:41:15: t.Pegs escapes to heap
./prog_hanoi.go:41:25: len(t.Moves) escapes to heap
./prog_hanoi.go:42:13: ... argument does not escape
./prog_hanoi.go:42:21: t.Moves[:5] escapes to heap
./prog_hanoi.go:43:24: map[Move]int{} escapes to heap
./prog_hanoi.go:47:13: ... argument does not escape
./prog_hanoi.go:54:13: ... argument does not escape
./prog_hanoi.go:54:17: len(big.Moves) escapes to heap
./prog_hanoi.go:54:41: big.Pegs[1][:3] escapes to heap
./prog_hanoi.go:54:50: len(big.Pegs[0]) escapes to heap
./prog_hanoi.go:54:68: len(big.Pegs[2]) escapes to heap
