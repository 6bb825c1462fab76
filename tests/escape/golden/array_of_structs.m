./array_of_structs.go:13:13: ... argument does not escape
./array_of_structs.go:13:13: ps escapes to heap
./array_of_structs.go:17:13: ... argument does not escape
./array_of_structs.go:17:13: ps escapes to heap
./array_of_structs.go:21:13: ... argument does not escape
./array_of_structs.go:21:16: ps[1] escapes to heap
./array_of_structs.go:21:16: q escapes to heap
./array_of_structs.go:26:13: ... argument does not escape
./array_of_structs.go:26:13: ps escapes to heap
./array_of_structs.go:30:13: ... argument does not escape
./array_of_structs.go:30:13: ps escapes to heap
./array_of_structs.go:37:12: ... argument does not escape
./array_of_structs.go:37:13: total escapes to heap
./array_of_structs.go:40:12: ... argument does not escape
./array_of_structs.go:40:13: zero escapes to heap
./array_of_structs.go:40:13: zero escapes to heap
./array_of_structs.go:53:13: ... argument does not escape
./array_of_structs.go:53:17: len(people) escapes to heap
./array_of_structs.go:53:33: oldest.name escapes to heap
