./iface_mapkey.go:9:2: 1 escapes to heap:
./iface_mapkey.go:9:2:   flow: {heap} = &{storage for 1}:
./iface_mapkey.go:9:2:     from 1 (spill) at ./iface_mapkey.go:9:2
./iface_mapkey.go:9:2:     from m[1] (key of map put) at ./iface_mapkey.go:9:3
./iface_mapkey.go:10:2: "1" escapes to heap:
./iface_mapkey.go:10:2:   flow: {heap} = &{storage for "1"}:
./iface_mapkey.go:10:2:     from "1" (spill) at ./iface_mapkey.go:10:2
./iface_mapkey.go:10:2:     from m["1"] (key of map put) at ./iface_mapkey.go:10:3
./iface_mapkey.go:11:5: K{...} escapes to heap:
./iface_mapkey.go:11:5:   flow: {heap} = &{storage for K{...}}:
./iface_mapkey.go:11:5:     from K{...} (spill) at ./iface_mapkey.go:11:5
./iface_mapkey.go:11:5:     from m[K{...}] (key of map put) at ./iface_mapkey.go:11:3
./iface_mapkey.go:12:2: int64(1) escapes to heap:
./iface_mapkey.go:12:2:   flow: {heap} = &{storage for int64(1)}:
./iface_mapkey.go:12:2:     from int64(1) (spill) at ./iface_mapkey.go:12:2
./iface_mapkey.go:12:2:     from m[int64(1)] (key of map put) at ./iface_mapkey.go:12:3
./iface_mapkey.go:13:2: 1.5 escapes to heap:
./iface_mapkey.go:13:2:   flow: {heap} = &{storage for 1.5}:
./iface_mapkey.go:13:2:     from 1.5 (spill) at ./iface_mapkey.go:13:2
./iface_mapkey.go:13:2:     from m[1.5] (key of map put) at ./iface_mapkey.go:13:3
./iface_mapkey.go:20:15: m[i] escapes to heap:
./iface_mapkey.go:20:15:   flow: {storage for ... argument} = &{storage for m[i]}:
./iface_mapkey.go:20:15:     from m[i] (spill) at ./iface_mapkey.go:20:15
./iface_mapkey.go:20:15:     from ... argument (slice-literal-element) at ./iface_mapkey.go:20:13
./iface_mapkey.go:20:15:   flow: {heap} = {storage for ... argument}:
./iface_mapkey.go:20:15:     from ... argument (spill) at ./iface_mapkey.go:20:13
./iface_mapkey.go:20:15:     from fmt.Println(... argument...) (call parameter) at ./iface_mapkey.go:20:13
./iface_mapkey.go:18:17: len(m) escapes to heap:
./iface_mapkey.go:18:17:   flow: {storage for ... argument} = &{storage for len(m)}:
./iface_mapkey.go:18:17:     from len(m) (spill) at ./iface_mapkey.go:18:17
./iface_mapkey.go:18:17:     from ... argument (slice-literal-element) at ./iface_mapkey.go:18:13
./iface_mapkey.go:18:17:   flow: {heap} = {storage for ... argument}:
./iface_mapkey.go:18:17:     from ... argument (spill) at ./iface_mapkey.go:18:13
./iface_mapkey.go:18:17:     from fmt.Println(... argument...) (call parameter) at ./iface_mapkey.go:18:13
./iface_mapkey.go:16:13: ok escapes to heap:
./iface_mapkey.go:16:13:   flow: {storage for ... argument} = &{storage for ok}:
./iface_mapkey.go:16:13:     from ok (spill) at ./iface_mapkey.go:16:13
./iface_mapkey.go:16:13:     from ... argument (slice-literal-element) at ./iface_mapkey.go:16:13
./iface_mapkey.go:16:13:   flow: {heap} = {storage for ... argument}:
./iface_mapkey.go:16:13:     from ... argument (spill) at ./iface_mapkey.go:16:13
./iface_mapkey.go:16:13:     from fmt.Println(... argument...) (call parameter) at ./iface_mapkey.go:16:13
./iface_mapkey.go:14:62: m[1.5] escapes to heap:
./iface_mapkey.go:14:62:   flow: {storage for ... argument} = &{storage for m[1.5]}:
./iface_mapkey.go:14:62:     from m[1.5] (spill) at ./iface_mapkey.go:14:62
./iface_mapkey.go:14:62:     from ... argument (slice-literal-element) at ./iface_mapkey.go:14:13
./iface_mapkey.go:14:62:   flow: {heap} = {storage for ... argument}:
./iface_mapkey.go:14:62:     from ... argument (spill) at ./iface_mapkey.go:14:13
./iface_mapkey.go:14:62:     from fmt.Println(... argument...) (call parameter) at ./iface_mapkey.go:14:13
./iface_mapkey.go:14:49: m[int64(1)] escapes to heap:
./iface_mapkey.go:14:49:   flow: {storage for ... argument} = &{storage for m[int64(1)]}:
./iface_mapkey.go:14:49:     from m[int64(1)] (spill) at ./iface_mapkey.go:14:49
./iface_mapkey.go:14:49:     from ... argument (slice-literal-element) at ./iface_mapkey.go:14:13
./iface_mapkey.go:14:49:   flow: {heap} = {storage for ... argument}:
./iface_mapkey.go:14:49:     from ... argument (spill) at ./iface_mapkey.go:14:13
./iface_mapkey.go:14:49:     from fmt.Println(... argument...) (call parameter) at ./iface_mapkey.go:14:13
./iface_mapkey.go:14:37: m[K{...}] escapes to heap:
./iface_mapkey.go:14:37:   flow: {storage for ... argument} = &{storage for m[K{...}]}:
./iface_mapkey.go:14:37:     from m[K{...}] (spill) at ./iface_mapkey.go:14:37
./iface_mapkey.go:14:37:     from ... argument (slice-literal-element) at ./iface_mapkey.go:14:13
./iface_mapkey.go:14:37:   flow: {heap} = {storage for ... argument}:
./iface_mapkey.go:14:37:     from ... argument (spill) at ./iface_mapkey.go:14:13
./iface_mapkey.go:14:37:     from fmt.Println(... argument...) (call parameter) at ./iface_mapkey.go:14:13
./iface_mapkey.go:14:29: m["1"] escapes to heap:
./iface_mapkey.go:14:29:   flow: {storage for ... argument} = &{storage for m["1"]}:
./iface_mapkey.go:14:29:     from m["1"] (spill) at ./iface_mapkey.go:14:29
./iface_mapkey.go:14:29:     from ... argument (slice-literal-element) at ./iface_mapkey.go:14:13
./iface_mapkey.go:14:29:   flow: {heap} = {storage for ... argument}:
./iface_mapkey.go:14:29:     from ... argument (spill) at ./iface_mapkey.go:14:13
./iface_mapkey.go:14:29:     from fmt.Println(... argument...) (call parameter) at ./iface_mapkey.go:14:13
./iface_mapkey.go:14:23: m[1] escapes to heap:
./iface_mapkey.go:14:23:   flow: {storage for ... argument} = &{storage for m[1]}:
./iface_mapkey.go:14:23:     from m[1] (spill) at ./iface_mapkey.go:14:23
./iface_mapkey.go:14:23:     from ... argument (slice-literal-element) at ./iface_mapkey.go:14:13
./iface_mapkey.go:14:23:   flow: {heap} = {storage for ... argument}:
./iface_mapkey.go:14:23:     from ... argument (spill) at ./iface_mapkey.go:14:13
./iface_mapkey.go:14:23:     from fmt.Println(... argument...) (call parameter) at ./iface_mapkey.go:14:13
./iface_mapkey.go:14:17: len(m) escapes to heap:
./iface_mapkey.go:14:17:   flow: {storage for ... argument} = &{storage for len(m)}:
./iface_mapkey.go:14:17:     from len(m) (spill) at ./iface_mapkey.go:14:17
./iface_mapkey.go:14:17:     from ... argument (slice-literal-element) at ./iface_mapkey.go:14:13
./iface_mapkey.go:14:17:   flow: {heap} = {storage for ... argument}:
./iface_mapkey.go:14:17:     from ... argument (spill) at ./iface_mapkey.go:14:13
./iface_mapkey.go:14:17:     from fmt.Println(... argument...) (call parameter) at ./iface_mapkey.go:14:13
./iface_mapkey.go:8:29: map[interface {}]string{} does not escape
./iface_mapkey.go:9:2: 1 escapes to heap
./iface_mapkey.go:10:2: "1" escapes to heap
./iface_mapkey.go:11:5: K{...} escapes to heap
./iface_mapkey.go:12:2: int64(1) escapes to heap
./iface_mapkey.go:13:2: 1.5 escapes to heap
./iface_mapkey.go:14:13: ... argument does not escape
./iface_mapkey.go:14:17: len(m) escapes to heap
./iface_mapkey.go:14:23: m[1] escapes to heap
./iface_mapkey.go:14:22: 1 does not escape
./iface_mapkey.go:14:29: m["1"] escapes to heap
./iface_mapkey.go:14:28: "1" does not escape
./iface_mapkey.go:14:37: m[K{...}] escapes to heap
./iface_mapkey.go:14:39: K{...} does not escape
./iface_mapkey.go:14:49: m[int64(1)] escapes to heap
./iface_mapkey.go:14:48: int64(1) does not escape
./iface_mapkey.go:14:62: m[1.5] escapes to heap
./iface_mapkey.go:14:61: 1.5 does not escape
./iface_mapkey.go:15:14: K{...} does not escape
./iface_mapkey.go:16:13: ... argument does not escape
./iface_mapkey.go:16:13: ok escapes to heap
./iface_mapkey.go:17:9: 1 does not escape
./iface_mapkey.go:18:13: ... argument does not escape
./iface_mapkey.go:18:17: len(m) escapes to heap
./iface_mapkey.go:19:6: "1" does not escape
./iface_mapkey.go:20:13: ... argument does not escape
./iface_mapkey.go:20:15: m[i] escapes to heap
