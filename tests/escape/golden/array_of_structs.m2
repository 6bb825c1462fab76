./array_of_structs.go:53:33: oldest.name escapes to heap:
./array_of_structs.go:53:33:   flow: {storage for ... argument} = &{storage for oldest.name}:
./array_of_structs.go:53:33:     from oldest.name (spill) at ./array_of_structs.go:53:33
./array_of_structs.go:53:33:     from ... argument (slice-literal-element) at ./array_of_structs.go:53:13
./array_of_structs.go:53:33:   flow: {heap} = {storage for ... argument}:
./array_of_structs.go:53:33:     from ... argument (spill) at ./array_of_structs.go:53:13
./array_of_structs.go:53:33:     from fmt.Println(... argument...) (call parameter) at ./array_of_structs.go:53:13
./array_of_structs.go:53:17: len(people) escapes to heap:
./array_of_structs.go:53:17:   flow: {storage for ... argument} = &{storage for len(people)}:
./array_of_structs.go:53:17:     from len(people) (spill) at ./array_of_structs.go:53:17
./array_of_structs.go:53:17:     from ... argument (slice-literal-element) at ./array_of_structs.go:53:13
./array_of_structs.go:53:17:   flow: {heap} = {storage for ... argument}:
./array_of_structs.go:53:17:     from ... argument (spill) at ./array_of_structs.go:53:13
./array_of_structs.go:53:17:     from fmt.Println(... argument...) (call parameter) at ./array_of_structs.go:53:13
./array_of_structs.go:40:13: zero escapes to heap:
./array_of_structs.go:40:13:   flow: {storage for ... argument} = &{storage for zero}:
./array_of_structs.go:40:13:     from zero (spill) at ./array_of_structs.go:40:13
./array_of_structs.go:40:13:     from ... argument (slice-literal-element) at ./array_of_structs.go:40:12
./array_of_structs.go:40:13:   flow: {heap} = {storage for ... argument}:
./array_of_structs.go:40:13:     from ... argument (spill) at ./array_of_structs.go:40:12
./array_of_structs.go:40:13:     from fmt.Printf("%v %+v\n", ... argument...) (call parameter) at ./array_of_structs.go:40:12
./array_of_structs.go:40:13: zero escapes to heap:
./array_of_structs.go:40:13:   flow: {storage for ... argument} = &{storage for zero}:
./array_of_structs.go:40:13:     from zero (spill) at ./array_of_structs.go:40:13
./array_of_structs.go:40:13:     from ... argument (slice-literal-element) at ./array_of_structs.go:40:12
./array_of_structs.go:40:13:   flow: {heap} = {storage for ... argument}:
./array_of_structs.go:40:13:     from ... argument (spill) at ./array_of_structs.go:40:12
./array_of_structs.go:40:13:     from fmt.Printf("%v %+v\n", ... argument...) (call parameter) at ./array_of_structs.go:40:12
./array_of_structs.go:37:13: total escapes to heap:
./array_of_structs.go:37:13:   flow: {storage for ... argument} = &{storage for total}:
./array_of_structs.go:37:13:     from total (spill) at ./array_of_structs.go:37:13
./array_of_structs.go:37:13:     from ... argument (slice-literal-element) at ./array_of_structs.go:37:12
./array_of_structs.go:37:13:   flow: {heap} = {storage for ... argument}:
./array_of_structs.go:37:13:     from ... argument (spill) at ./array_of_structs.go:37:12
./array_of_structs.go:37:13:     from fmt.Printf("%+v\n", ... argument...) (call parameter) at ./array_of_structs.go:37:12
./array_of_structs.go:30:13: ps escapes to heap:
./array_of_structs.go:30:13:   flow: {storage for ... argument} = &{storage for ps}:
./array_of_structs.go:30:13:     from ps (spill) at ./array_of_structs.go:30:13
./array_of_structs.go:30:13:     from ... argument (slice-literal-element) at ./array_of_structs.go:30:13
./array_of_structs.go:30:13:   flow: {heap} = {storage for ... argument}:
./array_of_structs.go:30:13:     from ... argument (spill) at ./array_of_structs.go:30:13
./array_of_structs.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./array_of_structs.go:30:13
./array_of_structs.go:26:13: ps escapes to heap:
./array_of_structs.go:26:13:   flow: {storage for ... argument} = &{storage for ps}:
./array_of_structs.go:26:13:     from ps (spill) at ./array_of_structs.go:26:13
./array_of_structs.go:26:13:     from ... argument (slice-literal-element) at ./array_of_structs.go:26:13
./array_of_structs.go:26:13:   flow: {heap} = {storage for ... argument}:
./array_of_structs.go:26:13:     from ... argument (spill) at ./array_of_structs.go:26:13
./array_of_structs.go:26:13:     from fmt.Println(... argument...) (call parameter) at ./array_of_structs.go:26:13
./array_of_structs.go:21:16: q escapes to heap:
./array_of_structs.go:21:16:   flow: {storage for ... argument} = &{storage for q}:
./array_of_structs.go:21:16:     from q (spill) at ./array_of_structs.go:21:16
./array_of_structs.go:21:16:     from ... argument (slice-literal-element) at ./array_of_structs.go:21:13
./array_of_structs.go:21:16:   flow: {heap} = {storage for ... argument}:
./array_of_structs.go:21:16:     from ... argument (spill) at ./array_of_structs.go:21:13
./array_of_structs.go:21:16:     from fmt.Println(... argument...) (call parameter) at ./array_of_structs.go:21:13
./array_of_structs.go:21:16: ps[1] escapes to heap:
./array_of_structs.go:21:16:   flow: {storage for ... argument} = &{storage for ps[1]}:
./array_of_structs.go:21:16:     from ps[1] (spill) at ./array_of_structs.go:21:16
./array_of_structs.go:21:16:     from ... argument (slice-literal-element) at ./array_of_structs.go:21:13
./array_of_structs.go:21:16:   flow: {heap} = {storage for ... argument}:
./array_of_structs.go:21:16:     from ... argument (spill) at ./array_of_structs.go:21:13
./array_of_structs.go:21:16:     from fmt.Println(... argument...) (call parameter) at ./array_of_structs.go:21:13
./array_of_structs.go:17:13: ps escapes to heap:
./array_of_structs.go:17:13:   flow: {storage for ... argument} = &{storage for ps}:
./array_of_structs.go:17:13:     from ps (spill) at ./array_of_structs.go:17:13
./array_of_structs.go:17:13:     from ... argument (slice-literal-element) at ./array_of_structs.go:17:13
./array_of_structs.go:17:13:   flow: {heap} = {storage for ... argument}:
./array_of_structs.go:17:13:     from ... argument (spill) at ./array_of_structs.go:17:13
./array_of_structs.go:17:13:     from fmt.Println(... argument...) (call parameter) at ./array_of_structs.go:17:13
./array_of_structs.go:13:13: ps escapes to heap:
./array_of_structs.go:13:13:   flow: {storage for ... argument} = &{storage for ps}:
./array_of_structs.go:13:13:     from ps (spill) at ./array_of_structs.go:13:13
./array_of_structs.go:13:13:     from ... argument (slice-literal-element) at ./array_of_structs.go:13:13
./array_of_structs.go:13:13:   flow: {heap} = {storage for ... argument}:
./array_of_structs.go:13:13:     from ... argument (spill) at ./array_of_structs.go:13:13
./array_of_structs.go:13:13:     from fmt.Println(... argument...) (call parameter) at ./array_of_structs.go:13:13
./array_of_structs.go:13:13: ... argument does not escape
./array_of_structs.go:13:13: ps escapes to heap
./array_of_structs.go:17:13: ... argument does not escape
./array_of_structs.go:17:13: ps escapes to heap
./array_of_structs.go:21:13: ... argument does not escape
./array_of_structs.go:21:16: ps[1] escapes to heap
./array_of_structs.go:21:16: q escapes to heap
./array_of_structs.go:26:13: ... argument does not escape
./array_of_structs.go:26:13: ps escapes to heap
./array_of_structs.go:30:13: ... argument does not escape
./array_of_structs.go:30:13: ps escapes to heap
./array_of_structs.go:37:12: ... argument does not escape
./array_of_structs.go:37:13: total escapes to heap
./array_of_structs.go:40:12: ... argument does not escape
./array_of_structs.go:40:13: zero escapes to heap
./array_of_structs.go:40:13: zero escapes to heap
./array_of_structs.go:53:13: ... argument does not escape
./array_of_structs.go:53:17: len(people) escapes to heap
./array_of_structs.go:53:33: oldest.name escapes to heap
