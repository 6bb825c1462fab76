./recursive_struct.go:8:13: parameter t leaks to {heap} with derefs=0:
./recursive_struct.go:8:13:   flow: ~r0 = t:
./recursive_struct.go:8:13:     from return t (return) at ./recursive_struct.go:17:2
./recursive_struct.go:8:13:   flow: {heap} = ~r0:
./recursive_struct.go:8:13:     from t.left = insert(t.left, v) (assign) at ./recursive_struct.go:13:10
./recursive_struct.go:10:10: &Tree{...} escapes to heap:
./recursive_struct.go:10:10:   flow: ~r0 = &{storage for &Tree{...}}:
./recursive_struct.go:10:10:     from &Tree{...} (spill) at ./recursive_struct.go:10:10
./recursive_struct.go:10:10:     from return &Tree{...} (return) at ./recursive_struct.go:10:3
./recursive_struct.go:10:10:   flow: {heap} = ~r0:
./recursive_struct.go:10:10:     from t.left = insert(t.left, v) (assign) at ./recursive_struct.go:13:10
./recursive_struct.go:8:13: parameter t leaks to ~r0 with derefs=0:
./recursive_struct.go:8:13:   flow: ~r0 = t:
./recursive_struct.go:8:13:     from return t (return) at ./recursive_struct.go:17:2
./recursive_struct.go:8:13: leaking param: t
./recursive_struct.go:10:10: &Tree{...} escapes to heap
./recursive_struct.go:20:10: t does not escape
./recursive_struct.go:29:25: []int{...} does not escape
