./seed_stackit3.go:13:15: y does not escape
./seed_stackit3.go:26:13: total escapes to heap:
./seed_stackit3.go:26:13:   flow: {storage for ... argument} = &{storage for total}:
./seed_stackit3.go:26:13:     from total (spill) at ./seed_stackit3.go:26:13
./seed_stackit3.go:26:13:     from ... argument (slice-literal-element) at ./seed_stackit3.go:26:13
./seed_stackit3.go:26:13:   flow: {heap} = {storage for ... argument}:
./seed_stackit3.go:26:13:     from ... argument (spill) at ./seed_stackit3.go:26:13
./seed_stackit3.go:26:13:     from fmt.Println(... argument...) (call parameter) at ./seed_stackit3.go:26:13
./seed_stackit3.go:21:22: y escapes to heap:
./seed_stackit3.go:21:22:   flow: {storage for ... argument} = &{storage for y}:
./seed_stackit3.go:21:22:     from y (spill) at ./seed_stackit3.go:21:22
./seed_stackit3.go:21:22:     from ... argument (slice-literal-element) at ./seed_stackit3.go:21:13
./seed_stackit3.go:21:22:   flow: {heap} = {storage for ... argument}:
./seed_stackit3.go:21:22:     from ... argument (spill) at ./seed_stackit3.go:21:13
./seed_stackit3.go:21:22:     from fmt.Println(... argument...) (call parameter) at ./seed_stackit3.go:21:13
./seed_stackit3.go:21:22: stackIt3(&y) escapes to heap:
./seed_stackit3.go:21:22:   flow: {storage for ... argument} = &{storage for stackIt3(&y)}:
./seed_stackit3.go:21:22:     from stackIt3(&y) (spill) at ./seed_stackit3.go:21:22
./seed_stackit3.go:21:22:     from ... argument (slice-literal-element) at ./seed_stackit3.go:21:13
./seed_stackit3.go:21:22:   flow: {heap} = {storage for ... argument}:
./seed_stackit3.go:21:22:     from ... argument (spill) at ./seed_stackit3.go:21:13
./seed_stackit3.go:21:22:     from fmt.Println(... argument...) (call parameter) at ./seed_stackit3.go:21:13
./seed_stackit3.go:21:13: ... argument does not escape
./seed_stackit3.go:21:22: stackIt3(&y) escapes to heap
./seed_stackit3.go:21:22: y escapes to heap
./seed_stackit3.go:26:13: ... argument does not escape
./seed_stackit3.go:26:13: total escapes to heap
