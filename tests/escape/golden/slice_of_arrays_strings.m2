./slice_of_arrays_strings.go:33:17: len(window) escapes to heap:
./slice_of_arrays_strings.go:33:17:   flow: {storage for ... argument} = &{storage for len(window)}:
./slice_of_arrays_strings.go:33:17:     from len(window) (spill) at ./slice_of_arrays_strings.go:33:17
./slice_of_arrays_strings.go:33:17:     from ... argument (slice-literal-element) at ./slice_of_arrays_strings.go:33:13
./slice_of_arrays_strings.go:33:17:   flow: {heap} = {storage for ... argument}:
./slice_of_arrays_strings.go:33:17:     from ... argument (spill) at ./slice_of_arrays_strings.go:33:13
./slice_of_arrays_strings.go:33:17:     from fmt.Println(... argument...) (call parameter) at ./slice_of_arrays_strings.go:33:13
./slice_of_arrays_strings.go:31:13: ints escapes to heap:
./slice_of_arrays_strings.go:31:13:   flow: {storage for ... argument} = &{storage for ints}:
./slice_of_arrays_strings.go:31:13:     from ints (spill) at ./slice_of_arrays_strings.go:31:13
./slice_of_arrays_strings.go:31:13:     from ... argument (slice-literal-element) at ./slice_of_arrays_strings.go:31:13
./slice_of_arrays_strings.go:31:13:   flow: {heap} = {storage for ... argument}:
./slice_of_arrays_strings.go:31:13:     from ... argument (spill) at ./slice_of_arrays_strings.go:31:13
./slice_of_arrays_strings.go:31:13:     from fmt.Println(... argument...) (call parameter) at ./slice_of_arrays_strings.go:31:13
./slice_of_arrays_strings.go:24:37: all[5] escapes to heap:
./slice_of_arrays_strings.go:24:37:   flow: {storage for ... argument} = &{storage for all[5]}:
./slice_of_arrays_strings.go:24:37:     from all[5] (spill) at ./slice_of_arrays_strings.go:24:37
./slice_of_arrays_strings.go:24:37:     from ... argument (slice-literal-element) at ./slice_of_arrays_strings.go:24:13
./slice_of_arrays_strings.go:24:37:   flow: {heap} = {storage for ... argument}:
./slice_of_arrays_strings.go:24:37:     from ... argument (spill) at ./slice_of_arrays_strings.go:24:13
./slice_of_arrays_strings.go:24:37:     from fmt.Println(... argument...) (call parameter) at ./slice_of_arrays_strings.go:24:13
./slice_of_arrays_strings.go:24:27: cap(all) escapes to heap:
./slice_of_arrays_strings.go:24:27:   flow: {storage for ... argument} = &{storage for cap(all)}:
./slice_of_arrays_strings.go:24:27:     from cap(all) (spill) at ./slice_of_arrays_strings.go:24:27
./slice_of_arrays_strings.go:24:27:     from ... argument (slice-literal-element) at ./slice_of_arrays_strings.go:24:13
./slice_of_arrays_strings.go:24:27:   flow: {heap} = {storage for ... argument}:
./slice_of_arrays_strings.go:24:27:     from ... argument (spill) at ./slice_of_arrays_strings.go:24:13
./slice_of_arrays_strings.go:24:27:     from fmt.Println(... argument...) (call parameter) at ./slice_of_arrays_strings.go:24:13
./slice_of_arrays_strings.go:24:17: len(all) escapes to heap:
./slice_of_arrays_strings.go:24:17:   flow: {storage for ... argument} = &{storage for len(all)}:
./slice_of_arrays_strings.go:24:17:     from len(all) (spill) at ./slice_of_arrays_strings.go:24:17
./slice_of_arrays_strings.go:24:17:     from ... argument (slice-literal-element) at ./slice_of_arrays_strings.go:24:13
./slice_of_arrays_strings.go:24:17:   flow: {heap} = {storage for ... argument}:
./slice_of_arrays_strings.go:24:17:     from ... argument (spill) at ./slice_of_arrays_strings.go:24:13
./slice_of_arrays_strings.go:24:17:     from fmt.Println(... argument...) (call parameter) at ./slice_of_arrays_strings.go:24:13
./slice_of_arrays_strings.go:20:25: string(bs) escapes to heap:
./slice_of_arrays_strings.go:20:25:   flow: {storage for ... argument} = &{storage for string(bs)}:
./slice_of_arrays_strings.go:20:25:     from string(bs) (spill) at ./slice_of_arrays_strings.go:20:25
./slice_of_arrays_strings.go:20:25:     from ... argument (slice-literal-element) at ./slice_of_arrays_strings.go:20:13
./slice_of_arrays_strings.go:20:25:   flow: {heap} = {storage for ... argument}:
./slice_of_arrays_strings.go:20:25:     from ... argument (spill) at ./slice_of_arrays_strings.go:20:13
./slice_of_arrays_strings.go:20:25:     from fmt.Println(... argument...) (call parameter) at ./slice_of_arrays_strings.go:20:13
./slice_of_arrays_strings.go:20:13: str escapes to heap:
./slice_of_arrays_strings.go:20:13:   flow: {storage for ... argument} = &{storage for str}:
./slice_of_arrays_strings.go:20:13:     from str (spill) at ./slice_of_arrays_strings.go:20:13
./slice_of_arrays_strings.go:20:13:     from ... argument (slice-literal-element) at ./slice_of_arrays_strings.go:20:13
./slice_of_arrays_strings.go:20:13:   flow: {heap} = {storage for ... argument}:
./slice_of_arrays_strings.go:20:13:     from ... argument (spill) at ./slice_of_arrays_strings.go:20:13
./slice_of_arrays_strings.go:20:13:     from fmt.Println(... argument...) (call parameter) at ./slice_of_arrays_strings.go:20:13
./slice_of_arrays_strings.go:16:22: len(sub) escapes to heap:
./slice_of_arrays_strings.go:16:22:   flow: {storage for ... argument} = &{storage for len(sub)}:
./slice_of_arrays_strings.go:16:22:     from len(sub) (spill) at ./slice_of_arrays_strings.go:16:22
./slice_of_arrays_strings.go:16:22:     from ... argument (slice-literal-element) at ./slice_of_arrays_strings.go:16:13
./slice_of_arrays_strings.go:16:22:   flow: {heap} = {storage for ... argument}:
./slice_of_arrays_strings.go:16:22:     from ... argument (spill) at ./slice_of_arrays_strings.go:16:13
./slice_of_arrays_strings.go:16:22:     from fmt.Println(... argument...) (call parameter) at ./slice_of_arrays_strings.go:16:13
./slice_of_arrays_strings.go:16:13: sub escapes to heap:
./slice_of_arrays_strings.go:16:13:   flow: {storage for ... argument} = &{storage for sub}:
./slice_of_arrays_strings.go:16:13:     from sub (spill) at ./slice_of_arrays_strings.go:16:13
./slice_of_arrays_strings.go:16:13:     from ... argument (slice-literal-element) at ./slice_of_arrays_strings.go:16:13
./slice_of_arrays_strings.go:16:13:   flow: {heap} = {storage for ... argument}:
./slice_of_arrays_strings.go:16:13:     from ... argument (spill) at ./slice_of_arrays_strings.go:16:13
./slice_of_arrays_strings.go:16:13:     from fmt.Println(... argument...) (call parameter) at ./slice_of_arrays_strings.go:16:13
./slice_of_arrays_strings.go:12:20: string(arr[:]) escapes to heap:
./slice_of_arrays_strings.go:12:20:   flow: {storage for ... argument} = &{storage for string(arr[:])}:
./slice_of_arrays_strings.go:12:20:     from string(arr[:]) (spill) at ./slice_of_arrays_strings.go:12:20
./slice_of_arrays_strings.go:12:20:     from ... argument (slice-literal-element) at ./slice_of_arrays_strings.go:12:13
./slice_of_arrays_strings.go:12:20:   flow: {heap} = {storage for ... argument}:
./slice_of_arrays_strings.go:12:20:     from ... argument (spill) at ./slice_of_arrays_strings.go:12:13
./slice_of_arrays_strings.go:12:20:     from fmt.Println(... argument...) (call parameter) at ./slice_of_arrays_strings.go:12:13
./slice_of_arrays_strings.go:10:36: cap(s) escapes to heap:
./slice_of_arrays_strings.go:10:36:   flow: {storage for ... argument} = &{storage for cap(s)}:
./slice_of_arrays_strings.go:10:36:     from cap(s) (spill) at ./slice_of_arrays_strings.go:10:36
./slice_of_arrays_strings.go:10:36:     from ... argument (slice-literal-element) at ./slice_of_arrays_strings.go:10:13
./slice_of_arrays_strings.go:10:36:   flow: {heap} = {storage for ... argument}:
./slice_of_arrays_strings.go:10:36:     from ... argument (spill) at ./slice_of_arrays_strings.go:10:13
./slice_of_arrays_strings.go:10:36:     from fmt.Println(... argument...) (call parameter) at ./slice_of_arrays_strings.go:10:13
./slice_of_arrays_strings.go:10:28: len(s) escapes to heap:
./slice_of_arrays_strings.go:10:28:   flow: {storage for ... argument} = &{storage for len(s)}:
./slice_of_arrays_strings.go:10:28:     from len(s) (spill) at ./slice_of_arrays_strings.go:10:28
./slice_of_arrays_strings.go:10:28:     from ... argument (slice-literal-element) at ./slice_of_arrays_strings.go:10:13
./slice_of_arrays_strings.go:10:28:   flow: {heap} = {storage for ... argument}:
./slice_of_arrays_strings.go:10:28:     from ... argument (spill) at ./slice_of_arrays_strings.go:10:13
./slice_of_arrays_strings.go:10:28:     from fmt.Println(... argument...) (call parameter) at ./slice_of_arrays_strings.go:10:13
./slice_of_arrays_strings.go:10:20: string(s) escapes to heap:
./slice_of_arrays_strings.go:10:20:   flow: {storage for ... argument} = &{storage for string(s)}:
./slice_of_arrays_strings.go:10:20:     from string(s) (spill) at ./slice_of_arrays_strings.go:10:20
./slice_of_arrays_strings.go:10:20:     from ... argument (slice-literal-element) at ./slice_of_arrays_strings.go:10:13
./slice_of_arrays_strings.go:10:20:   flow: {heap} = {storage for ... argument}:
./slice_of_arrays_strings.go:10:20:     from ... argument (spill) at ./slice_of_arrays_strings.go:10:13
./slice_of_arrays_strings.go:10:20:     from fmt.Println(... argument...) (call parameter) at ./slice_of_arrays_strings.go:10:13
./slice_of_arrays_strings.go:20:25: string(bs) escapes to heap:
./slice_of_arrays_strings.go:20:25:   flow: {storage for string(bs)} = &{storage for string(bs)}:
./slice_of_arrays_strings.go:20:25:     from string(bs) (spill) at ./slice_of_arrays_strings.go:20:25
./slice_of_arrays_strings.go:20:25:     from string(bs) (interface-converted) at ./slice_of_arrays_strings.go:20:25
./slice_of_arrays_strings.go:12:20: string(arr[:]) escapes to heap:
./slice_of_arrays_strings.go:12:20:   flow: {storage for string(arr[:])} = &{storage for string(arr[:])}:
./slice_of_arrays_strings.go:12:20:     from string(arr[:]) (spill) at ./slice_of_arrays_strings.go:12:20
./slice_of_arrays_strings.go:12:20:     from string(arr[:]) (interface-converted) at ./slice_of_arrays_strings.go:12:20
./slice_of_arrays_strings.go:10:20: string(s) escapes to heap:
./slice_of_arrays_strings.go:10:20:   flow: {storage for string(s)} = &{storage for string(s)}:
./slice_of_arrays_strings.go:10:20:     from string(s) (spill) at ./slice_of_arrays_strings.go:10:20
./slice_of_arrays_strings.go:10:20:     from string(s) (interface-converted) at ./slice_of_arrays_strings.go:10:20
./slice_of_arrays_strings.go:10:13: ... argument does not escape
./slice_of_arrays_strings.go:10:20: string(s) escapes to heap
./slice_of_arrays_strings.go:10:20: string(s) escapes to heap
./slice_of_arrays_strings.go:10:28: len(s) escapes to heap
./slice_of_arrays_strings.go:10:36: cap(s) escapes to heap
./slice_of_arrays_strings.go:12:13: ... argument does not escape
./slice_of_arrays_strings.go:12:20: string(arr[:]) escapes to heap
./slice_of_arrays_strings.go:12:20: string(arr[:]) escapes to heap
./slice_of_arrays_strings.go:16:13: ... argument does not escape
./slice_of_arrays_strings.go:16:13: sub escapes to heap
./slice_of_arrays_strings.go:16:22: len(sub) escapes to heap
./slice_of_arrays_strings.go:18:14: ([]byte)(str) does not escape
./slice_of_arrays_strings.go:20:13: ... argument does not escape
./slice_of_arrays_strings.go:20:13: str escapes to heap
./slice_of_arrays_strings.go:20:25: string(bs) escapes to heap
./slice_of_arrays_strings.go:20:25: string(bs) escapes to heap
./slice_of_arrays_strings.go:24:13: ... argument does not escape
./slice_of_arrays_strings.go:24:17: len(all) escapes to heap
./slice_of_arrays_strings.go:24:27: cap(all) escapes to heap
./slice_of_arrays_strings.go:24:37: all[5] escapes to heap
./slice_of_arrays_strings.go:31:13: ... argument does not escape
./slice_of_arrays_strings.go:31:13: ints escapes to heap
./slice_of_arrays_strings.go:33:13: ... argument does not escape
./slice_of_arrays_strings.go:33:17: len(window) escapes to heap
