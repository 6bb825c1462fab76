./seed_stackit.go:18:21: total escapes to heap:
./seed_stackit.go:18:21:   flow: {storage for ... argument} = &{storage for total}:
./seed_stackit.go:18:21:     from total (spill) at ./seed_stackit.go:18:21
./seed_stackit.go:18:21:     from ... argument (slice-literal-element) at ./seed_stackit.go:18:13
./seed_stackit.go:18:21:   flow: {heap} = {storage for ... argument}:
./seed_stackit.go:18:21:     from ... argument (spill) at ./seed_stackit.go:18:13
./seed_stackit.go:18:21:     from fmt.Println(... argument...) (call parameter) at ./seed_stackit.go:18:13
./seed_stackit.go:18:21: stackIt() escapes to heap:
./seed_stackit.go:18:21:   flow: {storage for ... argument} = &{storage for stackIt()}:
./seed_stackit.go:18:21:     from stackIt() (spill) at ./seed_stackit.go:18:21
./seed_stackit.go:18:21:     from ... argument (slice-literal-element) at ./seed_stackit.go:18:13
./seed_stackit.go:18:21:   flow: {heap} = {storage for ... argument}:
./seed_stackit.go:18:21:     from ... argument (spill) at ./seed_stackit.go:18:13
./seed_stackit.go:18:21:     from fmt.Println(... argument...) (call parameter) at ./seed_stackit.go:18:13
./seed_stackit.go:18:13: ... argument does not escape
./seed_stackit.go:18:21: stackIt() escapes to heap
./seed_stackit.go:18:21: total escapes to heap
