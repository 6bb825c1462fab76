./pointer_cycle.go:24:11: &Ring{...} escapes to heap
./pointer_cycle.go:27:14: &Ring{...} escapes to heap
./pointer_cycle.go:33:12: ... argument does not escape
./pointer_cycle.go:33:14: p.V escapes to heap
./pointer_cycle.go:33:18: " " escapes to heap
./pointer_cycle.go:41:13: ... argument does not escape
./pointer_cycle.go:41:14: "ring size" escapes to heap
./pointer_cycle.go:41:14: n escapes to heap
./pointer_cycle.go:43:7: &DNode{...} escapes to heap
./pointer_cycle.go:44:7: &DNode{...} escapes to heap
./pointer_cycle.go:48:13: ... argument does not escape
./pointer_cycle.go:48:26: a.Next.Prev == a escapes to heap
./pointer_cycle.go:48:44: a.Next.Next == a escapes to heap
./pointer_cycle.go:48:61: b.Prev.Next.Name escapes to heap
./pointer_cycle.go:50:7: &Self{...} escapes to heap
./pointer_cycle.go:53:13: ... argument does not escape
./pointer_cycle.go:53:15: s.N escapes to heap
./pointer_cycle.go:53:24: s.Me == s escapes to heap
