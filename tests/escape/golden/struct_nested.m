./struct_nested.go:28:17: make([]Wheel, 2) escapes to heap
./struct_nested.go:31:13: ... argument does not escape
./struct_nested.go:31:13: c escapes to heap
./struct_nested.go:32:12: ... argument does not escape
./struct_nested.go:32:13: c escapes to heap
./struct_nested.go:36:13: ... argument does not escape
./struct_nested.go:36:22: c.Engine.HP escapes to heap
./struct_nested.go:36:28: e.HP escapes to heap
./struct_nested.go:38:13: ... argument does not escape
./struct_nested.go:38:22: c.Engine.HP escapes to heap
./struct_nested.go:40:15: []Car{...} does not escape
./struct_nested.go:42:13: ... argument does not escape
./struct_nested.go:42:21: cars[1].Engine escapes to heap
./struct_nested.go:42:44: cars[0].Engine.Cyls escapes to heap
./struct_nested.go:48:13: ... argument does not escape
./struct_nested.go:48:27: c.Engine.Cyls[2] escapes to heap
./struct_nested.go:48:43: c.Wheels[0].Size escapes to heap
