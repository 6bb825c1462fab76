./fmt_pointer_struct.go:32:8: &map[string]int{...} escapes to heap:
./fmt_pointer_struct.go:32:8:   flow: mp = &{storage for &map[string]int{...}}:
./fmt_pointer_struct.go:32:8:     from &map[string]int{...} (spill) at ./fmt_pointer_struct.go:32:8
./fmt_pointer_struct.go:32:8:     from mp := &map[string]int{...} (assign) at ./fmt_pointer_struct.go:32:5
./fmt_pointer_struct.go:32:8:   flow: {storage for ... argument} = mp:
./fmt_pointer_struct.go:32:8:     from mp (interface-converted) at ./fmt_pointer_struct.go:40:13
./fmt_pointer_struct.go:32:8:     from ... argument (slice-literal-element) at ./fmt_pointer_struct.go:40:12
./fmt_pointer_struct.go:32:8:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_struct.go:32:8:     from ... argument (spill) at ./fmt_pointer_struct.go:40:12
./fmt_pointer_struct.go:32:8:     from fmt.Printf("%T %T %T %T\n", ... argument...) (call parameter) at ./fmt_pointer_struct.go:40:12
./fmt_pointer_struct.go:30:9: &[3]int{...} escapes to heap:
./fmt_pointer_struct.go:30:9:   flow: arr = &{storage for &[3]int{...}}:
./fmt_pointer_struct.go:30:9:     from &[3]int{...} (spill) at ./fmt_pointer_struct.go:30:9
./fmt_pointer_struct.go:30:9:     from arr := &[3]int{...} (assign) at ./fmt_pointer_struct.go:30:6
./fmt_pointer_struct.go:30:9:   flow: {storage for ... argument} = arr:
./fmt_pointer_struct.go:30:9:     from arr (interface-converted) at ./fmt_pointer_struct.go:40:13
./fmt_pointer_struct.go:30:9:     from ... argument (slice-literal-element) at ./fmt_pointer_struct.go:40:12
./fmt_pointer_struct.go:30:9:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_struct.go:30:9:     from ... argument (spill) at ./fmt_pointer_struct.go:40:12
./fmt_pointer_struct.go:30:9:     from fmt.Printf("%T %T %T %T\n", ... argument...) (call parameter) at ./fmt_pointer_struct.go:40:12
./fmt_pointer_struct.go:17:7: &P{...} escapes to heap:
./fmt_pointer_struct.go:17:7:   flow: p = &{storage for &P{...}}:
./fmt_pointer_struct.go:17:7:     from &P{...} (spill) at ./fmt_pointer_struct.go:17:7
./fmt_pointer_struct.go:17:7:     from p := &P{...} (assign) at ./fmt_pointer_struct.go:17:4
./fmt_pointer_struct.go:17:7:   flow: {storage for ... argument} = p:
./fmt_pointer_struct.go:17:7:     from p (interface-converted) at ./fmt_pointer_struct.go:40:13
./fmt_pointer_struct.go:17:7:     from ... argument (slice-literal-element) at ./fmt_pointer_struct.go:40:12
./fmt_pointer_struct.go:17:7:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_struct.go:17:7:     from ... argument (spill) at ./fmt_pointer_struct.go:40:12
./fmt_pointer_struct.go:17:7:     from fmt.Printf("%T %T %T %T\n", ... argument...) (call parameter) at ./fmt_pointer_struct.go:40:12
./fmt_pointer_struct.go:39:13: s escapes to heap:
./fmt_pointer_struct.go:39:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_pointer_struct.go:39:13:     from s (spill) at ./fmt_pointer_struct.go:39:13
./fmt_pointer_struct.go:39:13:     from ... argument (slice-literal-element) at ./fmt_pointer_struct.go:39:13
./fmt_pointer_struct.go:39:13:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_struct.go:39:13:     from ... argument (spill) at ./fmt_pointer_struct.go:39:13
./fmt_pointer_struct.go:39:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_pointer_struct.go:39:13
./fmt_pointer_struct.go:20:7: &Named{...} escapes to heap:
./fmt_pointer_struct.go:20:7:   flow: n = &{storage for &Named{...}}:
./fmt_pointer_struct.go:20:7:     from &Named{...} (spill) at ./fmt_pointer_struct.go:20:7
./fmt_pointer_struct.go:20:7:     from n := &Named{...} (assign) at ./fmt_pointer_struct.go:20:4
./fmt_pointer_struct.go:20:7:   flow: {storage for ... argument} = n:
./fmt_pointer_struct.go:20:7:     from n (interface-converted) at ./fmt_pointer_struct.go:38:17
./fmt_pointer_struct.go:20:7:     from ... argument (slice-literal-element) at ./fmt_pointer_struct.go:38:17
./fmt_pointer_struct.go:20:7:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_struct.go:20:7:     from ... argument (spill) at ./fmt_pointer_struct.go:38:17
./fmt_pointer_struct.go:20:7:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_pointer_struct.go:38:17
./fmt_pointer_struct.go:37:36: &[2]int{...} escapes to heap:
./fmt_pointer_struct.go:37:36:   flow: {storage for ... argument} = &{storage for &[2]int{...}}:
./fmt_pointer_struct.go:37:36:     from &[2]int{...} (spill) at ./fmt_pointer_struct.go:37:36
./fmt_pointer_struct.go:37:36:     from &[2]int{...} (interface-converted) at ./fmt_pointer_struct.go:37:36
./fmt_pointer_struct.go:37:36:     from ... argument (slice-literal-element) at ./fmt_pointer_struct.go:37:12
./fmt_pointer_struct.go:37:36:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_struct.go:37:36:     from ... argument (spill) at ./fmt_pointer_struct.go:37:12
./fmt_pointer_struct.go:37:36:     from fmt.Printf("%d %x\n", ... argument...) (call parameter) at ./fmt_pointer_struct.go:37:12
./fmt_pointer_struct.go:37:24: &P{...} escapes to heap:
./fmt_pointer_struct.go:37:24:   flow: {storage for ... argument} = &{storage for &P{...}}:
./fmt_pointer_struct.go:37:24:     from &P{...} (spill) at ./fmt_pointer_struct.go:37:24
./fmt_pointer_struct.go:37:24:     from &P{...} (interface-converted) at ./fmt_pointer_struct.go:37:24
./fmt_pointer_struct.go:37:24:     from ... argument (slice-literal-element) at ./fmt_pointer_struct.go:37:12
./fmt_pointer_struct.go:37:24:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_struct.go:37:24:     from ... argument (spill) at ./fmt_pointer_struct.go:37:12
./fmt_pointer_struct.go:37:24:     from fmt.Printf("%d %x\n", ... argument...) (call parameter) at ./fmt_pointer_struct.go:37:12
./fmt_pointer_struct.go:36:33: &[0]int{} escapes to heap:
./fmt_pointer_struct.go:36:33:   flow: {storage for ... argument} = &{storage for &[0]int{}}:
./fmt_pointer_struct.go:36:33:     from &[0]int{} (spill) at ./fmt_pointer_struct.go:36:33
./fmt_pointer_struct.go:36:33:     from &[0]int{} (interface-converted) at ./fmt_pointer_struct.go:36:33
./fmt_pointer_struct.go:36:33:     from ... argument (slice-literal-element) at ./fmt_pointer_struct.go:36:13
./fmt_pointer_struct.go:36:33:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_struct.go:36:33:     from ... argument (spill) at ./fmt_pointer_struct.go:36:13
./fmt_pointer_struct.go:36:33:     from fmt.Println(... argument...) (call parameter) at ./fmt_pointer_struct.go:36:13
./fmt_pointer_struct.go:36:20: &struct {}{} escapes to heap:
./fmt_pointer_struct.go:36:20:   flow: {storage for ... argument} = &{storage for &struct {}{}}:
./fmt_pointer_struct.go:36:20:     from &struct {}{} (spill) at ./fmt_pointer_struct.go:36:20
./fmt_pointer_struct.go:36:20:     from &struct {}{} (interface-converted) at ./fmt_pointer_struct.go:36:20
./fmt_pointer_struct.go:36:20:     from ... argument (slice-literal-element) at ./fmt_pointer_struct.go:36:13
./fmt_pointer_struct.go:36:20:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_struct.go:36:20:     from ... argument (spill) at ./fmt_pointer_struct.go:36:13
./fmt_pointer_struct.go:36:20:     from fmt.Println(... argument...) (call parameter) at ./fmt_pointer_struct.go:36:13
./fmt_pointer_struct.go:36:14: &P{} escapes to heap:
./fmt_pointer_struct.go:36:14:   flow: {storage for ... argument} = &{storage for &P{}}:
./fmt_pointer_struct.go:36:14:     from &P{} (spill) at ./fmt_pointer_struct.go:36:14
./fmt_pointer_struct.go:36:14:     from &P{} (interface-converted) at ./fmt_pointer_struct.go:36:14
./fmt_pointer_struct.go:36:14:     from ... argument (slice-literal-element) at ./fmt_pointer_struct.go:36:13
./fmt_pointer_struct.go:36:14:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_struct.go:36:14:     from ... argument (spill) at ./fmt_pointer_struct.go:36:13
./fmt_pointer_struct.go:36:14:     from fmt.Println(... argument...) (call parameter) at ./fmt_pointer_struct.go:36:13
./fmt_pointer_struct.go:31:8: &[]string{...} escapes to heap:
./fmt_pointer_struct.go:31:8:   flow: sl = &{storage for &[]string{...}}:
./fmt_pointer_struct.go:31:8:     from &[]string{...} (spill) at ./fmt_pointer_struct.go:31:8
./fmt_pointer_struct.go:31:8:     from sl := &[]string{...} (assign) at ./fmt_pointer_struct.go:31:5
./fmt_pointer_struct.go:31:8:   flow: {storage for ... argument} = sl:
./fmt_pointer_struct.go:31:8:     from sl (interface-converted) at ./fmt_pointer_struct.go:34:13
./fmt_pointer_struct.go:31:8:     from ... argument (slice-literal-element) at ./fmt_pointer_struct.go:34:12
./fmt_pointer_struct.go:31:8:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_struct.go:31:8:     from ... argument (spill) at ./fmt_pointer_struct.go:34:12
./fmt_pointer_struct.go:31:8:     from fmt.Printf("%v %+v %#v\n", ... argument...) (call parameter) at ./fmt_pointer_struct.go:34:12
./fmt_pointer_struct.go:32:23: map[string]int{...} escapes to heap:
./fmt_pointer_struct.go:32:23:   flow: {storage for &map[string]int{...}} = &{storage for map[string]int{...}}:
./fmt_pointer_struct.go:32:23:     from map[string]int{...} (spill) at ./fmt_pointer_struct.go:32:23
./fmt_pointer_struct.go:31:17: []string{...} escapes to heap:
./fmt_pointer_struct.go:31:17:   flow: {storage for &[]string{...}} = &{storage for []string{...}}:
./fmt_pointer_struct.go:31:17:     from []string{...} (spill) at ./fmt_pointer_struct.go:31:17
./fmt_pointer_struct.go:17:7: &P{...} escapes to heap
./fmt_pointer_struct.go:18:13: ... argument does not escape
./fmt_pointer_struct.go:19:12: ... argument does not escape
./fmt_pointer_struct.go:20:7: &Named{...} escapes to heap
./fmt_pointer_struct.go:21:12: ... argument does not escape
./fmt_pointer_struct.go:24:13: ... argument does not escape
./fmt_pointer_struct.go:25:12: ... argument does not escape
./fmt_pointer_struct.go:27:13: ... argument does not escape
./fmt_pointer_struct.go:28:12: ... argument does not escape
./fmt_pointer_struct.go:30:9: &[3]int{...} escapes to heap
./fmt_pointer_struct.go:31:8: &[]string{...} escapes to heap
./fmt_pointer_struct.go:31:17: []string{...} escapes to heap
./fmt_pointer_struct.go:32:8: &map[string]int{...} escapes to heap
./fmt_pointer_struct.go:32:23: map[string]int{...} escapes to heap
./fmt_pointer_struct.go:33:13: ... argument does not escape
./fmt_pointer_struct.go:34:12: ... argument does not escape
./fmt_pointer_struct.go:36:13: ... argument does not escape
./fmt_pointer_struct.go:36:14: &P{} escapes to heap
./fmt_pointer_struct.go:36:20: &struct {}{} escapes to heap
./fmt_pointer_struct.go:36:33: &[0]int{} escapes to heap
./fmt_pointer_struct.go:37:12: ... argument does not escape
./fmt_pointer_struct.go:37:24: &P{...} escapes to heap
./fmt_pointer_struct.go:37:36: &[2]int{...} escapes to heap
./fmt_pointer_struct.go:38:17: ... argument does not escape
./fmt_pointer_struct.go:39:13: ... argument does not escape
./fmt_pointer_struct.go:39:13: s escapes to heap
./fmt_pointer_struct.go:40:12: ... argument does not escape
