./type_assert.go:7:10: leaking param: i
./type_assert.go:13:10: i does not escape
./type_assert.go:18:14: &T{...} escapes to heap
./type_assert.go:18:26: 2 does not escape
