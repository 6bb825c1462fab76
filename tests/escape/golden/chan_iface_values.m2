./chan_iface_values.go:7:2: 1 escapes to heap:
./chan_iface_values.go:7:2:   flow: {heap} = &{storage for 1}:
./chan_iface_values.go:7:2:     from 1 (spill) at ./chan_iface_values.go:7:2
./chan_iface_values.go:7:2:     from c <- 1 (send) at ./chan_iface_values.go:7:4
./chan_iface_values.go:8:2: "two" escapes to heap:
./chan_iface_values.go:8:2:   flow: {heap} = &{storage for "two"}:
./chan_iface_values.go:8:2:     from "two" (spill) at ./chan_iface_values.go:8:2
./chan_iface_values.go:8:2:     from c <- "two" (send) at ./chan_iface_values.go:8:4
./chan_iface_values.go:9:2: 3.5 escapes to heap:
./chan_iface_values.go:9:2:   flow: {heap} = &{storage for 3.5}:
./chan_iface_values.go:9:2:     from 3.5 (spill) at ./chan_iface_values.go:9:2
./chan_iface_values.go:9:2:     from c <- 3.5 (send) at ./chan_iface_values.go:9:4
./chan_iface_values.go:10:12: []int{...} escapes to heap:
./chan_iface_values.go:10:12:   flow: {heap} = &{storage for []int{...}}:
./chan_iface_values.go:10:12:     from []int{...} (spill) at ./chan_iface_values.go:10:12
./chan_iface_values.go:10:12:     from c <- []int{...} (send) at ./chan_iface_values.go:10:4
./chan_iface_values.go:10:12: []int{...} escapes to heap:
./chan_iface_values.go:10:12:   flow: {storage for []int{...}} = &{storage for []int{...}}:
./chan_iface_values.go:10:12:     from []int{...} (spill) at ./chan_iface_values.go:10:12
./chan_iface_values.go:10:12:     from []int{...} (interface-converted) at ./chan_iface_values.go:10:12
./chan_iface_values.go:17:18: <-e == nil escapes to heap:
./chan_iface_values.go:17:18:   flow: {storage for ... argument} = &{storage for <-e == nil}:
./chan_iface_values.go:17:18:     from <-e == nil (spill) at ./chan_iface_values.go:17:18
./chan_iface_values.go:17:18:     from ... argument (slice-literal-element) at ./chan_iface_values.go:17:13
./chan_iface_values.go:17:18:   flow: {heap} = {storage for ... argument}:
./chan_iface_values.go:17:18:     from ... argument (spill) at ./chan_iface_values.go:17:13
./chan_iface_values.go:17:18:     from fmt.Println(... argument...) (call parameter) at ./chan_iface_values.go:17:13
./chan_iface_values.go:7:2: 1 escapes to heap
./chan_iface_values.go:8:2: "two" escapes to heap
./chan_iface_values.go:9:2: 3.5 escapes to heap
./chan_iface_values.go:10:12: []int{...} escapes to heap
./chan_iface_values.go:10:12: []int{...} escapes to heap
./chan_iface_values.go:13:13: ... argument does not escape
./chan_iface_values.go:17:13: ... argument does not escape
./chan_iface_values.go:17:18: <-e == nil escapes to heap
