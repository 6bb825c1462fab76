./panic_slice_inverted.go:11:15: s[lo:hi] escapes to heap:
./panic_slice_inverted.go:11:15:   flow: {storage for ... argument} = &{storage for s[lo:hi]}:
./panic_slice_inverted.go:11:15:     from s[lo:hi] (spill) at ./panic_slice_inverted.go:11:15
./panic_slice_inverted.go:11:15:     from ... argument (slice-literal-element) at ./panic_slice_inverted.go:11:13
./panic_slice_inverted.go:11:15:   flow: {heap} = {storage for ... argument}:
./panic_slice_inverted.go:11:15:     from ... argument (spill) at ./panic_slice_inverted.go:11:13
./panic_slice_inverted.go:11:15:     from fmt.Println(... argument...) (call parameter) at ./panic_slice_inverted.go:11:13
./panic_slice_inverted.go:10:15: s[hi:lo] escapes to heap:
./panic_slice_inverted.go:10:15:   flow: {storage for ... argument} = &{storage for s[hi:lo]}:
./panic_slice_inverted.go:10:15:     from s[hi:lo] (spill) at ./panic_slice_inverted.go:10:15
./panic_slice_inverted.go:10:15:     from ... argument (slice-literal-element) at ./panic_slice_inverted.go:10:13
./panic_slice_inverted.go:10:15:   flow: {heap} = {storage for ... argument}:
./panic_slice_inverted.go:10:15:     from ... argument (spill) at ./panic_slice_inverted.go:10:13
./panic_slice_inverted.go:10:15:     from fmt.Println(... argument...) (call parameter) at ./panic_slice_inverted.go:10:13
./panic_slice_inverted.go:10:13: ... argument does not escape
./panic_slice_inverted.go:10:15: s[hi:lo] escapes to heap
./panic_slice_inverted.go:11:13: ... argument does not escape
./panic_slice_inverted.go:11:15: s[lo:hi] escapes to heap
