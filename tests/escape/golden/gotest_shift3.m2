./gotest_shift3.go:20:20: fmt.Sprintf("%d != %d", x, y) escapes to heap:
./gotest_shift3.go:20:20:   flow: {heap} = &{storage for fmt.Sprintf("%d != %d", x, y)}:
./gotest_shift3.go:20:20:     from fmt.Sprintf("%d != %d", x, y) (spill) at ./gotest_shift3.go:20:20
./gotest_shift3.go:20:20:     from panic(fmt.Sprintf("%d != %d", x, y)) (call parameter) at ./gotest_shift3.go:20:8
./gotest_shift3.go:20:21: y escapes to heap:
./gotest_shift3.go:20:21:   flow: {storage for ... argument} = &{storage for y}:
./gotest_shift3.go:20:21:     from y (spill) at ./gotest_shift3.go:20:21
./gotest_shift3.go:20:21:     from ... argument (slice-literal-element) at ./gotest_shift3.go:20:20
./gotest_shift3.go:20:21:   flow: {heap} = {storage for ... argument}:
./gotest_shift3.go:20:21:     from ... argument (spill) at ./gotest_shift3.go:20:20
./gotest_shift3.go:20:21:     from fmt.Sprintf("%d != %d", ... argument...) (call parameter) at ./gotest_shift3.go:20:20
./gotest_shift3.go:20:21: x escapes to heap:
./gotest_shift3.go:20:21:   flow: {storage for ... argument} = &{storage for x}:
./gotest_shift3.go:20:21:     from x (spill) at ./gotest_shift3.go:20:21
./gotest_shift3.go:20:21:     from ... argument (slice-literal-element) at ./gotest_shift3.go:20:20
./gotest_shift3.go:20:21:   flow: {heap} = {storage for ... argument}:
./gotest_shift3.go:20:21:     from ... argument (spill) at ./gotest_shift3.go:20:20
./gotest_shift3.go:20:21:     from fmt.Sprintf("%d != %d", ... argument...) (call parameter) at ./gotest_shift3.go:20:20
./gotest_shift3.go:20:20: fmt.Sprintf("%d != %d", ... argument...) escapes to heap
./gotest_shift3.go:20:20: ... argument does not escape
./gotest_shift3.go:20:21: x escapes to heap
./gotest_shift3.go:20:21: y escapes to heap
