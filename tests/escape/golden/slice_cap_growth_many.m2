./slice_cap_growth_many.go:9:32: cap(s) escapes to heap:
./slice_cap_growth_many.go:9:32:   flow: {storage for ... argument} = &{storage for cap(s)}:
./slice_cap_growth_many.go:9:32:     from cap(s) (spill) at ./slice_cap_growth_many.go:9:32
./slice_cap_growth_many.go:9:32:     from ... argument (slice-literal-element) at ./slice_cap_growth_many.go:9:13
./slice_cap_growth_many.go:9:32:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_many.go:9:32:     from ... argument (spill) at ./slice_cap_growth_many.go:9:13
./slice_cap_growth_many.go:9:32:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_many.go:9:13
./slice_cap_growth_many.go:9:24: len(s) escapes to heap:
./slice_cap_growth_many.go:9:24:   flow: {storage for ... argument} = &{storage for len(s)}:
./slice_cap_growth_many.go:9:24:     from len(s) (spill) at ./slice_cap_growth_many.go:9:24
./slice_cap_growth_many.go:9:24:     from ... argument (slice-literal-element) at ./slice_cap_growth_many.go:9:13
./slice_cap_growth_many.go:9:24:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_many.go:9:24:     from ... argument (spill) at ./slice_cap_growth_many.go:9:13
./slice_cap_growth_many.go:9:24:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_many.go:9:13
./slice_cap_growth_many.go:9:13: label escapes to heap:
./slice_cap_growth_many.go:9:13:   flow: {storage for ... argument} = &{storage for label}:
./slice_cap_growth_many.go:9:13:     from label (spill) at ./slice_cap_growth_many.go:9:13
./slice_cap_growth_many.go:9:13:     from ... argument (slice-literal-element) at ./slice_cap_growth_many.go:9:13
./slice_cap_growth_many.go:9:13:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_many.go:9:13:     from ... argument (spill) at ./slice_cap_growth_many.go:9:13
./slice_cap_growth_many.go:9:13:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_many.go:9:13
./slice_cap_growth_many.go:8:11: parameter label leaks to {storage for label} with derefs=0:
./slice_cap_growth_many.go:8:11:   flow: {storage for label} = label:
./slice_cap_growth_many.go:8:11:     from label (interface-converted) at ./slice_cap_growth_many.go:9:13
./slice_cap_growth_many.go:8:11: leaking param: label
./slice_cap_growth_many.go:8:25: s does not escape
./slice_cap_growth_many.go:9:13: ... argument does not escape
./slice_cap_growth_many.go:9:13: label escapes to heap
./slice_cap_growth_many.go:9:24: len(s) escapes to heap
./slice_cap_growth_many.go:9:32: cap(s) escapes to heap
./slice_cap_growth_many.go:37:37: cap(ss) escapes to heap:
./slice_cap_growth_many.go:37:37:   flow: {storage for ... argument} = &{storage for cap(ss)}:
./slice_cap_growth_many.go:37:37:     from cap(ss) (spill) at ./slice_cap_growth_many.go:37:37
./slice_cap_growth_many.go:37:37:     from ... argument (slice-literal-element) at ./slice_cap_growth_many.go:37:13
./slice_cap_growth_many.go:37:37:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_many.go:37:37:     from ... argument (spill) at ./slice_cap_growth_many.go:37:13
./slice_cap_growth_many.go:37:37:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_many.go:37:13
./slice_cap_growth_many.go:37:28: len(ss) escapes to heap:
./slice_cap_growth_many.go:37:28:   flow: {storage for ... argument} = &{storage for len(ss)}:
./slice_cap_growth_many.go:37:28:     from len(ss) (spill) at ./slice_cap_growth_many.go:37:28
./slice_cap_growth_many.go:37:28:     from ... argument (slice-literal-element) at ./slice_cap_growth_many.go:37:13
./slice_cap_growth_many.go:37:28:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_many.go:37:28:     from ... argument (spill) at ./slice_cap_growth_many.go:37:13
./slice_cap_growth_many.go:37:28:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_many.go:37:13
./slice_cap_growth_many.go:37:14: "strings" escapes to heap:
./slice_cap_growth_many.go:37:14:   flow: {storage for ... argument} = &{storage for "strings"}:
./slice_cap_growth_many.go:37:14:     from "strings" (spill) at ./slice_cap_growth_many.go:37:14
./slice_cap_growth_many.go:37:14:     from ... argument (slice-literal-element) at ./slice_cap_growth_many.go:37:13
./slice_cap_growth_many.go:37:14:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_many.go:37:14:     from ... argument (spill) at ./slice_cap_growth_many.go:37:13
./slice_cap_growth_many.go:37:14:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_many.go:37:13
./slice_cap_growth_many.go:34:35: cap(bs) escapes to heap:
./slice_cap_growth_many.go:34:35:   flow: {storage for ... argument} = &{storage for cap(bs)}:
./slice_cap_growth_many.go:34:35:     from cap(bs) (spill) at ./slice_cap_growth_many.go:34:35
./slice_cap_growth_many.go:34:35:     from ... argument (slice-literal-element) at ./slice_cap_growth_many.go:34:13
./slice_cap_growth_many.go:34:35:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_many.go:34:35:     from ... argument (spill) at ./slice_cap_growth_many.go:34:13
./slice_cap_growth_many.go:34:35:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_many.go:34:13
./slice_cap_growth_many.go:34:26: len(bs) escapes to heap:
./slice_cap_growth_many.go:34:26:   flow: {storage for ... argument} = &{storage for len(bs)}:
./slice_cap_growth_many.go:34:26:     from len(bs) (spill) at ./slice_cap_growth_many.go:34:26
./slice_cap_growth_many.go:34:26:     from ... argument (slice-literal-element) at ./slice_cap_growth_many.go:34:13
./slice_cap_growth_many.go:34:26:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_many.go:34:26:     from ... argument (spill) at ./slice_cap_growth_many.go:34:13
./slice_cap_growth_many.go:34:26:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_many.go:34:13
./slice_cap_growth_many.go:34:14: "bytes" escapes to heap:
./slice_cap_growth_many.go:34:14:   flow: {storage for ... argument} = &{storage for "bytes"}:
./slice_cap_growth_many.go:34:14:     from "bytes" (spill) at ./slice_cap_growth_many.go:34:14
./slice_cap_growth_many.go:34:14:     from ... argument (slice-literal-element) at ./slice_cap_growth_many.go:34:13
./slice_cap_growth_many.go:34:14:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_many.go:34:14:     from ... argument (spill) at ./slice_cap_growth_many.go:34:13
./slice_cap_growth_many.go:34:14:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_many.go:34:13
./slice_cap_growth_many.go:32:35: cap(bs) escapes to heap:
./slice_cap_growth_many.go:32:35:   flow: {storage for ... argument} = &{storage for cap(bs)}:
./slice_cap_growth_many.go:32:35:     from cap(bs) (spill) at ./slice_cap_growth_many.go:32:35
./slice_cap_growth_many.go:32:35:     from ... argument (slice-literal-element) at ./slice_cap_growth_many.go:32:13
./slice_cap_growth_many.go:32:35:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_many.go:32:35:     from ... argument (spill) at ./slice_cap_growth_many.go:32:13
./slice_cap_growth_many.go:32:35:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_many.go:32:13
./slice_cap_growth_many.go:32:26: len(bs) escapes to heap:
./slice_cap_growth_many.go:32:26:   flow: {storage for ... argument} = &{storage for len(bs)}:
./slice_cap_growth_many.go:32:26:     from len(bs) (spill) at ./slice_cap_growth_many.go:32:26
./slice_cap_growth_many.go:32:26:     from ... argument (slice-literal-element) at ./slice_cap_growth_many.go:32:13
./slice_cap_growth_many.go:32:26:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_many.go:32:26:     from ... argument (spill) at ./slice_cap_growth_many.go:32:13
./slice_cap_growth_many.go:32:26:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_many.go:32:13
./slice_cap_growth_many.go:32:14: "bytes" escapes to heap:
./slice_cap_growth_many.go:32:14:   flow: {storage for ... argument} = &{storage for "bytes"}:
./slice_cap_growth_many.go:32:14:     from "bytes" (spill) at ./slice_cap_growth_many.go:32:14
./slice_cap_growth_many.go:32:14:     from ... argument (slice-literal-element) at ./slice_cap_growth_many.go:32:13
./slice_cap_growth_many.go:32:14:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_many.go:32:14:     from ... argument (spill) at ./slice_cap_growth_many.go:32:13
./slice_cap_growth_many.go:32:14:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_many.go:32:13
./slice_cap_growth_many.go:15:44: make([]int, 7) does not escape
./slice_cap_growth_many.go:16:44: make([]int, 9) does not escape
./slice_cap_growth_many.go:17:45: make([]int, 13) does not escape
./slice_cap_growth_many.go:18:46: make([]int, 100) does not escape
./slice_cap_growth_many.go:19:47: make([]int, 1000) does not escape
./slice_cap_growth_many.go:21:11: make([]int, 4) does not escape
./slice_cap_growth_many.go:24:40: make([]int, 9) does not escape
./slice_cap_growth_many.go:26:11: make([]int, 300) does not escape
./slice_cap_growth_many.go:28:37: make([]int, 400) does not escape
./slice_cap_growth_many.go:29:37: make([]int, 100) does not escape
./slice_cap_growth_many.go:32:13: ... argument does not escape
./slice_cap_growth_many.go:32:14: "bytes" escapes to heap
./slice_cap_growth_many.go:32:26: len(bs) escapes to heap
./slice_cap_growth_many.go:32:35: cap(bs) escapes to heap
./slice_cap_growth_many.go:33:20: ([]byte)("abc") does not escape
./slice_cap_growth_many.go:34:13: ... argument does not escape
./slice_cap_growth_many.go:34:14: "bytes" escapes to heap
./slice_cap_growth_many.go:34:26: len(bs) escapes to heap
./slice_cap_growth_many.go:34:35: cap(bs) escapes to heap
./slice_cap_growth_many.go:37:13: ... argument does not escape
./slice_cap_growth_many.go:37:14: "strings" escapes to heap
./slice_cap_growth_many.go:37:28: len(ss) escapes to heap
./slice_cap_growth_many.go:37:37: cap(ss) escapes to heap
