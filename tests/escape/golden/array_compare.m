./array_compare.go:15:13: ... argument does not escape
./array_compare.go:15:16: a == b escapes to heap
./array_compare.go:15:24: a != b escapes to heap
./array_compare.go:15:32: a == c escapes to heap
./array_compare.go:15:40: a != c escapes to heap
./array_compare.go:18:13: ... argument does not escape
./array_compare.go:18:16: z == [3]int{} escapes to heap
./array_compare.go:18:31: z == [3]int{...} escapes to heap
./array_compare.go:22:13: ... argument does not escape
./array_compare.go:22:17: s1 == s2 escapes to heap
./array_compare.go:22:27: s1 == [2]string{...} escapes to heap
./array_compare.go:27:13: ... argument does not escape
./array_compare.go:27:17: n1 == n2 escapes to heap
./array_compare.go:27:27: n1 == n3 escapes to heap
./array_compare.go:32:13: ... argument does not escape
./array_compare.go:32:17: p1 == p2 escapes to heap
./array_compare.go:32:30: p1[0] == p2[0] escapes to heap
./array_compare.go:38:13: ... argument does not escape
./array_compare.go:38:17: f1 == f2 escapes to heap
./array_compare.go:43:13: ... argument does not escape
./array_compare.go:43:17: f3 == f3 escapes to heap
./array_compare.go:43:27: f3 != f3 escapes to heap
./array_compare.go:46:13: ... argument does not escape
./array_compare.go:46:17: e1 == e2 escapes to heap
./array_compare.go:49:13: ... argument does not escape
./array_compare.go:49:17: bs == [4]bool{...} escapes to heap
