./panic_slice_low.go:11:15: s[lo:] escapes to heap:
./panic_slice_low.go:11:15:   flow: {storage for ... argument} = &{storage for s[lo:]}:
./panic_slice_low.go:11:15:     from s[lo:] (spill) at ./panic_slice_low.go:11:15
./panic_slice_low.go:11:15:     from ... argument (slice-literal-element) at ./panic_slice_low.go:11:13
./panic_slice_low.go:11:15:   flow: {heap} = {storage for ... argument}:
./panic_slice_low.go:11:15:     from ... argument (spill) at ./panic_slice_low.go:11:13
./panic_slice_low.go:11:15:     from fmt.Println(... argument...) (call parameter) at ./panic_slice_low.go:11:13
./panic_slice_low.go:10:15: s[5:] escapes to heap:
./panic_slice_low.go:10:15:   flow: {storage for ... argument} = &{storage for s[5:]}:
./panic_slice_low.go:10:15:     from s[5:] (spill) at ./panic_slice_low.go:10:15
./panic_slice_low.go:10:15:     from ... argument (slice-literal-element) at ./panic_slice_low.go:10:13
./panic_slice_low.go:10:15:   flow: {heap} = {storage for ... argument}:
./panic_slice_low.go:10:15:     from ... argument (spill) at ./panic_slice_low.go:10:13
./panic_slice_low.go:10:15:     from fmt.Println(... argument...) (call parameter) at ./panic_slice_low.go:10:13
./panic_slice_low.go:10:13: ... argument does not escape
./panic_slice_low.go:10:15: s[5:] escapes to heap
./panic_slice_low.go:11:13: ... argument does not escape
./panic_slice_low.go:11:15: s[lo:] escapes to heap
