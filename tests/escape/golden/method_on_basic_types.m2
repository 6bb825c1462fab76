./method_on_basic_types.go:13:7: m does not escape
./method_on_basic_types.go:14:53: "hi " + string(n) escapes to heap:
./method_on_basic_types.go:14:53:   flow: ~r0 = &{storage for "hi " + string(n)}:
./method_on_basic_types.go:14:53:     from "hi " + string(n) (spill) at ./method_on_basic_types.go:14:53
./method_on_basic_types.go:14:53:     from return "hi " + string(n) (return) at ./method_on_basic_types.go:14:40
./method_on_basic_types.go:14:7: n does not escape
./method_on_basic_types.go:14:53: "hi " + string(n) escapes to heap
./method_on_basic_types.go:15:7: n does not escape
./method_on_basic_types.go:26:39: Name.Len(n) escapes to heap:
./method_on_basic_types.go:26:39:   flow: {storage for ... argument} = &{storage for Name.Len(n)}:
./method_on_basic_types.go:26:39:     from Name.Len(n) (spill) at ./method_on_basic_types.go:26:39
./method_on_basic_types.go:26:39:     from ... argument (slice-literal-element) at ./method_on_basic_types.go:26:13
./method_on_basic_types.go:26:39:   flow: {heap} = {storage for ... argument}:
./method_on_basic_types.go:26:39:     from ... argument (spill) at ./method_on_basic_types.go:26:13
./method_on_basic_types.go:26:39:     from fmt.Println(... argument...) (call parameter) at ./method_on_basic_types.go:26:13
./method_on_basic_types.go:26:30: Name.Greet(n) escapes to heap:
./method_on_basic_types.go:26:30:   flow: {storage for ... argument} = &{storage for Name.Greet(n)}:
./method_on_basic_types.go:26:30:     from Name.Greet(n) (spill) at ./method_on_basic_types.go:26:30
./method_on_basic_types.go:26:30:     from ... argument (slice-literal-element) at ./method_on_basic_types.go:26:13
./method_on_basic_types.go:26:30:   flow: {heap} = {storage for ... argument}:
./method_on_basic_types.go:26:30:     from ... argument (spill) at ./method_on_basic_types.go:26:13
./method_on_basic_types.go:26:30:     from fmt.Println(... argument...) (call parameter) at ./method_on_basic_types.go:26:13
./method_on_basic_types.go:26:19: greet() escapes to heap:
./method_on_basic_types.go:26:19:   flow: {storage for ... argument} = &{storage for greet()}:
./method_on_basic_types.go:26:19:     from greet() (spill) at ./method_on_basic_types.go:26:19
./method_on_basic_types.go:26:19:     from ... argument (slice-literal-element) at ./method_on_basic_types.go:26:13
./method_on_basic_types.go:26:19:   flow: {heap} = {storage for ... argument}:
./method_on_basic_types.go:26:19:     from ... argument (spill) at ./method_on_basic_types.go:26:13
./method_on_basic_types.go:26:19:     from fmt.Println(... argument...) (call parameter) at ./method_on_basic_types.go:26:13
./method_on_basic_types.go:22:19: m escapes to heap:
./method_on_basic_types.go:22:19:   flow: {storage for ... argument} = &{storage for m}:
./method_on_basic_types.go:22:19:     from m (spill) at ./method_on_basic_types.go:22:19
./method_on_basic_types.go:22:19:     from ... argument (slice-literal-element) at ./method_on_basic_types.go:22:13
./method_on_basic_types.go:22:19:   flow: {heap} = {storage for ... argument}:
./method_on_basic_types.go:22:19:     from ... argument (spill) at ./method_on_basic_types.go:22:13
./method_on_basic_types.go:22:19:     from fmt.Println(... argument...) (call parameter) at ./method_on_basic_types.go:22:13
./method_on_basic_types.go:22:19: Meters.Add(m, 3) escapes to heap:
./method_on_basic_types.go:22:19:   flow: {storage for ... argument} = &{storage for Meters.Add(m, 3)}:
./method_on_basic_types.go:22:19:     from Meters.Add(m, 3) (spill) at ./method_on_basic_types.go:22:19
./method_on_basic_types.go:22:19:     from ... argument (slice-literal-element) at ./method_on_basic_types.go:22:13
./method_on_basic_types.go:22:19:   flow: {heap} = {storage for ... argument}:
./method_on_basic_types.go:22:19:     from ... argument (spill) at ./method_on_basic_types.go:22:13
./method_on_basic_types.go:22:19:     from fmt.Println(... argument...) (call parameter) at ./method_on_basic_types.go:22:13
./method_on_basic_types.go:19:35: Celsius.F(Celsius(-40)) escapes to heap:
./method_on_basic_types.go:19:35:   flow: {storage for ... argument} = &{storage for Celsius.F(Celsius(-40))}:
./method_on_basic_types.go:19:35:     from Celsius.F(Celsius(-40)) (spill) at ./method_on_basic_types.go:19:35
./method_on_basic_types.go:19:35:     from ... argument (slice-literal-element) at ./method_on_basic_types.go:19:13
./method_on_basic_types.go:19:35:   flow: {heap} = {storage for ... argument}:
./method_on_basic_types.go:19:35:     from ... argument (spill) at ./method_on_basic_types.go:19:13
./method_on_basic_types.go:19:35:     from fmt.Println(... argument...) (call parameter) at ./method_on_basic_types.go:19:13
./method_on_basic_types.go:19:17: Celsius.F(c) escapes to heap:
./method_on_basic_types.go:19:17:   flow: {storage for ... argument} = &{storage for Celsius.F(c)}:
./method_on_basic_types.go:19:17:     from Celsius.F(c) (spill) at ./method_on_basic_types.go:19:17
./method_on_basic_types.go:19:17:     from ... argument (slice-literal-element) at ./method_on_basic_types.go:19:13
./method_on_basic_types.go:19:17:   flow: {heap} = {storage for ... argument}:
./method_on_basic_types.go:19:17:     from ... argument (spill) at ./method_on_basic_types.go:19:13
./method_on_basic_types.go:19:17:     from fmt.Println(... argument...) (call parameter) at ./method_on_basic_types.go:19:13
./method_on_basic_types.go:19:13: ... argument does not escape
./method_on_basic_types.go:19:17: Celsius.F(c) escapes to heap
./method_on_basic_types.go:19:35: Celsius.F(Celsius(-40)) escapes to heap
./method_on_basic_types.go:22:13: ... argument does not escape
./method_on_basic_types.go:22:19: Meters.Add(m, 3) escapes to heap
./method_on_basic_types.go:22:19: m escapes to heap
./method_on_basic_types.go:24:12: n.Greet does not escape
./method_on_basic_types.go:26:13: ... argument does not escape
./method_on_basic_types.go:26:19: greet() escapes to heap
./method_on_basic_types.go:26:30: Name.Greet(n) escapes to heap
./method_on_basic_types.go:26:39: Name.Len(n) escapes to heap
