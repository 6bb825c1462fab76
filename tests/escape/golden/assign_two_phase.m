./assign_two_phase.go:6:12: []int{...} escapes to heap
./assign_two_phase.go:9:13: ... argument does not escape
./assign_two_phase.go:9:13: i escapes to heap
./assign_two_phase.go:9:13: x escapes to heap
./assign_two_phase.go:13:13: ... argument does not escape
./assign_two_phase.go:13:13: x escapes to heap
./assign_two_phase.go:13:17: *p escapes to heap
./assign_two_phase.go:14:18: map[int]int{} escapes to heap
./assign_two_phase.go:17:13: ... argument does not escape
./assign_two_phase.go:17:13: k escapes to heap
./assign_two_phase.go:18:12: []int{...} escapes to heap
./assign_two_phase.go:20:27: []int{...} does not escape
./assign_two_phase.go:22:13: ... argument does not escape
./assign_two_phase.go:22:13: j escapes to heap
./assign_two_phase.go:22:13: y escapes to heap
./assign_two_phase.go:27:13: ... argument does not escape
./assign_two_phase.go:27:13: n escapes to heap
./assign_two_phase.go:27:13: arr escapes to heap
./assign_two_phase.go:28:15: []int{...} escapes to heap
./assign_two_phase.go:29:12: func literal does not escape
./assign_two_phase.go:30:13: ... argument does not escape
./assign_two_phase.go:30:13: b escapes to heap
./assign_two_phase.go:30:13: a escapes to heap
./assign_two_phase.go:34:23: map[string]int{...} does not escape
./assign_two_phase.go:35:23: map[string]int{} escapes to heap
./assign_two_phase.go:39:13: ... argument does not escape
./assign_two_phase.go:39:13: key escapes to heap
./assign_two_phase.go:42:13: []*pt{...} does not escape
./assign_two_phase.go:42:18: &pt{} does not escape
./assign_two_phase.go:45:13: ... argument does not escape
./assign_two_phase.go:45:13: idx escapes to heap
./assign_two_phase.go:45:20: p.x escapes to heap
./assign_two_phase.go:45:29: ps[1].x escapes to heap
./assign_two_phase.go:47:22: []interface {}{...} escapes to heap
./assign_two_phase.go:49:13: 3 escapes to heap
./assign_two_phase.go:49:13: "s" escapes to heap
./assign_two_phase.go:50:13: ... argument does not escape
./assign_two_phase.go:50:13: z escapes to heap
./assign_two_phase.go:50:13: arr escapes to heap
