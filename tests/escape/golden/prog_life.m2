./prog_life.go:11:7: g does not escape
./prog_life.go:64:21: string(line) escapes to heap:
./prog_life.go:64:21:   flow: {storage for ... argument} = &{storage for string(line)}:
./prog_life.go:64:21:     from string(line) (spill) at ./prog_life.go:64:21
./prog_life.go:64:21:     from ... argument (slice-literal-element) at ./prog_life.go:64:14
./prog_life.go:64:21:   flow: {heap} = {storage for ... argument}:
./prog_life.go:64:21:     from ... argument (spill) at ./prog_life.go:64:14
./prog_life.go:64:21:     from fmt.Println(... argument...) (call parameter) at ./prog_life.go:64:14
./prog_life.go:64:21: string(line) escapes to heap:
./prog_life.go:64:21:   flow: {storage for string(line)} = &{storage for string(line)}:
./prog_life.go:64:21:     from string(line) (spill) at ./prog_life.go:64:21
./prog_life.go:64:21:     from string(line) (interface-converted) at ./prog_life.go:64:21
./prog_life.go:56:15: make([]byte, 0, W) does not escape
./prog_life.go:64:14: ... argument does not escape
./prog_life.go:64:21: string(line) escapes to heap
./prog_life.go:64:21: string(line) escapes to heap
./prog_life.go:93:27: Grid.Step(empty) == empty escapes to heap:
./prog_life.go:93:27:   flow: {storage for ... argument} = &{storage for Grid.Step(empty) == empty}:
./prog_life.go:93:27:     from Grid.Step(empty) == empty (spill) at ./prog_life.go:93:27
./prog_life.go:93:27:     from ... argument (slice-literal-element) at ./prog_life.go:93:13
./prog_life.go:93:27:   flow: {heap} = {storage for ... argument}:
./prog_life.go:93:27:     from ... argument (spill) at ./prog_life.go:93:13
./prog_life.go:93:27:     from fmt.Println(... argument...) (call parameter) at ./prog_life.go:93:13
./prog_life.go:91:71: b1[4][3] escapes to heap:
./prog_life.go:91:71:   flow: {storage for ... argument} = &{storage for b1[4][3]}:
./prog_life.go:91:71:     from b1[4][3] (spill) at ./prog_life.go:91:71
./prog_life.go:91:71:     from ... argument (slice-literal-element) at ./prog_life.go:91:13
./prog_life.go:91:71:   flow: {heap} = {storage for ... argument}:
./prog_life.go:91:71:     from ... argument (spill) at ./prog_life.go:91:13
./prog_life.go:91:71:     from fmt.Println(... argument...) (call parameter) at ./prog_life.go:91:13
./prog_life.go:91:61: b1[3][4] escapes to heap:
./prog_life.go:91:61:   flow: {storage for ... argument} = &{storage for b1[3][4]}:
./prog_life.go:91:61:     from b1[3][4] (spill) at ./prog_life.go:91:61
./prog_life.go:91:61:     from ... argument (slice-literal-element) at ./prog_life.go:91:13
./prog_life.go:91:61:   flow: {heap} = {storage for ... argument}:
./prog_life.go:91:61:     from ... argument (spill) at ./prog_life.go:91:13
./prog_life.go:91:61:     from fmt.Println(... argument...) (call parameter) at ./prog_life.go:91:13
./prog_life.go:91:52: Grid.Population(b1) escapes to heap:
./prog_life.go:91:52:   flow: {storage for ... argument} = &{storage for Grid.Population(b1)}:
./prog_life.go:91:52:     from Grid.Population(b1) (spill) at ./prog_life.go:91:52
./prog_life.go:91:52:     from ... argument (slice-literal-element) at ./prog_life.go:91:13
./prog_life.go:91:52:   flow: {heap} = {storage for ... argument}:
./prog_life.go:91:52:     from ... argument (spill) at ./prog_life.go:91:13
./prog_life.go:91:52:     from fmt.Println(... argument...) (call parameter) at ./prog_life.go:91:13
./prog_life.go:91:33: Grid.Step(b1) == b escapes to heap:
./prog_life.go:91:33:   flow: {storage for ... argument} = &{storage for Grid.Step(b1) == b}:
./prog_life.go:91:33:     from Grid.Step(b1) == b (spill) at ./prog_life.go:91:33
./prog_life.go:91:33:     from ... argument (slice-literal-element) at ./prog_life.go:91:13
./prog_life.go:91:33:   flow: {heap} = {storage for ... argument}:
./prog_life.go:91:33:     from ... argument (spill) at ./prog_life.go:91:13
./prog_life.go:91:33:     from fmt.Println(... argument...) (call parameter) at ./prog_life.go:91:13
./prog_life.go:91:17: b1 == b escapes to heap:
./prog_life.go:91:17:   flow: {storage for ... argument} = &{storage for b1 == b}:
./prog_life.go:91:17:     from b1 == b (spill) at ./prog_life.go:91:17
./prog_life.go:91:17:     from ... argument (slice-literal-element) at ./prog_life.go:91:13
./prog_life.go:91:17:   flow: {heap} = {storage for ... argument}:
./prog_life.go:91:17:     from ... argument (spill) at ./prog_life.go:91:13
./prog_life.go:91:17:     from fmt.Println(... argument...) (call parameter) at ./prog_life.go:91:13
./prog_life.go:84:58: g == start escapes to heap:
./prog_life.go:84:58:   flow: {storage for ... argument} = &{storage for g == start}:
./prog_life.go:84:58:     from g == start (spill) at ./prog_life.go:84:58
./prog_life.go:84:58:     from ... argument (slice-literal-element) at ./prog_life.go:84:13
./prog_life.go:84:58:   flow: {heap} = {storage for ... argument}:
./prog_life.go:84:58:     from ... argument (spill) at ./prog_life.go:84:13
./prog_life.go:84:58:     from fmt.Println(... argument...) (call parameter) at ./prog_life.go:84:13
./prog_life.go:84:40: "generations:" escapes to heap:
./prog_life.go:84:40:   flow: {storage for ... argument} = &{storage for "generations:"}:
./prog_life.go:84:40:     from "generations:" (spill) at ./prog_life.go:84:40
./prog_life.go:84:40:     from ... argument (slice-literal-element) at ./prog_life.go:84:13
./prog_life.go:84:40:   flow: {heap} = {storage for ... argument}:
./prog_life.go:84:40:     from ... argument (spill) at ./prog_life.go:84:13
./prog_life.go:84:40:     from fmt.Println(... argument...) (call parameter) at ./prog_life.go:84:13
./prog_life.go:84:36: 4 * W escapes to heap:
./prog_life.go:84:36:   flow: {storage for ... argument} = &{storage for 4 * W}:
./prog_life.go:84:36:     from 4 * W (spill) at ./prog_life.go:84:36
./prog_life.go:84:36:     from ... argument (slice-literal-element) at ./prog_life.go:84:13
./prog_life.go:84:36:   flow: {heap} = {storage for ... argument}:
./prog_life.go:84:36:     from ... argument (spill) at ./prog_life.go:84:13
./prog_life.go:84:36:     from fmt.Println(... argument...) (call parameter) at ./prog_life.go:84:13
./prog_life.go:84:14: "glider back after" escapes to heap:
./prog_life.go:84:14:   flow: {storage for ... argument} = &{storage for "glider back after"}:
./prog_life.go:84:14:     from "glider back after" (spill) at ./prog_life.go:84:14
./prog_life.go:84:14:     from ... argument (slice-literal-element) at ./prog_life.go:84:13
./prog_life.go:84:14:   flow: {heap} = {storage for ... argument}:
./prog_life.go:84:14:     from ... argument (spill) at ./prog_life.go:84:13
./prog_life.go:84:14:     from fmt.Println(... argument...) (call parameter) at ./prog_life.go:84:13
./prog_life.go:77:60: Grid.Population(g) escapes to heap:
./prog_life.go:77:60:   flow: {storage for ... argument} = &{storage for Grid.Population(g)}:
./prog_life.go:77:60:     from Grid.Population(g) (spill) at ./prog_life.go:77:60
./prog_life.go:77:60:     from ... argument (slice-literal-element) at ./prog_life.go:77:14
./prog_life.go:77:60:   flow: {heap} = {storage for ... argument}:
./prog_life.go:77:60:     from ... argument (spill) at ./prog_life.go:77:14
./prog_life.go:77:60:     from fmt.Println(... argument...) (call parameter) at ./prog_life.go:77:14
./prog_life.go:77:34: "population" escapes to heap:
./prog_life.go:77:34:   flow: {storage for ... argument} = &{storage for "population"}:
./prog_life.go:77:34:     from "population" (spill) at ./prog_life.go:77:34
./prog_life.go:77:34:     from ... argument (slice-literal-element) at ./prog_life.go:77:14
./prog_life.go:77:34:   flow: {heap} = {storage for ... argument}:
./prog_life.go:77:34:     from ... argument (spill) at ./prog_life.go:77:14
./prog_life.go:77:34:     from fmt.Println(... argument...) (call parameter) at ./prog_life.go:77:14
./prog_life.go:77:15: gen escapes to heap:
./prog_life.go:77:15:   flow: {storage for ... argument} = &{storage for gen}:
./prog_life.go:77:15:     from gen (spill) at ./prog_life.go:77:15
./prog_life.go:77:15:     from ... argument (slice-literal-element) at ./prog_life.go:77:14
./prog_life.go:77:15:   flow: {heap} = {storage for ... argument}:
./prog_life.go:77:15:     from ... argument (spill) at ./prog_life.go:77:14
./prog_life.go:77:15:     from fmt.Println(... argument...) (call parameter) at ./prog_life.go:77:14
./prog_life.go:77:15: "generation" escapes to heap:
./prog_life.go:77:15:   flow: {storage for ... argument} = &{storage for "generation"}:
./prog_life.go:77:15:     from "generation" (spill) at ./prog_life.go:77:15
./prog_life.go:77:15:     from ... argument (slice-literal-element) at ./prog_life.go:77:14
./prog_life.go:77:15:   flow: {heap} = {storage for ... argument}:
./prog_life.go:77:15:     from ... argument (spill) at ./prog_life.go:77:14
./prog_life.go:77:15:     from fmt.Println(... argument...) (call parameter) at ./prog_life.go:77:14
./prog_life.go:77:14: ... argument does not escape
./prog_life.go:77:15: "generation" escapes to heap
./prog_life.go:77:15: gen escapes to heap
./prog_life.go:77:34: "population" escapes to heap
./prog_life.go:77:60: Grid.Population(g) escapes to heap
./prog_life.go:84:13: ... argument does not escape
./prog_life.go:84:14: "glider back after" escapes to heap
./prog_life.go:84:36: 4 * W escapes to heap
./prog_life.go:84:40: "generations:" escapes to heap
./prog_life.go:84:58: g == start escapes to heap
./prog_life.go:91:13: ... argument does not escape
./prog_life.go:91:17: b1 == b escapes to heap
./prog_life.go:91:33: Grid.Step(b1) == b escapes to heap
./prog_life.go:91:52: Grid.Population(b1) escapes to heap
./prog_life.go:91:61: b1[3][4] escapes to heap
./prog_life.go:91:71: b1[4][3] escapes to heap
./prog_life.go:93:13: ... argument does not escape
./prog_life.go:93:27: Grid.Step(empty) == empty escapes to heap
