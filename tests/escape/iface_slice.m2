./iface_slice.go:12:18: n escapes to heap:
./iface_slice.go:12:18:   flow: {heap} = &{storage for n}:
./iface_slice.go:12:18:     from n (spill) at ./iface_slice.go:12:18
./iface_slice.go:12:18:     from append(xs, n) (call parameter) at ./iface_slice.go:12:13
./iface_slice.go:13:17: len(xs) escapes to heap:
./iface_slice.go:13:17:   flow: {storage for ... argument} = &{storage for len(xs)}:
./iface_slice.go:13:17:     from len(xs) (spill) at ./iface_slice.go:13:17
./iface_slice.go:13:17:     from ... argument (slice-literal-element) at ./iface_slice.go:13:13
./iface_slice.go:13:17:   flow: {heap} = {storage for ... argument}:
./iface_slice.go:13:17:     from ... argument (spill) at ./iface_slice.go:13:13
./iface_slice.go:13:17:     from fmt.Println(... argument...) (call parameter) at ./iface_slice.go:13:13
./iface_slice.go:6:32: 2.5 escapes to heap:
./iface_slice.go:6:32:   flow: {storage for []interface {}{...}} = &{storage for 2.5}:
./iface_slice.go:6:32:     from 2.5 (spill) at ./iface_slice.go:6:32
./iface_slice.go:6:32:     from []interface {}{...} (slice-literal-element) at ./iface_slice.go:6:23
./iface_slice.go:6:32:   flow: vals = &{storage for []interface {}{...}}:
./iface_slice.go:6:32:     from []interface {}{...} (spill) at ./iface_slice.go:6:23
./iface_slice.go:6:32:     from vals := []interface {}{...} (assign) at ./iface_slice.go:6:7
./iface_slice.go:6:32:   flow: {temp} = vals:
./iface_slice.go:6:32:   flow: v = *{temp}:
./iface_slice.go:6:32:     from for loop (range-deref) at ./iface_slice.go:7:14
./iface_slice.go:6:32:   flow: {storage for ... argument} = v:
./iface_slice.go:6:32:     from ... argument (slice-literal-element) at ./iface_slice.go:8:14
./iface_slice.go:6:32:   flow: {heap} = {storage for ... argument}:
./iface_slice.go:6:32:     from ... argument (spill) at ./iface_slice.go:8:14
./iface_slice.go:6:32:     from fmt.Println(... argument...) (call parameter) at ./iface_slice.go:8:14
./iface_slice.go:6:27: "a" escapes to heap:
./iface_slice.go:6:27:   flow: {storage for []interface {}{...}} = &{storage for "a"}:
./iface_slice.go:6:27:     from "a" (spill) at ./iface_slice.go:6:27
./iface_slice.go:6:27:     from []interface {}{...} (slice-literal-element) at ./iface_slice.go:6:23
./iface_slice.go:6:27:   flow: vals = &{storage for []interface {}{...}}:
./iface_slice.go:6:27:     from []interface {}{...} (spill) at ./iface_slice.go:6:23
./iface_slice.go:6:27:     from vals := []interface {}{...} (assign) at ./iface_slice.go:6:7
./iface_slice.go:6:27:   flow: {temp} = vals:
./iface_slice.go:6:27:   flow: v = *{temp}:
./iface_slice.go:6:27:     from for loop (range-deref) at ./iface_slice.go:7:14
./iface_slice.go:6:27:   flow: {storage for ... argument} = v:
./iface_slice.go:6:27:     from ... argument (slice-literal-element) at ./iface_slice.go:8:14
./iface_slice.go:6:27:   flow: {heap} = {storage for ... argument}:
./iface_slice.go:6:27:     from ... argument (spill) at ./iface_slice.go:8:14
./iface_slice.go:6:27:     from fmt.Println(... argument...) (call parameter) at ./iface_slice.go:8:14
./iface_slice.go:6:24: 1 escapes to heap:
./iface_slice.go:6:24:   flow: {storage for []interface {}{...}} = &{storage for 1}:
./iface_slice.go:6:24:     from 1 (spill) at ./iface_slice.go:6:24
./iface_slice.go:6:24:     from []interface {}{...} (slice-literal-element) at ./iface_slice.go:6:23
./iface_slice.go:6:24:   flow: vals = &{storage for []interface {}{...}}:
./iface_slice.go:6:24:     from []interface {}{...} (spill) at ./iface_slice.go:6:23
./iface_slice.go:6:24:     from vals := []interface {}{...} (assign) at ./iface_slice.go:6:7
./iface_slice.go:6:24:   flow: {temp} = vals:
./iface_slice.go:6:24:   flow: v = *{temp}:
./iface_slice.go:6:24:     from for loop (range-deref) at ./iface_slice.go:7:14
./iface_slice.go:6:24:   flow: {storage for ... argument} = v:
./iface_slice.go:6:24:     from ... argument (slice-literal-element) at ./iface_slice.go:8:14
./iface_slice.go:6:24:   flow: {heap} = {storage for ... argument}:
./iface_slice.go:6:24:     from ... argument (spill) at ./iface_slice.go:8:14
./iface_slice.go:6:24:     from fmt.Println(... argument...) (call parameter) at ./iface_slice.go:8:14
./iface_slice.go:6:23: []interface {}{...} does not escape
./iface_slice.go:6:24: 1 escapes to heap
./iface_slice.go:6:27: "a" escapes to heap
./iface_slice.go:6:32: 2.5 escapes to heap
./iface_slice.go:8:14: ... argument does not escape
./iface_slice.go:12:18: n escapes to heap
./iface_slice.go:13:13: ... argument does not escape
./iface_slice.go:13:17: len(xs) escapes to heap
