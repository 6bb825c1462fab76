./type_assert.go:7:10: parameter i leaks to {heap} with derefs=0:
./type_assert.go:7:10:   flow: t = i:
./type_assert.go:7:10:     from i.(*T) (dot) at ./type_assert.go:8:8
./type_assert.go:7:10:     from t := i.(*T) (assign) at ./type_assert.go:8:4
./type_assert.go:7:10:   flow: {heap} = t:
./type_assert.go:7:10:     from keep = t (assign) at ./type_assert.go:9:7
./type_assert.go:7:10: leaking param: i
./type_assert.go:13:10: i does not escape
./type_assert.go:18:14: &T{...} escapes to heap:
./type_assert.go:18:14:   flow: {heap} = &{storage for &T{...}}:
./type_assert.go:18:14:     from &T{...} (spill) at ./type_assert.go:18:14
./type_assert.go:18:14:     from &T{...} (interface-converted) at ./type_assert.go:18:14
./type_assert.go:18:14:     from get(&T{...}) (call parameter) at ./type_assert.go:18:13
./type_assert.go:18:14: &T{...} escapes to heap
./type_assert.go:18:26: 2 does not escape
