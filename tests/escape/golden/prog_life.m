./prog_life.go:11:7: g does not escape
./prog_life.go:56:15: make([]byte, 0, W) does not escape
./prog_life.go:64:14: ... argument does not escape
./prog_life.go:64:21: string(line) escapes to heap
./prog_life.go:64:21: string(line) escapes to heap
./prog_life.go:77:14: ... argument does not escape
./prog_life.go:77:15: "generation" escapes to heap
./prog_life.go:77:15: gen escapes to heap
./prog_life.go:77:34: "population" escapes to heap
./prog_life.go:77:60: Grid.Population(g) escapes to heap
./prog_life.go:84:13: ... argument does not escape
./prog_life.go:84:14: "glider back after" escapes to heap
./prog_life.go:84:36: 4 * W escapes to heap
./prog_life.go:84:40: "generations:" escapes to heap
./prog_life.go:84:58: g == start escapes to heap
./prog_life.go:91:13: ... argument does not escape
./prog_life.go:91:17: b1 == b escapes to heap
./prog_life.go:91:33: Grid.Step(b1) == b escapes to heap
./prog_life.go:91:52: Grid.Population(b1) escapes to heap
./prog_life.go:91:61: b1[3][4] escapes to heap
./prog_life.go:91:71: b1[4][3] escapes to heap
./prog_life.go:93:13: ... argument does not escape
./prog_life.go:93:27: Grid.Step(empty) == empty escapes to heap
