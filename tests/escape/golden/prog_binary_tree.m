./prog_binary_tree.go:12:13: leaking param: t
./prog_binary_tree.go:14:10: &Tree{...} escapes to heap
./prog_binary_tree.go:24:7: t does not escape
./prog_binary_tree.go:24:21: visit does not escape
./prog_binary_tree.go:33:7: t does not escape
./prog_binary_tree.go:47:7: t does not escape
./prog_binary_tree.go:58:7: t does not escape
./prog_binary_tree.go:65:13: leaking param: t
./prog_binary_tree.go:88:11: t does not escape
./prog_binary_tree.go:90:9: func literal does not escape
./prog_binary_tree.go:96:25: []int{...} does not escape
./prog_binary_tree.go:99:13: ... argument does not escape
./prog_binary_tree.go:99:18: keys(root) escapes to heap
./prog_binary_tree.go:100:13: ... argument does not escape
./prog_binary_tree.go:100:25: (*Tree).Height(root) escapes to heap
./prog_binary_tree.go:100:37: (*Tree).Min(root) escapes to heap
./prog_binary_tree.go:100:54: (*Tree).Contains(root, 45) escapes to heap
./prog_binary_tree.go:100:73: (*Tree).Contains(root, 46) escapes to heap
./prog_binary_tree.go:102:12: func literal does not escape
./prog_binary_tree.go:103:13: ... argument does not escape
./prog_binary_tree.go:103:13: sum escapes to heap
./prog_binary_tree.go:108:13: ... argument does not escape
./prog_binary_tree.go:108:18: keys(root) escapes to heap
./prog_binary_tree.go:108:30: root.Key escapes to heap
./prog_binary_tree.go:108:47: (*Tree).Height(root) escapes to heap
./prog_binary_tree.go:115:13: ... argument does not escape
./prog_binary_tree.go:115:26: (*Tree).Height(chain) escapes to heap
./prog_binary_tree.go:115:33: len(keys(chain)) escapes to heap
