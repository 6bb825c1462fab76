./fmt_slice_verbs.go:34:32: [][]string{...} escapes to heap:
./fmt_slice_verbs.go:34:32:   flow: {storage for ... argument} = &{storage for [][]string{...}}:
./fmt_slice_verbs.go:34:32:     from [][]string{...} (spill) at ./fmt_slice_verbs.go:34:32
./fmt_slice_verbs.go:34:32:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:34:12
./fmt_slice_verbs.go:34:32:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:34:32:     from ... argument (spill) at ./fmt_slice_verbs.go:34:12
./fmt_slice_verbs.go:34:32:     from fmt.Printf("%#v\n", ... argument...) (call parameter) at ./fmt_slice_verbs.go:34:12
./fmt_slice_verbs.go:33:31: [][]string{...} escapes to heap:
./fmt_slice_verbs.go:33:31:   flow: {storage for ... argument} = &{storage for [][]string{...}}:
./fmt_slice_verbs.go:33:31:     from [][]string{...} (spill) at ./fmt_slice_verbs.go:33:31
./fmt_slice_verbs.go:33:31:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:33:12
./fmt_slice_verbs.go:33:31:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:33:31:     from ... argument (spill) at ./fmt_slice_verbs.go:33:12
./fmt_slice_verbs.go:33:31:     from fmt.Printf("%v\n", ... argument...) (call parameter) at ./fmt_slice_verbs.go:33:12
./fmt_slice_verbs.go:32:13: bls escapes to heap:
./fmt_slice_verbs.go:32:13:   flow: {storage for ... argument} = &{storage for bls}:
./fmt_slice_verbs.go:32:13:     from bls (spill) at ./fmt_slice_verbs.go:32:13
./fmt_slice_verbs.go:32:13:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:32:12
./fmt_slice_verbs.go:32:13:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:32:13:     from ... argument (spill) at ./fmt_slice_verbs.go:32:12
./fmt_slice_verbs.go:32:13:     from fmt.Printf("%t\n", ... argument...) (call parameter) at ./fmt_slice_verbs.go:32:12
./fmt_slice_verbs.go:31:47: []float64{...} escapes to heap:
./fmt_slice_verbs.go:31:47:   flow: {storage for ... argument} = &{storage for []float64{...}}:
./fmt_slice_verbs.go:31:47:     from []float64{...} (spill) at ./fmt_slice_verbs.go:31:47
./fmt_slice_verbs.go:31:47:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:31:12
./fmt_slice_verbs.go:31:47:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:31:47:     from ... argument (spill) at ./fmt_slice_verbs.go:31:12
./fmt_slice_verbs.go:31:47:     from fmt.Printf("%.2f %5.1f\n", ... argument...) (call parameter) at ./fmt_slice_verbs.go:31:12
./fmt_slice_verbs.go:31:32: fls[:2] escapes to heap:
./fmt_slice_verbs.go:31:32:   flow: {storage for ... argument} = &{storage for fls[:2]}:
./fmt_slice_verbs.go:31:32:     from fls[:2] (spill) at ./fmt_slice_verbs.go:31:32
./fmt_slice_verbs.go:31:32:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:31:12
./fmt_slice_verbs.go:31:32:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:31:32:     from ... argument (spill) at ./fmt_slice_verbs.go:31:12
./fmt_slice_verbs.go:31:32:     from fmt.Printf("%.2f %5.1f\n", ... argument...) (call parameter) at ./fmt_slice_verbs.go:31:12
./fmt_slice_verbs.go:30:30: []float32{...} escapes to heap:
./fmt_slice_verbs.go:30:30:   flow: {storage for ... argument} = &{storage for []float32{...}}:
./fmt_slice_verbs.go:30:30:     from []float32{...} (spill) at ./fmt_slice_verbs.go:30:30
./fmt_slice_verbs.go:30:30:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:30:12
./fmt_slice_verbs.go:30:30:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:30:30:     from ... argument (spill) at ./fmt_slice_verbs.go:30:12
./fmt_slice_verbs.go:30:30:     from fmt.Printf("%v\n", ... argument...) (call parameter) at ./fmt_slice_verbs.go:30:12
./fmt_slice_verbs.go:29:48: []uint16{...} escapes to heap:
./fmt_slice_verbs.go:29:48:   flow: {storage for ... argument} = &{storage for []uint16{...}}:
./fmt_slice_verbs.go:29:48:     from []uint16{...} (spill) at ./fmt_slice_verbs.go:29:48
./fmt_slice_verbs.go:29:48:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:29:12
./fmt_slice_verbs.go:29:48:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:29:48:     from ... argument (spill) at ./fmt_slice_verbs.go:29:12
./fmt_slice_verbs.go:29:48:     from fmt.Printf("%v %#v\n", ... argument...) (call parameter) at ./fmt_slice_verbs.go:29:12
./fmt_slice_verbs.go:29:31: []int8{...} escapes to heap:
./fmt_slice_verbs.go:29:31:   flow: {storage for ... argument} = &{storage for []int8{...}}:
./fmt_slice_verbs.go:29:31:     from []int8{...} (spill) at ./fmt_slice_verbs.go:29:31
./fmt_slice_verbs.go:29:31:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:29:12
./fmt_slice_verbs.go:29:31:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:29:31:     from ... argument (spill) at ./fmt_slice_verbs.go:29:12
./fmt_slice_verbs.go:29:31:     from fmt.Printf("%v %#v\n", ... argument...) (call parameter) at ./fmt_slice_verbs.go:29:12
./fmt_slice_verbs.go:28:47: []uint8{...} escapes to heap:
./fmt_slice_verbs.go:28:47:   flow: {storage for ... argument} = &{storage for []uint8{...}}:
./fmt_slice_verbs.go:28:47:     from []uint8{...} (spill) at ./fmt_slice_verbs.go:28:47
./fmt_slice_verbs.go:28:47:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:28:12
./fmt_slice_verbs.go:28:47:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:28:47:     from ... argument (spill) at ./fmt_slice_verbs.go:28:12
./fmt_slice_verbs.go:28:47:     from fmt.Printf("%v %#v\n", ... argument...) (call parameter) at ./fmt_slice_verbs.go:28:12
./fmt_slice_verbs.go:28:32: []uint8{...} escapes to heap:
./fmt_slice_verbs.go:28:32:   flow: {storage for ... argument} = &{storage for []uint8{...}}:
./fmt_slice_verbs.go:28:32:     from []uint8{...} (spill) at ./fmt_slice_verbs.go:28:32
./fmt_slice_verbs.go:28:32:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:28:12
./fmt_slice_verbs.go:28:32:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:28:32:     from ... argument (spill) at ./fmt_slice_verbs.go:28:12
./fmt_slice_verbs.go:28:32:     from fmt.Printf("%v %#v\n", ... argument...) (call parameter) at ./fmt_slice_verbs.go:28:12
./fmt_slice_verbs.go:27:28: []rune{...} escapes to heap:
./fmt_slice_verbs.go:27:28:   flow: {storage for ... argument} = &{storage for []rune{...}}:
./fmt_slice_verbs.go:27:28:     from []rune{...} (spill) at ./fmt_slice_verbs.go:27:28
./fmt_slice_verbs.go:27:28:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:27:12
./fmt_slice_verbs.go:27:28:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:27:28:     from ... argument (spill) at ./fmt_slice_verbs.go:27:12
./fmt_slice_verbs.go:27:28:     from fmt.Printf("%#v\n", ... argument...) (call parameter) at ./fmt_slice_verbs.go:27:12
./fmt_slice_verbs.go:26:27: []rune{...} escapes to heap:
./fmt_slice_verbs.go:26:27:   flow: {storage for ... argument} = &{storage for []rune{...}}:
./fmt_slice_verbs.go:26:27:     from []rune{...} (spill) at ./fmt_slice_verbs.go:26:27
./fmt_slice_verbs.go:26:27:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:26:12
./fmt_slice_verbs.go:26:27:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:26:27:     from ... argument (spill) at ./fmt_slice_verbs.go:26:12
./fmt_slice_verbs.go:26:27:     from fmt.Printf("%v\n", ... argument...) (call parameter) at ./fmt_slice_verbs.go:26:12
./fmt_slice_verbs.go:25:47: strs escapes to heap:
./fmt_slice_verbs.go:25:47:   flow: {storage for ... argument} = &{storage for strs}:
./fmt_slice_verbs.go:25:47:     from strs (spill) at ./fmt_slice_verbs.go:25:47
./fmt_slice_verbs.go:25:47:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:25:47
./fmt_slice_verbs.go:25:47:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:25:47:     from ... argument (spill) at ./fmt_slice_verbs.go:25:47
./fmt_slice_verbs.go:25:47:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_slice_verbs.go:25:47
./fmt_slice_verbs.go:25:28: strs escapes to heap:
./fmt_slice_verbs.go:25:28:   flow: {storage for ... argument} = &{storage for strs}:
./fmt_slice_verbs.go:25:28:     from strs (spill) at ./fmt_slice_verbs.go:25:28
./fmt_slice_verbs.go:25:28:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:25:28
./fmt_slice_verbs.go:25:28:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:25:28:     from ... argument (spill) at ./fmt_slice_verbs.go:25:28
./fmt_slice_verbs.go:25:28:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_slice_verbs.go:25:28
./fmt_slice_verbs.go:25:47: fmt.Sprint(... argument...) escapes to heap:
./fmt_slice_verbs.go:25:47:   flow: {storage for ... argument} = &{storage for fmt.Sprint(... argument...)}:
./fmt_slice_verbs.go:25:47:     from fmt.Sprint(... argument...) (spill) at ./fmt_slice_verbs.go:25:47
./fmt_slice_verbs.go:25:47:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:25:13
./fmt_slice_verbs.go:25:47:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:25:47:     from ... argument (spill) at ./fmt_slice_verbs.go:25:13
./fmt_slice_verbs.go:25:47:     from fmt.Println(... argument...) (call parameter) at ./fmt_slice_verbs.go:25:13
./fmt_slice_verbs.go:25:17: len(fmt.Sprint(... argument...)) escapes to heap:
./fmt_slice_verbs.go:25:17:   flow: {storage for ... argument} = &{storage for len(fmt.Sprint(... argument...))}:
./fmt_slice_verbs.go:25:17:     from len(fmt.Sprint(... argument...)) (spill) at ./fmt_slice_verbs.go:25:17
./fmt_slice_verbs.go:25:17:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:25:13
./fmt_slice_verbs.go:25:17:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:25:17:     from ... argument (spill) at ./fmt_slice_verbs.go:25:13
./fmt_slice_verbs.go:25:17:     from fmt.Println(... argument...) (call parameter) at ./fmt_slice_verbs.go:25:13
./fmt_slice_verbs.go:24:13: empty escapes to heap:
./fmt_slice_verbs.go:24:13:   flow: {storage for ... argument} = &{storage for empty}:
./fmt_slice_verbs.go:24:13:     from empty (spill) at ./fmt_slice_verbs.go:24:13
./fmt_slice_verbs.go:24:13:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:24:13
./fmt_slice_verbs.go:24:13:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:24:13:     from ... argument (spill) at ./fmt_slice_verbs.go:24:13
./fmt_slice_verbs.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_slice_verbs.go:24:13
./fmt_slice_verbs.go:24:13: nilInts escapes to heap:
./fmt_slice_verbs.go:24:13:   flow: {storage for ... argument} = &{storage for nilInts}:
./fmt_slice_verbs.go:24:13:     from nilInts (spill) at ./fmt_slice_verbs.go:24:13
./fmt_slice_verbs.go:24:13:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:24:13
./fmt_slice_verbs.go:24:13:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:24:13:     from ... argument (spill) at ./fmt_slice_verbs.go:24:13
./fmt_slice_verbs.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_slice_verbs.go:24:13
./fmt_slice_verbs.go:24:13: strs escapes to heap:
./fmt_slice_verbs.go:24:13:   flow: {storage for ... argument} = &{storage for strs}:
./fmt_slice_verbs.go:24:13:     from strs (spill) at ./fmt_slice_verbs.go:24:13
./fmt_slice_verbs.go:24:13:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:24:13
./fmt_slice_verbs.go:24:13:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:24:13:     from ... argument (spill) at ./fmt_slice_verbs.go:24:13
./fmt_slice_verbs.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_slice_verbs.go:24:13
./fmt_slice_verbs.go:24:13: ints escapes to heap:
./fmt_slice_verbs.go:24:13:   flow: {storage for ... argument} = &{storage for ints}:
./fmt_slice_verbs.go:24:13:     from ints (spill) at ./fmt_slice_verbs.go:24:13
./fmt_slice_verbs.go:24:13:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:24:13
./fmt_slice_verbs.go:24:13:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:24:13:     from ... argument (spill) at ./fmt_slice_verbs.go:24:13
./fmt_slice_verbs.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_slice_verbs.go:24:13
./fmt_slice_verbs.go:23:13: empty escapes to heap:
./fmt_slice_verbs.go:23:13:   flow: {storage for ... argument} = &{storage for empty}:
./fmt_slice_verbs.go:23:13:     from empty (spill) at ./fmt_slice_verbs.go:23:13
./fmt_slice_verbs.go:23:13:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:23:12
./fmt_slice_verbs.go:23:13:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:23:13:     from ... argument (spill) at ./fmt_slice_verbs.go:23:12
./fmt_slice_verbs.go:23:13:     from fmt.Printf("%v %#v %v %#v\n", ... argument...) (call parameter) at ./fmt_slice_verbs.go:23:12
./fmt_slice_verbs.go:23:13: empty escapes to heap:
./fmt_slice_verbs.go:23:13:   flow: {storage for ... argument} = &{storage for empty}:
./fmt_slice_verbs.go:23:13:     from empty (spill) at ./fmt_slice_verbs.go:23:13
./fmt_slice_verbs.go:23:13:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:23:12
./fmt_slice_verbs.go:23:13:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:23:13:     from ... argument (spill) at ./fmt_slice_verbs.go:23:12
./fmt_slice_verbs.go:23:13:     from fmt.Printf("%v %#v %v %#v\n", ... argument...) (call parameter) at ./fmt_slice_verbs.go:23:12
./fmt_slice_verbs.go:23:13: nilInts escapes to heap:
./fmt_slice_verbs.go:23:13:   flow: {storage for ... argument} = &{storage for nilInts}:
./fmt_slice_verbs.go:23:13:     from nilInts (spill) at ./fmt_slice_verbs.go:23:13
./fmt_slice_verbs.go:23:13:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:23:12
./fmt_slice_verbs.go:23:13:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:23:13:     from ... argument (spill) at ./fmt_slice_verbs.go:23:12
./fmt_slice_verbs.go:23:13:     from fmt.Printf("%v %#v %v %#v\n", ... argument...) (call parameter) at ./fmt_slice_verbs.go:23:12
./fmt_slice_verbs.go:23:13: nilInts escapes to heap:
./fmt_slice_verbs.go:23:13:   flow: {storage for ... argument} = &{storage for nilInts}:
./fmt_slice_verbs.go:23:13:     from nilInts (spill) at ./fmt_slice_verbs.go:23:13
./fmt_slice_verbs.go:23:13:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:23:12
./fmt_slice_verbs.go:23:13:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:23:13:     from ... argument (spill) at ./fmt_slice_verbs.go:23:12
./fmt_slice_verbs.go:23:13:     from fmt.Printf("%v %#v %v %#v\n", ... argument...) (call parameter) at ./fmt_slice_verbs.go:23:12
./fmt_slice_verbs.go:22:34: ([]*P)(nil) escapes to heap:
./fmt_slice_verbs.go:22:34:   flow: {storage for ... argument} = &{storage for ([]*P)(nil)}:
./fmt_slice_verbs.go:22:34:     from ([]*P)(nil) (spill) at ./fmt_slice_verbs.go:22:34
./fmt_slice_verbs.go:22:34:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:22:12
./fmt_slice_verbs.go:22:34:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:22:34:     from ... argument (spill) at ./fmt_slice_verbs.go:22:12
./fmt_slice_verbs.go:22:34:     from fmt.Printf("%#v %#v\n", ... argument...) (call parameter) at ./fmt_slice_verbs.go:22:12
./fmt_slice_verbs.go:22:13: ps escapes to heap:
./fmt_slice_verbs.go:22:13:   flow: {storage for ... argument} = &{storage for ps}:
./fmt_slice_verbs.go:22:13:     from ps (spill) at ./fmt_slice_verbs.go:22:13
./fmt_slice_verbs.go:22:13:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:22:12
./fmt_slice_verbs.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:22:13:     from ... argument (spill) at ./fmt_slice_verbs.go:22:12
./fmt_slice_verbs.go:22:13:     from fmt.Printf("%#v %#v\n", ... argument...) (call parameter) at ./fmt_slice_verbs.go:22:12
./fmt_slice_verbs.go:21:13: nested escapes to heap:
./fmt_slice_verbs.go:21:13:   flow: {storage for ... argument} = &{storage for nested}:
./fmt_slice_verbs.go:21:13:     from nested (spill) at ./fmt_slice_verbs.go:21:13
./fmt_slice_verbs.go:21:13:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:21:12
./fmt_slice_verbs.go:21:13:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:21:13:     from ... argument (spill) at ./fmt_slice_verbs.go:21:12
./fmt_slice_verbs.go:21:13:     from fmt.Printf("%#v\n%#v\n%#v\n%#v\n%#v\n", ... argument...) (call parameter) at ./fmt_slice_verbs.go:21:12
./fmt_slice_verbs.go:21:13: bls escapes to heap:
./fmt_slice_verbs.go:21:13:   flow: {storage for ... argument} = &{storage for bls}:
./fmt_slice_verbs.go:21:13:     from bls (spill) at ./fmt_slice_verbs.go:21:13
./fmt_slice_verbs.go:21:13:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:21:12
./fmt_slice_verbs.go:21:13:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:21:13:     from ... argument (spill) at ./fmt_slice_verbs.go:21:12
./fmt_slice_verbs.go:21:13:     from fmt.Printf("%#v\n%#v\n%#v\n%#v\n%#v\n", ... argument...) (call parameter) at ./fmt_slice_verbs.go:21:12
./fmt_slice_verbs.go:21:13: fls escapes to heap:
./fmt_slice_verbs.go:21:13:   flow: {storage for ... argument} = &{storage for fls}:
./fmt_slice_verbs.go:21:13:     from fls (spill) at ./fmt_slice_verbs.go:21:13
./fmt_slice_verbs.go:21:13:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:21:12
./fmt_slice_verbs.go:21:13:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:21:13:     from ... argument (spill) at ./fmt_slice_verbs.go:21:12
./fmt_slice_verbs.go:21:13:     from fmt.Printf("%#v\n%#v\n%#v\n%#v\n%#v\n", ... argument...) (call parameter) at ./fmt_slice_verbs.go:21:12
./fmt_slice_verbs.go:21:13: strs escapes to heap:
./fmt_slice_verbs.go:21:13:   flow: {storage for ... argument} = &{storage for strs}:
./fmt_slice_verbs.go:21:13:     from strs (spill) at ./fmt_slice_verbs.go:21:13
./fmt_slice_verbs.go:21:13:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:21:12
./fmt_slice_verbs.go:21:13:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:21:13:     from ... argument (spill) at ./fmt_slice_verbs.go:21:12
./fmt_slice_verbs.go:21:13:     from fmt.Printf("%#v\n%#v\n%#v\n%#v\n%#v\n", ... argument...) (call parameter) at ./fmt_slice_verbs.go:21:12
./fmt_slice_verbs.go:21:13: ints escapes to heap:
./fmt_slice_verbs.go:21:13:   flow: {storage for ... argument} = &{storage for ints}:
./fmt_slice_verbs.go:21:13:     from ints (spill) at ./fmt_slice_verbs.go:21:13
./fmt_slice_verbs.go:21:13:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:21:12
./fmt_slice_verbs.go:21:13:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:21:13:     from ... argument (spill) at ./fmt_slice_verbs.go:21:12
./fmt_slice_verbs.go:21:13:     from fmt.Printf("%#v\n%#v\n%#v\n%#v\n%#v\n", ... argument...) (call parameter) at ./fmt_slice_verbs.go:21:12
./fmt_slice_verbs.go:20:13: nested escapes to heap:
./fmt_slice_verbs.go:20:13:   flow: {storage for ... argument} = &{storage for nested}:
./fmt_slice_verbs.go:20:13:     from nested (spill) at ./fmt_slice_verbs.go:20:13
./fmt_slice_verbs.go:20:13:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:20:12
./fmt_slice_verbs.go:20:13:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:20:13:     from ... argument (spill) at ./fmt_slice_verbs.go:20:12
./fmt_slice_verbs.go:20:13:     from fmt.Printf("%+v %+v %+v\n", ... argument...) (call parameter) at ./fmt_slice_verbs.go:20:12
./fmt_slice_verbs.go:20:13: ps escapes to heap:
./fmt_slice_verbs.go:20:13:   flow: {storage for ... argument} = &{storage for ps}:
./fmt_slice_verbs.go:20:13:     from ps (spill) at ./fmt_slice_verbs.go:20:13
./fmt_slice_verbs.go:20:13:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:20:12
./fmt_slice_verbs.go:20:13:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:20:13:     from ... argument (spill) at ./fmt_slice_verbs.go:20:12
./fmt_slice_verbs.go:20:13:     from fmt.Printf("%+v %+v %+v\n", ... argument...) (call parameter) at ./fmt_slice_verbs.go:20:12
./fmt_slice_verbs.go:20:13: ints escapes to heap:
./fmt_slice_verbs.go:20:13:   flow: {storage for ... argument} = &{storage for ints}:
./fmt_slice_verbs.go:20:13:     from ints (spill) at ./fmt_slice_verbs.go:20:13
./fmt_slice_verbs.go:20:13:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:20:12
./fmt_slice_verbs.go:20:13:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:20:13:     from ... argument (spill) at ./fmt_slice_verbs.go:20:12
./fmt_slice_verbs.go:20:13:     from fmt.Printf("%+v %+v %+v\n", ... argument...) (call parameter) at ./fmt_slice_verbs.go:20:12
./fmt_slice_verbs.go:19:13: nested escapes to heap:
./fmt_slice_verbs.go:19:13:   flow: {storage for ... argument} = &{storage for nested}:
./fmt_slice_verbs.go:19:13:     from nested (spill) at ./fmt_slice_verbs.go:19:13
./fmt_slice_verbs.go:19:13:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:19:12
./fmt_slice_verbs.go:19:13:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:19:13:     from ... argument (spill) at ./fmt_slice_verbs.go:19:12
./fmt_slice_verbs.go:19:13:     from fmt.Printf("%v %v %v %v %v\n", ... argument...) (call parameter) at ./fmt_slice_verbs.go:19:12
./fmt_slice_verbs.go:19:13: bls escapes to heap:
./fmt_slice_verbs.go:19:13:   flow: {storage for ... argument} = &{storage for bls}:
./fmt_slice_verbs.go:19:13:     from bls (spill) at ./fmt_slice_verbs.go:19:13
./fmt_slice_verbs.go:19:13:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:19:12
./fmt_slice_verbs.go:19:13:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:19:13:     from ... argument (spill) at ./fmt_slice_verbs.go:19:12
./fmt_slice_verbs.go:19:13:     from fmt.Printf("%v %v %v %v %v\n", ... argument...) (call parameter) at ./fmt_slice_verbs.go:19:12
./fmt_slice_verbs.go:19:13: fls escapes to heap:
./fmt_slice_verbs.go:19:13:   flow: {storage for ... argument} = &{storage for fls}:
./fmt_slice_verbs.go:19:13:     from fls (spill) at ./fmt_slice_verbs.go:19:13
./fmt_slice_verbs.go:19:13:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:19:12
./fmt_slice_verbs.go:19:13:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:19:13:     from ... argument (spill) at ./fmt_slice_verbs.go:19:12
./fmt_slice_verbs.go:19:13:     from fmt.Printf("%v %v %v %v %v\n", ... argument...) (call parameter) at ./fmt_slice_verbs.go:19:12
./fmt_slice_verbs.go:19:13: strs escapes to heap:
./fmt_slice_verbs.go:19:13:   flow: {storage for ... argument} = &{storage for strs}:
./fmt_slice_verbs.go:19:13:     from strs (spill) at ./fmt_slice_verbs.go:19:13
./fmt_slice_verbs.go:19:13:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:19:12
./fmt_slice_verbs.go:19:13:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:19:13:     from ... argument (spill) at ./fmt_slice_verbs.go:19:12
./fmt_slice_verbs.go:19:13:     from fmt.Printf("%v %v %v %v %v\n", ... argument...) (call parameter) at ./fmt_slice_verbs.go:19:12
./fmt_slice_verbs.go:19:13: ints escapes to heap:
./fmt_slice_verbs.go:19:13:   flow: {storage for ... argument} = &{storage for ints}:
./fmt_slice_verbs.go:19:13:     from ints (spill) at ./fmt_slice_verbs.go:19:13
./fmt_slice_verbs.go:19:13:     from ... argument (slice-literal-element) at ./fmt_slice_verbs.go:19:12
./fmt_slice_verbs.go:19:13:   flow: {heap} = {storage for ... argument}:
./fmt_slice_verbs.go:19:13:     from ... argument (spill) at ./fmt_slice_verbs.go:19:12
./fmt_slice_verbs.go:19:13:     from fmt.Printf("%v %v %v %v %v\n", ... argument...) (call parameter) at ./fmt_slice_verbs.go:19:12
./fmt_slice_verbs.go:34:32: [][]string{...} escapes to heap:
./fmt_slice_verbs.go:34:32:   flow: {storage for [][]string{...}} = &{storage for [][]string{...}}:
./fmt_slice_verbs.go:34:32:     from [][]string{...} (spill) at ./fmt_slice_verbs.go:34:32
./fmt_slice_verbs.go:34:32:     from [][]string{...} (interface-converted) at ./fmt_slice_verbs.go:34:32
./fmt_slice_verbs.go:34:33: []string{...} escapes to heap:
./fmt_slice_verbs.go:34:33:   flow: {storage for [][]string{...}} = &{storage for []string{...}}:
./fmt_slice_verbs.go:34:33:     from []string{...} (spill) at ./fmt_slice_verbs.go:34:33
./fmt_slice_verbs.go:34:33:     from [][]string{...} (slice-literal-element) at ./fmt_slice_verbs.go:34:32
./fmt_slice_verbs.go:33:31: [][]string{...} escapes to heap:
./fmt_slice_verbs.go:33:31:   flow: {storage for [][]string{...}} = &{storage for [][]string{...}}:
./fmt_slice_verbs.go:33:31:     from [][]string{...} (spill) at ./fmt_slice_verbs.go:33:31
./fmt_slice_verbs.go:33:31:     from [][]string{...} (interface-converted) at ./fmt_slice_verbs.go:33:31
./fmt_slice_verbs.go:33:39: []string{} escapes to heap:
./fmt_slice_verbs.go:33:39:   flow: {storage for [][]string{...}} = &{storage for []string{}}:
./fmt_slice_verbs.go:33:39:     from []string{} (spill) at ./fmt_slice_verbs.go:33:39
./fmt_slice_verbs.go:33:39:     from [][]string{...} (slice-literal-element) at ./fmt_slice_verbs.go:33:31
./fmt_slice_verbs.go:33:32: []string{...} escapes to heap:
./fmt_slice_verbs.go:33:32:   flow: {storage for [][]string{...}} = &{storage for []string{...}}:
./fmt_slice_verbs.go:33:32:     from []string{...} (spill) at ./fmt_slice_verbs.go:33:32
./fmt_slice_verbs.go:33:32:     from [][]string{...} (slice-literal-element) at ./fmt_slice_verbs.go:33:31
./fmt_slice_verbs.go:13:15: []bool{...} escapes to heap:
./fmt_slice_verbs.go:13:15:   flow: bls = &{storage for []bool{...}}:
./fmt_slice_verbs.go:13:15:     from []bool{...} (spill) at ./fmt_slice_verbs.go:13:15
./fmt_slice_verbs.go:13:15:     from bls := []bool{...} (assign) at ./fmt_slice_verbs.go:13:6
./fmt_slice_verbs.go:13:15:   flow: {storage for bls} = bls:
./fmt_slice_verbs.go:13:15:     from bls (interface-converted) at ./fmt_slice_verbs.go:32:13
./fmt_slice_verbs.go:31:47: []float64{...} escapes to heap:
./fmt_slice_verbs.go:31:47:   flow: {storage for []float64{...}} = &{storage for []float64{...}}:
./fmt_slice_verbs.go:31:47:     from []float64{...} (spill) at ./fmt_slice_verbs.go:31:47
./fmt_slice_verbs.go:31:47:     from []float64{...} (interface-converted) at ./fmt_slice_verbs.go:31:47
./fmt_slice_verbs.go:12:18: []float64{...} escapes to heap:
./fmt_slice_verbs.go:12:18:   flow: fls = &{storage for []float64{...}}:
./fmt_slice_verbs.go:12:18:     from []float64{...} (spill) at ./fmt_slice_verbs.go:12:18
./fmt_slice_verbs.go:12:18:     from fls := []float64{...} (assign) at ./fmt_slice_verbs.go:12:6
./fmt_slice_verbs.go:12:18:   flow: {storage for fls[:2]} = fls:
./fmt_slice_verbs.go:12:18:     from fls[:2] (slice) at ./fmt_slice_verbs.go:31:32
./fmt_slice_verbs.go:12:18:     from fls[:2] (interface-converted) at ./fmt_slice_verbs.go:31:32
./fmt_slice_verbs.go:30:30: []float32{...} escapes to heap:
./fmt_slice_verbs.go:30:30:   flow: {storage for []float32{...}} = &{storage for []float32{...}}:
./fmt_slice_verbs.go:30:30:     from []float32{...} (spill) at ./fmt_slice_verbs.go:30:30
./fmt_slice_verbs.go:30:30:     from []float32{...} (interface-converted) at ./fmt_slice_verbs.go:30:30
./fmt_slice_verbs.go:29:48: []uint16{...} escapes to heap:
./fmt_slice_verbs.go:29:48:   flow: {storage for []uint16{...}} = &{storage for []uint16{...}}:
./fmt_slice_verbs.go:29:48:     from []uint16{...} (spill) at ./fmt_slice_verbs.go:29:48
./fmt_slice_verbs.go:29:48:     from []uint16{...} (interface-converted) at ./fmt_slice_verbs.go:29:48
./fmt_slice_verbs.go:29:31: []int8{...} escapes to heap:
./fmt_slice_verbs.go:29:31:   flow: {storage for []int8{...}} = &{storage for []int8{...}}:
./fmt_slice_verbs.go:29:31:     from []int8{...} (spill) at ./fmt_slice_verbs.go:29:31
./fmt_slice_verbs.go:29:31:     from []int8{...} (interface-converted) at ./fmt_slice_verbs.go:29:31
./fmt_slice_verbs.go:28:47: []uint8{...} escapes to heap:
./fmt_slice_verbs.go:28:47:   flow: {storage for []uint8{...}} = &{storage for []uint8{...}}:
./fmt_slice_verbs.go:28:47:     from []uint8{...} (spill) at ./fmt_slice_verbs.go:28:47
./fmt_slice_verbs.go:28:47:     from []uint8{...} (interface-converted) at ./fmt_slice_verbs.go:28:47
./fmt_slice_verbs.go:28:32: []uint8{...} escapes to heap:
./fmt_slice_verbs.go:28:32:   flow: {storage for []uint8{...}} = &{storage for []uint8{...}}:
./fmt_slice_verbs.go:28:32:     from []uint8{...} (spill) at ./fmt_slice_verbs.go:28:32
./fmt_slice_verbs.go:28:32:     from []uint8{...} (interface-converted) at ./fmt_slice_verbs.go:28:32
./fmt_slice_verbs.go:27:28: []rune{...} escapes to heap:
./fmt_slice_verbs.go:27:28:   flow: {storage for []rune{...}} = &{storage for []rune{...}}:
./fmt_slice_verbs.go:27:28:     from []rune{...} (spill) at ./fmt_slice_verbs.go:27:28
./fmt_slice_verbs.go:27:28:     from []rune{...} (interface-converted) at ./fmt_slice_verbs.go:27:28
./fmt_slice_verbs.go:26:27: []rune{...} escapes to heap:
./fmt_slice_verbs.go:26:27:   flow: {storage for []rune{...}} = &{storage for []rune{...}}:
./fmt_slice_verbs.go:26:27:     from []rune{...} (spill) at ./fmt_slice_verbs.go:26:27
./fmt_slice_verbs.go:26:27:     from []rune{...} (interface-converted) at ./fmt_slice_verbs.go:26:27
./fmt_slice_verbs.go:11:18: []string{...} escapes to heap:
./fmt_slice_verbs.go:11:18:   flow: strs = &{storage for []string{...}}:
./fmt_slice_verbs.go:11:18:     from []string{...} (spill) at ./fmt_slice_verbs.go:11:18
./fmt_slice_verbs.go:11:18:     from strs := []string{...} (assign) at ./fmt_slice_verbs.go:11:7
./fmt_slice_verbs.go:11:18:   flow: {storage for strs} = strs:
./fmt_slice_verbs.go:11:18:     from strs (interface-converted) at ./fmt_slice_verbs.go:25:47
./fmt_slice_verbs.go:17:19: []string{} escapes to heap:
./fmt_slice_verbs.go:17:19:   flow: empty = &{storage for []string{}}:
./fmt_slice_verbs.go:17:19:     from []string{} (spill) at ./fmt_slice_verbs.go:17:19
./fmt_slice_verbs.go:17:19:     from empty := []string{} (assign) at ./fmt_slice_verbs.go:17:8
./fmt_slice_verbs.go:17:19:   flow: {storage for empty} = empty:
./fmt_slice_verbs.go:17:19:     from empty (interface-converted) at ./fmt_slice_verbs.go:24:13
./fmt_slice_verbs.go:10:15: []int{...} escapes to heap:
./fmt_slice_verbs.go:10:15:   flow: ints = &{storage for []int{...}}:
./fmt_slice_verbs.go:10:15:     from []int{...} (spill) at ./fmt_slice_verbs.go:10:15
./fmt_slice_verbs.go:10:15:     from ints := []int{...} (assign) at ./fmt_slice_verbs.go:10:7
./fmt_slice_verbs.go:10:15:   flow: {storage for ints} = ints:
./fmt_slice_verbs.go:10:15:     from ints (interface-converted) at ./fmt_slice_verbs.go:24:13
./fmt_slice_verbs.go:15:11: []P{...} escapes to heap:
./fmt_slice_verbs.go:15:11:   flow: ps = &{storage for []P{...}}:
./fmt_slice_verbs.go:15:11:     from []P{...} (spill) at ./fmt_slice_verbs.go:15:11
./fmt_slice_verbs.go:15:11:     from ps := []P{...} (assign) at ./fmt_slice_verbs.go:15:5
./fmt_slice_verbs.go:15:11:   flow: {storage for ps} = ps:
./fmt_slice_verbs.go:15:11:     from ps (interface-converted) at ./fmt_slice_verbs.go:22:13
./fmt_slice_verbs.go:14:19: [][]int{...} escapes to heap:
./fmt_slice_verbs.go:14:19:   flow: nested = &{storage for [][]int{...}}:
./fmt_slice_verbs.go:14:19:     from [][]int{...} (spill) at ./fmt_slice_verbs.go:14:19
./fmt_slice_verbs.go:14:19:     from nested := [][]int{...} (assign) at ./fmt_slice_verbs.go:14:9
./fmt_slice_verbs.go:14:19:   flow: {storage for nested} = nested:
./fmt_slice_verbs.go:14:19:     from nested (interface-converted) at ./fmt_slice_verbs.go:21:13
./fmt_slice_verbs.go:14:33: []int{} escapes to heap:
./fmt_slice_verbs.go:14:33:   flow: {storage for [][]int{...}} = &{storage for []int{}}:
./fmt_slice_verbs.go:14:33:     from []int{} (spill) at ./fmt_slice_verbs.go:14:33
./fmt_slice_verbs.go:14:33:     from [][]int{...} (slice-literal-element) at ./fmt_slice_verbs.go:14:19
./fmt_slice_verbs.go:14:25: []int{...} escapes to heap:
./fmt_slice_verbs.go:14:25:   flow: {storage for [][]int{...}} = &{storage for []int{...}}:
./fmt_slice_verbs.go:14:25:     from []int{...} (spill) at ./fmt_slice_verbs.go:14:25
./fmt_slice_verbs.go:14:25:     from [][]int{...} (slice-literal-element) at ./fmt_slice_verbs.go:14:19
./fmt_slice_verbs.go:14:20: []int{...} escapes to heap:
./fmt_slice_verbs.go:14:20:   flow: {storage for [][]int{...}} = &{storage for []int{...}}:
./fmt_slice_verbs.go:14:20:     from []int{...} (spill) at ./fmt_slice_verbs.go:14:20
./fmt_slice_verbs.go:14:20:     from [][]int{...} (slice-literal-element) at ./fmt_slice_verbs.go:14:19
./fmt_slice_verbs.go:10:15: []int{...} escapes to heap
./fmt_slice_verbs.go:11:18: []string{...} escapes to heap
./fmt_slice_verbs.go:12:18: []float64{...} escapes to heap
./fmt_slice_verbs.go:13:15: []bool{...} escapes to heap
./fmt_slice_verbs.go:14:19: [][]int{...} escapes to heap
./fmt_slice_verbs.go:14:20: []int{...} escapes to heap
./fmt_slice_verbs.go:14:25: []int{...} escapes to heap
./fmt_slice_verbs.go:14:33: []int{} escapes to heap
./fmt_slice_verbs.go:15:11: []P{...} escapes to heap
./fmt_slice_verbs.go:17:19: []string{} escapes to heap
./fmt_slice_verbs.go:19:12: ... argument does not escape
./fmt_slice_verbs.go:19:13: ints escapes to heap
./fmt_slice_verbs.go:19:13: strs escapes to heap
./fmt_slice_verbs.go:19:13: fls escapes to heap
./fmt_slice_verbs.go:19:13: bls escapes to heap
./fmt_slice_verbs.go:19:13: nested escapes to heap
./fmt_slice_verbs.go:20:12: ... argument does not escape
./fmt_slice_verbs.go:20:13: ints escapes to heap
./fmt_slice_verbs.go:20:13: ps escapes to heap
./fmt_slice_verbs.go:20:13: nested escapes to heap
./fmt_slice_verbs.go:21:12: ... argument does not escape
./fmt_slice_verbs.go:21:13: ints escapes to heap
./fmt_slice_verbs.go:21:13: strs escapes to heap
./fmt_slice_verbs.go:21:13: fls escapes to heap
./fmt_slice_verbs.go:21:13: bls escapes to heap
./fmt_slice_verbs.go:21:13: nested escapes to heap
./fmt_slice_verbs.go:22:12: ... argument does not escape
./fmt_slice_verbs.go:22:13: ps escapes to heap
./fmt_slice_verbs.go:22:34: ([]*P)(nil) escapes to heap
./fmt_slice_verbs.go:23:12: ... argument does not escape
./fmt_slice_verbs.go:23:13: nilInts escapes to heap
./fmt_slice_verbs.go:23:13: nilInts escapes to heap
./fmt_slice_verbs.go:23:13: empty escapes to heap
./fmt_slice_verbs.go:23:13: empty escapes to heap
./fmt_slice_verbs.go:24:13: ... argument does not escape
./fmt_slice_verbs.go:24:13: ints escapes to heap
./fmt_slice_verbs.go:24:13: strs escapes to heap
./fmt_slice_verbs.go:24:13: nilInts escapes to heap
./fmt_slice_verbs.go:24:13: empty escapes to heap
./fmt_slice_verbs.go:25:13: ... argument does not escape
./fmt_slice_verbs.go:25:17: len(fmt.Sprint(... argument...)) escapes to heap
./fmt_slice_verbs.go:25:28: ... argument does not escape
./fmt_slice_verbs.go:25:28: strs escapes to heap
./fmt_slice_verbs.go:25:47: fmt.Sprint(... argument...) escapes to heap
./fmt_slice_verbs.go:25:47: ... argument does not escape
./fmt_slice_verbs.go:25:47: strs escapes to heap
./fmt_slice_verbs.go:26:12: ... argument does not escape
./fmt_slice_verbs.go:26:27: []rune{...} escapes to heap
./fmt_slice_verbs.go:26:27: []rune{...} escapes to heap
./fmt_slice_verbs.go:27:12: ... argument does not escape
./fmt_slice_verbs.go:27:28: []rune{...} escapes to heap
./fmt_slice_verbs.go:27:28: []rune{...} escapes to heap
./fmt_slice_verbs.go:28:12: ... argument does not escape
./fmt_slice_verbs.go:28:32: []uint8{...} escapes to heap
./fmt_slice_verbs.go:28:32: []uint8{...} escapes to heap
./fmt_slice_verbs.go:28:47: []uint8{...} escapes to heap
./fmt_slice_verbs.go:28:47: []uint8{...} escapes to heap
./fmt_slice_verbs.go:29:12: ... argument does not escape
./fmt_slice_verbs.go:29:31: []int8{...} escapes to heap
./fmt_slice_verbs.go:29:31: []int8{...} escapes to heap
./fmt_slice_verbs.go:29:48: []uint16{...} escapes to heap
./fmt_slice_verbs.go:29:48: []uint16{...} escapes to heap
./fmt_slice_verbs.go:30:12: ... argument does not escape
./fmt_slice_verbs.go:30:30: []float32{...} escapes to heap
./fmt_slice_verbs.go:30:30: []float32{...} escapes to heap
./fmt_slice_verbs.go:31:12: ... argument does not escape
./fmt_slice_verbs.go:31:32: fls[:2] escapes to heap
./fmt_slice_verbs.go:31:47: []float64{...} escapes to heap
./fmt_slice_verbs.go:31:47: []float64{...} escapes to heap
./fmt_slice_verbs.go:32:12: ... argument does not escape
./fmt_slice_verbs.go:32:13: bls escapes to heap
./fmt_slice_verbs.go:33:12: ... argument does not escape
./fmt_slice_verbs.go:33:31: [][]string{...} escapes to heap
./fmt_slice_verbs.go:33:31: [][]string{...} escapes to heap
./fmt_slice_verbs.go:33:32: []string{...} escapes to heap
./fmt_slice_verbs.go:33:39: []string{} escapes to heap
./fmt_slice_verbs.go:34:12: ... argument does not escape
./fmt_slice_verbs.go:34:32: [][]string{...} escapes to heap
./fmt_slice_verbs.go:34:32: [][]string{...} escapes to heap
./fmt_slice_verbs.go:34:33: []string{...} escapes to heap
