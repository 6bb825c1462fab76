./pointer_equality.go:9:9: leaking param: p to result ~r0 level=0
./pointer_equality.go:14:13: ... argument does not escape
./pointer_equality.go:14:18: pa1 == pa2 escapes to heap
./pointer_equality.go:14:30: pa1 == pb escapes to heap
./pointer_equality.go:14:42: *pa1 == *pb escapes to heap
./pointer_equality.go:15:13: ... argument does not escape
./pointer_equality.go:15:22: id(pa1) == pa2 escapes to heap
./pointer_equality.go:18:13: ... argument does not escape
./pointer_equality.go:18:17: n1 == n2 escapes to heap
./pointer_equality.go:18:27: n1 == nil escapes to heap
./pointer_equality.go:18:39: pa1 == nil escapes to heap
./pointer_equality.go:21:13: ... argument does not escape
./pointer_equality.go:21:19: &t.A == &t.A escapes to heap
./pointer_equality.go:21:33: &t.A == &t.B escapes to heap
./pointer_equality.go:24:13: ... argument does not escape
./pointer_equality.go:24:20: &pt.A == &t.A escapes to heap
./pointer_equality.go:24:32: pt == &t escapes to heap
./pointer_equality.go:28:13: ... argument does not escape
./pointer_equality.go:28:22: &arr[0] == &s[0] escapes to heap
./pointer_equality.go:28:40: &arr[0] == &s[1] escapes to heap
./pointer_equality.go:30:11: make([]int, 1) does not escape
./pointer_equality.go:32:13: ... argument does not escape
./pointer_equality.go:32:20: &c[0] == &d[0] escapes to heap
./pointer_equality.go:35:13: ... argument does not escape
./pointer_equality.go:35:18: pp1 == pp2 escapes to heap
./pointer_equality.go:35:31: *pp1 == *pp2 escapes to heap
./pointer_equality.go:37:14: []*int{...} does not escape
./pointer_equality.go:44:13: ... argument does not escape
./pointer_equality.go:44:13: count escapes to heap
