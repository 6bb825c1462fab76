./go_layout_sizes.go:29:6: once escapes to heap:
./go_layout_sizes.go:29:6:   flow: {heap} = &once:
./go_layout_sizes.go:29:6:     from once (address-of) at ./go_layout_sizes.go:33:7
./go_layout_sizes.go:29:6:     from (*sync.Once).Do(once, func literal) (call parameter) at ./go_layout_sizes.go:33:10
./go_layout_sizes.go:30:6: mu escapes to heap:
./go_layout_sizes.go:30:6:   flow: {heap} = &mu:
./go_layout_sizes.go:30:6:     from mu (address-of) at ./go_layout_sizes.go:34:5
./go_layout_sizes.go:30:6:     from (*sync.Mutex).Lock(mu) (call parameter) at ./go_layout_sizes.go:34:10
./go_layout_sizes.go:30:6: mu escapes to heap:
./go_layout_sizes.go:30:6:   flow: {heap} = &mu:
./go_layout_sizes.go:30:6:     from mu (address-of) at ./go_layout_sizes.go:36:5
./go_layout_sizes.go:30:6:     from (*sync.Mutex).Unlock(mu) (call parameter) at ./go_layout_sizes.go:36:12
./go_layout_sizes.go:23:6: main capturing by value: g (addr=false assign=false width=120)
./go_layout_sizes.go:26:6: main capturing by value: w (addr=false assign=false width=128)
./go_layout_sizes.go:29:6: main capturing by ref: once (addr=true assign=false width=12)
./go_layout_sizes.go:31:2: main capturing by ref: count (addr=false assign=true width=8)
./go_layout_sizes.go:30:6: main capturing by ref: mu (addr=true assign=false width=8)
./go_layout_sizes.go:31:2: main capturing by ref: count (addr=true assign=true width=8)
./go_layout_sizes.go:40:26: count escapes to heap:
./go_layout_sizes.go:40:26:   flow: {storage for ... argument} = &{storage for count}:
./go_layout_sizes.go:40:26:     from count (spill) at ./go_layout_sizes.go:40:26
./go_layout_sizes.go:40:26:     from ... argument (slice-literal-element) at ./go_layout_sizes.go:40:13
./go_layout_sizes.go:40:26:   flow: {heap} = {storage for ... argument}:
./go_layout_sizes.go:40:26:     from ... argument (spill) at ./go_layout_sizes.go:40:13
./go_layout_sizes.go:40:26:     from fmt.Println(... argument...) (call parameter) at ./go_layout_sizes.go:40:13
./go_layout_sizes.go:40:26: peek() escapes to heap:
./go_layout_sizes.go:40:26:   flow: {storage for ... argument} = &{storage for peek()}:
./go_layout_sizes.go:40:26:     from peek() (spill) at ./go_layout_sizes.go:40:26
./go_layout_sizes.go:40:26:     from ... argument (slice-literal-element) at ./go_layout_sizes.go:40:13
./go_layout_sizes.go:40:26:   flow: {heap} = {storage for ... argument}:
./go_layout_sizes.go:40:26:     from ... argument (spill) at ./go_layout_sizes.go:40:13
./go_layout_sizes.go:40:26:     from fmt.Println(... argument...) (call parameter) at ./go_layout_sizes.go:40:13
./go_layout_sizes.go:40:18: read() escapes to heap:
./go_layout_sizes.go:40:18:   flow: {storage for ... argument} = &{storage for read()}:
./go_layout_sizes.go:40:18:     from read() (spill) at ./go_layout_sizes.go:40:18
./go_layout_sizes.go:40:18:     from ... argument (slice-literal-element) at ./go_layout_sizes.go:40:13
./go_layout_sizes.go:40:18:   flow: {heap} = {storage for ... argument}:
./go_layout_sizes.go:40:18:     from ... argument (spill) at ./go_layout_sizes.go:40:13
./go_layout_sizes.go:40:18:     from fmt.Println(... argument...) (call parameter) at ./go_layout_sizes.go:40:13
./go_layout_sizes.go:29:6: moved to heap: once
./go_layout_sizes.go:30:6: moved to heap: mu
./go_layout_sizes.go:25:10: func literal does not escape
./go_layout_sizes.go:28:10: func literal does not escape
./go_layout_sizes.go:32:9: func literal does not escape
./go_layout_sizes.go:33:11: func literal does not escape
./go_layout_sizes.go:40:13: ... argument does not escape
./go_layout_sizes.go:40:18: read() escapes to heap
./go_layout_sizes.go:40:26: peek() escapes to heap
./go_layout_sizes.go:40:26: count escapes to heap
