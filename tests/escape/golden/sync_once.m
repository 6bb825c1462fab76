./sync_once.go:16:7: leaking param: c
./sync_once.go:17:12: func literal does not escape
./sync_once.go:18:14: ... argument does not escape
./sync_once.go:18:15: "init cfg" escapes to heap
./sync_once.go:25:6: moved to heap: once
./sync_once.go:32:6: moved to heap: o2
./sync_once.go:33:6: moved to heap: wg
./sync_once.go:35:2: moved to heap: count
./sync_once.go:55:6: moved to heap: o3
./sync_once.go:63:6: moved to heap: o4
./sync_once.go:75:7: moved to heap: o
./sync_once.go:27:11: func literal does not escape
./sync_once.go:27:31: ... argument does not escape
./sync_once.go:27:32: "once" escapes to heap
./sync_once.go:27:32: i escapes to heap
./sync_once.go:29:7: &cfg{} escapes to heap
./sync_once.go:30:13: ... argument does not escape
./sync_once.go:30:19: (*cfg).get(c) escapes to heap
./sync_once.go:30:28: (*cfg).get(c) escapes to heap
./sync_once.go:38:6: func literal escapes to heap
./sync_once.go:40:10: func literal does not escape
./sync_once.go:46:10: "not done" escapes to heap
./sync_once.go:53:13: ... argument does not escape
./sync_once.go:53:14: "count" escapes to heap
./sync_once.go:53:14: count escapes to heap
./sync_once.go:56:2: func literal does not escape
./sync_once.go:57:9: func literal does not escape
./sync_once.go:57:29: ... argument does not escape
./sync_once.go:57:30: "recovered:" escapes to heap
./sync_once.go:58:9: func literal does not escape
./sync_once.go:58:23: "boom in once" escapes to heap
./sync_once.go:60:8: func literal does not escape
./sync_once.go:60:28: ... argument does not escape
./sync_once.go:60:29: "never" escapes to heap
./sync_once.go:61:13: ... argument does not escape
./sync_once.go:61:14: "after panicking Do" escapes to heap
./sync_once.go:64:2: func literal does not escape
./sync_once.go:65:9: func literal does not escape
./sync_once.go:65:29: ... argument does not escape
./sync_once.go:65:30: "recovered nil f:" escapes to heap
./sync_once.go:68:8: func literal does not escape
./sync_once.go:68:28: ... argument does not escape
./sync_once.go:68:29: "o4 again" escapes to heap
./sync_once.go:71:8: func literal does not escape
./sync_once.go:77:8: func literal does not escape
./sync_once.go:81:13: ... argument does not escape
./sync_once.go:81:14: "depth" escapes to heap
./sync_once.go:81:14: depth escapes to heap
