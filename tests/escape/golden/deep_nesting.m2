./deep_nesting.go:414:17: !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!true escapes to heap:
./deep_nesting.go:414:17:   flow: {storage for ... argument} = &{storage for !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!true}:
./deep_nesting.go:414:17:     from !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!true (spill) at ./deep_nesting.go:414:17
./deep_nesting.go:414:17:     from ... argument (slice-literal-element) at ./deep_nesting.go:414:13
./deep_nesting.go:414:17:   flow: {heap} = {storage for ... argument}:
./deep_nesting.go:414:17:     from ... argument (spill) at ./deep_nesting.go:414:13
./deep_nesting.go:414:17:     from fmt.Println(... argument...) (call parameter) at ./deep_nesting.go:414:13
./deep_nesting.go:414:13: z escapes to heap:
./deep_nesting.go:414:13:   flow: {storage for ... argument} = &{storage for z}:
./deep_nesting.go:414:13:     from z (spill) at ./deep_nesting.go:414:13
./deep_nesting.go:414:13:     from ... argument (slice-literal-element) at ./deep_nesting.go:414:13
./deep_nesting.go:414:13:   flow: {heap} = {storage for ... argument}:
./deep_nesting.go:414:13:     from ... argument (spill) at ./deep_nesting.go:414:13
./deep_nesting.go:414:13:     from fmt.Println(... argument...) (call parameter) at ./deep_nesting.go:414:13
./deep_nesting.go:412:13: y escapes to heap:
./deep_nesting.go:412:13:   flow: {storage for ... argument} = &{storage for y}:
./deep_nesting.go:412:13:     from y (spill) at ./deep_nesting.go:412:13
./deep_nesting.go:412:13:     from ... argument (slice-literal-element) at ./deep_nesting.go:412:13
./deep_nesting.go:412:13:   flow: {heap} = {storage for ... argument}:
./deep_nesting.go:412:13:     from ... argument (spill) at ./deep_nesting.go:412:13
./deep_nesting.go:412:13:     from fmt.Println(... argument...) (call parameter) at ./deep_nesting.go:412:13
./deep_nesting.go:9:13: x escapes to heap:
./deep_nesting.go:9:13:   flow: {storage for ... argument} = &{storage for x}:
./deep_nesting.go:9:13:     from x (spill) at ./deep_nesting.go:9:13
./deep_nesting.go:9:13:     from ... argument (slice-literal-element) at ./deep_nesting.go:9:13
./deep_nesting.go:9:13:   flow: {heap} = {storage for ... argument}:
./deep_nesting.go:9:13:     from ... argument (spill) at ./deep_nesting.go:9:13
./deep_nesting.go:9:13:     from fmt.Println(... argument...) (call parameter) at ./deep_nesting.go:9:13
./deep_nesting.go:9:13: ... argument does not escape
./deep_nesting.go:9:13: x escapes to heap
./deep_nesting.go:412:13: ... argument does not escape
./deep_nesting.go:412:13: y escapes to heap
./deep_nesting.go:414:13: ... argument does not escape
./deep_nesting.go:414:13: z escapes to heap
./deep_nesting.go:414:17: !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!true escapes to heap
